"""The functools module (frozen into gilpy)."""
