"""Regenerate the translation files: ``python -m gui.language.update``.

Runs ``pyside6-lupdate`` over every module of ``gui/`` (plus the strings of
``Translator`` calls, which lupdate cannot see by itself) into
``resources/translations/gwr_annotator_zh_CN.ts``, keeping the translations
already there, then ``pyside6-lrelease`` into the ``.qm`` file the app loads.
``gwr_annotator_en.ts`` holds only the English singular and plural of the
strings with a count (``%n``).
Open the ``.ts`` in Qt Linguist (``pyside6-linguist``) to translate new strings.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from gui.language.sources import GUI_ROOT, Message, gui_sources, messages_in

TRANSLATIONS = GUI_ROOT.parent / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
PLURALS_ONLY = ("en",)  # the source is English: its catalogue holds only the singular and plural of %n strings


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"gwr_annotator_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"gwr_annotator_{language}.qm"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def translator_stub(messages: Sequence[Message]) -> str:
    """The strings of ``Translator`` calls as ``translate(…)`` calls that lupdate reads."""
    lines = ["# Generated for lupdate: the strings of Translator(…) calls.", ""]
    for message in messages:
        disambiguation = _quoted(message.disambiguation) if message.disambiguation else "None"
        count = ", 1" if message.plural else ""
        lines.append(f"translate({_quoted(message.context)}, {_quoted(message.source)}, {disambiguation}{count})")
    return "\n".join(lines) + "\n"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; it comes with PySide6 (pip install PySide6-Essentials).")
    return found


def update(languages: Sequence[str] = LANGUAGES, release_only: bool = False) -> None:
    """Refresh each language's ``.ts`` from the sources (unless ``release_only``) and compile its ``.qm``."""
    sources = gui_sources()
    hidden = [message for path in sources for message in messages_in(path) if message.by_translator]
    with tempfile.TemporaryDirectory() as folder:
        stub = Path(folder) / "translator_calls.py"
        stub.write_text(translator_stub(hidden), encoding="utf-8")
        for language in languages:
            if not release_only:
                plurals = ["-pluralonly"] if language in PLURALS_ONLY else []
                subprocess.run([_tool("pyside6-lupdate"), *map(str, sources), str(stub), "-ts", str(ts_path(language)),
                                "-target-language", language, *plurals, "-no-obsolete", "-locations", "none"],
                               check=True)
            subprocess.run([_tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(qm_path(language))],
                           check=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gui.language.update", description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true", help="only compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    update(release_only=args.release_only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
