# struct: packing, unpacking, sizes and alignment, the Struct class
import struct

print(struct.calcsize('@bhiq'), struct.calcsize('bq0q'), struct.calcsize('<bhiq'))
print(struct.calcsize('@e?P'), struct.calcsize('@3xi'), struct.calcsize('ci'), struct.calcsize('ic'))
print(struct.calcsize('>5s2p'), struct.calcsize(b'<lL'), struct.calcsize('@lL'), struct.calcsize(''))
print(struct.pack('@bi', 1, 2), struct.pack('@ci', b'a', 2), struct.pack('@i0q', 1))
print(struct.pack(' i  h ', 1, 2), struct.pack('2x'), struct.pack('=i', 1), struct.pack('!i', 1))
print(struct.pack('!q', -2), struct.pack('<Q', 2**64 - 1), struct.pack('>h', -2))
print(struct.pack('<hHiIqQ', -1, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -1, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1)))
print(struct.unpack('>hHiIqQ', struct.pack('>hHiIqQ', -1, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1)))
print(struct.pack('@nNP', -3, 3, 4), struct.unpack('@nNP', struct.pack('@nNP', -3, 3, 4)))
print(struct.pack('<e', 1.5), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'))
print(struct.pack('<e', 65504.0), struct.pack('>e', 0.1), struct.pack('<e', 1e-8), struct.pack('<e', -0.0))
print(struct.pack('<e', float('nan')), struct.pack('<e', float('inf')), struct.pack('<e', 6.1e-5))
print(struct.unpack('<3e', struct.pack('<3e', 0.1, 1/3, 2049.0)))
print(struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('f', 1e300))
print(struct.pack('>d', 0.1), struct.unpack('>d', struct.pack('>d', 0.1)), struct.pack('<d', 3))
print(struct.pack('<d', True), struct.pack('<i', True), struct.pack('?', 5), struct.pack('?', []))
print(struct.unpack('??', b'\x00\x05'), struct.unpack('c', b'z'))
print(struct.pack('4s', b'abcdefgh'), struct.pack('6s', b'ab'), struct.pack('s', b'xyz'))
print(struct.pack('p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('5p', bytearray(b'ab')))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('0s', b''))
print(struct.unpack('<2s3b', b'hi\x01\xff\x80'), struct.unpack('3i', bytes(range(12))))
print(struct.unpack(b'>I', bytearray(b'\x00\x00\x01\x00')))
print(struct.unpack_from('<h', b'\x01\x02\x03\x04', 2), struct.unpack_from('<h', b'\x01\x02\x03\x04', -2))
print(struct.unpack_from('<h', buffer=b'\x01\x02\x03\x04', offset=1))
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 1, -1)
struct.pack_into('>h', buf, -2, 258)
print(buf)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))

s = struct.Struct('<ih')
print(s.format, s.size, s.pack(7, 8), s.unpack(b'\x07\x00\x00\x00\x08\x00'))
print(s.unpack_from(b'xx\x07\x00\x00\x00\x08\x00', 2), list(s.iter_unpack(bytes(12))))
buf = bytearray(6)
s.pack_into(buf, 0, -1, -1)
print(buf)
b = struct.Struct(b'>q')
print(b.format, b.size, b.pack(1))


class Idx:
    def __index__(self):
        return 42


print(struct.pack('<i', Idx()))
