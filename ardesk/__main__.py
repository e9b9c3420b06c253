"""`python -m ardesk` starts the desktop application."""

import sys

from ardesk.app import main

sys.exit(main())
