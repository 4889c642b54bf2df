//! str methods that cut text into pieces: `split`/`rsplit` (by a separator or by
//! whitespace), `splitlines`, and `strip`/`lstrip`/`rstrip`.
//!
//! ASCII text is scanned bytewise; other text by characters with Python's whitespace and
//! line-break sets (`str_unicode`). A split that finds nothing returns the receiver itself
//! in the list when it is an exact str, as CPython does.

use super::args::{c_int_arg, int_arg, kw_args, pos_args, str_self};
use super::find::{is_str_ascii_space, rsplit_each, rsplit_ws_each, split_each, split_ws_each};
use super::search::{piece, same};
use super::unicode::{is_linebreak, is_space};
use crate::objects::str::PyStr;
use crate::objects::types::type_name_of;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// `(sep, maxsplit)` of split/rsplit; `maxsplit` is `usize::MAX` for "no limit".
fn split_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<(Option<&'a PyStr>, usize)> {
    let [sep, max] = kw_args(vm, a, name, ["sep", "maxsplit"], 1)?;
    // CPython converts `maxsplit` before it looks at `sep`.
    let max = match max {
        Some(m) => usize::try_from(int_arg(vm, m)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => match v.as_pystr() {
            Some(p) if p.char_len() == 0 => return Err(vm.value_error("empty separator")),
            Some(p) => Some(p),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", type_name_of(v))))
            }
        },
    };
    Ok((sep, max))
}

/// Character-wise whitespace split for non-ASCII text: byte ranges, in the order found
/// (right to left when `rev`).
fn split_ws_chars(t: &str, maxsplit: usize, rev: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if rev {
        let mut end = t.len();
        loop {
            end = t[..end].trim_end_matches(is_space).len();
            if end == 0 {
                break;
            }
            if out.len() == maxsplit {
                out.push((0, end));
                break;
            }
            let start = t[..end]
                .char_indices()
                .rev()
                .find(|&(_, c)| is_space(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            out.push((start, end));
            end = start;
        }
    } else {
        let mut start = 0;
        loop {
            start = t.len() - t[start..].trim_start_matches(is_space).len();
            if start == t.len() {
                break;
            }
            if out.len() == maxsplit {
                out.push((start, t.len()));
                break;
            }
            let end = t[start..].find(is_space).map_or(t.len(), |i| start + i);
            out.push((start, end));
            start = end;
        }
    }
    out
}

fn do_split(vm: &mut Vm, a: Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let qual = if rev { "str.rsplit" } else { "str.split" };
    let s = str_self(vm, &a, qual)?;
    let (sep, max) = split_args(vm, &a, name)?;
    let t = s.as_str();
    let hay = t.as_bytes();
    // Pieces become str values as they are found; a piece that is the whole receiver is
    // the receiver itself (an exact str), as in CPython.
    let mut items: Vec<Value> = Vec::new();
    let mut push = |x: usize, y: usize| {
        items.push(if x == 0 && y == t.len() {
            same(&a.pos[0], s)
        } else {
            piece(vm, &t[x..y])
        })
    };
    match sep {
        Some(p) => {
            let sb = p.as_str().as_bytes();
            if rev {
                rsplit_each(hay, sb, max, &mut push)
            } else {
                split_each(hay, sb, max, &mut push)
            }
        }
        None if s.is_ascii() => {
            if rev {
                rsplit_ws_each(hay, max, is_str_ascii_space, &mut push)
            } else {
                split_ws_each(hay, max, is_str_ascii_space, &mut push)
            }
        }
        None => {
            for (x, y) in split_ws_chars(t, max, rev) {
                push(x, y);
            }
        }
    }
    if rev {
        items.reverse();
    }
    Ok(Value::list(items))
}

pub fn split(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_split(vm, a, "split", false)
}

pub fn rsplit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_split(vm, a, "rsplit", true)
}

pub fn splitlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let s = str_self(vm, &a, "str.splitlines")?;
    let [keep] = kw_args(vm, &a, "splitlines", ["keepends"], 1)?;
    let keep = match keep {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    let t = s.as_str();
    let b = t.as_bytes();
    let mut items = Vec::new();
    let mut start = 0;
    let mut push = |vm: &Vm, start: usize, end: usize, next: usize| {
        let stop = if keep { next } else { end };
        if start == 0 && next == t.len() && stop == t.len() {
            items.push(same(&a.pos[0], s));
        } else {
            items.push(piece(vm, &t[start..stop]));
        }
    };
    let mut it = t.char_indices();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && b.get(next) == Some(&b'\n') {
            next += 1;
            it.next();
        }
        push(vm, start, i, next);
        start = next;
    }
    if start < t.len() {
        push(vm, start, t.len(), t.len());
    }
    Ok(Value::list(items))
}

/// Which ends `strip` works on.
#[derive(Clone, Copy, PartialEq)]
enum Ends {
    Both,
    Left,
    Right,
}

fn trim(t: &str, ends: Ends, pred: impl Fn(char) -> bool) -> &str {
    match ends {
        Ends::Both => t.trim_matches(pred),
        Ends::Left => t.trim_start_matches(pred),
        Ends::Right => t.trim_end_matches(pred),
    }
}

fn do_strip(vm: &mut Vm, a: Args<'_>, qual: &str, ends: Ends) -> PyResult<Value> {
    let s = str_self(vm, &a, qual)?;
    let args = pos_args(vm, &a, qual, 0, 1)?;
    let t = s.as_str();
    let out = match args.first() {
        None | Some(Value::None) => {
            if s.is_ascii() {
                let b = t.as_bytes();
                let (mut x, mut y) = (0, b.len());
                if ends != Ends::Right {
                    while x < y && is_str_ascii_space(b[x]) {
                        x += 1;
                    }
                }
                if ends != Ends::Left {
                    while y > x && is_str_ascii_space(b[y - 1]) {
                        y -= 1;
                    }
                }
                &t[x..y]
            } else {
                trim(t, ends, is_space)
            }
        }
        Some(v) => match v.as_str() {
            Some(chars) if chars.is_ascii() => {
                let mut set = [false; 128];
                for b in chars.bytes() {
                    set[b as usize] = true;
                }
                trim(t, ends, |c| c.is_ascii() && set[c as usize])
            }
            Some(chars) => trim(t, ends, |c| chars.contains(c)),
            None => return Err(vm.type_error(format!("{} arg must be None or str", &qual[4..]))),
        },
    };
    Ok(if out.len() == t.len() {
        same(&a.pos[0], s)
    } else {
        piece(vm, out)
    })
}

pub fn strip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_strip(vm, a, "str.strip", Ends::Both)
}

pub fn lstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_strip(vm, a, "str.lstrip", Ends::Left)
}

pub fn rstrip(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    do_strip(vm, a, "str.rstrip", Ends::Right)
}
