# usp-research pipeline:  data/raw  ->  corpus tables  ->  annotations  ->  notebooks (papermill)
# Every target is a real file; a second `make all` does nothing.  `make` alone lists the targets.
#
#   make all CORPUS_DIR=/path/to/articles DERIVED_DIR=/path/to/out   runs on another collection
#   (the reference data and codebooks stay the project's own).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.SUFFIXES:
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

PYTHON   ?= python3
VENV     := .venv
PY       := $(VENV)/bin/python
STAMP    := $(VENV)/.installed
KERNEL   := usp-research

CORPUS_DIR  ?= data/raw/corpus
DERIVED_DIR ?= data/derived
D := $(DERIVED_DIR)

LIB         := src/usp_research
CODEBOOKS   := data/raw/codebooks
LIB_ALL     := $(sort $(wildcard $(LIB)/*.py))
LIB_BASE    := $(addprefix $(LIB)/,__init__.py paths.py atomic.py errors.py cli.py)
CORPUS_IN   := $(CORPUS_DIR) $(sort $(wildcard $(CORPUS_DIR)/*))
CORPUS_CODE := $(LIB_BASE) $(addprefix $(LIB)/,decode.py dates.py boilerplate.py repair.py segment.py sources.py corpus.py)
CORPUS_BOOKS:= $(addprefix $(CODEBOOKS)/,boilerplate.csv doubled_words_ok.txt abbreviations.csv)
CORPUS_OUT  := $(addprefix $(D)/corpus/,documents.csv sentences.csv cleaning_log.csv anchors.csv)

REFERENCE   := data/raw/reference
TIMEX_CODE  := $(LIB_BASE) $(addprefix $(LIB)/,annotate.py corpus.py timex.py)
ACTOR_CODE  := $(LIB_BASE) $(addprefix $(LIB)/,annotate.py corpus.py actors.py)
QUOTE_CODE  := $(ACTOR_CODE) $(LIB)/quotes.py
EVENT_CODE  := $(TIMEX_CODE) $(QUOTE_CODE) $(addprefix $(LIB)/,events.py chronology.py timeline.py dates.py)
THEME_CODE  := $(LIB_BASE) $(addprefix $(LIB)/,annotate.py corpus.py themes.py)
MONEY_CODE  := $(TIMEX_CODE) $(addprefix $(LIB)/,money.py segment.py)
AID_CODE    := $(LIB_BASE) $(addprefix $(LIB)/,annotate.py corpus.py aidref.py aidcheck.py)
AID_REF     := $(sort $(wildcard $(REFERENCE)/aid/*))
AID_HISTORY := $(REFERENCE)/aid_history/aid_history.csv
ANN         := $(D)/annotations
TABLES      := $(D)/tables

NOTEBOOKS   := 00_corpus 01_timeline 02_aid_flows 03_themes
NB_PARAMS    = -p corpus_dir=$(CORPUS_DIR) -p derived_dir=$(D)
NB_OUT      := $(foreach n,$(NOTEBOOKS),$(D)/notebooks/$(n).ipynb)
FACTS       := $(foreach n,$(NOTEBOOKS),$(D)/facts/$(n).json)

.PHONY: help all test eval bench lab lock clean distclean setup browser

help: ## list the targets (this message)
	@echo "usp-research: make <target>   (CORPUS_DIR=$(CORPUS_DIR) DERIVED_DIR=$(DERIVED_DIR))"
	@awk -F':.*## ' '/^[a-z][a-zA-Z_-]*:.*## / {printf "  %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

all: $(CORPUS_OUT) $(ANN)/timex.csv $(ANN)/shares.csv $(NB_OUT) $(D)/facts.json ## set up .venv if needed, then regenerate every output from data/raw

test: $(STAMP) browser ## set up .venv if needed, then run the unit tests and nbval over the rendered notebooks
	$(PY) -m pytest -p no:cacheprovider tests
	$(PY) -m pytest -p no:cacheprovider --nbval-lax --nbval-kernel-name $(KERNEL) $(D)/notebooks

eval: $(STAMP) ## score the extractors against the hand-made gold set in tests/gold (precision, recall, F1)
	$(PY) -m usp_research eval

browser: ## install headless Chromium (Debian chromium, chromium-driver) for the hostile-HTML test, if apt-get can
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	  { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
	  || echo "note: Chromium could not be installed here; the hostile-HTML test will be skipped"; }

BENCH_VENV  := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): requirements.lock requirements-bench.lock pyproject.toml
	rm -rf $(BENCH_VENV)
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-bench.lock
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

bench: $(BENCH_STAMP) ## time the time-expression tagger against dateparser, ctparse, Duckling, HeidelTime (bench/)
	OMP_NUM_THREADS=1 $(BENCH_VENV)/bin/python bench/bench_timex.py $(BENCH_ARGS)

setup: $(STAMP) ## create .venv from requirements.lock and register the Jupyter kernel

lab: $(STAMP) ## open JupyterLab on the project's kernel
	$(PY) -m jupyter lab --notebook-dir=. --MappingKernelManager.default_kernel_name=$(KERNEL)

lock: ## regenerate requirements.lock (exact versions) from pyproject.toml
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -U setuptools wheel
	.lock-venv/bin/pip install --quiet --disable-pip-version-check -e .
	.lock-venv/bin/pip freeze --all --exclude-editable | grep -v -e '^usp-research' -e '^pip==' > requirements.lock.tmp
	mv requirements.lock.tmp requirements.lock
	rm -rf .lock-venv

clean: ## remove everything `make all` makes under DERIVED_DIR (never data/raw)
	rm -rf $(D)/corpus $(D)/annotations $(D)/tables $(D)/figures $(D)/notebooks $(D)/facts $(D)/facts.json

distclean: clean ## also remove .venv and .venv-bench
	rm -rf $(VENV) .venv-bench

$(STAMP): requirements.lock pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (usp-research)" >/dev/null
	touch $@

# raw articles -> clean texts, sentences, cleaning log
$(CORPUS_OUT) &: $(CORPUS_IN) $(CORPUS_CODE) $(CORPUS_BOOKS) $(STAMP)
	$(PY) -m usp_research corpus --corpus-dir $(CORPUS_DIR) --derived-dir $(D)

# annotations: one stage per table, each depending on the code and codebooks it reads
$(ANN)/timex.csv: $(CORPUS_OUT) $(TIMEX_CODE) $(CODEBOOKS)/named_periods.csv $(STAMP)
	$(PY) -m usp_research annotate timex --derived-dir $(D)

$(ANN)/actors.csv $(ANN)/unknown_names.csv &: $(CORPUS_OUT) $(ACTOR_CODE) $(CODEBOOKS)/actors.csv $(STAMP)
	$(PY) -m usp_research annotate actors --derived-dir $(D)

$(ANN)/quotes.csv: $(CORPUS_OUT) $(QUOTE_CODE) $(CODEBOOKS)/actors.csv $(STAMP)
	$(PY) -m usp_research annotate quotes --derived-dir $(D)

$(ANN)/events.csv $(TABLES)/timeline.csv &: $(CORPUS_OUT) $(EVENT_CODE) $(CODEBOOKS)/named_periods.csv \
		$(CODEBOOKS)/actors.csv $(CODEBOOKS)/event_types.csv $(REFERENCE)/chronology.csv $(STAMP)
	$(PY) -m usp_research annotate events --derived-dir $(D)

$(ANN)/themes.csv: $(CORPUS_OUT) $(THEME_CODE) $(CODEBOOKS)/themes.csv $(CODEBOOKS)/theme_indicators.csv $(STAMP)
	$(PY) -m usp_research annotate themes --derived-dir $(D)

$(ANN)/money.csv $(ANN)/shares.csv &: $(CORPUS_OUT) $(MONEY_CODE) $(CODEBOOKS)/named_periods.csv \
		$(CODEBOOKS)/aid_categories.csv $(CODEBOOKS)/actors.csv $(STAMP)
	$(PY) -m usp_research annotate money --derived-dir $(D)

$(TABLES)/aid_reference.csv $(TABLES)/aid_claims.csv &: $(ANN)/money.csv $(ANN)/shares.csv $(AID_CODE) $(AID_REF) $(STAMP)
	$(PY) -m usp_research annotate aid --derived-dir $(D)

# notebooks: executed copy, rendered HTML, figures and facts (pattern targets are grouped)
$(D)/notebooks/%.ipynb $(D)/facts/%.json: notebooks/%.ipynb $(LIB_ALL) $(STAMP)
	$(PY) -m usp_research notebook $< $(D)/notebooks/$*.ipynb $(NB_PARAMS)
	touch $(D)/facts/$*.json

# ... and the derived tables each notebook reads
$(D)/notebooks/00_corpus.ipynb $(D)/facts/00_corpus.json: $(CORPUS_OUT)
$(D)/notebooks/01_timeline.ipynb $(D)/facts/01_timeline.json: $(ANN)/events.csv $(TABLES)/timeline.csv $(REFERENCE)/chronology.csv
$(D)/notebooks/02_aid_flows.ipynb $(D)/facts/02_aid_flows.json: $(TABLES)/aid_claims.csv $(TABLES)/aid_reference.csv $(AID_REF) $(AID_HISTORY)
$(D)/notebooks/03_themes.ipynb $(D)/facts/03_themes.json: $(ANN)/themes.csv $(ANN)/quotes.csv $(ANN)/actors.csv \
		$(ANN)/unknown_names.csv $(ANN)/events.csv $(CODEBOOKS)/themes.csv

$(D)/facts.json: $(FACTS) $(LIB_BASE) $(LIB)/facts.py
	$(PY) -m usp_research facts $@ $(FACTS)
