"""The charts' own window on a real X server (Xvfb): how often it draws while the GUI waits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCENE = "import QtQuick\nRectangle { color: 'teal' }\n"
SHOW_AND_COUNT = """
import json, sys, time
from pathlib import Path
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickView
from PySide6.QtWidgets import QApplication, QWidget, QVBoxLayout
from backcare_desktop.ui import quick_host

exposes = []

class CountingView(QQuickView):
    def exposeEvent(self, event):  # each one draws a frame while the GUI thread waits
        exposes.append(time.monotonic())
        super().exposeEvent(event)

quick_host.QQuickView = CountingView
app = QApplication([])
window = QWidget()
QVBoxLayout(window).addWidget(
    quick_host.QuickHost(Path(sys.argv[1]), {}, QColor("white"), "Charts", window)
)
window.resize(640, 480)
window.show()
frames = []
host = window.findChild(quick_host.QuickHost)
host.view.frameSwapped.connect(lambda: frames.append(time.monotonic()))
deadline = time.monotonic() + 20
while len(frames) < 2 and time.monotonic() < deadline:  # the first, and the repaint's
    app.processEvents()
settle = time.monotonic() + 0.5
while time.monotonic() < settle:
    app.processEvents()
    time.sleep(0.01)
print(json.dumps({"exposes": len(exposes), "frames": len(frames)}))
"""


@pytest.mark.e2e
def test_the_scene_is_exposed_once_and_repainted_without_a_second_exposure(
    tmp_path: Path, xvfb_display: str
) -> None:
    """X11 asks a just-mapped window to repaint: that must not become a second expose (a
    whole frame drawn while the GUI thread waits), but a frame requested as usual."""
    scene = tmp_path / "scene.qml"
    scene.write_text(SCENE, encoding="utf-8")
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, "-c", SHOW_AND_COUNT, str(scene)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout.strip().splitlines()[-1])
    assert counts["frames"] >= 2  # the repaint was drawn
    assert counts["exposes"] == 1
