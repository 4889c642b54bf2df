"""The contextlib module (frozen into gilpy)."""
