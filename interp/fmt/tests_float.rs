//! Tests for float text: `repr`, `double_to_string` (the `%e %f %g` conversions) and the
//! int-to-float conversion, against vectors generated from CPython 3.11.

use super::*;
use num_bigint::BigInt;

include!("vectors_float.rs");

#[test]
fn repr_matches_cpython() {
    for &(b, expected) in REPR {
        let x = f64::from_bits(b);
        assert_eq!(float_repr(x), expected, "repr of {b:#x}");
        assert_eq!(float_str(x), expected, "str of {b:#x}");
    }
}

#[test]
fn repr_examples() {
    let cases: &[(f64, &str)] = &[
        (0.1, "0.1"),
        (1.0, "1.0"),
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (123456789012345.6, "123456789012345.6"),
        (1.2345678901234567e19, "1.2345678901234567e+19"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
        (-0.0, "-0.0"),
        (5e-324, "5e-324"),
    ];
    for &(x, expected) in cases {
        assert_eq!(float_repr(x), expected);
    }
}

#[test]
fn double_to_string_matches_percent_formatting() {
    for &(b, code, prec, alt, expected) in DOUBLE {
        let flags = FloatFlags {
            alt,
            ..FloatFlags::default()
        };
        let got = double_to_string(f64::from_bits(b), code, prec, flags);
        assert_eq!(
            got,
            expected,
            "'%{}.{prec}{code}' % {b:#x}",
            if alt { "#" } else { "" }
        );
    }
}

#[test]
fn huge_precisions_pad_exactly() {
    let f = double_to_string(1.0, 'f', 70000, FloatFlags::default());
    assert_eq!(f.len(), 70002);
    assert!(f.starts_with("1.000") && f.ends_with('0'));
    let e = double_to_string(0.1, 'e', 70000, FloatFlags::default());
    assert_eq!(e.len(), 70006);
    assert!(e.starts_with("1.000000000000000055511151231257827021181583404541015625000"));
    assert!(e.ends_with("0e-01"));
}

#[test]
fn flags_sign_and_no_negative_zero() {
    let sign = FloatFlags {
        sign: true,
        ..FloatFlags::default()
    };
    assert_eq!(double_to_string(1.5, 'r', 0, sign), "+1.5");
    assert_eq!(double_to_string(-f64::NAN, 'r', 0, sign), "+nan");
    assert_eq!(double_to_string(f64::INFINITY, 'F', 2, sign), "+INF");
    let z = FloatFlags {
        no_neg_0: true,
        ..FloatFlags::default()
    };
    assert_eq!(double_to_string(-0.001, 'f', 2, z), "0.00");
    assert_eq!(double_to_string(-0.001, 'e', 2, z), "-1.00e-03");
}

#[test]
fn int_to_float_rounds_half_even() {
    let two = BigInt::from(2);
    let cases: Vec<(BigInt, Option<f64>)> = vec![
        (two.pow(53) + 1, Some(9007199254740992.0)),
        (two.pow(53) + 3, Some(9007199254740996.0)),
        (two.pow(80) + two.pow(27), Some(2f64.powi(80))),
        (
            two.pow(80) + two.pow(27) + 1,
            Some(2f64.powi(80) + 2f64.powi(28)),
        ),
        (
            two.pow(80) + two.pow(27) * 3,
            Some(2f64.powi(80) + 2f64.powi(29)),
        ),
        (-(two.pow(100)), Some(-1267650600228229401496703205376.0)),
        (two.pow(1024) - two.pow(970), None),
        (two.pow(1024) - two.pow(970) - 1, Some(f64::MAX)),
        (two.pow(2000), None),
    ];
    for (v, expected) in cases {
        assert_eq!(bigint_to_f64(&v), expected, "float({v})");
    }
}

#[test]
fn int_text_radixes() {
    assert_eq!(int_to_str_radix(-31i64, 16, true), "-0x1f");
    assert_eq!(int_to_str_radix(15i64, 8, true), "0o17");
    assert_eq!(int_to_str_radix(5i64, 2, true), "0b101");
    assert_eq!(
        int_to_str_radix(i64::MIN, 10, false),
        "-9223372036854775808"
    );
    let big = BigInt::from(2).pow(70);
    assert_eq!(int_to_str_radix(&big, 16, true), "0x400000000000000000");
    assert_eq!(
        int_to_str_radix(&-big, 10, false),
        "-1180591620717411303424"
    );
}
