# bytearray is a mutable bytes sequence.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[0], ba[1:3], bytes(ba))
ba[1:3] = b"EYY"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.reverse()
print(ba, ba.find(b"Y"), ba.count(b"Y"), ba.upper(), ba.decode())
ba.remove(ord("Y"))
print(ba, ba.hex(), bytearray.fromhex("00ff"), bytearray(3), bytearray("é", "utf-8"))
ba2 = bytearray(b"ab")
ba2 += b"cd"
ba2 *= 2
print(ba2, ba2 == b"abcdabcd", b"abcdabcd" == ba2, type(ba2 + b"x").__name__)
ba2.clear()
print(ba2, bytearray(b"x") * 3, bytearray(b"abc").replace(b"b", b"B"))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
