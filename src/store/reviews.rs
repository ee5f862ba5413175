//! The review log of pages: `ritme reviewed` appends to it, planning and
//! the page report lay it over the calendar's `[[page]]` definitions.

use chrono::NaiveDate;
use rusqlite::{params, TransactionBehavior};

use super::Store;
use crate::clock::Clock;
use crate::error::Result;
use crate::plan::review::Recorded;

impl Store {
    /// Every recorded review and archive, oldest first.
    pub fn review_log(&self) -> Result<Vec<Recorded>> {
        let mut st = self
            .conn()
            .prepare_cached("SELECT page, reviewed, archived FROM review ORDER BY id")?;
        let rows = st.query_map([], |r| {
            let date: String = r.get(1)?;
            Ok(Recorded {
                page: r.get(0)?,
                date: super::query::parse_date(&date).unwrap_or(NaiveDate::MIN),
                archived: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a review (or the archiving) of `page`, and in the same
    /// transaction removes the page's review items that nobody touched
    /// (`planned`, not edited): they were planned from the previous review.
    /// Returns the removed keys.
    pub fn record_review(&mut self, r: &Recorded, clock: &Clock) -> Result<Vec<String>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO review (page, reviewed, archived, at) VALUES (?1, ?2, ?3, ?4)",
            params![r.page, r.date.to_string(), r.archived, clock.stamp()],
        )?;
        let removed: Vec<String> = {
            let mut st = tx.prepare_cached(
                "SELECT key FROM item WHERE source = 'review' AND source_id = ?1 \
                 AND status = 'planned' AND edited = 0 ORDER BY key",
            )?;
            let rows = st.query_map([&r.page], |row| row.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        {
            let mut delete = tx.prepare_cached("DELETE FROM item WHERE key = ?1")?;
            for key in &removed {
                delete.execute([key])?;
            }
        }
        Store::seal(self.binding.as_ref(), &tx)?;
        tx.commit()?;
        Ok(removed)
    }
}
