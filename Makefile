# Energistasjon: every target installs what it needs on a fresh Debian 12 machine.
#   make demo   run the main job on the bundled demo data, headless
#   make workshop  a regional workshop day on the demo data: candidate areas, weights, sensitivity,
#               gaps, short list and atlas (workshop_output/)
#   make test   all suites: engine (no QGIS), plugin (pytest-qgis), end-to-end (zip + qgis_process)
#   make zip    the installable plugin zip (build/energistasjon.zip)
SHELL := /bin/bash
PLUGIN := energistasjon
VENV := .venv
PY := $(VENV)/bin/python
SYS_PY := /usr/bin/python3
VENV_SITE = $(shell $(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
QGIS_PLUGINS := /usr/share/qgis/python/plugins

# Headless QGIS, Debian's PROJ data, and the venv's shapely 2 / geopandas visible to
# programs that embed Python without the venv (qgis_process.bin, the QGIS desktop).
export QT_QPA_PLATFORM := offscreen
export PROJ_DATA := /usr/share/proj
export PROJ_LIB := /usr/share/proj
export XDG_RUNTIME_DIR := /tmp/runtime-$(shell id -u)
RUN_ENV = PYTHONPATH=$(VENV_SITE):$(QGIS_PLUGINS)

# The engine reads the committed .ts itself (core/i18n.py): no compiled .qm is built or shipped.
TS := i18n/energistasjon_nb.ts
PY_SOURCES = $(shell find __init__.py energistasjon_plugin processing scripts -name '*.py' -not -path '*/__pycache__/*')

.PHONY: all deps demo workshop test test-core test-qgis test-e2e zip translations lint bench styles clean

all: test

$(XDG_RUNTIME_DIR):
	@mkdir -p -m 700 $@

deps: $(VENV)/.installed | $(XDG_RUNTIME_DIR)

$(VENV)/.installed: requirements-dev.txt scripts/install_system_deps.sh
	bash scripts/install_system_deps.sh
	test -x $(PY) || $(SYS_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# Refresh the .ts from the sources (keeps existing translations), then list what is untranslated.
translations: deps
	pylupdate5 -noobsolete $(PY_SOURCES) -ts $(TS)
	$(PY) scripts/check_translations.py $(TS)

demo: deps
	$(RUN_ENV) $(PY) scripts/run_demo.py --output demo_output

workshop: deps
	$(RUN_ENV) $(PY) scripts/run_workshop.py --output workshop_output

test: lint test-core test-qgis test-e2e

test-core: deps
	$(VENV)/bin/pytest -p no:pytest_qgis test/core

test-qgis: deps
	$(RUN_ENV) $(VENV)/bin/pytest test/qgis

test-e2e: deps zip
	$(RUN_ENV) $(VENV)/bin/pytest -p no:pytest_qgis test/e2e

zip: deps
	$(PY) scripts/build_zip.py --name $(PLUGIN) --output build/$(PLUGIN).zip

lint: deps
	$(PY) -m ruff check .

bench: deps
	$(RUN_ENV) $(PY) scripts/bench.py

clean:
	rm -rf build dist demo_output workshop_output bench_output i18n/*.qm .pytest_cache .ruff_cache

# Regenerate the bundled .qml styles with QGIS (after label or translation changes).
styles: deps
	$(RUN_ENV) $(PY) scripts/make_styles.py
