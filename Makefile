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
# Large wheels (triton is ~290 MB) sometimes arrive cut off: pip resumes a broken download many times,
# and the whole install is tried three times before the error stands.
pip_install = for attempt in 1 2 3; do \
	$(BIN)/python -m pip install --quiet --retries 10 --resume-retries 50 $(1) && break; \
	[ $$attempt = 3 ] && exit 1; echo "pip install failed (attempt $$attempt of 3); retrying"; sleep 10; done

.PHONY: install test demo bench lint format clean

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(call pip_install,$(TORCH))
	$(call pip_install,-e '.[$(EXTRAS)]')
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
