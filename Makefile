# Two entry points: `make demo` builds the graph of seeds/ into output/; `make test` runs the tests.
# Each creates its own virtual environment in .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
DEV := $(VENV)/.installed-dev

.PHONY: demo test lint setup clean chromium

# What the demo needs: the package and its dependencies only.
$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME)

# What the tests need besides: pytest, the linters, Playwright, Oxigraph's server, Dask.
$(DEV): $(RUNTIME)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV)

setup: $(RUNTIME)

demo: $(RUNTIME)
	$(BIN)/kg build seeds/ --out output
	$(BIN)/kg validate --graph output/graph.ttl
	$(BIN)/kg query meetings --graph output/graph.ttl
	@echo "kg is in .venv/bin: run '. .venv/bin/activate' to type 'kg ...' (try: kg query --help)"

# The browser tests drive Debian's chromium; installed here when missing and we may (root), else they skip.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: install Debian's chromium (apt-get install chromium) to run the browser tests"; fi; }

test: $(DEV) chromium
	$(BIN)/python -m pytest

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy kg

clean:
	rm -rf $(VENV) output build *.egg-info

# The README's screenshot, taken through Playwright with Debian's chromium, like the browser tests.
docs/screenshot.png: output/graph.html chromium $(DEV)
	$(BIN)/python scripts/screenshot.py output/graph.html $@

output/graph.html: $(RUNTIME)
	$(BIN)/kg build seeds/ --out output --quiet
