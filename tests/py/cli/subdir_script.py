# argv: sub/runme.py arg1
# A script in another folder: sys.path[0] is its folder, so its sibling modules import.
print("this file must not run")
