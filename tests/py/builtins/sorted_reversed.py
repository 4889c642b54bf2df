# sorted() with key/reverse, stability, reversed() and list.sort.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([3, 1, 2]), sorted("hello"), sorted({3: "a", 1: "b"}), sorted([], reverse=True))
print(sorted(["Banana", "apple", "cherry"], key=str.lower), sorted([-3, 2, -1], key=abs))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
lst = [5, 2, 9, 1]
print(lst.sort(), lst)
lst.sort(reverse=True)
print(lst, list(reversed(lst)), list(reversed("abc")), list(reversed((1, 2))))
print(sorted([1.5, 1, True, 0.5]), sorted([[2, 1], [1, 2], [1]]))
class R:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(R())))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
