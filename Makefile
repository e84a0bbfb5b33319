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

test: setup system
	$(BIN)/python -m pytest -q

.PHONY: setup system demo test
