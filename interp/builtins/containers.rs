//! Natives of list, tuple and dict (and dict views): methods and special methods.

pub fn init() {}
