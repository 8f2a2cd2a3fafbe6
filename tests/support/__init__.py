"""Helpers shared by the tests: onset detection in recordings, a private PulseAudio server."""
