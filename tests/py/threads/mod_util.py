"""Helpers for the thread tests: make reprs and tracebacks independent of idents,
addresses, absolute paths and of threading's own frames (whose file and line
numbers differ between implementations)."""


def ident_repr(obj):
    """repr(obj) with its thread ident (if any) replaced by IDENT."""
    text = repr(obj)
    ident = getattr(obj, "ident", None)
    if ident is not None:
        text = text.replace(str(ident), "IDENT")
    return text


def no_addr(text):
    """Replace every ' at 0x...' address by ' at ADDR'."""
    out = []
    rest = text
    while True:
        i = rest.find(" at 0x")
        if i < 0:
            out.append(rest)
            return "".join(out)
        out.append(rest[:i] + " at ADDR")
        j = i + 6
        while j < len(rest) and rest[j] in "0123456789abcdefABCDEF":
            j += 1
        rest = rest[j:]


def tb_filter(text):
    """The traceback text without threading.py frames and PEP 657 marker lines,
    file names reduced to their base name."""
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith("  File "):
            start = line.index('"') + 1
            end = line.index('"', start)
            path = line[start:end]
            skipping = "threading" in path
            if skipping:
                continue
            line = line[:start] + path.rsplit("/", 1)[-1] + line[end:]
        elif line.startswith("    "):
            if skipping:
                continue
            stripped = line.strip()
            if stripped and set(stripped) <= set("^~"):
                continue
        else:
            skipping = False
        out.append(line)
    return "\n".join(out)
