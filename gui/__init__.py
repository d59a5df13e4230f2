"""The Qt interface: thin models, views, dialogs, undo commands and workers over ``core``."""

from __future__ import annotations

import ctypes
import sys


def _guard_singleton_refcounts() -> None:
    """Work around a PySide6 binding bug that would abort the interpreter.

    PySide6 6.12.0 on CPython 3.11 hands out ``None``, ``True`` and ``False``
    without taking a reference: every void method call (``setTopMargin``),
    every ``Signal.emit()`` (returns True) and every ``QModelIndex.data()``
    that gives None drops one reference.  After a few thousand calls CPython
    aborts ("none_dealloc" / "bool_dealloc: deallocating None/True").  CPython
    3.12 made these objects immortal, which hides the bug; PySide6 6.11.3 does
    not have it.  When the probes below see references disappear, the three
    objects are given so many references that they can never reach zero, which
    is what 3.12's immortality does.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    from PySide6.QtCore import QObject, QPoint, Signal

    class _Probe(QObject):
        ping = Signal()

    point = QPoint()
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(64):
        point.setX(1)
        probe.ping.emit()
    if sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before:
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 48


_guard_singleton_refcounts()
