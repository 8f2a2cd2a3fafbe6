"""A private PulseAudio server with one null sink, to record what the app really plays.

Qt Multimedia reads PULSE_SERVER and XDG_RUNTIME_DIR once per process, when it first looks for
audio devices, so run the code under test in a subprocess with :func:`running_pulseaudio`'s env.
By default the null sink has rewinds off: with them, what its monitor records can be shifted or
cut when a stream starts, which spoils timing measurements.
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SINK = "cap"
"""The null sink: the only, hence default, output device."""
MONITOR = f"{SINK}.monitor"
"""Record from this source to get what was played to :data:`SINK`."""
START_TIMEOUT_S = 10.0
NS_PER_S = 1_000_000_000


@contextmanager
def running_pulseaudio(tmp_path: Path, rewinds: bool = False) -> Iterator[dict[str, str]]:
    """Run ``pulseaudio`` with only a null sink; yield the env a client needs; stop it after.

    The yielded dict holds XDG_RUNTIME_DIR and PULSE_SERVER: add it to a subprocess's
    environment. Skips the test when pulseaudio or pactl is not installed. The server's log is
    ``tmp_path / "pulseaudio.log"``.

    Without ``rewinds`` (the default) the sink never rewrites what it has rendered, so a sound
    that starts a stream is not shifted or cut in the recording. A real sound card's sink
    rewinds; ``rewinds=True`` measures that case.
    """
    if not (shutil.which("pulseaudio") and shutil.which("pactl")):
        pytest.skip("pulseaudio is not installed")
    runtime = Path(tempfile.mkdtemp(prefix="pa-"))  # short: a socket path is at most 107 bytes
    socket = runtime / "native"
    env = {"XDG_RUNTIME_DIR": str(runtime), "PULSE_SERVER": f"unix:{socket}"}
    with (tmp_path / "pulseaudio.log").open("wb") as log:
        server = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "--system=no",
                f"--load=module-null-sink sink_name={SINK} rate=44100"
                + ("" if rewinds else " norewinds=1"),
                f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}",
            ],
            env={**os.environ, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_serving(server, env, tmp_path / "pulseaudio.log")
        yield env
    finally:
        _stop_speech_dispatcher(runtime)
        _stop(server)
        shutil.rmtree(runtime, ignore_errors=True)


RECORD_RATE = 44100
"""Frames per second of the recordings (mono, 16-bit), the same as the null sink's."""
MIN_FIT_S = 20
"""Recordings at least this long get their rate measured (see :class:`Recording`)."""


@dataclass
class Recording:
    """A recording's clock, measured against the monotonic clock while it ran.

    The null sink's clock is not the system's: while a low-latency client such as Qt plays, it
    renders about 170 ppm fast here (10 ms a minute), so positions in the recording drift against
    the clock the app schedules by. ``rate`` is the frames the recorder received per monotonic
    second (least squares over the chunks' arrivals after the first second), which turns a
    recording position into monotonic time. Recordings shorter than MIN_FIT_S keep the nominal
    rate: over a few seconds the arrival jitter (a millisecond or so) outweighs the correction.
    """

    rate: float = float(RECORD_RATE)
    arrivals: list[tuple[int, int]] = field(default_factory=list)  # (monotonic ns, frames so far)

    def monotonic_ms(self, recording_ms: float) -> float:
        """How much monotonic time passed by ``recording_ms`` (at the nominal rate) into it."""
        return recording_ms * RECORD_RATE / self.rate

    def measure_rate(self) -> None:
        """Fit ``rate`` to the arrivals after the first second (when the stream has settled)."""
        settled = [(t, n) for t, n in self.arrivals if t - self.arrivals[0][0] > NS_PER_S]
        if len(settled) < 10 or settled[-1][0] - settled[0][0] < MIN_FIT_S * NS_PER_S:
            return
        mean_t = statistics.fmean(t for t, _ in settled)
        mean_n = statistics.fmean(n for _, n in settled)
        var = sum((t - mean_t) ** 2 for t, _ in settled)
        slope = sum((t - mean_t) * (n - mean_n) for t, n in settled) / var
        self.rate = slope * NS_PER_S


@contextmanager
def recording(env: dict[str, str], wav_path: Path, source: str = MONITOR) -> Iterator[Recording]:
    """Record ``source`` into ``wav_path`` (16-bit mono WAV) with ``parec`` while the block runs.

    Yields a :class:`Recording` whose ``rate`` is measured when the block ends. Time 0 of the
    recording is not exactly the start of the block: compare onsets with each other, not with
    the clock. Raises RuntimeError when parec fails to start or the copying fails.
    """
    if shutil.which("parec") is None:
        pytest.skip("parec (pulseaudio-utils) is not installed")
    recorder = subprocess.Popen(
        [
            "parec",
            "--latency-msec=10",
            "-d",
            source,
            "--raw",
            "--format=s16le",
            f"--rate={RECORD_RATE}",
            "--channels=1",
        ],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
    )
    result = Recording()
    failures: list[BaseException] = []
    with wave.open(str(wav_path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RECORD_RATE)
        reader = threading.Thread(
            target=_copy_timed, args=(recorder, wav, result.arrivals, failures)
        )
        reader.start()
        try:
            _wait_for(lambda: bool(result.arrivals) or recorder.poll() is not None, "parec")
            if not result.arrivals:
                raise RuntimeError(f"parec exited at once (status {recorder.returncode})")
            yield result
        finally:
            _stop(recorder)
            reader.join()
            recorder.stdout.close()
    if failures:
        raise RuntimeError("copying the recording failed") from failures[0]
    result.measure_rate()


def _copy_timed(
    recorder: subprocess.Popen,
    wav: wave.Wave_write,
    arrivals: list[tuple[int, int]],
    failures: list[BaseException],
) -> None:
    """Copy the recorder's output into ``wav``, noting when each chunk arrived; a failure goes
    into ``failures`` (the thread's caller raises it)."""
    frames = 0
    pending = b""
    try:
        while chunk := os.read(recorder.stdout.fileno(), 65536):
            pending += chunk
            whole = len(pending) - len(pending) % 2
            frames += whole // 2
            arrivals.append((time.monotonic_ns(), frames))
            wav.writeframesraw(pending[:whole])  # the header is written once, at close
            pending = pending[whole:]
    except BaseException as error:  # handed to the caller's thread
        failures.append(error)


def _wait_until_serving(server: subprocess.Popen, env: dict[str, str], log: Path) -> None:
    def serving() -> bool:
        if server.poll() is not None:
            raise RuntimeError(f"pulseaudio exited: {log.read_text(errors='replace')}")
        probe = subprocess.run(
            ["pactl", "info"], env={**os.environ, **env}, capture_output=True, check=False
        )
        return probe.returncode == 0

    _wait_for(serving, "pulseaudio to serve")


def _stop_speech_dispatcher(runtime: Path) -> None:
    """Stop the speech-dispatcher that a client spawned with this env (pid file in ``runtime``)."""
    try:
        pid = int((runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid").read_text())
    except (OSError, ValueError):
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):  # it can ignore SIGTERM while a module hangs
        try:
            os.kill(pid, sig)
            _wait_for(lambda: not _alive(pid), f"speech-dispatcher {pid} to end", timeout_s=3.0)
            return
        except ProcessLookupError:
            return
        except TimeoutError:
            continue


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_for(condition: Callable[[], bool], what: str, timeout_s: float = START_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.02)


def _stop(process: subprocess.Popen, first_signal: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(first_signal)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
