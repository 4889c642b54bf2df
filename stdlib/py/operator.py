"""The operator module (frozen into gilpy)."""
