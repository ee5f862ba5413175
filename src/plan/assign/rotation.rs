//! Rotations: round-robin by the item's turn (its occurrence number counted
//! from the definition's anchor, so a date always gets the same person).
//! When the person whose turn it is is away or at capacity, the next one in
//! the rotation takes that one item; the rotation itself does not shift.

use chrono::NaiveDate;

use super::load::Load;

/// The owner of the item with `turn` standing on `date`, or why nobody is.
pub fn pick<'p>(
    people: &'p [String],
    turn: u32,
    date: NaiveDate,
    load: &Load,
) -> Result<&'p str, String> {
    if people.is_empty() {
        return Err("the rotation names nobody".into());
    }
    let start = turn as usize % people.len();
    let mut busy = Vec::new();
    for k in 0..people.len() {
        let person = people[(start + k) % people.len()].as_str();
        match load.check(person, date) {
            Ok(()) => return Ok(person),
            Err(why) => {
                let text = format!("{person} {why}");
                if !busy.contains(&text) {
                    busy.push(text);
                }
            }
        }
    }
    Err(format!(
        "nobody in the rotation is available ({})",
        busy.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{calendar, d};
    use super::*;

    #[test]
    fn goes_round_by_turn() {
        let cal = calendar(&[("anna", 2, &[]), ("bert", 2, &[]), ("chris", 2, &[])]);
        let load = Load::new(&cal);
        let people: Vec<String> = ["anna", "bert", "chris"].map(String::from).to_vec();
        let owners: Vec<&str> = (0..4)
            .map(|t| pick(&people, t, d(2026, 12, 1), &load).unwrap())
            .collect();
        assert_eq!(owners, ["anna", "bert", "chris", "anna"]);
    }

    #[test]
    fn the_next_takes_over_when_away_or_full_without_shifting_the_rotation() {
        let away = [(d(2026, 12, 1), d(2026, 12, 1))];
        let cal = calendar(&[("anna", 2, &away), ("bert", 1, &[]), ("chris", 2, &[])]);
        let mut load = Load::new(&cal);
        let people: Vec<String> = ["anna", "bert", "chris"].map(String::from).to_vec();
        // Anna's turn, but she is away: Bert takes it.
        assert_eq!(pick(&people, 0, d(2026, 12, 1), &load), Ok("bert"));
        load.add("bert", d(2026, 12, 1));
        // Bert's own turn the next day: he is full that week, Chris takes it.
        assert_eq!(pick(&people, 1, d(2026, 12, 2), &load), Ok("chris"));
        // The week after, the rotation is where it was.
        assert_eq!(pick(&people, 1, d(2026, 12, 9), &load), Ok("bert"));
    }

    #[test]
    fn nobody_available_says_why() {
        let away = [(d(2026, 12, 1), d(2026, 12, 4))];
        let cal = calendar(&[("anna", 2, &away), ("bert", 0, &[])]);
        let load = Load::new(&cal);
        let people: Vec<String> = ["anna", "bert"].map(String::from).to_vec();
        let why = pick(&people, 0, d(2026, 12, 2), &load).unwrap_err();
        assert_eq!(
            why,
            "nobody in the rotation is available (anna is away, bert has 0 of 0 items that week)"
        );
    }
}
