"""The labels of one source file by one annotator, in memory: ``AnnotationSet``, and how it saves.

Where the file goes is core.annotations.paths, its JSON core.annotations.file_format,
one record core.annotations.record, opening it core.annotations.opening.

Saving is atomic (core.annotations.atomic_write) and one locked step
(core.annotations.save_lock): a file another program changed since it was
loaded is merged per sentence (core.annotations.merge), the losing side of a
sentence changed on both sides kept in a ``.conflict-<time>.json`` copy.  A
file that cannot be read is never written (``ReadOnlyError``); annotations
that cannot be re-attached become orphans and are tried again on every load.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from core.annotations.atomic_write import atomic_write, os_error_reason, remove_stale_temps, save_error
from core.annotations.file_format import (
    SCHEMA,
    AnnotationFileContent,
    format_annotation_json,
    parse_annotation_file,
    report_entry,
    schema_version_of,
)
from core.annotations.labels import DEFAULT_LABELS, LabelDef, relabel, validate_labels
from core.annotations.merge import MergeResult, merge_contents
from core.annotations.paths import absolute_source, backup_path, kept_copy_path
from core.annotations.reattach import ReattachResult, match_reports, reattach, remap_corrections
from core.annotations.record import ANNOTATION_SOURCES, SOURCE_MANUAL, Annotation, utc_now
from core.annotations.save_lock import save_lock
from core.errors import AnnotationFileError, SaveError
from core.reading.model import METADATA_FIELDS, MetaField, Report, Sentence

_KEEP = object()  # "leave the note as it is"


class ReadOnlyError(SaveError):
    """The set came from a file that could not be read; it must not be written."""


class SaveConflictError(SaveError):
    """The file on disk changed since it was loaded (another program or window)."""


# --- the in-memory set -----------------------------------------------------


class AnnotationSet:
    """All annotations of one annotator on one source file.

    Changing methods return what they replaced, so an undo command can put it
    back with ``put`` (or the matching setter).  A set made from an unreadable
    file is ``read_only``: it refuses changes and ``save`` with ReadOnlyError.
    """

    def __init__(self, path: Path, source: Path, annotator: str, labels: Iterable[LabelDef] | None = None,
                 *, is_fallback: bool = False) -> None:
        self.path = Path(path)
        self.source = absolute_source(Path(source))
        self.annotator = annotator
        self.labels: list[LabelDef] = list(DEFAULT_LABELS if labels is None else labels)
        validate_labels(self.labels)
        self.is_fallback = is_fallback
        self.read_only = False
        self.read_only_reason: str | None = None
        self.load_error: AnnotationFileError | None = None
        self.last_reattach = ReattachResult()
        self.last_conflict_copy: Path | None = None  # another program's version kept on overwrite
        self._attached: dict[tuple[str, str], Annotation] = {}
        self._orphans: list[Annotation] = []
        self._reports: dict[str, dict[str, str]] = {}
        self._corrections: dict[str, dict[str, str]] = {}
        self._revision = 0
        self._bytes_cache: tuple[object, bytes] | None = None
        self._saved_bytes = self.to_bytes()
        self._disk_digest: str | None = None  # sha256 of the file as last read or written
        self._base_bytes: bytes | None = None  # that file: the version a merge starts from
        self.last_merge: MergeResult | None = None  # what the last save took from another program's version
        # the same labels' file in the other place (data folder or beside the report), merged in on opening
        self.merged_from: Path | None = None
        self.merged_from_result: MergeResult | None = None

    # reading

    @classmethod
    def from_content(cls, path: Path, content: AnnotationFileContent) -> AnnotationSet:
        """The set holding what a checked file holds (marked as saved by the caller)."""
        annotations = cls(path, Path(content.source), content.annotator, content.labels)
        annotations._reports = content.reports
        annotations._corrections = content.corrections
        annotations._attached = content.attached
        annotations._orphans = content.orphans
        return annotations

    def get(self, report_id: str, sentence_id: str) -> Annotation | None:
        return self._attached.get((report_id, sentence_id))

    def for_report(self, report_id: str) -> list[Annotation]:
        """The attached annotations of one report, in text order."""
        found = [a for (report, _), a in self._attached.items() if report == report_id]
        return sorted(found, key=Annotation.sort_key)

    def orphans(self) -> list[Annotation]:
        """Annotations whose sentence could not be found; shown to the user, never dropped."""
        return sorted(self._orphans, key=Annotation.sort_key)

    def all_annotations(self) -> list[Annotation]:
        """Every record, orphans included, in file order."""
        return sorted([*self._attached.values(), *self._orphans], key=Annotation.sort_key)

    def counts(self, report_id: str) -> dict[str, int]:
        """Label -> number of attached annotations in the report (every label listed)."""
        counts = {label.name: 0 for label in self.labels}
        for annotation in self.for_report(report_id):
            counts[annotation.label] = counts.get(annotation.label, 0) + 1
        return counts

    def label_names(self) -> list[str]:
        return [label.name for label in self.labels]

    def metadata_corrections(self, report_id: str) -> dict[str, str]:
        return dict(self._corrections.get(report_id, {}))

    def report_ids(self) -> list[str]:
        """Reports the file knows of (from the ``reports`` list)."""
        return sorted(self._reports)

    def recorded_reports(self) -> list[dict[str, str]]:
        """The file's entries of its reports (id, hash, and the title, place and year known when saved)."""
        return [dict(info) for info in self._reports.values()]

    @property
    def dirty(self) -> bool:
        """Whether the set differs from what was last loaded or saved (or has another file merged in)."""
        return self.to_bytes() != self._saved_bytes or self.merged_from is not None

    # changing

    def set(self, report: Report, sentence: Sentence, label: str | None, *, source: str = SOURCE_MANUAL,
            note: str | object | None = _KEEP, chosen_by: Iterable[str] = ()) -> Annotation | None:
        """Label ``sentence`` (None clears it); returns the previous annotation for undo.

        ``note`` defaults to keeping the existing note; ``chosen_by`` names the
        annotators behind an adjudicated label.
        """
        self._check_writable()
        if report.text[sentence.start:sentence.end] != sentence.text:
            raise ValueError(f"Sentence {sentence.id} does not match the text of report {report.id}.")
        key = (report.id, sentence.id)
        previous = self._attached.get(key)
        if label is None:
            if self._attached.pop(key, None) is not None:
                self._changed()
            return previous
        self._check_label(label)
        if source not in ANNOTATION_SOURCES:
            raise ValueError(f"Unknown annotation source {source!r}; expected one of {ANNOTATION_SOURCES}.")
        kept_note = previous.note if previous is not None else None
        new_note = kept_note if note is _KEEP else _clean_note(note)
        chosen = tuple(chosen_by)
        if previous is not None and (previous.label, previous.source, previous.note, previous.start,
                                     previous.end, previous.text, previous.chosen_by) == (
                label, source, new_note, sentence.start, sentence.end, sentence.text, chosen):
            return previous
        now = utc_now()
        self._attached[key] = Annotation(
            report=report.id, sentence_id=sentence.id, start=sentence.start, end=sentence.end,
            text=sentence.text, label=label, source=source,
            created=previous.created if previous is not None else now, modified=now, note=new_note,
            chosen_by=chosen,
        )
        self._remember_report(report)
        self._changed()
        return previous

    def put(self, annotation: Annotation | None, report_id: str, sentence_id: str) -> None:
        """Restore exactly a previous state of one sentence (for undo and redo)."""
        self._check_writable()
        key = (report_id, sentence_id)
        if annotation is None:
            if self._attached.pop(key, None) is not None:
                self._changed()
            return
        if (annotation.report, annotation.sentence_id) != key or annotation.orphaned:
            raise ValueError("put() needs an attached annotation of the same report and sentence.")
        if self._attached.get(key) != annotation:
            self._attached[key] = annotation
            self._changed()

    def set_note(self, report_id: str, sentence_id: str, note: str | None) -> Annotation:
        """Change the note of a labelled sentence; returns the previous annotation."""
        self._check_writable()
        previous = self._attached.get((report_id, sentence_id))
        if previous is None:
            raise ValueError("Only a labelled sentence can have a note.")
        note = _clean_note(note)
        if note != previous.note:
            self._attached[(report_id, sentence_id)] = replace(previous, note=note, modified=utc_now())
            self._changed()
        return previous

    def set_metadata_correction(self, report_id: str, field: str, value: str | None) -> str | None:
        """Correct one metadata field (None removes the correction); returns the previous one."""
        self._check_writable()
        if field not in METADATA_FIELDS:
            raise ValueError(f"Unknown metadata field {field!r}; expected one of {METADATA_FIELDS}.")
        fields = self._corrections.setdefault(report_id, {})
        previous = fields.get(field)
        if value is None:
            fields.pop(field, None)
        else:
            fields[field] = str(value)
        if not fields:
            del self._corrections[report_id]
        self._changed()
        return previous

    def apply_corrections(self, report: Report) -> dict[str, MetaField]:
        """Put the user's corrections into ``report.metadata``; returns the replaced fields."""
        replaced: dict[str, MetaField] = {}
        for field, value in self._corrections.get(report.id, {}).items():
            replaced[field] = report.metadata.get(field)
            setattr(report.metadata, field, MetaField(value, source="user"))
        return replaced

    def set_labels(self, labels: Iterable[LabelDef], renames: dict[str, str] | None = None) -> list[LabelDef]:
        """Replace the label set, renaming annotations per ``renames`` (old -> new name).

        Refuses (ValueError) to drop a label that annotations still use.
        Returns the previous label set.
        """
        self._check_writable()
        labels = list(labels)
        validate_labels(labels)
        renames = dict(renames or {})
        old_names = set(self.label_names())
        new_names = {label.name for label in labels}
        records = [*self._attached.values(), *self._orphans]
        used = {renames.get(a.label, a.label) for a in records if a.label in old_names or a.label in renames}
        lost = sorted(used - new_names)
        if lost:
            raise ValueError(f"Labels still in use cannot be removed: {', '.join(lost)}.")
        previous = list(self.labels)
        self.labels = labels
        if renames:
            self._attached = {key: relabel(a, renames) for key, a in self._attached.items()}
            self._orphans = [relabel(a, renames) for a in self._orphans]
        self._changed()
        return previous

    def rename_label(self, old: str, new: str) -> None:
        """Rename a label in the label set and in every annotation that has it."""
        if old not in self.label_names():
            raise ValueError(f"There is no label {old!r}.")
        labels = [replace(label, name=new) if label.name == old else label for label in self.labels]
        self.set_labels(labels, {old: new})

    def reattach(self, reports: list[Report]) -> ReattachResult:
        """Re-attach every annotation to ``reports`` (after the source changed); see core.annotations.reattach.

        With no reports at all nothing is touched (rather than orphaning everything).
        """
        if not reports:
            return ReattachResult(annotations=self.all_annotations())
        stored_hashes = {report_id: info["hash"] for report_id, info in self._reports.items()}
        records = [*self._attached.values(), *self._orphans]
        texts: dict[str, list[str]] = defaultdict(list)
        for annotation in records:
            texts[annotation.report].append(annotation.text)
        mapping = match_reports(stored_hashes, texts, reports)
        current = {report.id: report for report in reports}
        groups: dict[str, list[Annotation]] = defaultdict(list)
        result = ReattachResult()
        for annotation in records:
            target = mapping.get(annotation.report)
            if target is None:
                orphan = replace(annotation, orphaned=True)
                result.annotations.append(orphan)
                result.orphaned.append(orphan)
            else:
                groups[target].append(annotation)
        for target in sorted(groups):
            result.extend(reattach(groups[target], current[target]))
        self._attached = {(a.report, a.sentence_id): a for a in result.annotations if not a.orphaned}
        self._orphans = [a for a in result.annotations if a.orphaned]
        self._corrections = remap_corrections(self._corrections, mapping)
        unmatched = {rid: info for rid, info in self._reports.items() if mapping.get(rid) is None}
        self._reports = {**unmatched, **{report.id: report_entry(report) for report in reports}}
        self.last_reattach = result
        self._changed()
        return result

    def save(self, *, overwrite_external_changes: bool = False) -> None:
        """Write the file atomically, keeping the previous version as ``<file>.bak``.

        Reading the file on disk, merging and writing are one step under a lock
        (core.annotations.save_lock).  When another window or program saved the
        file since it was loaded, its changes are merged in sentence by sentence
        (core.annotations.merge): ``last_merge`` tells what was taken, and the
        losing side of sentences changed on both sides is kept in
        ``last_conflict_copy``.  Raises ReadOnlyError for a set from an
        unreadable file, SaveConflictError when the changed file on disk cannot
        be read (unless told to overwrite it; it is then kept as the conflict
        copy), and SaveError when writing fails; the file on disk is then unchanged.
        """
        if self.read_only:
            raise ReadOnlyError(self.path, f"Not saving {self.path}: {self.read_only_reason}")
        self.last_merge = None
        self.last_conflict_copy = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise save_error(error, self.path) from error
        with save_lock(self.path):
            self._save_locked(overwrite_external_changes)

    def _save_locked(self, overwrite_external_changes: bool) -> None:
        try:
            on_disk: bytes | None = self.path.read_bytes()
        except FileNotFoundError:
            on_disk = None
        except OSError as error:
            raise save_error(error, self.path) from error
        if on_disk is not None and _digest(on_disk) != self._disk_digest:
            self._merge_from_disk(on_disk, overwrite_external_changes)
        data = self.to_bytes()
        if on_disk != data:
            if on_disk is not None:
                try:
                    atomic_write(backup_path(self.path), on_disk)
                except SaveError as error:
                    cause = error.__cause__
                    why = os_error_reason(cause) if isinstance(cause, OSError) else str(error)
                    raise SaveError.from_template(self.path, "backup-failed", file=str(self.path),
                                                  backup=backup_path(self.path).name, detail=why) from error
            atomic_write(self.path, data)
            remove_stale_temps(self.path)
        self._saved_bytes = data
        self._disk_digest = _digest(data)
        self._base_bytes = data
        self._retire_merged_file()

    def merge_file(self, other: AnnotationSet) -> MergeResult:
        """Take in the labels of ``other`` (the same labels kept in another place); nothing is dropped.

        A sentence labelled differently in both keeps the newer label; the
        other one is written to a conflict copy at the next save, which then
        renames ``other``'s file (when it is in the data folder) to
        ``<name>.merged-<time>.json`` so that it is not merged again.
        """
        result = merge_contents(None, self._content(), other._content())
        self._apply_content(result.merged)
        self.merged_from, self.merged_from_result = other.path, result
        return result

    def _retire_merged_file(self) -> None:
        """After a save: keep the conflicts of ``merge_file`` and rename its file (best effort)."""
        if self.merged_from is None or self.merged_from_result is None:
            return
        if self.merged_from_result.conflicts:
            self._keep_losing_side(self.merged_from_result.other)
        merged_from, self.merged_from, self.merged_from_result = self.merged_from, None, None
        if self.is_fallback:
            return  # the other file is beside the report, in a folder that cannot be written
        try:
            merged_from.rename(kept_copy_path(merged_from, "merged"))
        except OSError:
            pass  # merged again at the next opening; nothing is lost

    def _merge_from_disk(self, on_disk: bytes, overwrite_external_changes: bool) -> None:
        """Take in another program's version of the file (see ``save``)."""
        try:
            theirs = parse_annotation_file(self.path, on_disk)
        except AnnotationFileError as error:
            if not overwrite_external_changes:
                raise SaveConflictError.from_template(self.path, "changed-unreadable", file=str(self.path),
                                                      detail=str(error)) from error
            self.last_conflict_copy = self._keep_conflict_copy(on_disk)
            return
        result = merge_contents(self._base_content(), self._content(), theirs)
        if result.conflicts:
            self._keep_losing_side(result.other)
        self._apply_content(result.merged)
        self.last_merge = result
        self._base_bytes = on_disk  # what is on disk is now part of this set
        self._disk_digest = _digest(on_disk)

    def _content(self) -> AnnotationFileContent:
        return AnnotationFileContent(
            source=str(self.source), annotator=self.annotator, labels=list(self.labels), reports=dict(self._reports),
            corrections={report: dict(fields) for report, fields in self._corrections.items()},
            attached=dict(self._attached), orphans=list(self._orphans))

    def _base_content(self) -> AnnotationFileContent | None:
        """The file as last loaded or saved (None: there was none)."""
        if self._base_bytes is None:
            return None
        try:
            return parse_annotation_file(self.path, self._base_bytes)
        except AnnotationFileError:
            return None

    def _apply_content(self, content: AnnotationFileContent) -> None:
        self.labels = list(content.labels)
        self._reports = content.reports
        self._corrections = content.corrections
        self._attached = content.attached
        self._orphans = content.orphans
        self._changed()

    def _keep_losing_side(self, content: AnnotationFileContent) -> None:
        """Write what lost a merge to a conflict copy: a whole annotation file of its own."""
        losing = AnnotationSet.from_content(self.path, content)
        losing._changed()
        self.last_conflict_copy = self._keep_conflict_copy(losing.to_bytes())

    def _keep_conflict_copy(self, on_disk: bytes) -> Path:
        """Keep another program's version for good (``.bak`` is replaced at every save)."""
        copy = kept_copy_path(self.path, "conflict")
        atomic_write(copy, on_disk)
        return copy

    # the file form

    def to_json(self) -> dict[str, object]:
        """The file content as plain data, in file order."""
        reports = [self._reports[report_id] for report_id in sorted(self._reports)]
        corrections = {
            report_id: {field: fields[field] for field in METADATA_FIELDS if field in fields}
            for report_id, fields in sorted(self._corrections.items())
        }
        annotations = self.all_annotations()
        return {
            "schema": SCHEMA,
            "schema_version": schema_version_of(annotations),
            "source": str(self.source),
            "reports": reports,
            "annotator": self.annotator,
            "labels": [label.to_json() for label in self.labels],
            "metadata_corrections": corrections,
            "annotations": [a.to_json() for a in annotations],
        }

    def to_bytes(self) -> bytes:
        """The exact bytes ``save`` writes."""
        state = (self._revision, tuple(self.labels), self.annotator, self.source)
        if self._bytes_cache is not None and self._bytes_cache[0] == state:
            return self._bytes_cache[1]
        # Only lone surrogates (from undecodable source bytes) cannot be encoded; they only occur
        # inside JSON strings, where \udcxx is the JSON escape that reads back as the same character.
        data = format_annotation_json(self.to_json()).encode("utf-8", errors="backslashreplace")
        self._bytes_cache = (state, data)
        return data

    # helpers

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.path, f"The annotations cannot be changed: {self.read_only_reason}")

    def _check_label(self, label: str) -> None:
        if label not in self.label_names():
            raise ValueError(f"Unknown label {label!r}; expected one of {self.label_names()}.")

    def _changed(self) -> None:
        self._revision += 1

    def _remember_report(self, report: Report) -> None:
        info = report_entry(report)
        if self._reports.get(report.id) != info:
            self._reports[report.id] = info

    def _mark_saved(self, disk_bytes: bytes | None) -> None:
        """Take the current state as the saved one (after load)."""
        self._changed()
        self._saved_bytes = self.to_bytes()
        self._disk_digest = None if disk_bytes is None else _digest(disk_bytes)
        self._base_bytes = disk_bytes


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _clean_note(note: object) -> str | None:
    if note is None or note == "":
        return None
    if not isinstance(note, str):
        raise ValueError("A note must be text or None.")
    return note


# --- loading ---------------------------------------------------------------


