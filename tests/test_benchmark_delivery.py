"""The delivery benchmark, run small: it keeps working as the code under it changes.

The figures themselves are the benchmark's business (``benchmarks/delivery.py``); here a
real SMTP sink, a real ``reminders send`` and the plan + render process run at 20
recipients, and the report must name every figure the issue asks for.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "delivery.py"


def test_the_delivery_benchmark_reports_every_figure_at_a_small_size():
    out = subprocess.run([sys.executable, str(BENCHMARK), "--recipients", "20", "--actions",
                          "300", "--rounds", "2"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    report = out.stdout
    assert re.search(r"plan \+ render, 300 actions, 20 recipients: [\d.]+ s", report)
    assert re.search(r"peak \d+ MB", report) and "after the run and release_memory" in report
    rounds = re.findall(r"send round \d, 20 recipients, .* ratio ([\d.]+)", report)
    assert len(rounds) == 2
    median = re.search(r"send ratio, median of 2 rounds: ([\d.]+)", report)
    assert median is not None and float(median.group(1)) > 0
