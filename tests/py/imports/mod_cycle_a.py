# Helper: half of an import cycle (not a test).
import mod_cycle_b
A_NAME = "a"
def from_b():
    return mod_cycle_b.B_NAME
