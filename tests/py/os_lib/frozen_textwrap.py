# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options.
import textwrap
text = "The quick brown fox jumps over the lazy dog; a well-known pangram, often used for type-setting tests and so--forth."
for w in (10, 25, 40):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("long-hyphenated-compound-word here", 12), textwrap.wrap("long-hyphenated-compound-word here", 12, break_on_hyphens=False))
print(textwrap.shorten("Hello  world! How are you today?", 15), textwrap.shorten("short", 10))
print(textwrap.wrap(text, 20, max_lines=2), textwrap.wrap("a\tb  c\nd", 5), textwrap.wrap("", 5))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.dedent("  x\n\n \t\n  y")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
tw = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(tw.wrap("One. Two. Three is here."))
