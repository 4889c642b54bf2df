# argv: -
# stdin: stdin_error.py
# stderr: full
# A traceback for code read from stdin names the file "<stdin>".
def fail():
    raise KeyError("from stdin")
fail()
