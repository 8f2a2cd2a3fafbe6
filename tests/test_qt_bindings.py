"""The installed PySide6 keeps Python's reference counts right where the app relies on them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

CALLS = 1000
PROBE = f"""
import json, sys
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar
app = QApplication([])
label, bar = QLabel(), QProgressBar()
calls = {{
    "setText": lambda i: label.setText(str(i)),
    "setAccessibleName": lambda i: label.setAccessibleName(str(i)),
    "setValue": lambda i: bar.setValue(i % 100),
}}
changes = {{}}
for name, call in calls.items():
    call(0)
    before = sys.getrefcount(None)
    for i in range({CALLS}):
        call(i)
    changes[name] = sys.getrefcount(None) - before
print(json.dumps(changes))
"""


def test_methods_returning_nothing_keep_none_alive() -> None:
    """PySide6 6.12.0 dropped a reference to None on each call of a method returning nothing; on
    Python 3.11, where None is reference-counted, the app aborted ("none_dealloc") about 25
    minutes into a workout. (Python 3.12+ never frees None: there the counts do not move.)

    Probed in a child process, which such a PySide6 may abort.
    """
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    changes = json.loads(result.stdout.splitlines()[-1])
    assert all(change > -CALLS // 2 for change in changes.values()), changes
