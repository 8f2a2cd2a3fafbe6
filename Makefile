# Two set-up commands: `make run` and `make test`. Both install what is missing first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench deps clean

run: $(STAMP)
	$(PY) -m backcare_desktop

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check src tests benchmarks scripts packaging
	$(PY) -m ruff format --check src tests benchmarks scripts packaging

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

deps:
	PYTHON=$(PYTHON) scripts/system-deps.sh

$(STAMP): pyproject.toml scripts/system-deps.sh
	PYTHON=$(PYTHON) scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
