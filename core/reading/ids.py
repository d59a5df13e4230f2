"""Stable ids made from content, so they survive reloading and edits elsewhere."""

from __future__ import annotations

import hashlib
import re

_SPACES = re.compile(r"\s+")


def content_digest(text: str, length: int = 10) -> str:
    """A short hex digest of ``text`` with white space folded."""
    folded = _SPACES.sub("", text)
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()[:length]


class IdMaker:
    """Ids like ``s-1a2b3c4d5e``; a repeat of the same content gets ``-2``, ``-3``."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.seen: dict[str, int] = {}

    def make(self, content: str) -> str:
        base = f"{self.prefix}-{content_digest(content)}"
        count = self.seen.get(base, 0) + 1
        self.seen[base] = count
        return base if count == 1 else f"{base}-{count}"
