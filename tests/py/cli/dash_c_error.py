# argv: -c "print('before'); 1 / 0"
# stderr: full
# An uncaught exception in -c code names the file "<string>" and exits 1.
print("this file must not run")
