# Unusual but valid source: semicolons, backslash continuation, odd spacing, unicode identifiers.
x = 1; y = 2; z = x + \
    y
print(z)
café = "unicode name"
π = 3.14
print(café, π)
if x: print("inline if");  print("same line")
def f(a,b
      ,c):return a+b+c
print(f(1,
        2,
        3))
l = [
    1,
    2,
]
print(l, (
    "implicit"
), {
    "k": "v"
})
print(0xff+0o7+0b1, 1_0, 1 if x else 2)
