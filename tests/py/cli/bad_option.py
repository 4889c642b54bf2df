# argv: --definitely-not-an-option
# stderr: ignore
# An unknown command-line option is a usage error: exit code 2.
print("this file must not run")
