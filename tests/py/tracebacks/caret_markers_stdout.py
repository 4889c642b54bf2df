# PEP 657 markers as CPython 3.11 prints them, read through traceback.format_exc() (the
# harness ignores marker lines on stderr, so this checks them on stdout).
import os
import traceback

x = [1]
d = {"a": 1}


def whole_line_binop():
    1/0


def whole_line_subscript():
    x[5]


def part_of_line():
    return x[5] + 1


def call_in_expression():
    return len(5) + 1


def whole_line_call():
    len(5)


def attribute():
    return d.missing


for fn in (whole_line_binop, whole_line_subscript, part_of_line, call_in_expression,
           whole_line_call, attribute):
    try:
        fn()
    except Exception:
        text = traceback.format_exc().replace(os.path.abspath(__file__), "FILE")
        print(text)
