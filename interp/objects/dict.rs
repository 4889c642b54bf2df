//! `Dict`: the insertion-ordered hash map behind `dict`, instance `__dict__`s, module
//! globals and class namespaces.
//!
//! Layout: a dense `entries` vector in insertion order (tombstones for deletions) plus a
//! `hashbrown::HashTable` of indices probed with the precomputed Python hash. The lock is a
//! leaf lock (DESIGN §3): key equality that needs Python code (`__eq__` of user objects) is
//! never evaluated under it. Such lookups copy out the candidate keys with an equal hash,
//! release the lock, compare, then re-lock and check that the entry is still the same one.
//! str and int keys never call back into Python.

use crate::object::ObjRef;

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use hashbrown::HashTable;
use parking_lot::{Mutex, MutexGuard};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictData {
    entries: Vec<Option<Entry>>,
    indices: HashTable<u32>,
    used: usize,
    /// Bumped on every insertion of a new key, deletion and clear: iterators use it to detect
    /// changes of size during iteration; caches use it to validate.
    pub version: u64,
}

#[derive(Default)]
pub struct Dict {
    inner: Mutex<DictData>,
    /// Bumped after every mutation (including value updates), readable without the lock:
    /// the VM's global-variable cache compares it to decide whether a cached value is current.
    mods: AtomicU64,
}

/// Equality decidable without running Python code: `Some(result)` or `None` when a user
/// `__eq__` might be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x == y),
        (Bool(x), Bool(y)) => Some(x == y),
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => Some(*x == *y as i64),
        // Floats are immediates: equal bits stand in for CPython's identity check.
        (Float(x), Float(y)) => Some(x == y || x.to_bits() == y.to_bits()),
        (Int(x), Float(y)) | (Float(y), Int(x)) => Some(crate::objects::int::int_float_eq(*x, *y)),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => Some((*x as i64 as f64) == *y),
        (None, None) => Some(true),
        (Obj(x), Obj(y)) => {
            if ObjRef::ptr_eq(x, y) {
                return Some(true);
            }
            if x.cls.is_some() || y.cls.is_some() {
                return Option::None;
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
                (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
                (Payload::BigInt(s), Payload::BigInt(t)) => Some(s == t),
                (Payload::Tuple(s), Payload::Tuple(t)) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        match fast_eq(p, q) {
                            Some(true) => {}
                            other => return other,
                        }
                    }
                    Some(true)
                }
                (Payload::Str(_), _) | (_, Payload::Str(_)) => Some(false),
                _ => Option::None,
            }
        }
        (Obj(o), _) | (_, Obj(o)) => {
            if o.cls.is_some() {
                return Option::None;
            }
            match &o.payload {
                Payload::BigInt(_) => Some(false),
                Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_) => Some(false),
                _ => Option::None,
            }
        }
        _ => Some(false),
    }
}

/// The hash of `key` when no Python code is needed to compute it: ints, exact strs (their
/// cached hash) and exact tuples of such keys nested at most `depth` levels; `None` for
/// anything else. Unlike `Vm::hash` it never copies a tuple's items, so a tuple key costs
/// no allocation and no reference-count traffic to hash.
pub fn native_hash(key: &Value, depth: u32) -> Option<i64> {
    match key {
        Value::Int(i) => Some(crate::objects::int::hash_i64(*i)),
        Value::Obj(o) if o.cls.is_none() => match &o.payload {
            Payload::Str(s) => Some(s.hash()),
            Payload::Tuple(t) if depth > 0 => {
                tuple_hash(t.len(), t.iter().map(|v| native_hash(v, depth - 1)))
            }
            _ => None,
        },
        _ => None,
    }
}

/// CPython's xxHash-based tuple hash over the items' hashes (`None` if any item has none).
fn tuple_hash(len: usize, items: impl Iterator<Item = Option<i64>>) -> Option<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for h in items {
        acc = acc.wrapping_add((h? as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31).wrapping_mul(P1);
    }
    acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3527539));
    let h = acc as i64;
    Some(if h == -1 { 1546275796 } else { h })
}

/// Nesting of tuple keys hashed natively; deeper ones go through `Vm::hash` (which guards
/// the native stack).
const HASH_DEPTH: u32 = 8;

/// `hash(key)`, natively when possible.
#[inline]
pub fn key_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    match native_hash(key, HASH_DEPTH) {
        Some(h) => Ok(h),
        None => vm.hash(key),
    }
}

/// The hash the index table is keyed by: Python's hash mixed so that its high bits vary
/// too. The table tags entries with the top bits; int keys hash to themselves, so small
/// ints would otherwise all share one tag and every probe would compare many entries.
#[inline(always)]
fn table_hash(h: i64) -> u64 {
    (h as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

enum Probe {
    Found(usize),
    Missing,
    /// Entries with an equal hash whose keys need Python equality.
    Candidates(Vec<(usize, Value)>),
}

impl DictData {
    /// Entries whose stored hash is `hash`, with their positions.
    fn same_hash(&self, hash: i64) -> impl Iterator<Item = (usize, &Entry)> {
        self.indices
            .iter_hash(table_hash(hash))
            .filter_map(move |&idx| match &self.entries[idx as usize] {
                Some(e) if e.hash == hash => Some((idx as usize, e)),
                _ => None,
            })
    }

    #[inline]
    fn probe(&self, hash: i64, key: &Value) -> Probe {
        // The loop `same_hash` would make, written out: this is the hottest path of every
        // dict operation, and the iterator adapter compiles to slower code.
        for &idx in self.indices.iter_hash(table_hash(hash)) {
            let Some(e) = &self.entries[idx as usize] else {
                continue;
            };
            if e.hash != hash {
                continue;
            }
            match fast_eq(&e.key, key) {
                Some(true) => return Probe::Found(idx as usize),
                Some(false) => {}
                None => return self.probe_candidates(hash, key),
            }
        }
        Probe::Missing
    }

    /// `probe` once a key needing Python equality has been met: every such key with an
    /// equal hash, unless a natively equal one is found.
    #[cold]
    fn probe_candidates(&self, hash: i64, key: &Value) -> Probe {
        let mut cands = Vec::new();
        for (idx, e) in self.same_hash(hash) {
            match fast_eq(&e.key, key) {
                Some(true) => return Probe::Found(idx),
                Some(false) => {}
                None => cands.push((idx, e.key.clone())),
            }
        }
        if cands.is_empty() {
            Probe::Missing
        } else {
            Probe::Candidates(cands)
        }
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.entries.len() >= u32::MAX as usize - 1 {
            self.compact();
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.indices.insert_unique(table_hash(hash), idx, |&i| {
            entries[i as usize]
                .as_ref()
                .map_or(0, |e| table_hash(e.hash))
        });
        self.used += 1;
        self.version = self.version.wrapping_add(1);
    }

    fn remove_at(&mut self, idx: usize) -> Option<Entry> {
        let e = self.entries.get_mut(idx)?.take()?;
        if let Ok(ent) = self
            .indices
            .find_entry(table_hash(e.hash), |&i| i as usize == idx)
        {
            ent.remove();
        }
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        if self.entries.len() > 16 && self.used * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.indices.clear();
        self.used = 0;
        for e in old.into_iter().flatten() {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The entry at dense position `i` (skipping nothing): for iteration by position.
    pub fn entry_at(&self, i: usize) -> Option<Option<&Entry>> {
        self.entries.get(i).map(|e| e.as_ref())
    }

    /// Number of dense positions (live entries plus tombstones).
    pub fn capacity_used(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at position `hint` if its key is the very object `key`.
    #[inline(always)]
    fn hinted(&self, key: &Value, hint: &AtomicU32) -> Option<&Entry> {
        let e = self
            .entries
            .get(hint.load(Ordering::Relaxed) as usize)?
            .as_ref()?;
        match (&e.key, key) {
            (Value::Obj(a), Value::Obj(b)) if ObjRef::ptr_eq(a, b) => Some(e),
            _ => None,
        }
    }

    /// The index of str key `key` (hash `hash`): the same object (interned names) or an
    /// equal plain str. Keys whose equality would need Python code never match.
    #[inline]
    fn find_str(&self, hash: i64, key: &Value) -> Option<usize> {
        let kp = key.as_obj().map(ObjRef::as_ptr);
        for &idx in self.indices.iter_hash(table_hash(hash)) {
            let Some(Some(e)) = self.entries.get(idx as usize) else {
                continue;
            };
            if e.hash == hash
                && (e.key.as_obj().map(ObjRef::as_ptr) == kp || fast_eq(&e.key, key) == Some(true))
            {
                return Some(idx as usize);
            }
        }
        None
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// Direct access to the table. Counts as a mutation for version purposes.
    pub fn lock(&self) -> MutexGuard<'_, DictData> {
        self.bump();
        self.inner.lock()
    }

    /// The mutation counter (see `mods`).
    #[inline]
    pub fn mods(&self) -> u64 {
        self.mods.load(Ordering::Acquire)
    }

    /// `bump` by a writer holding the lock (see `set_str`): a plain store, no atomic
    /// read-modify-write.
    #[inline]
    fn bump_locked(&self) {
        let m = self.mods.load(Ordering::Relaxed);
        self.mods.store(m.wrapping_add(1), Ordering::Release);
    }

    #[inline]
    fn bump(&self) {
        self.mods.fetch_add(1, Ordering::Release);
    }

    pub fn len(&self) -> usize {
        self.inner.lock().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.inner.lock().version
    }

    /// Resolve `key` to an entry index, running Python `__eq__` outside the lock if needed.
    /// Where `key` is, decided with Python `__eq__` run outside the lock, plus the table
    /// version the answer holds for: an index may only be used (under the lock) while
    /// `version` is unchanged, since another thread may insert, delete or compact meanwhile.
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<(Option<usize>, u64)> {
        loop {
            let (cands, version) = {
                let d = self.inner.lock();
                match d.probe(hash, key) {
                    Probe::Found(i) => return Ok((Some(i), d.version)),
                    Probe::Missing => return Ok((None, d.version)),
                    Probe::Candidates(c) => (c, d.version),
                }
            };
            let mut changed = false;
            for (idx, k) in cands {
                if vm.eq(&k, key)? {
                    let d = self.inner.lock();
                    match d.entries.get(idx).and_then(|e| e.as_ref()) {
                        Some(e) if e.key.is(&k) => return Ok((Some(idx), d.version)),
                        _ => {
                            changed = true;
                            break;
                        }
                    }
                }
            }
            if !changed {
                let d = self.inner.lock();
                if d.version == version {
                    return Ok((None, version));
                }
            }
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        {
            let d = self.inner.lock();
            match d.probe(hash, key) {
                Probe::Found(i) => return Ok(d.entries[i].as_ref().map(|e| e.value.clone())),
                Probe::Missing => return Ok(None),
                Probe::Candidates(_) => {}
            }
        }
        loop {
            let (found, version) = self.find(vm, key, hash)?;
            let Some(i) = found else { return Ok(None) };
            let d = self.inner.lock();
            if d.version == version {
                return Ok(d.entries[i].as_ref().map(|e| e.value.clone()));
            }
        }
    }

    /// `key in d`: no copy of the value is made.
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = key_hash(vm, key)?;
        match self.inner.lock().probe(hash, key) {
            Probe::Found(_) => return Ok(true),
            Probe::Missing => return Ok(false),
            Probe::Candidates(_) => {}
        }
        Ok(self.find(vm, key, hash)?.0.is_some())
    }

    /// `d.setdefault(key, default)`: one probe when the key's equality is native.
    pub fn setdefault(&self, vm: &mut Vm, key: &Value, default: Value) -> PyResult<Value> {
        let hash = key_hash(vm, key)?;
        {
            let mut d = self.inner.lock();
            match d.probe(hash, key) {
                Probe::Found(i) => {
                    return Ok(d.entries[i].as_ref().map_or(default, |e| e.value.clone()))
                }
                Probe::Missing => {
                    self.bump_locked();
                    d.insert_new(hash, key.clone(), default.clone());
                    return Ok(default);
                }
                Probe::Candidates(_) => {}
            }
        }
        if let Some(v) = self.get_hashed(vm, key, hash)? {
            return Ok(v);
        }
        self.set_hashed(vm, key.clone(), hash, default.clone())?;
        Ok(default)
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = key_hash(vm, &key)?;
        self.set_hashed(vm, key, hash, value)
    }

    /// The slow half of `set_hashed`, for keys whose equality needs Python code.
    fn set_hashed_inner(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        loop {
            let (found, version) = self.find(vm, &key, hash)?;
            let mut d = self.inner.lock();
            if d.version != version {
                continue;
            }
            match found.and_then(|i| d.entries[i].as_mut()) {
                Some(e) => {
                    let old = std::mem::replace(&mut e.value, value);
                    drop(d);
                    drop(old);
                }
                None => d.insert_new(hash, key, value),
            }
            return Ok(());
        }
    }

    /// Remove `key`, returning its value if it was present.
    fn remove_inner(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(vm, key)?;
        loop {
            let (found, version) = self.find(vm, key, hash)?;
            let Some(i) = found else { return Ok(None) };
            let mut d = self.inner.lock();
            if d.version == version {
                let removed = d.remove_at(i);
                drop(d);
                return Ok(removed.map(|e| e.value));
            }
        }
    }

    /// Store `value` in entry `i` of the locked table; the old value is dropped after the
    /// lock is released.
    #[inline]
    fn replace_value(&self, mut d: MutexGuard<'_, DictData>, i: usize, value: Value) {
        self.bump_locked();
        let old = d.entries[i]
            .as_mut()
            .map(|e| std::mem::replace(&mut e.value, value));
        drop(d);
        drop(old);
    }

    /// `d[key] = value` with a borrowed key: copied only when it is inserted, so updating
    /// an existing entry (`d[k] += 1`) costs no reference-count traffic for the key.
    pub fn set_ref(&self, vm: &mut Vm, key: &Value, value: Value) -> PyResult<()> {
        let hash = key_hash(vm, key)?;
        {
            let d = self.inner.lock();
            if let Probe::Found(i) = d.probe(hash, key) {
                self.replace_value(d, i, value);
                return Ok(());
            }
        }
        self.set_hashed(vm, key.clone(), hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        {
            // Native equality: decided and done under one lock, the counter bumped with a
            // plain store as in `set_str`.
            let mut d = self.inner.lock();
            match d.probe(hash, &key) {
                Probe::Found(i) => {
                    self.replace_value(d, i, value);
                    return Ok(());
                }
                Probe::Missing => {
                    self.bump_locked();
                    d.insert_new(hash, key, value);
                    return Ok(());
                }
                Probe::Candidates(_) => {}
            }
        }
        let r = self.set_hashed_inner(vm, key, hash, value);
        self.bump();
        r
    }

    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let r = self.remove_inner(vm, key);
        self.bump();
        r
    }

    pub fn remove_str(&self, name: &str) -> Option<Value> {
        let r = self.remove_str_inner(name);
        self.bump();
        r
    }

    pub fn insert_hashed_unique(&self, hash: i64, key: Value, value: Value) {
        self.insert_hashed_unique_inner(hash, key, value);
        self.bump();
    }

    pub fn clear(&self) {
        self.clear_inner();
        self.bump();
    }

    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let r = self.pop_last_inner();
        self.bump();
        r
    }

    /// Lookup by a str key without a VM (attribute and global lookups).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let hash = crate::objects::str::hash_str(name);
        let d = self.inner.lock();
        for &idx in d.indices.iter_hash(table_hash(hash)) {
            if let Some(e) = &d.entries[idx as usize] {
                if e.hash == hash && e.key.as_str() == Some(name) {
                    return Some(e.value.clone());
                }
            }
        }
        None
    }

    /// Lookup by a str payload (uses its cached hash; no VM needed).
    pub fn get_pystr(&self, key: &crate::objects::str::PyStr) -> Option<Value> {
        let hash = key.hash();
        let d = self.inner.lock();
        for &idx in d.indices.iter_hash(table_hash(hash)) {
            if let Some(e) = &d.entries[idx as usize] {
                if e.hash == hash {
                    if let Some(k) = e.key.as_pystr() {
                        if std::ptr::eq(k, key) || k.as_str() == key.as_str() {
                            return Some(e.value.clone());
                        }
                    }
                }
            }
        }
        None
    }

    /// Lookup by a str value (uses its cached hash).
    pub fn get_item_str(&self, key: &Value) -> Option<Value> {
        let h = key.as_pystr()?.hash();
        let d = self.inner.lock();
        let i = d.find_str(h, key)?;
        d.entries[i].as_ref().map(|e| e.value.clone())
    }

    /// `get_item_str` for an interned name, trying the entry at position `hint` first (no
    /// hashing when the name is where it was last time, as in instances of one class that
    /// set their attributes in the same order) and updating the hint otherwise.
    #[inline]
    pub fn get_str_hinted(&self, key: &Value, hint: &AtomicU32) -> Option<Value> {
        let d = self.inner.lock();
        if let Some(e) = d.hinted(key, hint) {
            return Some(e.value.clone());
        }
        let i = d.find_str(key.as_pystr()?.hash(), key)?;
        hint.store(i as u32, Ordering::Relaxed);
        d.entries[i].as_ref().map(|e| e.value.clone())
    }

    /// `set_str` for an interned name with a position hint (see `get_str_hinted`).
    #[inline]
    pub fn set_str_hinted(&self, key: Value, value: Value, hint: &AtomicU32) {
        let Some(h) = key.as_pystr().map(|s| s.hash()) else {
            return;
        };
        let mut d = self.inner.lock();
        self.bump_locked();
        let i = match d.hinted(&key, hint) {
            Some(_) => hint.load(Ordering::Relaxed) as usize,
            None => match d.find_str(h, &key) {
                Some(i) => {
                    hint.store(i as u32, Ordering::Relaxed);
                    i
                }
                None => {
                    hint.store(d.entries.len() as u32, Ordering::Relaxed);
                    d.insert_new(h, key, value);
                    return;
                }
            },
        };
        if let Some(Some(e)) = d.entries.get_mut(i) {
            let old = std::mem::replace(&mut e.value, value);
            drop(d);
            drop(old);
        }
    }

    /// Whether str key `key` is present.
    pub fn contains_str(&self, key: &Value) -> bool {
        key.as_pystr()
            .is_some_and(|s| self.inner.lock().find_str(s.hash(), key).is_some())
    }

    /// Insert with a str key without a VM (the key must be a str value), counting as a
    /// mutation. The counter is bumped under the lock with a plain store (no second atomic
    /// read-modify-write per attribute store), before the entry changes: it may merge with
    /// a concurrent `bump` from an unlocked path, but every mutation still changes it, and a
    /// reader that sees the new count reads the table after this writer unlocks.
    pub fn set_str(&self, key: Value, value: Value) {
        let Some(h) = key.as_pystr().map(|s| s.hash()) else {
            return;
        };
        let mut d = self.inner.lock();
        self.bump_locked();
        match d.find_str(h, &key) {
            Some(i) => {
                if let Some(e) = d.entries[i].as_mut() {
                    let old = std::mem::replace(&mut e.value, value);
                    drop(d);
                    drop(old);
                }
            }
            None => d.insert_new(h, key, value),
        }
    }

    /// Remove a str key without a VM.
    fn remove_str_inner(&self, name: &str) -> Option<Value> {
        let hash = crate::objects::str::hash_str(name);
        let mut d = self.inner.lock();
        let idx = d.indices.iter_hash(table_hash(hash)).copied().find(|&i| {
            d.entries[i as usize]
                .as_ref()
                .is_some_and(|e| e.key.as_str() == Some(name))
        })?;
        let e = d.remove_at(idx as usize);
        drop(d);
        e.map(|e| e.value)
    }

    /// Insert a key whose hash the caller computed (and that is known to need no Python
    /// equality, e.g. while copying another dict).
    fn insert_hashed_unique_inner(&self, hash: i64, key: Value, value: Value) {
        let mut d = self.inner.lock();
        match d.probe(hash, &key) {
            Probe::Found(i) => {
                if let Some(e) = d.entries[i].as_mut() {
                    e.value = value;
                }
            }
            _ => d.insert_new(hash, key, value),
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.inner.lock().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.inner.lock().iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner
            .lock()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Entries with hashes, for copying into another dict without rehashing.
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        self.inner
            .lock()
            .iter()
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect()
    }

    fn clear_inner(&self) {
        let old = {
            let mut d = self.inner.lock();
            let v = d.version.wrapping_add(1);
            let old = std::mem::take(&mut *d);
            d.version = v;
            old
        };
        drop(old);
    }

    pub fn copy(&self) -> Dict {
        let d = Dict::new();
        for (h, k, v) in self.hashed_items() {
            d.insert_hashed_unique(h, k, v);
        }
        d
    }

    /// Remove and return the last inserted item (`dict.popitem`).
    fn pop_last_inner(&self) -> Option<(Value, Value)> {
        let mut d = self.inner.lock();
        let idx = d.entries.iter().rposition(|e| e.is_some())?;
        let e = d.remove_at(idx)?;
        Some((e.key, e.value))
    }

    /// The item at dense position `*pos` or later, advancing `*pos` past it; `None` at the
    /// end. Also returns the dict's version so iterators can detect size changes.
    pub fn next_at(&self, pos: &mut usize) -> Option<(Value, Value)> {
        let d = self.inner.lock();
        while *pos < d.entries.len() {
            let i = *pos;
            *pos += 1;
            if let Some(e) = &d.entries[i] {
                return Some((e.key.clone(), e.value.clone()));
            }
        }
        None
    }
}
