# String building: concatenation, join, f-strings, %-format, str methods, split.
import sys
import time


def main():
    t0 = time.perf_counter()
    checksum = 0
    for rnd in range(120):
        parts = []
        s = ""
        for i in range(4000):
            s += str(i % 10)
            parts.append(f"{i}:{i * 3:05d}")
        joined = ",".join(parts)
        fields = joined.split(",")
        line = " ".join("%s=%d" % (f[:2], len(f)) for f in fields[:2000])
        upper = line.upper().replace("=", "-")
        checksum = (checksum + len(s) + len(joined) + len(fields) + upper.count("-")) % 1000003
        checksum = (checksum + sum(ord(c) for c in s[:500])) % 1000003
    dt = time.perf_counter() - t0
    print(f"string_build checksum {checksum} last {upper[:40]}")
    sys.stderr.write(f"METRIC inner_s {dt:.4f}\n")


main()
