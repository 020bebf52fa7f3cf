"""What machine a benchmark ran on, with a speed reading to compare machines by.

The project's boxes are shared 2-vCPU VMs whose speed differs by a factor of two from one
session to the next (Intel one day, a busier AMD host the next). A goal in seconds means little
without knowing how fast the core was, so every benchmark prints `describe()`: architecture,
cores, Python, load, and the time of a fixed pure-Python loop (`reference_seconds`). Divide a
result by that time and compare the quotient across runs; a recent desktop core does the
loop in roughly 1.0–1.3 s on CPython 3.11.
"""

from __future__ import annotations

import os
import platform
import time

REFERENCE_LOOP = 10**8


def reference_seconds(repeat: int = 1) -> float:
    """Best CPU time of `sum(range(10**8))` out of `repeat` runs: interpreter speed of one core
    (about 2 s a run; one run is enough to tell a machine of half the speed)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        sum(range(REFERENCE_LOOP))
        best = min(best, time.process_time() - start)
    return best


def describe() -> str:
    return (
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load {_load()}, "
        f"reference loop sum(range(10**8)) {reference_seconds():.2f} s"
    )


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "n/a"


if __name__ == "__main__":
    print(describe())
