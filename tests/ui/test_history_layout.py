"""The history charts at the default window sizes, in English and German: no label overlaps
another, none is cut off, no date is written twice and small bars are not labelled 0."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication
from PySide6.QtQuick import QQuickItem

from backcare_desktop.core.stats import WeeklyGoal
from backcare_desktop.storage.history import HistoryStore
from backcare_desktop.ui.history_view import HistoryView
from tests.ui.test_history_view import SESSIONS, TODAY, open_store, record

pytestmark = pytest.mark.qt_log_ignore(r"QRhiGles2: Failed to create", extend=True)

SIZES = [(1100, 720), (1366, 768)]


@pytest.fixture(params=["en_GB", "de_DE"])
def language(request) -> Iterator[QLocale]:
    saved = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield QLocale()
    QLocale.setDefault(saved)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = open_store(tmp_path / "history.sqlite3")
    history = HistoryStore(opened)
    history.add_records(SESSIONS)
    yield history
    opened.close()


@pytest.fixture
def busy_store(store: HistoryStore) -> HistoryStore:
    """Sixteen weeks of sessions, two on the last day, and a few short ones."""
    start = TODAY - timedelta(weeks=16)
    store.add_records(
        record(start + timedelta(days=day), 300 + day * 3, pain_before=day % 5, pain_after=2)
        for day in range(0, 16 * 7, 3)
    )
    store.add_records([record(TODAY, 20, hour=6, pain_before=3, pain_after=2)])
    return store


def charts_view(qtbot, store: HistoryStore, size: tuple[int, int]) -> QQuickItem:
    view = HistoryView(store, WeeklyGoal(), lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return laid_out_root(qtbot, view)


def laid_out_root(qtbot, view: HistoryView) -> QQuickItem:
    """The charts' root item, once the scene has the size of its place in the view (its window
    takes the container's size a moment after the view is shown)."""
    qtbot.waitUntil(view.charts_ready)
    assert view.quick is not None
    root = view.quick.rootObject()
    assert root is not None
    size = view.quick.size()
    qtbot.waitUntil(lambda: (root.width(), root.height()) == (size.width(), size.height()))
    return root


def axis_font() -> QFontMetricsF:
    font = QFont()
    font.setPointSizeF(8.5)
    return QFontMetricsF(font)


def item(root: QQuickItem, name: str) -> QQuickItem:
    found = root.findChild(QQuickItem, name)
    assert found is not None, name
    return found


@pytest.mark.parametrize("size", SIZES)
def test_calendar_legend_fits_its_card(
    qtbot, busy_store: HistoryStore, size: tuple[int, int], language: QLocale
) -> None:
    root = charts_view(qtbot, busy_store, size)
    card, legend = item(root, "calendarCard"), item(root, "calendarLegend")
    corner = legend.mapToItem(card, legend.width(), legend.height())
    assert corner.x() <= card.width() and corner.y() <= card.height(), (corner, card.size())


@pytest.mark.parametrize("size", SIZES)
def test_week_labels_do_not_overlap(
    qtbot, busy_store: HistoryStore, size: tuple[int, int], language: QLocale
) -> None:
    root = charts_view(qtbot, busy_store, size)
    categories: list[str] = root.property("weekLabels").toVariant()
    shown = [(i, text) for i, text in enumerate(categories) if text.strip("\u200b")]
    assert len(shown) >= 2
    plot_width = item(root, "calendarCard").width() - 60  # the weeks card is as wide
    per_category = plot_width / len(categories)
    metrics = axis_font()
    for (left, left_text), (right, right_text) in itertools.pairwise(shown):
        room = (right - left) * per_category
        needed = (metrics.horizontalAdvance(left_text) + metrics.horizontalAdvance(right_text)) / 2
        assert room >= needed, (left_text, right_text, room, needed)
    assert len(set(categories)) == len(categories)  # one category per week


@pytest.mark.parametrize("size", SIZES)
def test_pain_dates_are_distinct_local_and_apart(
    qtbot, busy_store: HistoryStore, size: tuple[int, int], language: QLocale
) -> None:
    root = charts_view(qtbot, busy_store, size)
    days, tick = root.property("painDays"), root.property("painTickDays")
    assert tick == int(tick) and tick >= 1
    start = QDate.fromString(_from_day(root), "yyyy-MM-dd")
    labels = [
        language.toString(start.addDays(int(k)), "d MMM") for k in range(0, int(days), int(tick))
    ]
    assert len(set(labels)) == len(labels)
    room = item(root, "painCard").width() * tick / days
    assert room >= max(axis_font().horizontalAdvance(label) for label in labels)


def _from_day(root: QQuickItem) -> str:
    pain = root.property("pain")
    return QDate(1970, 1, 1).addDays(int(pain["from"] // 86_400_000)).toString("yyyy-MM-dd")


def test_two_sessions_on_one_day_give_one_date(qtbot, store: HistoryStore) -> None:
    day = date(2024, 5, 8)
    store.add_records(
        [record(day, 600, hour=7, pain_before=3), record(day, 600, hour=19, pain_after=2)]
    )
    root = charts_view(qtbot, store, SIZES[0])
    assert root.property("painTickDays") >= 1


def test_small_muscle_bars_show_a_decimal(qtbot, store: HistoryStore) -> None:
    root = charts_view(qtbot, store, SIZES[0])
    minutes = root.property("muscles")["minutes"]
    expected = 1 if any(0 < value < 9.95 for value in minutes) else 0
    assert root.property("muscleDecimals") == expected


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("top", [565.0, 190.0, 615.0])
def test_the_tallest_bars_have_room_for_their_labels(
    qtbot, busy_store: HistoryStore, size: tuple[int, int], top: float
) -> None:
    """A bar just under the axis top (565 of 600) kept its label above the chart's edge."""
    view = HistoryView(busy_store, WeeklyGoal(), lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    root = laid_out_root(qtbot, view)
    assert view.charts is not None
    weeks = [dataclasses.replace(week, minutes=top / 3) for week in view.charts.weeks]
    weeks[-2] = dataclasses.replace(weeks[-2], minutes=top)
    focus = {"core": top * 60, "glutes": top * 50, "hips": 600.0}
    charts = dataclasses.replace(view.charts, weeks=weeks, focus=focus)
    view.chart_data.update(charts, TODAY, view.palette())
    label = QFontMetricsF(QGuiApplication.font()).height()
    for name, axis in (("weeksGraph", "weeksAxisMax"), ("focusGraph", "musclesAxisMax")):
        graph = item(root, name)
        qtbot.waitUntil(lambda graph=graph: graph.property("plotArea").height() > 0)
        axis_top = root.property(axis)
        height = graph.property("plotArea").height()
        assert axis_top >= top
        assert (axis_top - top) / axis_top * height >= label, (name, axis_top, height)
