"""The string module (frozen into gilpy)."""
