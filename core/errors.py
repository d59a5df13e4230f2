"""Errors a user can cause, with messages fit for a dialog.

A load error and an annotation file error carry, besides their English
message, a stable ``code`` (a key of ``LOAD_MESSAGES`` or
``ANNOTATION_FILE_MESSAGES``) and the ``params`` that fill its template, so
the window can show the same message in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping

# {name} is the file's name in quotes (“weihai.txt”); sizes are "63.2 MB".
LOAD_MESSAGES: dict[str, str] = {
    "empty": "{name} is empty: it contains no text.",
    "binary": "{name} does not look like a text file: it contains binary data.",
    "undecodable": "{name} does not look like a text file: its bytes do not decode as text in any known encoding.",
    "damaged-encoding": "{name} is marked as {encoding} text but is not valid {encoding}; the file may be damaged.",
    "unknown-encoding": "The text encoding of {name} could not be recognised; save it as UTF-8 and try again.",
    "not-found": "{name} could not be found.",
    "permission": "You do not have permission to read {name}.",
    "folder": "{name} is a folder, not a file.",
    "not-regular": "{name} is not a regular file.",
    "os-error": "{name} could not be read: {detail}.",
    "extension": "{name} cannot be opened: only plain text (.txt), Word (.docx), web pages (.html, .htm) "
                 "and PDF (.pdf) files are supported.",
    "extension-word": "{name} cannot be opened: only plain text (.txt), Word (.docx), web pages (.html, .htm) "
                      "and PDF (.pdf) files are supported. Save it as .docx in Word first.",
    "too-large": "{name} is too large ({size}); the limit is {limit}.",
    "too-large-now": "{name} is too large; the limit is {limit}.",
    "too-large-unpacked": "{name} is too large: its contents unpack to more than {limit}.",
    "old-word": "{name} is an old-format Word document (.doc) or is password-protected; "
                "save it as .docx without a password.",
    "not-docx": "{name} is not a Word document (.docx) or is damaged.",
    "not-a-name": "{name} is not a file name.",
    "not-html": "{name} is not a web page that can be read, or the page holds no text.",
    "empty-page": "{name} holds no report text: the page is empty or its text is loaded by a script.",
    "pdf-encrypted": "{name} is protected by a password; open it in a PDF reader, save a copy without "
                     "protection and try again.",
    "pdf-scanned": "{name} has no text layer: it is a scanned image. Run it through text recognition (OCR) "
                   "first, or open a text or Word version of the report.",
    "pdf-unmapped": "The text of {name} cannot be read: its fonts do not tell which characters they draw. "
                    "Run it through text recognition (OCR), or open a text or Word version of the report.",
    "pdf-damaged": "{name} is not a PDF file or is damaged.",
    "failed": "{name} could not be read ({detail}).",
}

# {file} is the annotation file's path.
ANNOTATION_FILE_MESSAGES: dict[str, str] = {
    "unreadable": "Could not read the annotation file {file}: {detail}.",
    "no-schema": "{file} is not an annotation file of this program (no \"schema\" field). It has not been changed.",
    "other-schema": "{file} is not an annotation file of this program (schema {schema}, expected {expected}). "
                    "It has not been changed.",
    "newer-schema": "{file} was written by a newer version of this program (format version {version}; this version "
                    "reads up to {supported}). Please update the program to open it. The file has not been changed.",
    "corrupt": "The annotation file {file} is damaged and cannot be opened ({detail}). It has not been changed.",
    "corrupt-backup": "The annotation file {file} is damaged and cannot be opened ({detail}). It has not been "
                      "changed. An earlier version may be in {backup}.",
}


# {file} is the annotation file's path; {detail} is one of OS_REASONS or the system's own words.
SAVE_MESSAGES: dict[str, str] = {
    "os-error": "Could not save {file}: {detail}. The previously saved file is unchanged.",
    "backup-failed": "Could not save {file}: the previous version could not be kept as {backup} ({detail}). "
                     "The previously saved file is unchanged.",
    "locked": "Could not save {file}: another window or program has been saving it for more than {seconds} "
              "seconds (it holds the lock {lock}). The previously saved file is unchanged; try again.",
    "changed-unreadable": "Not saving {file}: the file was changed by another program or window since it was "
                          "opened, and its new version cannot be read ({detail}) Save anyway to overwrite it: the "
                          "other version is then kept as a separate '.conflict-<time>.json' file beside it.",
}

# Why an OS call failed, for the {detail} of a message (core.annotations.atomic_write.os_error_reason).
OS_REASONS: dict[str, str] = {
    "disk-full": "the disk is full (or your quota is used up)",
    "no-permission": "you do not have permission to write in that folder",
    "read-only-disk": "the disk is read-only",
    "folder-gone": "the folder does not exist any more",
}


# {output} is a path the user chose to write.
EXPORT_MESSAGES: dict[str, str] = {
    "annotation-file-name": "{output} is named like an annotation file (or its backup); an export or summary never "
                            "writes over annotation files. Choose another name.",
    "is-input": "{output} is one of the files read (an input); it is not written over. Choose another output name.",
    "cannot-check": "{output} cannot be checked ({detail}); nothing was written.",
    "is-folder": "{output} is a folder, not a regular file; it is not written over. Choose a file name.",
    "is-link": "{output} is a symbolic link, not a regular file; it is not written over. Choose a file name.",
    "is-device": "{output} is a device, not a regular file; it is not written over. Choose a file name.",
    "is-pipe": "{output} is a pipe, not a regular file; it is not written over. Choose a file name.",
    "is-socket": "{output} is a socket, not a regular file; it is not written over. Choose a file name.",
    "is-special": "{output} is not a regular file; it is not written over. Choose a file name.",
    "no-folder": "The folder {folder} does not exist.",
}

# {file} is the file imported or the labels file read.
IMPORT_MESSAGES: dict[str, str] = {
    "unreadable": "Could not read {file}: {detail}.",
    "labels-too-deep": "{file} is not a labels file (its JSON is nested too deeply).",
    "not-labels": "{file} is not a labels file ({detail}).",
    "unknown-labels": "Unknown label(s): {labels}. Nothing was imported. Correct the file, or define the labels "
                      "with a labels file (--labels FILE, like the OUT.labels.json an export writes).",
    "label-not-added": "The label {label} cannot be added: {detail}",
}


# Warnings of collecting reports for an export and of importing labels (Notice).
WARNINGS: dict[str, str] = {
    "skipped": "Skipped {file}: {detail}",
    "no-annotations": "No annotation file was found for {file}; it is left out.",
    "no-annotations-unlabelled": "No annotation file was found for {file}; its sentences are written without labels.",
    "no-annotations-suggested": "No annotation file was found for {file}; its sentences are written with their "
                                "unconfirmed suggestions.",
    "two-files": "The labels of {annotator} on {report} are kept in two files, {first} and {second} (one was saved "
                 "while the report's folder could not be written); both are used: {taken} label(s) come from the "
                 "second only. Open the report in the program to merge the files.",
    "two-files-conflicts": "The labels of {annotator} on {report} are kept in two files, {first} and {second} (one "
                           "was saved while the report's folder could not be written); both are used: {taken} "
                           "label(s) come from the second only, {conflicts} sentence(s) labelled differently in "
                           "both get the newer label. Open the report in the program to merge the files.",
    "orphans": "{count} annotation(s) in {file} no longer match a sentence and are left out.",
    "another-report": "{file} has the name of {report} but holds labels of another report ({found}); it is left "
                      "out.",
    "unmatched": "{count} document(s) matched no report: {names}",
    "unplaced": "{count} span(s) fell on no sentence and were left out.",
    "conflicts": "{count} sentence(s) got different labels; the label covering most of the sentence was kept.",
}


class Notice(str):
    """A warning: its English sentence, which is the string, and the code of ``WARNINGS`` and parameters that
    made it, so the window can show it translated; ``cause`` is the error it reports, if any."""

    code: str
    params: dict[str, str]
    cause: BaseException | None

    def __new__(cls, code: str, cause: BaseException | None = None, **params: str) -> Notice:
        notice = super().__new__(cls, WARNINGS[code].format_map(params))
        notice.code = code
        notice.params = params
        notice.cause = cause
        return notice


class CodedError(Exception):
    """An error whose message may come from a template: ``code`` names it, ``params`` fill it ("" and {} else)."""

    def __init__(self, message: str, code: str = "", params: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, str] = dict(params or {})


class LoadError(Exception):
    """A source file could not be loaded as a report.

    ``str(error)`` is a complete sentence to show the user; ``path`` names
    the file and ``reason`` is a short machine-readable tag for tests
    ("empty", "binary", "not-docx", "not-html", "not-pdf", "scanned", "unmapped", "encrypted",
    "extension", "too-large", "unreadable", "encoding"); ``code`` and ``params`` fill a template of
    ``LOAD_MESSAGES``.
    """

    def __init__(self, path: object, reason: str, message: str, code: str = "",
                 params: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.code = code
        self.params: dict[str, str] = dict(params or {})

    @classmethod
    def from_template(cls, path: object, reason: str, code: str, **params: str) -> LoadError:
        return cls(path, reason, LOAD_MESSAGES[code].format_map(params), code, params)


class AnnotationFileError(Exception):
    """An annotation file could not be read; it is left untouched.

    ``reason`` is "corrupt", "newer-schema", "unreadable" or "not-annotations";
    ``code`` and ``params`` fill a template of ``ANNOTATION_FILE_MESSAGES``.
    """

    def __init__(self, path: object, reason: str, message: str, code: str = "",
                 params: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.code = code
        self.params: dict[str, str] = dict(params or {})

    @classmethod
    def from_template(cls, path: object, reason: str, code: str, **params: str) -> AnnotationFileError:
        return cls(path, reason, ANNOTATION_FILE_MESSAGES[code].format_map(params), code, params)


class SaveError(Exception):
    """An annotation file could not be written; the previous file is intact.

    ``code`` and ``params`` fill a template of ``SAVE_MESSAGES`` (empty for other messages).
    """

    def __init__(self, path: object, message: str, code: str = "", params: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.code = code
        self.params: dict[str, str] = dict(params or {})

    @classmethod
    def from_template(cls, path: object, code: str, **params: str) -> SaveError:
        return cls(path, SAVE_MESSAGES[code].format_map(params), code, params)


class ExportError(CodedError):
    """Training data could not be collected or written (a source that cannot be used, nothing to export, a bad
    output); ``str(error)`` is a sentence for the user, some from ``EXPORT_MESSAGES``."""

    @classmethod
    def from_template(cls, code: str, **params: str) -> ExportError:
        return cls(EXPORT_MESSAGES[code].format_map(params), code, params)
