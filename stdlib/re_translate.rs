//! Translation of Python `re` pattern syntax into fancy-regex syntax.
//!
//! The translator parses the whole Python pattern itself (so syntax errors carry CPython's
//! messages and character positions) and emits an equivalent fancy-regex pattern in which:
//! every capture group is unnamed (names are kept here, numbering is the same left to right),
//! every non-alphanumeric literal is written as `\x{..}` (so no character is ever special to
//! the target syntax by accident), anchors and `.` are spelled out explicitly (MULTILINE,
//! DOTALL, VERBOSE and ASCII are resolved here; only IGNORECASE is passed on as `(?i)`).

#[path = "re_escape.rs"]
mod re_escape;

pub const F_IGNORECASE: i64 = 2;
pub const F_LOCALE: i64 = 4;
pub const F_MULTILINE: i64 = 8;
pub const F_DOTALL: i64 = 16;
pub const F_UNICODE: i64 = 32;
pub const F_VERBOSE: i64 = 64;
pub const F_ASCII: i64 = 256;

pub struct Translated {
    pub rx: String,
    /// Final flags (the caller's flags plus global inline flags, plus UNICODE unless ASCII).
    pub flags: i64,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// For each group `g` (index `g - 1`), the innermost enclosing capture group (0 if none).
    pub parents: Vec<usize>,
}

pub struct ReError {
    pub msg: String,
    pub pos: usize,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError {
        msg: msg.into(),
        pos,
    })
}

/// What the last item of the current sequence was, for repeat checks.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    Nothing,
    Anchor,
    Item,
    /// A look-around assertion, emitted from this offset of the output.
    Assert(usize),
    Repeat,
}

struct Tr {
    p: Vec<char>,
    i: usize,
    out: String,
    groups: usize,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    /// Capture groups currently open (innermost last).
    open: Vec<usize>,
    global_flags: i64,
    /// Numbered conditional references `(?(n)...)` with their positions.
    cond_refs: Vec<(usize, usize)>,
    /// Position of a trailing unpaired backslash, if any.
    trailing_bs: Option<usize>,
}

fn hex(c: u32) -> String {
    format!("\\x{{{c:X}}}")
}

fn lit(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() {
        out.push(c);
    } else {
        out.push_str(&hex(c as u32));
    }
}

fn is_ident(name: &str) -> bool {
    let mut cs = name.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

impl Tr {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// Reports the trailing backslash if the token just consumed ends right before it.
    fn check_trailing(&self, at: usize) -> Result<(), ReError> {
        if self.trailing_bs == Some(at) && at > 0 {
            return err("bad escape (end of pattern)", at);
        }
        Ok(())
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Parses alternatives until `)` or the end; leaves `)` unconsumed.
    /// Returns the position of the second top-level `|`, if any (conditionals allow one).
    fn parse_alt(&mut self, mut flags: i64, depth: usize) -> Result<Option<usize>, ReError> {
        if depth > 200 {
            return err("too many nested groups", self.i);
        }
        let mut last = Last::Nothing;
        let mut bars = Vec::new();
        loop {
            if flags & F_VERBOSE != 0 {
                self.skip_verbose();
            }
            let start = self.i;
            self.check_trailing(start)?;
            let Some(c) = self.peek() else {
                return Ok(bars.get(1).copied());
            };
            match c {
                ')' => return Ok(bars.get(1).copied()),
                '|' => {
                    bars.push(self.i);
                    self.i += 1;
                    self.out.push('|');
                    last = Last::Nothing;
                }
                '*' | '+' | '?' | '{' => {
                    if c == '{' && !self.brace_is_repeat() {
                        self.i += 1;
                        lit('{', &mut self.out);
                        last = Last::Item;
                        continue;
                    }
                    if c == '{' {
                        let close = self.p[start..].iter().position(|&c| c == '}');
                        self.check_trailing(close.map_or(start, |k| start + k + 1))?;
                    }
                    match last {
                        Last::Nothing | Last::Anchor => return err("nothing to repeat", start),
                        Last::Repeat => return err("multiple repeat", start),
                        Last::Item => self.parse_repeat()?,
                        Last::Assert(off) => self.repeat_assertion(off)?,
                    }
                    last = Last::Repeat;
                }
                '(' => {
                    self.i += 1;
                    match self.parse_group(flags, start, depth)? {
                        Some(l) => last = l,
                        None => flags |= self.global_flags,
                    }
                }
                '[' => {
                    self.i += 1;
                    self.parse_class(flags, start)?;
                    last = Last::Item;
                }
                '.' => {
                    self.i += 1;
                    self.out.push_str(if flags & F_DOTALL != 0 {
                        "(?s:.)"
                    } else {
                        "[^\\n]"
                    });
                    last = Last::Item;
                }
                '^' => {
                    self.i += 1;
                    self.out.push_str(if flags & F_MULTILINE != 0 {
                        "(?m:^)"
                    } else {
                        "\\A"
                    });
                    last = Last::Anchor;
                }
                '$' => {
                    self.i += 1;
                    self.out.push_str(if flags & F_MULTILINE != 0 {
                        "(?m:$)"
                    } else {
                        "(?:\\z|(?=\\n\\z))"
                    });
                    last = Last::Anchor;
                }
                '\\' => {
                    self.i += 1;
                    last = self.parse_escape(flags, start)?;
                }
                _ => {
                    self.i += 1;
                    lit(c, &mut self.out);
                    last = Last::Item;
                }
            }
        }
    }

    /// Whether the `{` at the cursor starts a valid `{m,n}` repeat (else it is a literal).
    fn brace_is_repeat(&self) -> bool {
        let mut k = 1;
        if self.peek_at(1) == Some('}') {
            return false;
        }
        while self.peek_at(k).is_some_and(|c| c.is_ascii_digit()) {
            k += 1;
        }
        if self.peek_at(k) == Some(',') {
            k += 1;
            while self.peek_at(k).is_some_and(|c| c.is_ascii_digit()) {
                k += 1;
            }
        }
        self.peek_at(k) == Some('}')
    }

    fn digits(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
            s.push(c);
            self.i += 1;
        }
        s
    }

    fn parse_repeat(&mut self) -> Result<(), ReError> {
        let here = self.i;
        let c = self.p[self.i];
        self.i += 1;
        match c {
            '{' => {
                let lo = self.digits();
                let hi = if self.eat(',') {
                    Some(self.digits())
                } else {
                    None
                };
                self.eat('}');
                let parse = |s: &str| -> Result<Option<u64>, ReError> {
                    if s.is_empty() {
                        return Ok(None);
                    }
                    match s.parse::<u64>() {
                        Ok(n) if n < 4_294_967_295 => Ok(Some(n)),
                        _ => err("the repetition number is too large", here),
                    }
                };
                let min = parse(&lo)?.unwrap_or(0);
                let max = match &hi {
                    None => Some(min),
                    Some(h) => parse(h)?,
                };
                if let Some(m) = max {
                    if m < min {
                        return err("min repeat greater than max repeat", here + 1);
                    }
                }
                match max {
                    Some(m) if hi.is_none() => self.out.push_str(&format!("{{{m}}}")),
                    Some(m) => self.out.push_str(&format!("{{{min},{m}}}")),
                    None => self.out.push_str(&format!("{{{min},}}")),
                }
            }
            _ => self.out.push(c),
        }
        if self.eat('?') {
            self.out.push('?');
        } else if self.eat('+') {
            self.out.push('+');
        }
        Ok(())
    }

    /// A repeated look-around (accepted by CPython, rejected by fancy-regex): an assertion
    /// matches no text, so a repeat with minimum 0 makes it optional and any other repeat
    /// is the assertion itself.
    fn repeat_assertion(&mut self, off: usize) -> Result<(), ReError> {
        let before = self.out.len();
        self.parse_repeat()?;
        let q = self.out.split_off(before);
        let lazy = q.len() > 1 && q.ends_with('?');
        let optional = q.starts_with(['*', '?']) || q.starts_with("{0") || q.starts_with("{,");
        if optional {
            self.out.insert_str(off, if lazy { "(?:|" } else { "(?:" });
            self.out.push_str(if lazy { ")" } else { "|)" });
        }
        Ok(())
    }

    fn parse_name(&mut self, term: char) -> Result<String, ReError> {
        let start = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => {
                    let what = if term == '>' { ">" } else { ")" };
                    return err(format!("missing {what}, unterminated name"), start);
                }
                Some(c) if c == term => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        if name.is_empty() {
            return err("missing group name", start);
        }
        Ok(name)
    }

    fn group_ref(&self, name: &str, pos: usize) -> Result<usize, ReError> {
        let n = match self.names.iter().find(|(n, _)| n == name) {
            Some(&(_, g)) => g,
            None if is_ident(name) => return err(format!("unknown group name '{name}'"), pos),
            None => return err(format!("bad character in group name '{name}'"), pos),
        };
        if self.open.contains(&n) {
            return err("cannot refer to an open group", pos);
        }
        Ok(n)
    }

    /// Returns the kind of item parsed, or None for a comment or global-flag group (which
    /// leaves the previous item repeatable).
    fn parse_group(
        &mut self,
        flags: i64,
        start: usize,
        depth: usize,
    ) -> Result<Option<Last>, ReError> {
        let mut inner_flags = flags;
        let mut capture = 0;
        let mut last = Last::Item;
        let out_start = self.out.len();
        let mut conditional = false;
        if self.eat('?') {
            let Some(c) = self.peek() else {
                return err("unexpected end of pattern", self.i);
            };
            self.i += 1;
            match c {
                ':' => self.out.push_str("(?:"),
                '>' => self.out.push_str("(?>"),
                '=' | '!' => {
                    self.out.push_str(if c == '=' { "(?=" } else { "(?!" });
                    last = Last::Assert(out_start);
                }
                '#' => {
                    while let Some(c) = self.peek() {
                        self.i += 1;
                        if c == ')' {
                            return Ok(None);
                        }
                    }
                    return err("missing ), unterminated comment", start);
                }
                '<' if matches!(self.peek(), Some('=' | '!')) => {
                    let neg = self.p[self.i] == '!';
                    self.i += 1;
                    self.out.push_str(if neg { "(?<!" } else { "(?<=" });
                    last = Last::Assert(out_start);
                }
                '<' => match self.peek() {
                    None => return err("unexpected end of pattern", self.i),
                    Some(o) => return err(format!("unknown extension ?<{o}"), start + 1),
                },
                'P' => {
                    let Some(kind) = self.peek() else {
                        return err("unexpected end of pattern", self.i);
                    };
                    self.i += 1;
                    match kind {
                        '<' => {
                            let npos = self.i;
                            let name = self.parse_name('>')?;
                            if !is_ident(&name) {
                                return err(format!("bad character in group name '{name}'"), npos);
                            }
                            let g = self.groups + 1;
                            if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                                return err(
                                    format!(
                                        "redefinition of group name '{name}' as group {g}; was group {old}"
                                    ),
                                    npos,
                                );
                            }
                            self.names.push((name, g));
                            capture = self.new_group();
                        }
                        '=' => {
                            let npos = self.i;
                            let name = self.parse_name(')')?;
                            let g = self.group_ref(&name, npos)?;
                            self.out.push_str(&format!("(?:\\{g})"));
                            return Ok(Some(Last::Item));
                        }
                        o => return err(format!("unknown extension ?P{o}"), start + 1),
                    }
                }
                '(' => {
                    let npos = self.i;
                    let name = self.parse_name(')')?;
                    let g = match name.parse::<usize>() {
                        Ok(0) => return err("bad group number", npos),
                        Ok(n) => {
                            // Forward references are checked once all groups are known.
                            self.cond_refs.push((n, npos));
                            n
                        }
                        Err(_) => self.group_ref(&name, npos)?,
                    };
                    self.out.push_str(&format!("(?({g})"));
                    conditional = true;
                }
                c if "aiLmsux-".contains(c) => {
                    self.i -= 1;
                    match self.parse_flags(flags, start)? {
                        None => return Ok(None),
                        Some(f) => {
                            inner_flags = f;
                            let on = f & F_IGNORECASE != 0;
                            if on != (flags & F_IGNORECASE != 0) {
                                self.out.push_str(if on { "(?i:" } else { "(?-i:" });
                            } else {
                                self.out.push_str("(?:");
                            }
                        }
                    }
                }
                o => return err(format!("unknown extension ?{o}"), start + 1),
            }
        } else {
            capture = self.new_group();
        }
        if capture != 0 {
            self.out.push('(');
            self.open.push(capture);
        }
        let second_bar = self.parse_alt(inner_flags, depth + 1)?;
        if let Some(pos) = second_bar.filter(|_| conditional) {
            return err("conditional backref with more than two branches", pos);
        }
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        if capture != 0 {
            self.open.pop();
        }
        self.out.push(')');
        Ok(Some(last))
    }

    fn new_group(&mut self) -> usize {
        self.groups += 1;
        self.parents.push(self.open.last().copied().unwrap_or(0));
        self.groups
    }

    /// Parses `(?flags)` or `(?flags-flags:`; the cursor is after `(?`. Returns None for a
    /// global flag group (already applied) or the scoped flags.
    fn parse_flags(&mut self, flags: i64, start: usize) -> Result<Option<i64>, ReError> {
        let bit = |c: char| match c {
            'a' => F_ASCII,
            'i' => F_IGNORECASE,
            'L' => F_LOCALE,
            'm' => F_MULTILINE,
            's' => F_DOTALL,
            'u' => F_UNICODE,
            'x' => F_VERBOSE,
            _ => 0,
        };
        let mut add = 0;
        while let Some(c) = self.peek().filter(|&c| bit(c) != 0) {
            if c == 'L' {
                return err(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    self.i + 1,
                );
            }
            add |= bit(c);
            self.i += 1;
        }
        let mut del = 0;
        if self.eat('-') {
            while let Some(c) = self.peek().filter(|&c| bit(c) != 0) {
                if "aLu".contains(c) {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i + 1,
                    );
                }
                del |= bit(c);
                self.i += 1;
            }
            if del == 0 {
                return err("missing flag", self.i);
            }
        }
        if add & F_ASCII != 0 && add & F_UNICODE != 0 {
            return err(
                "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                self.i,
            );
        }
        if add & del != 0 {
            return err("bad inline flags: flag turned on and off", self.i);
        }
        match self.peek() {
            Some(')') if del != 0 => err("missing :", self.i),
            Some(')') => {
                self.i += 1;
                self.check_trailing(self.i)?;
                if !self.out.is_empty() {
                    return err("global flags not at the start of the expression", start);
                }
                self.global_flags |= add;
                Ok(None)
            }
            Some(':') => {
                self.i += 1;
                Ok(Some((flags | add) & !del))
            }
            None => err("missing -, : or )", self.i),
            Some(c) if c.is_alphabetic() => err("unknown flag", self.i),
            Some(_) => err("missing -, : or )", self.i),
        }
    }
}

/// Translates a Python str pattern compiled with `flags`.
pub fn translate(pattern: &str, flags: i64) -> Result<Translated, ReError> {
    if flags & F_LOCALE != 0 {
        return err("cannot use LOCALE flag with a str pattern", 0);
    }
    if flags & F_ASCII != 0 && flags & F_UNICODE != 0 {
        return err("ASCII and UNICODE flags are incompatible", 0);
    }
    // The CPython tokenizer reads one token ahead, so a trailing lone backslash is reported
    // as soon as the token before it is consumed, before errors found later.
    let trailing = pattern.chars().rev().take_while(|&c| c == '\\').count();
    let nchars = pattern.chars().count();
    let trailing_bs = (trailing % 2 == 1).then(|| nchars - 1);
    let mut t = Tr {
        p: pattern.chars().collect(),
        i: 0,
        out: String::new(),
        groups: 0,
        names: Vec::new(),
        parents: Vec::new(),
        open: Vec::new(),
        global_flags: 0,
        cond_refs: Vec::new(),
        trailing_bs,
    };
    t.parse_alt(flags, 0)?;
    if t.i < t.p.len() {
        return err("unbalanced parenthesis", t.i);
    }
    if let Some(&(n, pos)) = t.cond_refs.iter().find(|&&(n, _)| n > t.groups) {
        return err(format!("invalid group reference {n}"), pos);
    }
    let mut flags = flags | t.global_flags;
    if flags & F_ASCII == 0 {
        flags |= F_UNICODE;
    }
    let prefix = if flags & F_IGNORECASE != 0 {
        "(?i)"
    } else {
        ""
    };
    Ok(Translated {
        rx: format!("{prefix}{}", t.out),
        flags,
        groups: t.groups,
        names: t.names,
        parents: t.parents,
    })
}
