# argv: -i interactive_script.py
# stdin: interactive_script.in
# stderr: ignore
# gilpy -i script.py runs the script, then reads statements from stdin in the script's namespace.
value = "set by the script"
def helper():
    return "helper result"
print("script ran")
