"""Durations as people read them."""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a number of seconds, rounded to the nearest second."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
