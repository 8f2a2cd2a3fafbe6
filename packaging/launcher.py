"""PyInstaller entry point: the bundle's ``backcare-desktop`` executable runs this."""

from backcare_desktop.app import main

raise SystemExit(main())
