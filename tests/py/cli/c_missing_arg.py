# argv: -c
# stderr: ignore
# -c without its argument is a usage error: exit code 2.
print("this file must not run")
