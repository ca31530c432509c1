# Two commands: `make run` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench bench-extraction clean system-deps

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

# System packages the tests drive for real: a browser for the mail, poppler and tesseract for
# PDFs and scans. Installed with apt-get when missing and we may (root, apt present); elsewhere
# the tests that need them say what to install (and fail in CI rather than skip).
SYSTEM_DEPS := chromium:chromium pdftotext:poppler-utils tesseract:tesseract-ocr
system-deps:
	@missing=""; for pair in $(SYSTEM_DEPS); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing) >/dev/null \
	      || echo "warning: could not install$$missing; the tests that need them will say so"; \
	  else echo "warning: missing$$missing (apt-get install them); the tests that need them will say so"; fi; \
	fi

test: system-deps $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .

bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/deadlines.py
	$(BIN)/python benchmarks/reading.py
	$(BIN)/python benchmarks/delivery.py

# Extraction graded on every dev set in ../shared (per set, per body) and its speed in MB/s
# beside a plain regex line scan of the same text.
bench-extraction: $(VENV)/.installed
	$(BIN)/python benchmarks/extraction.py

clean:
	rm -rf $(VENV) var outbox *.egg-info .pytest_cache .ruff_cache
