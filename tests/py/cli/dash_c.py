# argv: -c "import sys; print(sys.argv); print(6 * 7); print(__name__)" extra "two words"
# gilpy -c CODE runs CODE with sys.argv = ['-c', args...]; this file itself is not run.
print("this file must not run")
