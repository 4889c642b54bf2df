//! The `random` module: the `Random` class (a native type holding a Mersenne Twister,
//! `random_mt.rs`) with CPython's methods, and the module-level functions bound to a hidden
//! shared instance, as CPython's `random.py` does. Seeding, state and raw bits live here;
//! ranges, choices, shuffling, sampling and the distributions in `random_dist.rs`.
//!
//! What must stay true: the same seed gives CPython 3.11's numbers for every function; a
//! subclass that overrides `random()` or `getrandbits()` in Python is honoured by the
//! methods built on them; the generator's lock is never held while Python code runs.

#[path = "random_dist.rs"]
mod dist;
#[path = "random_mt.rs"]
mod mt;

use self::mt::Mt;
use crate::builtins::core::make_with_layout;
use crate::builtins::numbers::convert::{big_of, index_value, int_of};
use crate::builtins::{add_attr, add_method, add_staticmethod};
use crate::object::{NativeData, ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::module::{module_dict, new_module};
use crate::objects::str::intern;
use crate::objects::types::{new_class, type_name_of, types, TypeData};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use parking_lot::Mutex;
use std::any::Any;
use std::sync::OnceLock;

/// The payload of a `Random` instance.
pub struct RandomData {
    state: Mutex<Mt>,
}

impl NativeData for RandomData {
    fn type_obj(&self) -> &'static ObjRef {
        random_class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The `random.Random` class (created once per process).
pub fn random_class() -> &'static ObjRef {
    static CLASS: OnceLock<ObjRef> = OnceLock::new();
    CLASS.get_or_init(|| {
        let object = types().object.clone();
        let cls = new_class(
            "Random",
            vec![object.clone()],
            vec![object],
            Dict::new(),
            true,
            None,
        );
        add_attr(&cls, "__module__", Value::str("random"));
        add_attr(&cls, "VERSION", Value::Int(3));
        add_staticmethod(&cls, "__new__", random_new);
        add_method(&cls, "__init__", random_init);
        add_method(&cls, "seed", seed);
        add_method(&cls, "random", |vm, a| {
            let this = receiver(vm, &a, "random")?;
            Ok(Value::Float(state(vm, this)?.lock().random()))
        });
        add_method(&cls, "getstate", getstate);
        add_method(&cls, "setstate", setstate);
        add_method(&cls, "getrandbits", |vm, a| {
            let this = receiver(vm, &a, "getrandbits")?;
            let Some(k) = a.pos.get(1) else {
                return Err(vm.type_error("getrandbits() missing required argument 'k' (pos 1)"));
            };
            let k = bits_arg(vm, k)?;
            Ok(Value::from_bigint(state(vm, this)?.lock().bits_big(k)))
        });
        add_method(&cls, "randbytes", randbytes);
        add_method(&cls, "_randbelow", |vm, a| {
            let this = receiver(vm, &a, "_randbelow")?;
            let n = index_value(vm, a.pos.get(1).unwrap_or(&Value::Int(0)))?;
            let n = big_of(&n).unwrap_or_default();
            rand_below(vm, this, &n).map(Value::from_bigint)
        });
        dist::register(&cls);
        cls
    })
}

/// The instance a method was called on.
fn receiver<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match a.pos.first() {
        Some(v) if state_of(v).is_some() => Ok(v),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'Random' objects doesn't apply to a '{}' object",
            type_name_of(v)
        ))),
        None => Err(vm.type_error(format!("unbound method Random.{name}() needs an argument"))),
    }
}

fn state_of(v: &Value) -> Option<&Mutex<Mt>> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<RandomData>().map(|d| &d.state),
        _ => None,
    }
}

fn state<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Mutex<Mt>> {
    state_of(v).ok_or_else(|| vm.type_error("expected a Random instance"))
}

/// Does the instance's class override `name` with a Python function?
fn py_override(v: &Value, name: &str) -> bool {
    match v.as_obj().and_then(|o| o.cls.as_ref()) {
        Some(cls) => matches!(
            TypeData::lookup_in_mro(cls, name)
                .as_ref()
                .and_then(|m| m.payload()),
            Some(Payload::Function(_))
        ),
        None => false,
    }
}

/// `self.random()`, honouring a Python override.
pub fn rand_float(vm: &mut Vm, this: &Value) -> PyResult<f64> {
    if py_override(this, "random") {
        let r = vm.call_method(this, "random", &[])?;
        return crate::builtins::numbers::convert::to_float(vm, &r);
    }
    Ok(state(vm, this)?.lock().random())
}

/// `self._randbelow(n)` for n >= 0, as CPython picks it: from `getrandbits` unless only
/// `random()` is overridden.
pub fn rand_below(vm: &mut Vm, this: &Value, n: &BigInt) -> PyResult<BigInt> {
    if n.is_zero() {
        return Ok(BigInt::zero());
    }
    if py_override(this, "getrandbits") {
        let k = Value::from(n.bits() as usize);
        loop {
            let r = vm.call_method(this, "getrandbits", std::slice::from_ref(&k))?;
            let r = big_of(&r).unwrap_or_default();
            if &r < n {
                return Ok(r);
            }
        }
    }
    if py_override(this, "random") {
        return below_from_random(vm, this, n);
    }
    let st = state(vm, this)?;
    Ok(match n.to_u64() {
        Some(small) => BigInt::from(st.lock().below_u64(small)),
        None => st.lock().below_big(n),
    })
}

/// `_randbelow_without_getrandbits`: rejection sampling on 53-bit `random()` values.
fn below_from_random(vm: &mut Vm, this: &Value, n: &BigInt) -> PyResult<BigInt> {
    let maxsize = BigInt::from(1u64 << 53);
    if n >= &maxsize {
        let r = rand_float(vm, this)?;
        let nf = crate::fmt::bigint_to_f64(n).unwrap_or(f64::INFINITY);
        return Ok(crate::builtins::numbers::convert::f64_to_bigint(
            (r * nf).floor(),
        ));
    }
    let nn = n.to_u64().unwrap_or(1);
    let maxsize = 1u64 << 53;
    let rem = maxsize % nn;
    let limit = (maxsize - rem) as f64 / maxsize as f64;
    let mut r = rand_float(vm, this)?;
    while r >= limit {
        r = rand_float(vm, this)?;
    }
    Ok(BigInt::from(((r * maxsize as f64).floor() as u64) % nn))
}

/// `_randbelow` for sizes of Python containers.
pub fn rand_index(vm: &mut Vm, this: &Value, n: usize) -> PyResult<usize> {
    if !py_override(this, "getrandbits") && !py_override(this, "random") {
        return Ok(state(vm, this)?.lock().below_u64(n as u64) as usize);
    }
    let r = rand_below(vm, this, &BigInt::from(n))?;
    Ok(r.to_usize().unwrap_or(0))
}

fn bits_arg(vm: &mut Vm, k: &Value) -> PyResult<u64> {
    let k = index_value(vm, k)?;
    match k {
        Value::Int(k) if k >= 0 => Ok(k as u64),
        Value::Int(_) => Err(vm.value_error("number of bits must be non-negative")),
        _ if big_of(&k).is_some_and(|b| b.is_negative()) => {
            Err(vm.value_error("number of bits must be non-negative"))
        }
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn random_new(_vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.pos.first().cloned().unwrap_or_default();
    Ok(make_with_layout(
        &cls,
        Payload::Native(Box::new(RandomData {
            state: Mutex::new(Mt::new()),
        })),
    ))
}

fn random_init(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, &a, "__init__")?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "Random.__init__() takes from 1 to 2 positional arguments but {} were given",
            a.pos.len()
        )));
    }
    let x = a.get(1, "x").cloned().unwrap_or(Value::None);
    if py_override(this, "seed") {
        vm.call_method(this, "seed", &[x])?;
    } else {
        seed_with(vm, this, &x, 2)?;
    }
    Ok(Value::None)
}

fn seed(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, &a, "seed")?;
    let x = a.get(1, "a").cloned().unwrap_or(Value::None);
    let version = match a.get(2, "version") {
        Some(v) => int_of(v)
            .and_then(|v| big_of(&v))
            .and_then(|b| b.to_i64())
            .unwrap_or(2),
        None => 2,
    };
    seed_with(vm, this, &x, version)?;
    Ok(Value::None)
}

/// `Random.seed(a, version)`.
fn seed_with(vm: &mut Vm, this: &Value, a: &Value, version: i64) -> PyResult<()> {
    let text: Option<Vec<u8>> = match a.payload() {
        Some(Payload::Str(s)) => Some(s.as_str().as_bytes().to_vec()),
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.lock().clone()),
        _ => None,
    };
    let n: BigInt = if a.is_none() {
        let key = mt::os_seed();
        state(vm, this)?.lock().init_by_array(&key);
        return Ok(());
    } else if let Some(bytes) = text {
        if version == 1 && !matches!(a.payload(), Some(Payload::ByteArray(_))) {
            // Version 1: a 64-bit string hash (str as code points, bytes as Latin-1).
            let codes: Vec<u64> = match a.as_str() {
                Some(s) => s.chars().map(|c| c as u64).collect(),
                None => bytes.iter().map(|&b| b as u64).collect(),
            };
            let mut x: u64 = codes.first().map_or(0, |c| c << 7);
            for c in &codes {
                x = 1_000_003u64.wrapping_mul(x) ^ c;
            }
            x ^= codes.len() as u64;
            BigInt::from(x)
        } else {
            let mut data = bytes.clone();
            data.extend_from_slice(&mt::sha512(&bytes));
            BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
        }
    } else if let Some(i) = int_of(a) {
        big_of(&i).unwrap_or_default().abs()
    } else if crate::builtins::numbers::convert::float_of(a).is_some() {
        let h = vm.hash(a)?;
        BigInt::from(h as u64)
    } else {
        return Err(vm.type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        ));
    };
    state(vm, this)?.lock().seed_bigint(&n);
    Ok(())
}

fn getstate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, &a, "getstate")?;
    let st = state(vm, this)?.lock().clone();
    let mut words: Vec<Value> = st.mt.iter().map(|&w| Value::Int(w as i64)).collect();
    words.push(Value::Int(st.index as i64));
    let gauss = st.gauss_next.map_or(Value::None, Value::Float);
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        gauss,
    ]))
}

fn setstate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, &a, "setstate")?;
    let Some(st) = a.pos.get(1) else {
        return Err(vm.type_error("setstate() missing required argument 'state' (pos 1)"));
    };
    let version = vm.getitem(st, &Value::Int(0))?;
    let vnum = int_of(&version)
        .and_then(|v| big_of(&v))
        .and_then(|b| b.to_i64());
    if !matches!(vnum, Some(2 | 3)) {
        let r = vm.repr_string(&version)?;
        let shown = match version.as_str() {
            Some(s) => s.to_string(),
            None => r,
        };
        return Err(vm.value_error(format!(
            "state with version {shown} passed to Random.setstate() of version 3"
        )));
    }
    let parts = vm.collect(st)?;
    let [_, internal, gauss] = parts.as_slice() else {
        return Err(vm.value_error(format!(
            "{} values to unpack (expected 3, got {})",
            if parts.len() > 3 {
                "too many"
            } else {
                "not enough"
            },
            parts.len()
        )));
    };
    let Some(Payload::Tuple(words)) = internal.payload() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if words.len() != mt::N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut new = Mt::new();
    for (i, w) in words[..mt::N].iter().enumerate() {
        let b = index_value(vm, w)?;
        let b = big_of(&b).unwrap_or_default();
        // Version 2 states stored signed words; both reduce modulo 2**32.
        let m: BigInt = num_integer::Integer::mod_floor(&b, &BigInt::from(1u64 << 32));
        new.mt[i] = m.to_u32().unwrap_or(0);
    }
    let index = index_value(vm, &words[mt::N])?;
    match index {
        Value::Int(i) if (0..=mt::N as i64).contains(&i) => new.index = i as usize,
        _ => return Err(vm.value_error("invalid state")),
    }
    new.gauss_next = match gauss {
        Value::None => None,
        g => Some(crate::builtins::numbers::convert::to_float(vm, g)?),
    };
    *state(vm, this)?.lock() = new;
    Ok(Value::None)
}

fn randbytes(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, &a, "randbytes")?;
    let Some(n) = a.get(1, "n") else {
        return Err(vm.type_error("Random.randbytes() missing 1 required positional argument: 'n'"));
    };
    let n = index_value(vm, n)?;
    let n = match n {
        Value::Int(n) if n >= 0 => n as u64,
        Value::Int(_) => return Err(vm.value_error("number of bits must be non-negative")),
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n > 1 << 32 {
        return Err(vm.new_error("MemoryError", ""));
    }
    let bits = if py_override(this, "getrandbits") {
        let r = vm.call_method(this, "getrandbits", &[Value::from(n as usize * 8)])?;
        big_of(&r).unwrap_or_default()
    } else {
        state(vm, this)?.lock().bits_big(n * 8)
    };
    let mut bytes = bits.magnitude().to_bytes_le();
    bytes.resize(n as usize, 0);
    Ok(Value::obj(Payload::Bytes(bytes.into_boxed_slice())))
}

/// The module: the class, constants, and the methods of a shared instance.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("random");
    let cls = random_class();
    let inst = random_new(vm, Args::new(&[Value::Obj(cls.clone())]))?;
    seed_with(vm, &inst, &Value::None, 2)?;
    let Some(d) = module_dict(&m) else {
        return Ok(m);
    };
    d.set_str(intern("Random"), Value::Obj(cls.clone()));
    d.set_str(intern("_inst"), inst.clone());
    for (name, v) in [
        ("NV_MAGICCONST", dist::NV_MAGICCONST),
        ("TWOPI", dist::TWOPI),
        ("LOG4", dist::LOG4),
        ("SG_MAGICCONST", dist::SG_MAGICCONST),
        ("RECIP_BPF", 1.0 / 9_007_199_254_740_992.0),
    ] {
        d.set_str(intern(name), Value::Float(v));
    }
    d.set_str(intern("BPF"), Value::Int(53));
    let Some(td) = crate::objects::types::as_type(cls) else {
        return Ok(m);
    };
    for name in [
        "seed",
        "random",
        "uniform",
        "triangular",
        "randint",
        "choice",
        "randrange",
        "sample",
        "shuffle",
        "choices",
        "normalvariate",
        "lognormvariate",
        "expovariate",
        "vonmisesvariate",
        "gammavariate",
        "gauss",
        "betavariate",
        "paretovariate",
        "weibullvariate",
        "getstate",
        "setstate",
        "getrandbits",
        "randbytes",
    ] {
        if let Some(f) = td.dict.get_str(name) {
            let bound = Value::obj(Payload::BoundMethod {
                func: f,
                self_: inst.clone(),
            });
            d.set_str(intern(name), bound);
        }
    }
    Ok(m)
}
