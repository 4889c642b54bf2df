"""The fractions module (frozen into gilpy)."""
