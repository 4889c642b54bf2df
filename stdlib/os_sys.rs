//! The few C library calls the OS modules need that `std` does not expose (clocks, local
//! time, `strftime`, signals, `_exit`, terminal size), each wrapped in a small safe function.
//!
//! Every wrapper passes only valid pointers to stack values it owns and checks the return
//! code; none of them can be reached with a dangling pointer from Python code.

use std::ffi::{c_char, c_int, c_long, CStr, CString};

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: c_long,
}

/// The C `struct tm` (glibc and the BSDs agree on this layout, with the zone fields).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Tm {
    pub tm_sec: c_int,
    pub tm_min: c_int,
    pub tm_hour: c_int,
    pub tm_mday: c_int,
    pub tm_mon: c_int,
    pub tm_year: c_int,
    pub tm_wday: c_int,
    pub tm_yday: c_int,
    pub tm_isdst: c_int,
    pub tm_gmtoff: c_long,
    pub tm_zone: *const c_char,
}

impl Default for Tm {
    fn default() -> Tm {
        Tm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: std::ptr::null(),
        }
    }
}

#[repr(C)]
#[derive(Default)]
struct Winsize {
    ws_row: u16,
    ws_col: u16,
    ws_xpixel: u16,
    ws_ypixel: u16,
}

extern "C" {
    fn clock_gettime(clk: c_int, ts: *mut Timespec) -> c_int;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(s: *mut c_char, max: usize, format: *const c_char, tm: *const Tm) -> usize;
    fn kill(pid: c_int, sig: c_int) -> c_int;
    fn _exit(code: c_int) -> !;
    fn getloadavg(loadavg: *mut f64, nelem: c_int) -> c_int;
    fn ioctl(fd: c_int, req: std::ffi::c_ulong, ...) -> c_int;
    fn getuid() -> u32;
    fn geteuid() -> u32;
    fn getgid() -> u32;
    fn getegid() -> u32;
    fn umask(mask: u32) -> u32;
    fn access(path: *const c_char, mode: c_int) -> c_int;
    fn close(fd: c_int) -> c_int;
    fn isatty(fd: c_int) -> c_int;
    fn pipe(fds: *mut c_int) -> c_int;
    fn dup(fd: c_int) -> c_int;
    fn dup2(fd: c_int, fd2: c_int) -> c_int;
}

#[cfg(target_os = "linux")]
mod consts {
    pub const CLOCK_MONOTONIC: i32 = 1;
    pub const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
    pub const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    pub const TIOCGWINSZ: std::ffi::c_ulong = 0x5413;
}
#[cfg(not(target_os = "linux"))]
mod consts {
    pub const CLOCK_MONOTONIC: i32 = 6;
    pub const CLOCK_PROCESS_CPUTIME_ID: i32 = 12;
    pub const CLOCK_THREAD_CPUTIME_ID: i32 = 16;
    pub const TIOCGWINSZ: std::ffi::c_ulong = 0x4008_7468;
}

/// Which clock to read.
#[derive(Clone, Copy)]
pub enum Clock {
    Monotonic,
    Process,
    Thread,
}

/// Nanoseconds on `clock` (0 if the clock cannot be read).
pub fn clock_ns(clock: Clock) -> i128 {
    let id = match clock {
        Clock::Monotonic => consts::CLOCK_MONOTONIC,
        Clock::Process => consts::CLOCK_PROCESS_CPUTIME_ID,
        Clock::Thread => consts::CLOCK_THREAD_CPUTIME_ID,
    };
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec owned by this frame.
    let rc = unsafe { clock_gettime(id, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

/// Local broken-down time of `t` and its zone name; `None` when out of range.
pub fn local_time(t: i64) -> Option<(Tm, String)> {
    let mut out = Tm::default();
    // SAFETY: both pointers refer to values owned by this frame.
    let r = unsafe { localtime_r(&t, &mut out) };
    if r.is_null() {
        return None;
    }
    let zone = if out.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: the C library sets tm_zone to a NUL-terminated static string.
        unsafe { CStr::from_ptr(out.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Some((out, zone))
}

/// `mktime`: local broken-down time to a timestamp (`None` on failure).
pub fn make_time(mut tm: Tm) -> Option<i64> {
    tm.tm_wday = -1;
    tm.tm_zone = std::ptr::null();
    // SAFETY: `tm` is a valid struct owned by this frame; mktime only reads/normalises it.
    let r = unsafe { mktime(&mut tm) };
    // -1 is also a valid time; mktime leaves tm_wday untouched only on failure.
    if r == -1 && tm.tm_wday == -1 {
        None
    } else {
        Some(r)
    }
}

/// C `strftime` of `format` (no NUL inside) with `tm`, whose zone name is `zone`.
pub fn format_time(format: &str, mut tm: Tm, zone: Option<&str>) -> String {
    let (Ok(fmt), zone_c) = (
        CString::new(format),
        zone.and_then(|z| CString::new(z).ok()),
    ) else {
        return String::new();
    };
    tm.tm_zone = zone_c.as_ref().map_or(std::ptr::null(), |z| z.as_ptr());
    let mut size = 1024usize;
    let limit = format.len().saturating_mul(256).max(1024);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; `fmt` and `zone_c` outlive the call.
        let n = unsafe { strftime(buf.as_mut_ptr() as *mut c_char, size, fmt.as_ptr(), &tm) };
        if n > 0 || size >= limit {
            buf.truncate(n);
            return String::from_utf8_lossy(&buf).into_owned();
        }
        size *= 4;
    }
}

/// `kill(pid, sig)`; the OS error on failure.
pub fn send_signal(pid: i64, sig: i64) -> std::io::Result<()> {
    // SAFETY: plain syscall with integer arguments.
    let rc = unsafe { kill(pid as c_int, sig as c_int) };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Leave the process at once: no flushing, no destructors, no atexit handlers.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: `_exit` never returns and touches no Rust state.
    unsafe { _exit(code) }
}

/// The 1, 5 and 15 minute load averages.
pub fn load_average() -> Option<[f64; 3]> {
    let mut v = [0f64; 3];
    // SAFETY: `v` has room for the 3 values requested.
    let n = unsafe { getloadavg(v.as_mut_ptr(), 3) };
    (n == 3).then_some(v)
}

/// `uname()`: sysname, nodename, release, version, machine.
pub fn uname() -> Option<[String; 5]> {
    // SAFETY: utsname is plain old data, valid when zeroed.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid utsname; uname fills it with NUL-terminated strings.
    if unsafe { libc::uname(&mut u) } != 0 {
        return None;
    }
    let field = |f: &[std::ffi::c_char]| -> String {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Some([
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ])
}

/// (columns, lines) of the terminal on `fd`.
pub fn terminal_size(fd: i32) -> std::io::Result<(u16, u16)> {
    let mut ws = Winsize::default();
    // SAFETY: TIOCGWINSZ writes one `struct winsize` into `ws`.
    let rc = unsafe { ioctl(fd as c_int, consts::TIOCGWINSZ, &mut ws as *mut Winsize) };
    if rc == 0 {
        Ok((ws.ws_col, ws.ws_row))
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// (uid, euid, gid, egid) of the process.
pub fn ids() -> (u32, u32, u32, u32) {
    // SAFETY: these calls cannot fail and take no arguments.
    unsafe { (getuid(), geteuid(), getgid(), getegid()) }
}

/// Set the file mode creation mask, returning the previous one.
pub fn set_umask(mask: u32) -> u32 {
    // SAFETY: plain syscall with an integer argument.
    unsafe { umask(mask) }
}

/// `access(path, mode)`: can the real user reach `path` this way?
pub fn access_ok(path: &str, mode: i32) -> bool {
    let Ok(p) = CString::new(path) else {
        return false;
    };
    // SAFETY: `p` is a valid NUL-terminated string for the duration of the call.
    unsafe { access(p.as_ptr(), mode) == 0 }
}

fn check(rc: c_int) -> std::io::Result<i32> {
    if rc < 0 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(rc)
    }
}

/// Close a raw descriptor (which need not be owned by any Rust object).
pub fn close_fd(fd: i32) -> std::io::Result<()> {
    // SAFETY: plain syscall with an integer argument; no Rust object owns `fd`.
    check(unsafe { close(fd) }).map(|_| ())
}

pub fn is_tty(fd: i32) -> bool {
    // SAFETY: plain syscall with an integer argument.
    unsafe { isatty(fd) == 1 }
}

/// A new pipe: (read end, write end).
pub fn make_pipe() -> std::io::Result<(i32, i32)> {
    let mut fds = [0 as c_int; 2];
    // SAFETY: `fds` has room for the two descriptors pipe() writes.
    check(unsafe { pipe(fds.as_mut_ptr()) })?;
    Ok((fds[0], fds[1]))
}

pub fn dup_fd(fd: i32) -> std::io::Result<i32> {
    // SAFETY: plain syscall with an integer argument.
    check(unsafe { dup(fd) })
}

pub fn dup2_fd(fd: i32, fd2: i32) -> std::io::Result<i32> {
    // SAFETY: plain syscall with integer arguments.
    check(unsafe { dup2(fd, fd2) })
}
