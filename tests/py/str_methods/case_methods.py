# Case conversion and classification methods of str.
s = "hello World 42"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), "ß".casefold())
print("they're bill's".title(), "hELLO".capitalize(), "".upper())
for t in ["abc", "ABC", "Abc", "123", "abc123", " ", "", "a b", "Ab Cd", "½", "x\t", "_id", "a1"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(),
          t.isspace(), t.istitle(), t.isnumeric(), t.isdecimal(), t.isidentifier(), t.isprintable())
