import re

p = re.compile(rb'(\w+)=(\d+)')
print(p, p.flags, p.pattern, p.groups)
m = p.search(b'x: abc=123; d=4')
print(m, m.group(1), m.groups(), m.span(2), m.string)
print(p.findall(b'a=1 b=2'), p.sub(rb'\2:\1', b'a=1 b=2'), p.split(b'a=1 b=2'))
print(re.sub(b'a', lambda m: b'<' + m.group() + b'>', b'banana'))
print(re.findall(rb'\w+', 'é a'.encode('utf-8')), re.search(rb'\xe9', b'caf\xe9'))
print(re.compile(b'a', re.I), re.compile(b'a', re.A).flags, re.escape(b'a.b'))
for f in [lambda: p.search('str'), lambda: re.search('a', b'a'), lambda: re.compile(b'a', re.U),
          lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub(b'a', lambda m: 'x', b'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(re.match(b'(a)|b', bytearray(b'b')).groups(), re.fullmatch(rb'[a-z]+', b'abc'))
