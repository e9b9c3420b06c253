#!/usr/bin/env bash
# Idempotent set-up (Debian/Ubuntu or macOS): system packages, .venv, and ardesk installed editable with test+pg extras.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils postgresql openssl)

# Pick the first interpreter that is Python >= 3.11 ($PYTHON wins if set).
find_python() {
  local py
  for py in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
    if command -v "$py" >/dev/null 2>&1 &&
      "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$py"
      return 0
    fi
  done
  echo "setup: need Python >= 3.11 (set PYTHON=/path/to/python3.11)" >&2
  return 1
}

if [ ! -x .venv/bin/python ]; then
  PY=$(find_python)
  # Debian's own Python needs pythonX.Y-venv for ensurepip.
  if ! "$PY" -c 'import ensurepip' 2>/dev/null && command -v dpkg >/dev/null 2>&1; then
    APT_PACKAGES+=("python$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv")
  fi
fi

# System packages (Debian/Ubuntu only); skipped when every package is already installed.
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    if [ ${#sudo[@]} -gt 0 ] && ! command -v sudo >/dev/null 2>&1; then
      echo "setup: not root and no sudo; install these by hand: ${missing[*]}" >&2
    else
      echo "setup: apt-get install ${missing[*]}"
      "${sudo[@]}" apt-get update -qq
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi
elif [ "$(uname -s)" = Darwin ] && ! command -v pg_ctl >/dev/null 2>&1; then
  echo "setup: PostgreSQL tests need pg_ctl on PATH (e.g. brew install postgresql@16 poppler)" >&2
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PY"
  "$PY" -m venv .venv
fi

# Re-install only when pyproject.toml is newer than the stamp left by the last install.
STAMP=.venv/.ardesk-installed
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  echo "setup: pip install -e .[test,pg]"
  .venv/bin/python -m pip install --quiet -e ".[test,pg]"
  touch "$STAMP"
fi
