# stderr: full
# Explicit chaining: "The above exception was the direct cause of the following exception".
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse config") from e

parse("abc")
