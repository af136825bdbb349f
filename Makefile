# medialit: two commands for a fresh machine.
#   make lab    set up (first time only) and open the course in JupyterLab
#   make test   the whole test suite, in the same environment
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
LESSON ?= 01
# JupyterLab refuses to run as root (containers, CI) unless told it may.
ROOT_FLAG = $(if $(filter 0,$(shell id -u)),--allow-root)
LAB_SETTINGS = $(VENV)/share/jupyter/lab/settings

.PHONY: lab test test-unit test-notebooks app exercises bench lint lite lite-check clean help
.DEFAULT_GOAL := help

help:
	@echo "make lab            set up (first time only) and open the course in JupyterLab"
	@echo "make test           run the whole test suite (after make lint)"
	@echo "make lint           ruff (lint and format) and mypy"
	@echo "make app LESSON=03  serve one lesson as a web app (Voila), without code cells"
	@echo "make lite           build the course as a static site that runs in a browser tab (_site/)"
	@echo "make lite-check     run the lessons with the pandas/numpy/matplotlib the browser has"
	@echo "make exercises      regenerate exercises/ from solutions/"
	@echo "make bench          measure the budgets in DESIGN.md"

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' || { \
		echo "medialit needs Python 3.10 or newer; $(PYTHON) is $$($(PYTHON) --version 2>&1)."; \
		echo "Install a newer Python, or run: make lab PYTHON=python3.11"; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
		echo "Could not create a virtual environment. On Debian or Ubuntu: sudo apt install python3-venv"; \
		exit 1; }
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when the project's dependencies change. The course's JupyterLab settings
# (etc/overrides.json: no news pop-up, no update check, no extension manager, quiz-safe
# keyboard shortcuts) go where JupyterLab reads its defaults.
$(VENV)/.installed: pyproject.toml etc/overrides.json | $(PY)
	$(PY) -m pip install --quiet -e ".[lab,test]"
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (medialit)" >/dev/null
	mkdir -p $(LAB_SETTINGS) && cp etc/overrides.json $(LAB_SETTINGS)/overrides.json
	touch $@

# .venv/bin goes first on PATH, so `medialit progress export` works in JupyterLab's terminal.
lab: $(VENV)/.installed
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)" \
		--LabApp.default_url=/lab/tree/notebooks/00-start-here.ipynb

app: $(VENV)/.installed
	$(VENV)/bin/voila --no-browser --strip_sources=True $(firstword $(wildcard notebooks/$(LESSON)-*.ipynb))

# Lint first (ruff and mypy: `make lint`), then unit and browser tests, then the solutions
# strictly (outputs must reproduce), then lessons and exercises laxly (they must run top to
# bottom).
test: lint
	$(PY) -m pytest
	$(PY) -m pytest --nbval --nbval-sanitize-with solutions/sanitize.cfg solutions
	$(PY) -m pytest --nbval-lax notebooks exercises

exercises: $(VENV)/.installed
	$(VENV)/bin/medialit exercises

bench: $(VENV)/.installed
	$(PY) benchmarks/bench.py

# The whole repository ruff-clean (lint and format, notebooks included) and the package
# type-checked (it ships py.typed, so users' type checkers read it).
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# The course in a browser tab (JupyterLite): a static site in _site/, no server, no install.
# Its build tools live in their own venv; Pyodide's runtime comes from npm, wheels from PyPI.
LITE_VENV ?= .lite-venv
$(LITE_VENV)/.installed: lite/requirements.txt
	@$(PYTHON) -m venv $(LITE_VENV)
	$(LITE_VENV)/bin/python -m pip install --quiet -r lite/requirements.txt
	touch $@

lite: $(LITE_VENV)/.installed
	$(LITE_VENV)/bin/python lite/build.py --output _site $(LITE_FLAGS)

# The lessons top to bottom (and the solutions strictly) with the exact pandas, numpy,
# matplotlib, jinja2 and pyyaml that Pyodide ships (lite/pyodide-versions.json), in ordinary
# Python: a pandas API that Pyodide's version lacks fails here.
LITE_CHECK_VENV ?= .lite-check-venv
PYODIDE_PINS = $(shell $(PYTHON) -c "import json; d = json.load(open('lite/pyodide-versions.json')); print(' '.join(f'{k}=={v}' for k, v in d['packages'].items()))")
lite-check:
	@test -x $(LITE_CHECK_VENV)/bin/python || $(PYTHON) -m venv $(LITE_CHECK_VENV)
	$(LITE_CHECK_VENV)/bin/python -m pip install --quiet -e ".[lab,test]" $(PYODIDE_PINS)
	$(LITE_CHECK_VENV)/bin/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	$(LITE_CHECK_VENV)/bin/python -m pytest --nbval --nbval-sanitize-with solutions/sanitize.cfg solutions
	$(LITE_CHECK_VENV)/bin/python -m pytest --nbval-lax notebooks

clean:
	rm -rf $(VENV) .pytest_cache screenshots gradebook-out .bench $(LITE_VENV) .lite-cache _site \
		$(LITE_CHECK_VENV)
