"""Entry script for the frozen (PyInstaller) build: start ardesk exactly like the `ardesk` console script."""

import sys

from ardesk.app import main

if __name__ == "__main__":
    sys.exit(main())
