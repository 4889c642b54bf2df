# Nested expressions and nested format specs in f-strings.
width, prec = 10, 3
v = 2.718281828
print(f"{v:{width}.{prec}f}|", f"{v:>{width}}|", f"{'x':{'^'}{width}}|")
items = [1, 2, 3]
print(f"{[i * i for i in items]}", f"{sum(i for i in items)}", f"{len(items) > 2}")
print(f"{f'{1 + 1}'}", f"{'nested ' + f'{items[0]}'}")
print(f"{(lambda z: z * 2)(21)}", f"{ {'a': 1}['a'] }", f"{items[-1]:03d}")
d = {"k": [10, 20]}
print(f"{d['k'][1]:x}", f"{dict(a=1)}")
print(f"{'a' if items else 'b'}", f"{items if len(items) < 2 else items[:1]}")
print(f"{width:{'0'}{5}}")
nums = [3.14159, 2.71828]
print(", ".join(f"{n:.{prec - 1}f}" for n in nums))
