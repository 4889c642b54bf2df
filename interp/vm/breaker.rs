//! The eval loop's side of the GIL and of Ctrl-C: what happens when the eval-breaker word is
//! set, and the one way natives block (`Vm::block_on`), which releases the GIL and turns a
//! Ctrl-C in the main thread into `KeyboardInterrupt`.

use super::{PyResult, Vm};
use crate::gil::{self, DROP_REQUEST, EVAL_BREAKER, EXITING, SIGNALS_PENDING};
use crate::objects::exception::new_exception;
use crate::objects::types::types;
use crate::signals::{self, Wait};
use std::sync::atomic::Ordering;
use std::time::Duration;

impl Vm {
    /// Called by the eval loop when `gil::breaker_pending()`: raise a pending Ctrl-C (main
    /// thread only), honour a drop request.
    #[cold]
    #[inline(never)]
    pub fn eval_breaker(&mut self) -> PyResult<()> {
        let bits = EVAL_BREAKER.load(Ordering::Relaxed);
        if bits & SIGNALS_PENDING != 0 {
            self.check_signals()?;
        }
        if bits & DROP_REQUEST != 0 {
            gil::drop_request();
        }
        if bits & EXITING != 0 {
            gil::freeze_if_finalizing();
        }
        Ok(())
    }

    /// Raise `KeyboardInterrupt` if Ctrl-C was pressed and this is the main thread.
    pub fn check_signals(&mut self) -> PyResult<()> {
        if signals::take_sigint() {
            return Err(super::PyErr(new_exception(
                types().exc("KeyboardInterrupt"),
                Vec::new(),
            )));
        }
        Ok(())
    }

    /// Block until `ready()` or `timeout`, with the GIL released: `block(max)` sleeps at most
    /// `max` (it may wake early). Returns whether `ready()` became true. Ctrl-C in the main
    /// thread ends the wait with `KeyboardInterrupt`. Neither closure may touch Python
    /// objects.
    pub fn block_on(
        &mut self,
        what: &'static str,
        timeout: Option<Duration>,
        ready: impl FnMut() -> bool,
        block: impl FnMut(Duration),
    ) -> PyResult<bool> {
        self.block_on_with(true, what, timeout, ready, block)
    }

    /// `block_on`; `priority` false: take the GIL back as an ordinary waiter
    /// (`gil::allow_threads_queued`).
    pub fn block_on_with(
        &mut self,
        priority: bool,
        what: &'static str,
        timeout: Option<Duration>,
        ready: impl FnMut() -> bool,
        block: impl FnMut(Duration),
    ) -> PyResult<bool> {
        let wait = || signals::wait_until(timeout, ready, block);
        let r = if priority {
            gil::allow_threads(what, wait)
        } else {
            gil::allow_threads_queued(what, wait)
        };
        match r {
            Wait::Done => Ok(true),
            Wait::TimedOut => Ok(false),
            Wait::Interrupted => {
                self.check_signals()?;
                Ok(false)
            }
        }
    }
}
