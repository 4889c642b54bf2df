# Helper module for path_modules.py (not a test).
PROBE = 1
