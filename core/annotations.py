"""The annotation file: one per source file and annotator.

Where it goes
-------------
Beside the source file, named ``<source name>.<annotator slug>.annotations.json``
(``weihai-2022.txt.alice.annotations.json``).  The slug keeps CJK characters
and ASCII letters and digits (lower-cased); every other run of characters
becomes one "-".  When the source's folder cannot be written (bundled samples,
a read-only share) the file goes to the per-user data folder instead::

    <data>/annotations/<sha256 of the absolute source path, 12 hex>/<same name>

``<data>`` is ``$GWR_ANNOTATOR_DATA_DIR`` or ``platformdirs.user_data_dir("gwr-annotator")``.
An existing file wins: beside the source if that folder is writable, then the
data folder, then whichever folder is writable.  If only a read-only file
beside the source exists, it is loaded and later saved to the data folder.
``annotation_path`` returns the path and whether it is the fallback.  Each save
keeps the previous version as ``<file>.bak``.

What it holds
-------------
UTF-8 JSON with unescaped Chinese and a trailing newline; top-level keys in
the order ``schema`` ("gwr-annotations"), ``schema_version`` (1), ``source``,
``reports`` ({id, hash, title?, place?, year?}), ``annotator``, ``labels``
({name, key, colour, description}), ``metadata_corrections`` ({report: {field:
value}}), ``annotations``.  Lists hold one record per line so that a changed
label is a one-line diff.  Annotation records have the keys ``report,
sentence_id, start, end, text, label, source, created, modified, note`` in that
order, plus ``"orphaned": true`` on orphans (annotations whose sentence could
not be found any more); orphans stay in the same list.  Records are sorted by
(report, start, sentence_id), reports by id.  Saving the same data gives the
same bytes.

Safety
------
Saving is atomic (core.atomic_write) and refuses to overwrite a file that
another program changed since it was loaded (SaveConflictError) unless told
to.  A file that cannot be read raises AnnotationFileError and is never
written to; ``open_annotations(..., on_error="read-only")`` then gives an empty
read-only set.  Annotations that cannot be re-attached become orphans and are
tried again on every load.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import platformdirs

from core.atomic_write import atomic_write, describe_os_error, os_error_reason, remove_stale_temps
from core.errors import AnnotationFileError, SaveError
from core.labels import DEFAULT_LABELS, LabelDef, label_from_json, validate_labels
from core.model import METADATA_FIELDS, MetaField, Report, Sentence
from core.reattach import ReattachResult, match_reports, reattach

SCHEMA = "gwr-annotations"
SCHEMA_VERSION = 1
FILE_SUFFIX = ".annotations.json"
BACKUP_SUFFIX = ".bak"
DATA_DIR_ENV = "GWR_ANNOTATOR_DATA_DIR"
APP_NAME = "gwr-annotator"
SOURCE_MANUAL = "manual"
SOURCE_SUGGESTED = "suggested"
ANNOTATION_SOURCES = (SOURCE_MANUAL, SOURCE_SUGGESTED)
_KEEP = object()  # "leave the note as it is"


class ReadOnlyError(SaveError):
    """The set came from a file that could not be read; it must not be written."""


class SaveConflictError(SaveError):
    """The file on disk changed since it was loaded (another program or window)."""


@dataclass(frozen=True, kw_only=True)
class Annotation:
    """One labelled sentence; ``orphaned`` when its sentence could not be found."""

    report: str
    sentence_id: str
    start: int
    end: int
    text: str
    label: str
    source: str = SOURCE_MANUAL  # "manual" or "suggested"
    created: str  # ISO-8601 UTC, e.g. "2024-03-05T08:30:00Z"
    modified: str
    note: str | None = None
    orphaned: bool = False

    def to_json(self) -> dict[str, object]:
        record = asdict(self)  # field order is the file's key order
        if not self.orphaned:
            del record["orphaned"]
        return record

    def sort_key(self) -> tuple[object, ...]:
        return (self.report, self.start, self.sentence_id, self.orphaned, self.end, self.text, self.label,
                self.created, self.modified, self.source, self.note or "")


def utc_now() -> str:
    """The current time as ISO-8601 UTC with seconds."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- where the file goes ---------------------------------------------------


def annotator_slug(annotator: str) -> str:
    """The annotator's name as used in file names (see the module docstring)."""
    out: list[str] = []
    for char in annotator:
        keep = (char.isascii() and char.isalnum()) or _is_cjk(char)
        piece = char.lower() if keep else "-"
        if piece == "-" and (not out or out[-1] == "-"):
            continue
        out.append(piece)
    return "".join(out).strip("-") or "annotator"


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F or 0x3040 <= code <= 0x30FF or 0xAC00 <= code <= 0xD7AF
        or code == 0x3007
    )


def data_dir() -> Path:
    """The per-user data folder ($GWR_ANNOTATOR_DATA_DIR overrides it)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def folder_is_writable(folder: Path) -> bool:
    """Whether a file can be created in ``folder`` (tried with a probe file)."""
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        return False
    probe = folder / f".gwr-annotator-probe-{secrets.token_hex(4)}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        return False
    try:
        probe.unlink()
    except OSError:
        pass
    return True


def _file_name(source: Path, annotator: str) -> str:
    return f"{source.name}.{annotator_slug(annotator)}{FILE_SUFFIX}"


def _absolute(source: Path) -> Path:
    return Path(os.path.abspath(source))


def beside_path(source: Path, annotator: str) -> Path:
    """The default place: beside the source file."""
    source = _absolute(Path(source))
    return source.with_name(_file_name(source, annotator))


def fallback_path(source: Path, annotator: str) -> Path:
    """The place in the per-user data folder."""
    source = Path(source)
    digest = hashlib.sha256(str(Path(source).resolve()).encode("utf-8")).hexdigest()[:12]
    return data_dir() / "annotations" / digest / _file_name(source, annotator)


def backup_path(path: Path) -> Path:
    """Where the previous version is kept on save."""
    return Path(path).with_name(Path(path).name + BACKUP_SUFFIX)


def annotation_path(source: Path, annotator: str) -> tuple[Path, bool]:
    """Where the annotations of ``annotator`` on ``source`` live: (path, is_fallback)."""
    beside = beside_path(source, annotator)
    fallback = fallback_path(source, annotator)
    writable = folder_is_writable(beside.parent)
    if beside.exists() and writable:
        return beside, False
    if fallback.exists():
        return fallback, True
    return (beside, False) if writable else (fallback, True)


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
        self.source = _absolute(Path(source))
        self.annotator = annotator
        self.labels: list[LabelDef] = list(DEFAULT_LABELS if labels is None else labels)
        validate_labels(self.labels)
        self.is_fallback = is_fallback
        self.read_only = False
        self.read_only_reason: str | None = None
        self.load_error: AnnotationFileError | None = None
        self.last_reattach = ReattachResult()
        self._attached: dict[tuple[str, str], Annotation] = {}
        self._orphans: list[Annotation] = []
        self._reports: dict[str, dict[str, str]] = {}
        self._corrections: dict[str, dict[str, str]] = {}
        self._revision = 0
        self._bytes_cache: tuple[object, bytes] | None = None
        self._saved_bytes = self.to_bytes()
        self._disk_digest: str | None = None  # sha256 of the file as last read or written

    # reading

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

    @property
    def dirty(self) -> bool:
        """Whether the set differs from what was last loaded or saved."""
        return self.to_bytes() != self._saved_bytes

    # changing

    def set(self, report: Report, sentence: Sentence, label: str | None, *, source: str = SOURCE_MANUAL,
            note: str | None | object = _KEEP) -> Annotation | None:
        """Label ``sentence`` (None clears it); returns the previous annotation for undo.

        ``note`` defaults to keeping the existing note.
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
        if previous is not None and (previous.label, previous.source, previous.note, previous.start,
                                     previous.end, previous.text) == (
                label, source, new_note, sentence.start, sentence.end, sentence.text):
            return previous
        now = utc_now()
        self._attached[key] = Annotation(
            report=report.id, sentence_id=sentence.id, start=sentence.start, end=sentence.end,
            text=sentence.text, label=label, source=source,
            created=previous.created if previous is not None else now, modified=now, note=new_note,
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
            self._attached = {key: _relabel(a, renames) for key, a in self._attached.items()}
            self._orphans = [_relabel(a, renames) for a in self._orphans]
        self._changed()
        return previous

    def rename_label(self, old: str, new: str) -> None:
        """Rename a label in the label set and in every annotation that has it."""
        if old not in self.label_names():
            raise ValueError(f"There is no label {old!r}.")
        labels = [replace(label, name=new) if label.name == old else label for label in self.labels]
        self.set_labels(labels, {old: new})

    def reattach(self, reports: list[Report]) -> ReattachResult:
        """Re-attach every annotation to ``reports`` (after the source changed); see core.reattach.

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
        self._corrections = _remap_corrections(self._corrections, mapping)
        unmatched = {rid: info for rid, info in self._reports.items() if mapping.get(rid) is None}
        self._reports = {**unmatched, **{report.id: _report_info(report) for report in reports}}
        self.last_reattach = result
        self._changed()
        return result

    def save(self, *, overwrite_external_changes: bool = False) -> None:
        """Write the file atomically, keeping the previous version as ``<file>.bak``.

        Raises ReadOnlyError for a set from an unreadable file, SaveConflictError
        when the file changed on disk since it was loaded (unless told to
        overwrite it), and SaveError when writing fails; the file on disk is
        then unchanged.
        """
        if self.read_only:
            raise ReadOnlyError(self.path, f"Not saving {self.path}: {self.read_only_reason}")
        data = self.to_bytes()
        try:
            on_disk: bytes | None = self.path.read_bytes()
        except FileNotFoundError:
            on_disk = None
        except OSError as error:
            raise SaveError(self.path, describe_os_error(error, self.path)) from error
        digest = None if on_disk is None else _digest(on_disk)
        if on_disk is not None and digest != self._disk_digest and not overwrite_external_changes:
            raise SaveConflictError(self.path, (
                f"Not saving {self.path}: the file was changed by another program or window since it was "
                "opened. Reopen it, or save anyway to overwrite it (the other version goes to the .bak file)."
            ))
        if on_disk != data:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise SaveError(self.path, describe_os_error(error, self.path)) from error
            if on_disk is not None:
                try:
                    atomic_write(backup_path(self.path), on_disk)
                except SaveError as error:
                    cause = error.__cause__
                    why = os_error_reason(cause) if isinstance(cause, OSError) else str(error)
                    raise SaveError(self.path, (
                        f"Could not save {self.path}: the previous version could not be kept as "
                        f"{backup_path(self.path).name} ({why}). The previously saved file is unchanged."
                    )) from error
            atomic_write(self.path, data)
            remove_stale_temps(self.path)
        self._saved_bytes = data
        self._disk_digest = _digest(data)

    # the file form

    def to_json(self) -> dict[str, object]:
        """The file content as plain data, in file order."""
        reports = [self._reports[report_id] for report_id in sorted(self._reports)]
        corrections = {
            report_id: {field: fields[field] for field in METADATA_FIELDS if field in fields}
            for report_id, fields in sorted(self._corrections.items())
        }
        return {
            "schema": SCHEMA,
            "schema_version": SCHEMA_VERSION,
            "source": str(self.source),
            "reports": reports,
            "annotator": self.annotator,
            "labels": [label.to_json() for label in self.labels],
            "metadata_corrections": corrections,
            "annotations": [a.to_json() for a in self.all_annotations()],
        }

    def to_bytes(self) -> bytes:
        """The exact bytes ``save`` writes."""
        state = (self._revision, tuple(self.labels), self.annotator, self.source)
        if self._bytes_cache is not None and self._bytes_cache[0] == state:
            return self._bytes_cache[1]
        # Only lone surrogates (from undecodable source bytes) cannot be encoded; they only occur
        # inside JSON strings, where \udcxx is the JSON escape that reads back as the same character.
        data = _format(self.to_json()).encode("utf-8", errors="backslashreplace")
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
        info = _report_info(report)
        if self._reports.get(report.id) != info:
            self._reports[report.id] = info

    def _mark_saved(self, disk_bytes: bytes | None) -> None:
        """Take the current state as the saved one (after load)."""
        self._changed()
        self._saved_bytes = self.to_bytes()
        self._disk_digest = None if disk_bytes is None else _digest(disk_bytes)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _clean_note(note: object) -> str | None:
    if note is None or note == "":
        return None
    if not isinstance(note, str):
        raise ValueError("A note must be text or None.")
    return note


def _relabel(annotation: Annotation, renames: dict[str, str]) -> Annotation:
    new = renames.get(annotation.label)
    return annotation if new is None else replace(annotation, label=new)


def _report_info(report: Report) -> dict[str, str]:
    info = {"id": report.id, "hash": report.hash}
    for field in ("title", "place", "year"):
        value = report.metadata.get(field).value
        if value:
            info[field] = value
    return info


def _remap_corrections(corrections: dict[str, dict[str, str]],
                       mapping: dict[str, str | None]) -> dict[str, dict[str, str]]:
    """Move corrections with their reports; unmatched ones stay under their id, never dropped."""
    moved: dict[str, dict[str, str]] = {}
    for report_id, fields in corrections.items():
        target = mapping.get(report_id)
        if target is not None:
            moved.setdefault(target, {}).update(fields)
    for report_id, fields in corrections.items():
        if mapping.get(report_id) is None:
            kept = moved.setdefault(report_id, {})
            for field, value in fields.items():
                kept.setdefault(field, value)
    return moved


def _format(data: dict[str, object]) -> str:
    """JSON with one top-level key per line and one list or dict entry per line."""

    def dumps(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))

    lines = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            body = ",\n".join("  " + dumps(item) for item in value)
            text = f"[\n{body}\n ]"
        elif isinstance(value, dict) and value:
            body = ",\n".join(f"  {dumps(k)}: {dumps(v)}" for k, v in value.items())
            text = f"{{\n{body}\n }}"
        else:
            text = dumps(value)
        lines.append(f" {dumps(key)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


# --- loading ---------------------------------------------------------------


def open_annotations(source: Path, annotator: str, reports: list[Report], *,
                     on_error: str = "raise") -> AnnotationSet:
    """The annotations of ``annotator`` on ``source``, re-attached to ``reports``.

    Loads the file if there is one, else returns a new empty set (nothing is
    written until ``save``).  A bad file raises AnnotationFileError, or with
    ``on_error="read-only"`` gives an empty read-only set whose
    ``read_only_reason`` and ``load_error`` say why.
    """
    path, is_fallback = annotation_path(source, annotator)
    beside = beside_path(source, annotator)
    try:
        if path.exists():
            annotations = load_annotation_file(path)
        elif is_fallback and beside.exists():  # a read-only file beside the source: save a copy elsewhere
            annotations = load_annotation_file(beside)
            annotations.path = path
            annotations._disk_digest = None
        else:
            annotations = AnnotationSet(path, source, annotator)
            annotations._mark_saved(None)
    except AnnotationFileError as error:
        if on_error != "read-only":
            raise
        annotations = AnnotationSet(path, source, annotator)
        annotations.read_only = True
        annotations.read_only_reason = str(error)
        annotations.load_error = error
    annotations.is_fallback = is_fallback
    annotations.source = _absolute(Path(source))
    annotations._saved_bytes = annotations.to_bytes()  # a moved source path is not a change of its own
    annotations.reattach(reports)
    if not annotations.all_annotations() and not annotations._corrections:
        annotations._saved_bytes = annotations.to_bytes()  # nothing to lose: a fresh set is clean
    return annotations


def load_annotation_file(path: Path, reports: list[Report] | None = None) -> AnnotationSet:
    """Read an annotation file (re-attaching to ``reports`` when given).

    Raises AnnotationFileError ("unreadable", "corrupt", "not-annotations",
    "newer-schema"); the file is never modified.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise AnnotationFileError(path, "unreadable",
                                  f"Could not read the annotation file {path}: {error.strerror or error}.") from error
    annotations = _parse(path, raw)
    annotations._mark_saved(raw)
    if reports is not None:
        annotations.reattach(reports)
    return annotations


class _Damaged(Exception):
    """Internal: a detail of why a file is corrupt."""


def _parse(path: Path, raw: bytes) -> AnnotationSet:
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_duplicate_keys)
    except (UnicodeDecodeError, ValueError, _Damaged) as error:
        detail = "the file is empty" if not raw.strip() else f"not valid JSON: {error}"
        raise _corrupt(path, detail) from error
    if not isinstance(data, dict) or "schema" not in data:
        raise AnnotationFileError(path, "not-annotations",
                                  f"{path} is not an annotation file of this program (no \"schema\" field). "
                                  "It has not been changed.")
    if data["schema"] != SCHEMA:
        raise AnnotationFileError(path, "not-annotations",
                                  f"{path} is not an annotation file of this program (schema "
                                  f"{data['schema']!r}, expected {SCHEMA!r}). It has not been changed.")
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise AnnotationFileError(path, "newer-schema",
                                  f"{path} was written by a newer version of this program (format version "
                                  f"{version}; this version reads up to {SCHEMA_VERSION}). Please update the "
                                  "program to open it. The file has not been changed.")
    try:
        return _build(path, data)
    except _Damaged as error:
        raise _corrupt(path, str(error)) from error


def _corrupt(path: Path, detail: str) -> AnnotationFileError:
    hint = f" An earlier version may be in {backup_path(path)}." if backup_path(path).exists() else ""
    return AnnotationFileError(path, "corrupt", f"The annotation file {path} is damaged and cannot be opened "
                                                f"({detail}). It has not been changed.{hint}")


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _Damaged(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


_TOP_FIELDS = ("schema", "schema_version", "source", "reports", "annotator", "labels", "metadata_corrections",
               "annotations")
_REPORT_FIELDS = ("id", "hash", "title", "place", "year")
_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "report": str, "sentence_id": str, "start": int, "end": int, "text": str, "label": str, "created": str,
    "modified": str,
}
_OPTIONAL: dict[str, tuple[type | tuple[type, ...], object]] = {
    "source": (str, SOURCE_MANUAL), "note": ((str, type(None)), None), "orphaned": (bool, False),
}


def _build(path: Path, data: dict[str, object]) -> AnnotationSet:
    unknown = sorted(set(data) - set(_TOP_FIELDS))
    if unknown:
        raise _Damaged(f"unknown fields {unknown}")
    version = _field(data, "schema_version", int, "the file")
    if version < 1:
        raise _Damaged(f"schema_version {version} is not valid")
    source = _field(data, "source", str, "the file")
    annotator = _field(data, "annotator", str, "the file")
    labels_data = _field(data, "labels", list, "the file")
    try:
        labels = [label_from_json(item) for item in labels_data]
        validate_labels(labels)
    except ValueError as error:
        raise _Damaged(f"bad label set: {error}") from error
    annotations = AnnotationSet(path, Path(source), annotator, labels)
    for index, info in enumerate(_optional_list(data, "reports")):
        where = f"report entry {index + 1}"
        if not isinstance(info, dict):
            raise _Damaged(f"{where} is not an object")
        extra = sorted(set(info) - set(_REPORT_FIELDS))
        if extra or any(not isinstance(value, str) for value in info.values()):
            raise _Damaged(f"{where} has unknown or non-text fields")
        _field(info, "id", str, where), _field(info, "hash", str, where)
        annotations._reports[info["id"]] = {name: info[name] for name in _REPORT_FIELDS if name in info}
    corrections = data.get("metadata_corrections", {})
    if not isinstance(corrections, dict):
        raise _Damaged("metadata_corrections is not an object")
    for report_id, fields in corrections.items():
        if not isinstance(fields, dict) or any(
                name not in METADATA_FIELDS or not isinstance(value, str) for name, value in fields.items()):
            raise _Damaged(f"metadata_corrections of {report_id!r} are not metadata fields with text values")
        if fields:
            annotations._corrections[report_id] = dict(fields)
    for index, record in enumerate(_field(data, "annotations", list, "the file")):
        annotation = _annotation(record, f"annotation {index + 1}")
        key = (annotation.report, annotation.sentence_id)
        if annotation.orphaned or key in annotations._attached:  # a second record for one sentence is kept aside
            annotations._orphans.append(replace(annotation, orphaned=True))
        else:
            annotations._attached[key] = annotation
    return annotations


def _annotation(record: object, where: str) -> Annotation:
    if not isinstance(record, dict):
        raise _Damaged(f"{where} is not an object")
    extra = sorted(set(record) - set(_REQUIRED) - set(_OPTIONAL))
    if extra:
        raise _Damaged(f"{where} has unknown fields {extra}")
    values: dict[str, object] = {name: _field(record, name, kind, where) for name, kind in _REQUIRED.items()}
    for name, (kind, default) in _OPTIONAL.items():
        values[name] = _field(record, name, kind, where) if name in record else default
    if values["source"] not in ANNOTATION_SOURCES:
        raise _Damaged(f"{where} has an unknown source {values['source']!r}")
    if not 0 <= values["start"] <= values["end"]:  # type: ignore[operator]
        raise _Damaged(f"{where} has bad offsets")
    return Annotation(**values)  # type: ignore[arg-type]


def _field(data: dict[str, object], name: str, kind: type | tuple[type, ...], where: str) -> object:
    if name not in data:
        raise _Damaged(f"{where} lacks the field {name!r}")
    value = data[name]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise _Damaged(f"{where}: the field {name!r} has the wrong type")
    return value


def _optional_list(data: dict[str, object], name: str) -> list[object]:
    value = data.get(name, [])
    if not isinstance(value, list):
        raise _Damaged(f"{name} is not a list")
    return value
