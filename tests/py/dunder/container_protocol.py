# __getitem__, __setitem__, __delitem__, __contains__, __len__, __iter__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)
g = Grid()
g[1, 2] = "x"
print(g[1, 2], g[0, 0], (1, 2) in g, len(g))
g[1, 2] += "y"
del g[1, 2]
print(len(g), (1, 2) in g)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Sliceable:
    def __getitem__(self, k):
        return repr(k)
s = Sliceable()
print(s[1:2], s[::3], s[1, 2:3], s[...])
