//! The methods of `random.Random` built on `random()` and `_randbelow()`: `randrange`,
//! `randint`, `choice`, `shuffle`, `sample`, `choices`, and the distributions (`uniform`,
//! `triangular`, `gauss`, `normalvariate`, `lognormvariate`, `expovariate`,
//! `vonmisesvariate`, `gammavariate`, `betavariate`, `paretovariate`, `weibullvariate`).
//!
//! What must stay true: each consumes the generator exactly as CPython 3.11's `random.py`
//! does (same calls, same order, same rejection loops) and combines user-supplied numbers
//! with Python arithmetic, so results and errors match.

use super::{rand_below, rand_float, rand_index, state};
use crate::builtins::add_method;
use crate::builtins::numbers::convert::{big_of, float_of, index_value, to_float};
use crate::grammar::ast::BinOp;
use crate::object::{ObjRef, Payload};
use crate::stdlib::math::libm;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

pub const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5;
pub const TWOPI: f64 = std::f64::consts::TAU;
pub const LOG4: f64 = 1.386_294_361_119_890_6;
pub const SG_MAGICCONST: f64 = 2.504_077_396_776_274;

type Native = crate::objects::function::NativeFnPtr;

pub fn register(cls: &ObjRef) {
    let methods: [(&'static str, Native); 17] = [
        ("randrange", randrange),
        ("randint", randint),
        ("choice", choice),
        ("shuffle", shuffle),
        ("sample", sample),
        ("choices", choices),
        ("uniform", uniform),
        ("triangular", triangular),
        ("normalvariate", normalvariate),
        ("gauss", gauss),
        ("lognormvariate", lognormvariate),
        ("expovariate", expovariate),
        ("vonmisesvariate", vonmisesvariate),
        ("gammavariate", gammavariate),
        ("betavariate", betavariate),
        ("paretovariate", paretovariate),
        ("weibullvariate", weibullvariate),
    ];
    for (name, f) in methods {
        add_method(cls, name, f);
    }
}

/// The receiver and the arguments `names` (positional or keyword) of a Python-level method,
/// with `random.py`'s messages; `defaults[i]` is `None` for required parameters.
fn params<'a>(
    vm: &Vm,
    a: &Args<'a>,
    fname: &str,
    names: &[&str],
    defaults: &[Option<Value>],
) -> PyResult<(&'a Value, Vec<Value>)> {
    let Some(this) = a.pos.first().filter(|v| super::state_of(v).is_some()) else {
        return Err(vm.type_error(format!("Random.{fname}() needs a Random instance")));
    };
    let pos = &a.pos[1..];
    if pos.len() > names.len() {
        let req = defaults.iter().filter(|d| d.is_none()).count();
        let takes = if req == names.len() {
            format!("{}", names.len() + 1)
        } else {
            format!("from {} to {}", req + 1, names.len() + 1)
        };
        return Err(vm.type_error(format!(
            "Random.{fname}() takes {takes} positional arguments but {} were given",
            pos.len() + 1
        )));
    }
    for k in a.kwnames {
        let k = k.as_str().unwrap_or("?");
        match names.iter().position(|n| *n == k) {
            None => {
                return Err(vm.type_error(format!(
                    "Random.{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "Random.{fname}() got multiple values for argument '{k}'"
                )))
            }
            _ => {}
        }
    }
    let mut out = Vec::with_capacity(names.len());
    let mut missing = Vec::new();
    for (i, n) in names.iter().enumerate() {
        match pos
            .get(i)
            .or_else(|| a.kw(n))
            .cloned()
            .or_else(|| defaults[i].clone())
        {
            Some(v) => out.push(v),
            None => {
                missing.push(format!("'{n}'"));
                out.push(Value::None);
            }
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!(
                "{}, and {}",
                missing[..missing.len() - 1].join(", "),
                missing[missing.len() - 1]
            ),
        };
        return Err(vm.type_error(format!(
            "Random.{fname}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok((this, out))
}

fn op(vm: &mut Vm, a: &Value, b: &Value, o: BinOp) -> PyResult<Value> {
    vm.binary_op(a, b, o, false)
}

/// `operator.index(v)`, else `int(v)` when that equals v (with `what` in the error).
fn range_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    match index_value(vm, v) {
        Ok(i) => Ok(big_of(&i).unwrap_or_default()),
        Err(e) if vm.exc_matches(&e, "TypeError") => {
            let i = crate::builtins::numbers::int_from_value(vm, v)?;
            if !vm.eq(&i, v)? {
                return Err(vm.value_error(format!("non-integer {what} for randrange()")));
            }
            Ok(big_of(&i).unwrap_or_default())
        }
        Err(e) => Err(e),
    }
}

fn randrange(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let one = Value::Int(1);
    let (this, p) = params(
        vm,
        &a,
        "randrange",
        &["start", "stop", "step"],
        &[None, Some(Value::None), Some(one)],
    )?;
    let istart = range_arg(vm, &p[0], "arg 1")?;
    if p[1].is_none() {
        if !matches!(p[2], Value::Int(1)) {
            return Err(vm.type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return rand_below(vm, this, &istart).map(Value::from_bigint);
        }
        return Err(vm.value_error("empty range for randrange()"));
    }
    let istop = range_arg(vm, &p[1], "stop")?;
    let width = &istop - &istart;
    let istep = range_arg(vm, &p[2], "step")?;
    if istep == BigInt::from(1) {
        if width.is_positive() {
            let r = rand_below(vm, this, &width)?;
            return Ok(Value::from_bigint(istart + r));
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let r = rand_below(vm, this, &n)?;
    Ok(Value::from_bigint(istart + istep * r))
}

fn randint(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "randint", &["a", "b"], &[None, None])?;
    let stop = op(vm, &p[1], &Value::Int(1), BinOp::Add)?;
    let args = [this.clone(), p[0].clone(), stop];
    randrange(vm, Args::new(&args))
}

/// Items of a plain list or tuple, for the fast paths.
fn plain_items(v: &Value) -> Option<Vec<Value>> {
    let o = v.as_obj().filter(|o| o.cls.is_none())?;
    match &o.payload {
        Payload::List(l) => Some(l.lock().clone()),
        Payload::Tuple(t) => Some(t.to_vec()),
        _ => None,
    }
}

fn choice(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "choice", &["seq"], &[None])?;
    let seq = &p[0];
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = rand_index(vm, this, n)?;
    vm.getitem(seq, &Value::from(i))
}

fn shuffle(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "shuffle", &["x"], &[None])?;
    let x = &p[0];
    let n = vm.len(x)?;
    let native = !super::py_override(this, "random") && !super::py_override(this, "getrandbits");
    if let (true, Some(Payload::List(l)), true) = (
        native,
        x.payload(),
        x.as_obj().is_some_and(|o| o.cls.is_none()),
    ) {
        let js: Vec<usize> = {
            let mut st = state(vm, this)?.lock();
            (1..n)
                .rev()
                .map(|i| st.below_u64(i as u64 + 1) as usize)
                .collect()
        };
        let mut items = l.lock();
        if items.len() == n {
            for (i, j) in (1..n).rev().zip(js) {
                items.swap(i, j);
            }
        }
        return Ok(Value::None);
    }
    for i in (1..n).rev() {
        let j = rand_index(vm, this, i + 1)?;
        let (vi, vj) = (Value::from(i), Value::from(j));
        let xi = vm.getitem(x, &vi)?;
        let xj = vm.getitem(x, &vj)?;
        vm.setitem(x, vi, xj)?;
        vm.setitem(x, vj, xi)?;
    }
    Ok(Value::None)
}

/// `isinstance(v, collections.abc.Sequence)` for the kinds we know.
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Range { .. }
            | Payload::Bytes(_)
            | Payload::ByteArray(_),
        ) => true,
        Some(
            Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { .. },
        ) => false,
        _ => {
            vm.lookup_special(v, "__getitem__").is_some()
                && vm.lookup_special(v, "__len__").is_some()
        }
    }
}

/// `list(itertools.accumulate(values))` with Python addition.
fn accumulate(vm: &mut Vm, values: &Value) -> PyResult<Vec<Value>> {
    let items = vm.collect(values)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for x in items {
        let next = match out.last() {
            Some(prev) => {
                let prev = prev.clone();
                op(vm, &prev, &x, BinOp::Add)?
            }
            None => x,
        };
        out.push(next);
    }
    Ok(out)
}

fn sample(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(
        vm,
        &a,
        "sample",
        &["population", "k", "counts"],
        &[None, None, Some(Value::None)],
    )?;
    let population = &p[0];
    if !is_sequence(vm, population) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len(population)?;
    if !p[2].is_none() {
        let mut cum = accumulate(vm, &p[2])?;
        if cum.len() != n {
            return Err(vm.value_error("The number of counts does not match the population"));
        }
        let Some(total) = cum.pop() else {
            return Err(vm.index_error("pop from empty list"));
        };
        let Some(total_i) = crate::builtins::numbers::convert::int_of(&total) else {
            return Err(vm.type_error("Counts must be integers"));
        };
        let total_b = big_of(&total_i).unwrap_or_default();
        if !total_b.is_positive() {
            return Err(vm.value_error("Total of counts must be greater than zero"));
        }
        let range = Value::obj(Payload::Range {
            start: 0,
            stop: total_b.to_i64().unwrap_or(i64::MAX),
            step: 1,
        });
        let args = [this.clone(), range, p[1].clone()];
        let picks = sample(vm, Args::new(&args))?;
        let picks = vm.collect(&picks)?;
        let mut out = Vec::with_capacity(picks.len());
        for s in picks {
            let idx = bisect_right(vm, &cum, &s, 0, cum.len())?;
            out.push(vm.getitem(population, &Value::from(idx))?);
        }
        return Ok(Value::list(out));
    }
    let k = index_value(vm, &p[1])?;
    let k = match k {
        Value::Int(k) if k >= 0 && (k as usize) <= n => k as usize,
        _ => return Err(vm.value_error("Sample larger than population or is negative")),
    };
    let mut setsize = 21usize;
    if k > 5 {
        let e = (libm::log((k * 3) as f64) / libm::log(4.0)).ceil();
        setsize += 4usize.saturating_pow(e as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = match plain_items(population) {
            Some(items) => items,
            None => vm.collect(population)?,
        };
        if pool.len() != n {
            return Err(vm.runtime_error("population changed size during sampling"));
        }
        for i in 0..k {
            let j = rand_index(vm, this, n - i)?;
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = rand_index(vm, this, n)?;
            while selected.contains(&j) {
                j = rand_index(vm, this, n)?;
            }
            selected.insert(j);
            result.push(vm.getitem(population, &Value::from(j))?);
        }
    }
    Ok(Value::list(result))
}

/// `x < v` for the bisection in `choices`.
fn less(vm: &mut Vm, x: &Value, v: &Value) -> PyResult<bool> {
    if let (Value::Float(p), Value::Float(q)) = (x, v) {
        return Ok(p < q);
    }
    let r = vm.compare(x, v, 0)?;
    vm.truthy(&r)
}

/// `bisect.bisect_right(a, x, lo, hi)`.
fn bisect_right(
    vm: &mut Vm,
    a: &[Value],
    x: &Value,
    mut lo: usize,
    mut hi: usize,
) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if less(vm, x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn choices(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(
        vm,
        &a,
        "choices",
        &["population", "weights", "cum_weights", "k"],
        &[
            None,
            Some(Value::None),
            Some(Value::None),
            Some(Value::Int(1)),
        ],
    )?;
    if a.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "Random.choices() takes from 2 to 3 positional arguments but {} were given",
            a.pos.len()
        )));
    }
    let population = &p[0];
    let n = vm.len(population)?;
    let k = index_value(vm, &p[3])?;
    let k = match k {
        Value::Int(k) => k.max(0) as usize,
        _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    };
    let cum = if p[2].is_none() {
        if p[1].is_none() {
            let nf = n as f64;
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let r = rand_float(vm, this)?;
                out.push(vm.getitem(population, &Value::Int((r * nf).floor() as i64))?);
            }
            return Ok(Value::list(out));
        }
        match accumulate(vm, &p[1]) {
            Ok(c) => c,
            Err(e) if vm.exc_matches(&e, "TypeError") && crate::objects::int::is_int(&p[1]) => {
                let kv = vm.repr_string(&p[1])?;
                return Err(vm.type_error(format!(
                    "The number of choices must be a keyword argument: k={kv}"
                )));
            }
            Err(e) => return Err(e),
        }
    } else {
        if !p[1].is_none() {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
        }
        vm.collect(&p[2])?
    };
    if cum.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let Some(last) = cum.last().cloned() else {
        return Err(vm.index_error("list index out of range"));
    };
    let total = op(vm, &last, &Value::Float(0.0), BinOp::Add)?;
    let t = to_float(vm, &total)?;
    if t <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !t.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let r = rand_float(vm, this)?;
        let idx = bisect_right(vm, &cum, &Value::Float(r * t), 0, hi)?;
        out.push(vm.getitem(population, &Value::from(idx))?);
    }
    Ok(Value::list(out))
}

fn uniform(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "uniform", &["a", "b"], &[None, None])?;
    if let (Value::Float(x), Value::Float(y)) = (&p[0], &p[1]) {
        let d = y - x;
        return Ok(Value::Float(x + d * rand_float(vm, this)?));
    }
    let d = op(vm, &p[1], &p[0], BinOp::Sub)?;
    let r = Value::Float(rand_float(vm, this)?);
    let scaled = op(vm, &d, &r, BinOp::Mult)?;
    op(vm, &p[0], &scaled, BinOp::Add)
}

fn triangular(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(
        vm,
        &a,
        "triangular",
        &["low", "high", "mode"],
        &[
            Some(Value::Float(0.0)),
            Some(Value::Float(1.0)),
            Some(Value::None),
        ],
    )?;
    let (mut low, mut high) = (p[0].clone(), p[1].clone());
    let mut u = rand_float(vm, this)?;
    let c = if p[2].is_none() {
        Value::Float(0.5)
    } else {
        let num = op(vm, &p[2], &low, BinOp::Sub)?;
        let den = op(vm, &high, &low, BinOp::Sub)?;
        match op(vm, &num, &den, BinOp::Div) {
            Ok(c) => c,
            Err(e) if vm.exc_matches(&e, "ZeroDivisionError") => return Ok(low),
            Err(e) => return Err(e),
        }
    };
    let mut c = to_float(vm, &c)?;
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    let span = op(vm, &high, &low, BinOp::Sub)?;
    let scaled = op(vm, &span, &Value::Float((u * c).sqrt()), BinOp::Mult)?;
    op(vm, &low, &scaled, BinOp::Add)
}

/// `mu + z * sigma` with Python arithmetic.
fn affine(vm: &mut Vm, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    if let (Some(m), Some(s)) = (float_of(mu), float_of(sigma)) {
        return Ok(Value::Float(m + z * s));
    }
    let zs = op(vm, &Value::Float(z), sigma, BinOp::Mult)?;
    op(vm, mu, &zs, BinOp::Add)
}

fn normal_z(vm: &mut Vm, this: &Value) -> PyResult<f64> {
    loop {
        let u1 = rand_float(vm, this)?;
        let u2 = 1.0 - rand_float(vm, this)?;
        let z = NV_MAGICCONST * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -libm::log(u2) {
            return Ok(z);
        }
    }
}

fn normalvariate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(
        vm,
        &a,
        "normalvariate",
        &["mu", "sigma"],
        &[Some(Value::Float(0.0)), Some(Value::Float(1.0))],
    )?;
    let z = normal_z(vm, this)?;
    affine(vm, &p[0], z, &p[1])
}

fn gauss(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(
        vm,
        &a,
        "gauss",
        &["mu", "sigma"],
        &[Some(Value::Float(0.0)), Some(Value::Float(1.0))],
    )?;
    let cached = state(vm, this)?.lock().gauss_next.take();
    let z = match cached {
        Some(z) => z,
        None => {
            let x2pi = rand_float(vm, this)? * TWOPI;
            let g2rad = (-2.0 * libm::log(1.0 - rand_float(vm, this)?)).sqrt();
            state(vm, this)?.lock().gauss_next = Some(libm::sin(x2pi) * g2rad);
            libm::cos(x2pi) * g2rad
        }
    };
    affine(vm, &p[0], z, &p[1])
}

fn lognormvariate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "lognormvariate", &["mu", "sigma"], &[None, None])?;
    let z = normal_z(vm, this)?;
    let v = affine(vm, &p[0], z, &p[1])?;
    let x = to_float(vm, &v)?;
    let r = libm::exp(x);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn expovariate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "expovariate", &["lambd"], &[None])?;
    let r = -libm::log(1.0 - rand_float(vm, this)?);
    op(vm, &Value::Float(r), &p[0], BinOp::Div)
}

fn vonmisesvariate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "vonmisesvariate", &["mu", "kappa"], &[None, None])?;
    let kappa = to_float(vm, &p[1])?;
    if kappa <= 1e-6 {
        return Ok(Value::Float(TWOPI * rand_float(vm, this)?));
    }
    let mu = to_float(vm, &p[0])?;
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = rand_float(vm, this)?;
        let z = libm::cos(std::f64::consts::PI * u1);
        let d = z / (r + z);
        let u2 = rand_float(vm, this)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm::exp(d) {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = rand_float(vm, this)?;
    let theta = if u3 > 0.5 {
        mu + libm::acos(f)
    } else {
        mu - libm::acos(f)
    };
    Ok(Value::Float(
        crate::objects::int::float_divmod(theta, TWOPI).1,
    ))
}

/// Gamma(alpha, 1) variates, CPython's three algorithms by range of alpha.
fn gamma_unit(vm: &mut Vm, this: &Value, alpha: f64) -> PyResult<f64> {
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - LOG4;
        let ccc = alpha + ainv;
        loop {
            let u1 = rand_float(vm, this)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - rand_float(vm, this)?;
            let v = libm::log(u1 / (1.0 - u1)) / ainv;
            let x = alpha * libm::exp(v);
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= libm::log(z) {
                return Ok(x);
            }
        }
    } else if alpha == 1.0 {
        Ok(-libm::log(1.0 - rand_float(vm, this)?))
    } else {
        let e = std::f64::consts::E;
        loop {
            let u = rand_float(vm, this)?;
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                libm::pow(p, 1.0 / alpha)
            } else {
                -libm::log((b - p) / alpha)
            };
            let u1 = rand_float(vm, this)?;
            if p > 1.0 {
                if u1 <= libm::pow(x, alpha - 1.0) {
                    return Ok(x);
                }
            } else if u1 <= libm::exp(-x) {
                return Ok(x);
            }
        }
    }
}

fn gammavariate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "gammavariate", &["alpha", "beta"], &[None, None])?;
    let alpha = to_float(vm, &p[0])?;
    let beta = to_float(vm, &p[1])?;
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let x = gamma_unit(vm, this, alpha)?;
    op(vm, &Value::Float(x), &p[1], BinOp::Mult)
}

fn betavariate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "betavariate", &["alpha", "beta"], &[None, None])?;
    let check = |vm: &Vm, x: f64| {
        if x <= 0.0 {
            Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"))
        } else {
            Ok(x)
        }
    };
    let alpha = to_float(vm, &p[0])?;
    let alpha = check(vm, alpha)?;
    let y = gamma_unit(vm, this, alpha)?;
    if y == 0.0 {
        return Ok(Value::Float(0.0));
    }
    let beta = to_float(vm, &p[1])?;
    let beta = check(vm, beta)?;
    let y2 = gamma_unit(vm, this, beta)?;
    Ok(Value::Float(y / (y + y2)))
}

fn paretovariate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "paretovariate", &["alpha"], &[None])?;
    let u = 1.0 - rand_float(vm, this)?;
    let e = op(vm, &Value::Float(-1.0), &p[0], BinOp::Div)?;
    op(vm, &Value::Float(u), &e, BinOp::Pow)
}

fn weibullvariate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (this, p) = params(vm, &a, "weibullvariate", &["alpha", "beta"], &[None, None])?;
    let u = 1.0 - rand_float(vm, this)?;
    let base = Value::Float(-libm::log(u));
    let e = op(vm, &Value::Float(1.0), &p[1], BinOp::Div)?;
    let pw = op(vm, &base, &e, BinOp::Pow)?;
    op(vm, &p[0], &pw, BinOp::Mult)
}
