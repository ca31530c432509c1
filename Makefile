# Two commands: `make run` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "reminders needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# The main job on the embedded default: SQLite under var/, mails into outbox/. It takes in the
# example minutes, sends this week's digests once (the ledger makes a repeat a no-op, and a
# new user sees mail in outbox/ whatever the weekday), then runs the service until Ctrl-C.
run: $(VENV)/.installed
	$(BIN)/reminders ingest examples/minutes
	$(BIN)/reminders send
	$(BIN)/reminders run

test: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .

bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/deadlines.py

clean:
	rm -rf $(VENV) var outbox *.egg-info .pytest_cache .ruff_cache
