# struct: CPython's error messages for bad values, bad formats and bad buffers
import struct


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P']:
    for pre in ['@', '<', '>', '!', '=']:
        for v in [-2**70, -5, 200, 40000, 70000, 2**40, 2**64, 1.5, '1', True]:
            try:
                struct.pack(pre + fmt, v)
                print(pre + fmt, v, 'ok')
            except Exception as e:
                print(pre + fmt, v, type(e).__name__, e)

for args in [('c', 1), ('c', b'ab'), ('e', 1e10), ('<f', 1e300), ('s', 'x'), ('p', 'x'),
             ('i', 1, 2), ('ii', 1), ('d', 'x'), ('z',), ('3',), ('i',), ('<e', 65520.0)]:
    attempt(struct.pack, *args)
attempt(struct.unpack, 'i', b'abc')
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack_from, 'i', b'abcdef', 4)
attempt(struct.unpack_from, 'i', b'abcdef', 7)
attempt(struct.unpack_from, 'i', b'abcdef', -8)
attempt(struct.pack_into, 'i', bytearray(6), 4, 1)
attempt(struct.pack_into, 'i', bytearray(6), 7, 1)
attempt(struct.pack_into, 'i', bytearray(6), -7, 1)
attempt(struct.pack_into, 'i', b'123456', 0, 1)
attempt(struct.pack_into, 'ii', bytearray(8), 0, 1)
attempt(struct.iter_unpack, 'i', b'12345')
attempt(struct.iter_unpack, '', b'12345')
attempt(struct.calcsize, 5)
attempt(struct.Struct, 5)
print(struct.error.__mro__)
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught', e.args)
