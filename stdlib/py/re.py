"""The re module (frozen into gilpy): Python-level API over the native _re engine.

_re.compile translates the pattern and reports (prog, flags, groups, groupindex, parents);
_re.search / _re.scan return match spans as flat lists of character offsets
[start0, end0, start1, end1, ...] with -1 for groups that did not participate.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L",
    "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(int):
    """Flag values; combining them with | keeps the flag type and its repr."""

    _names = [
        ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
        ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
    ]

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in RegexFlag._names:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


def _as_text(string, is_bytes):
    """The subject as a str for the engine; bytes map 1:1 onto code points via latin-1."""
    if isinstance(string, str):
        if is_bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if isinstance(string, (bytes, bytearray)):
        if not is_bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return string.decode("latin-1")
    raise TypeError("expected string or bytes-like object, got '%s'"
                    % type(string).__name__)


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_prog", "_parents", "_bytes",
                 "_empty")

    def __init__(self, pattern, flags):
        flags = int(flags)
        self._bytes = isinstance(pattern, (bytes, bytearray))
        if self._bytes:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            text = pattern.decode("latin-1")
            r = _re.compile(text, flags | 256)  # bytes classes are ASCII-only
            self._empty = b""
        elif isinstance(pattern, str):
            text = pattern
            r = _re.compile(pattern, flags)
            self._empty = ""
        else:
            raise TypeError("first argument must be string or compiled pattern")
        if r[0] is None:
            pos = r[2]
            if r[1] == "the repetition number is too large":
                raise OverflowError(r[1])
            raise error(r[1], pattern, None if pos < 0 else pos)
        self._prog = r[0]
        self.pattern = pattern
        self.flags = (r[1] & ~288 | flags & 256) if self._bytes else r[1]  # 288 = ASCII|UNICODE
        self.groups = r[2]
        self.groupindex = r[3]
        self._parents = r[4]

    def __repr__(self):
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        f = self.flags if self._bytes else self.flags & ~32
        if f:
            return "re.compile(%s, %r)" % (p, RegexFlag(f))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _endpos(self, string, endpos):
        return len(string) if endpos is None else endpos

    def _one(self, string, pos, endpos, mode):
        text = _as_text(string, self._bytes)
        end = self._endpos(string, endpos)
        spans = _re.search(self._prog, text, pos, end, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, end)

    def search(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._one(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        text = _as_text(string, self._bytes)
        end = self._endpos(string, endpos)
        return end, _re.scan(self._prog, text, pos, end, limit)

    def finditer(self, string, pos=0, endpos=None):
        end, all_spans = self._scan(string, pos, endpos, 0)
        return (Match(self, string, spans, pos, end) for spans in all_spans)

    def findall(self, string, pos=0, endpos=None):
        end, all_spans = self._scan(string, pos, endpos, 0)
        n = self.groups
        e = self._empty
        out = []
        for sp in all_spans:
            if n == 0:
                out.append(string[sp[0]:sp[1]])
            elif n == 1:
                out.append(e if sp[2] < 0 else string[sp[2]:sp[3]])
            else:
                out.append(tuple(e if sp[2 * g] < 0 else string[sp[2 * g]:sp[2 * g + 1]]
                                 for g in range(1, n + 1)))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        end, all_spans = self._scan(string, 0, None, maxsplit)
        out = []
        last = 0
        n = self.groups
        for sp in all_spans:
            out.append(string[last:sp[0]])
            for g in range(1, n + 1):
                s = sp[2 * g]
                out.append(None if s < 0 else string[s:sp[2 * g + 1]])
            last = sp[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
            template = None
        else:
            fn = None
            template = _compile_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
                template = None
                fn = lambda m: literal
        if count < 0:
            return string, 0
        end, all_spans = self._scan(string, 0, None, count)
        out = []
        last = 0
        for sp in all_spans:
            if sp[0] > last:
                out.append(string[last:sp[0]])
            m = Match(self, string, sp, 0, end)
            if template is not None:
                out.append(_expand(m, template))
            else:
                r = fn(m)
                if r is not None:
                    if not isinstance(r, type(self._empty)):
                        raise _join_error(self, len(out), r)
                    out.append(r)
            last = sp[1]
        out.append(string[last:])
        return self._empty.join(out), len(all_spans)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            "\\": "\\"}


def _join_error(pattern, index, item):
    what = "a bytes-like object" if pattern._bytes else "str instance"
    return TypeError("sequence item %d: expected %s, %s found"
                     % (index, what, type(item).__name__))


def _compile_template(pattern, repl):
    """Parses a replacement string into a list of literal strings and group numbers."""
    if pattern._bytes and isinstance(repl, str):
        raise _join_error(pattern, 0, repl)
    items = _parse_template(pattern, _as_text(repl, pattern._bytes))
    if pattern._bytes:
        items = [t if isinstance(t, int) else t.encode("latin-1") for t in items]
    return items


def _parse_template(pattern, repl):
    items = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = repl[i]
        i += 1
        group = None
        if c == "g":
            if i >= n or repl[i] != "<":
                raise error("missing <", repl, i)
            close = repl.find(">", i + 1)
            if close < 0:
                raise error("missing >, unterminated name", repl, i + 1)
            name = repl[i + 1:close]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference %d" % group, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 1)
            i = close + 1
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and repl[i] in "01234567":
                v = v * 8 + int(repl[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c.isdigit() and c.isascii():
            if (i + 1 < n and c in "01234567" and repl[i] in "01234567"
                    and repl[i + 1] in "01234567"):
                v = int(repl[i - 1:i + 2], 8)
                if v > 0o377:
                    raise error("octal escape value %s outside of range 0-0o377"
                                % repl[start:i + 2], repl, start)
                lit.append(chr(v))
                i += 2
            else:
                group = int(c)
                if i < n and repl[i].isdigit() and repl[i].isascii():
                    group = group * 10 + int(repl[i])
                    i += 1
                if group > pattern.groups:
                    raise error("invalid group reference %d" % group, repl, start + 1)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, repl, start)
        else:
            lit.append("\\" + c)
        if group is not None:
            if lit:
                items.append("".join(lit))
                lit = []
            items.append(group)
    if lit or not items:
        items.append("".join(lit))
    return items


def _expand(m, template):
    parts = []
    for t in template:
        if isinstance(t, int):
            g = m.group(t)
            if g is not None:
                parts.append(g)
        else:
            parts.append(t)
    return m.re._empty.join(parts)


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        n = len(string)
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(g, "__index__"):
            return self._index(g.__index__())
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def expand(self, template):
        return _expand(self, _compile_template(self.re, template))

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last on the matching path: the greatest end; among equal
        # ends, an enclosing group closes after the groups nested in it.
        best = None
        best_end = -1
        parents = self.re._parents
        for g in range(1, self.re.groups + 1):
            e = self._spans[2 * g + 1]
            if self._spans[2 * g] < 0 or e < best_end:
                continue
            if e == best_end and best is not None:
                p = parents[g - 1]
                while p and p != best:
                    p = parents[p - 1]
                if p == best:
                    continue
            best = g
            best_end = e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def __bool__(self):
        return True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_special_chars = {c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(_special_chars.get(c, c) for c in pattern)
    if isinstance(pattern, (bytes, bytearray)):
        s = str(pattern, "latin-1")
        return "".join(_special_chars.get(c, c) for c in s).encode("latin-1")
    raise TypeError("expected str or bytes")
