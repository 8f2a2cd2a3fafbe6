"""A Qt Quick scene inside a widget layout, drawn in its own native child window.

A ``QQuickWidget`` draws into a texture that its top-level window then composes through the
graphics API: from the first time one is shown, Qt switches the whole main window to OpenGL
composition for the rest of the session. On software OpenGL (Mesa's llvmpipe, as on machines
without a graphics driver) every repaint of the window then goes through it: under Xvfb a
workout took 10% of a core instead of 2.7% once the history had been opened
(``benchmarks/bench_workout_after_history.py``). :class:`QuickHost` puts a ``QQuickView`` (a
window) in a window container instead: the scene draws into its own child window and the main
window keeps painting into its ordinary (raster) backing store.

The scene takes no keyboard focus (``Qt.WindowDoesNotAcceptFocus``): a click on a chart leaves
the focus, and the window's keys (Esc, Ctrl+H, ...), where they were. Files dragged over it go
to the widgets around it, as they would over a widget.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QWindow
from PySide6.QtQml import QQmlError
from PySide6.QtQuick import QQuickItem, QQuickView, QQuickWindow
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

DRAG_EVENTS = (
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.DragLeave,
    QEvent.Type.Drop,
)
"""Drag and drop over the scene, which the widgets around it handle."""


class QuickHost(QWidget):
    """``source`` (a QML file) shown over ``clear``, with ``properties`` set on its root item
    before it is created (its required properties), in a native child window.

    The container takes the scene's window over and deletes it with itself. PySide does not
    know that: a window made without a parent and passed to ``createWindowContainer`` stayed
    owned by Python, which deleted it whenever its wrapper went (garbage collection, the app's
    end) while the container still used it, and closing the window around it then crashed (in
    Qt's ``QWindowContainer::toplevelAboutToBeDestroyed``: rare crashes late in the tests).
    Made with a first parent, the window belongs to Qt from the start; the container keeps it
    when that parent goes.
    """

    def __init__(
        self,
        source: Path,
        properties: dict[str, Any],
        clear: QColor,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        first_parent = QWindow()  # so that Qt owns the view, not Python: see the class docstring
        self.view = QQuickView(first_parent)
        self.view.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        self.view.setColor(clear)
        self.view.setTitle(name)
        self.view.setInitialProperties(properties)
        self.view.setSource(QUrl.fromLocalFile(str(source)))
        self.container = QWidget.createWindowContainer(self.view, self)
        del first_parent  # the view is the container's now
        self.container.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.container.setAccessibleName(name)
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.container)
        self.container.installEventFilter(self)
        self.view.installEventFilter(self)
        application = QGuiApplication.instance()
        assert isinstance(application, QGuiApplication)
        application.focusWindowChanged.connect(self._give_activation_back)

    def adopt(self, data: QObject) -> None:
        """Keep ``data`` (what the scene's properties refer to) until the scene is gone."""
        data.setParent(self.view)

    def status(self) -> QQuickView.Status:
        """Whether the QML loaded (``Ready``), failed (``Error``), ..."""
        return self.view.status()

    def errors(self) -> list[QQmlError]:
        """The QML loading errors, if any."""
        return self.view.errors()

    def rootObject(self) -> QQuickItem | None:
        """The scene's root item (None if the QML did not load)."""
        return self.view.rootObject()

    def quickWindow(self) -> QQuickWindow:
        """The window the scene renders into."""
        return self.view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hand files dragged over the scene to the widgets around it, as a widget would (the
        runs panel takes them), keep the container from activating the scene's window when it
        is given the focus, and redraw an uncovered scene in the next frame rather than at once.

        A window shown (exposed) that the platform asks to repaint (X11 does so once right after
        it is mapped, and whenever another window uncovers part of it) gets a paint event, which
        a Qt Quick window turns into a second expose: its render loop then draws a whole frame
        while the GUI thread waits (20 to 45 ms on software OpenGL under Xvfb, just when the
        history has drawn its first). Asking for a frame instead redraws the same, without the
        wait.

        The container has no focus policy, but where the platform activated the scene's window
        all the same (see :meth:`_give_activation_back`) it can be left the focus widget of a
        page shown again; keys then go on to the widgets around it as if it were not there."""
        if watched is self.view and event.type() in DRAG_EVENTS:
            QApplication.sendEvent(self, event)  # not the container: it hands them to the scene
            return True
        if watched is self.view and event.type() == QEvent.Type.Paint and self.view.isExposed():
            self.view.update()  # a frame, drawn when the render loop gets to it
            event.accept()
            return True
        if watched is self.container and event.type() == QEvent.Type.FocusIn:
            return True
        return super().eventFilter(watched, event)

    def _give_activation_back(self, window: QWindow | None) -> None:
        """Where the platform activated the scene's window all the same (offscreen does for
        every window it shows), activate the window around it again, where the keys belong."""
        if window is self.view:
            self.window().activateWindow()

    def set_clear_colour(self, colour: QColor) -> None:
        """Fill what the scene leaves uncovered with ``colour`` (the window colour)."""
        self.view.setColor(colour)
