"""How long a command takes to start: ``reminders --help`` and ``check-config``.

Each is run as a user runs it (the ``reminders`` script of this venv, a fresh process each
time) and compared with the named alternative measured in the same run: ``python -c pass``,
the interpreter starting and doing nothing, which no command can beat. ``check-config``
reads a copy of the shipped config.toml in a temporary folder (so it creates its SQLite
file there) and opens that database, as it does for an administrator. The target is under
0.5 s each on the 2-core development machine.

    python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 0.5


def timed(argv: list[str], runs: int) -> list[float]:
    """Wall-clock seconds of each of ``runs`` fresh processes (after one warm-up run)."""
    subprocess.run(argv, check=True, capture_output=True)
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        found.append(time.perf_counter() - start)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    script = str(Path(sys.executable).parent / "reminders")
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config.toml"
        shutil.copy(REPO / "config.toml", config)
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "reminders --help": [script, "--help"],
            "reminders check-config": [script, "check-config", "--config", str(config)],
        }
        results = {name: timed(argv, args.runs) for name, argv in cases.items()}
    baseline = statistics.median(results["python -c pass"])
    print(f"{args.runs} runs each, median (min-max) wall-clock seconds:")
    for name, times in results.items():
        median = statistics.median(times)
        verdict = "" if name == "python -c pass" else (
            f"  {median / baseline:4.1f}x python -c pass; "
            f"{'under' if median < TARGET_SECONDS else 'OVER'} the {TARGET_SECONDS} s target")
        print(f"  {name:<24} {median:.3f} ({min(times):.3f}-{max(times):.3f}){verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
