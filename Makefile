# Two set-up commands: `make run` and `make test`. Both install what is missing first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench deps dist bundle icons sounds ts qm clean

run: $(STAMP)
	$(PY) -m backcare_desktop

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check src tests benchmarks scripts packaging
	$(PY) -m ruff format --check src tests benchmarks scripts packaging

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

# Wheel and sdist in dist/, and the one-folder PyInstaller bundle in build/dist/backcare-desktop.
dist: bundle
	$(PY) -m build --no-isolation --outdir dist .

bundle: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dist]'
	$(PY) -m PyInstaller packaging/backcare-desktop.spec --distpath build/dist \
		--workpath build/work --noconfirm --log-level WARN
	QT_QPA_PLATFORM=offscreen $(PY) packaging/smoke_test.py --self-test
	du -sh build/dist/backcare-desktop

# Regenerate committed assets (both are deterministic).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/make_icons.py

sounds: $(STAMP)
	$(PY) scripts/make_sounds.py

# Translations: update the .ts sources from the code, then compile the .qm files the app loads.
TS_FILES := $(wildcard src/backcare_desktop/ui/translations/*.ts)
# lupdate scans the whole package (every .py and .qml file, in every subfolder), so a new module
# with tr(), translate(), QT_TRANSLATE_NOOP or qsTr() is picked up without listing it here.
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py,qml src/backcare_desktop -ts $(TS_FILES)

qm: $(STAMP)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

deps:
	PYTHON=$(PYTHON) scripts/system-deps.sh

$(STAMP): pyproject.toml scripts/system-deps.sh
	PYTHON=$(PYTHON) scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
