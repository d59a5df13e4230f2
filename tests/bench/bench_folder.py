"""Benchmark: opening a folder of 1,000 report files in the window, first time and with the cache warm.

Run:  python tests/bench/bench_folder.py [--files 1000]

Builds a folder of report files in a temporary folder by copying
``../shared/corpus`` (the compilation included) under changed names, ten
sub-folders of a hundred, so no two files share name and bytes and every one
must be parsed once.  Then, in a fresh process each time (offscreen Qt, the
real window: ``MainWindow.open_folder``), it measures

* to list: from asking the window to open the folder until every report is in
  the list;
* to first report: until the first report is open, its document shown and the
  window idle (the list shown, the first report readable, keys answered);
* longest stall: the longest the GUI thread went without serving its event
  loop while that happened (a frozen window would show seconds here);
* peak memory: the process's peak resident set size (RSS), Qt included, and
  its RSS before the folder was opened.

The first run starts with an empty parse cache; the second reads it.
Targets: the second opening under 2 s to an interactive window; under 400 MB.
Annotation files, settings and the cache go to the temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
TARGET_SECONDS = 2.0
TARGET_MB = 400


def build_folder(folder: Path, count: int) -> int:
    """Copy the corpus into ``folder`` under changed names until it holds ``count`` files; returns its size."""
    originals = sorted(CORPUS.rglob("*.txt"))
    size = 0
    for number in range(count):
        original = originals[number % len(originals)]
        target = folder / f"batch-{number // 100:02d}" / f"{original.stem}-copy{number:04d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(original, target)
        size += target.stat().st_size
    return size


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(folder: Path, scratch: Path) -> None:
    """Open ``folder`` in a window and print what it took as JSON."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["GWR_ANNOTATOR_CACHE_DIR"] = str(scratch / "cache")
    os.environ["GWR_ANNOTATOR_DATA_DIR"] = str(scratch / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    import gui  # noqa: F401  (applies the PySide6 work-around first)
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import AppSettings

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    QCoreApplication.setOrganizationName("gwr-annotator-bench")
    QCoreApplication.setApplicationName("gwr-annotator-bench")
    window = MainWindow("bench", AppSettings())
    window.show()
    app.processEvents()
    before = rss_mb()

    stall = {"worst": 0.0, "last": time.perf_counter()}

    def tick() -> None:
        now = time.perf_counter()
        stall["worst"] = max(stall["worst"], now - stall["last"])
        stall["last"] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()
    listed: dict[str, float] = {}
    window.folders.lister.finished.connect(lambda _listing: listed.setdefault("at", time.perf_counter()))
    loop = QEventLoop()  # waits without spinning, so the workers get the processor (and the GIL)
    marks: dict[str, float] = {}

    def check() -> None:
        readable = window.current_entry is not None and not window.loader.busy
        if readable and "first_report" not in marks:
            window.view.viewport().repaint()  # the first report painted
            marks["first_report"] = time.perf_counter()
        if readable and "at" in listed and not window.folders.lister.busy:
            loop.quit()
        if time.perf_counter() - start > 600:
            raise SystemExit("the folder did not open within 10 minutes")

    checker = QTimer()
    checker.setInterval(10)
    checker.timeout.connect(check)
    start = time.perf_counter()
    stall["last"] = start
    window.open_folder(folder, remember=False)
    checker.start()
    loop.exec()
    done = time.perf_counter()
    ticker.stop()
    checker.stop()
    first_report = marks["first_report"]
    rows = sum(1 for _row in window.report_model.rows())
    print(json.dumps({
        "listed": listed["at"] - start,
        "first_report": first_report - start,
        "interactive": done - start,
        "stall": stall["worst"],
        "rows": rows,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "before_mb": before,
    }))
    window.close()


def run_child(folder: Path, scratch: Path) -> dict[str, float]:
    output = subprocess.run([sys.executable, __file__, "--child", str(folder), str(scratch)], check=True,
                            capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000, help="report files in the folder (default 1000)")
    parser.add_argument("--child", nargs=2, metavar=("FOLDER", "SCRATCH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not available beside the project")
        return 0
    with tempfile.TemporaryDirectory(prefix="gwr-bench-folder-") as temporary:
        scratch = Path(temporary)
        folder = scratch / "reports"
        size = build_folder(folder, args.files)
        print(f"folder: {args.files} files, {size / 1e6:.1f} MB, copied from {CORPUS}")
        results = [("first opening (empty cache)", run_child(folder, scratch)),
                   ("second opening (cache warm)", run_child(folder, scratch))]
        cache_kb = sum(path.stat().st_size for path in (scratch / "cache").rglob("*") if path.is_file()) / 1e3
    print(f"reports listed: {int(results[-1][1]['rows'])}; parse cache: {cache_kb:.0f} KB")
    print()
    print(f"{'run':<30} {'to list':>9} {'to first report':>16} {'interactive':>12} {'longest stall':>14} "
          f"{'RSS before':>11} {'peak RSS':>9}")
    for name, result in results:
        print(f"{name:<30} {result['listed']:>8.2f}s {result['first_report']:>15.2f}s {result['interactive']:>11.2f}s "
              f"{result['stall'] * 1000:>12.0f}ms {result['before_mb']:>9.0f}MB {result['peak_mb']:>7.0f}MB")
    warm = results[1][1]
    peak = max(result["peak_mb"] for _name, result in results)
    print()
    print(f"second opening to an interactive window: {warm['interactive']:.2f} s (target < {TARGET_SECONDS:.0f} s) "
          f"{'OK' if warm['interactive'] < TARGET_SECONDS else 'MISSED'}; peak memory {peak:.0f} MB "
          f"(target < {TARGET_MB} MB) {'OK' if peak < TARGET_MB else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
