"""The statistics module (frozen into gilpy)."""
