# Iterating over a file yields lines; enumerate and strip.
import os
path = os.path.join(os.environ["TMPDIR"], "lines.txt")
with open(path, "w") as f:
    for i in range(5):
        print(f"row {i}", file=f)
with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line), line.rstrip("\n").upper())
with open(path) as f:
    print([l.strip() for l in f if "3" not in l])
with open(path) as f:
    print(next(f), end="")
    print(sum(1 for _ in f))
with open(path) as f:
    lines = list(f)
print(len(lines), lines[-1])
