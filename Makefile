# SalesDesk: `make run` starts the app, `make test` runs every test. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Installs are redone when the package definition changes.
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
BUNDLE_STAMP := $(VENV)/.installed-bundle
VERSION = $(shell $(BIN)/python -c 'import salesdesk; print(salesdesk.__version__)')
ARCH := $(shell uname -m)

# Compiled translations: made from the .ts sources whenever those change (never committed).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/salesdesk_*.ts))

.PHONY: run test lint format bench bundle bundle-test deb translations clean

run: $(APP_STAMP) $(QM)
	$(BIN)/salesdesk $(ARGS)

test: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(BENCH_ARGS)

# The one-folder desktop app in dist/salesdesk/ and its archive (packaging/README.md).
bundle: $(BUNDLE_STAMP) $(QM)
	rm -rf dist/salesdesk build/salesdesk dist/salesdesk-*-linux-*.tar.*
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
		packaging/salesdesk.spec
	tar -C dist -czf dist/salesdesk-$(VERSION)-linux-$(ARCH).tar.gz salesdesk

# The Debian package of the built bundle: desktop entry, icons, metainfo, /usr/bin/salesdesk.
deb: $(APP_STAMP)
	$(BIN)/python packaging/linux/build_deb.py dist/salesdesk

# Starts the built bundle as a rep would (no Python of ours on PATH) and checks its outputs.
bundle-test: $(APP_STAMP)
	$(BIN)/python packaging/smoke_test.py dist/salesdesk/salesdesk

# New phrases of the code into the .ts catalogs (translations kept; new ones unfinished).
translations: $(APP_STAMP)
	$(BIN)/python packaging/translations.py update

resources/translations/%.qm: resources/translations/%.ts | $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent -removeidentical $< -qm $@

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "SalesDesk needs Python 3.11 or newer; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	@touch $@ $(APP_STAMP)

$(BUNDLE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[bundle]"
	@touch $@ $(APP_STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache $(QM)
