"""How long a command takes to start: ``reminders --help`` and ``check-config``.

Each is run as a user runs it (the ``reminders`` script of this venv, a fresh process each
time) and compared with the named alternative measured in the same run: ``python -c pass``,
the interpreter starting and doing nothing, which no command can beat. ``check-config``
reads a copy of the shipped config.toml in a temporary folder (so it creates its SQLite
file there) and opens that database, as it does for an administrator. The target is under
0.5 s each on the 2-core development machine. Wall-clock time is what a person waits; CPU
time (user + system, of the child process) is printed beside it because it hardly changes
when other work shares the machine, which wall-clock time does.

    python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 0.5


def timed(argv: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each of ``runs`` fresh processes (after a warm-up)."""
    subprocess.run(argv, check=True, capture_output=True)
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


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
    base_wall, base_cpu = (statistics.median(t) for t in results["python -c pass"])
    print(f"{args.runs} runs each; medians in seconds, wall-clock (min-max) and CPU:")
    for name, (wall, cpu) in results.items():
        median, cpu_median = statistics.median(wall), statistics.median(cpu)
        verdict = "" if name == "python -c pass" else (
            f"  {median / base_wall:4.1f}x python -c pass (CPU {cpu_median / base_cpu:4.1f}x); "
            f"{'under' if median < TARGET_SECONDS else 'OVER'} the {TARGET_SECONDS} s target")
        print(f"  {name:<24} {median:.3f} ({min(wall):.3f}-{max(wall):.3f})  CPU "
              f"{cpu_median:.3f}{verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
