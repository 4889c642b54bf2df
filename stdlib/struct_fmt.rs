//! Format strings of the `struct` module: parsing a format into a layout of items (with
//! native alignment for `@`), and the byte-level codecs for each code, including IEEE half
//! floats.
//!
//! Invariant: every item's `offset + size` is within `Layout::size`, so packing into and
//! unpacking from a buffer of exactly `size` bytes never indexes out of bounds.

/// Byte order (and size/alignment mode) chosen by the format's first character.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// `@`: native sizes and alignment (this build assumes a little-endian 64-bit host).
    Native,
    /// `=` and `<`: standard sizes, little-endian.
    Little,
    /// `>` and `!`: standard sizes, big-endian.
    Big,
}

/// One packed field: `code` at `offset`, `size` bytes. For `s` and `p` the size is the
/// repeat count and the item takes one argument; `x` items take none.
pub struct Item {
    pub code: u8,
    pub offset: usize,
    pub size: usize,
}

pub struct Layout {
    pub order: Order,
    pub items: Vec<Item>,
    pub size: usize,
    /// How many values `pack` takes.
    pub nargs: usize,
}

/// A format error, reported as `struct.error` with this message.
#[derive(Clone, Copy)]
pub struct BadFormat(pub &'static str);

/// Size of one `code` value under `order`, or `None` if the code is not valid there.
fn code_size(code: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

pub fn parse(fmt: &str) -> Result<Layout, BadFormat> {
    let bytes = fmt.as_bytes();
    let (order, mut i) = match bytes.first() {
        Some(b'@') => (Order::Native, 1),
        Some(b'=' | b'<') => (Order::Little, 1),
        Some(b'>' | b'!') => (Order::Big, 1),
        _ => (Order::Native, 0),
    };
    let too_long = BadFormat("total struct size too long");
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut nargs = 0usize;
    while i < bytes.len() {
        let mut c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(bytes[i] - b'0')))
                    .ok_or(BadFormat("total struct size too long"))?;
                i += 1;
            }
            match bytes.get(i) {
                Some(&n) => c = n,
                None => return Err(BadFormat("repeat count given without format specifier")),
            }
        }
        i += 1;
        let unit = code_size(c, order).ok_or(BadFormat("bad char in struct format"))?;
        if order == Order::Native && !matches!(c, b's' | b'p' | b'x' | b'c') {
            size = size.div_ceil(unit).checked_mul(unit).ok_or(too_long)?;
        }
        match c {
            b's' | b'p' => {
                items.push(Item {
                    code: c,
                    offset: size,
                    size: count,
                });
                nargs += 1;
                size = size.checked_add(count).ok_or(too_long)?;
            }
            b'x' => size = size.checked_add(count).ok_or(too_long)?,
            _ => {
                for _ in 0..count {
                    items.push(Item {
                        code: c,
                        offset: size,
                        size: unit,
                    });
                    size = size.checked_add(unit).ok_or(too_long)?;
                }
                nargs += count;
            }
        }
        if size > isize::MAX as usize {
            return Err(too_long);
        }
    }
    Ok(Layout {
        order,
        items,
        size,
        nargs,
    })
}

/// Write the low `out.len()` bytes of `v` (two's complement) in `order`.
pub fn put_int(out: &mut [u8], v: i128, order: Order) {
    let le = v.to_le_bytes();
    let n = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        *b = if order == Order::Big {
            le[n - 1 - k]
        } else {
            le[k]
        };
    }
}

/// Read an `inp.len()`-byte integer in `order`, sign-extending when `signed`.
pub fn get_int(inp: &[u8], signed: bool, order: Order) -> i128 {
    let mut v: u128 = 0;
    let n = inp.len();
    for k in 0..n {
        let b = if order == Order::Big {
            inp[k]
        } else {
            inp[n - 1 - k]
        };
        v = (v << 8) | u128::from(b);
    }
    if signed && n > 0 && n < 16 && v >> (8 * n - 1) & 1 == 1 {
        (v as i128) - (1i128 << (8 * n))
    } else {
        v as i128
    }
}

/// The inclusive range of integer `code` with `size` bytes.
pub fn int_range(code: u8, size: usize) -> (i128, i128) {
    let bits = 8 * size as u32;
    if code.is_ascii_lowercase() {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    }
}

/// IEEE binary16 bits of `x`, rounding half to even; `None` when `x` is finite but too
/// large for a half float.
pub fn f16_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a < f64::powi(2.0, -14) {
        // Subnormal range: units of 2**-24; a carry into 1024 lands on the smallest normal.
        let m = round_half_even(a * f64::powi(2.0, 24)) as u16;
        return Some(sign | m);
    }
    let mut e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut m = round_half_even(a * f64::powi(2.0, 10 - e)) as u32;
    if m == 2048 {
        m = 1024;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | (m - 1024) as u16)
}

fn round_half_even(q: f64) -> f64 {
    let fl = q.floor();
    let diff = q - fl;
    if diff > 0.5 || (diff == 0.5 && fl % 2.0 != 0.0) {
        fl + 1.0
    } else {
        fl
    }
}

pub fn f16_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((bits >> 10) & 0x1f);
    let mant = f64::from(bits & 0x3ff);
    sign * match exp {
        0 => mant * f64::powi(2.0, -24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (mant + 1024.0) * f64::powi(2.0, exp - 25),
    }
}

/// Copy `src` into `out` in `order` (`src` is little-endian).
pub fn put_bytes(out: &mut [u8], src: &[u8], order: Order) {
    out.copy_from_slice(src);
    if order == Order::Big {
        out.reverse();
    }
}

/// `inp` as little-endian bytes, whatever `order` it is stored in.
pub fn le_bytes<const N: usize>(inp: &[u8], order: Order) -> [u8; N] {
    let mut b = [0u8; N];
    b.copy_from_slice(&inp[..N]);
    if order == Order::Big {
        b.reverse();
    }
    b
}
