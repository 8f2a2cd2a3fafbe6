"""Look and feel: Fusion with light and dark palettes that follow the system colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ACCENT = "#237a50"

LIGHT = {
    QPalette.ColorRole.Window: "#f4f5f2",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#eef0ec",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#e9ebe6",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#5f6670",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.Link: "#1d5fa8",
    QPalette.ColorRole.Mid: "#c9ccc5",
}
DARK = {
    QPalette.ColorRole.Window: "#1c1f22",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#24282c",
    QPalette.ColorRole.AlternateBase: "#2a2e33",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2d3237",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#2f9e68",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#9aa1a9",
    QPalette.ColorRole.ToolTipBase: "#2d3237",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.Link: "#7fb2f0",
    QPalette.ColorRole.Mid: "#454b52",
}

STYLE_SHEET = """
QLabel#detailsTitle { font-size: 20pt; font-weight: 600; }
QLabel#detailsMeta, QLabel#workoutTimes, QLabel#workoutRound { color: palette(placeholder-text); }
QLabel#nextLabel { padding: 2px 2px; }
QLabel#notice { background: %(notice_bg)s; color: %(notice_fg)s; border: 1px solid #e8c662;
                border-radius: 4px; padding: 1px 8px; }
QFrame#banner { background: palette(alternate-base); border: 1px solid palette(mid);
                border-left: 4px solid %(accent)s; border-radius: 6px; }
QLabel#finishTitle { font-size: 30pt; font-weight: 700; }
QLabel#finishStats { font-size: 14pt; }
QPushButton#primary { background: %(accent)s; color: white; font-weight: 600;
                      border: none; border-radius: 8px; padding: 8px 22px; }
QPushButton#primary:hover { background: #1e6a45; }
QPushButton#primary:disabled { background: palette(mid); }
QPushButton#primary:focus { outline: none; border: 3px solid palette(highlighted-text); }
QPushButton#bigDone { background: #ffffff; color: #143d28; border: none; border-radius: 16px;
                      padding: 12px 40px; }
QPushButton#bigDone:focus { border: 4px solid #f0b44c; }
QPushButton[chip="true"] { border: 1px solid palette(mid); border-radius: 12px;
                           padding: 3px 10px; background: palette(base); }
QPushButton[chip="true"]:checked { background: %(accent)s; color: white; border-color: %(accent)s; }
QPushButton[chip="true"]:focus { border: 2px solid palette(highlight); padding: 2px 9px; }
QPushButton[chip="true"]:checked:focus { border: 2px solid palette(highlighted-text);
                                         outline: 2px solid palette(highlight); }
QToolBar QToolButton:focus { border: 2px solid palette(highlight); border-radius: 4px; }
QProgressBar#segmentProgress { border: none; background: rgba(255, 255, 255, 0.28);
                               border-radius: 5px; max-height: 10px; }
QProgressBar#segmentProgress::chunk { background: rgba(255, 255, 255, 0.9); border-radius: 5px; }
QProgressBar#totalProgress { border: 1px solid palette(mid); border-radius: 6px;
                             text-align: center; min-height: 18px; }
QProgressBar#totalProgress::chunk { background: %(accent)s; border-radius: 5px; }
QListView, QTreeWidget, QTableView { border: 1px solid palette(mid); border-radius: 6px; }
QListView::item { border-bottom: 1px solid palette(alternate-base); }
QListView::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QTreeWidget::item { padding: 4px 2px; }
QLineEdit { padding: 6px; border: 1px solid palette(mid); border-radius: 6px;
            background: palette(base); }
QAbstractSpinBox { min-height: 22px; }
QAbstractSpinBox QLineEdit, QComboBox QLineEdit { padding: 0; border: none; border-radius: 0;
                                                  background: transparent; }
QPushButton[rating="true"] { border: 1px solid palette(mid); border-radius: 6px;
                             background: palette(button); padding: 4px 0; }
QPushButton[rating="true"]:checked { background: %(accent)s; color: white; font-weight: 700;
                                     border: 2px solid palette(window-text); }
QLineEdit:focus, QListView:focus, QTreeWidget:focus, QTableView:focus,
QAbstractSpinBox:focus, QComboBox:focus { border: 2px solid palette(highlight); }
"""
NOTICE_COLOURS = {False: ("#fff4d6", "#4a3800"), True: ("#3d3420", "#f5d98c")}


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(dark: bool) -> QPalette:
    """The app's light or dark palette."""
    palette = QPalette()
    for role, colour in (DARK if dark else LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7d838a")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> bool:
    """Apply ``system``, ``light`` or ``dark``; returns True when the result is dark."""
    dark = system_prefers_dark() if theme == "system" else theme == "dark"
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette_for(dark))
    notice_bg, notice_fg = NOTICE_COLOURS[dark]
    app.setStyleSheet(
        STYLE_SHEET % {"accent": ACCENT, "notice_bg": notice_bg, "notice_fg": notice_fg}
    )
    return dark
