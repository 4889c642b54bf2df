//! Natives of bytes and bytearray: constructors, methods and special methods.

pub fn init() {}
