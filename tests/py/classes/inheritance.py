# Single inheritance, overriding, super() and isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (puppy, age %d)" % self.age
d = Dog("Rex")
p = Puppy("Bit", 1)
print(d.speak(), "|", d.kind())
print(p.speak(), "|", p.kind())
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy), issubclass(Puppy, Animal))
print(issubclass(Dog, Dog), issubclass(bool, (str, int)), isinstance(3, (str, float)))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
class Base:
    def template(self):
        return "base:" + self.hook()
    def hook(self):
        return "base-hook"
class Derived(Base):
    def hook(self):
        return "derived-hook"
print(Derived().template())
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], "zz" in md)
