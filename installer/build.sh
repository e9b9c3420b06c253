#!/usr/bin/env bash
# Build the one-folder app with PyInstaller, self-test it offscreen, and on Linux pack it as a tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || scripts/setup.sh
[ -x .venv/bin/pyinstaller ] || .venv/bin/python -m pip install --quiet -e ".[freeze]"

SECONDS=0
.venv/bin/pyinstaller --noconfirm --log-level WARN installer/ardesk.spec
build_time=$SECONDS

if ! QT_QPA_PLATFORM=offscreen dist/ardesk/ardesk --self-test; then
  echo "build: dist/ardesk/ardesk --self-test failed" >&2
  exit 1
fi

echo "build: dist/ardesk built in ${build_time}s, $(du -sh dist/ardesk | cut -f1); self-test ok"
if [ "$(uname -s)" = Linux ]; then
  version=$(.venv/bin/python -c 'import ardesk; print(ardesk.__version__)')
  tarball=dist/ardesk-$version-linux-$(uname -m).tar.gz
  tar -C dist -czf "$tarball" ardesk
  echo "build: $tarball $(du -sh "$tarball" | cut -f1)"
fi
