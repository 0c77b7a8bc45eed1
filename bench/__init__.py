"""Benchmarks: a deterministic corpus generator (`bench.generate`) and the harness (`bench.run`)."""
