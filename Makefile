# Gig docking kiosk. `make run` and `make test` are the two commands a new machine needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOME_DIR ?= $(CURDIR)/.home
PDF_QUEUE ?= PDF

.PHONY: run test test-packages deb apt-repo bundle bench lint system-deps venv translations screenshots clean ci-services lock

# constraints.txt pins every package to the versions the suite last passed with, so a release
# made after that cannot change what CI or a new kiosk installs; `make lock` moves the pins.
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[kiosk,registry,dev]'
	touch $(STAMP)

venv: $(STAMP)

## Re-resolve the dependencies to their newest allowed releases and pin them (then run make test).
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet -e '.[kiosk,registry,dev]'
	{ echo "# make lock writes this: every package at the version the suite passed with."; \
	  .lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^-e'; } > constraints.txt
	rm -rf .lock-venv

# Compile the Qt Linguist sources (assets/i18n/*.ts) into .qm files next to the UI.
translations: $(STAMP)
	$(PY) -m kiosk.ui.i18n_build
	$(PY) -m kiosk.ui.staff.i18n

## Start the kiosk in a window on a local SQLite file with demo data (KIOSK_HOME=.home).
run: $(STAMP) translations
	KIOSK_HOME=$${KIOSK_HOME:-$(HOME_DIR)} $(PY) -m kiosk run --demo $(ARGS)

## Run the whole test suite (the package tests have their own target).
test: $(STAMP) translations
	$(PY) -m pytest --ignore=tests/packages $(PYTEST_ARGS)

## Debian packages of the kiosk and the registry into dist/ (needs Debian's python3 and python3-venv).
deb:
	/usr/bin/python3 installers/deb/build.py --out dist

## A signed apt repository of dist/*.deb in dist/apt; PHASED=10 rolls it out to 10% of kiosks.
PHASED ?= 100
apt-repo:
	/usr/bin/python3 installers/apt_repo.py --out dist/apt --phased $(PHASED) dist/*.deb

## The kiosk as one folder for machines without Debian (PyInstaller; compiles the translations):
## dist/gig-kiosk-<version>-<arch>/gig-kiosk is the `kiosk` command. Needs the system's CJK fonts.
bundle: $(STAMP)
	$(PY) installers/bundle/build.py --out dist

## Build the packages, install the previous release into a throwaway Debian root, upgrade it.
test-packages: $(STAMP)
	$(PY) -m pytest tests/packages -o timeout=2400 $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m benchmarks $(BENCH)

lint: $(STAMP)
	$(VENV)/bin/ruff check kiosk registry benchmarks tests
	$(VENV)/bin/ruff format --check kiosk registry benchmarks tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# Every screen in both languages and elderly mode, and every staff page, rendered under Xvfb into
# docs/screenshots/.
screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) -m kiosk.ui.screenshots docs/screenshots
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) -m kiosk.ui.staff.screenshots docs/screenshots/staff

# Debian packages: CJK fonts, Xvfb and the xcb libraries Qt needs, PulseAudio client for the
# virtual keyboard, read-aloud (speech-dispatcher with espeak-ng's Mandarin and English voices;
# PulseAudio's null sink lets a test hear it with no sound card), CUPS with a PDF printer (ipptool
# finds jobs), poppler for reading printed PDFs back, Chromium and its driver for the public pages'
# end-to-end tests; Debian's python3-venv and mmdebstrap to build the packages and test them in a
# throwaway Debian root; xdotool, ImageMagick and xclip to tap and read the bundle under Xvfb;
# cage (it needs Xwayland) and grim to run the kiosk session headless and screenshot it.
system-deps:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	  fonts-wqy-microhei fonts-noto-cjk \
	  xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	  libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 \
	  libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
	  libpulse0 libpulse-mainloop-glib0 \
	  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd2 pulseaudio pulseaudio-utils \
	  cups cups-bsd cups-client cups-ipp-utils printer-driver-cups-pdf poppler-utils \
	  python3-venv mmdebstrap apt-utils gnupg \
	  chromium chromium-driver \
	  xdotool imagemagick xclip cage xwayland grim

# Start CUPS with a cups-pdf queue and PostgreSQL (used by .ci/run; needs root).
ci-services:
	./.ci/services

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
