//! `SetData`: the open-addressing hash table behind `set` and `frozenset`.
//!
//! The table reproduces CPython 3.11's set layout exactly, so that iteration (and therefore
//! printing) happens in the same slot order for the same hashes: 8 slots to start, a linear
//! run of up to 9 neighbouring slots per probe, then the perturbed `i*5 + 1 + perturb` jump;
//! `fill` counts live plus deleted ("dummy") slots and drives growth (`fill*5 >= mask*3`
//! grows to the smallest power of two above `used*4`); a new key reuses the *last* dummy seen
//! on its probe path. The bulk operations mirror CPython's too (`builtins/cont_setalg.rs`),
//! since they decide the table size the result starts from.
//!
//! Lock discipline (DESIGN §3): the table lock is a leaf lock. Keys whose equality is
//! decidable natively (`dict::fast_eq`) are compared under it; otherwise the candidate key is
//! copied out, the lock released and Python's `==` run, then the probe resumes only if the
//! table was not rebuilt and the slot still holds the same key (else it restarts, as CPython
//! does when a comparison mutates the set).

#[path = "../builtins/cont_setalg.rs"]
mod algebra;

use crate::objects::dict::fast_eq;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use parking_lot::{Mutex, MutexGuard};
use std::sync::atomic::{AtomicI64, Ordering};

pub use algebra::as_set;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
pub(crate) enum Slot {
    #[default]
    Empty,
    /// A deleted entry: keeps probe chains intact until the next rebuild.
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub(crate) struct Table {
    pub(crate) slots: Vec<Slot>,
    /// Active plus dummy slots.
    pub(crate) fill: usize,
    /// Active slots.
    pub(crate) used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// Bumped whenever `slots` is replaced: a paused probe can only resume on the same table.
    generation: u64,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }
}

/// Where a probe stands, so that it can pause for a Python comparison and resume.
struct Probe {
    i: usize,
    /// Offset inside the current linear run.
    j: usize,
    perturb: u64,
    freeslot: Option<usize>,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            i: hash as u64 as usize & mask,
            j: 0,
            perturb: hash as u64,
            freeslot: None,
        }
    }
}

enum Step {
    Found(usize),
    /// The key is absent: the first empty slot met, and the last dummy before it.
    Vacant {
        empty: usize,
        freeslot: Option<usize>,
    },
    /// A slot with an equal hash whose key needs Python `==`.
    Ask(usize, Value),
}

/// Result of a full lookup, made with the lock held again.
enum Hit {
    Found(usize),
    /// Found equal by a Python comparison during an insertion, after which the table moved:
    /// present, but no longer at a known slot.
    Present,
    Vacant {
        empty: usize,
        freeslot: Option<usize>,
    },
}

fn next_run(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

impl Table {
    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn probe(&self, hash: i64, key: &Value, st: &mut Probe) -> Step {
        let mask = self.mask();
        loop {
            let probes = if st.i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            while st.j <= probes {
                let idx = st.i + st.j;
                st.j += 1;
                match &self.slots[idx] {
                    Slot::Empty => {
                        return Step::Vacant {
                            empty: idx,
                            freeslot: st.freeslot,
                        }
                    }
                    Slot::Dummy => st.freeslot = Some(idx),
                    Slot::Active(h, k) if *h == hash => {
                        if k.is(key) {
                            return Step::Found(idx);
                        }
                        match fast_eq(k, key) {
                            Some(true) => return Step::Found(idx),
                            Some(false) => {}
                            None => return Step::Ask(idx, k.clone()),
                        }
                    }
                    Slot::Active(..) => {}
                }
            }
            st.i = next_run(st.i, &mut st.perturb, mask);
            st.j = 0;
        }
    }

    fn slot_holds(&self, idx: usize, key: &Value) -> bool {
        matches!(self.slots.get(idx), Some(Slot::Active(_, k)) if k.is(key))
    }

    /// Put a key known to be absent into `slots`, which has no dummies.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                if let Slot::Empty = slots[i + j] {
                    slots[i + j] = Slot::Active(hash, key);
                    return;
                }
            }
            i = next_run(i, &mut perturb, mask);
        }
    }

    /// Rebuild with the smallest power-of-two size above `minused`, dropping dummies.
    /// Returns the old slots so that the caller drops them after unlocking.
    fn resize(&mut self, minused: usize) -> Vec<Slot> {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return Vec::new();
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        for s in &old {
            if let Slot::Active(h, k) = s {
                Table::insert_clean(&mut self.slots, *h, k.clone());
            }
        }
        self.fill = self.used;
        self.generation = self.generation.wrapping_add(1);
        old
    }

    /// Store a new key at a vacant position found by `probe`; may grow the table.
    fn place(&mut self, hash: i64, key: Value, empty: usize, freeslot: Option<usize>) -> Vec<Slot> {
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Active(hash, key);
            return Vec::new();
        }
        self.fill += 1;
        self.slots[empty] = Slot::Active(hash, key);
        if self.fill * 5 < self.mask() * 3 {
            return Vec::new();
        }
        self.grow()
    }

    fn grow(&mut self) -> Vec<Slot> {
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n)
    }

    fn take_at(&mut self, idx: usize) -> Option<Value> {
        match std::mem::replace(&mut self.slots[idx], Slot::Dummy) {
            Slot::Active(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.slots[idx] = other;
                None
            }
        }
    }

    fn hashed_items(&self) -> Vec<(i64, Value)> {
        let mut out = Vec::with_capacity(self.used);
        for s in &self.slots {
            if let Slot::Active(h, k) = s {
                out.push((*h, k.clone()));
            }
        }
        out
    }
}

pub struct SetData {
    inner: Mutex<Table>,
    /// frozenset hash cache; -1 when not computed (mutations reset it).
    hash_cache: AtomicI64,
}

impl Default for SetData {
    fn default() -> Self {
        SetData {
            inner: Mutex::new(Table::default()),
            hash_cache: AtomicI64::new(-1),
        }
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData::default()
    }

    /// A set of `items` added one by one (a `{a, b, c}` display).
    pub fn from_values(vm: &mut Vm, items: impl IntoIterator<Item = Value>) -> PyResult<SetData> {
        let s = SetData::new();
        for v in items {
            s.add(vm, v)?;
        }
        Ok(s)
    }

    /// The frozenset constant CPython's compiler makes for a display of more than two
    /// constants (`{3, 1, 2}` compiles to `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`):
    /// built from the source order, then rebuilt from that set's own iteration order when
    /// the compiler merges constants. Merging it into an empty set gives the display's order.
    pub fn from_constants(vm: &mut Vm, items: Vec<Value>) -> PyResult<SetData> {
        let first = SetData::from_values(vm, items)?;
        SetData::from_values(vm, first.items())
    }

    /// `set(iterable)`: CPython's `set_update_internal` on a new set.
    pub fn from_iterable(vm: &mut Vm, iterable: &Value) -> PyResult<SetData> {
        let s = SetData::new();
        s.update(vm, iterable)?;
        Ok(s)
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Table> {
        self.hash_cache.store(-1, Ordering::Relaxed);
        self.inner.lock()
    }

    pub fn len(&self) -> usize {
        self.inner.lock().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Find `key` (hash given), running Python `==` outside the lock when needed. Returns
    /// with the lock held so that the caller can act on the answer atomically.
    fn locate(
        &self,
        vm: &mut Vm,
        key: &Value,
        hash: i64,
        for_add: bool,
    ) -> PyResult<(MutexGuard<'_, Table>, Hit)> {
        let mut t = self.inner.lock();
        let mut st = Probe::new(hash, t.mask());
        loop {
            match t.probe(hash, key, &mut st) {
                Step::Found(i) => return Ok((t, Hit::Found(i))),
                Step::Vacant { empty, freeslot } => {
                    return Ok((t, Hit::Vacant { empty, freeslot }))
                }
                Step::Ask(idx, startkey) => {
                    let generation = t.generation;
                    drop(t);
                    let equal = vm.eq(&startkey, key)?;
                    t = self.inner.lock();
                    let unchanged = t.generation == generation && t.slot_holds(idx, &startkey);
                    if equal && for_add {
                        return Ok((
                            t,
                            if unchanged {
                                Hit::Found(idx)
                            } else {
                                Hit::Present
                            },
                        ));
                    }
                    if !unchanged {
                        st = Probe::new(hash, t.mask());
                    } else if equal {
                        return Ok((t, Hit::Found(idx)));
                    }
                }
            }
        }
    }

    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let hash = crate::objects::dict::key_hash(vm, &v)?;
        self.add_hashed(vm, v, hash).map(|_| ())
    }

    /// Add with a known hash; true if the key was new.
    pub fn add_hashed(&self, vm: &mut Vm, v: Value, hash: i64) -> PyResult<bool> {
        let (mut t, hit) = self.locate(vm, &v, hash, true)?;
        self.hash_cache.store(-1, Ordering::Relaxed);
        match hit {
            Hit::Found(_) | Hit::Present => Ok(false),
            Hit::Vacant { empty, freeslot } => {
                let old = t.place(hash, v, empty, freeslot);
                drop(t);
                drop(old);
                Ok(true)
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        let hash = crate::objects::dict::key_hash(vm, v)?;
        self.contains_hashed(vm, v, hash)
    }

    pub fn contains_hashed(&self, vm: &mut Vm, v: &Value, hash: i64) -> PyResult<bool> {
        let (_t, hit) = self.locate(vm, v, hash, false)?;
        Ok(matches!(hit, Hit::Found(_)))
    }

    /// Remove `v`; true if it was present.
    pub fn discard(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        let hash = crate::objects::dict::key_hash(vm, v)?;
        self.discard_hashed(vm, v, hash)
    }

    pub fn discard_hashed(&self, vm: &mut Vm, v: &Value, hash: i64) -> PyResult<bool> {
        let (mut t, hit) = self.locate(vm, v, hash, false)?;
        let Hit::Found(i) = hit else {
            return Ok(false);
        };
        self.hash_cache.store(-1, Ordering::Relaxed);
        let old = t.take_at(i);
        drop(t);
        Ok(old.is_some())
    }

    /// `set.pop()`: the first live slot at or after the finger.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.lock();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Active(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        t.finger = i + 1;
        t.take_at(i)
    }

    pub fn clear(&self) {
        let old = {
            let mut t = self.lock();
            let finger = t.finger;
            let generation = t.generation.wrapping_add(1);
            let old = std::mem::take(&mut *t);
            t.finger = finger;
            t.generation = generation;
            old
        };
        drop(old);
    }

    /// `set.copy()`: a new set merged from this one (CPython may pick a smaller table).
    pub fn copy(&self) -> SetData {
        let out = SetData::new();
        let snap = self.snapshot();
        out.merge_table(&snap);
        out
    }

    /// Replace this set's contents by `other`'s (`intersection_update` swaps bodies; the
    /// `pop` finger stays).
    pub fn replace_with(&self, other: SetData) {
        let new = other.inner.into_inner();
        let old = {
            let mut t = self.lock();
            let generation = t.generation.wrapping_add(1);
            let finger = t.finger;
            let old = std::mem::replace(&mut *t, new);
            t.generation = generation;
            t.finger = finger;
            old
        };
        drop(old);
    }

    /// Snapshot of the elements, in iteration order.
    pub fn items(&self) -> Vec<Value> {
        let t = self.inner.lock();
        let mut out = Vec::with_capacity(t.used);
        for s in &t.slots {
            if let Slot::Active(_, k) = s {
                out.push(k.clone());
            }
        }
        out
    }

    /// The element at slot `*pos` or later, advancing `*pos` past it; `None` at the end.
    pub fn next_at(&self, pos: &mut usize) -> Option<Value> {
        let t = self.inner.lock();
        while *pos < t.slots.len() {
            let i = *pos;
            *pos += 1;
            if let Slot::Active(_, k) = &t.slots[i] {
                return Some(k.clone());
            }
        }
        None
    }

    /// Hashes with elements, in iteration order.
    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.inner.lock().hashed_items()
    }

    /// Insert an element with its hash, without a VM. The caller guarantees that no element
    /// already present is equal to `v` without being identical (e.g. while rebuilding from
    /// another set's elements into an empty one).
    pub fn insert_hashed(&self, hash: i64, v: Value) {
        let mut t = self.lock();
        let mut st = Probe::new(hash, t.mask());
        loop {
            match t.probe(hash, &v, &mut st) {
                Step::Found(_) => return,
                Step::Vacant { empty, freeslot } => {
                    let old = t.place(hash, v, empty, freeslot);
                    drop(t);
                    drop(old);
                    return;
                }
                Step::Ask(..) => {}
            }
        }
    }

    /// CPython's `set_merge` from a snapshot of another set's table.
    pub(crate) fn merge_table(&self, other: &Table) -> Option<Vec<(i64, Value)>> {
        if other.used == 0 {
            return None;
        }
        let mut t = self.lock();
        let mut garbage = Vec::new();
        if (t.fill + other.used) * 5 >= t.mask() * 3 {
            let n = (t.used + other.used) * 2;
            garbage = t.resize(n);
        }
        if t.fill == 0 && t.slots.len() == other.slots.len() && other.fill == other.used {
            for (dst, src) in t.slots.iter_mut().zip(&other.slots) {
                if let Slot::Active(..) = src {
                    *dst = src.clone();
                }
            }
            t.fill = other.fill;
            t.used = other.used;
            return None;
        }
        if t.fill == 0 {
            t.fill = other.used;
            t.used = other.used;
            for s in &other.slots {
                if let Slot::Active(h, k) = s {
                    Table::insert_clean(&mut t.slots, *h, k.clone());
                }
            }
            return None;
        }
        drop(t);
        drop(garbage);
        // Possible duplicates: the caller adds these one by one (Python `==` may run).
        Some(other.hashed_items())
    }

    /// A snapshot of the table, for merging into another set.
    pub(crate) fn snapshot(&self) -> Table {
        self.inner.lock().clone()
    }

    /// `frozenset.__hash__` (cached), CPython's algorithm over every slot's hash field.
    pub fn frozen_hash(&self) -> i64 {
        let c = self.hash_cache.load(Ordering::Relaxed);
        if c != -1 {
            return c;
        }
        let h = self.compute_hash();
        self.hash_cache.store(h, Ordering::Relaxed);
        h
    }

    /// The frozenset hash of the current contents (a set used as a key lookup falls back to it).
    pub fn compute_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.inner.lock();
        let mut hash: u64 = 0;
        for s in &t.slots {
            hash ^= shuffle(match s {
                Slot::Empty => 0,
                Slot::Dummy => u64::MAX,
                Slot::Active(h, _) => *h as u64,
            });
        }
        if (t.slots.len() - t.fill) & 1 == 1 {
            hash ^= shuffle(0);
        }
        if (t.fill - t.used) & 1 == 1 {
            hash ^= shuffle(u64::MAX);
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        }
    }

    /// After bulk removals: rebuild when more than a quarter of the slots are dummies.
    fn shrink_dummies(&self) {
        let old = {
            let mut t = self.lock();
            if t.fill - t.used <= t.mask() / 4 {
                return;
            }
            t.grow()
        };
        drop(old);
    }

    /// Presize for `extra` more keys, as CPython does before bulk insertion from a dict.
    fn reserve(&self, extra: usize) {
        let old = {
            let mut t = self.lock();
            if (t.fill + extra) * 5 < t.mask() * 3 {
                return;
            }
            let n = (t.used + extra) * 2;
            t.resize(n)
        };
        drop(old);
    }
}
