# Interference between CPU-bound threads, measured in CPU time rather than wall time:
# each kind of work runs alone, then on two threads at once, and the ratio is the CPU
# time per unit of work on two threads over one thread (1.0 = the threads do not slow
# each other down: no shared cache lines bouncing). Steadier than wall-time speedups on
# a VM whose second core comes and goes. Two kinds of work: a loop over local ints
# (shares nothing) and recursive calls of a global function (shares the function, its
# code and the module globals).
# stdout: a deterministic line; stderr: METRIC lines.
import sys
import threading
import time


def loop(n):
    x = 0
    for i in range(n):
        x = (x * 31 + i) % 1000003
    return x


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def cpu_time(work, arg, nthreads):
    threads = [threading.Thread(target=work, args=(arg,)) for _ in range(nthreads)]
    c0 = time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.process_time() - c0


def median(xs):
    return sorted(xs)[len(xs) // 2]


for name, work, arg in (("loop", loop, 1_500_000), ("calls", fib, 26)):
    ratios = []
    for _ in range(3):
        one = cpu_time(work, arg, 1)
        two = cpu_time(work, arg, 2)
        ratios.append(two / 2 / one)
    sys.stderr.write(f"METRIC {name}_cpu_per_unit_2_over_1 {median(ratios):.3f}\n")
print("cpu_per_unit done")
