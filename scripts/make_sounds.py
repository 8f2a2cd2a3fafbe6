"""Generate the shipped cue sounds, reproducibly: resources/sounds/<style>/<kind>.wav.

Usage: .venv/bin/python scripts/make_sounds.py [--out FOLDER]

Every cue is a short phrase of notes (pydub generators) with a per-sample envelope: a short attack
starting at sample 0, so the sound begins exactly when the cue is due, an exponential decay, and a
release to zero at the end. There is no randomness, so running it again gives identical files.

Styles: ``soft`` (the default) is sine tones with a faint mallet overtone, low-ish pitches and a
rounded 5 ms attack; ``bright`` is the same phrases an octave up with triangle waves, a 1 ms attack
and quicker decays, to cut through music or a noisy room.
"""

from __future__ import annotations

import argparse
import array
import math
import warnings
from dataclasses import dataclass
from pathlib import Path

from backcare_desktop.audio.render import SAMPLE_RATE, SOUND_STYLES, wav_bytes
from backcare_desktop.core.timeline import CueKind

with warnings.catch_warnings():  # see render._pydub_audio_segment
    warnings.filterwarnings("ignore", "Couldn't find ffmpeg or avconv", RuntimeWarning)
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    from pydub import AudioSegment
    from pydub.generators import SignalGenerator, Sine, Triangle

PEAK_DBFS = -3.0
"""Every file is peak-normalised to this; the app normalises loudness again when preparing."""
RELEASE_MS = 15.0
"""Each note fades linearly to zero over its last this many milliseconds: no click at the end."""

C4, E4, G4, A4 = 261.63, 329.63, 392.00, 440.00
C5, D5, E5, G5, C6 = 523.25, 587.33, 659.26, 783.99, 1046.50


@dataclass(frozen=True)
class Note:
    """One note of a phrase, in the soft style's pitch; ``tau_ms`` is its decay time constant."""

    at_ms: int
    freq: float
    length_ms: int
    tau_ms: float
    gain_db: float = -6.0


@dataclass(frozen=True)
class Timbre:
    """How a style plays the phrases."""

    wave: type[SignalGenerator]
    transpose: float
    attack_ms: float
    decay: float
    overtone_db: float | None


TIMBRES: dict[str, Timbre] = {
    "soft": Timbre(wave=Sine, transpose=1.0, attack_ms=5.0, decay=1.0, overtone_db=-18.0),
    "bright": Timbre(wave=Triangle, transpose=2.0, attack_ms=1.0, decay=0.7, overtone_db=None),
}

PHRASES: dict[CueKind, tuple[Note, ...]] = {
    # One short blip for each of the last seconds.
    CueKind.TICK: (Note(0, E5, 90, 22),),
    # A single long bell: attention, the workout is about to start.
    CueKind.GET_READY: (Note(0, A4, 650, 170),),
    # Rising fifth: go.
    CueKind.WORK_START: (Note(0, C5, 170, 90), Note(150, G5, 450, 140)),
    # Falling fifth, slower and lower: relax.
    CueKind.REST_START: (Note(0, G4, 230, 120), Note(200, C4, 550, 170)),
    # The same note twice.
    CueKind.HALFWAY: (Note(0, E5, 160, 60), Note(170, E5, 340, 90)),
    # Two notes alternating, like a see-saw.
    CueKind.SWITCH_SIDES: (
        Note(0, D5, 140, 60),
        Note(130, A4, 140, 60),
        Note(260, D5, 140, 60),
        Note(390, A4, 320, 100),
    ),
    # A major chord, all at once.
    CueKind.ROUND_DONE: tuple(Note(0, freq, 850, 230, -14.0) for freq in (C4, E4, G4, C5)),
    # A rising arpeggio ending on the octave.
    CueKind.FINISHED: (Note(0, E5, 420, 130), Note(170, G5, 420, 130), Note(340, C6, 1150, 300)),
}


def envelope(tone: AudioSegment, attack_ms: float, tau_ms: float) -> AudioSegment:
    """``tone`` shaped by a linear attack from sample 0, an exponential decay and a release."""
    samples = tone.get_array_of_samples()
    count = len(samples)
    per_ms = SAMPLE_RATE / 1000

    def gain(index: int) -> float:
        t_ms = index / per_ms
        attack = min(1.0, t_ms / attack_ms)
        release = min(1.0, (count - 1 - index) / per_ms / RELEASE_MS)
        return attack * release * math.exp(-t_ms / tau_ms)

    shaped = array.array("h", (round(sample * gain(i)) for i, sample in enumerate(samples)))
    return AudioSegment(shaped.tobytes(), sample_width=2, frame_rate=SAMPLE_RATE, channels=1)


def render_note(note: Note, timbre: Timbre) -> AudioSegment:
    """One note in ``timbre``: the main tone, plus a quicker-fading octave overtone if any."""
    freq = note.freq * timbre.transpose
    tau = note.tau_ms * timbre.decay
    tone = timbre.wave(freq, sample_rate=SAMPLE_RATE).to_audio_segment(note.length_ms, note.gain_db)
    shaped = envelope(tone, timbre.attack_ms, tau)
    if timbre.overtone_db is None:
        return shaped
    overtone = Sine(2 * freq, sample_rate=SAMPLE_RATE).to_audio_segment(
        note.length_ms, note.gain_db + timbre.overtone_db
    )
    return shaped.overlay(envelope(overtone, timbre.attack_ms, tau / 3))


def render_phrase(notes: tuple[Note, ...], timbre: Timbre) -> AudioSegment:
    """The notes mixed at their start times, peak-normalised to PEAK_DBFS."""
    length_ms = max(note.at_ms + note.length_ms for note in notes)
    mix = AudioSegment.silent(duration=length_ms, frame_rate=SAMPLE_RATE)
    for note in notes:
        mix = mix.overlay(render_note(note, timbre), position=note.at_ms)
    return mix.apply_gain(PEAK_DBFS - mix.max_dBFS)


def make_sounds(out_dir: Path) -> list[Path]:
    """Write every style's sound for every cue kind under ``out_dir``; the files written."""
    written = []
    for style in SOUND_STYLES:
        folder = out_dir / style
        folder.mkdir(parents=True, exist_ok=True)
        for kind in CueKind:
            path = folder / f"{kind.value}.wav"
            path.write_bytes(wav_bytes(render_phrase(PHRASES[kind], TIMBRES[style])))
            written.append(path)
    return written


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parents[1] / "resources" / "sounds"
    parser.add_argument("--out", type=Path, default=default_out, help="default: %(default)s")
    out_dir = parser.parse_args().out
    for path in make_sounds(out_dir):
        print(f"{path}  {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
