//! Substring search and splitting on byte slices, shared by str (on its UTF-8 bytes) and
//! bytes/bytearray.
//!
//! Searching UTF-8 text bytewise is exact: a valid UTF-8 needle can only match a valid
//! UTF-8 haystack at character boundaries, so str methods may slice their text at the
//! offsets found here. Empty needles are the callers' business (their meaning differs
//! per method); these functions treat an empty needle as matching at the start.
//!
//! The search is Horspool's shift on the last byte plus a 64-bit filter of the needle's
//! bytes that lets a window jump past a byte the needle does not contain.

fn bit(b: u8) -> u64 {
    1u64 << (b & 63)
}

fn filter(n: &[u8]) -> u64 {
    n.iter().fold(0, |m, &b| m | bit(b))
}

/// First occurrence of `n` in `hay`.
pub fn find(hay: &[u8], n: &[u8]) -> Option<usize> {
    let m = n.len();
    if m == 0 {
        return Some(0);
    }
    if m > hay.len() {
        return None;
    }
    if m == 1 {
        return hay.iter().position(|&b| b == n[0]);
    }
    let last = n[m - 1];
    let head = &n[..m - 1];
    let skip = head
        .iter()
        .rposition(|&b| b == last)
        .map_or(m, |p| m - 1 - p);
    let mask = filter(n);
    let end = hay.len() - m;
    let mut i = 0;
    while i <= end {
        let lb = hay[i + m - 1];
        if lb == last && &hay[i..i + m - 1] == head {
            return Some(i);
        }
        if i < end && mask & bit(hay[i + m]) == 0 {
            i += m + 1;
        } else if lb == last {
            i += skip;
        } else {
            i += 1;
        }
    }
    None
}

/// Last occurrence of `n` in `hay`.
pub fn rfind(hay: &[u8], n: &[u8]) -> Option<usize> {
    let m = n.len();
    if m == 0 {
        return Some(hay.len());
    }
    if m > hay.len() {
        return None;
    }
    if m == 1 {
        return hay.iter().rposition(|&b| b == n[0]);
    }
    let first = n[0];
    let tail = &n[1..];
    let skip = tail.iter().position(|&b| b == first).map_or(m, |p| p + 1);
    let mask = filter(n);
    let mut i = hay.len() - m;
    loop {
        let fb = hay[i];
        if fb == first && &hay[i + 1..i + m] == tail {
            return Some(i);
        }
        let step = if i > 0 && mask & bit(hay[i - 1]) == 0 {
            m + 1
        } else if fb == first {
            skip
        } else {
            1
        };
        if step > i {
            return None;
        }
        i -= step;
    }
}

/// Non-overlapping occurrences of a non-empty `n`, at most `max`.
pub fn count(hay: &[u8], n: &[u8], max: usize) -> usize {
    if n.is_empty() {
        return 0;
    }
    if n.len() == 1 && max == usize::MAX {
        return hay.iter().filter(|&&b| b == n[0]).count();
    }
    let mut found = 0;
    let mut at = 0;
    while found < max {
        match find(&hay[at..], n) {
            Some(p) => {
                found += 1;
                at += p + n.len();
            }
            None => break,
        }
    }
    found
}

/// Calls `f(start, end)` for each piece of `hay` split at a non-empty `sep`, left to
/// right, making at most `maxsplit` splits.
pub fn split_each(hay: &[u8], sep: &[u8], maxsplit: usize, mut f: impl FnMut(usize, usize)) {
    let mut start = 0;
    let mut splits = 0;
    while splits < maxsplit {
        match find(&hay[start..], sep) {
            Some(p) => {
                f(start, start + p);
                start += p + sep.len();
                splits += 1;
            }
            None => break,
        }
    }
    f(start, hay.len());
}

/// Like [`split_each`] from the right: pieces come right to left.
pub fn rsplit_each(hay: &[u8], sep: &[u8], maxsplit: usize, mut f: impl FnMut(usize, usize)) {
    let mut end = hay.len();
    let mut splits = 0;
    while splits < maxsplit {
        match rfind(&hay[..end], sep) {
            Some(p) => {
                f(p + sep.len(), end);
                end = p;
                splits += 1;
            }
            None => break,
        }
    }
    f(0, end);
}

/// Splits at runs of bytes for which `ws` holds, dropping empty pieces; after `maxsplit`
/// splits the rest (leading separators skipped) is the last piece.
pub fn split_ws_each(
    hay: &[u8],
    maxsplit: usize,
    ws: impl Fn(u8) -> bool,
    mut f: impl FnMut(usize, usize),
) {
    let n = hay.len();
    let mut i = 0;
    let mut splits = 0;
    loop {
        while i < n && ws(hay[i]) {
            i += 1;
        }
        if i == n {
            return;
        }
        if splits == maxsplit {
            f(i, n);
            return;
        }
        let start = i;
        while i < n && !ws(hay[i]) {
            i += 1;
        }
        f(start, i);
        splits += 1;
    }
}

/// Like [`split_ws_each`] from the right: pieces come right to left.
pub fn rsplit_ws_each(
    hay: &[u8],
    maxsplit: usize,
    ws: impl Fn(u8) -> bool,
    mut f: impl FnMut(usize, usize),
) {
    let mut i = hay.len();
    let mut splits = 0;
    loop {
        while i > 0 && ws(hay[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            return;
        }
        if splits == maxsplit {
            f(0, i);
            return;
        }
        let end = i;
        while i > 0 && !ws(hay[i - 1]) {
            i -= 1;
        }
        f(i, end);
        splits += 1;
    }
}

/// Result of [`replace`].
pub enum Replaced {
    /// `old` does not occur.
    Unchanged,
    /// The result would be larger than `limit` bytes.
    TooBig,
    Done(Vec<u8>),
}

/// `hay` with the first `max` occurrences of a non-empty `old` replaced by `new`.
pub fn replace(hay: &[u8], old: &[u8], new: &[u8], max: usize, limit: usize) -> Replaced {
    let Some(first) = find(hay, old) else {
        return Replaced::Unchanged;
    };
    if max == 0 || old.is_empty() {
        return Replaced::Unchanged;
    }
    let size = if new.len() > old.len() {
        let n = count(&hay[first..], old, max);
        match n
            .checked_mul(new.len() - old.len())
            .and_then(|g| g.checked_add(hay.len()))
        {
            Some(s) if s <= limit => s,
            _ => return Replaced::TooBig,
        }
    } else {
        hay.len()
    };
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(&hay[..first]);
    out.extend_from_slice(new);
    let mut at = first + old.len();
    let mut done = 1;
    while done < max {
        match find(&hay[at..], old) {
            Some(p) => {
                out.extend_from_slice(&hay[at..at + p]);
                out.extend_from_slice(new);
                at += p + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&hay[at..]);
    Replaced::Done(out)
}

/// ASCII whitespace as `str.split()` sees it (also `\x1c`..`\x1f`).
pub fn is_str_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=b' ')
}

/// Whitespace as `bytes.split()` and `bytes.strip()` see it.
pub fn is_bytes_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(h: &[u8], n: &[u8]) -> Option<usize> {
        (0..=h.len().checked_sub(n.len())?).find(|&i| &h[i..i + n.len()] == n)
    }

    fn naive_r(h: &[u8], n: &[u8]) -> Option<usize> {
        (0..=h.len().checked_sub(n.len())?)
            .rev()
            .find(|&i| &h[i..i + n.len()] == n)
    }

    #[test]
    fn search_matches_naive() {
        let hays: [&[u8]; 5] = [
            b"abracadabra",
            b"aaaaab",
            b"xyzabcabcabd",
            b"",
            b"abcabdabcabd",
        ];
        let needles: [&[u8]; 8] = [
            b"a", b"abra", b"cad", b"ab", b"aab", b"abd", b"zz", b"abcabd",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(find(h, n), naive(h, n), "{h:?} {n:?}");
                assert_eq!(rfind(h, n), naive_r(h, n), "{h:?} {n:?}");
            }
        }
        assert_eq!(count(b"aaaa", b"aa", usize::MAX), 2);
    }

    #[test]
    fn whitespace_split() {
        let mut v = vec![];
        split_ws_each(b"  a b  c  ", 1, is_bytes_space, |a, b| v.push((a, b)));
        assert_eq!(v, vec![(2, 3), (4, 10)]);
        v.clear();
        rsplit_ws_each(b"  a b  c  ", 1, is_bytes_space, |a, b| v.push((a, b)));
        assert_eq!(v, vec![(7, 8), (0, 5)]);
    }
}
