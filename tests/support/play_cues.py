"""Plays cues through the app's player and prints what happened as JSON; run in a subprocess.

``python -m tests.support.play_cues --cache DIR [--kind tick] [--count 1] [--interval-ms 500]
[--say TEXT] [--voice] [--armed-ms AHEAD --block-ms BLOCK]`` from the checkout, with the env
of a private PulseAudio server (see :mod:`tests.support.pulse`): Qt Multimedia picks the audio
server up only at its first use.
Prints ``{"audio_available", "voice_available", "notices", "play_ms"}`` (the first three as
they were at the last cue; ``play_ms``: the monotonic times of the ``play()`` calls relative to
the first). With ``--armed-ms``, each cue is scheduled that far ahead and the GUI thread is then
blocked for ``--block-ms`` before ``play()`` confirms it; ``play_ms`` are then the due times.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer

from backcare_desktop.audio.player import create_player
from backcare_desktop.audio.render import prepare_cue_sounds
from backcare_desktop.core.engine import CueDue
from backcare_desktop.core.timeline import Cue, CueKind
from backcare_desktop.resources import sounds_dir

SETTLE_MS = 1500
"""Wait this long after the last cue, for it to play out."""
VOICE_TIMEOUT_MS = 15_000


def main() -> None:
    """Parse the arguments, play, print the report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--kind", type=CueKind, default=CueKind.TICK)
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--interval-ms", type=int, default=500)
    parser.add_argument("--say", default="")
    parser.add_argument("--voice", action="store_true")
    parser.add_argument("--armed-ms", type=int, default=0)
    parser.add_argument("--block-ms", type=int, default=0)
    args = parser.parse_args()
    app = QCoreApplication([])
    prepared = prepare_cue_sounds(sounds_dir(), "soft", 1.0, args.cache)
    player = create_player(prepared.files, voice_enabled=args.voice)
    play_times: list[float] = []
    report: dict[str, object] = {}
    timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=args.interval_ms)

    def play() -> None:
        cue = Cue(args.kind, 0, args.say)
        if args.armed_ms:
            due_ns = time.monotonic_ns() + args.armed_ms * 1_000_000
            play_times.append(due_ns / 1e9)
            player.schedule((CueDue(cue, len(play_times), due_ns),))
            time.sleep(args.block_ms / 1000)  # the GUI thread is busy past the due time
        else:
            play_times.append(time.monotonic())
        player.play(cue)
        if len(play_times) == args.count:
            timer.stop()
            report.update(  # now: quitting closes the player
                audio_available=player.audio_available,
                voice_available=player.voice_available,
                notices=list(player.notices),
            )
            QTimer.singleShot(SETTLE_MS, app.quit)

    def start_when_ready(waited: QElapsedTimer) -> None:
        if args.voice and not player.voice_available and waited.elapsed() < VOICE_TIMEOUT_MS:
            QTimer.singleShot(50, lambda: start_when_ready(waited))
            return
        timer.timeout.connect(play)
        timer.start()
        play()

    waited = QElapsedTimer()
    waited.start()
    player.when_warm(lambda: start_when_ready(waited))  # the first tick as soon as the app may
    app.exec()
    report["play_ms"] = [(t - play_times[0]) * 1000 for t in play_times]
    print(json.dumps(report))


if __name__ == "__main__":
    main()
