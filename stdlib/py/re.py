"""The re module (frozen into gilpy): Python-level API over the native _re engine."""
