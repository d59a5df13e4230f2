"""The translatable strings of the window's source, found by reading it (no Qt needed).

``pyside6-lupdate`` finds ``self.tr("…")`` (context: the class),
``QCoreApplication.translate("Context", "…")`` and ``QT_TRANSLATE_NOOP``, but
not the calls of a module's ``_tr = Translator("Context")``.  This module
finds all of them, so the update command can hand lupdate the ones it misses
and a test can check that every string is in the ``.ts`` file.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

GUI_ROOT = Path(__file__).resolve().parent.parent
_MARKERS = ("QT_TRANSLATE_NOOP", "translate")


@dataclass(frozen=True)
class Message:
    """One translatable string and where it is written."""

    context: str
    source: str
    disambiguation: str | None
    plural: bool
    path: Path
    line: int
    by_translator: bool = False  # a ``Translator`` call, which lupdate cannot see


def gui_sources(root: Path = GUI_ROOT) -> list[Path]:
    """Every Python module of the window, in name order."""
    return sorted(path for path in root.rglob("*.py") if "__pycache__" not in path.parts)


def _string(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "…" + "…" over two lines
        left, right = _string(node.left), _string(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _plural(call: ast.Call, position: int) -> bool:
    """Whether a count is passed: the argument at ``position`` or ``count=``/``n=``."""
    return len(call.args) > position or any(keyword.arg in ("count", "n") for keyword in call.keywords)


def _disambiguation(call: ast.Call, position: int) -> str | None:
    if len(call.args) > position:
        return _string(call.args[position]) or None
    for keyword in call.keywords:
        if keyword.arg == "disambiguation":
            return _string(keyword.value) or None
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.translators: dict[str, str] = {}  # variable name → context of a Translator
        self.found: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "Translator"
                and value.args and _string(value.args[0]) is not None):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.translators[target.id] = _string(value.args[0]) or ""
        self.generic_visit(node)

    def _add(self, call: ast.Call, context: str, text_position: int, by_translator: bool = False) -> None:
        if len(call.args) <= text_position:
            return
        source = _string(call.args[text_position])
        if source is None:
            return
        self.found.append(Message(context, source, _disambiguation(call, text_position + 1),
                                  _plural(call, text_position + 2), self.path, call.lineno, by_translator))

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr == "tr":
            owner = function.value
            if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
                self._add(node, self.classes[-1], 0)
        elif isinstance(function, ast.Name) and function.id in self.translators:
            self._add(node, self.translators[function.id], 0, by_translator=True)
        else:
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if name in _MARKERS and node.args and _string(node.args[0]) is not None:
                self._add(node, _string(node.args[0]) or "", 1)
        self.generic_visit(node)


def messages_in(path: Path) -> list[Message]:
    """The translatable strings of one module."""
    finder = _Finder(path)
    finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return finder.found


def all_messages(root: Path = GUI_ROOT) -> Iterator[Message]:
    """The translatable strings of every module of the window."""
    for path in gui_sources(root):
        yield from messages_in(path)


def non_self_tr_calls(root: Path = GUI_ROOT) -> Iterator[tuple[Path, int]]:
    """``other.tr(…)`` calls: their context is the object's class at run time, which no tool can see."""
    for path in gui_sources(root):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")):
                yield path, node.lineno
