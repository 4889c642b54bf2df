"""The dataclasses module (frozen into gilpy)."""
