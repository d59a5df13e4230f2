"""Errors a user can cause, with messages fit for a dialog."""

from __future__ import annotations


class LoadError(Exception):
    """A source file could not be loaded as a report.

    ``str(error)`` is a complete sentence to show the user; ``path`` names
    the file and ``reason`` is a short machine-readable tag for tests
    ("empty", "binary", "not-docx", "not-html", "not-pdf", "scanned", "unmapped", "encrypted",
    "extension", "too-large", "unreadable", "encoding").
    """

    def __init__(self, path: object, reason: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


class AnnotationFileError(Exception):
    """An annotation file could not be read; it is left untouched.

    ``reason`` is "corrupt", "newer-schema", "unreadable" or "not-annotations".
    """

    def __init__(self, path: object, reason: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


class SaveError(Exception):
    """An annotation file could not be written; the previous file is intact."""

    def __init__(self, path: object, message: str) -> None:
        super().__init__(message)
        self.path = path


class ExportError(Exception):
    """Training data could not be collected or written (a source that cannot be used, nothing to export, a bad
    output); ``str(error)`` is a sentence for the user."""
