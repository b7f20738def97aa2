# Warta: two commands on a fresh machine — `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EXTRAS := dev
STAMP  := $(VENV)/.installed-$(EXTRAS)

.PHONY: demo test lint gate clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e ".[$(EXTRAS)]"
	@touch $(STAMP)

demo: $(STAMP)
	@$(BIN)/warta show examples/seed-nato-ukraina.json

test: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/pytest

# The quality gate on the shared data (needs ../shared; run by .ci/run after `make test`).
gate: $(STAMP)
	bash scripts/quality_gate.sh

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
