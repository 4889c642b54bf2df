#!/usr/bin/env python3
"""Time benchmark scripts under gilpy and CPython and print medians and ratios.

usage: python3 bench/run.py [--filter REGEX] [--runs N] [--gilpy PATH]
                            [--extra-flags "FLAGS"] [--cpython PATH] [--timeout SECS]

Benchmarks: this folder's own scripts (ids bench_<name>) and the shared CPU reference set
../shared/bench/cpu/*.py relative to the repository root (ids cpu_<name>). Every benchmark
runs --runs times under each interpreter, alternating between them (and alternating which
goes first) so that noise on a shared machine hits both alike. Wall time is measured around
the whole process, as ../shared/bench/run_baseline.sh does.

Output checks: a shared benchmark's stdout must equal ../shared/bench/expected/cpu_<name>.out;
ours must print the same as CPython does. A run that fails or prints something else is
marked in the table and left out of the geometric mean.

CPython is its real executable (not a pyenv shim) with -S, as in run_baseline.sh: the shim
adds ~0.1 s per start and site's .pth imports add ~50 ms.
"""
import argparse
import math
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "bench"))


def real_cpython():
    out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def benchmarks():
    """(id, script path, expected stdout path or None) in a stable order."""
    found = []
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".py") and name not in ("run.py", "gil.py"):
            found.append(("bench_" + name[:-3], os.path.join(HERE, name), None))
    cpu = os.path.join(SHARED, "cpu")
    if os.path.isdir(cpu):
        for name in sorted(os.listdir(cpu)):
            if name.endswith(".py"):
                bid = "cpu_" + name[:-3]
                found.append((bid, os.path.join(cpu, name),
                              os.path.join(SHARED, "expected", bid + ".out")))
    else:
        print(f"note: {cpu} not found; only this folder's benchmarks run", file=sys.stderr)
    return found


def run_once(cmd, script, timeout):
    """(wall seconds, return code, stdout bytes, stderr text)."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd + [script], cwd=os.path.dirname(script),
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, "timeout", b"", ""
    return time.perf_counter() - t0, p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def fmt_s(x):
    return "-" if x is None else f"{x:.3f}"


def main():
    ap = argparse.ArgumentParser(description="Time benchmarks under gilpy and CPython.")
    ap.add_argument("--filter", default="", help="only benchmark ids matching this regex")
    ap.add_argument("--runs", type=int, default=5, help="runs per interpreter (default 5)")
    ap.add_argument("--gilpy", default=os.path.join(REPO, "target", "release", "gilpy"),
                    help="gilpy binary (default ./target/release/gilpy)")
    ap.add_argument("--extra-flags", default="", help='flags for gilpy, e.g. "--no-gil"')
    ap.add_argument("--cpython", default=None, help="CPython executable (default: python3's real one)")
    ap.add_argument("--timeout", type=float, default=120.0, help="per-run limit in seconds")
    argv = sys.argv[1:]
    # argparse takes "--no-gil" after --extra-flags for an option: glue the value on.
    for i in range(len(argv) - 1):
        if argv[i] == "--extra-flags":
            argv[i:i + 2] = ["--extra-flags=" + argv[i + 1]]
            break
    a = ap.parse_args(argv)

    gilpy = os.path.abspath(a.gilpy)
    if not os.path.exists(gilpy):
        sys.exit(f"run.py: gilpy binary {gilpy} not found (cargo build --release, or --gilpy PATH)")
    cpython = a.cpython or real_cpython()
    interps = {
        "gilpy": [gilpy] + a.extra_flags.split(),
        "cpython": [cpython, "-S"],
    }
    pattern = re.compile(a.filter) if a.filter else None
    benches = [b for b in benchmarks() if pattern is None or pattern.search(b[0])]
    if not benches:
        sys.exit("run.py: no benchmark matches the filter")
    print(f"gilpy:   {' '.join(interps['gilpy'])}", file=sys.stderr)
    print(f"cpython: {' '.join(interps['cpython'])}", file=sys.stderr)
    print(f"runs: {a.runs}, loadavg at start: {os.getloadavg()[0]:.2f}", file=sys.stderr)

    times = {(b[0], k): [] for b in benches for k in interps}
    problems = {b[0]: [] for b in benches}
    stdouts = {}
    for rnd in range(a.runs):
        for bid, script, expected in benches:
            order = ["gilpy", "cpython"] if rnd % 2 == 0 else ["cpython", "gilpy"]
            for who in order:
                wall, rc, out, err = run_once(interps[who], script, a.timeout)
                stdouts[(bid, who)] = out
                status = "ok"
                if rc != 0:
                    status = f"rc={rc}"
                    tail = err.strip().splitlines()[-1:] or [""]
                    problems[bid].append(f"{who} {status}: {tail[0][:120]}")
                elif expected and os.path.exists(expected):
                    with open(expected, "rb") as f:
                        if f.read() != out:
                            status = "wrong output"
                            problems[bid].append(f"{who} stdout differs from {os.path.basename(expected)}")
                if status == "ok":
                    times[(bid, who)].append(wall)
                print(f"round {rnd + 1} {bid:24} {who:8} {wall:7.3f}s {status}", file=sys.stderr)
    # Our own benchmarks have no expected file: gilpy must print what CPython printed.
    for bid, _, expected in benches:
        if expected is None and times[(bid, "gilpy")] and times[(bid, "cpython")]:
            if stdouts[(bid, "gilpy")] != stdouts[(bid, "cpython")]:
                problems[bid].append("gilpy stdout differs from CPython's")
                times[(bid, "gilpy")] = []

    rows = []
    ratios = []
    for bid, _, _ in benches:
        g = statistics.median(times[(bid, "gilpy")]) if times[(bid, "gilpy")] else None
        c = statistics.median(times[(bid, "cpython")]) if times[(bid, "cpython")] else None
        ratio = g / c if g is not None and c else None
        if ratio is not None:
            ratios.append(ratio)
        rows.append((bid, c, g, ratio))
    print()
    print(f"| {'benchmark':24} | {'cpython s':>9} | {'gilpy s':>9} | {'gilpy/cpython':>13} |")
    print(f"|{'-' * 26}|{'-' * 11}|{'-' * 11}|{'-' * 15}|")
    for bid, c, g, ratio in rows:
        r = "-" if ratio is None else f"{ratio:.2f}x"
        print(f"| {bid:24} | {fmt_s(c):>9} | {fmt_s(g):>9} | {r:>13} |")
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"\ngeometric mean gilpy/cpython: {geo:.2f}x over {len(ratios)} benchmarks")
    failed = {bid: p for bid, p in problems.items() if p}
    for bid, plist in failed.items():
        for p in sorted(set(plist)):
            print(f"PROBLEM {bid}: {p}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
