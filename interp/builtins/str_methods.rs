//! Natives of str: the constructor, methods and special methods, registered on the `str`
//! type by `init`. The work is split by concern into the `str_*.rs` files declared here;
//! `str_args`, `str_find` and `str_codec` are shared with bytes and bytearray.
//!
//! What must stay true: every method accepts str subclasses as receiver and arguments and
//! returns exact `str` values; no method holds a lock while Python code runs; error
//! messages are CPython 3.11's.

#[path = "str_args.rs"]
pub(crate) mod args;
#[path = "str_case.rs"]
mod case;
#[path = "str_codec.rs"]
pub mod codec;
#[path = "str_find.rs"]
pub(crate) mod find;
#[path = "str_search.rs"]
mod search;
#[path = "str_special.rs"]
mod special;
#[path = "str_split.rs"]
mod split;
#[path = "str_unicode.rs"]
pub(crate) mod unicode;
#[rustfmt::skip]
#[path = "str_unitab.rs"]
mod unitab;

use super::{add_method, add_staticmethod};
use crate::objects::function::NativeFnPtr;
use crate::objects::types::types;

pub fn init() {
    let t = &types().str_;
    add_staticmethod(t, "__new__", special::str_new);
    add_staticmethod(t, "maketrans", case::maketrans);
    let methods: &[(&'static str, NativeFnPtr)] = &[
        ("find", search::find),
        ("rfind", search::rfind),
        ("index", search::index),
        ("rindex", search::rindex),
        ("count", search::count),
        ("startswith", search::startswith),
        ("endswith", search::endswith),
        ("replace", search::replace),
        ("partition", search::partition),
        ("rpartition", search::rpartition),
        ("removeprefix", search::removeprefix),
        ("removesuffix", search::removesuffix),
        ("join", search::join),
        ("split", split::split),
        ("rsplit", split::rsplit),
        ("splitlines", split::splitlines),
        ("strip", split::strip),
        ("lstrip", split::lstrip),
        ("rstrip", split::rstrip),
        ("upper", case::upper),
        ("lower", case::lower),
        ("casefold", case::casefold),
        ("title", case::title),
        ("capitalize", case::capitalize),
        ("swapcase", case::swapcase),
        ("isspace", case::isspace),
        ("isalpha", case::isalpha),
        ("isalnum", case::isalnum),
        ("isdecimal", case::isdecimal),
        ("isdigit", case::isdigit),
        ("isnumeric", case::isnumeric),
        ("isupper", case::isupper),
        ("islower", case::islower),
        ("istitle", case::istitle),
        ("isidentifier", case::isidentifier),
        ("isprintable", case::isprintable),
        ("isascii", case::isascii),
        ("ljust", case::ljust),
        ("rjust", case::rjust),
        ("center", case::center),
        ("zfill", case::zfill),
        ("expandtabs", case::expandtabs),
        ("translate", case::translate),
        ("encode", special::encode),
        ("format", super::strformat::str_format),
        ("format_map", super::strformat::str_format_map),
        ("__len__", special::len),
        ("__getitem__", special::getitem),
        ("__contains__", special::contains),
        ("__add__", special::add),
        ("__mul__", special::mul),
        ("__rmul__", special::rmul),
        ("__mod__", special::mod_),
        ("__eq__", special::eq),
        ("__ne__", special::ne),
        ("__lt__", special::lt),
        ("__le__", special::le),
        ("__gt__", special::gt),
        ("__ge__", special::ge),
        ("__hash__", special::hash),
        ("__iter__", special::iter),
        ("__repr__", special::repr),
        ("__str__", special::str_),
        ("__format__", special::format),
    ];
    for &(name, f) in methods {
        add_method(t, name, f);
    }
    init_unicode_errors();
}

/// `UnicodeEncodeError.__init__`/`__str__`, unless the exceptions module defines them:
/// `str.encode` raises it with the attributes its message is made from.
fn init_unicode_errors() {
    let cls = types().exc("UnicodeEncodeError");
    let Some(td) = crate::objects::types::as_type(cls) else {
        return;
    };
    if td.dict.get_str("__str__").is_none() {
        add_method(cls, "__str__", codec::encode_error_str);
    }
    if td.dict.get_str("__init__").is_none() {
        add_method(cls, "__init__", codec::encode_error_init);
    }
}
