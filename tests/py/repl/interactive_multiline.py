# argv: -i
# stdin: interactive_multiline.in
# stderr: ignore
# Compound statements end at a blank line in the interactive loop.
print("this file must not run")
