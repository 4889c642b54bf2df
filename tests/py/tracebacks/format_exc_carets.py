# traceback.format_exc() output, including PEP 657 marker lines, compared exactly.
import traceback


def div(a, b):
    return a / b


def outer():
    values = [1, 2]
    return div(values[0], 0) + values[1]


for f in (outer, lambda: [1][3], lambda: {}["k"], lambda: None.attr):
    try:
        f()
    except Exception:
        text = traceback.format_exc()
        print(text.replace(__file__, "FILE"))
