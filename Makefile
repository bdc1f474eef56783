# The two commands a newcomer needs: `make run` and `make test`.
# Each creates .venv and installs what it needs on first use, and again whenever pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: run install test bench clean

run: $(VENV)/.run-deps
	@$(BIN)/python -m bot run

# Install without starting, as a service does (README § Deploying).
install: $(VENV)/.run-deps

test: $(VENV)/.test-deps
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check bot tests bench
	$(BIN)/mypy
	$(BIN)/hadolint --failure-threshold style Dockerfile
	$(BIN)/python -m pytest

# Every benchmark, written to bench/results.md (about 50 minutes on 2 cores; QUICK=1 for about 5).
bench: $(VENV)/.test-deps
	$(BIN)/python -m bench $(if $(QUICK),--quick)

# The slow steps below run only on first use or after pyproject.toml changes; each says what it
# is doing first (pip runs quietly), so a long pause never looks like a hang. Otherwise: silence.
$(VENV)/.created:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Second Heart needs Python 3.11 or newer; set PYTHON=python3.11")'
	@echo "Creating a virtual environment in $(VENV)..." >&2
	@$(PYTHON) -m venv $(VENV)
	@touch $@

$(VENV)/.run-deps: $(VENV)/.created pyproject.toml
	@echo "Installing Second Heart into $(VENV) (under a minute; again only when pyproject.toml changes)..." >&2
	@$(PIP) install --quiet --disable-pip-version-check -e . >&2
	@touch $@

$(VENV)/.test-deps: $(VENV)/.created pyproject.toml
	@echo "Installing Second Heart and its test tools into $(VENV) (about a minute; again only when pyproject.toml changes)..." >&2
	@$(PIP) install --quiet --disable-pip-version-check -e '.[test]' >&2
	@touch $@ $(VENV)/.run-deps

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
