//! Per-thread lookup caches: class attribute lookups along the MRO and global-variable
//! lookups. Being per `Vm` they need no synchronisation; validity is checked against
//! process-wide counters that writers bump after mutating.
//!
//! Class attributes: keyed by (class address, interned name address), valid while
//! `TYPE_EPOCH` is unchanged. The epoch is bumped whenever a class's namespace changes after
//! creation (`setattr`/`delattr` on a class, native registration) and when a class is
//! freed (its address may be reused). Globals: keyed by (globals dict, interned name), valid
//! while both the globals dict's and the builtins dict's mutation counters are unchanged.
//!
//! Must stay true: a cache entry never owns a reference count. Only values that hold none
//! (immediates, immortal objects: built-ins, module-level functions and classes, their
//! methods) are cached; anything else is looked up each time. A cached count would keep an
//! object alive after the program dropped it (`del x` must run `x.__del__` at once).

use super::Vm;
use crate::object::ObjRef;
use crate::objects::str::{intern, PyStr};
use crate::objects::types::TypeData;
use crate::value::Value;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Interned special names used on hot paths.
pub struct Names {
    pub getattribute: Value,
    pub getattr: Value,
    pub setattr: Value,
    pub init: Value,
    pub new: Value,
    pub call: Value,
}

pub fn names() -> &'static Names {
    static N: std::sync::OnceLock<Names> = std::sync::OnceLock::new();
    N.get_or_init(|| Names {
        getattribute: intern("__getattribute__"),
        getattr: intern("__getattr__"),
        setattr: intern("__setattr__"),
        init: intern("__init__"),
        new: intern("__new__"),
        call: intern("__call__"),
    })
}

/// Invalidate every thread's class-attribute cache.
pub fn invalidate_types() {
    TYPE_EPOCH.fetch_add(1, Ordering::Release);
}

const ATTR_BITS: u32 = 12;
const GLOBAL_BITS: u32 = 10;
const FLAGS_BITS: u32 = 8;
const INST_BITS: u32 = 10;

#[derive(Clone, Default)]
struct AttrEntry {
    ty: usize,
    name: usize,
    epoch: u64,
    value: Option<Value>,
}

#[derive(Clone, Copy, Default)]
struct FlagsEntry {
    ty: usize,
    epoch: u64,
    flags: u8,
}

/// `type_flags` bits: the class overrides these hooks of `object`.
pub const PY_GETATTRIBUTE: u8 = 1;
pub const PY_SETATTR: u8 = 2;
pub const PY_DELATTR: u8 = 4;
/// `__getattr__` defined anywhere on the MRO.
pub const HAS_GETATTR: u8 = 8;

/// `inst_attr_kind` bits: for instances of the class, reading attribute `name` is a plain
/// instance-dict lookup first (no `__getattribute__` override, no data descriptor)...
pub const LOAD_PLAIN: u8 = 1;
/// ... and writing it is a plain instance-dict store (no `__setattr__` override, no data
/// descriptor, no `__slots__`).
pub const STORE_PLAIN: u8 = 2;

#[derive(Clone, Copy, Default)]
struct InstEntry {
    ty: usize,
    name: usize,
    epoch: u64,
    kind: u8,
}

#[derive(Clone, Default)]
struct GlobalEntry {
    globals: usize,
    name: usize,
    gmods: u64,
    bmods: u64,
    value: Option<Value>,
}

pub struct Caches {
    attr: Vec<AttrEntry>,
    flags: Vec<FlagsEntry>,
    inst: Vec<InstEntry>,
    global: Vec<GlobalEntry>,
    /// Interned values of names natives look up by `&str` (special methods).
    names: HashMap<Box<str>, Value, FnvBuild>,
}

impl Default for Caches {
    fn default() -> Self {
        Caches {
            attr: vec![AttrEntry::default(); 1 << ATTR_BITS],
            flags: vec![FlagsEntry::default(); 1 << FLAGS_BITS],
            inst: vec![InstEntry::default(); 1 << INST_BITS],
            global: vec![GlobalEntry::default(); 1 << GLOBAL_BITS],
            names: HashMap::default(),
        }
    }
}

/// Caches of finished threads, for the next threads (a fresh set is ~250 KiB to allocate
/// and clear: most of the cost of starting a thread). Entries own no counts (see the
/// header) and are validated against process-wide counters, so any thread may reuse them.
static SPARE: parking_lot::Mutex<Vec<Caches>> = parking_lot::Mutex::new(Vec::new());
const MAX_SPARE: usize = 8;

impl Caches {
    pub fn recycled() -> Box<Caches> {
        Box::new(SPARE.lock().pop().unwrap_or_default())
    }

    pub fn recycle(c: Caches) {
        let mut spare = SPARE.lock();
        if spare.len() < MAX_SPARE {
            spare.push(c);
        }
    }
}

#[inline]
fn slot(a: usize, b: usize, bits: u32) -> usize {
    (((a >> 4) ^ (b >> 3)) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) as usize >> (64 - bits)
}

impl Vm {
    /// The interned str for a name given as `&str` (cached per thread; the hottest special
    /// names skip the hash map).
    pub fn name_value(&mut self, name: &str) -> Value {
        let n = names();
        match name {
            "__getattribute__" => return n.getattribute.clone(),
            "__getattr__" => return n.getattr.clone(),
            "__setattr__" => return n.setattr.clone(),
            "__init__" => return n.init.clone(),
            "__new__" => return n.new.clone(),
            "__call__" => return n.call.clone(),
            _ => {}
        }
        if let Some(v) = self.caches.names.get(name) {
            return v.clone();
        }
        let v = intern(name);
        self.caches.names.insert(name.into(), v.clone());
        v
    }

    /// `name` looked up along the MRO of `cls`, cached when `name` is interned.
    #[inline]
    pub fn type_lookup(&mut self, cls: &ObjRef, name: &Value) -> Option<Value> {
        let Some(ps) = name.as_pystr() else {
            return TypeData::lookup_in_mro(cls, name.as_str()?);
        };
        if !ps.is_interned() {
            return TypeData::lookup_pystr(cls, ps);
        }
        let ty = ObjRef::as_ptr(cls) as usize;
        let nm = ps as *const PyStr as usize;
        let epoch = TYPE_EPOCH.load(Ordering::Acquire);
        let i = slot(ty, nm, ATTR_BITS);
        if let Some(e) = self.caches.attr.get(i) {
            if e.ty == ty && e.name == nm && e.epoch == epoch {
                return e.value.clone();
            }
        }
        self.type_lookup_miss(cls, ps, i, epoch)
    }

    #[cold]
    #[inline(never)]
    fn type_lookup_miss(
        &mut self,
        cls: &ObjRef,
        ps: &PyStr,
        i: usize,
        epoch: u64,
    ) -> Option<Value> {
        let v = TypeData::lookup_pystr(cls, ps);
        if !v.as_ref().is_none_or(uncounted) {
            return v;
        }
        if let Some(e) = self.caches.attr.get_mut(i) {
            *e = AttrEntry {
                ty: ObjRef::as_ptr(cls) as usize,
                name: ps as *const PyStr as usize,
                epoch,
                value: v.clone(),
            };
        }
        v
    }

    /// Which attribute hooks a class overrides in Python (`PY_GETATTRIBUTE`, ...), cached:
    /// the common case (none) then costs no lookups and no reference counting.
    #[inline]
    pub fn type_flags(&mut self, cls: &ObjRef) -> u8 {
        let ty = ObjRef::as_ptr(cls) as usize;
        let epoch = TYPE_EPOCH.load(Ordering::Acquire);
        let i = slot(ty, 0x5bd1_e995, FLAGS_BITS);
        if let Some(e) = self.caches.flags.get(i) {
            if e.ty == ty && e.epoch == epoch {
                return e.flags;
            }
        }
        self.type_flags_miss(cls, i, epoch)
    }

    #[cold]
    #[inline(never)]
    fn type_flags_miss(&mut self, cls: &ObjRef, i: usize, epoch: u64) -> u8 {
        let ty = ObjRef::as_ptr(cls) as usize;
        let n = names();
        // Overridden: defined by anything but `object` itself (a Python function, or a
        // native type's own hook such as `_thread._local`'s).
        let overrides = |v: Option<Value>, name: &str| {
            v.is_some() && !crate::builtins::classes::is_object_native(&v, name)
        };
        let mut flags = 0;
        if overrides(self.type_lookup(cls, &n.getattribute), "__getattribute__") {
            flags |= PY_GETATTRIBUTE;
        }
        if overrides(self.type_lookup(cls, &n.setattr), "__setattr__") {
            flags |= PY_SETATTR;
        }
        if overrides(self.type_lookup_str(cls, "__delattr__"), "__delattr__") {
            flags |= PY_DELATTR;
        }
        if self.type_lookup(cls, &n.getattr).is_some() {
            flags |= HAS_GETATTR;
        }
        if let Some(e) = self.caches.flags.get_mut(i) {
            *e = FlagsEntry { ty, epoch, flags };
        }
        flags
    }

    /// How instances of `cls` access attribute `name` (`LOAD_PLAIN`, `STORE_PLAIN`), cached
    /// per (class, interned name) like `type_lookup`; 0 for a name that is not interned.
    #[inline(always)]
    pub fn inst_attr_kind(&mut self, cls: &ObjRef, name: &Value) -> u8 {
        let Some(ps) = name.as_pystr() else {
            return 0;
        };
        let ty = ObjRef::as_ptr(cls) as usize;
        let nm = ps as *const PyStr as usize;
        let epoch = TYPE_EPOCH.load(Ordering::Acquire);
        let i = slot(ty, nm, INST_BITS);
        if let Some(e) = self.caches.inst.get(i) {
            if e.ty == ty && e.name == nm && e.epoch == epoch {
                return e.kind;
            }
        }
        self.inst_attr_kind_miss(cls, name, i, epoch)
    }

    #[cold]
    #[inline(never)]
    fn inst_attr_kind_miss(&mut self, cls: &ObjRef, name: &Value, i: usize, epoch: u64) -> u8 {
        let Some(ps) = name.as_pystr().filter(|p| p.is_interned()) else {
            return 0;
        };
        let flags = self.type_flags(cls);
        let data = self
            .type_lookup(cls, name)
            .is_some_and(|d| super::attr::is_data_descriptor(&d));
        let slots = crate::objects::types::as_type(cls).is_some_and(|t| t.slots.get().is_some());
        // Special names (`__dict__`, `__class__`, ...) have their own rules.
        let special = ps.as_str().starts_with("__") && ps.as_str().ends_with("__");
        let mut kind = 0;
        if flags & PY_GETATTRIBUTE == 0 && !data && !special {
            kind |= LOAD_PLAIN;
        }
        if flags & PY_SETATTR == 0 && !data && !slots && !special {
            kind |= STORE_PLAIN;
        }
        if let Some(e) = self.caches.inst.get_mut(i) {
            *e = InstEntry {
                ty: ObjRef::as_ptr(cls) as usize,
                name: ps as *const PyStr as usize,
                epoch,
                kind,
            };
        }
        kind
    }

    /// `type_lookup` by a `&str` name.
    pub fn type_lookup_str(&mut self, cls: &ObjRef, name: &str) -> Option<Value> {
        let n = self.name_value(name);
        self.type_lookup(cls, &n)
    }

    /// A global (then builtin) variable by interned name, cached while neither the globals
    /// dict nor the builtins dict changes.
    #[inline]
    pub fn load_global_cached(&mut self, globals: &ObjRef, name: &Value) -> Option<Value> {
        let g = super::dict_of(globals);
        let b = self.interp.builtins_dict();
        let gmods = g.mods();
        let bmods = b.mods();
        let gp = ObjRef::as_ptr(globals) as usize;
        let nm = name.as_pystr().map_or(0, |p| p as *const PyStr as usize);
        let interned = name.as_pystr().is_some_and(|p| p.is_interned());
        let i = slot(gp, nm, GLOBAL_BITS);
        if interned {
            let e = &self.caches.global[i];
            if e.globals == gp && e.name == nm && e.gmods == gmods && e.bmods == bmods {
                return e.value.clone();
            }
        }
        let v = g.get_item_str(name).or_else(|| b.get_item_str(name));
        if interned && v.as_ref().is_some_and(uncounted) {
            self.caches.global[i] = GlobalEntry {
                globals: gp,
                name: nm,
                gmods,
                bmods,
                value: v.clone(),
            };
        }
        v
    }
}

/// A copy of `v` owns no reference count, so a cache may keep it (see the header).
#[inline]
fn uncounted(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.is_immortal(),
        _ => true,
    }
}

/// FNV-1a for the small name map (std's SipHash is needlessly slow here).
#[derive(Default, Clone, Copy)]
pub struct FnvBuild;

pub struct Fnv(u64);

impl std::hash::BuildHasher for FnvBuild {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
