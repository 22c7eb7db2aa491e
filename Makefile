# Everything runs inside .venv, created and filled from pyproject.toml on first use and
# refreshed whenever pyproject.toml changes. `make generate` and `make test` are all a
# newcomer needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPECS := $(sort $(wildcard spec/*.yaml))
PY := $(BIN)/python
PYTEST_ARGS ?=

.PHONY: help install generate check stale lint fmt test test-deep test-corpus test-corpus-full golden-refresh bench bench-generate bench-cache bench-client bench-diff bench-import fake clean

help:
	@echo "make generate        regenerate generated/ from spec/*.yaml"
	@echo "make check           fail when generated/ is stale or lint fails"
	@echo "make stale           fail when generated/ differs from a fresh generation"
	@echo "make lint            spec lint (ours + openapi-spec-validator), ruff, mypy"
	@echo "make test            the test suite (unit, golden, functional, property, e2e)"
	@echo "make test-deep       property tests with many more examples"
	@echo "make test-corpus     generate + import every corpus document, then the property harness (small budget)"
	@echo "make test-corpus-full  the property harness over the corpus with the full budget"
	@echo "make golden-refresh  rewrite the golden expected trees"
	@echo "make bench           all benchmarks (bench-generate, bench-cache, bench-client, bench-diff, bench-import)"
	@echo "make fake            serve the three packages' testing.Fake on 127.0.0.1 (FAKE_PORT, +1, +2)"
	@echo "make fmt             format the toolchain's code with ruff"
	@echo "make clean           remove .venv and caches"

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip==26.0.1"
	$(PY) -m pip install --quiet --disable-pip-version-check -e . --group dev
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) -m generator generate $(SPECS) -o generated

check: lint stale

stale: $(STAMP)
	$(PY) -m generator check

lint: $(STAMP)
	$(PY) -m generator lint $(SPECS)
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy generator

fmt: $(STAMP)
	$(BIN)/ruff format generator tests bench
	$(BIN)/ruff check --fix generator tests bench

test: $(STAMP)
	$(BIN)/pytest -q $(PYTEST_ARGS)

test-deep: $(STAMP)
	HYPOTHESIS_MAX_EXAMPLES=1000 $(BIN)/pytest -q tests/property $(PYTEST_ARGS)

# The corpus comes from $OPENAPI_CORPUS (default ../shared/corpus). The packages the import
# test generates are kept in build/corpus/packages for the conformance run that follows;
# the table goes to build/corpus/conformance.{md,json}. CORPUS_ARGS: e.g. "--only figma".
CORPUS_ARGS ?=
test-corpus: $(STAMP)
	rm -rf build/corpus
	CORPUS_PACKAGES=build/corpus/packages $(BIN)/pytest -q -m corpus tests/corpus $(PYTEST_ARGS)
	$(PY) tests/corpus/conformance.py --budget ci --out build/corpus --packages build/corpus/packages $(CORPUS_ARGS)

test-corpus-full: $(STAMP)
	rm -rf build/corpus-full
	$(PY) tests/corpus/conformance.py --budget full --out build/corpus-full --packages build/corpus-full/packages $(CORPUS_ARGS)

golden-refresh: $(STAMP)
	GOLDEN_REFRESH=1 $(BIN)/pytest -q tests/golden

bench: bench-generate bench-cache bench-client bench-diff bench-import

bench-generate: $(STAMP)
	$(PY) bench/bench_generate.py

bench-cache: $(STAMP)
	$(PY) bench/bench_cache.py

bench-client: $(STAMP)
	$(PY) bench/bench_client.py

bench-diff: $(STAMP)
	$(PY) bench/bench_diff.py

bench-import: $(STAMP)
	$(PY) bench/bench_import.py

# The three standalone fakes (python -m <package>.testing), until Ctrl-C. FAKE_ARGS is passed
# to each, e.g. FAKE_ARGS="--credential AK:SK --token T".
FAKE_PORT ?= 8101
FAKE_ARGS ?=
fake: $(STAMP)
	@trap 'kill $$pids 2>/dev/null' EXIT INT TERM; pids=""; port=$(FAKE_PORT); \
	for pkg in iotda-client:iotda_client roma-link-client:roma_link_client enos-connect-client:enos_connect_client; do \
		PYTHONPATH=generated/$${pkg%%:*} $(PY) -m $${pkg##*:}.testing --port $$port $(FAKE_ARGS) & \
		pids="$$pids $$!"; port=$$((port + 1)); \
	done; wait

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
