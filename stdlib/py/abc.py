"""The abc module (frozen into gilpy)."""
