# List and dict operations: append/pop, indexing, slicing, sort, comprehension, dict get/set.
import sys
import time


def main():
    t0 = time.perf_counter()
    result = []
    for rnd in range(10):
        lst = []
        for i in range(100000):
            lst.append((i * 7919 + rnd) % 100003)
        lst.sort()
        evens = [x for x in lst if x % 2 == 0]
        mid = lst[len(lst) // 4: len(lst) // 2]
        while len(mid) > 10:
            mid.pop()
        d = {}
        for x in lst[:50000]:
            d[x % 1000] = d.get(x % 1000, 0) + 1
        inv = {v: k for k, v in d.items()}
        stack = []
        for x in evens[:20000]:
            stack.append(x)
            if len(stack) > 50:
                stack.pop(0)
        result.append((len(evens), sum(mid), len(d), len(inv), sum(stack), lst[-1], lst[12345]))
    dt = time.perf_counter() - t0
    for r in result[-2:]:
        print(f"list_dict {r}")
    sys.stderr.write(f"METRIC inner_s {dt:.4f}\n")


main()
