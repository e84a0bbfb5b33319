# The two entry points of the README: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin

$(BIN)/kg: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[model,test]"
	touch $(BIN)/kg

setup: $(BIN)/kg

demo: setup
	$(BIN)/kg build seeds -o outputs
	$(BIN)/kg eval outputs --gold tests/data/gold_seeds.yaml

test: setup
	$(BIN)/python -m pytest -q

.PHONY: setup demo test
