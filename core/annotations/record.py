"""One annotation record: a labelled sentence as stored in the annotation file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

SOURCE_MANUAL = "manual"
SOURCE_SUGGESTED = "suggested"
SOURCE_ADJUDICATED = "adjudicated"  # settled between annotators (core.team.adjudication); ``chosen_by`` names them
ANNOTATION_SOURCES = (SOURCE_MANUAL, SOURCE_SUGGESTED, SOURCE_ADJUDICATED)


@dataclass(frozen=True, kw_only=True)
class Annotation:
    """One labelled sentence; ``orphaned`` when its sentence could not be found.

    ``chosen_by`` names the annotators who gave this label, on an adjudicated
    record (empty otherwise, and then not written to the file).
    """

    report: str
    sentence_id: str
    start: int
    end: int
    text: str
    label: str
    source: str = SOURCE_MANUAL  # "manual", "suggested" or "adjudicated"
    created: str  # ISO-8601 UTC, e.g. "2024-03-05T08:30:00Z"
    modified: str
    note: str | None = None
    chosen_by: tuple[str, ...] = ()
    orphaned: bool = False

    def to_json(self) -> dict[str, object]:
        """The record in the file's key order (written out: ``dataclasses.asdict`` deep-copies, slowly)."""
        record: dict[str, object] = {
            "report": self.report, "sentence_id": self.sentence_id, "start": self.start, "end": self.end,
            "text": self.text, "label": self.label, "source": self.source, "created": self.created,
            "modified": self.modified, "note": self.note,
        }
        if self.chosen_by:
            record["chosen_by"] = list(self.chosen_by)
        if self.orphaned:
            record["orphaned"] = True
        return record

    def sort_key(self) -> tuple[object, ...]:
        return (self.report, self.start, self.sentence_id, self.orphaned, self.end, self.text, self.label,
                self.created, self.modified, self.source, self.note or "", self.chosen_by)


def utc_now() -> str:
    """The current time as ISO-8601 UTC with microseconds.

    Microseconds, so that a label changed and changed back within one second
    still differs from the record another window started from (a merge sees
    the change).  Files written before keep whole seconds; ``moment`` reads both.
    """
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def moment(timestamp: str) -> datetime:
    """A stored ``created``/``modified`` value as a time, for ordering (whole seconds or not)."""
    try:
        return datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
