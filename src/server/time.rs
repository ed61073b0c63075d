//! The clock. Stored times are unix milliseconds UTC everywhere.

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in unix milliseconds UTC.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
