"""What each label means: the annotation guidelines, shortened for the side panel."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from core.annotations.labels import LabelDef
from gui.language.label_names import label_description, label_text
from gui.shell import style
from gui.shell.translation import QT_TRANSLATE_NOOP, Translator

CUES_NOTE = QT_TRANSLATE_NOOP(
    "Guidelines",
    "Cues for targets: 力争, 确保, 左右, 以上, 将, 要, 争取; imperative verbs such as 加快, 推进, 实施 "
    "with no past marker. Cues for achievements: 完成, 实现, 达到, 增长X%, 新增, 获批, 累计, 比上年, 了."
)


_tr = Translator("Guidelines")


def guideline_rules() -> list[str]:
    """The rules for hard cases, in short (from GUIDELINES.md)."""
    return [
        _tr("Label whole sentences of the report body. Headings such as 一、 or （一） get no label."),
        _tr("The time a sentence speaks about decides, not its verb: a plan for this year is a target, "
            "even with 实现 or 确保; something done last year is an achievement."),
        _tr("Estimates of last year's results (预计增长4%左右) are achievements."),
        _tr("Five-year outlooks (未来五年…) are targets; five-year reviews (过去五年…) are achievements."),
        _tr("The general requirements for the coming year (总体要求是…) are a target."),
        _tr("A mixed sentence takes the label of its main clause; when both halves weigh the same, "
            "the later period (target) wins."),
        _tr("Problems and shortcomings (仍处于起步阶段, 不足) are other, even inside a review."),
        _tr("Procedure, thanks, praise without content and reasons for success are other."),
    ]


def guidelines_html(labels: Sequence[LabelDef]) -> str:
    """The label set and the rules as a small HTML page."""
    parts = [f"<h3>{html.escape(_tr('Labels'))}</h3>"]
    for label in labels:
        colour = style.label_colour(label.colour)
        ink = style.text_colour_on(colour).name()
        key = f" &nbsp;<b>[{html.escape(label.key)}]</b>" if label.key else ""
        parts.append(
            f"<p><span style='background:{colour.name()}; color:{ink}; padding:2px 6px;'>"
            f"&nbsp;{html.escape(label_text(label.name))}&nbsp;</span>{key}<br>{html.escape(label_description(label))}</p>"
        )
    parts.append(f"<h3>{html.escape(_tr('Hard cases'))}</h3><ul>")
    parts.extend(f"<li>{html.escape(rule)}</li>" for rule in guideline_rules())
    parts.append("</ul>")
    parts.append(
        f"<p style='color:{style.DIM_INK.name()}'>{html.escape(_tr(CUES_NOTE))}</p>"
    )
    return "\n".join(parts)


class GuidelinesPanel(QWidget):
    """Side panel with the label definitions of the shown report's label set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidelinesPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setFont(style.ui_font())
        layout.addWidget(self.browser)
        self._shown: tuple[LabelDef, ...] | None = None

    def show_labels(self, labels: Sequence[LabelDef], again: bool = False) -> None:
        """Show the guidelines for these labels (``again``: also when they are shown, after a scheme change)."""
        if tuple(labels) == self._shown and not again:
            return
        self._shown = tuple(labels)
        self.browser.setHtml(guidelines_html(labels))
