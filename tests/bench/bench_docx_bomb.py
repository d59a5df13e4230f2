"""Benchmark: peak memory of loading a .docx zip bomb.

Run:  python tests/bench/bench_docx_bomb.py

Writes a 1 MB .docx whose zip declares ``word/document.xml`` as 1,000 bytes
although it unpacks to 1 GiB, loads it in a fresh process and prints that
process's peak resident memory (resource.getrusage ru_maxrss) and the error
it gave, beside loading a plain small .docx.  Target: under about 300 MB.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.docx_bomb import PLAIN_TEXT, write_docx_bomb  # noqa: E402
from tests.docx_builder import write_report_docx  # noqa: E402

LOAD = """
import resource, sys
sys.path.insert(0, sys.argv[1])
from core.errors import LoadError
from core.reading.loader import read_source
try:
    outcome = f"read {len(read_source(sys.argv[2]).text)} characters"
except LoadError as error:
    outcome = f"LoadError {error.reason}: {error}"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
print(f"{peak / 1024:.0f}\\t{outcome}")
"""


def peak_of_loading(path: Path) -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-c", LOAD, str(ROOT), str(path)], capture_output=True, text=True,
                          check=True)
    peak, outcome = done.stdout.strip().split("\t", 1)
    return peak, outcome


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bomb = write_docx_bomb(Path(folder) / "bomb.docx", 1024**3)
        plain = write_report_docx(PLAIN_TEXT, Path(folder) / "plain.docx")
        print(f"{'file':<44} {'size':>10} {'peak MB':>8}  outcome")
        for name, path in (("plain .docx", plain), ("bomb: document.xml declared 1,000 B, real 1 GiB", bomb)):
            peak, outcome = peak_of_loading(path)
            print(f"{name:<44} {path.stat().st_size:>10} {peak:>8}  {outcome}")


if __name__ == "__main__":
    main()
