//! The state of an open file and every operation on it, in plain Rust: buffering, text
//! decoding/encoding, newline translation, seeking. No Python code runs here.
//!
//! Each public operation takes `&mut FileState` and returns `Result<_, IoErr>`; the Python
//! glue in `io_methods.rs` locks the state, calls one operation and converts the result.
//! So a future GIL release only has to wrap "lock, operate, unlock": the lock is never held
//! while waiting for the GIL. The only OS calls are in `fill`, `flush_raw` and `raw_seek`.
//!
//! Invariants: `rbuf[rpos..]` holds raw bytes read ahead of the logical position; `wbuf`
//! holds bytes written after it. At most one of the two is non-empty.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::IntoRawFd;

const CHUNK: usize = 8192;

#[derive(Debug)]
pub enum IoErr {
    Os(std::io::Error),
    Closed,
    /// `io.UnsupportedOperation` with this message.
    Unsupported(&'static str),
    Value(String),
    Decode(String),
    Encode(String),
}

type R<T> = Result<T, IoErr>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Utf8,
    /// UTF-8 that skips a leading byte order mark on reading (`utf-8-sig`).
    Utf8Sig,
    Latin1,
    Ascii,
}

impl Encoding {
    /// The codec for an encoding name, as CPython normalises names.
    pub fn lookup(name: &str) -> Option<Encoding> {
        let n = name.to_ascii_lowercase().replace('_', "-");
        Some(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
            "utf-8-sig" | "utf8-sig" => Encoding::Utf8Sig,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1"
            | "latin" => Encoding::Latin1,
            "ascii" | "us-ascii" | "646" => Encoding::Ascii,
            _ => return None,
        })
    }

    fn codec_name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Sig => "utf-8-sig",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
        }
    }
}

/// How undecodable / unencodable characters are handled (`errors=`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
}

impl Errors {
    pub fn lookup(name: &str) -> Option<Errors> {
        Some(match name {
            "strict" => Errors::Strict,
            "replace" | "surrogateescape" => Errors::Replace,
            "ignore" => Errors::Ignore,
            "backslashreplace" => Errors::BackslashReplace,
            _ => return None,
        })
    }
}

/// The `newline=` argument of a text file.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: universal newlines, translated to `\n` on reading.
    Universal,
    /// `''`: universal line splitting, no translation.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

pub struct TextConfig {
    pub encoding: Encoding,
    pub errors: Errors,
    pub newline: Newline,
    pub line_buffering: bool,
}

/// The `io.UnsupportedOperation` messages of a file kind: reading, writing, truncating
/// a file not opened for it.
#[derive(Clone, Copy)]
pub struct Unsupported {
    pub read: &'static str,
    pub write: &'static str,
    pub truncate: &'static str,
}

pub struct FileState {
    file: Option<File>,
    msgs: Unsupported,
    closefd: bool,
    pub readable: bool,
    pub writable: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    /// Unbuffered (`buffering=0`, raw `FileIO`): writes go straight to the OS.
    unbuffered: bool,
    pub text: Option<TextConfig>,
    /// At the start of a `utf-8-sig` file, before the BOM was checked.
    bom_pending: bool,
    /// A `utf-8-sig` file opened for writing: the first write at offset 0 adds a BOM.
    bom_write: bool,
}

impl FileState {
    pub fn new(
        file: File,
        msgs: Unsupported,
        closefd: bool,
        (readable, writable): (bool, bool),
        unbuffered: bool,
        text: Option<TextConfig>,
    ) -> FileState {
        let bom_pending = text
            .as_ref()
            .is_some_and(|t| t.encoding == Encoding::Utf8Sig);
        let bom_write = bom_pending && writable;
        FileState {
            file: Some(file),
            msgs,
            closefd,
            readable,
            writable,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            unbuffered,
            text,
            bom_pending,
            bom_write,
        }
    }

    pub fn is_closed(&self) -> bool {
        self.file.is_none()
    }

    fn file(&mut self) -> R<&mut File> {
        self.file.as_mut().ok_or(IoErr::Closed)
    }

    pub fn fileno(&self) -> R<i32> {
        use std::os::fd::AsRawFd;
        self.file
            .as_ref()
            .map(|f| f.as_raw_fd())
            .ok_or(IoErr::Closed)
    }

    fn check_readable(&self) -> R<()> {
        if self.is_closed() {
            Err(IoErr::Closed)
        } else if !self.readable {
            Err(IoErr::Unsupported(self.msgs.read))
        } else {
            Ok(())
        }
    }

    fn check_writable(&self) -> R<()> {
        if self.is_closed() {
            Err(IoErr::Closed)
        } else if !self.writable {
            Err(IoErr::Unsupported(self.msgs.write))
        } else {
            Ok(())
        }
    }

    // ---- the OS calls (blocking) ----

    /// Read one more chunk into the read-ahead buffer; false at end of file.
    fn fill(&mut self) -> R<bool> {
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let start = self.rbuf.len();
        self.rbuf.resize(start + CHUNK, 0);
        let r = loop {
            let f = match self.file.as_mut() {
                Some(f) => f,
                None => break Err(IoErr::Closed),
            };
            match f.read(&mut self.rbuf[start..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r.map_err(IoErr::Os),
            }
        };
        let n = *r.as_ref().unwrap_or(&0);
        self.rbuf.truncate(start + n);
        r.map(|n| n > 0)
    }

    /// Write out the write buffer.
    fn flush_raw(&mut self) -> R<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        self.file()?.write_all(&data).map_err(IoErr::Os)
    }

    fn raw_seek(&mut self, to: SeekFrom) -> R<u64> {
        self.file()?.seek(to).map_err(IoErr::Os)
    }

    // ---- buffering ----

    /// Drop the read-ahead, moving the OS position back to the logical one.
    fn discard_readahead(&mut self) -> R<()> {
        let unread = self.rbuf.len() - self.rpos;
        if unread > 0 {
            self.raw_seek(SeekFrom::Current(-(unread as i64)))?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    pub fn flush(&mut self) -> R<()> {
        if self.is_closed() {
            return Err(IoErr::Closed);
        }
        self.flush_raw()
    }

    /// Close: flush, then release the descriptor (unless `closefd=False`). Idempotent.
    pub fn close(&mut self) -> R<()> {
        if self.is_closed() {
            return Ok(());
        }
        let r = self.flush_raw();
        if let Some(f) = self.file.take() {
            if !self.closefd {
                let _ = f.into_raw_fd();
            }
        }
        self.rbuf = Vec::new();
        self.rpos = 0;
        r
    }

    fn write_bytes(&mut self, data: &[u8], force_flush: bool) -> R<()> {
        self.check_writable()?;
        if !self.rbuf.is_empty() {
            self.discard_readahead()?;
        }
        self.wbuf.extend_from_slice(data);
        if self.unbuffered || force_flush || self.wbuf.len() >= CHUNK {
            self.flush_raw()?;
        }
        Ok(())
    }

    fn prepare_read(&mut self) -> R<()> {
        self.check_readable()?;
        self.flush_raw()
    }

    /// Raw bytes of the rest of the file.
    fn read_all_raw(&mut self) -> R<Vec<u8>> {
        while self.fill()? {}
        let out = self.rbuf[self.rpos..].to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        Ok(out)
    }

    // ---- binary operations ----

    pub fn write(&mut self, data: &[u8]) -> R<usize> {
        self.write_bytes(data, false)?;
        Ok(data.len())
    }

    /// `read(n)`: up to `n` bytes (all when `n` is `None`); fewer only at end of file.
    pub fn read(&mut self, n: Option<usize>) -> R<Vec<u8>> {
        self.prepare_read()?;
        let Some(n) = n else {
            return self.read_all_raw();
        };
        while self.rbuf.len() - self.rpos < n {
            if !self.fill()? {
                break;
            }
            if self.unbuffered && self.rbuf.len() > self.rpos {
                break;
            }
        }
        let end = (self.rpos + n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        Ok(out)
    }

    /// `readline(limit)` in binary mode: up to and including `\n`.
    pub fn readline(&mut self, limit: Option<usize>) -> R<Vec<u8>> {
        self.prepare_read()?;
        let mut scanned = 0;
        loop {
            let avail = &self.rbuf[self.rpos..];
            let cap = limit.unwrap_or(usize::MAX);
            if let Some(i) = avail[scanned..].iter().position(|&b| b == b'\n') {
                let end = (scanned + i + 1).min(cap);
                return Ok(self.take(end));
            }
            if avail.len() >= cap {
                return Ok(self.take(cap));
            }
            scanned = avail.len();
            if !self.fill()? {
                let n = self.rbuf.len() - self.rpos;
                return Ok(self.take(n));
            }
        }
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        out
    }

    /// The logical position (bytes from the start of the file).
    pub fn tell(&mut self) -> R<u64> {
        let unread = (self.rbuf.len() - self.rpos) as u64;
        let pending = self.wbuf.len() as u64;
        let os = self.raw_seek(SeekFrom::Current(0))?;
        Ok(os.saturating_sub(unread) + pending)
    }

    /// `seek(offset, whence)` in binary mode; returns the new position.
    pub fn seek(&mut self, offset: i64, whence: i64) -> R<u64> {
        if self.is_closed() {
            return Err(IoErr::Closed);
        }
        let to = match whence {
            0 => {
                if offset < 0 {
                    return Err(IoErr::Value(format!("negative seek position {offset}")));
                }
                SeekFrom::Start(offset as u64)
            }
            1 => SeekFrom::Start((self.tell()? as i64).saturating_add(offset).max(0) as u64),
            2 => SeekFrom::End(offset),
            _ => return Err(IoErr::Value(format!("whence value {whence} unsupported"))),
        };
        self.flush_raw()?;
        self.rbuf.clear();
        self.rpos = 0;
        self.bom_pending = false;
        self.bom_write = false;
        self.raw_seek(to)
    }

    /// `truncate(size)`: the file becomes `size` bytes (default: the position) long.
    pub fn truncate(&mut self, size: Option<u64>) -> R<u64> {
        if self.is_closed() {
            return Err(IoErr::Closed);
        }
        if !self.writable {
            return Err(IoErr::Unsupported(self.msgs.truncate));
        }
        let pos = self.tell()?;
        self.flush_raw()?;
        self.discard_readahead()?;
        let size = size.unwrap_or(pos);
        self.file()?.set_len(size).map_err(IoErr::Os)?;
        Ok(size)
    }

    pub fn seekable(&mut self) -> R<bool> {
        Ok(self.file()?.stream_position().is_ok())
    }

    // ---- text operations ----

    fn cfg(&self) -> (Encoding, Errors, Newline) {
        match &self.text {
            Some(t) => (t.encoding, t.errors, t.newline),
            None => (Encoding::Utf8, Errors::Strict, Newline::Lf),
        }
    }

    /// Skip a UTF-8 byte order mark at the start of a `utf-8-sig` file.
    fn skip_bom(&mut self) -> R<()> {
        if !self.bom_pending {
            return Ok(());
        }
        while self.rbuf.len() - self.rpos < 3 && self.fill()? {}
        if self.rbuf[self.rpos..].starts_with(&[0xef, 0xbb, 0xbf]) {
            self.rpos += 3;
        }
        self.bom_pending = false;
        Ok(())
    }

    /// Text `write(s)`: returns the number of characters of `s`.
    pub fn write_text(&mut self, s: &str) -> R<usize> {
        let (enc, errors, newline) = self.cfg();
        let translated;
        let s2 = match newline {
            Newline::Cr if s.contains('\n') => {
                translated = s.replace('\n', "\r");
                &translated
            }
            Newline::CrLf if s.contains('\n') => {
                translated = s.replace('\n', "\r\n");
                &translated
            }
            _ => s,
        };
        let mut bytes = encode(s2, enc, errors)?;
        if self.bom_write {
            self.bom_write = false;
            if self.tell()? == 0 {
                bytes.splice(0..0, [0xef, 0xbb, 0xbf]);
            }
        }
        let flush = self.text.as_ref().is_some_and(|t| t.line_buffering)
            && (s.contains('\n') || s.contains('\r'));
        self.write_bytes(&bytes, flush)?;
        Ok(s.chars().count())
    }

    /// Text `read(n)`: up to `n` characters, or everything when `n` is `None`.
    pub fn read_text(&mut self, n: Option<usize>) -> R<String> {
        self.prepare_read()?;
        self.skip_bom()?;
        let (enc, errors, newline) = self.cfg();
        let Some(n) = n else {
            let raw = self.read_all_raw()?;
            let text = decode(&raw, enc, errors, true)?.0;
            return Ok(translate(&text, newline));
        };
        while self.rbuf.len() - self.rpos < 4 * n + 2 {
            if !self.fill()? {
                break;
            }
        }
        let at_eof = self.rbuf.len() - self.rpos < 4 * n + 2;
        let (text, valid) = decode(&self.rbuf[self.rpos..], enc, errors, at_eof)?;
        let (out, used, all) = take_chars(&text, n, newline, enc);
        self.rpos += if all { valid } else { used };
        Ok(out)
    }

    /// Text `readline(limit)`: up to and including the line terminator of the newline mode.
    pub fn readline_text(&mut self, limit: Option<usize>) -> R<String> {
        self.prepare_read()?;
        self.skip_bom()?;
        let (enc, errors, newline) = self.cfg();
        let mut scanned = 0;
        let end = loop {
            let avail = &self.rbuf[self.rpos..];
            match line_end(avail, scanned, newline) {
                LineEnd::At(e) => break e,
                LineEnd::NeedMore(s) => scanned = s,
            }
            if let Some(l) = limit {
                if avail.len() >= 4 * l + 2 {
                    break avail.len();
                }
            }
            if !self.fill()? {
                let avail = &self.rbuf[self.rpos..];
                break match line_end(avail, scanned, newline) {
                    LineEnd::At(e) => e,
                    LineEnd::NeedMore(_) => avail.len(),
                };
            }
        };
        let (text, valid) = decode(&self.rbuf[self.rpos..self.rpos + end], enc, errors, true)?;
        let n = limit.unwrap_or(usize::MAX);
        let (out, used, all) = take_chars(&text, n, newline, enc);
        self.rpos += if all { valid } else { used };
        Ok(out)
    }

    /// Text `seek(cookie, whence)`: only absolute positions and the two ends.
    pub fn seek_text(&mut self, offset: i64, whence: i64) -> R<u64> {
        if self.is_closed() {
            return Err(IoErr::Closed);
        }
        match whence {
            0..=2 => {}
            _ => {
                return Err(IoErr::Value(format!(
                    "invalid whence ({whence}, should be 0, 1 or 2)"
                )))
            }
        }
        match whence {
            1 if offset != 0 => Err(IoErr::Unsupported("can't do nonzero cur-relative seeks")),
            2 if offset != 0 => Err(IoErr::Unsupported("can't do nonzero end-relative seeks")),
            1 => self.tell(),
            _ => self.seek(offset, whence),
        }
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

enum LineEnd {
    /// The line ends before this raw offset.
    At(usize),
    /// No terminator yet; bytes before this offset need not be scanned again.
    NeedMore(usize),
}

/// Where the first line in `buf` ends for the newline mode (`\r` and `\n` never occur inside
/// a multi-byte character in the supported encodings).
fn line_end(buf: &[u8], from: usize, nl: Newline) -> LineEnd {
    match nl {
        Newline::Universal | Newline::Untranslated => {
            match buf[from..].iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(i) => {
                    let i = from + i;
                    if buf[i] == b'\n' {
                        LineEnd::At(i + 1)
                    } else if i + 1 < buf.len() {
                        LineEnd::At(if buf[i + 1] == b'\n' { i + 2 } else { i + 1 })
                    } else {
                        // A final `\r` may be the first half of `\r\n`.
                        LineEnd::NeedMore(i)
                    }
                }
                None => LineEnd::NeedMore(buf.len()),
            }
        }
        Newline::Lf | Newline::Cr => {
            let t = if nl == Newline::Lf { b'\n' } else { b'\r' };
            match buf[from..].iter().position(|&b| b == t) {
                Some(i) => LineEnd::At(from + i + 1),
                None => LineEnd::NeedMore(buf.len()),
            }
        }
        Newline::CrLf => match buf[from..].windows(2).position(|w| w == b"\r\n") {
            Some(i) => LineEnd::At(from + i + 2),
            None => LineEnd::NeedMore(buf.len().saturating_sub(1).max(from)),
        },
    }
}

/// The first `n` characters of `text` after newline translation, the number of raw
/// (encoded) bytes they came from, and whether that was all of `text`.
fn take_chars(text: &str, n: usize, nl: Newline, enc: Encoding) -> (String, usize, bool) {
    let raw_len = |c: char| match enc {
        Encoding::Utf8 | Encoding::Utf8Sig => c.len_utf8(),
        Encoding::Latin1 | Encoding::Ascii => 1,
    };
    let mut out = String::new();
    let mut used = 0;
    let mut count = 0;
    let mut it = text.chars().peekable();
    while count < n {
        let Some(c) = it.next() else {
            break;
        };
        used += raw_len(c);
        if c == '\r' && nl == Newline::Universal {
            if it.peek() == Some(&'\n') {
                it.next();
                used += 1;
            }
            out.push('\n');
        } else {
            out.push(c);
        }
        count += 1;
    }
    let all = it.peek().is_none();
    (out, used, all)
}

/// Universal-newline translation of a whole decoded text.
fn translate(text: &str, nl: Newline) -> String {
    if nl == Newline::Universal && text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

/// Decode `raw`; with `final_` false an incomplete character at the end is left out.
/// Returns the text and the number of raw bytes it used.
pub fn decode(raw: &[u8], enc: Encoding, errors: Errors, final_: bool) -> R<(String, usize)> {
    match enc {
        Encoding::Latin1 => Ok((raw.iter().map(|&b| b as char).collect(), raw.len())),
        Encoding::Ascii => {
            let mut out = String::with_capacity(raw.len());
            for (i, &b) in raw.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    Errors::Strict => {
                        return Err(IoErr::Decode(format!(
                            "'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)"
                        )))
                    }
                    Errors::Ignore => {}
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::BackslashReplace => out.push_str(&format!("\\x{b:02x}")),
                }
            }
            Ok((out, raw.len()))
        }
        Encoding::Utf8 | Encoding::Utf8Sig => decode_utf8(raw, errors, final_, enc.codec_name()),
    }
}

fn decode_utf8(raw: &[u8], errors: Errors, final_: bool, codec: &str) -> R<(String, usize)> {
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match std::str::from_utf8(&raw[i..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok((out, raw.len()));
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&raw[i..i + good]).unwrap_or_default());
                i += good;
                let bad_len = match e.error_len() {
                    Some(l) => l,
                    None if !final_ => return Ok((out, i)),
                    None => raw.len() - i,
                };
                match errors {
                    Errors::Strict => {
                        let b = raw[i];
                        let reason = match e.error_len() {
                            None => "unexpected end of data",
                            Some(_) if (0x80..0xc2).contains(&b) || b >= 0xf5 => {
                                "invalid start byte"
                            }
                            Some(_) => "invalid continuation byte",
                        };
                        let what = if e.error_len().is_none() && bad_len > 1 {
                            format!("bytes in position {}-{}", i, i + bad_len - 1)
                        } else {
                            format!("byte 0x{b:02x} in position {i}")
                        };
                        return Err(IoErr::Decode(format!(
                            "'{codec}' codec can't decode {what}: {reason}"
                        )));
                    }
                    Errors::Ignore => {}
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::BackslashReplace => {
                        for b in &raw[i..i + bad_len] {
                            out.push_str(&format!("\\x{b:02x}"));
                        }
                    }
                }
                i += bad_len;
            }
        }
    }
    Ok((out, raw.len()))
}

/// Encode `s`; errors name the first character that cannot be encoded.
pub fn encode(s: &str, enc: Encoding, errors: Errors) -> R<Vec<u8>> {
    let limit: u32 = match enc {
        Encoding::Utf8 | Encoding::Utf8Sig => return Ok(s.as_bytes().to_vec()),
        Encoding::Latin1 => 0x100,
        Encoding::Ascii => 0x80,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match errors {
            Errors::Strict => {
                let esc = crate::objects::str_repr(&c.to_string());
                return Err(IoErr::Encode(format!(
                    "'{}' codec can't encode character {esc} in position {i}: ordinal not in range({limit})",
                    enc.codec_name()
                )));
            }
            Errors::Ignore => {}
            Errors::Replace => out.push(b'?'),
            Errors::BackslashReplace => {
                let e = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.extend_from_slice(e.as_bytes());
            }
        }
    }
    Ok(out)
}
