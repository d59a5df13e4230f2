"""The annotation file's JSON: writing it byte for byte and checking it on reading.

UTF-8 JSON with unescaped Chinese and a trailing newline; top-level keys in
the order ``schema`` ("gwr-annotations"), ``schema_version`` (1, or 2 for a
file holding adjudicated records), ``source``,
``reports`` ({id, hash, title?, place?, year?}), ``annotator``, ``labels``
({name, key, colour, description}), ``metadata_corrections`` ({report: {field:
value}}), ``annotations``.  Lists hold one record per line so that a changed
label is a one-line diff.  Annotation records have the keys ``report,
sentence_id, start, end, text, label, source, created, modified, note`` in that
order, then ``chosen_by`` (the annotators who gave the label) on adjudicated
records (``source: "adjudicated"``), and ``"orphaned": true`` on orphans
(annotations whose sentence could not be found any more); orphans stay in the
same list.  Records are sorted by
(report, start, sentence_id), reports by id.  Saving the same data gives the
same bytes.

Versions: a file is written as version 1 unless it holds an adjudicated record
(a gold file, ``core.team.adjudication``): then as version 2, so that an
older program says "written by a newer version" instead of "damaged".  Every
annotator's own file stays version 1 and opens in older programs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from core.annotations.labels import LabelDef, label_from_json, validate_labels
from core.annotations.paths import backup_path
from core.annotations.record import ANNOTATION_SOURCES, SOURCE_ADJUDICATED, SOURCE_MANUAL, Annotation
from core.errors import AnnotationFileError
from core.reading.model import METADATA_FIELDS, Report

SCHEMA = "gwr-annotations"
SCHEMA_VERSION = 1  # the version of an ordinary file (and of exported records)
ADJUDICATED_SCHEMA_VERSION = 2  # a file with adjudicated records (``chosen_by``)
NEWEST_SCHEMA_VERSION = ADJUDICATED_SCHEMA_VERSION  # the newest version this program reads


def schema_version_of(annotations: list[Annotation]) -> int:
    """The version a file of ``annotations`` is written as (see the module docstring)."""
    adjudicated = any(a.source == SOURCE_ADJUDICATED or a.chosen_by for a in annotations)
    return ADJUDICATED_SCHEMA_VERSION if adjudicated else SCHEMA_VERSION


def format_annotation_json(data: dict[str, object]) -> str:
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


def report_entry(report: Report) -> dict[str, str]:
    """The file's entry for ``report``: id, hash and the known title, place and year."""
    info = {"id": report.id, "hash": report.hash}
    for name in ("title", "place", "year"):
        value = report.metadata.get(name).value
        if value:
            info[name] = value
    return info


T = TypeVar("T")


@dataclass
class AnnotationFileContent:
    """What a checked annotation file holds, ready to become an AnnotationSet."""

    source: str
    annotator: str
    labels: list[LabelDef]
    reports: dict[str, dict[str, str]] = field(default_factory=dict)
    corrections: dict[str, dict[str, str]] = field(default_factory=dict)
    attached: dict[tuple[str, str], Annotation] = field(default_factory=dict)
    orphans: list[Annotation] = field(default_factory=list)


class _Damaged(Exception):
    """Internal: a detail of why a file is corrupt."""


def parse_annotation_file(path: Path, raw: bytes) -> AnnotationFileContent:
    """Check and read the bytes of the annotation file at ``path``.

    Raises AnnotationFileError ("corrupt", "not-annotations", "newer-schema").
    """
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_duplicate_keys)
    except RecursionError as error:  # "[[[[..." deeper than the JSON reader goes
        raise _corrupt(path, "its JSON is nested too deeply") from error
    except (UnicodeDecodeError, ValueError, _Damaged) as error:
        detail = "the file is empty" if not raw.strip() else f"not valid JSON: {error}"
        raise _corrupt(path, detail) from error
    if not isinstance(data, dict) or "schema" not in data:
        raise AnnotationFileError.from_template(path, "not-annotations", "no-schema", file=str(path))
    if data["schema"] != SCHEMA:
        raise AnnotationFileError.from_template(path, "not-annotations", "other-schema", file=str(path),
                                                schema=repr(data["schema"]), expected=repr(SCHEMA))
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > NEWEST_SCHEMA_VERSION:
        raise AnnotationFileError.from_template(path, "newer-schema", "newer-schema", file=str(path),
                                                version=str(version), supported=str(NEWEST_SCHEMA_VERSION))
    try:
        return _build(data)
    except _Damaged as error:
        raise _corrupt(path, str(error)) from error


def _corrupt(path: Path, detail: str) -> AnnotationFileError:
    if backup_path(path).exists():
        return AnnotationFileError.from_template(path, "corrupt", "corrupt-backup", file=str(path), detail=detail,
                                                 backup=str(backup_path(path)))
    return AnnotationFileError.from_template(path, "corrupt", "corrupt", file=str(path), detail=detail)


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
    "source": (str, SOURCE_MANUAL), "note": ((str, type(None)), None), "chosen_by": (list, ()),
    "orphaned": (bool, False),
}
_RECORD_FIELDS = frozenset(_REQUIRED) | frozenset(_OPTIONAL)
_MISSING = object()


def _build(data: dict[str, object]) -> AnnotationFileContent:
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
    content = AnnotationFileContent(source=source, annotator=annotator, labels=labels)
    for index, info in enumerate(_optional_list(data, "reports")):
        where = f"report entry {index + 1}"
        if not isinstance(info, dict):
            raise _Damaged(f"{where} is not an object")
        extra = sorted(set(info) - set(_REPORT_FIELDS))
        if extra or any(not isinstance(value, str) for value in info.values()):
            raise _Damaged(f"{where} has unknown or non-text fields")
        _field(info, "id", str, where), _field(info, "hash", str, where)
        content.reports[info["id"]] = {name: info[name] for name in _REPORT_FIELDS if name in info}
    corrections = data.get("metadata_corrections", {})
    if not isinstance(corrections, dict):
        raise _Damaged("metadata_corrections is not an object")
    for report_id, fields in corrections.items():
        if not isinstance(fields, dict) or any(
                name not in METADATA_FIELDS or not isinstance(value, str) for name, value in fields.items()):
            raise _Damaged(f"metadata_corrections of {report_id!r} are not metadata fields with text values")
        if fields:
            content.corrections[report_id] = dict(fields)
    for index, record in enumerate(_field(data, "annotations", list, "the file")):
        annotation = _annotation(record, f"annotation {index + 1}")
        key = (annotation.report, annotation.sentence_id)
        if annotation.orphaned or key in content.attached:  # a second record for one sentence is kept aside
            content.orphans.append(replace(annotation, orphaned=True))
        else:
            content.attached[key] = annotation
    return content


def _annotation(record: object, where: str) -> Annotation:
    """One checked record.  Written out field by field: a file holds thousands of records."""
    if not isinstance(record, dict):
        raise _Damaged(f"{where} is not an object")
    if not record.keys() <= _RECORD_FIELDS:
        raise _Damaged(f"{where} has unknown fields {sorted(set(record) - _RECORD_FIELDS)}")
    for name, kind in _REQUIRED.items():
        if type(record.get(name)) is not kind:  # JSON gives exact types; a bool is no int here
            _checked(record, name, kind, where)  # raises with the reason
    source = record.get("source", SOURCE_MANUAL)
    note = record.get("note")
    chosen_by = record.get("chosen_by", [])
    orphaned = record.get("orphaned", False)
    if type(source) is not str or (note is not None and type(note) is not str) or type(chosen_by) is not list \
            or type(orphaned) is not bool:
        for name, (kind, _default) in _OPTIONAL.items():
            if name in record:
                _checked(record, name, kind, where)
    if source not in ANNOTATION_SOURCES:
        raise _Damaged(f"{where} has an unknown source {source!r}")
    start, end = record["start"], record["end"]
    if not 0 <= start <= end:
        raise _Damaged(f"{where} has bad offsets")
    if chosen_by and not all(type(name) is str for name in chosen_by):
        raise _Damaged(f"{where}: chosen_by is not a list of annotator names")
    return Annotation(report=record["report"], sentence_id=record["sentence_id"], start=start, end=end,
                      text=record["text"], label=record["label"], source=source, created=record["created"],
                      modified=record["modified"], note=note, chosen_by=tuple(chosen_by), orphaned=orphaned)


def _field(data: dict[str, object], name: str, kind: type[T], where: str) -> T:
    """``data[name]`` when it is there and of type ``kind``, else _Damaged."""
    value = _checked(data, name, kind, where)
    assert isinstance(value, kind)
    return value


def _checked(data: dict[str, object], name: str, kind: type | tuple[type, ...], where: str) -> object:
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
