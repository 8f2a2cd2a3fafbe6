"""The Qt shell: widgets that observe the core through small adapters."""
