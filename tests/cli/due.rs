//! What is due and what slipped (SPEC section 12): draft deadlines on
//! working days, the `overdue`, `unpublished` and `unclaimed_slot`
//! findings, reminders in personal feeds, `agenda` and `report steering`,
//! on `tests/fixtures/due` (today Monday 2026-11-23).

use crate::support::*;

/// A copy of the fixture, planned from 2026-10-26 so four past weeks are
/// stored.
fn planned() -> Scratch {
    let s = Scratch::fixture("due");
    s.ritme(&["plan", "--from", "2026-10-26", "--until", "2027-03-31"])
        .ok();
    s
}

fn due_of(s: &Scratch, key: &str) -> serde_json::Value {
    let items = s
        .ritme(&[
            "list",
            "--from",
            "2026-10-01",
            "--until",
            "2027-03-31",
            "--format",
            "json",
        ])
        .ok()
        .json();
    items
        .as_array()
        .unwrap()
        .iter()
        .find(|it| it["key"] == key)
        .unwrap_or_else(|| panic!("no {key}"))["due"]
        .clone()
}

#[test]
fn a_draft_is_never_due_on_a_weekend_or_a_holiday() {
    let s = planned();
    // Monday minus 2 days is a Saturday: the Friday before.
    assert_eq!(
        due_of(&s, "format/maandagmomentje/2026-11-30"),
        "2026-11-27"
    );
    // 28 December minus 3 days is Christmas Day (a blackout), the 26th too:
    // the Thursday before.
    assert_eq!(due_of(&s, "item/nieuwjaar"), "2026-12-24");
    assert_eq!(
        due_of(&s, "format/maandagmomentje/2026-12-28"),
        "2026-12-24"
    );
    // A working day stays; no `prepare`, no due.
    assert_eq!(due_of(&s, "format/hr-nieuws/2026-12-02"), "2026-12-01");
    assert_eq!(
        due_of(&s, "format/teamruimte/2026-12-03"),
        serde_json::Value::Null
    );
}
