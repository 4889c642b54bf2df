# os.listdir of the script's own folder contains the script; exists() on relative paths.
import os
entries = os.listdir(".")
print("listdir_cwd.py" in entries, "no_such_file.py" in entries)
print(os.path.exists("listdir_cwd.py"), os.path.exists("nope.py"), os.path.isfile("listdir_cwd.py"))
print(os.path.exists(os.getcwd()), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(sorted(e for e in os.listdir(".") if e.startswith("listdir") and e.endswith(".py")))
