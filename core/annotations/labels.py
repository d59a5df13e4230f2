"""Label definitions: the closed, configurable set of labels a sentence can get.

The default set follows ``GUIDELINES.md``: ``target`` (key 1), ``achievement``
(key 2) and ``other`` (key 3).  An annotation file stores its own label set, so
a project can rename labels or add new ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.annotations.record import Annotation

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
LABEL_FIELDS = ("name", "key", "colour", "description")


@dataclass(frozen=True)
class LabelDef:
    """One label: its name in files, its shortcut key, colour and meaning."""

    name: str
    key: str  # a single keyboard key, or "" for none
    colour: str  # "#rrggbb"
    description: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "key": self.key, "colour": self.colour, "description": self.description}


DEFAULT_LABELS: tuple[LabelDef, ...] = (
    LabelDef(
        name="target",
        key="1",
        colour="#9ecae1",
        description=(
            "目标 Target: something the government plans or promises for a coming period "
            "(this year, the next five years) - a number to reach, a task, a measure, a commitment, "
            "or the general requirements for the year."
        ),
    ),
    LabelDef(
        name="achievement",
        key="2",
        colour="#fdae6b",
        description=(
            "成绩 Achievement: something done or reached in a past period "
            "(last year, the past five years), including estimated results for last year. "
            "The time the sentence speaks about decides, not the verb."
        ),
    ),
    LabelDef(
        name="other",
        key="3",
        colour="#d9d9d9",
        description=(
            "其他 Other: neither of the two - procedure, thanks, praise or rhetoric with no concrete "
            "content, reasons for success, problems and shortcomings, background."
        ),
    ),
)


def union_of_labels(label_sets: Iterable[Iterable[LabelDef]]) -> list[LabelDef]:
    """Every label of the sets, in order; where two sets define a name, the first definition wins."""
    seen: dict[str, LabelDef] = {}
    for labels in label_sets:
        for label in labels:
            seen.setdefault(label.name, label)
    return list(seen.values())


def validate_labels(labels: list[LabelDef] | tuple[LabelDef, ...]) -> None:
    """Raise ValueError unless names are unique and non-empty, keys unique, colours ``#rrggbb``."""
    if not labels:
        raise ValueError("The label set is empty; at least one label is needed.")
    names: set[str] = set()
    keys: set[str] = set()
    for label in labels:
        if not isinstance(label, LabelDef):
            raise ValueError(f"Not a label definition: {label!r}.")
        for name in LABEL_FIELDS:
            if not isinstance(getattr(label, name), str):
                raise ValueError(f"Label field {name!r} must be text: {label!r}.")
        if not label.name.strip() or label.name != label.name.strip():
            raise ValueError(f"Label name {label.name!r} is empty or has surrounding spaces.")
        if label.name in names:
            raise ValueError(f"Label name {label.name!r} is used twice.")
        names.add(label.name)
        if len(label.key) > 1:
            raise ValueError(f"Label {label.name!r}: the key must be one character, not {label.key!r}.")
        if label.key and label.key in keys:
            raise ValueError(f"Label {label.name!r}: the key {label.key!r} is used by another label.")
        keys.add(label.key)
        if not _COLOUR.fullmatch(label.colour):
            raise ValueError(f"Label {label.name!r}: colour {label.colour!r} is not of the form #rrggbb.")


def label_from_json(data: object) -> LabelDef:
    """Build a LabelDef from its file form; ValueError when fields are missing or not text."""
    if not isinstance(data, dict):
        raise ValueError("a label is not an object")
    unknown = sorted(set(data) - set(LABEL_FIELDS))
    if unknown:
        raise ValueError(f"a label has unknown fields {unknown}")
    values: dict[str, str] = {}
    for name in LABEL_FIELDS:
        value = data.get(name)
        if not isinstance(value, str):
            raise ValueError(f"a label's field {name!r} is missing or not text")
        values[name] = value
    return LabelDef(**values)


def relabel(annotation: Annotation, renames: dict[str, str]) -> Annotation:
    """The annotation with its label renamed when ``renames`` names it."""
    new = renames.get(annotation.label)
    return annotation if new is None else replace(annotation, label=new)
