"""The warnings module (frozen into gilpy)."""
