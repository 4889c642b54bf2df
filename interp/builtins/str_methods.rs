//! Natives of str: the constructor, methods and special methods.

pub fn init() {}
