//! Robustness tests: pathological nesting, long inputs, and seeded random token soups and
//! byte strings. The parser must return Ok or a SyntaxError — never panic or overflow.

use super::{parse_expression, parse_interactive, parse_module};

fn must_not_crash(src: &str) {
    let _ = parse_module(src);
}

fn syntax_error_or_ok(src: &str) {
    if let Err(e) = parse_module(src) {
        assert!(!e.msg.is_empty());
        assert!(e.line >= 1, "{e:?}");
    }
}

#[test]
fn deep_nesting_gives_errors_not_overflows() {
    let n = 100_000;
    let cases = [
        "(".repeat(n),
        format!("{}1", "-".repeat(n)),
        format!("{}x", "not ".repeat(n)),
        format!("{}1", "lambda: ".repeat(n)),
        vec!["a"; n].join("+"),
        format!("a{}", ".b".repeat(n)),
        format!("a{}", "()".repeat(n)),
        format!("a{}", "[0]".repeat(n)),
        format!("a{}", "**a".repeat(n)),
        format!("{}1", "a if b else ".repeat(n)),
        format!("{}1", "await ".repeat(n)),
        format!("{}1", "~+".repeat(n)),
        format!("x = {}", "[".repeat(n)),
        format!("f'{}'", "{".repeat(n)),
        vec!["f'{x}'"; 1000].join(" "),
        format!("{}x", "yield ".repeat(n)),
        format!("{}x", "*".repeat(n)),
    ];
    for src in &cases {
        syntax_error_or_ok(src);
        let _ = parse_expression(src);
        let _ = parse_interactive(src);
    }
    let e = parse_module(&format!("{}1", "-".repeat(n))).unwrap_err();
    assert_eq!(e.msg, "expression nested too deeply");
    let e = parse_module(&"(".repeat(300)).unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.col),
        ("too many nested parentheses", 201)
    );
}

#[test]
fn long_flat_inputs_parse() {
    let n = 100_000;
    assert!(parse_module(&format!("x = [{}]", vec!["1"; n].join(", "))).is_ok());
    assert!(parse_module(&vec!["a < b"; n].join(" < ")).is_ok());
    assert!(parse_module(&vec!["a"; n].join(" and ")).is_ok());
    assert!(parse_module(&"x = 1\n".repeat(n)).is_ok());
    assert!(parse_module(&vec!["'s'"; n].join(" ")).is_ok());
    // CPython accepts a little under 3000 levels; so do we.
    assert!(parse_module(&format!("{}1", "-".repeat(2900))).is_ok());
    assert!(parse_module(&vec!["a"; 2900].join("+")).is_ok());
}

#[test]
fn deep_indentation_is_limited() {
    let mut src = String::new();
    for i in 0..150 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(150));
    src.push_str("pass\n");
    let e = parse_module(&src).unwrap_err();
    assert_eq!(e.msg, "too many levels of indentation");
}

/// xorshift64*: small, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "x",
    "y",
    "f",
    "_",
    "1",
    "0x1f",
    "1.5",
    "2j",
    "1_0",
    "'s'",
    "\"t\"",
    "b'b'",
    "f'{x}'",
    "f'{x!r:>{w}}'",
    "f'{x=}'",
    "'''m\n'''",
    "rb'\\x'",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "...",
    "=",
    "==",
    "->",
    ":=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "<=",
    ">=",
    "!=",
    "+=",
    "**=",
    "if",
    "else",
    "elif",
    "for",
    "in",
    "not",
    "is",
    "and",
    "or",
    "lambda",
    "def",
    "class",
    "return",
    "yield",
    "from",
    "import",
    "as",
    "with",
    "try",
    "except",
    "finally",
    "raise",
    "del",
    "global",
    "nonlocal",
    "async",
    "await",
    "while",
    "break",
    "continue",
    "pass",
    "assert",
    "None",
    "True",
    "\n",
    "\n    ",
    "\n\t",
    "\n  ",
    " ",
    "\\\n",
    "#c",
    "$",
    "€",
    "'",
    "\"",
    "f'{",
    "}'",
    "0777",
    "1e",
];

#[test]
fn random_token_soups_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..12_000 {
        let n = 1 + rng.below(24);
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(PIECES[rng.below(PIECES.len())]);
            if rng.below(3) == 0 {
                src.push(' ');
            }
        }
        must_not_crash(&src);
        let _ = parse_interactive(&src);
        let _ = parse_expression(&src);
    }
}

/// Real-looking code with random single-character edits: exercises the error-message
/// rules (which index into token lists) far more than token soups do.
#[test]
fn mutated_programs_never_panic() {
    const SAMPLE: &str = "import os, sys as s\nfrom .m import (a, b as c)\n\n@dec(1)\nclass C(B, metaclass=M):\n    x: int = 3\n    def f(self, a, /, b=2, *c, d, **e) -> str:\n        \"\"\"Doc.\"\"\"\n        if a and not b or c[1:2, ::3]:\n            return f'{a!r:>{b}} {c=}'\n        elif (y := a + 1) > 2:\n            yield from [i for i in range(3) if i]\n        else:\n            try:\n                del a[0], b.c\n            except (E, F) as err:\n                raise X from err\n            finally:\n                pass\n        with open(p) as fh, g() as (h, i):\n            lambda q=1, *r, **s: {**s, 'k': q}\n        async def g():\n            async for z in w:\n                await z\n        return {1, 2}, {k: v for k, v in d.items()}, x if y else z\n";
    let bytes = SAMPLE.as_bytes();
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let inserts = b"()[]{},:;.=+-*/@'\"\\#\n\t ifnotlambda0x_";
    for _ in 0..6_000 {
        let mut v = bytes.to_vec();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(v.len());
            match rng.below(3) {
                0 => {
                    v.remove(at);
                }
                1 => v.insert(at, inserts[rng.below(inserts.len())]),
                _ => v[at] = inserts[rng.below(inserts.len())],
            }
        }
        let Ok(src) = String::from_utf8(v) else {
            continue;
        };
        if let Err(e) = parse_module(&src) {
            let lines = src.split(['\n', '\r']).count() as u32;
            assert!(
                e.line >= 1 && e.line <= lines + 1 && e.col >= 1,
                "{src:?}: {e:?}"
            );
        }
        let _ = parse_interactive(&src);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let alphabet = b"\t\n\r\x0c \\'\"#()[]{}:;,.=+-*/%@<>!&|^~01239_abefjorxBFJRX\x80\xc3\xa9\xe2\x82\xac\xff\x00";
    for _ in 0..10_000 {
        let n = rng.below(40);
        let bytes: Vec<u8> = (0..n)
            .map(|_| {
                if rng.below(4) == 0 {
                    (rng.next() & 0xFF) as u8
                } else {
                    alphabet[rng.below(alphabet.len())]
                }
            })
            .collect();
        if let Ok(src) = super::decode_source(&bytes) {
            must_not_crash(&src);
            let _ = parse_interactive(&src);
            let _ = parse_expression(&src);
        }
    }
}
