"""The keyword module (frozen into gilpy)."""
