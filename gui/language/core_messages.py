"""Messages that come from ``core`` (which has no Qt), shown in the window's language.

A ``LoadError`` or ``AnnotationFileError`` carries a ``code`` and ``params``
besides its English text; here each code has the same template marked for
translation (a test keeps them word for word equal to ``core.errors``), so the
window shows it translated while the command line keeps the English message.
"""

from __future__ import annotations

import re

from core.annotations.annotation_set import AnnotationSet
from core.compare.scorecard import Scorecard, ScoreRow
from core.errors import AnnotationFileError, ExportError, LoadError, Notice, SaveError
from core.export.training_import import TrainingImportError
from core.team import agreement as team_agreement
from gui.language.label_names import label_text
from gui.language.loading import LANGUAGE_CHINESE, current_language
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
        "CoreMessages",
        "{name} cannot be opened: only plain text (.txt), Word (.docx), web pages (.html, .htm) "
        "and PDF (.pdf) files are supported."),
    "extension-word": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} cannot be opened: only plain text (.txt), Word (.docx), web pages (.html, .htm) "
        "and PDF (.pdf) files are supported. Save it as .docx in Word first."),
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
    "not-html": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} is not a web page that can be read, or the page holds no text."),
    "empty-page": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} holds no report text: the page is empty or its text is loaded by a script."),
    "pdf-encrypted": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is protected by a password; open it in a PDF reader, save a copy without "
        "protection and try again."),
    "pdf-scanned": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} has no text layer: it is a scanned image. Run it through text recognition (OCR) "
        "first, or open a text or Word version of the report."),
    "pdf-unmapped": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The text of {name} cannot be read: its fonts do not tell which characters they draw. "
        "Run it through text recognition (OCR), or open a text or Word version of the report."),
    "pdf-damaged": QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a PDF file or is damaged."),
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

SAVE_TEMPLATES = {
    "os-error": QT_TRANSLATE_NOOP(
        "CoreMessages", "Could not save {file}: {detail}. The previously saved file is unchanged."),
    "backup-failed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Could not save {file}: the previous version could not be kept as {backup} ({detail}). "
        "The previously saved file is unchanged."),
    "locked": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Could not save {file}: another window or program has been saving it for more than {seconds} "
        "seconds (it holds the lock {lock}). The previously saved file is unchanged; try again."),
    "changed-unreadable": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Not saving {file}: the file was changed by another program or window since it was "
        "opened, and its new version cannot be read ({detail}) Save anyway to overwrite it: the "
        "other version is then kept as a separate '.conflict-<time>.json' file beside it."),
}

EXPORT_TEMPLATES = {
    "annotation-file-name": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{output} is named like an annotation file (or its backup); an export or summary never "
        "writes over annotation files. Choose another name."),
    "is-input": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{output} is one of the files read (an input); it is not written over. Choose another output name."),
    "cannot-check": QT_TRANSLATE_NOOP("CoreMessages", "{output} cannot be checked ({detail}); nothing was written."),
    "is-folder": QT_TRANSLATE_NOOP(
        "CoreMessages", "{output} is a folder, not a regular file; it is not written over. Choose a file name."),
    "is-link": QT_TRANSLATE_NOOP(
        "CoreMessages", "{output} is a symbolic link, not a regular file; it is not written over. Choose a file name."),
    "is-device": QT_TRANSLATE_NOOP(
        "CoreMessages", "{output} is a device, not a regular file; it is not written over. Choose a file name."),
    "is-pipe": QT_TRANSLATE_NOOP(
        "CoreMessages", "{output} is a pipe, not a regular file; it is not written over. Choose a file name."),
    "is-socket": QT_TRANSLATE_NOOP(
        "CoreMessages", "{output} is a socket, not a regular file; it is not written over. Choose a file name."),
    "is-special": QT_TRANSLATE_NOOP(
        "CoreMessages", "{output} is not a regular file; it is not written over. Choose a file name."),
    "no-folder": QT_TRANSLATE_NOOP("CoreMessages", "The folder {folder} does not exist."),
}

IMPORT_TEMPLATES = {
    "unreadable": QT_TRANSLATE_NOOP("CoreMessages", "Could not read {file}: {detail}."),
    "labels-too-deep": QT_TRANSLATE_NOOP(
        "CoreMessages", "{file} is not a labels file (its JSON is nested too deeply)."),
    "not-labels": QT_TRANSLATE_NOOP("CoreMessages", "{file} is not a labels file ({detail})."),
    "unknown-labels": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Unknown label(s): {labels}. Nothing was imported. Correct the file, or define the labels "
        "with a labels file (--labels FILE, like the OUT.labels.json an export writes)."),
    "label-not-added": QT_TRANSLATE_NOOP("CoreMessages", "The label {label} cannot be added: {detail}"),
}

WARNING_TEMPLATES = {
    "skipped": QT_TRANSLATE_NOOP("CoreMessages", "Skipped {file}: {detail}"),
    "no-annotations": QT_TRANSLATE_NOOP("CoreMessages", "No annotation file was found for {file}; it is left out."),
    "no-annotations-unlabelled": QT_TRANSLATE_NOOP(
        "CoreMessages", "No annotation file was found for {file}; its sentences are written without labels."),
    "no-annotations-suggested": QT_TRANSLATE_NOOP(
        "CoreMessages", "No annotation file was found for {file}; its sentences are written with their "
        "unconfirmed suggestions."),
    "two-files": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The labels of {annotator} on {report} are kept in two files, {first} and {second} (one was saved "
        "while the report's folder could not be written); both are used: {taken} label(s) come from the "
        "second only. Open the report in the program to merge the files."),
    "two-files-conflicts": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The labels of {annotator} on {report} are kept in two files, {first} and {second} (one "
        "was saved while the report's folder could not be written); both are used: {taken} "
        "label(s) come from the second only, {conflicts} sentence(s) labelled differently in "
        "both get the newer label. Open the report in the program to merge the files."),
    "orphans": QT_TRANSLATE_NOOP(
        "CoreMessages", "{count} annotation(s) in {file} no longer match a sentence and are left out."),
    "another-report": QT_TRANSLATE_NOOP(
        "CoreMessages", "{file} has the name of {report} but holds labels of another report ({found}); it is left "
        "out."),
    "unmatched": QT_TRANSLATE_NOOP("CoreMessages", "{count} document(s) matched no report: {names}"),
    "unplaced": QT_TRANSLATE_NOOP("CoreMessages", "{count} span(s) fell on no sentence and were left out."),
    "conflicts": QT_TRANSLATE_NOOP(
        "CoreMessages", "{count} sentence(s) got different labels; the label covering most of the sentence was kept."),
}

# core.errors.OS_REASONS, by their English words (they fill the {detail} of a message)
OS_REASON_TEMPLATES = {
    "disk-full": QT_TRANSLATE_NOOP("CoreMessages", "the disk is full (or your quota is used up)"),
    "no-permission": QT_TRANSLATE_NOOP("CoreMessages", "you do not have permission to write in that folder"),
    "read-only-disk": QT_TRANSLATE_NOOP("CoreMessages", "the disk is read-only"),
    "folder-gone": QT_TRANSLATE_NOOP("CoreMessages", "the folder does not exist any more"),
}
_OS_REASON_WORDS = frozenset(OS_REASON_TEMPLATES.values())

# core.compare.scorecard.PAIR_WARNINGS
SCORECARD_WARNING_TEMPLATES = {
    "year-unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "The year of a report is not known, so the scorecard cannot check they are consecutive."),
    "not-consecutive": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The reports are of {old_year} and {new_year}, not consecutive years: the later report "
        "reviews {reviewed}, not the year the earlier one planned."),
    "different-places": QT_TRANSLATE_NOOP(
        "CoreMessages", "The reports are of different places ({old_place}, {new_place})."),
    "no-plan": QT_TRANSLATE_NOOP("CoreMessages", "The {old_year} report has no plan part, so it sets no targets here."),
    "no-plan-earlier": QT_TRANSLATE_NOOP(
        "CoreMessages", "The earlier report has no plan part, so it sets no targets here."),
    "no-review": QT_TRANSLATE_NOOP(
        "CoreMessages", "The {new_year} report has no review part, so it reports no results here."),
    "no-review-later": QT_TRANSLATE_NOOP(
        "CoreMessages", "The later report has no review part, so it reports no results here."),
    "period-targets-only": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The {old_year} report sets no target for {target_year} alone: all its targets are for "
        "a plan period, judged only where the later report reviews that period."),
    "several-years-reviewed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The {new_year} report mostly reviews several years, not {reviewed} alone: a target it "
        "gives no figure of that year for shows no result."),
}


def scorecard_warnings(card: Scorecard) -> list[str]:
    """What to know before trusting a scorecard, in the window's language."""
    shown: list[str] = []
    for (code, params), english in zip(card.warning_codes, card.warnings):
        try:
            shown.append(_tr(SCORECARD_WARNING_TEMPLATES[code]).format_map(params))
        except (KeyError, ValueError, IndexError):
            shown.append(english)
    return shown if len(shown) == len(card.warnings) else list(card.warnings)


def reason_text(row: ScoreRow, card: Scorecard | None) -> str:
    """Why a scorecard row got its verdict: the Word brief's Chinese reason in Chinese, the figures in English."""
    if card is None or current_language() != LANGUAGE_CHINESE:
        return row.reason
    from core.summary.brief import has_plan_part, row_reason  # python-docx: only once a scorecard is shown

    old_year = f"{card.old.year}年" if card.old.year is not None else "上一年"
    new_year = f"{card.new.year}年" if card.new.year is not None else "本年"
    return row_reason(row, old_year, new_year, old_has_plan=has_plan_part(card))


def error_text(error: BaseException) -> str:
    """The message of an error a user caused, in the window's language where core gave it a code."""
    templates = (LOAD_TEMPLATES if isinstance(error, LoadError) else
                 ANNOTATION_FILE_TEMPLATES if isinstance(error, AnnotationFileError) else
                 SAVE_TEMPLATES if isinstance(error, SaveError) else
                 EXPORT_TEMPLATES if isinstance(error, ExportError) else
                 IMPORT_TEMPLATES if isinstance(error, TrainingImportError) else {})
    code = getattr(error, "code", "")
    if code not in templates:
        return str(error)
    params = dict(getattr(error, "params", {}))
    if "detail" in params:
        params["detail"] = _detail_text(error, params["detail"])
    try:
        return _tr(templates[code]).format_map(params)
    except (KeyError, ValueError, IndexError):  # a translation that lost a {field}: the English message
        return str(error)


def _detail_text(error: BaseException, detail: str) -> str:
    """The {detail} of a message: an OS reason or the error that caused this one, translated where known."""
    if detail in _OS_REASON_WORDS:
        return _tr(detail)
    cause = error.__cause__
    if isinstance(cause, (LoadError, AnnotationFileError)) and str(cause) == detail:
        return error_text(cause)
    return detail


def read_only_text(annotations: AnnotationSet) -> str:
    """Why an annotation set is read-only, in the window's language."""
    if annotations.load_error is not None:
        return error_text(annotations.load_error)
    return annotations.read_only_reason or ""


def notice_text(warning: str) -> str:
    """A warning from core (a ``Notice``, or any sentence) in the window's language where it has a code."""
    if not isinstance(warning, Notice) or warning.code not in WARNING_TEMPLATES:
        return str(warning)
    params = dict(warning.params)
    if "detail" in params and warning.cause is not None:
        params["detail"] = error_text(warning.cause)
    try:
        return _tr(WARNING_TEMPLATES[warning.code]).format_map(params)
    except (KeyError, ValueError, IndexError):
        return str(warning)


# core.team.agreement: why a κ cannot be computed
KAPPA_REASON_TEMPLATES = {
    team_agreement.REASON_NO_PAIR_SENTENCE: QT_TRANSLATE_NOOP("CoreMessages", "no sentence was labelled by both"),
    team_agreement.REASON_NO_COMMON_SENTENCE: QT_TRANSLATE_NOOP(
        "CoreMessages", "no sentence was labelled by all of them"),
    team_agreement.REASON_ONE_ANNOTATOR: QT_TRANSLATE_NOOP("CoreMessages", "needs two or more annotators"),
    team_agreement.REASON_ONE_LABEL: QT_TRANSLATE_NOOP(
        "CoreMessages", "undefined: only one label was used ({label}), so agreement by chance is certain"),
}
_ONE_LABEL = re.compile(re.escape(team_agreement.REASON_ONE_LABEL).replace(re.escape("{label}"), "(?P<label>.+)"))


def kappa_reason_text(reason: str | None) -> str:
    """Why a κ cannot be computed, in the window's language ("" when it can)."""
    if not reason:
        return ""
    if reason in KAPPA_REASON_TEMPLATES:
        return _tr(KAPPA_REASON_TEMPLATES[reason])
    one_label = _ONE_LABEL.fullmatch(reason)
    if one_label is None:
        return reason
    return _tr(KAPPA_REASON_TEMPLATES[team_agreement.REASON_ONE_LABEL]).replace(
        "{label}", label_text(one_label.group("label")))
