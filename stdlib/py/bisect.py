"""The bisect module (frozen into gilpy)."""
