# The two commands a newcomer needs: `make run` and `make test`.
# Each creates .venv and installs what it needs on first use, and again whenever pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: run test bench clean

run: $(VENV)/.run-deps
	@$(BIN)/python -m bot run

test: $(VENV)/.test-deps
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check bot tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

# Every benchmark, written to bench/results.md (about 12 minutes on 2 cores; QUICK=1 for under a minute).
bench: $(VENV)/.test-deps
	$(BIN)/python -m bench $(if $(QUICK),--quick)

$(VENV)/.created:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Second Heart needs Python 3.11 or newer; set PYTHON=python3.11")'
	@$(PYTHON) -m venv $(VENV)
	@touch $@

$(VENV)/.run-deps: $(VENV)/.created pyproject.toml
	@echo "Installing Second Heart into $(VENV) (first run only)..." >&2
	@$(PIP) install --quiet --disable-pip-version-check -e . >&2
	@touch $@

$(VENV)/.test-deps: $(VENV)/.created pyproject.toml
	@$(PIP) install --quiet --disable-pip-version-check -e '.[test]' >&2
	@touch $@ $(VENV)/.run-deps

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
