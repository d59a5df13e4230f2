"""Label names and descriptions as the window shows them.

Files keep the label names (``target``, ``achievement``, ``other``); the
window shows the default labels in the chosen language (目标, 成绩, 其他,
as in GUIDELINES.md).  A label a project added or renamed is shown as it is
written; a default label whose description was edited shows that description.
"""

from __future__ import annotations

from core.annotations.labels import DEFAULT_LABELS, LabelDef
from gui.shell.translation import QT_TRANSLATE_NOOP, Translator

_tr = Translator("Labels")

_NAMES = {
    "target": QT_TRANSLATE_NOOP("Labels", "target"),
    "achievement": QT_TRANSLATE_NOOP("Labels", "achievement"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}
# The descriptions of DEFAULT_LABELS, word for word (a test keeps them equal).
_DESCRIPTIONS = {
    "target": QT_TRANSLATE_NOOP(
        "Labels",
        "目标 Target: something the government plans or promises for a coming period "
        "(this year, the next five years) - a number to reach, a task, a measure, a commitment, "
        "or the general requirements for the year."),
    "achievement": QT_TRANSLATE_NOOP(
        "Labels",
        "成绩 Achievement: something done or reached in a past period "
        "(last year, the past five years), including estimated results for last year. "
        "The time the sentence speaks about decides, not the verb."),
    "other": QT_TRANSLATE_NOOP(
        "Labels",
        "其他 Other: neither of the two - procedure, thanks, praise or rhetoric with no concrete "
        "content, reasons for success, problems and shortcomings, background."),
}
_DEFAULT_DESCRIPTIONS = {label.name: label.description for label in DEFAULT_LABELS}


def label_text(name: str | None) -> str:
    """The name of a label as shown: a default label in the chosen language, any other as written."""
    if name is None:
        return ""
    return _tr(_NAMES[name]) if name in _NAMES else name


def label_description(label: LabelDef) -> str:
    """What a label means, as shown; the default descriptions in the chosen language."""
    if label.name in _DESCRIPTIONS and label.description == _DEFAULT_DESCRIPTIONS.get(label.name):
        return _tr(_DESCRIPTIONS[label.name])
    return label.description
