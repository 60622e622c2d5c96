"""Runs every benchmark and prints each figure beside its reference, with the machine's core count.

python -m bench            the full figures recorded in bench/RESULTS.md (about 10 minutes)
python -m bench --quick    small versions of each, in seconds, no targets judged (CI runs this)
python -m bench backfill push   only some of them
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import backfill, firststart, guard, idle, push, understanding
from bench.common import Figure, cores, report

BENCHMARKS = {
    "understanding": understanding.run,
    "guard": guard.run,
    "backfill": backfill.run,
    "firststart": firststart.run,
    "push": push.run,
    "idle": idle.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small and fast (CI); figures are not judged")
    parser.add_argument("--idle-seconds", type=float, help="how long the idle benchmark watches (default 600)")
    parser.add_argument("names", nargs="*", choices=[*BENCHMARKS, []], help="which benchmarks (default all)")
    args = parser.parse_args(argv)
    names = args.names or list(BENCHMARKS)
    print(
        f"followup benchmarks on {cores()} cores ({platform.processor() or platform.machine()}), "
        f"Python {platform.python_version()}{', quick mode' if args.quick else ''}",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        for name in names:
            started = time.perf_counter()
            print(f"\n== {name}", flush=True)
            options = {"idle_seconds": args.idle_seconds} if name == "idle" and args.idle_seconds else {}
            figures: list[Figure] = BENCHMARKS[name](Path(tmp) / name, quick=args.quick, **options)
            if args.quick:
                for figure in figures:
                    figure.met = None
            report(figures)
            print(f"   ({name} took {time.perf_counter() - started:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
