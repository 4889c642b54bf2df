# Circular imports work when names are used only after both modules loaded.
import mod_cycle_a
import mod_cycle_b
print(mod_cycle_a.from_b(), mod_cycle_b.from_a())
print(mod_cycle_a.mod_cycle_b is mod_cycle_b)
