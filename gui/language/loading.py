"""Which language the window speaks, and loading its translations.

The choice is kept in the settings: follow the system (Chinese when the
system's language is any Chinese, else English), Chinese or English.  It takes
effect when the app starts: the app's ``.qm`` from ``resources/translations``
and Qt's own ``qtbase`` translation (standard buttons such as OK and Cancel)
are installed before the first window is built.  English, the language of the
source, has a ``.qm`` too: the singular and plural of the strings with a count.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from gui.shell.settings import LANGUAGE_SYSTEM, AppSettings

LANGUAGE_CHINESE = "zh_CN"
LANGUAGE_ENGLISH = "en"
LANGUAGE_CHOICES = (LANGUAGE_SYSTEM, LANGUAGE_CHINESE, LANGUAGE_ENGLISH)
APP_CATALOGUE = "gwr_annotator"

_installed: list[QTranslator] = []
_language = [LANGUAGE_ENGLISH]  # the language installed now


def system_language(locale: QLocale | None = None) -> str:
    """Chinese when the system's first user-interface language (or its locale) is Chinese, else English."""
    locale = locale if locale is not None else QLocale.system()
    languages = [name for name in locale.uiLanguages() if name] or [locale.name()]
    first = languages[0].replace("-", "_").lower()
    return LANGUAGE_CHINESE if first.startswith("zh") else LANGUAGE_ENGLISH


def resolved_language(choice: str, locale: QLocale | None = None) -> str:
    """The language a choice of the settings means on this system."""
    if choice in (LANGUAGE_CHINESE, LANGUAGE_ENGLISH):
        return choice
    return system_language(locale)


def app_translation_file(language: str) -> str | None:
    """The bundled ``.qm`` of ``language``, or None when there is none."""
    from resources import resource_path

    path = resource_path("translations", f"{APP_CATALOGUE}_{language}.qm")
    return str(path) if path.is_file() else None


def install_translations(app: QCoreApplication, choice: str = LANGUAGE_SYSTEM,
                         locale: QLocale | None = None) -> str:
    """Install the translations of the chosen language (replacing any installed before); returns the language."""
    remove_translations(app)
    language = resolved_language(choice, locale)
    _language[0] = language
    qt_translator = QTranslator(app)
    if language != LANGUAGE_ENGLISH and qt_translator.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    app_file = app_translation_file(language)
    app_translator = QTranslator(app)
    if app_file is not None and app_translator.load(app_file):
        app.installTranslator(app_translator)
        _installed.append(app_translator)
    return language


def apply_language_setting(app: QCoreApplication, settings: AppSettings) -> str:
    """At start-up: the language the settings choose (or the system's), with the app's name in it."""
    language = install_translations(app, settings.language)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "GWR Annotator"))
    return language


def remove_translations(app: QCoreApplication) -> None:
    """Back to the English the source is written in."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _language[0] = LANGUAGE_ENGLISH


def current_language() -> str:
    """The language the window speaks now ("zh_CN" or "en")."""
    return _language[0]
