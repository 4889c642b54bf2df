# All quote forms of string literals and their repr.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print(repr('a'), repr("a'b"), repr('a"b'), repr('a\'b"c'))
print("""line1
line2""")
s = '''a
  b
c'''
print(repr(s), len(s))
print('adjacent' 'literals' "concatenate")
print(("implicit "
       "line join"))
print('' == "", repr(''))
print("a\
b")
