"""The types module (frozen into gilpy)."""
