# Iteration, comparison and conversion between bytes, bytearray and lists of ints.
data = b"\x01\x02\xfe\xff"
print([x for x in data], sum(data), data[2], type(data[2]).__name__, data[2:3])
print(bytes(data) == data, bytearray(data) == data, data is bytes(data) or True)
print(int.from_bytes(data, "big"), int.from_bytes(data, "little"), (0x0102feff).to_bytes(4, "big") == data)
print(b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", bytes([97]) == b"a", sorted([b"b", b"a", b"ab"]))
print(dict.fromkeys([b"k"]), {b"k": 1}[b"k"], b"k" in {b"k"}, hash(b"k") == hash(bytes(b"k")))
