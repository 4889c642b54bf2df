# stdin: input_stdin.txt
# input(): prompt to stdout, lines from stdin without the newline, EOFError at the end.
name = input("name? ")
print("hello", name)
print(repr(input()))
total = 0
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError", e)
        break
    total += int(line)
print("total", total)
try:
    input("a", "b")
except TypeError as e:
    print("TypeError", e)
