//! `PyStr`: the str payload (immutable UTF-8 with cached hash and character count) and the
//! process-wide interner for identifiers.
//!
//! Text of up to `INLINE` bytes (most words, keys and pieces of split lines) is stored in
//! the payload itself, so such a str costs one allocation (the object), not two.
//! Indexing by character is O(1) for ASCII strings (the common case) and O(n) otherwise.
//! Interned strings (attribute, global and keyword names) share one object per spelling, so
//! name comparisons in dict probes usually succeed on the pointer check.

use crate::object::{ObjRef, Payload, PyObject};
use crate::value::Value;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

/// Longest text kept inline: the payload stays 48 bytes (see `Text`).
const INLINE: usize = 30;

enum Text {
    /// Invariant: `buf[..len]` is valid UTF-8 (copied from a `&str`, or ASCII mapped to
    /// ASCII by `ascii_case`).
    Inline { len: u8, buf: [u8; INLINE] },
    /// A `String` (not `Box<str>`) so that `s += t` on an unshared str can append in place.
    Heap(String),
}

impl Text {
    #[inline]
    fn copied(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            Text::Heap(s.to_owned())
        }
    }

    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Text::Inline { len, buf } => {
                let b = &buf[..*len as usize];
                // SAFETY: an inline buffer only ever holds bytes copied from a `&str`
                // (`copied`, `push_str`), cut at that str's length, or ASCII case-mapped
                // from such bytes (`ascii_case`).
                unsafe { std::str::from_utf8_unchecked(b) }
            }
            Text::Heap(s) => s,
        }
    }

    fn push_str(&mut self, t: &str) {
        match self {
            Text::Inline { len, buf } if *len as usize + t.len() <= INLINE => {
                let n = *len as usize;
                buf[n..n + t.len()].copy_from_slice(t.as_bytes());
                *len = (n + t.len()) as u8;
            }
            Text::Inline { .. } => {
                let mut s = String::with_capacity((self.as_str().len() + t.len()) * 2);
                s.push_str(self.as_str());
                s.push_str(t);
                *self = Text::Heap(s);
            }
            Text::Heap(s) => s.push_str(t),
        }
    }
}

pub struct PyStr {
    s: Text,
    /// Number of characters (code points), with `INTERNED` or'ed in.
    chars: usize,
    /// Cached hash; `HASH_UNSET` until first computed.
    hash: AtomicI64,
}

const HASH_UNSET: i64 = -1;
/// Marks interned strings in `PyStr::chars`. Interned strings live for the whole process,
/// so their address identifies them (the VM's lookup caches key on it).
const INTERNED: usize = 1 << (usize::BITS - 1);

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let chars = char_count(&s);
        let s = if s.len() <= INLINE {
            Text::copied(&s)
        } else {
            Text::Heap(s)
        };
        PyStr {
            s,
            chars,
            hash: AtomicI64::new(HASH_UNSET),
        }
    }

    /// A str copied from `s`, with no intermediate `String` when it fits inline.
    pub fn copied(s: &str) -> PyStr {
        PyStr {
            s: Text::copied(s),
            chars: char_count(s),
            hash: AtomicI64::new(HASH_UNSET),
        }
    }

    /// `lower()`/`upper()` of an ASCII str short enough to stay inline; `None` otherwise.
    pub fn ascii_case(&self, upper: bool) -> Option<PyStr> {
        let Text::Inline { len, mut buf } = self.s else {
            return None;
        };
        if !self.is_ascii() {
            return None;
        }
        let b = &mut buf[..len as usize];
        if upper {
            b.make_ascii_uppercase();
        } else {
            b.make_ascii_lowercase();
        }
        // ASCII case mapping keeps ASCII bytes ASCII: the buffer stays valid UTF-8.
        Some(PyStr {
            s: Text::Inline { len, buf },
            chars: self.char_len(),
            hash: AtomicI64::new(HASH_UNSET),
        })
    }

    /// Append in place (only for a str nobody else can see: the caller holds `&mut`).
    pub fn append(&mut self, t: &PyStr) {
        self.s.push_str(t.as_str());
        self.chars += t.char_len();
        *self.hash.get_mut() = HASH_UNSET;
    }

    #[inline]
    pub fn is_interned(&self) -> bool {
        self.chars & INTERNED != 0
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        self.s.as_str()
    }

    /// Length in characters.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars & !INTERNED
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.as_str().len()
    }

    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.as_str().as_bytes().get(i).map(|&b| b as char)
        } else {
            self.as_str().chars().nth(i)
        }
    }

    /// Byte offset of character index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        let s = self.as_str();
        if self.is_ascii() {
            i.min(s.len())
        } else {
            s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
        }
    }

    /// Substring by character indices `[start, end)`.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end.max(start));
        &self.as_str()[a..b]
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_str(self.as_str());
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

/// A new (not interned) str value copied from `s`: one allocation when `s` fits inline
/// (`Value::str` takes a `String`, which is a second one).
pub fn new_str(s: &str) -> Value {
    Value::obj(Payload::Str(PyStr::copied(s)))
}

/// The hash of a str. Deterministic across runs (CPython randomises it; nothing may depend
/// on either behaviour).
pub fn hash_str(s: &str) -> i64 {
    hash_str_bytes(s.as_bytes())
}

fn interner() -> &'static Mutex<HashMap<Box<str>, ObjRef>> {
    static INTERNER: OnceLock<Mutex<HashMap<Box<str>, ObjRef>>> = OnceLock::new();
    INTERNER.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The interned str object for `s`. Interned strings live as long as the process.
pub fn intern(s: &str) -> Value {
    let mut map = interner().lock();
    if let Some(o) = map.get(s) {
        return Value::Obj(o.clone());
    }
    let mut ps = PyStr::copied(s);
    ps.chars |= INTERNED;
    let o = ObjRef::new(PyObject::new(Payload::Str(ps)));
    o.make_immortal();
    map.insert(s.into(), o.clone());
    Value::Obj(o)
}

/// The hash of bytes: equal to the hash of the same text as str, like CPython.
pub fn hash_str_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
