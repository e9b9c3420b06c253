#!/usr/bin/env bash
# Wrap dist/ardesk.app (built by installer/build.sh on macOS) in a compressed .dmg with an Applications link.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -d dist/ardesk.app ] || { echo "make_dmg: no dist/ardesk.app: run installer/build.sh on macOS first" >&2; exit 1; }
version=$(.venv/bin/python -c 'import ardesk; print(ardesk.__version__)')
dmg=dist/ardesk-$version-macos-$(uname -m).dmg

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto dist/ardesk.app "$staging/ardesk.app"   # ditto keeps symlinks, permissions and signatures
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "ardesk $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "make_dmg: $dmg ($(du -sh "$dmg" | cut -f1))"
