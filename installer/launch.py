"""Entry script for the frozen (PyInstaller) build: start ardesk exactly like the `ardesk` console script."""

import multiprocessing
import sys

from ardesk.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch printing starts worker processes from this executable
    sys.exit(main())
