# version_info, platform, maxsize, byteorder, implementation-independent facts.
import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi >= (3, 8), vi < (4,), type(vi.micro).__name__)
print(sys.platform, sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder)
print(type(sys.version).__name__, sys.version.startswith("3.11"), type(sys.executable).__name__)
print(sys.getrecursionlimit())
print(isinstance(sys.float_info.max, float), sys.float_info.max, sys.float_info.epsilon)
print(sys.maxunicode, type(sys.flags).__name__ != "", hasattr(sys, "stdin"))
