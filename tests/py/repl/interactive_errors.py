# argv: -i
# stdin: interactive_errors.in
# stderr: ignore
# Errors in the interactive loop do not end it; a SyntaxError does not either; exit code stays 0.
print("this file must not run")
