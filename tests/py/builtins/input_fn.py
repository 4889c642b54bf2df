# stdin: input_fn.txt
# input() reads lines from stdin without the newline; EOFError at the end.
name = input()
print("got", repr(name))
age = input("prompt> ")
print("got", repr(age))
rest = []
try:
    while True:
        rest.append(input())
except EOFError as e:
    print("EOFError", repr(str(e)))
print(rest)
