//! Tests for `round`, `%`-formatting and `str.format`, against vectors generated from CPython
//! 3.11. Two tiny test-only renderers play the VM's part (argument lookup, conversions) so
//! whole templates can be compared with Python's output, errors included.

use super::tests_spec::outcome;
use super::*;
use num_bigint::BigInt;

/// A Python value as the vectors spell it.
#[derive(Clone, Copy, Debug)]
enum Arg {
    I(i64),
    /// An int outside i64, as decimal text.
    B(&'static str),
    F(u64),
    S(&'static str),
    L(&'static [Arg]),
    D(&'static [(&'static str, Arg)]),
}
use Arg::*;

/// (template, positional args, keyword args, expected outcome)
type FormatCase = (
    &'static str,
    &'static [Arg],
    &'static [(&'static str, Arg)],
    Result<&'static str, &'static str>,
);

include!("vectors_misc.rs");

fn big(s: &str) -> BigInt {
    s.parse().expect("vector int")
}

fn type_name(a: Arg) -> &'static str {
    match a {
        I(_) | B(_) => "int",
        F(_) => "float",
        S(_) => "str",
        L(_) => "list",
        D(_) => "dict",
    }
}

fn str_of(a: Arg) -> String {
    match a {
        I(v) => v.to_string(),
        B(s) | S(s) => s.to_owned(),
        F(b) => float_repr(f64::from_bits(b)),
        L(_) | D(_) => unreachable!("no containers printed in vectors"),
    }
}

/// `repr` for the simple values in the vectors (strings never contain quotes).
fn repr_of(a: Arg) -> String {
    match a {
        S(s) => format!("'{s}'"),
        _ => str_of(a),
    }
}

fn value_err(e: FmtError) -> String {
    outcome(Err(e)).expect_err("error")
}

fn render_percent(template: &str, args: &[Arg]) -> Result<String, String> {
    let mut next = args.iter().copied();
    let mut take = || {
        next.next()
            .ok_or_else(|| format!("TypeError: {NOT_ENOUGH_ARGS}"))
    };
    let mut out = String::new();
    for piece in PercentIter::new(template, false) {
        let mut spec = match piece.map_err(value_err)? {
            PercentPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        let star = |a: Arg| match a {
            I(v) => Ok(v),
            _ => Err(format!("TypeError: {STAR_WANTS_INT}")),
        };
        let width = match spec.width {
            Some(PercentCount::Star) => {
                let w = star(take()?)?;
                Some(spec.star_width(w))
            }
            Some(PercentCount::Num(n)) => Some(n),
            None => None,
        };
        let prec = match spec.precision {
            Some(PercentCount::Star) => {
                let p = star(take()?)?;
                Some(PercentSpec::star_precision(p).map_err(value_err)?)
            }
            Some(PercentCount::Num(n)) => Some(n),
            None => None,
        };
        let arg = take()?;
        let (flags, conv) = (spec.flags, spec.conv);
        let text = match spec.kind() {
            PercentKind::Int => match arg {
                I(v) => percent_format_int(v, &flags, width, prec, conv),
                B(s) => percent_format_int(&big(s), &flags, width, prec, conv),
                F(b) if matches!(conv, 'd' | 'i' | 'u') => {
                    let v = f64::from_bits(b).trunc() as i64;
                    percent_format_int(v, &flags, width, prec, conv)
                }
                F(_) => {
                    return Err(format!(
                        "TypeError: {}",
                        percent_needs_int_msg(conv, "float")
                    ))
                }
                _ => {
                    return Err(format!(
                        "TypeError: {}",
                        percent_needs_real_msg(conv, type_name(arg))
                    ))
                }
            },
            PercentKind::Float => {
                let x = match arg {
                    I(v) => v as f64,
                    B(s) => bigint_to_f64(&big(s)).expect("finite"),
                    F(b) => f64::from_bits(b),
                    _ => {
                        return Err(format!(
                            "TypeError: {}",
                            percent_needs_real_msg(conv, type_name(arg))
                        ))
                    }
                };
                percent_format_float(x, &flags, width, prec, conv)
            }
            PercentKind::Str => {
                let s = if conv == 's' {
                    str_of(arg)
                } else {
                    repr_of(arg)
                };
                percent_pad_str(&s, &flags, width, prec)
            }
            PercentKind::Char => {
                let c = match arg {
                    I(v) => u32::try_from(v)
                        .ok()
                        .filter(|&v| v < 0x110000)
                        .and_then(char::from_u32)
                        .ok_or_else(|| format!("OverflowError: {PERCENT_C_RANGE}"))?,
                    B(_) => return Err(format!("OverflowError: {PERCENT_C_RANGE}")),
                    S(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                    _ => return Err(format!("TypeError: {PERCENT_C_TYPE}")),
                };
                percent_pad_str(&c.to_string(), &flags, width, None)
            }
            PercentKind::Unsupported => return Err(value_err(spec.unsupported_error())),
        };
        out.push_str(&text);
    }
    if next.next().is_some() {
        return Err(format!("TypeError: {NOT_ALL_CONVERTED}"));
    }
    Ok(out)
}

#[test]
fn percent_matches_cpython() {
    for &(template, args, expected) in PERCENT {
        let got = render_percent(template, args);
        let expected = expected.map(str::to_owned).map_err(str::to_owned);
        assert_eq!(got, expected, "{template:?} % {args:?}");
    }
}

fn format_value(a: Arg, spec: &str) -> Result<String, String> {
    let r = match a {
        I(v) => format_int(v, spec, "int"),
        B(s) => format_int(&big(s), spec, "int"),
        F(b) => format_float(f64::from_bits(b), spec, "float"),
        S(s) => format_str(s, spec, "str"),
        L(_) | D(_) => unreachable!("containers are not formatted in vectors"),
    };
    outcome(r)
}

struct Call<'a> {
    args: &'a [Arg],
    kwargs: &'a [(&'a str, Arg)],
}

fn render_format(
    t: &str,
    call: &Call,
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<String, String> {
    if depth == 0 {
        return Err(format!("ValueError: {MAX_RECURSION_MSG}"));
    }
    let mut out = String::new();
    for piece in FormatIter::new(t) {
        let field = match piece.map_err(value_err)? {
            FormatPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            FormatPiece::Field(f) => f,
        };
        let (first, rest) = split_field_name(&field.name).map_err(value_err)?;
        let mut obj = match auto.resolve(first).map_err(value_err)? {
            FieldKey::Index(i) => *call
                .args
                .get(i)
                .ok_or_else(|| format!("IndexError: {}", index_out_of_range_msg(i)))?,
            FieldKey::Name(n) => call
                .kwargs
                .iter()
                .find(|(k, _)| *k == n)
                .map(|(_, v)| *v)
                .ok_or_else(|| format!("KeyError: '{n}'"))?,
        };
        for accessor in rest {
            obj = match (accessor.map_err(value_err)?, obj) {
                (FieldAccessor::Index(i), L(items)) => items[i],
                (FieldAccessor::Key(k), D(items)) => items
                    .iter()
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| *v)
                    .ok_or_else(|| format!("KeyError: '{k}'"))?,
                (a, o) => unreachable!("accessor {a:?} on {o:?} not in vectors"),
            };
        }
        if let Some(c) = field.conversion {
            let text = match check_conversion(c).map_err(value_err)? {
                Conversion::Str => str_of(obj),
                Conversion::Repr | Conversion::Ascii => repr_of(obj),
            };
            obj = S(Box::leak(text.into_boxed_str()));
        }
        let spec = if field.spec_needs_expanding {
            render_format(&field.spec, call, depth - 1, auto)?
        } else {
            field.spec
        };
        out.push_str(&format_value(obj, &spec)?);
    }
    Ok(out)
}

#[test]
fn str_format_matches_cpython() {
    for &(template, args, kwargs, expected) in FORMAT {
        let call = Call { args, kwargs };
        let got = render_format(template, &call, 2, &mut AutoNumber::new());
        let expected = expected.map(str::to_owned).map_err(str::to_owned);
        assert_eq!(got, expected, "{template:?}.format{args:?}");
    }
}

#[test]
fn format_pieces_and_field_names() {
    let pieces = parse_format_string("a{{b{0.x[k]!r:>{w}}c}}").expect("valid");
    assert_eq!(
        pieces,
        vec![
            FormatPiece::Literal("a{".into()),
            FormatPiece::Literal("b".into()),
            FormatPiece::Field(FieldSpec {
                name: "0.x[k]".into(),
                conversion: Some('r'),
                spec: ">{w}".into(),
                spec_needs_expanding: true,
            }),
            FormatPiece::Literal("c}".into()),
        ]
    );
    let (first, rest) = split_field_name("0.x[k][12]").expect("valid");
    assert_eq!(first, FieldFirst::Index(0));
    let rest: Result<Vec<_>, _> = rest.collect();
    assert_eq!(
        rest.expect("valid"),
        vec![
            FieldAccessor::Attr("x".into()),
            FieldAccessor::Key("k".into()),
            FieldAccessor::Index(12),
        ]
    );
    let (first, mut rest) = split_field_name("name[").expect("valid");
    assert_eq!(first, FieldFirst::Name("name".into()));
    let err = rest.next().expect("one item").expect_err("missing ]");
    assert_eq!(err.msg, "Missing ']' in format string");
    assert!(rest.next().is_none());
    assert_eq!(
        parse_format_string("x}").expect_err("single").msg,
        "Single '}' encountered in format string"
    );
}

#[test]
fn percent_parse_pieces() {
    let pieces = parse_percent("%(k)-+ #0*.*ld|%%", true).expect("valid");
    assert_eq!(
        pieces,
        vec![
            PercentPiece::Spec(PercentSpec {
                key: Some("k".into()),
                flags: PercentFlags {
                    left: true,
                    sign: true,
                    space: true,
                    alt: true,
                    zero: true,
                },
                width: Some(PercentCount::Star),
                precision: Some(PercentCount::Star),
                conv: 'd',
                index: 0,
            }),
            PercentPiece::Literal("|%".into()),
        ]
    );
    assert_eq!(
        parse_percent("%(a", true).expect_err("key").msg,
        "incomplete format key"
    );
    let e = parse_percent("%(a)s", false).expect_err("no mapping");
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (FmtErrorKind::Type, FORMAT_REQUIRES_MAPPING)
    );
}

#[test]
fn round_matches_cpython() {
    for &(b, n, expected) in ROUND {
        let got = round_half_even(f64::from_bits(b), n)
            .map(f64::to_bits)
            .map_err(|e| e.msg);
        let same = match (&got, expected) {
            // NaN payloads need not match.
            (Ok(g), Ok(e)) if f64::from_bits(e).is_nan() => f64::from_bits(*g).is_nan(),
            (Ok(g), Ok(e)) => *g == e,
            (Err(g), Err(e)) => g == e,
            _ => false,
        };
        assert!(same, "round({b:#x}, {n}): got {got:?}, want {expected:?}");
    }
}
