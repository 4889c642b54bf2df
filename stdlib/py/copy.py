"""The copy module (frozen into gilpy)."""
