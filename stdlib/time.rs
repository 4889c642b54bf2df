//! The `time` module: clocks, `sleep`, and broken-down time (`struct_time`, `gmtime`,
//! `localtime`, `mktime`, `strftime`, `asctime`, `ctime`).
//!
//! `sleep` waits in `blocking_sleep`, which releases the GIL (and wakes for Ctrl-C) around the
//! wait. UTC conversion is pure Rust; local time, `mktime` and `strftime` use the C library
//! (through `os_sys.rs`) so zone rules and formatting match CPython's on the same machine.

use crate::object::ObjRef;

use super::os::structseq::StructSeq;
use super::os::sys::{self as csys, Clock, Tm};
use super::os::util::{int_arg, set_attr, set_fns};
use crate::object::Payload;
use crate::objects::module::new_module;
use crate::objects::types::{type_name_of, type_of};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const FIELDS: &[&str] = &[
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn struct_time() -> &'static StructSeq {
    static T: OnceLock<StructSeq> = OnceLock::new();
    T.get_or_init(|| StructSeq::new("struct_time", "time", FIELDS, 9))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("time");
    set_fns(
        &m,
        &[
            ("time", |_, _| Ok(Value::Float(wall_ns() as f64 / 1e9))),
            ("time_ns", |_, _| Ok(ns_value(wall_ns()))),
            ("perf_counter", |_, _| {
                Ok(secs_value(csys::clock_ns(Clock::Monotonic)))
            }),
            ("perf_counter_ns", |_, _| {
                Ok(ns_value(csys::clock_ns(Clock::Monotonic)))
            }),
            ("monotonic", |_, _| {
                Ok(secs_value(csys::clock_ns(Clock::Monotonic)))
            }),
            ("monotonic_ns", |_, _| {
                Ok(ns_value(csys::clock_ns(Clock::Monotonic)))
            }),
            ("process_time", |_, _| {
                Ok(secs_value(csys::clock_ns(Clock::Process)))
            }),
            ("process_time_ns", |_, _| {
                Ok(ns_value(csys::clock_ns(Clock::Process)))
            }),
            ("thread_time", |_, _| {
                Ok(secs_value(csys::clock_ns(Clock::Thread)))
            }),
            ("thread_time_ns", |_, _| {
                Ok(ns_value(csys::clock_ns(Clock::Thread)))
            }),
            ("sleep", sleep),
            ("gmtime", gmtime),
            ("localtime", localtime),
            ("mktime", mktime),
            ("strftime", strftime),
            ("asctime", asctime),
            ("ctime", ctime),
        ],
    );
    set_attr(&m, "struct_time", Value::Obj(struct_time().cls.clone()));
    let (timezone, altzone, daylight, names) = zone_info();
    set_attr(&m, "timezone", Value::Int(timezone));
    set_attr(&m, "altzone", Value::Int(altzone));
    set_attr(&m, "daylight", Value::Int(daylight as i64));
    set_attr(
        &m,
        "tzname",
        Value::tuple(vec![Value::str(names.0), Value::str(names.1)]),
    );
    Ok(m)
}

fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn ns_value(ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(ns)),
    }
}

fn secs_value(ns: i128) -> Value {
    Value::Float(ns as f64 / 1e9)
}

fn sleep(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    if a.pos.len() != 1 || a.has_kw() {
        return Err(vm.type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    let secs = match &a.pos[0] {
        Value::Float(f) => *f,
        v => int_arg(vm, v)? as f64,
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    blocking_sleep(vm, secs)?;
    Ok(Value::None)
}

/// Wait `secs` seconds with the GIL released (`sleep(0)` just lets other threads run).
/// Ctrl-C in the main thread ends the wait with `KeyboardInterrupt`.
pub fn blocking_sleep(vm: &mut Vm, secs: f64) -> PyResult<()> {
    if secs <= 0.0 {
        crate::gil::yield_now();
        return vm.check_signals();
    }
    let deadline = std::time::Instant::now() + Duration::from_secs_f64(secs);
    vm.block_on(
        "time.sleep",
        Some(Duration::from_secs_f64(secs)),
        || std::time::Instant::now() >= deadline,
        std::thread::sleep,
    )?;
    Ok(())
}

/// A timestamp argument rounded toward minus infinity; `None` (or missing) means now.
fn timestamp(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let overflow = |vm: &Vm| vm.overflow_error("timestamp out of range for platform time_t");
    match v {
        None | Some(Value::None) => Ok(wall_ns().div_euclid(1_000_000_000) as i64),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let fl = f.floor();
            if !(-9.2e18..9.2e18).contains(&fl) {
                return Err(overflow(vm));
            }
            Ok(fl as i64)
        }
        Some(v) => {
            if let Some(Payload::BigInt(_)) = v.payload() {
                return Err(overflow(vm));
            }
            int_arg(vm, v)
        }
    }
}

/// Days since 1970-01-01 to (year, month 1-12, day 1-31).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn day_of_year(y: i64, m: i64, d: i64) -> i64 {
    const CUM: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    CUM[(m - 1) as usize] + d + (m > 2 && is_leap(y)) as i64
}

/// UTC broken-down time: (year, mon, mday, hour, min, sec, wday (Mon=0), yday (1-based)).
fn utc_fields(t: i64) -> [i64; 8] {
    let days = t.div_euclid(86_400);
    let rem = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7);
    [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        day_of_year(y, m, d),
    ]
}

fn gmtime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let t = timestamp(vm, a.pos.first())?;
    let f = utc_fields(t);
    if f[0] - 1900 > i32::MAX as i64 || f[0] - 1900 < i32::MIN as i64 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let mut vis: Vec<Value> = f.iter().map(|x| Value::Int(*x)).collect();
    vis.push(Value::Int(0));
    Ok(struct_time().make(vis, vec![Value::str("GMT"), Value::Int(0)]))
}

fn tm_to_struct(tm: &Tm, zone: String) -> Value {
    let vis = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
    ];
    struct_time().make(vis, vec![Value::str(zone), Value::Int(tm.tm_gmtoff)])
}

fn local(vm: &mut Vm, t: i64) -> PyResult<(Tm, String)> {
    csys::local_time(t)
        .ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))
}

fn localtime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let t = timestamp(vm, a.pos.first())?;
    let (tm, zone) = local(vm, t)?;
    Ok(tm_to_struct(&tm, zone))
}

/// A `struct_time` or 9-tuple argument as a C `struct tm` (plus its zone name, if any).
fn tm_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<(Tm, Option<String>)> {
    let Some(Payload::Tuple(items)) = v.payload() else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, it) in f.iter_mut().zip(items.iter()) {
        let n = int_arg(vm, it)?;
        *slot = n.clamp(i32::MIN as i64, i32::MAX as i64);
        if n != *slot {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
    }
    let mut tm = Tm {
        tm_year: (f[0] - 1900).clamp(i32::MIN as i64, i32::MAX as i64) as i32,
        tm_mon: (f[1] - 1) as i32,
        tm_mday: f[2] as i32,
        tm_hour: f[3] as i32,
        tm_min: f[4] as i32,
        tm_sec: f[5] as i32,
        tm_wday: ((f[6] + 1) % 7) as i32,
        tm_yday: (f[7] - 1) as i32,
        tm_isdst: f[8] as i32,
        ..Tm::default()
    };
    let mut zone = None;
    if ObjRef::ptr_eq(type_of(v), &struct_time().cls) {
        if let Some(z) = vm
            .getattr_str(v, "tm_zone")
            .ok()
            .and_then(|z| z.as_str().map(str::to_string))
        {
            zone = Some(z);
        }
        if let Ok(Value::Int(off)) = vm.getattr_str(v, "tm_gmtoff") {
            tm.tm_gmtoff = off;
        }
    }
    Ok((tm, zone))
}

/// CPython's `checktm`: the ranges `asctime` accepts.
fn check_tm(vm: &Vm, tm: &Tm) -> PyResult<()> {
    let bad = |what: &str| Err(vm.value_error(format!("{what} out of range")));
    if !(0..=11).contains(&tm.tm_mon) {
        return bad("month");
    }
    if !(1..=31).contains(&tm.tm_mday) {
        return bad("day of month");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return bad("hour");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return bad("minute");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return bad("seconds");
    }
    if tm.tm_wday < 0 {
        return bad("day of week");
    }
    if !(0..=365).contains(&tm.tm_yday) {
        return bad("day of year");
    }
    Ok(())
}

fn now_local(vm: &mut Vm) -> PyResult<(Tm, Option<String>)> {
    let t = timestamp(vm, None)?;
    let (tm, zone) = local(vm, t)?;
    Ok((tm, Some(zone)))
}

fn strftime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(fmt) = a.pos.first() else {
        return Err(vm.type_error("strftime() takes at least 1 argument (0 given)"));
    };
    let Some(fmt) = fmt.as_str() else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            type_name_of(fmt)
        )));
    };
    let (mut tm, zone) = match a.pos.get(1) {
        Some(t) => tm_arg(vm, t, "strftime")?,
        None => now_local(vm)?,
    };
    // CPython accepts 0 for the month, day and day of year and means the first one.
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    check_tm(vm, &tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    if fmt.is_empty() {
        return Ok(Value::str(""));
    }
    Ok(Value::str(csys::format_time(fmt, tm, zone.as_deref())))
}

fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        DAYS[((tm.tm_wday + 6) % 7) as usize],
        MONTHS[tm.tm_mon as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn asctime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (tm, _) = match a.pos.first() {
        Some(t) => tm_arg(vm, t, "asctime")?,
        None => now_local(vm)?,
    };
    check_tm(vm, &tm)?;
    Ok(Value::str(asctime_text(&tm)))
}

fn ctime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let t = timestamp(vm, a.pos.first())?;
    let (tm, _) = local(vm, t)?;
    Ok(Value::str(asctime_text(&tm)))
}

fn mktime(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let Some(t) = a.pos.first() else {
        return Err(vm.type_error("time.mktime() takes exactly one argument (0 given)"));
    };
    let (tm, _) = tm_arg(vm, t, "mktime")?;
    match csys::make_time(tm) {
        Some(secs) => Ok(Value::Float(secs as f64)),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}

/// (timezone, altzone, daylight, tzname) as CPython derives them: from the offsets in
/// January and July of the current year.
fn zone_info() -> (i64, i64, bool, (String, String)) {
    let now = wall_ns().div_euclid(1_000_000_000) as i64;
    let year = utc_fields(now)[0];
    let jan = days_from_civil(year, 1, 1) * 86_400;
    let jul = days_from_civil(year, 7, 1) * 86_400;
    let (Some((jt, jz)), Some((ut, uz))) = (csys::local_time(jan), csys::local_time(jul)) else {
        return (0, 0, false, ("UTC".into(), "UTC".into()));
    };
    let (jo, uo) = (-jt.tm_gmtoff, -ut.tm_gmtoff);
    if jo < uo {
        // Southern hemisphere: DST in January.
        (uo, jo, true, (uz, jz))
    } else {
        (jo, uo, jo != uo, (jz, uz))
    }
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}
