# argv: -i
# stdin: interactive_stdin.in
# stderr: ignore
# gilpy -i with piped stdin: expression values are echoed on stdout, prompts go to stderr.
print("this file must not run")
