"""The charts draw in their own child window (QuickHost), which never takes the keyboard focus.

A QQuickWidget made the whole main window an OpenGL-composed window for the rest of the
session (on software OpenGL a small animation then took 44% of a core instead of 6%); a
QQuickView in a window container leaves the main window painting into its raster backing store.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QSurface
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backcare_desktop.ui.main_window import MainWindow
from backcare_desktop.ui.quick_host import QuickHost
from backcare_desktop.ui.services import Services
from tests.ui.test_history_view import SESSIONS

pytestmark = pytest.mark.qt_log_ignore(r"QRhiGles2: Failed to create", extend=True)


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    assert services.history is not None
    services.history.add_records(SESSIONS)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_charts_draw_in_their_own_window_and_the_main_window_stays_raster(
    qtbot, window: MainWindow
) -> None:
    assert window.open_history()
    view = window.history_view
    assert view is not None and view.quick is not None
    qtbot.waitUntil(lambda: view.quick.quickWindow().isExposed())
    scene = view.quick.quickWindow()
    handle = window.windowHandle()
    assert scene.parent() is not None and scene is not handle  # a child window of its own
    runs = view.show_runs()
    qtbot.waitUntil(lambda: runs.quick.quickWindow().isExposed())
    assert window.findChildren(QQuickWidget) == []
    assert handle.surfaceType() == QSurface.SurfaceType.RasterSurface
    assert window.windowHandle() is handle  # not recreated as an OpenGL window


def test_a_click_on_the_charts_leaves_the_focus_and_the_keys_with_the_window(
    qtbot, window: MainWindow
) -> None:
    window.open_history()
    view = window.history_view
    assert view is not None and view.quick is not None
    scene = view.quick.quickWindow()
    qtbot.waitUntil(scene.isExposed)
    view.table.setFocus()
    QTest.mouseClick(
        scene, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(90, 90)
    )
    assert QGuiApplication.focusWindow() is window.windowHandle()
    assert window.focusWidget() is view.table
    with qtbot.waitSignal(view.closed):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)


def test_showing_the_charts_again_gives_them_no_focus(qtbot, window: MainWindow) -> None:
    """Deleting every session hides the charts and undoing shows them again: the offscreen
    platform activates the scene's window as it shows it, and the host hands it back."""
    window.open_history()
    view = window.history_view
    assert view is not None and view.quick is not None
    view.table.setFocus()
    view.table.selectAll()
    view.delete_button.click()
    assert not view.quick.isVisible()
    view.undo_button.click()
    qtbot.waitUntil(view.quick.quickWindow().isExposed)
    assert QGuiApplication.focusWindow() is window.windowHandle()
    with qtbot.waitSignal(view.closed):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)


def test_the_charts_window_is_qts_not_pythons(qtbot, tmp_path: Path) -> None:
    """The container deletes the scene's window with itself. When Python owned it too, it
    deleted the window as soon as its last Python reference went (garbage collection, the
    app's end) while the container still used it: closing the window around it crashed."""
    scene = tmp_path / "scene.qml"
    scene.write_text("import QtQuick\nRectangle { color: 'teal' }\n", encoding="utf-8")
    window = QWidget()
    qtbot.addWidget(window)
    host = QuickHost(scene, {}, QColor("white"), "Charts under test")
    QVBoxLayout(window).addWidget(host)
    window.show()
    host.view = None  # type: ignore[assignment]  # Python's last reference to it goes
    gc.collect()
    titles = [each.title() for each in QGuiApplication.allWindows()]
    assert "Charts under test" in titles  # still in its container
    host.deleteLater()
    qtbot.waitUntil(
        lambda: "Charts under test" not in [each.title() for each in QGuiApplication.allWindows()]
    )  # and gone with it
