"""The routine picker: a searchable, filterable list of routines and a details pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.durations import format_duration
from backcare_desktop.core.library import LibraryEntry
from backcare_desktop.core.routine import FOCUS_TAGS, Routine
from backcare_desktop.ui.figure_thumbnails import THUMBNAIL, FigureIcons, figure_pixmap
from backcare_desktop.ui.i18n import fill
from backcare_desktop.ui.icons import icon
from backcare_desktop.ui.names import display_list, display_name
from backcare_desktop.ui.texts import timeline_texts

if TYPE_CHECKING:
    from backcare_desktop.core.figures.fileformat import FigureLibrary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOCUS_ROLE = Qt.ItemDataRole.UserRole + 2
META_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4


def duration_text(routine: Routine) -> str:
    """Total duration for display; ``~`` marks an estimate (reps moves)."""
    return ("~" if routine.has_rep_moves else "") + format_duration(routine.estimated_total_s())


def routine_meta(routine: Routine) -> str:
    """``10:52 · Beginner · back, core, glutes``."""
    return " · ".join(
        (duration_text(routine), display_name(routine.level), display_list(routine.focus))
    )


class RoutineFilter(QSortFilterProxyModel):
    """Keeps the routines matching a focus tag and every word of a search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._focus = ""
        self._words: list[str] = []

    def set_focus_tag(self, tag: str) -> None:
        """Only routines with this focus tag ("" for all)."""
        self.beginFilterChange()
        self._focus = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        """Only routines whose title, summary or moves contain every word of ``text``."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self._focus and self._focus not in index.data(FOCUS_ROLE):
            return False
        haystack = index.data(SEARCH_ROLE)
        return all(word in haystack for word in self._words)


class RoutineDelegate(QStyledItemDelegate):
    """Draws a routine as a bold title over a line of duration, level and focus."""

    PADDING = 10

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        height = metrics.height() * 2 + metrics.leading() + 3 * self.PADDING // 2 + 4
        return QSize(240, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        self.initStyleOption(option, index)
        title = option.text
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText() if selected else palette.text()
        rect = option.rect.adjusted(self.PADDING, self.PADDING // 2 + 2, -self.PADDING, 0)
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() * 1.08)
        painter.setFont(bold)
        painter.setPen(text_colour.color())
        line = option.fontMetrics.height() + 2
        painter.drawText(
            QRect(rect.x(), rect.y(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(option.font)
        meta_colour = text_colour.color()
        if not selected:
            meta_colour = palette.placeholderText().color()
        painter.setPen(meta_colour)
        painter.drawText(
            QRect(rect.x(), rect.y() + line, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            index.data(META_ROLE),
        )
        painter.restore()


class RoutinePicker(QWidget):
    """Pick a routine: search, focus filter, list and details. Enter starts the selection."""

    start_requested = Signal(str)  # routine id
    selection_changed = Signal(str)  # routine id, "" when nothing is selected
    banner_dismissed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        figures: FigureLibrary | None = None,
        pictures_later: bool = False,
    ) -> None:
        """``figures`` defaults to the shipped library, read when the first picture is drawn;
        ``pictures_later`` leaves the moves without pictures until :meth:`draw_pictures`."""
        super().__init__(parent)
        self._entries: dict[str, LibraryEntry] = {}
        self._figures = figures
        self._figure_icons: FigureIcons | None = None
        self._pictures_later = pictures_later
        self.model = QStandardItemModel(self)
        self.proxy = RoutineFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(placeholderText=self.tr("Search routines and moves"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search routines"))
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)

        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(RoutineDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.activated.connect(self._start_current)
        self.list.installEventFilter(self)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search)
        left.addLayout(self._focus_chips())
        left.addWidget(self.list, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)

        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(self._details_pane())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self._banner())
        layout.addWidget(splitter, 1)

    # -- building ----------------------------------------------------------------------------

    def _banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Got it"))
        self.banner_button.setAccessibleName(self.tr("Dismiss this note"))
        self.banner_button.clicked.connect(self._dismiss_banner)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.banner_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.hide()
        return self.banner

    def show_banner(self, text: str) -> None:
        """A note above the list until the user dismisses it."""
        self.banner_label.setText(text)
        self.banner.show()

    def _dismiss_banner(self) -> None:
        self.banner.hide()
        self.banner_dismissed.emit()
        self.list.setFocus()

    def _focus_chips(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        self.focus_group = QButtonGroup(self)
        self.focus_group.setExclusive(True)
        for tag in ("", *FOCUS_TAGS):
            chip = QPushButton(display_name(tag) if tag else self.tr("All"))
            chip.setCheckable(True)
            chip.setChecked(tag == "")
            chip.setProperty("chip", True)
            chip.setProperty("focusTag", tag)
            chip.setAccessibleName(
                fill(
                    self.tr("Show routines for %1"),
                    display_name(tag) if tag else self.tr("all areas"),
                )
            )
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.setAutoDefault(False)
            self.focus_group.addButton(chip)
            row.addWidget(chip)
        row.addStretch(1)
        self.focus_group.buttonToggled.connect(self._on_focus_chip)
        return row

    def _details_pane(self) -> QWidget:
        pane = QWidget()
        self.title_label = QLabel()
        self.title_label.setObjectName("detailsTitle")
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("detailsMeta")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.moves = QTreeWidget()
        self.moves.setRootIsDecorated(False)
        self.moves.setHeaderLabels(
            [self.tr("Move"), self.tr("Work"), self.tr("Rest"), self.tr("Muscles")]
        )
        self.moves.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.moves.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.moves.setAccessibleName(self.tr("Moves of the selected routine"))
        self.moves.setIconSize(THUMBNAIL)
        self.moves.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.start_button = QPushButton(icon("play", "#ffffff"), self.tr("Start workout"))
        self.start_button.setObjectName("primary")
        self.start_button.setToolTip(self.tr("Start the selected routine (Enter)"))
        self.start_button.setAccessibleName(self.tr("Start workout"))
        self.start_button.clicked.connect(self._start_current)
        self.start_button.setMinimumHeight(44)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.moves, 1)
        layout.addWidget(self.start_button)
        return pane

    @property
    def figures(self) -> FigureLibrary:
        """The figure library the move pictures are drawn from."""
        if self._figures is None:
            from backcare_desktop.core.figures.fileformat import load_figure_library
            from backcare_desktop.resources import figures_dir

            self._figures = load_figure_library(figures_dir())
        return self._figures

    @property
    def figure_icons(self) -> FigureIcons:
        """The move pictures in the current palette's colours, each drawn once."""
        if self._figure_icons is None:
            self._figure_icons = FigureIcons(self.figures, self.palette())
        return self._figure_icons

    def draw_pictures(self) -> None:
        """Give the moves shown their pictures, and every routine shown from now on."""
        self._pictures_later = False
        entry = self.current_entry()
        if entry is not None:
            self._draw_pictures(entry.routine)

    def _draw_pictures(self, routine: Routine) -> None:
        for number, move in enumerate(routine.moves):
            item = self.moves.topLevelItem(number)  # one per move, see _show_details
            if item is not None:
                item.setIcon(0, self.figure_icons.icon(move.figure, move.muscles))

    # -- content -----------------------------------------------------------------------------

    def set_entries(self, entries: list[LibraryEntry], select: str = "") -> None:
        """Show these routines and select ``select`` (or the first)."""
        previous = select or self.current_id()
        self._entries = {entry.routine.id: entry for entry in entries}
        self.model.clear()
        for entry in entries:
            routine = entry.routine
            item = QStandardItem(routine.title)
            item.setData(routine.id, ID_ROLE)
            item.setData(routine.focus, FOCUS_ROLE)
            mine = "" if entry.builtin else self.tr(" · Yours")
            item.setData(routine_meta(routine) + mine, META_ROLE)
            item.setData(self._search_text(routine), SEARCH_ROLE)
            item.setData(
                f"{routine.title}, {routine_meta(routine)}", Qt.ItemDataRole.AccessibleTextRole
            )
            self.model.appendRow(item)
        self.select(previous)

    @staticmethod
    def _search_text(routine: Routine) -> str:
        parts = [routine.title, routine.summary, routine.level, *routine.focus]
        for move in routine.moves:
            parts.extend((move.name, *move.muscles))
        return " ".join(parts).casefold()

    def select(self, routine_id: str) -> None:
        """Select a routine by id, or the first visible one."""
        target = QModelIndex()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == routine_id:
                target = index
                break
        if not target.isValid() and self.proxy.rowCount():
            target = self.proxy.index(0, 0)
        self.list.setCurrentIndex(target)
        if target.isValid():
            self.list.scrollTo(target)
        self._show_details(target)

    def current_id(self) -> str:
        """The selected routine's id, or ""."""
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def current_entry(self) -> LibraryEntry | None:
        """The selected routine."""
        return self._entries.get(self.current_id())

    # -- reactions ---------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        current = self.current_id()
        self.proxy.set_search(text)
        self.select(current)

    def _on_focus_chip(self, button: QPushButton, checked: bool) -> None:
        if checked:
            current = self.current_id()
            self.proxy.set_focus_tag(button.property("focusTag"))
            self.select(current)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(current)

    def _show_details(self, index: QModelIndex) -> None:
        entry = self._entries.get(index.data(ID_ROLE)) if index.isValid() else None
        self.start_button.setEnabled(entry is not None)
        self.moves.clear()
        if entry is None:
            self.title_label.setText(self.tr("No routine matches"))
            self.meta_label.clear()
            self.summary_label.setText(self.tr("Clear the search or pick another focus."))
            self.selection_changed.emit("")
            return
        routine = entry.routine
        self.title_label.setText(routine.title)
        rounds = (
            self.tr("1 round")
            if routine.rounds == 1
            else fill(self.tr("%1 rounds"), routine.rounds)
        )
        self.meta_label.setText(f"{routine_meta(routine)} · {rounds}")
        self.summary_label.setText(routine.summary)
        texts = timeline_texts()
        last = len(routine.moves) - 1
        for number, move in enumerate(routine.moves):
            sides = self.tr(" each side") if move.two_sided else ""
            item = QTreeWidgetItem(
                [
                    move.name,
                    texts.amount(move) + sides,
                    f"{move.rest_s} s"
                    if move.rest_s and number < last
                    else "–",  # none after the last
                    display_list(move.muscles),
                ]
            )
            item.setToolTip(0, move.instructions)
            if self._pictures_later:  # an empty picture keeps the rows as tall as they will be
                item.setIcon(0, QIcon(figure_pixmap(None, (), THUMBNAIL, self.palette())))
            self.moves.addTopLevelItem(item)
        if not self._pictures_later:
            self._draw_pictures(routine)
        self.selection_changed.emit(routine.id)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light or dark): the move pictures are drawn again in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._figure_icons is not None:
            self._figure_icons = None  # drawn again when next needed
            self._show_details(self.list.currentIndex())

    def _start_current(self) -> None:
        if self.current_entry() is not None:
            self.start_requested.emit(self.current_id())

    def focus_search(self) -> None:
        """Put the keyboard in the search box, its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def tab_chain(self) -> list[QWidget]:
        """The picker's controls in the order Tab visits them."""
        chips = self.focus_group.buttons()
        return [self.search, *chips, self.list, self.moves, self.start_button]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter starts from the list; Up/Down in the search box move the selection; Escape in
        the search box clears it (and, when it is already empty, returns to the list)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Escape:
                if self.search.text():
                    self.search.clear()
                else:
                    self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._start_current()
                return True
            if watched is self.search and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.list.setFocus()
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)
