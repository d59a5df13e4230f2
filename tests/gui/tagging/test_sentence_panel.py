"""The sentence panel shows the current sentence as it reads."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import corpus_file
from tests.gui.helpers import open_and_wait


def test_a_sentence_wrapped_in_the_file_reads_whole_in_the_panel(qtbot, make_window, tmp_path: Path) -> None:
    source = tmp_path / "2017.txt"
    shutil.copy(corpus_file("national/2017.txt"), source)  # a wiki copy: links broke its lines
    window = make_window()
    open_and_wait(qtbot, window, [source])
    entry = window.current_entry
    wrapped = next(index for index, sentence in enumerate(entry.report.sentences) if "\n" in sentence.text)
    window.tagging.go_to(wrapped)
    shown = window.sentence_panel.text_label.text()
    assert "\n" not in shown and shown == entry.report.sentences[wrapped].clean_text
