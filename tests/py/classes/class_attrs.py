# Class attributes vs instance attributes, shadowing and mutation.
class Config:
    shared = []
    setting = "default"
a, b = Config(), Config()
a.shared.append(1)
print(b.shared, Config.shared)
a.setting = "custom"
print(a.setting, b.setting, Config.setting)
Config.setting = "changed"
print(a.setting, b.setting)
Config.new_attr = 42
print(a.new_attr)
print(getattr(Config, "setting"), hasattr(a, "nope"), "setting" in vars(a), "setting" in vars(Config))
setattr(b, "dyn", 7)
print(b.dyn, sorted(vars(b)))
class WithSlots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
ws = WithSlots()
try:
    ws.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ws.y
except AttributeError as e:
    print(type(e).__name__, e)
print(ws.x, hasattr(ws, "__dict__"))
