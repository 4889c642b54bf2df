# Differential checks: many generated strings through search/split/replace/strip/case methods.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
ALPHA = ["a", "b", "ab", " ", "\t", "é", "☃", "\n", "\r\n", "A", "ß", "1", ","]
def word():
    return "".join([ALPHA[rnd(len(ALPHA))] for _ in range(rnd(12))])
acc = []
for i in range(400):
    s = word()
    sub = word()[:3]
    a, b = rnd(16) - 8, rnd(16) - 4
    r = [s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, a), s.rfind(sub, a, b), s.count(sub, a, b),
         s.startswith(sub, a), s.endswith(sub, a, b), s.split(), s.rsplit(None, rnd(3)), s.strip(), s.lstrip(sub),
         s.rstrip(sub), s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold(), s.capitalize(), s.splitlines(),
         s.splitlines(True), s.expandtabs(rnd(6)), s.replace(sub, "<>", rnd(4) - 1), s.partition(sub or "x"),
         s.rpartition(sub or "x"), s.center(rnd(20), "*"), s.zfill(rnd(15)), s.isspace(), s.istitle(), s.isalnum()]
    if sub:
        r.append(s.split(sub))
        r.append(s.rsplit(sub, rnd(3)))
        r.append(s.split(sub, rnd(3)))
    b = s.encode()
    r += [b.find(sub.encode(), a), b.split(), b.strip(), b.upper(), b.title(), b.splitlines(), b.decode("utf-8", "replace")]
    acc.append(repr(r))
    if i < 5:
        print(acc[-1])
h = 0
for line in acc:
    for ch in line.encode():
        h = (h * 31 + ch) % 1000000007
print(len(acc), h)
