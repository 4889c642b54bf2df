import re

# Empty matches: allowed next to a previous non-empty match, never twice at one position.
for pat, s in [('x*', 'abxd'), ('|a', 'a'), ('a|', 'baac'), ('\\b', 'ab cd'), ('(?=a)|a', 'aa'),
               ('a*?', 'aa'), ('', 'abc'), ('\\W*', 'a, b'), ('(?m)^', 'a\nb\n'), ('(?m)$', 'a\nb\n'),
               ('$', 'a\n'), ('\\s*', 'a b'), ('x??', 'x'), ('(a)|b?', 'ab')]:
    print(repr(pat), repr(s), re.findall(pat, s), re.sub(pat, '-', s), re.split(pat, s),
          [m.span() for m in re.finditer(pat, s)], re.subn(pat, '.', s, 2))
p = re.compile('a*')
print(p.findall('baaac', 1, 3), [m.span() for m in p.finditer('baaac', 2)], p.sub('<\\g<0>>', 'baaac'))
print(re.split('a*', 'xaay', maxsplit=1), re.split('(a*)', 'xaay'))
