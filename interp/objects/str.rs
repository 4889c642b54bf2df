//! `PyStr`: the str payload (immutable UTF-8 with cached hash and character count) and the
//! process-wide interner for identifiers.
//!
//! Indexing by character is O(1) for ASCII strings (the common case) and O(n) otherwise.
//! Interned strings (attribute, global and keyword names) share one object per spelling, so
//! name comparisons in dict probes usually succeed on the pointer check.

use crate::object::{ObjRef, Payload, PyObject};
use crate::value::Value;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

pub struct PyStr {
    /// A `String` (not `Box<str>`) so that `s += t` on an unshared str can append in place.
    s: String,
    /// Number of characters (code points).
    chars: usize,
    /// Cached hash; `HASH_UNSET` until first computed.
    hash: AtomicI64,
    /// Interned strings live for the whole process, so their address identifies them (the
    /// VM's lookup caches key on it).
    interned: bool,
}

const HASH_UNSET: i64 = -1;

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            chars,
            hash: AtomicI64::new(HASH_UNSET),
            interned: false,
        }
    }

    /// Append in place (only for a str nobody else can see: the caller holds `&mut`).
    pub fn append(&mut self, t: &PyStr) {
        self.s.push_str(&t.s);
        self.chars += t.chars;
        *self.hash.get_mut() = HASH_UNSET;
    }

    #[inline]
    pub fn is_interned(&self) -> bool {
        self.interned
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in characters.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of character index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// Substring by character indices `[start, end)`.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end.max(start));
        &self.s[a..b]
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
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
    let mut ps = PyStr::new(s.to_string());
    ps.interned = true;
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
