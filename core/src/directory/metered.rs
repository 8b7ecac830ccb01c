//! Issue 14: a [`Directory`] that counts each call to the one it wraps, with its result and
//! time, for `/metrics`. Owns the counting; refuses to change a call or its answer.

use std::sync::Arc;
use std::time::Instant;

use super::{Directory, DirectoryError, DirectoryFuture};
use crate::metrics::Metrics;

pub struct Metered {
    pub inner: Arc<dyn Directory>,
    pub metrics: Arc<Metrics>,
}

impl Metered {
    fn timed<'a, T: Send + 'a>(
        &'a self,
        op: &'static str,
        call: DirectoryFuture<'a, T>,
    ) -> DirectoryFuture<'a, T> {
        Box::pin(async move {
            let t = Instant::now();
            let r: Result<T, DirectoryError> = call.await;
            // A policy refusal or an unknown user is the directory answering, not failing.
            let ok = !matches!(r, Err(DirectoryError::Unavailable(_)));
            self.metrics.directory_call(op, ok, t.elapsed());
            r
        })
    }
}

impl Directory for Metered {
    fn set_password<'a>(&'a self, upn: &'a str, password: &'a str) -> DirectoryFuture<'a, ()> {
        self.timed("set_password", self.inner.set_password(upn, password))
    }

    fn unlock<'a>(&'a self, upn: &'a str) -> DirectoryFuture<'a, ()> {
        self.timed("unlock", self.inner.unlock(upn))
    }

    fn check_password<'a>(&'a self, upn: &'a str, password: &'a str) -> DirectoryFuture<'a, bool> {
        self.timed("check_password", self.inner.check_password(upn, password))
    }

    fn password_rules<'a>(
        &'a self,
        upn: &'a str,
    ) -> DirectoryFuture<'a, sspr_policy::DirectoryRules> {
        self.timed("password_rules", self.inner.password_rules(upn))
    }

    fn reachable(&self) -> DirectoryFuture<'_, ()> {
        self.timed("reachable", self.inner.reachable())
    }
}
