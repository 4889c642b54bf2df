import re

pats = ['a**', '*a', '(a', 'a)', '[a', '(?P<x>a)(?P<x>b)', '(?P=y)', '\\q', 'x{2,1}',
        '(?<=a+)b', '(?z)', 'a(?i)b', '\\3', '(a\\1)', '[z-a]', '(?P<1a>x)', '^*', 'a|*',
        '\\777', '(?', '(?P', '(?P<a', 'a{1,2}{3}', '\\x4', '\\u12', '[\\q]', 'a\\', '(?#x',
        '(?x)a\n(b', '(?P<a>)(?P=a', '(?i)(?m)a', '(?im-s:a)', '(?-:a)', '(?a', '[\\d-z]',
        '(?i', 'a{3', '\\N', '(?<a>x)\\k<a>', '(?au)x', '\\8', '[\\8]', '\\08', '(a)(b)\\2\\1',
        '((((((((((a))))))))))\\10', '\\11', '(?P<a>x)(?P=a)']
for p in pats:
    try:
        c = re.compile(p)
        print(repr(p), 'ok', c.groups, c.flags)
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)

for bad in [lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('(a)', r'\g<x>', 'a'),
            lambda: re.sub('(a)', r'\g<2>', 'a'), lambda: re.sub('a', r'\q', 'a'),
            lambda: re.sub('a', '\\', 'a'), lambda: re.match('(a)', 'a').group(2),
            lambda: re.match('(a)', 'a').group('x'), lambda: re.search('a', 5),
            lambda: re.compile('a', re.I).sub(lambda m: 3, 'a'),
            lambda: re.compile(re.compile('a'), re.I)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
