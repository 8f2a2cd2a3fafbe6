# Two set-up commands: `make run` and `make test`. Both install what is missing first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Every install takes the versions in constraints.txt (regenerate with `make constraints`).
PIP_INSTALL := $(PY) -m pip install --quiet --constraint constraints.txt
LINTED := src tests benchmarks scripts packaging

.PHONY: run test check lint test-versions probe-pyside constraints bench deps dist bundle icons sounds ts qm clean

run: $(STAMP)
	$(PY) -m backcare_desktop

test: $(STAMP)
	$(PY) -m pytest

# Everyday: lint, then the tests that need no Xvfb, sound server or bundle and take seconds.
check: lint
	$(PY) -m pytest -m "not e2e and not bundle and not pulseaudio and not slow"

lint: $(STAMP)
	$(PY) -m ruff check $(LINTED)
	$(PY) -m ruff format --check $(LINTED)
	$(PY) -m mypy

# The tests except end-to-end and bundle on each installed Python 3.11, 3.12 and 3.13, each in
# its own venv (.venv serves its own version, .venv-3.X the others). `make test-versions
# VERSIONS=3.13` picks some.
VERSIONS ?= 3.11 3.12 3.13
test-versions: $(STAMP)
	$(PY) scripts/test_versions.py --versions $(VERSIONS)

# Does a PySide6 release keep None alive on Python 3.11? (the hold in pyproject.toml)
probe-pyside: $(STAMP)
	$(PY) scripts/probe_pyside.py $(PYSIDE)

# Pin what the venvs have now (after upgrading and testing on purpose) into constraints.txt.
constraints: $(STAMP)
	$(PY) scripts/freeze_constraints.py

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

# Wheel and sdist in dist/, and the one-folder PyInstaller bundle in build/dist/backcare-desktop.
dist: bundle
	$(PY) -m build --no-isolation --outdir dist .

bundle: $(STAMP)
	$(PIP_INSTALL) -e '.[test,dist]'
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
	$(VENV)/bin/pyside6-lupdate -extensions py,qml -no-obsolete src/backcare_desktop -ts $(TS_FILES)

qm: $(STAMP)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

deps:
	PYTHON=$(PYTHON) scripts/system-deps.sh

$(STAMP): pyproject.toml constraints.txt scripts/system-deps.sh
	PYTHON=$(PYTHON) scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip
	$(PIP_INSTALL) -e '.[test,dist]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) $(VENV)-3.* build dist .pytest_cache .ruff_cache .mypy_cache
