"""The pure domain core: routines, timelines, the workout engine and statistics.

Nothing in this package imports Qt; tests drive it without a window.
"""
