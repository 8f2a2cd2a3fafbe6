"""Entry point for ``python -m backcare_desktop``."""

import sys

from backcare_desktop.app import main

sys.exit(main())
