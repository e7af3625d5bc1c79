# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,web]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/storecheck demo

# The suite in parallel, a worker a logical core (`auto` counts physical cores when psutil is
# installed: one on a machine of two threads); `make test TEST_WORKERS=0` runs it in one process. A
# test file stays whole on one worker, so its module fixtures start once. The slowest tests are
# printed at the end, so each CI log shows where the time goes. One file runs plainly:
# `.venv/bin/python -m pytest tests/test_catalogue.py`.
TEST_WORKERS ?= logical

test: install-test
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=25 $(PYTEST_ARGS)

# Mistakes a reader would miss (unused imports, undefined names) and the type check; CI runs it.
lint: install-test
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info storecheck-demo-report.html storecheck-demo-report-*.csv
