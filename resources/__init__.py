"""Files shipped with the app (sample reports, style sheets), found through
``importlib.resources`` so they load wherever the package is installed."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource_path("samples", "weihai-2022.txt")``."""
    return Path(str(resources.files(__name__).joinpath(*parts)))


def sample_reports() -> list[Path]:
    """The bundled sample reports, in name order."""
    folder = resources.files(__name__).joinpath("samples")
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".txt"))
