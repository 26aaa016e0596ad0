# codelm: `make demo` runs the pipeline on the standard library's source, `make test` runs the tests.
# Both install what they need first (into the active virtualenv, or .venv if none is active).

PYTHON ?= python3
ifdef VIRTUAL_ENV
VENV := $(VIRTUAL_ENV)
else
VENV := $(CURDIR)/.venv
endif
BIN := $(VENV)/bin
# The CPU build of torch; GPU users pass their CUDA build's pip arguments, e.g. `make install TORCH="torch==2.13.0 ..."`.
TORCH ?= torch==2.13.0
EXTRAS ?= all,dev,bench
DEMO_DIR ?= work/demo
# The demo corpus is the standard library of the environment's Python, plus any local repositories in DEMO_SRC.
DEMO_SRC ?=
PYTEST_ARGS ?=

.PHONY: install test demo bench lint format clean

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet $(TORCH)
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $@

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

demo: install
	DEMO_SRC="$(DEMO_SRC)" $(BIN)/codelm run examples/demo-pipeline.yaml --var work=$(DEMO_DIR)
	@echo "demo outputs are under $(DEMO_DIR)/; open $(DEMO_DIR)/report.html"

bench: install
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_dedup.py
	$(BIN)/python benchmarks/bench_pack.py
	$(BIN)/python benchmarks/bench_filters.py
	$(BIN)/python benchmarks/bench_shard_folder.py
	$(BIN)/python benchmarks/bench_redact.py
	$(BIN)/python benchmarks/bench_eval.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf work build *.egg-info .pytest_cache
