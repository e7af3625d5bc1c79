"""Benchmark computations: pandas frames in, plain data out. No printing, no database."""
