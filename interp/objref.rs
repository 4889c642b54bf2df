//! `ObjRef`: the counted reference to a heap `PyObject`, with immortal objects.
//!
//! An `ObjRef` is an `Arc<PyObject>` in all but name: same allocation, same strong and weak
//! counts, same freeing. What it adds is the immortal bit (PEP 683's idea, and what
//! free-threaded CPython does for functions, code and classes): objects that live as long as
//! the interpreter anyway (built-in types and functions, modules, interned names,
//! module-level functions and classes) skip every count update. Two threads calling the same
//! global function then never bounce its count's cache line between cores, and a
//! single thread saves an atomic read-modify-write per copy.
//!
//! What must stay true (soundness never depends on the GIL):
//! - `make_immortal` first leaks one strong count, then sets the bit; the bit is never
//!   cleared. An immortal object's count therefore never reaches zero.
//! - A copy made while the bit reads clear is counted and its drop decrements; a copy made
//!   while it reads set is uncounted and its drop (which must then read it set too: the bit
//!   is monotonic and reads of one location are coherent) decrements nothing. A counted copy
//!   dropped after the bit was set leaks its count: harmless.
//! - Uniqueness (`get_mut`, `strong_count == 1` tricks) is never claimed for an immortal
//!   object: uncounted copies are invisible to the count.

use crate::object::PyObject;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};

/// Bits of `PyObject::flags`.
pub(crate) const FINALIZED: u8 = 1;
pub(crate) const IMMORTAL: u8 = 2;

#[repr(transparent)]
pub struct ObjRef {
    /// From `Arc::into_raw`: points at the `PyObject` inside an `ArcInner`.
    ptr: NonNull<PyObject>,
    _owns: PhantomData<PyObject>,
}

// SAFETY: an `ObjRef` owns a share of an `Arc<PyObject>`, which is `Send + Sync` exactly
// because `PyObject` is (checked below); the immortal bit only removes count updates on
// objects whose count can never reach zero. Nothing here relies on the GIL.
unsafe impl Send for ObjRef {}
unsafe impl Sync for ObjRef {}

const _: fn() = || {
    fn shared<T: Send + Sync>() {}
    shared::<PyObject>();
};

impl ObjRef {
    #[inline]
    pub fn new(o: PyObject) -> ObjRef {
        Self::from_arc(Arc::new(o))
    }

    #[inline]
    pub fn from_arc(a: Arc<PyObject>) -> ObjRef {
        // SAFETY: `into_raw` never returns null.
        let ptr = unsafe { NonNull::new_unchecked(Arc::into_raw(a) as *mut PyObject) };
        ObjRef {
            ptr,
            _owns: PhantomData,
        }
    }

    /// Take over one strong count of `ptr` (from `into_raw`, or borrowed by the caller
    /// under `ManuallyDrop`).
    ///
    /// # Safety
    /// `ptr` must come from `ObjRef::as_ptr`/`into_raw` of a live object, and the count the
    /// new `ObjRef` gives back on drop must be one the caller owns (or the result must
    /// never be dropped).
    #[inline]
    pub unsafe fn from_raw(ptr: *const PyObject) -> ObjRef {
        ObjRef {
            ptr: NonNull::new_unchecked(ptr as *mut PyObject),
            _owns: PhantomData,
        }
    }

    #[inline]
    pub fn into_raw(this: ObjRef) -> *const PyObject {
        let p = this.ptr.as_ptr() as *const PyObject;
        std::mem::forget(this);
        p
    }

    #[inline]
    pub fn as_ptr(this: &ObjRef) -> *const PyObject {
        this.ptr.as_ptr()
    }

    #[inline]
    pub fn ptr_eq(a: &ObjRef, b: &ObjRef) -> bool {
        a.ptr == b.ptr
    }

    #[inline]
    pub fn is_immortal(&self) -> bool {
        self.flags() & IMMORTAL != 0
    }

    /// Make the object live until the process ends; copies stop counting.
    pub fn make_immortal(&self) {
        if self.is_immortal() {
            return;
        }
        // Leak first, then publish the bit: see the module header.
        // SAFETY: `self` keeps the object alive, so its count is at least one.
        unsafe { Arc::increment_strong_count(self.ptr.as_ptr()) };
        self.flags.fetch_or(IMMORTAL, Ordering::Release);
    }

    /// Counted references (uncounted copies of an immortal object are not included).
    pub fn strong_count(this: &ObjRef) -> usize {
        Self::with_arc(this, Arc::strong_count)
    }

    pub fn downgrade(this: &ObjRef) -> Weak<PyObject> {
        Self::with_arc(this, Arc::downgrade)
    }

    /// Mutable access when this is the only reference (never for an immortal object).
    pub fn get_mut(this: &mut ObjRef) -> Option<&mut PyObject> {
        if this.is_immortal() {
            return None;
        }
        // SAFETY: the `ManuallyDrop` arc borrows our count and is never dropped.
        let mut a = std::mem::ManuallyDrop::new(unsafe { Arc::from_raw(this.ptr.as_ptr()) });
        Arc::get_mut(&mut a)?;
        // SAFETY: uniqueness was just checked and `this` is borrowed mutably.
        Some(unsafe { &mut *this.ptr.as_ptr() })
    }

    fn with_arc<R>(this: &ObjRef, f: impl FnOnce(&Arc<PyObject>) -> R) -> R {
        // SAFETY: the `ManuallyDrop` arc borrows our count and is never dropped.
        let a = std::mem::ManuallyDrop::new(unsafe { Arc::from_raw(this.ptr.as_ptr()) });
        f(&a)
    }

    #[inline(always)]
    fn flags(&self) -> u8 {
        self.flags.load(Ordering::Relaxed)
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        if !self.is_immortal() {
            // SAFETY: `self` holds a count, so the object is alive.
            unsafe { Arc::increment_strong_count(self.ptr.as_ptr()) };
        }
        ObjRef {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_immortal() {
            // SAFETY: this copy was counted (see the module header) and gives its count back.
            unsafe { Arc::decrement_strong_count(self.ptr.as_ptr()) };
        }
    }
}

impl std::ops::Deref for ObjRef {
    type Target = PyObject;
    #[inline(always)]
    fn deref(&self) -> &PyObject {
        // SAFETY: a live `ObjRef` keeps its object alive.
        unsafe { self.ptr.as_ref() }
    }
}

impl AsRef<PyObject> for ObjRef {
    fn as_ref(&self) -> &PyObject {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Payload;

    #[test]
    fn counts_and_frees_like_an_arc() {
        let a = ObjRef::new(PyObject::new(Payload::Object));
        let weak = ObjRef::downgrade(&a);
        let b = a.clone();
        assert_eq!(ObjRef::strong_count(&a), 2);
        drop(b);
        assert_eq!(ObjRef::strong_count(&a), 1);
        drop(a);
        assert!(weak.upgrade().is_none());
    }

    #[test]
    fn immortal_copies_do_not_count_and_never_free() {
        let mut a = ObjRef::new(PyObject::new(Payload::Object));
        assert!(ObjRef::get_mut(&mut a).is_some());
        let counted = a.clone();
        a.make_immortal();
        let before = ObjRef::strong_count(&a);
        let copies: Vec<ObjRef> = (0..100).map(|_| a.clone()).collect();
        assert_eq!(ObjRef::strong_count(&a), before);
        drop(copies);
        drop(counted);
        assert!(ObjRef::get_mut(&mut a).is_none());
        let weak = ObjRef::downgrade(&a);
        drop(a);
        assert!(
            weak.upgrade().is_some(),
            "an immortal object is never freed"
        );
    }

    #[test]
    fn threads_share_immortal_and_mortal_objects() {
        let a = ObjRef::new(PyObject::new(Payload::Object));
        let weak = ObjRef::downgrade(&a);
        std::thread::scope(|s| {
            for t in 0..4 {
                let a = &a;
                s.spawn(move || {
                    for i in 0..10_000 {
                        let c = a.clone();
                        if t == 0 && i == 5_000 {
                            a.make_immortal();
                        }
                        drop(c);
                    }
                });
            }
        });
        assert!(a.is_immortal());
        drop(a);
        assert!(weak.upgrade().is_some());
    }
}
