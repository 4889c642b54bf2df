//! Natives of int, bool and float: constructors, methods and special methods.

pub fn init() {}
