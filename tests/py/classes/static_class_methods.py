# staticmethod, classmethod and alternative constructors.
class Temp:
    unit = "C"
    count = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.count += 1
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_valid(deg):
        return deg > -273.15
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit
class Kelvin(Temp):
    unit = "K"
t = Temp.from_f(212)
print(t.deg, type(t).__name__, Temp.count)
k = Kelvin.from_f(32)
print(k.deg, type(k).__name__, Temp.count)
print(Temp.is_valid(-300), t.is_valid(0), Kelvin.describe(), t.describe())
sm = Temp.__dict__["is_valid"]
cm = Temp.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__, callable(Temp.is_valid))
class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
