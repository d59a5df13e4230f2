"""UI state kept between runs (QSettings): window layouts, recent files, a few toggles.

Every setting is read and written here.  Labels never go here; they live in
the annotation files.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from core.suggest.calibration import ACCEPT_THRESHOLD
from gui.shell import style

ORGANIZATION = "gwr-annotator"
APPLICATION = "gwr-annotator"
MAX_RECENT = 10
DEFAULT_ACCEPT_THRESHOLD = ACCEPT_THRESHOLD  # calibrated: at 0.9 nine suggestions in ten or more are right

_ANNOTATOR = "annotator"
_RECENT = "recentFiles"
_AUTO_ADVANCE = "tagging/autoAdvance"
_SHOW_NOISE = "view/showNoise"
_POINT_SIZE = "view/pointSize"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTER = "window/splitter"
_LAST_FOLDER = "lastFolder"
_ACCEPT_THRESHOLD = "suggestions/acceptThreshold"
_SHOW_SUGGESTIONS = "suggestions/show"
_COMPARE_GEOMETRY = "compare/geometry"
_COMPARE_STATE = "compare/state"
_SCORECARD_SHOWN = "compare/scorecardShown"  # which verdicts the scorecard shows (scorecard.table_model.SHOWS)
_LANGUAGE = "view/language"
LANGUAGE_SYSTEM = "system"  # follow the system; or "zh_CN", "en" (gui.language.loading)
_LABEL_FOLDERS = "team/labelFolders"
_SESSION_FILES = "session/openFiles"
_SESSION_REPORT = "session/shownReport"
_SESSION_FOLDERS = "session/openFolders"
_RESUME = "session/places"  # [[report key (its text's hash), id of the sentence the reader was on], …], newest last
MAX_RESUME = 300  # places remembered; the oldest are forgotten


class AppSettings:
    """Typed access to the app's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def _bool(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    # the annotator

    @property
    def annotator(self) -> str:
        return str(self._settings.value(_ANNOTATOR, "") or "")

    @annotator.setter
    def annotator(self, name: str) -> None:
        self._settings.setValue(_ANNOTATOR, name)

    # recent files

    def recent_files(self) -> list[Path]:
        value = self._settings.value(_RECENT, [])
        items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        return [Path(str(item)) for item in items if item]

    def add_recent_files(self, paths: list[Path]) -> None:
        recent = [str(Path(path).resolve()) for path in paths]
        for old in self.recent_files():
            if str(old) not in recent:
                recent.append(str(old))
        self._settings.setValue(_RECENT, recent[:MAX_RECENT])

    def remove_recent_file(self, path: Path) -> None:
        """Forget a file that could not be opened."""
        gone = str(Path(path).resolve())
        self._settings.setValue(_RECENT, [str(old) for old in self.recent_files() if str(old) != gone])

    def clear_recent_files(self) -> None:
        self._settings.setValue(_RECENT, [])

    # folders of other annotators' labels (Team › Add a folder of others' labels…)

    def label_folders(self) -> list[Path]:
        value = self._settings.value(_LABEL_FOLDERS, [])
        items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        return [Path(str(item)) for item in items if item]

    def set_label_folders(self, folders: list[Path]) -> None:
        self._settings.setValue(_LABEL_FOLDERS, [str(folder) for folder in folders])

    @property
    def last_folder(self) -> str:
        return str(self._settings.value(_LAST_FOLDER, "") or "")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._settings.setValue(_LAST_FOLDER, folder)

    # toggles

    @property
    def auto_advance(self) -> bool:
        return self._bool(_AUTO_ADVANCE, True)

    @auto_advance.setter
    def auto_advance(self, value: bool) -> None:
        self._settings.setValue(_AUTO_ADVANCE, bool(value))

    @property
    def show_noise(self) -> bool:
        return self._bool(_SHOW_NOISE, True)

    @show_noise.setter
    def show_noise(self, value: bool) -> None:
        self._settings.setValue(_SHOW_NOISE, bool(value))

    @property
    def point_size(self) -> float:
        try:
            size = float(str(self._settings.value(_POINT_SIZE, style.DEFAULT_POINT_SIZE)))
        except (TypeError, ValueError):
            size = style.DEFAULT_POINT_SIZE
        return min(max(size, style.MIN_POINT_SIZE), style.MAX_POINT_SIZE)

    @point_size.setter
    def point_size(self, size: float) -> None:
        self._settings.setValue(_POINT_SIZE, float(size))

    @property
    def language(self) -> str:
        """The window's language: "system", "zh_CN" or "en"; applied at the next start."""
        return str(self._settings.value(_LANGUAGE, LANGUAGE_SYSTEM) or LANGUAGE_SYSTEM)

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue(_LANGUAGE, value)

    # suggestions

    @property
    def accept_threshold(self) -> float:
        """The confidence a suggestion needs to be accepted with its section."""
        try:
            value = float(str(self._settings.value(_ACCEPT_THRESHOLD, DEFAULT_ACCEPT_THRESHOLD)))
        except (TypeError, ValueError):
            value = DEFAULT_ACCEPT_THRESHOLD
        return min(max(value, 0.0), 1.0)

    @accept_threshold.setter
    def accept_threshold(self, value: float) -> None:
        self._settings.setValue(_ACCEPT_THRESHOLD, float(value))

    @property
    def show_suggestions(self) -> bool:
        return self._bool(_SHOW_SUGGESTIONS, True)

    @show_suggestions.setter
    def show_suggestions(self, value: bool) -> None:
        self._settings.setValue(_SHOW_SUGGESTIONS, bool(value))

    @property
    def scorecard_shown(self) -> str:
        """Which rows the compare window's scorecard shows, as the reader last chose (a name of its Show box)."""
        return str(self._settings.value(_SCORECARD_SHOWN, "") or "")

    @scorecard_shown.setter
    def scorecard_shown(self, shown: str) -> None:
        self._settings.setValue(_SCORECARD_SHOWN, shown)

    # the window layout

    def geometry(self) -> QByteArray | None:
        value = self._settings.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value(_STATE)
        return value if isinstance(value, QByteArray) else None

    def splitter(self) -> QByteArray | None:
        value = self._settings.value(_SPLITTER)
        return value if isinstance(value, QByteArray) else None

    def save_layout(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray | None = None) -> None:
        self._settings.setValue(_GEOMETRY, geometry)
        self._settings.setValue(_STATE, state)
        if splitter is not None:
            self._settings.setValue(_SPLITTER, splitter)

    def compare_layout(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The compare window's geometry and state."""
        geometry, state = self._settings.value(_COMPARE_GEOMETRY), self._settings.value(_COMPARE_STATE)
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_compare_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue(_COMPARE_GEOMETRY, geometry)
        self._settings.setValue(_COMPARE_STATE, state)

    # where the reader was

    def resume_sentence(self, report_id: str) -> str | None:
        """The id of the sentence the reader was on in a report (``gui.shell.session.report_key``)."""
        return self._resume_places().get(report_id)

    def set_resume_sentences(self, places: dict[str, str]) -> None:
        """Remember the sentence of each report (report key -> sentence id); the oldest places are forgotten."""
        kept = {report: sentence for report, sentence in self._resume_places().items() if report not in places}
        kept.update(places)
        newest = list(kept.items())[-MAX_RESUME:]
        self._settings.setValue(_RESUME, json.dumps(newest, ensure_ascii=False))

    def _resume_places(self) -> dict[str, str]:
        try:
            pairs = json.loads(str(self._settings.value(_RESUME, "[]") or "[]"))
        except ValueError:
            return {}
        if not isinstance(pairs, list):
            return {}
        return {str(pair[0]): str(pair[1]) for pair in pairs if isinstance(pair, list) and len(pair) == 2}

    def session(self) -> tuple[list[Path], str | None]:
        """The files open when the app was last closed, and the key of the report shown."""
        value = self._settings.value(_SESSION_FILES, [])
        items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        shown = self._settings.value(_SESSION_REPORT)
        return [Path(str(item)) for item in items if item], str(shown) if shown else None

    def save_session(self, files: list[Path], shown_report: str | None) -> None:
        self._settings.setValue(_SESSION_FILES, [str(path) for path in files])
        self._settings.setValue(_SESSION_REPORT, shown_report or "")

    def session_folders(self) -> list[Path]:
        """The folders whose reports were listed when the app was last closed."""
        value = self._settings.value(_SESSION_FOLDERS, [])
        items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        return [Path(str(item)) for item in items if item]

    def save_session_folders(self, folders: list[Path]) -> None:
        self._settings.setValue(_SESSION_FOLDERS, [str(path) for path in folders])

    def sync(self) -> None:
        self._settings.sync()
