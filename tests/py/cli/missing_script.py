# argv: no_such_script_file.py
# stderr: full
# A missing script file: error message on stderr and exit code 2 (hand-edited: "gilpy:" prefix).
print("this file must not run")
