"""Messages that come from ``core`` (which has no Qt), shown in the window's language.

A ``LoadError`` or ``AnnotationFileError`` carries a ``code`` and ``params``
besides its English text; here each code has the same template marked for
translation (a test keeps them word for word equal to ``core.errors``), so the
window shows it translated while the command line keeps the English message.
"""

from __future__ import annotations

from core.annotations.annotation_set import AnnotationSet
from core.errors import AnnotationFileError, LoadError
from gui.shell.translation import QT_TRANSLATE_NOOP, Translator

_tr = Translator("CoreMessages")

LOAD_TEMPLATES = {
    "empty": QT_TRANSLATE_NOOP("CoreMessages", "{name} is empty: it contains no text."),
    "binary": QT_TRANSLATE_NOOP("CoreMessages", "{name} does not look like a text file: it contains binary data."),
    "undecodable": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} does not look like a text file: its bytes do not decode as text in any known encoding."),
    "damaged-encoding": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} is marked as {encoding} text but is not valid {encoding}; the file may be damaged."),
    "unknown-encoding": QT_TRANSLATE_NOOP(
        "CoreMessages", "The text encoding of {name} could not be recognised; save it as UTF-8 and try again."),
    "not-found": QT_TRANSLATE_NOOP("CoreMessages", "{name} could not be found."),
    "permission": QT_TRANSLATE_NOOP("CoreMessages", "You do not have permission to read {name}."),
    "folder": QT_TRANSLATE_NOOP("CoreMessages", "{name} is a folder, not a file."),
    "not-regular": QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a regular file."),
    "os-error": QT_TRANSLATE_NOOP("CoreMessages", "{name} could not be read: {detail}."),
    "extension": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} cannot be opened: only plain text (.txt) and Word (.docx) files are supported."),
    "extension-word": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} cannot be opened: only plain text (.txt) and Word (.docx) files are supported. "
        "Save it as .docx in Word first."),
    "too-large": QT_TRANSLATE_NOOP("CoreMessages", "{name} is too large ({size}); the limit is {limit}."),
    "too-large-now": QT_TRANSLATE_NOOP("CoreMessages", "{name} is too large; the limit is {limit}."),
    "too-large-unpacked": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} is too large: its contents unpack to more than {limit}."),
    "old-word": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is an old-format Word document (.doc) or is password-protected; "
        "save it as .docx without a password."),
    "not-docx": QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a Word document (.docx) or is damaged."),
    "not-a-name": QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a file name."),
    "failed": QT_TRANSLATE_NOOP("CoreMessages", "{name} could not be read ({detail})."),
}

ANNOTATION_FILE_TEMPLATES = {
    "unreadable": QT_TRANSLATE_NOOP("CoreMessages", "Could not read the annotation file {file}: {detail}."),
    "no-schema": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{file} is not an annotation file of this program (no \"schema\" field). It has not been changed."),
    "other-schema": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{file} is not an annotation file of this program (schema {schema}, expected {expected}). "
        "It has not been changed."),
    "newer-schema": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{file} was written by a newer version of this program (format version {version}; this version "
        "reads up to {supported}). Please update the program to open it. The file has not been changed."),
    "corrupt": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The annotation file {file} is damaged and cannot be opened ({detail}). It has not been changed."),
    "corrupt-backup": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The annotation file {file} is damaged and cannot be opened ({detail}). It has not been "
        "changed. An earlier version may be in {backup}."),
}


def error_text(error: BaseException) -> str:
    """The message of an error a user caused, in the window's language where core gave it a code."""
    templates = (LOAD_TEMPLATES if isinstance(error, LoadError) else
                 ANNOTATION_FILE_TEMPLATES if isinstance(error, AnnotationFileError) else {})
    code = getattr(error, "code", "")
    if code not in templates:
        return str(error)
    try:
        return _tr(templates[code]).format_map(getattr(error, "params", {}))
    except (KeyError, ValueError, IndexError):  # a translation that lost a {field}: the English message
        return str(error)


def read_only_text(annotations: AnnotationSet) -> str:
    """Why an annotation set is read-only, in the window's language."""
    if annotations.load_error is not None:
        return error_text(annotations.load_error)
    return annotations.read_only_reason or ""
