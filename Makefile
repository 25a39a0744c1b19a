# The two commands a newcomer needs: `make run` and `make test`. Each sets everything up first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup run demo test lint forms translations bench bundle bundle-smoke clean

$(STAMP): requirements.lock pyproject.toml build/setup.sh
	bash build/setup.sh

setup: $(STAMP)

## Start the app on the embedded database, with demo data the first time.
run: setup
	$(PY) -m hms_desktop demo --if-empty
	$(PY) -m hms_desktop

demo: setup
	$(PY) -m hms_desktop demo

## The whole suite (lint, types, form sync, unit, integration, GUI) on the embedded PostgreSQL 18,
## then the integration tests again on PostgreSQL 15 when it is installed.
## pytest runs on one pytest-xdist worker per core, each with its own embedded cluster (tests/conftest.py); a
## worker takes whole test files, in the order tests/conftest.py puts them (slow files first).
PYTEST_WORKERS := -n auto --dist loadfile --no-loadscope-reorder

test: setup
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(PY) -m pytest $(PYTEST_WORKERS)
	bash build/test_pg15.sh

lint: setup
	$(PY) -m ruff check .

## Recompile forms/*.ui into hms_desktop/ui/forms/ (the generated files are committed).
forms: setup
	$(PY) build/compile_forms.py

## Extract every string people read into resources/translations/hms_<code>.ts and compile the .qm files
## (start a language with: $(PY) build/translations.py --add fr).
translations: setup
	$(PY) build/translations.py

## Benchmarks on 1,000,000 generated patients (not part of `make test`).
bench: setup
	$(PY) -m pytest tests/benchmarks -p no:randomly -s -q --override-ini="addopts=-p no:cacheprovider"

## One-folder bundle in dist/hms (pyinstaller's work folder is kept out of build/).
bundle: setup
	$(PY) build/bundle.py

bundle-smoke: bundle
	$(PY) build/smoke_bundle.py

clean:
	rm -rf dist .pyinstaller-work
