"""Speed measurements, run as `python -m benchmarks`; each prints one JSON line."""
