# argv: -c "for i in range(3):\n    print(i)"
# The -c code may contain newlines (the harness expands \n in argv); blocks work.
print("this file must not run")
