"""Generates interp/builtins/str_unitab.rs: Unicode property ranges as Python 3.11's
unicodedata (Unicode 14.0) reports them. Run from the repository root:
python3 tests/py/str_lib/gen/gen_unicode.py > interp/builtins/str_unitab.rs"""
import unicodedata

def ranges(pred):
    out = []
    start = None
    for c in range(0x110000):
        ok = pred(chr(c))
        if ok and start is None:
            start = c
        if not ok and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out

def idstart(c):
    return c.isidentifier()

def idcont_only(c):
    return ("a" + c).isidentifier() and not c.isidentifier()

tables = [
    ("ALPHA", "`str.isalpha`: general categories Lu Ll Lt Lm Lo.", lambda c: c.isalpha()),
    ("DECIMAL", "`str.isdecimal`: category Nd.", lambda c: c.isdecimal()),
    ("DIGIT", "`str.isdigit`: Numeric_Type Digit or Decimal.", lambda c: c.isdigit()),
    ("NUMERIC", "`str.isnumeric`: any Numeric_Type.", lambda c: c.isnumeric()),
    ("PRINTABLE", "`str.isprintable`: not Cc Cf Cs Co Cn Zl Zp Zs, except space.", lambda c: c.isprintable()),
    ("ID_START", "First character of an identifier (XID_Start plus `_`).", idstart),
    ("ID_CONTINUE_ONLY", "Later identifier characters that cannot start one.", idcont_only),
]

print("//! Unicode property tables (generated from Unicode 14.0, the version Python 3.11")
print("//! uses): sorted, disjoint inclusive code point ranges, searched by `in_table`.")
print("//! Regenerate with `python3 tests/py/str_lib/gen/gen_unicode.py > interp/builtins/str_unitab.rs`;")
print("//! do not edit by hand (the module is declared `#[rustfmt::skip]`).")
print()
for name, doc, pred in tables:
    rs = ranges(pred)
    print(f"/// {doc}")
    print(f"pub static {name}: &[(u32, u32)] = &[")
    line = "   "
    for a, b in rs:
        item = f" ({a:#x}, {b:#x}),"
        if len(line) + len(item) > 99:
            print(line)
            line = "   "
        line += item
    if line.strip():
        print(line)
    print("];")
    print()

def special(name, doc, f):
    items = []
    for c in range(0x110000):
        ch = chr(c)
        r = f(ch)
        if r is not None:
            items.append((c, r))
    print(f"/// {doc}")
    print(f"pub static {name}: &[(u32, &str)] = &[")
    line = "   "
    for c, r in items:
        esc = "".join(f"\\u{{{ord(x):x}}}" for x in r)
        item = f' ({c:#x}, "{esc}"),'
        if len(line) + len(item) > 99:
            print(line)
            line = "   "
        line += item
    if line.strip():
        print(line)
    print("];")
    print()

special("CASEFOLD", "Characters whose `casefold()` differs from `lower()`.",
        lambda ch: ch.casefold() if ch.casefold() != ch.lower() else None)
special("TITLE", "Characters whose title-case mapping differs from `upper()`.",
        lambda ch: ch.title() if ch.title() != ch.upper() else None)
lt = [c for c in range(0x110000) if unicodedata.category(chr(c)) == "Lt"]
print("/// Title-case letters (category Lt).")
print("pub static TITLECASE: &[u32] = &[")
line = "   "
for c in lt:
    item = f" {c:#x},"
    if len(line) + len(item) > 99:
        print(line)
        line = "   "
    line += item
print(line)
print("];")
