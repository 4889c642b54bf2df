import re, copy
def f(m: re.Match[str], p: re.Pattern[str]) -> None: pass
print(re.Pattern, re.Match, type(re.compile('a')), type(re.match('a','a')), re.error)
print(isinstance(re.compile('a'), re.Pattern), copy.copy(re.compile('a')), copy.deepcopy(re.match('a', 'a')))
print(re.compile('a').search is not None, re.__name__)
try:
    re.compile('(')
except re.error as e:
    print(repr(e), e.args)
