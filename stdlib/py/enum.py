"""The enum module (frozen into gilpy)."""
