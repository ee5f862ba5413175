//! The spine: definitions, expansion, plan, list, show, errors.

use crate::support::*;

#[test]
fn init_writes_a_calendar_that_plans() {
    let s = Scratch::empty();
    let dir = s.path().join("mijn-intranet");
    let d = dir.to_str().unwrap();
    ritme_in(s.path(), &["init", d]).ok();
    ritme_in(&dir, &["plan"]).ok();
    let run = ritme_in(&dir, &["list", "--format", "json"]).ok();
    assert!(!run.json().as_array().unwrap().is_empty());
}
