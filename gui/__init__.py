"""The Qt interface: thin models, views, dialogs, undo commands and workers over ``core``."""

from __future__ import annotations

import ctypes
import sys


def _guard_none_refcount() -> None:
    """Work around a PySide6 binding bug that would abort the interpreter.

    PySide6 6.12.0 on CPython 3.11 returns ``None`` from every void method
    without taking a reference to it, so each call such as
    ``QTextBlockFormat.setTopMargin`` drops one reference to ``None``; after a
    few thousand calls CPython aborts with "none_dealloc: deallocating None".
    CPython 3.12 made ``None`` immortal, which hides the bug.  When the probe
    below sees references disappear, ``None`` is given so many references that
    it can never reach zero (the same effect as 3.12's immortality).
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(64):
        point.setX(1)
    if sys.getrefcount(None) < before:
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48


_guard_none_refcount()
