"""backcare-desktop: a desktop interval timer for back-care routines."""

__version__ = "0.1.0"
APP_NAME = "backcare-desktop"
