# Raising SystemExit directly with an int code.
print("before")
raise SystemExit(42)
