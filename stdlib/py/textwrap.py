"""The textwrap module (frozen into gilpy)."""
