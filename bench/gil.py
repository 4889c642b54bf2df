#!/usr/bin/env python3
"""GIL and thread benchmarks: gilpy (with and without the GIL) beside CPython.

usage: python3 bench/gil.py [--runs N] [--filter REGEX] [--gilpy PATH] [--cpython PATH]
                            [--overhead]

Scripts: ../shared/bench/gil/*.py (threads_cpu, threads_io, convoy, switch_interval) and
bench/gil/*.py (start_join, two_threads, cpu_per_unit). Each prints a deterministic line on stdout and
"METRIC name value" lines on stderr. Every script runs --runs times under each interpreter,
round-robin, and the table shows each metric's median per interpreter; a run whose stdout
differs from CPython's (or from ../shared/bench/expected/gil_<name>.out) is flagged.

--overhead: also time ../shared/bench/cpu/*.py under gilpy and gilpy --no-gil, alternating,
and print the free-threaded single-thread overhead per benchmark and as a geometric mean.

CPython is its real executable with -S (a pyenv shim adds ~0.1 s per start).
"""
import argparse
import math
import os
import re
import statistics
import subprocess
import sys
import time

from run import real_cpython

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "bench"))


def scripts(pattern):
    found = []
    for folder, prefix in ((os.path.join(SHARED, "gil"), "gil_"), (os.path.join(HERE, "gil"), "ours_")):
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py"):
                bid = prefix + name[:-3]
                if re.search(pattern, bid):
                    found.append((bid, os.path.join(folder, name)))
    return found


def run(cmd, script, timeout=300):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd + [script], capture_output=True, timeout=timeout,
                           cwd=os.path.dirname(script))
    except subprocess.TimeoutExpired:
        return None, b"", "timeout", time.perf_counter() - t0
    metrics = {}
    for line in p.stderr.decode(errors="replace").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "METRIC":
            try:
                metrics[parts[1]] = float(parts[2])
            except ValueError:
                pass
    err = "" if p.returncode == 0 else f"exit {p.returncode}: {p.stderr.decode(errors='replace')[-300:]}"
    return metrics, p.stdout, err, time.perf_counter() - t0


def expected_out(bid):
    path = os.path.join(SHARED, "expected", bid + ".out")
    if os.path.exists(path):
        with open(path, "rb") as f:
            return f.read()
    return None


def gil_table(interps, runs, pattern):
    for bid, path in scripts(pattern):
        samples = {label: {} for label, _ in interps}
        outs = {}
        problems = []
        for r in range(runs):
            order = interps if r % 2 == 0 else interps[::-1]
            for label, cmd in order:
                metrics, out, err, _ = run(cmd, path)
                if metrics is None or err:
                    problems.append(f"{label}: {err or 'timeout'}")
                    continue
                outs.setdefault(label, out)
                for k, v in metrics.items():
                    samples[label].setdefault(k, []).append(v)
        want = expected_out(bid) or outs.get("cpython")
        for label, out in outs.items():
            if want is not None and out != want:
                problems.append(f"{label}: stdout differs from CPython's")
        names = []
        for label, _ in interps:
            for k in samples[label]:
                if k not in names:
                    names.append(k)
        print(f"\n{bid}")
        print("  " + f"{'metric':<24}" + "".join(f"{label:>16}" for label, _ in interps))
        for k in names:
            cells = []
            for label, _ in interps:
                xs = samples[label].get(k)
                cells.append(f"{statistics.median(xs):>16.3f}" if xs else f"{'-':>16}")
            print("  " + f"{k:<24}" + "".join(cells))
        for p in problems:
            print("  !! " + p)


def overhead(gilpy, runs):
    cpu = os.path.join(SHARED, "cpu")
    ratios = []
    print(f"\nsingle-thread cost of --no-gil ({runs} runs each, medians)")
    print(f"  {'benchmark':<22}{'GIL s':>10}{'no-GIL s':>10}{'ratio':>8}")
    for name in sorted(os.listdir(cpu)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(cpu, name)
        t = {"gil": [], "nogil": []}
        for r in range(runs):
            modes = [("gil", [gilpy]), ("nogil", [gilpy, "--no-gil"])]
            for label, cmd in (modes if r % 2 == 0 else modes[::-1]):
                _, _, err, dt = run(cmd, path)
                if not err:
                    t[label].append(dt)
        if t["gil"] and t["nogil"]:
            a, b = statistics.median(t["gil"]), statistics.median(t["nogil"])
            ratios.append(b / a)
            print(f"  {name[:-3]:<22}{a:>10.3f}{b:>10.3f}{b / a:>8.3f}")
    if ratios:
        g = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        print(f"  {'geometric mean':<42}{g:>8.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--filter", default="")
    ap.add_argument("--gilpy", default=os.path.join(REPO, "target", "release", "gilpy"))
    ap.add_argument("--cpython", default=None)
    ap.add_argument("--overhead", action="store_true")
    a = ap.parse_args()
    cpython = a.cpython or real_cpython()
    interps = [("cpython", [cpython, "-S"]), ("gilpy", [a.gilpy]),
               ("gilpy --no-gil", [a.gilpy, "--no-gil"])]
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    gil_table(interps, a.runs, a.filter)
    if a.overhead:
        overhead(a.gilpy, a.runs)


if __name__ == "__main__":
    main()
