"""Benchmarks: one figure per module; each has `run() -> Figure` and prints one JSON line."""
