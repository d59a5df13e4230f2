"""Opening an annotation file: load it, or start a new set, and re-attach its labels to the reports.

The loading steps of ``AnnotationSet`` (core.annotations.annotation_set),
kept in a module of their own; they set the set's saved state directly.
"""

from __future__ import annotations

from pathlib import Path

from core.annotations.annotation_set import AnnotationSet
from core.annotations.atomic_write import atomic_write, remove_stale_temps
from core.annotations.file_format import parse_annotation_file
from core.annotations.paths import absolute_source, annotation_path, beside_path, kept_copy_path, other_place
from core.errors import AnnotationFileError
from core.reading.model import Report


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
    remove_stale_temps(path)  # left by a save that was killed
    try:
        if path.exists():
            annotations = load_annotation_file(path)
            twin = other_place(path, source)
            if twin.exists():  # labels saved while the report's folder could not be written, or before
                annotations.merge_file(load_annotation_file(twin))
        elif is_fallback and beside.exists():  # a read-only file beside the source: save a copy elsewhere
            annotations = load_annotation_file(beside)
            annotations.path = path
            annotations._disk_digest = None
            annotations._base_bytes = None
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
    annotations.source = absolute_source(Path(source))
    annotations._saved_bytes = annotations.to_bytes()  # a moved source path is not a change of its own
    annotations.reattach(reports)
    if not annotations.all_annotations() and not annotations._corrections:
        annotations._saved_bytes = annotations.to_bytes()  # nothing to lose: a fresh set is clean
    return annotations


def load_annotation_file(path: Path, reports: list[Report] | None = None, *,
                         read_only_reason: str | None = None) -> AnnotationSet:
    """Read an annotation file (re-attaching to ``reports`` when given).

    With ``read_only_reason`` the set is read-only (read to compare or count,
    never saved), and its saved state is not kept, which makes reading faster.
    Raises AnnotationFileError ("unreadable", "corrupt", "not-annotations",
    "newer-schema"); the file is never modified.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise AnnotationFileError.from_template(path, "unreadable", "unreadable", file=str(path),
                                                detail=str(error.strerror or error)) from error
    annotations = AnnotationSet.from_content(path, parse_annotation_file(path, raw))
    if read_only_reason is None:
        annotations._mark_saved(raw)
    else:
        annotations.read_only, annotations.read_only_reason = True, read_only_reason
    if reports is not None:
        annotations.reattach(reports)
    return annotations


def reopen_annotations(annotations: AnnotationSet, reports: list[Report]) -> tuple[AnnotationSet, Path | None]:
    """Take the annotation file as it is on disk now, in place of ``annotations`` (read again, re-attached).

    Labels of ``annotations`` not yet saved are not lost: they are first kept,
    as a whole annotation file, in ``<file>.conflict-<time>.json`` beside it,
    whose path is returned (None when there was nothing unsaved).  A file on
    disk that cannot be read gives a read-only set, as on opening.
    """
    kept: Path | None = None
    if annotations.dirty and not annotations.read_only:
        kept = kept_copy_path(annotations.path, "conflict")
        atomic_write(kept, annotations.to_bytes())
    return open_annotations(annotations.source, annotations.annotator, reports, on_error="read-only"), kept
