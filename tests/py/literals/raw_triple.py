# Raw strings and triple-quoted strings.
print(r"\n\t\\", R'\x41')
print(repr(r"a\b"), len(r"\n"))
print(r"""raw
triple \n""")
print(repr(rb"\x00"), repr(Rb'\n'), repr(bR"\t"))
doc = """
    indented
    text
"""
print(repr(doc))
print(repr(r'\''), repr(r"\""))
x = """She said "hi" and 'bye'"""
print(x)
print(repr('''a''b'''))
