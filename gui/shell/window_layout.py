"""How the main window shares its room: docks that scroll, their first sizes, the narrowest text.

At 1024×700 the report text keeps room for ``MIN_TEXT_CHARACTERS`` characters
a line; panels taller than their dock scroll instead of squeezing their rows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QMenu, QScrollArea, QWidget

from gui.reading.report_view import ReportView
from gui.shell import style
from gui.shell.translation import QT_TRANSLATE_NOOP

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "GWR Annotator")

MIN_TEXT_CHARACTERS = 22  # the narrowest the report text gets, in Chinese characters of the default size
MIN_DOCK_WIDTH = 150
USUAL_SIZE = (1400, 900)


def make_dock(window: QMainWindow, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea,
              scroll: bool = False) -> QDockWidget:
    """A dock of ``window`` holding ``widget``; with ``scroll`` a panel taller than the dock scrolls."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.toggleViewAction().setObjectName(f"{name}Action")
    if scroll:
        area_widget = QScrollArea(dock)
        area_widget.setObjectName(f"{name}Scroll")
        area_widget.setWidgetResizable(True)
        area_widget.setFrameShape(QFrame.Shape.NoFrame)
        area_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area_widget.setWidget(widget)
        dock.setWidget(area_widget)
    else:
        dock.setWidget(widget)
    dock.widget().setMinimumWidth(MIN_DOCK_WIDTH)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.addDockWidget(area, dock)
    return dock


def size_docks(window: QMainWindow, left: tuple[QDockWidget, QDockWidget], right: tuple[QDockWidget, QDockWidget],
               width: int, height: int) -> None:
    """Share a window of this size between the text and the panels (the text keeps the larger part).

    ``left`` and ``right`` are the upper and lower dock of each side.
    """
    window.resizeDocks([left[0], right[0]], [max(MIN_DOCK_WIDTH, width * 21 // 100),
                                             max(MIN_DOCK_WIDTH, width * 24 // 100)], Qt.Orientation.Horizontal)
    window.resizeDocks(list(left), [height * 3 // 10, height * 6 // 10], Qt.Orientation.Vertical)
    window.resizeDocks(list(right), [height * 55 // 100, height * 35 // 100], Qt.Orientation.Vertical)


def fitting_size(window: QWidget, usual: tuple[int, int] = USUAL_SIZE) -> tuple[int, int]:
    """The ``usual`` size, or what the window's screen has room for."""
    width, height = usual
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    return width, height


def min_text_width(view: ReportView) -> int:
    """The width of the report view that shows ``MIN_TEXT_CHARACTERS`` characters in a line."""
    metrics = QFontMetrics(style.report_font())
    margins = 2 * 28 + view.verticalScrollBar().sizeHint().width() + 8
    return metrics.horizontalAdvance("国" * MIN_TEXT_CHARACTERS) + margins


def actions_in_menu_order(window: QMainWindow) -> list[QAction]:
    """Every action of the window: those of the menus in menu order, then the others."""
    ordered: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
            elif action not in ordered:
                ordered.append(action)

    walk(window.menuBar().actions())
    return ordered + [action for action in window.actions() if action not in ordered]


def window_title(report_name: str | None) -> str:
    """``name[*] — app``: the app's name once, at the end, so Qt does not add it again (main and compare windows)."""
    app = QCoreApplication.translate("MainWindow", APP_TITLE)
    return f"{report_name}[*] — {app}" if report_name else f"{app}[*]"
