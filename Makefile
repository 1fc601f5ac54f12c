# Two entry points: `make demo` builds the graph of seeds/ into output/; `make test` runs the tests.
# Each creates its own virtual environment in .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint setup clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build seeds/ --out output
	$(BIN)/kg validate --graph output/graph.ttl
	$(BIN)/kg query meetings --graph output/graph.ttl

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/mypy kg

clean:
	rm -rf $(VENV) output build *.egg-info

# The README's screenshot, taken by headless Chromium (Debian package `chromium`).
docs/screenshot.png: output/graph.html
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
	  --disable-sync --no-first-run --user-data-dir=$$(mktemp -d) --window-size=1400,900 \
	  --virtual-time-budget=20000 --screenshot=$@ "file://$(CURDIR)/output/graph.html"

output/graph.html: $(STAMP)
	$(BIN)/kg build seeds/ --out output --quiet
