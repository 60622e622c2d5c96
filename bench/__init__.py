"""Benchmarks: `python -m bench` (or `bench/run.py`) measures every figure and prints it; see RESULTS.md."""
