//! Tests for the format-spec mini-language on int, float and str, against vectors generated
//! from CPython 3.11 (`format(value, spec)`).

use super::*;
use num_bigint::BigInt;

include!("vectors_int.rs");
include!("vectors_float_spec.rs");

/// Renders a result the way the vectors spell Python outcomes.
pub(super) fn outcome(r: Result<String, FmtError>) -> Result<String, String> {
    r.map_err(|e| {
        let kind = match e.kind {
            FmtErrorKind::Value => "ValueError",
            FmtErrorKind::Overflow => "OverflowError",
            FmtErrorKind::Type => "TypeError",
        };
        format!("{kind}: {}", e.msg)
    })
}

fn expect(r: Result<&str, &str>) -> Result<String, String> {
    r.map(str::to_owned).map_err(str::to_owned)
}

#[test]
fn int_specs_match_cpython() {
    for &(text, spec, expected) in INT_SPEC {
        let big: BigInt = text.parse().expect("vector int");
        let got = outcome(format_int(&big, spec, "int"));
        assert_eq!(got, expect(expected), "format({text}, {spec:?}) via BigInt");
        if let Ok(small) = text.parse::<i64>() {
            let got = outcome(format_int(small, spec, "int"));
            assert_eq!(got, expect(expected), "format({text}, {spec:?}) via i64");
        }
    }
}

#[test]
fn float_specs_match_cpython() {
    for &(b, spec, expected) in FLOAT_SPEC {
        let got = outcome(format_float(f64::from_bits(b), spec, "float"));
        assert_eq!(got, expect(expected), "format({b:#x}, {spec:?})");
    }
}

#[test]
fn str_specs_match_cpython() {
    for &(s, spec, expected) in STR_SPEC {
        let got = outcome(format_str(s, spec, "str"));
        assert_eq!(got, expect(expected), "format({s:?}, {spec:?})");
    }
}

#[test]
fn brief_examples() {
    let f = |x: f64, spec: &str| format_float(x, spec, "float").expect("valid");
    let i = |v: i64, spec: &str| format_int(v, spec, "int").expect("valid");
    assert_eq!(f(1e16, ""), "1e+16");
    assert_eq!(f(1.5, ""), "1.5");
    assert_eq!(f(0.1, ".3"), "0.1");
    assert_eq!(f(1234.5, ","), "1,234.5");
    assert_eq!(f(0.125, ".2f"), "0.12");
    assert_eq!(f(0.5, "%"), "50.000000%");
    assert_eq!(f(1e100, "g"), "1e+100");
    assert_eq!(f(123.456, ".2e"), "1.23e+02");
    assert_eq!(i(1234567, "012,"), "0,001,234,567");
    assert_eq!(i(255, "#010b"), "0b11111111");
    assert_eq!(i(-5, "=+8"), "-      5");
    assert_eq!(format_str("ab", "*^7", "str").expect("valid"), "**ab***");
    let big = BigInt::from(2).pow(70);
    assert_eq!(
        format_int(&big, ",", "int").expect("valid"),
        "1,180,591,620,717,411,303,424"
    );
}

#[test]
fn spec_parse_fields() {
    let s = FormatSpec::parse("*^+z#012_.3f", "float").expect("valid");
    assert_eq!(
        s,
        FormatSpec {
            fill: Some('*'),
            align: Some('^'),
            sign: Some('+'),
            no_neg_zero: true,
            alternate: true,
            zero_pad: false,
            width: Some(12),
            grouping: Some('_'),
            precision: Some(3),
            ty: Some('f'),
        }
    );
    let z = FormatSpec::parse("010", "int").expect("valid");
    assert!(z.zero_pad && z.fill.is_none() && z.width == Some(10));
    let e = FormatSpec::parse("abc", "MyInt").expect_err("invalid");
    assert_eq!(
        e.msg,
        "Invalid format specifier 'abc' for object of type 'MyInt'"
    );
}

#[test]
fn type_name_appears_in_unknown_code() {
    let e = format_int(1i64, "q", "bool").expect_err("unknown");
    assert_eq!(e.msg, "Unknown format code 'q' for object of type 'bool'");
}
