# f-strings spanning lines, inside calls, with quotes and dicts.
user = {"name": "Ann", "age": 30}
msg = (
    f"Name: {user['name']}, "
    f"Age: {user['age']}, "
    f"Next: {user['age'] + 1}"
)
print(msg)
rows = [("a", 1), ("bb", 22), ("ccc", 333)]
for k, v in rows:
    print(f"{k:<5}|{v:>5}|{v * 1.5:8.2f}")
print(f"""{
    1 + 2
}""")
t = (1, 2)
print(f"{t}", f"{t[0]}-{t[1]}", f"{*t,}")
