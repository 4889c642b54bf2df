# Basic f-string interpolation.
name, n = "world", 42
print(f"hello {name}", F"n={n}", f"{n}{n}", f"{{literal}}", f"{{{n}}}")
print(f"{n + 1} {n * 2} {n / 4} {n // 5} {-n}")
print(f"{'quoted'} {'x' if n else 'y'}")
print(f"{[1, 2, 3]} {(1, 2)} {{'a': 1}} {None} {True}")
print(f"{name.upper()} {len(name)} {name[1:3]} {name!r}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"" == "", f"plain", rf"raw\n{n}", fr"{name}\t")
x = 3.14159
print(f"{x}", f"{x:.2f}", f"{x:10.3f}|", f"{x:<10}|", f"{x:e}")
print(f"""triple {name}
second line {n}""")
print(f"a" f"b{n}" "c")
