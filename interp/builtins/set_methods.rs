//! Natives of set and frozenset: methods and special methods.

pub fn init() {}
