# Warta: two commands on a fresh machine — `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Everything the tests exercise: the server, the store (SQLite + PostgreSQL), HTML/WARC/Parquet
# readers, Dask, ROUGE evaluation, browser tests.
TEST_EXTRAS := dev,eval,store,postgres,parquet,html,dask,serve,browser

.PHONY: demo test lint gate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip

$(VENV)/.installed-core: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[$(TEST_EXTRAS)]"
	@touch $@ $(VENV)/.installed-core

demo: $(VENV)/.installed-core
	@$(BIN)/warta show examples/seed-nato-ukraina.json

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests scripts benchmarks

# The quality gate on the shared data (needs ../shared; run by .ci/run after `make test`).
gate: $(VENV)/.installed-test
	bash scripts/quality_gate.sh

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
