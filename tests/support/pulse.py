"""A private PulseAudio server with one null sink, to record what the app really plays.

Qt Multimedia reads PULSE_SERVER and XDG_RUNTIME_DIR once per process, when it first looks for
audio devices, so run the code under test in a subprocess with :func:`running_pulseaudio`'s env.
The null sink has rewinds off: with them, what its monitor records can be shifted or cut when a
stream starts, which spoils timing measurements.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SINK = "cap"
"""The null sink: the only, hence default, output device."""
MONITOR = f"{SINK}.monitor"
"""Record from this source to get what was played to :data:`SINK`."""
START_TIMEOUT_S = 10.0


@contextmanager
def running_pulseaudio(tmp_path: Path, rewinds: bool = False) -> Iterator[dict[str, str]]:
    """Run ``pulseaudio`` with only a null sink; yield the env a client needs; stop it after.

    The yielded dict holds XDG_RUNTIME_DIR and PULSE_SERVER: add it to a subprocess's
    environment. Skips the test when pulseaudio or pactl is not installed. The server's log is
    ``tmp_path / "pulseaudio.log"``.

    Without ``rewinds`` (the default) the sink never rewrites what it has rendered: a first
    sound is not shifted, but every time a client's stream runs dry its later sound comes that
    much later, so a long-lived stream's latency only grows. A real sound card's sink rewinds.
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


@contextmanager
def recording(env: dict[str, str], wav_path: Path, source: str = MONITOR) -> Iterator[None]:
    """Record ``source`` into ``wav_path`` (16-bit WAV) with ``parec`` while the block runs.

    Time 0 of the recording is not exactly the start of the block: compare onsets with each
    other, not with the clock.
    """
    if shutil.which("parec") is None:
        pytest.skip("parec (pulseaudio-utils) is not installed")
    recorder = subprocess.Popen(
        ["parec", "--latency-msec=10", "-d", source, "--file-format=wav", str(wav_path)],
        env={**os.environ, **env},
    )
    try:
        _wait_for(lambda: wav_path.exists() or recorder.poll() is not None, "parec to start")
        yield
    finally:
        _stop(recorder, signal.SIGINT)  # SIGINT: parec finishes the WAV header


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
