#!/usr/bin/env bash
# Set up everything this project needs on a fresh Debian machine: the system libraries Qt
# loads (when we may install them), a virtual environment, the locked Python packages.
# Idempotent: run it as often as you like.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxkbcommon-x11-0 poppler-utils binutils zbar-tools fonts-droid-fallback openssl postgresql-15-pgaudit
  cups cups-client printer-driver-cups-pdf
  fonts-noto-core fonts-noto-ui-core fonts-noto-mono fonts-noto-cjk fonts-wqy-zenhei)
# fonts-noto-*: names in Devanagari, Thai, Arabic, Hebrew and the other scripts a hospital may register
# (issue 15, item 6): on screen Qt falls back to them by itself; printouts draw each run of a line in a
# font that has it (printing/layout.py). fonts-noto-cjk is for the screen; printouts need TrueType
# outlines for CJK, which fonts-wqy-zenhei has (Noto CJK's are PostScript, which reportlab cannot embed).
# fonts-noto-mono stands in for a second font in tests/unit/test_printing.py.
# cups + printer-driver-cups-pdf: printing goes to CUPS with lp; tests/gui/test_cups_printing.py starts
# cupsd itself when it is not running (a container has no init) and prints to a cups-pdf queue.

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing system packages (install them as root): ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check uv 2>/dev/null || .venv/bin/python -m pip install -q uv
.venv/bin/uv pip sync -q -p .venv/bin/python requirements.lock
.venv/bin/uv pip install -q -p .venv/bin/python --no-deps -e .
touch .venv/.installed
