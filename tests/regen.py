#!/usr/bin/env python3
"""Rewrite the expected files of the script corpus (tests/py) from CPython 3.11.

usage: python3 tests/regen.py [--check] [--jobs N] [FILTER ...]

  FILTER     only scripts whose path (relative to tests/py) contains one of
             these substrings
  --check    write nothing; report scripts whose expected files no longer
             match CPython (exit status 1 if any)
  --jobs N   parallel runs (default: number of CPUs)

Each script runs twice, under two different PYTHONHASHSEED values; a script
whose output differs between the two is reported as nondeterministic and its
files are left alone. Scripts listed in tests/DIFFERENCES.md have hand-edited
expected files and are never rewritten; scripts with a `# skip:` header are
not run.

The rules below (header options, argument splitting, stderr normalisation,
the .err format) are the same as in tests/harness/*.rs; change both together.
The CPython executable is $GILPY_CPYTHON, or the running interpreter if it
is 3.11, run with -S (no site import) and -B (no __pycache__ in the corpus).
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PYDIR = os.path.join(HERE, "py")
DEFAULT_TIMEOUT = 10.0
VALUE_KEYS = {"args", "argv", "stdin", "flags", "env", "timeout", "stderr", "skip"}
FLAG_KEYS = {"skip-check"}
HASH_SEEDS = ("1", "12345")


def discover():
    """Test scripts: tests/py/<area>/<name>.py, except helper modules mod_*.py."""
    found = []
    for area in sorted(os.listdir(PYDIR)):
        adir = os.path.join(PYDIR, area)
        if not os.path.isdir(adir):
            continue
        for name in sorted(os.listdir(adir)):
            if name.endswith(".py") and not name.startswith("mod_"):
                if os.path.isfile(os.path.join(adir, name)):
                    found.append(area + "/" + name)
    return found


def split_words(text):
    """Shell-like splitting: whitespace separates words; '...' is literal;
    "..." understands \\n \\t \\\\ \\" (other backslashes stay); a backslash
    outside quotes takes the next character literally."""
    words = []
    cur = []
    have = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            if have:
                words.append("".join(cur))
                cur = []
                have = False
            i += 1
        elif c == "'":
            end = text.find("'", i + 1)
            if end < 0:
                raise ValueError("unterminated ' in: " + text)
            cur.append(text[i + 1:end])
            have = True
            i = end + 1
        elif c == '"':
            i += 1
            while True:
                if i >= n:
                    raise ValueError('unterminated " in: ' + text)
                c = text[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\" and i + 1 < n:
                    nxt = text[i + 1]
                    cur.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"'}.get(nxt, "\\" + nxt))
                    i += 2
                else:
                    cur.append(c)
                    i += 1
            have = True
        elif c == "\\" and i + 1 < n:
            cur.append(text[i + 1])
            have = True
            i += 2
        else:
            cur.append(c)
            have = True
            i += 1
    if have:
        words.append("".join(cur))
    return words


def parse_header(path):
    """Options from the comment lines at the top of a script (see README)."""
    opts = {"env": []}
    with open(path, "rb") as f:
        raw = f.read()
    for line in raw.split(b"\n"):
        if not line.startswith(b"#"):
            break
        text = line.decode("utf-8", "replace").rstrip("\r")
        body = text[1:].strip()
        if body in FLAG_KEYS:
            opts[body] = True
            continue
        key, sep, value = body.partition(":")
        key = key.strip()
        if not sep or key not in VALUE_KEYS:
            continue
        value = value.strip()
        if key == "env":
            k, _, v = value.partition("=")
            opts["env"].append((k.strip(), v))
        elif key in ("args", "argv", "flags"):
            opts[key] = split_words(value)
        elif key == "timeout":
            opts[key] = float(value)
        elif key == "stderr":
            if value not in ("last", "full", "ignore"):
                raise ValueError(f"{path}: bad stderr mode {value!r}")
            opts[key] = value
        else:
            opts[key] = value
    return opts


def read_differences():
    """Paths listed in DIFFERENCES.md as "- `area/name.py`: reason"."""
    listed = set()
    path = os.path.join(HERE, "DIFFERENCES.md")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^- `([^`]+\.py)`", line)
                if m:
                    listed.add(m.group(1))
    return listed


def is_caret_line(line):
    s = line.strip()
    return bool(s) and set(s) <= {"^", "~"}


def normalise_stderr(text, script_dir):
    """Make stderr comparable across interpreters and checkouts:
    - "<script dir>/" is removed wherever it occurs (CPython prints absolute
      paths for the main script and for modules found beside it);
    - "/path/to/gilpy: " at the start of a line becomes "gilpy: " (the program name in
      usage and can't-open messages may be argv[0] or the bare name);
    - PEP 657 position lines (only ^ and ~) right after the source line of a
      traceback frame ("  File ..., line N, in NAME") are dropped: printing
      them is optional. SyntaxError carets (frame line without ", in ") stay.
    - line endings become \\n."""
    text = text.replace("\r\n", "\n")
    for d in {script_dir, os.path.realpath(script_dir)}:
        text = text.replace(d.rstrip("/") + "/", "")
    text = re.sub(r"(?m)^\S*/gilpy: ", "gilpy: ", text)
    frame = re.compile(r'^\s*File ".*", line \d+, in .*$')
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if frame.match(line) and i < len(lines) and lines[i].startswith("    ") \
                and not frame.match(lines[i]) and not is_caret_line(lines[i]):
            out.append(lines[i])
            i += 1
            if i < len(lines) and is_caret_line(lines[i]):
                i += 1
    return "\n".join(out)


def last_line(text):
    for line in reversed(text.split("\n")):
        if line.strip():
            return line
    return ""


def cpython_exe():
    exe = os.environ.get("GILPY_CPYTHON")
    if exe:
        return exe
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py: run me with CPython 3.11 or set GILPY_CPYTHON")
    return sys.executable


def child_env(opts, tmpdir, hash_seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["TMPDIR"] = tmpdir
    env["PYTHONIOENCODING"] = "utf-8"
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = hash_seed
    for k, v in opts["env"]:
        env[k] = v
    return env


def run_cpython(exe, rel, opts, hash_seed=None):
    """Run one script under CPython as the harness does; (rc, stdout, stderr)."""
    path = os.path.join(PYDIR, rel)
    sdir = os.path.dirname(path)
    if "argv" in opts:
        argv = opts["argv"]
    else:
        argv = [os.path.basename(path)] + opts.get("args", [])
    stdin = subprocess.DEVNULL
    if "stdin" in opts:
        stdin = open(os.path.join(sdir, opts["stdin"]), "rb")
    tmpdir = tempfile.mkdtemp(prefix="gilpy-regen-")
    try:
        p = subprocess.run([exe, "-S", "-B"] + argv, cwd=sdir, stdin=stdin,
                           capture_output=True, env=child_env(opts, tmpdir, hash_seed),
                           timeout=opts.get("timeout", DEFAULT_TIMEOUT))
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
        shutil.rmtree(tmpdir, ignore_errors=True)
    err = normalise_stderr(p.stderr.decode("utf-8", "replace"), sdir)
    return p.returncode, p.stdout, err


def expected_err_text(rc, err, opts):
    """The .err file content, or None when no .err file is needed."""
    mode = opts.get("stderr") or ("last" if rc != 0 and err.strip() else "full")
    if mode == "full" and rc == 0 and err == "":
        return None
    head = f"exit: {rc}\nstderr: {mode}\n"
    if mode == "last":
        return head + last_line(err) + "\n"
    if mode == "full":
        return head + err
    return head


def process(exe, rel, check, differences):
    """Returns (status, message); status in ok/changed/written/skipped/error."""
    path = os.path.join(PYDIR, rel)
    opts = parse_header(path)
    if "skip" in opts:
        return "skipped", "skip: " + opts["skip"]
    if rel in differences:
        return "skipped", "hand-edited (DIFFERENCES.md)"
    try:
        runs = [run_cpython(exe, rel, opts, seed) for seed in HASH_SEEDS]
    except subprocess.TimeoutExpired:
        return "error", "timed out under CPython"
    if runs[0] != runs[1]:
        return "error", "nondeterministic: output differs between hash seeds"
    rc, out, err = runs[0]
    err_text = expected_err_text(rc, err, opts)
    base = path[:-3]
    old_out = open(base + ".out", "rb").read() if os.path.exists(base + ".out") else None
    old_err = open(base + ".err", encoding="utf-8").read() if os.path.exists(base + ".err") else None
    if old_out == out and old_err == err_text:
        return "ok", ""
    if check:
        what = [w for w, same in (("stdout", old_out == out), ("stderr/exit", old_err == err_text)) if not same]
        return "changed", " and ".join(what) + " differ from CPython"
    with open(base + ".out", "wb") as f:
        f.write(out)
    if err_text is None:
        if os.path.exists(base + ".err"):
            os.remove(base + ".err")
    else:
        with open(base + ".err", "w", encoding="utf-8") as f:
            f.write(err_text)
    return "written", ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("filters", nargs="*")
    a = ap.parse_args()
    exe = cpython_exe()
    differences = read_differences()
    scripts = [s for s in discover() if not a.filters or any(f in s for f in a.filters)]
    counts = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        futs = {pool.submit(process, exe, rel, a.check, differences): rel for rel in scripts}
        results = {futs[f]: f.result() for f in concurrent.futures.as_completed(futs)}
    for rel in scripts:
        status, msg = results[rel]
        counts[status] = counts.get(status, 0) + 1
        if status in ("changed", "written", "error"):
            print(f"{status.upper():8} {rel}" + (f": {msg}" if msg else ""))
    print(", ".join(f"{v} {k}" for k, v in sorted(counts.items())))
    return 1 if counts.get("error") or counts.get("changed") else 0


if __name__ == "__main__":
    sys.exit(main())
