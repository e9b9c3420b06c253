#!/usr/bin/env bash
# Set up (if needed) and start ardesk with the demo book; extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/ardesk --demo "$@"
