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
# The demo corpus: the standard library of the environment's Python (expanded when the recipe runs, after install).
STDLIB = $(shell $(BIN)/python -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
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
	$(BIN)/codelm ingest $(STDLIB) $(DEMO_DIR)/ingested
	$(BIN)/codelm dedup $(DEMO_DIR)/redacted $(DEMO_DIR)/deduped --clusters-out $(DEMO_DIR)/dedup-clusters
	$(BIN)/codelm tokenizer train $(DEMO_DIR)/decontaminated $(DEMO_DIR)/tokenizer --vocab-size 4096 --max-bytes 8MB
	$(BIN)/codelm pack $(DEMO_DIR)/decontaminated $(DEMO_DIR)/packed --tokenizer $(DEMO_DIR)/tokenizer --seq-len 1024 --val-fraction 0.01
	@echo "demo outputs are under $(DEMO_DIR)/"

bench: install
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_dedup.py
	$(BIN)/python benchmarks/bench_pack.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf work build *.egg-info .pytest_cache
