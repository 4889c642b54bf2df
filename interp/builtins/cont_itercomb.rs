//! Combinatoric iterators of `itertools` (a child module of `stdlib/itertools.rs`):
//! `product`, `permutations`, `combinations`, `combinations_with_replacement`. Each
//! materialises its input pools first (as CPython does) and then steps an index vector,
//! yielding tuples in lexicographic index order.

use super::{check, required, size_arg};
use crate::builtins::containers::iterclass::instance;
use crate::objects::iter::NativeIter;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn pick(pool: &[Value], idx: &[usize]) -> Value {
    Value::tuple(idx.iter().map(|&i| pool[i].clone()).collect())
}

pub fn product_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    check(vm, &a, "product", usize::MAX, &["repeat"])?;
    let repeat = match a.kw("repeat") {
        Some(r) => match crate::objects::seq::index_of(vm, r)? {
            Some(n) if n >= 0 => n as usize,
            Some(_) => return Err(vm.value_error("repeat argument cannot be negative")),
            None => return Err(vm.type_error("an integer is required")),
        },
        None => 1,
    };
    let mut base = Vec::new();
    for x in &a.pos[1..] {
        base.push(vm.collect(x)?);
    }
    let mut pools = Vec::with_capacity(base.len() * repeat);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let done = pools.iter().any(|p| p.is_empty());
    let idx = vec![0; pools.len()];
    Ok(instance(
        &a.pos[0],
        Product {
            pools,
            idx,
            first: true,
            done,
        },
    ))
}

struct Product {
    pools: Vec<Vec<Value>>,
    idx: Vec<usize>,
    first: bool,
    done: bool,
}

impl NativeIter for Product {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if !self.first {
            let mut i = self.idx.len();
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                self.idx[i] += 1;
                if self.idx[i] < self.pools[i].len() {
                    break;
                }
                self.idx[i] = 0;
            }
        }
        self.first = false;
        let items = self
            .idx
            .iter()
            .zip(&self.pools)
            .map(|(&i, p)| p[i].clone())
            .collect();
        Ok(Some(Value::tuple(items)))
    }
}

/// The pool and `r` of permutations/combinations; `r` defaults to the pool size when
/// `optional_r`.
fn pool_and_r(
    vm: &mut Vm,
    a: &Args<'_>,
    name: &str,
    optional_r: bool,
) -> PyResult<(Vec<Value>, usize)> {
    check(vm, a, name, 2, &["iterable", "r"])?;
    let iterable = required(vm, a, 0, "iterable", name)?;
    let r = match a.get(2, "r") {
        Some(v) if !(optional_r && v.is_none()) => Some(size_arg(vm, v, "r")?),
        None if !optional_r => {
            required(vm, a, 1, "r", name)?;
            None
        }
        _ => None,
    };
    let pool = vm.collect(iterable)?;
    let r = r.unwrap_or(pool.len());
    Ok((pool, r))
}

pub fn permutations_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    let (pool, r) = pool_and_r(vm, &a, "permutations", true)?;
    let n = pool.len();
    Ok(instance(
        &a.pos[0],
        Permutations {
            idx: (0..n).collect(),
            cycles: (0..r.min(n)).map(|i| n - i).collect(),
            done: r > n,
            first: true,
            pool,
            r,
        },
    ))
}

struct Permutations {
    pool: Vec<Value>,
    r: usize,
    idx: Vec<usize>,
    cycles: Vec<usize>,
    first: bool,
    done: bool,
}

impl NativeIter for Permutations {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let (n, r) = (self.pool.len(), self.r);
        if self.first {
            self.first = false;
            return Ok(Some(pick(&self.pool, &self.idx[..r])));
        }
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        for i in (0..r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                self.idx[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.idx.swap(i, n - j);
                return Ok(Some(pick(&self.pool, &self.idx[..r])));
            }
        }
        self.done = true;
        Ok(None)
    }
}

pub fn combinations_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    let (pool, r) = pool_and_r(vm, &a, "combinations", false)?;
    let done = r > pool.len();
    Ok(instance(
        &a.pos[0],
        Combinations {
            idx: (0..r).collect(),
            pool,
            first: true,
            done,
            replace: false,
        },
    ))
}

pub fn cwr_new(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    crate::builtins::containers::iterclass::need_cls(vm, &a)?;
    let (pool, r) = pool_and_r(vm, &a, "combinations_with_replacement", false)?;
    let done = pool.is_empty() && r > 0;
    Ok(instance(
        &a.pos[0],
        Combinations {
            idx: vec![0; r],
            pool,
            first: true,
            done,
            replace: true,
        },
    ))
}

/// `combinations` and (with `replace`) `combinations_with_replacement`.
struct Combinations {
    pool: Vec<Value>,
    idx: Vec<usize>,
    first: bool,
    done: bool,
    replace: bool,
}

impl NativeIter for Combinations {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
            return Ok(Some(pick(&self.pool, &self.idx)));
        }
        let (n, r) = (self.pool.len(), self.idx.len());
        let at_max = |i: usize, v: usize| {
            if self.replace {
                v == n - 1
            } else {
                v == i + n - r
            }
        };
        let Some(i) = (0..r).rev().find(|&i| !at_max(i, self.idx[i])) else {
            self.done = true;
            return Ok(None);
        };
        self.idx[i] += 1;
        for j in i + 1..r {
            self.idx[j] = if self.replace {
                self.idx[i]
            } else {
                self.idx[j - 1] + 1
            };
        }
        Ok(Some(pick(&self.pool, &self.idx)))
    }
}
