"""The report file types that can be opened, by file name suffix (lower case).

One list for the loader, the search of folders and the window's Open dialog.
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
