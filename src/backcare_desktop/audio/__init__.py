"""Cue sounds: ``render`` prepares the WAV files (pydub), ``player`` plays them (Qt Multimedia).

Neither is imported here: pydub and Qt Multimedia load only when a workout needs them, and a
machine without libpulse can still run the app (see ``player.create_player``).
"""
