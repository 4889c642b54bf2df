# argv: -c "import sys; print('bye'); sys.exit(4)"
# sys.exit(n) inside -c code sets the exit code.
print("this file must not run")
