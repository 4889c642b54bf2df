"""The collections module (frozen into gilpy)."""
