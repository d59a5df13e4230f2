"""The one translation helper for code outside a QObject: ``_tr = Translator("Dialogs")``.

Methods of Qt classes use ``self.tr``; module functions, dataclasses and undo
commands use a ``Translator`` named after their context, so every visible
string still goes through ``QCoreApplication.translate``.  Strings kept as data
(menus, column headers) are marked with ``QT_TRANSLATE_NOOP("Context", "…")``.
Write the string itself in the call, never a ``tr`` inside an f-string:
``python -m gui.language.update`` finds them there and puts them in the
translation files (``gui/language``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Translator:
    """Translates the strings of one context; ``count`` fills ``%n`` in plural forms."""

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, disambiguation: str | None = None, count: int = -1) -> str:
        return QCoreApplication.translate(self.context, text, disambiguation, count)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translation files (lupdate looks for this name) and returns it unchanged.

    For strings kept as data and translated where they are shown, with
    ``Translator(context)`` or ``self.tr`` of the class named ``context``.
    """
    return text
