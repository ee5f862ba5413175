//! Every source of time: "today" for planning and "now" for edit and change stamps.
//!
//! Nothing else in ritme asks the system clock, so tests fix both here:
//! `--today`/`RITME_TODAY` for today, `SOURCE_DATE_EPOCH` for now.

use chrono::{DateTime, NaiveDate, Utc};

/// Today and now, fixed for the whole command.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    /// The calendar day planning treats as today.
    pub today: NaiveDate,
    /// The instant stamped on edits and changes.
    pub now: DateTime<Utc>,
}

impl Clock {
    /// The clock for this process: `today` if given, else the system's local date.
    pub fn new(today: Option<NaiveDate>) -> Self {
        let now = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .and_then(|secs| DateTime::from_timestamp(secs, 0))
            .unwrap_or_else(Utc::now);
        let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
        Clock { today, now }
    }

    /// `now` as stored in the database and shown in history: RFC 3339, seconds, UTC.
    pub fn stamp(&self) -> String {
        self.now.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    }
}

/// Who makes an edit, as the lock records it (SPEC section 10):
/// `RITME_USER`, else git's `user.email`, else the login name.
pub(crate) fn who() -> String {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let Some(user) = env("RITME_USER") {
        return user;
    }
    let git = std::process::Command::new("git")
        .args(["config", "user.email"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    git.or_else(|| env("USER"))
        .or_else(|| env("LOGNAME"))
        .or_else(|| env("USERNAME"))
        .unwrap_or_else(|| "unknown".into())
}
