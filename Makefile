# Two commands do all the set-up on a fresh machine with python3 and make:
#   make run    creates .venv, installs the pinned dependencies, runs the flow on the bundled corpus
#   make test   the same set-up, then lint, types and the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHROMIUM := /usr/bin/chromium

.PHONY: run test lint typecheck pytest bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	touch $(STAMP)

# The browser test drives Debian's chromium (Playwright cannot download its own browser here).
$(CHROMIUM):
	@if [ "$$(id -u)" != 0 ]; then echo "install Debian's chromium (apt-get install chromium) to run the browser test" >&2; exit 1; fi
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

run: $(STAMP)
	$(BIN)/triangulate run

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(CHROMIUM)
	PREFECT_SERVER_ANALYTICS_ENABLED=false $(BIN)/pytest

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev,bench]"
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) reports/site warehouse/*.duckdb warehouse/*.lock .pytest_cache .mypy_cache .ruff_cache
