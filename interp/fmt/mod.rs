//! Pure text formatting, independent of the object model: `repr(float)`, the format-spec
//! mini-language (`format()`, f-string specs), `str.format` template parsing, `%`-formatting
//! and float rounding. Inputs are plain Rust values (`f64`, `i64`, `&BigInt`, `&str`, `char`);
//! the VM looks up objects, calls `__format__`/`repr`, and turns [`FmtError`] into exceptions.
//!
//! What must stay true: every output string and error message is byte-for-byte what CPython
//! 3.11 produces for the same input (the tests' expected strings come from `python3`, see
//! `gen_vectors.py`), and nothing here panics on user input.
//!
//! # Public API
//!
//! Errors: [`FmtError`] `{ kind: FmtErrorKind::{Value, Overflow, Type}, msg }` — raise
//! `ValueError` / `OverflowError` / `TypeError` with `msg`.
//!
//! Ints are passed as [`IntValue`] (`From<i64>` and `From<&BigInt>`), so both
//! `format_int_spec(5i64, ..)` and `format_int_spec(&big, ..)` work without allocating.
//!
//! Floats and rounding (`float_text.rs`, `int_text.rs`):
//! - [`float_repr`]`(f64)`, [`float_str`]`(f64)`: `repr(x)` / `str(x)`.
//! - [`double_to_string`]`(x, code, precision, FloatFlags)`: CPython's `PyOS_double_to_string`:
//!   code `'e' 'f' 'g' 'r'` (upper case `'E' 'F' 'G'` for upper-case output), correctly
//!   rounded; used for `'%.3f' % x` style output and by everything below.
//! - [`round_half_even`]`(x, ndigits) -> Result<f64, FmtError>`: `round(x, ndigits)`.
//! - [`bigint_to_f64`]`(&BigInt) -> Option<f64>`: correctly rounded `float(int)`; `None` on
//!   overflow (raise `OverflowError: int too large to convert to float`).
//! - [`int_to_str_radix`]`(v, radix, prefix)`: `str`/`hex`/`oct`/`bin` text (`-0x1f`).
//!
//! Format specs (`spec.rs`, `number.rs`):
//! - [`FormatSpec::parse`]`(spec, type_name)`: parses `[[fill]align][sign][z][#][0][width]
//!   [grouping][.precision][type]`; `type_name` is only used in the "Invalid format
//!   specifier '…' for object of type '…'" message.
//! - [`format_int_spec`]`(v, &spec, type_name)`, [`format_float_spec`]`(x, &spec, type_name)`,
//!   [`format_str_spec`]`(s, &spec, type_name)`: `int.__format__`, `float.__format__`,
//!   `str.__format__` for a parsed spec. `type_name` goes into "Unknown format code …".
//! - [`format_int`], [`format_float`], [`format_str`]: the same from the spec text, with the
//!   empty-spec shortcut (`str(x)`). Note `format(True, '')` is `'True'`: the caller handles
//!   `bool` with an empty spec before calling `format_int`.
//!
//! `str.format` (`format_str.rs`):
//! - [`FormatIter`]`::new(template)`: yields `Result<FormatPiece, FmtError>` lazily, so errors
//!   surface in the same order as CPython (after earlier fields were rendered).
//!   [`parse_format_string`] collects it eagerly.
//! - [`FormatPiece`]`::Literal(String)` or `::Field(`[`FieldSpec`]` { name, conversion, spec,
//!   spec_needs_expanding })`. When `spec_needs_expanding`, render `spec` itself as a
//!   template (same [`AutoNumber`]) before parsing it as a format spec. CPython starts
//!   the template at depth 2, renders a spec at depth - 1, and raises
//!   [`MAX_RECURSION_MSG`] on entering depth 0 (so `'{:{:{}}}'` fails).
//! - [`split_field_name`]`(name) -> (FieldFirst, FieldRest)`; [`AutoNumber::resolve`] turns
//!   [`FieldFirst`] (`Auto` / `Index` / `Name`) into a [`FieldKey`], reporting the
//!   manual/automatic switching errors; then iterate [`FieldRest`] for
//!   [`FieldAccessor`]`::{Attr, Index, Key}` (an `Index` applies to sequences; other objects
//!   get the int as a key).
//! - [`check_conversion`]`(c) -> Conversion::{Str, Repr, Ascii}`; [`index_out_of_range_msg`].
//!
//! `%`-formatting (`percent.rs`):
//! - [`PercentIter`]`::new(template, is_mapping)` yields `Result<PercentPiece, FmtError>`
//!   lazily (a `%(key)` without a mapping is its `TypeError`); [`parse_percent`] collects
//!   it. [`PercentPiece`]`::Literal(String)` (with `%%` already folded) or
//!   `::Spec(`[`PercentSpec`]` { key, flags, width, precision, conv, index })`. Width and
//!   precision are [`PercentCount`]`::{Num, Star}`; resolve stars with
//!   [`PercentSpec::star_width`] / [`PercentSpec::star_precision`] (the latter reports the
//!   C-int overflow).
//! - [`PercentSpec::kind`] says which formatter to use; for
//!   `PercentKind::Unsupported` fetch the argument first (CPython does), then raise
//!   [`PercentSpec::unsupported_error`].
//! - [`percent_format_int`], [`percent_format_float`], [`percent_pad_str`] (`%s %r %a`, and
//!   `%c` with `prec = None`), plus the caller's messages [`NOT_ENOUGH_ARGS`],
//!   [`NOT_ALL_CONVERTED`], [`FORMAT_REQUIRES_MAPPING`], [`STAR_WANTS_INT`],
//!   [`PERCENT_C_RANGE`], [`PERCENT_C_TYPE`], [`percent_needs_int_msg`],
//!   [`percent_needs_real_msg`].

mod float_text;
mod format_str;
mod int_text;
mod number;
mod percent;
mod spec;

#[cfg(test)]
mod tests_float;
#[cfg(test)]
mod tests_misc;
#[cfg(test)]
mod tests_spec;

pub use float_text::{double_to_string, float_repr, float_str, round_half_even, FloatFlags};
pub use format_str::{
    check_conversion, index_out_of_range_msg, parse_format_string, split_field_name, AutoNumber,
    Conversion, FieldAccessor, FieldFirst, FieldKey, FieldRest, FieldSpec, FormatIter, FormatPiece,
    MAX_RECURSION_MSG, POSITIONAL_IN_FORMAT_MAP_MSG,
};
pub use int_text::{bigint_to_f64, int_to_str_radix, IntValue};
pub use number::{
    format_float, format_float_spec, format_int, format_int_spec, format_str, format_str_spec,
};
pub use percent::{
    parse_percent, percent_format_float, percent_format_int, percent_needs_int_msg,
    percent_needs_real_msg, percent_pad_str, PercentCount, PercentFlags, PercentIter, PercentKind,
    PercentPiece, PercentSpec, FORMAT_REQUIRES_MAPPING, NOT_ALL_CONVERTED, NOT_ENOUGH_ARGS,
    PERCENT_C_RANGE, PERCENT_C_TYPE, STAR_WANTS_INT,
};
pub use spec::FormatSpec;

/// Which Python exception a formatting error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FmtErrorKind {
    /// `ValueError`.
    Value,
    /// `OverflowError`.
    Overflow,
    /// `TypeError`.
    Type,
}

/// A formatting failure: the exception class to raise and its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FmtError {
    pub kind: FmtErrorKind,
    pub msg: String,
}

impl FmtError {
    pub(crate) fn value(msg: impl Into<String>) -> FmtError {
        FmtError {
            kind: FmtErrorKind::Value,
            msg: msg.into(),
        }
    }

    pub(crate) fn overflow(msg: impl Into<String>) -> FmtError {
        FmtError {
            kind: FmtErrorKind::Overflow,
            msg: msg.into(),
        }
    }

    pub(crate) fn type_error(msg: impl Into<String>) -> FmtError {
        FmtError {
            kind: FmtErrorKind::Type,
            msg: msg.into(),
        }
    }
}

impl std::fmt::Display for FmtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for FmtError {}
