# Helper: half of an import cycle (not a test).
import mod_cycle_a
B_NAME = "b"
def from_a():
    return mod_cycle_a.A_NAME
