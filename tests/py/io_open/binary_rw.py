# Binary mode: bytes in, bytes out, no newline translation.
import os
path = os.path.join(os.environ["TMPDIR"], "data.bin")
payload = bytes(range(256)) + b"\r\n\n"
with open(path, "wb") as f:
    print(f.write(payload))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data == payload, type(data).__name__, data[:4], data[-3:])
with open(path, "rb") as f:
    print(f.read(3), f.read(2), f.tell())
    f.seek(250)
    print(f.read())
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f:
    print(f.read()[-7:])
text_path = os.path.join(os.environ["TMPDIR"], "u.txt")
with open(text_path, "w", encoding="utf-8") as f:
    f.write("héllo\n")
with open(text_path, "rb") as f:
    print(f.read())
with open(text_path, encoding="utf-8") as f:
    print(f.read(), end="")
try:
    with open(path, "rb") as f:
        f.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
