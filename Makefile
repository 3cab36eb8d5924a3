# Every target sets up .venv first (idempotent: reinstalls only when pyproject.toml changes).
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.medmoe-installed

.PHONY: setup demo test bench lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

demo: setup
	$(VENV)/bin/medmoe demo

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) benchmarks/run_all.py

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks

clean:
	rm -rf $(VENV) demo-output build *.egg-info src/*.egg-info
