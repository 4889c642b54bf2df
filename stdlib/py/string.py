"""The string module (frozen into gilpy): character-class constants, capwords, Template
and Formatter.

Template and Formatter parse their format strings by hand (gilpy has no `re`); the
results and error messages follow CPython's.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or one space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, lookup, safe):
        s = self.template
        d = self.delimiter
        n = len(s)
        out = []
        i = 0
        while i < n:
            j = s.find(d, i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            braced = k < n and s[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and _is_ident_start(s[end]):
                end += 1
                while end < n and _is_ident_char(s[end]):
                    end += 1
            name = s[start:end]
            if braced and (not name or end >= n or s[end] != '}'):
                name = ''
            if not name:
                if safe:
                    out.append(d)
                    i = k
                    continue
                self._invalid(k)
            close = end + 1 if braced else end
            try:
                out.append('%s' % (lookup(name),))
            except KeyError:
                if not safe:
                    raise
                out.append(s[j:close])
            i = close
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            def lookup(name):
                if name in kws:
                    return kws[name]
                return mapping[name]
            return self._scan(lookup, False)
        return self._scan(lambda name: mapping[name], False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            def lookup(name):
                if name in kws:
                    return kws[name]
                return mapping[name]
            return self._scan(lookup, True)
        return self._scan(lambda name: mapping[name], True)

    def get_identifiers(self):
        ids = []
        s = self.template
        d = self.delimiter
        i = 0
        while True:
            j = s.find(d, i)
            if j < 0:
                return ids
            k = j + len(d)
            if s.startswith(d, k):
                i = k + len(d)
                continue
            braced = k < len(s) and s[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < len(s) and _is_ident_start(s[end]):
                end += 1
                while end < len(s) and _is_ident_char(s[end]):
                    end += 1
            name = s[start:end]
            if name and (not braced or (end < len(s) and s[end] == '}')):
                if name not in ids:
                    ids.append(name)
            i = max(end, k)

    def is_valid(self):
        try:
            self._scan(lambda name: '', False)
        except ValueError:
            return False
        return True


def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) like str._formatter_parser."""
    n = len(s)
    i = 0
    lit = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                lit.append('{')
                yield ''.join(lit), None, None, None
                lit = []
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            spec = ''
            conv = None
            colon = field.find(':')
            bang = field.find('!')
            if bang >= 0 and (colon < 0 or bang < colon):
                name = field[:bang]
                rest = field[bang + 1:]
                if rest.find(':') >= 0:
                    conv, spec = rest.split(':', 1)
                else:
                    conv = rest
                if len(conv) != 1:
                    raise ValueError('expected \':\' after conversion specifier')
            elif colon >= 0:
                name = field[:colon]
                spec = field[colon + 1:]
            else:
                name = field
            yield ''.join(lit), name, spec, conv
            lit = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                yield ''.join(lit), None, None, None
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        yield ''.join(lit), None, None, None


class Formatter:
    """Customisable str.format: override get_value, format_field, convert_field, ..."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                if format_spec and '{' in format_spec:
                    format_spec = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier ' + conversion)

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        i = 0
        n = len(field_name)
        while i < n and field_name[i] not in '.[':
            i += 1
        first = field_name[:i]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while i < n:
            if field_name[i] == '.':
                j = i + 1
                while j < n and field_name[j] not in '.[':
                    j += 1
                obj = getattr(obj, field_name[i + 1:j])
                i = j
            else:
                j = field_name.find(']', i)
                if j < 0:
                    raise ValueError("Missing ']' in format string")
                idx = field_name[i + 1:j]
                obj = obj[int(idx) if idx.isdigit() else idx]
                i = j + 1
        return obj, key
