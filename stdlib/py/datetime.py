"""The datetime module (frozen into gilpy)."""
