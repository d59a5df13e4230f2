"""The report file types that can be opened, by file name suffix (lower case).

One list for the loader and the search of folders.  The window's Open dialog
(gui.shell.dialogs) and the messages about file types name the same suffixes
in translatable sentences: keep them alike when a type is added.
"""

from __future__ import annotations

PLAIN_TEXT = (".txt",)
WORD = (".docx",)
WEB_PAGE = (".html", ".htm")
PDF = (".pdf",)
SUPPORTED_SUFFIXES = PLAIN_TEXT + WORD + WEB_PAGE + PDF
# The end of the names of the Word briefs ``summary`` writes (core.summary.batch):
# briefs are no reports, so the search of a folder leaves them out.
BRIEF_SUFFIX = "-简报.docx"
