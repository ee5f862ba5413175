//! Where each format's rotation stands (SPEC sections 10 and 11): turns are
//! positions in the rotation's list, and when the list changes the rotation
//! goes on, after the freeze, from the turn the last kept item held.
//!
//! A rotation is a list of segments, each a list of members that holds
//! from one occurrence number (the draft's `turn`) on, starting at one
//! position. A rotation whose list never changed is one segment from turn
//! 0, position 0: the plain round-robin. The segments live in the lock
//! (`[rotation/format/<id>]`, one `segment` line each), so every machine
//! continues a changed rotation the same way.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::json;

use super::assign::{Draft, Held};
use crate::lock::{Entry, Lock, Record};
use crate::model::{Calendar, Member, OwnerRule};
use crate::plan::item::Source;
use crate::plan::text::Text;

/// The prefix of a rotation's block in the lock.
pub(crate) const PREFIX: &str = "rotation/";

/// A list that holds from occurrence number `from` on, where that
/// occurrence's turn is `position` in `members`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub from: u32,
    pub position: u32,
    pub members: Vec<Member>,
}

impl Segment {
    /// The position (counted on, not reduced) of occurrence `turn`.
    fn position_of(&self, turn: u32) -> u32 {
        let n = self.members.len().max(1) as i64;
        let p = i64::from(self.position) + i64::from(turn) - i64::from(self.from);
        // An occurrence before the segment (a frozen one that was never
        // stored under an earlier list) counts back round the list.
        if p < 0 {
            p.rem_euclid(n) as u32
        } else {
            p as u32
        }
    }
}

/// A rotation's segments, oldest first. They are never dropped: one line
/// per change of the list, and they say in the lock how the rotation went.
pub(crate) type Segments = Vec<Segment>;

/// The rotations of a plan, by their lock key (`rotation/format/<id>`).
pub(crate) type Rotations = BTreeMap<String, Segments>;

/// The lock key of format `id`'s rotation.
pub(crate) fn key(format_id: &str) -> String {
    format!("{PREFIX}format/{format_id}")
}

/// The rotations the lock records.
pub(crate) fn read(lock: &Lock) -> Rotations {
    lock.records
        .range(PREFIX.to_string()..)
        .take_while(|(k, _)| k.starts_with(PREFIX))
        .map(|(k, r)| (k.clone(), segments(r)))
        .collect()
}

/// The segments of a rotation's lock block.
pub(crate) fn segments(record: &Record) -> Segments {
    record.all("segment").filter_map(segment_of).collect()
}

/// A rotation's lock block.
pub(crate) fn record(key: &str, segments: &Segments) -> Record {
    Record {
        key: key.to_string(),
        entries: segments
            .iter()
            .map(|s| {
                let members: Vec<String> = s.members.iter().map(Member::name).collect();
                Entry::planned("segment", json!([s.from, s.position, members]))
            })
            .collect(),
    }
}

fn segment_of(e: &Entry) -> Option<Segment> {
    let parts = e.value.as_array()?;
    let number = |i: usize| parts.get(i)?.as_u64().and_then(|n| u32::try_from(n).ok());
    let members = parts
        .get(2)?
        .as_array()?
        .iter()
        .map(|m| m.as_str().map(member_of))
        .collect::<Option<Vec<Member>>>()?;
    Some(Segment {
        from: number(0)?,
        position: number(1)?,
        members,
    })
}

fn member_of(name: &str) -> Member {
    match name.strip_prefix("team:") {
        Some(team) => Member::Team(team.to_string()),
        None => Member::Person(name.to_string()),
    }
}

/// Brings each rotating format's segments up to its list, and gives every
/// draft of it the position and list of its segment.
///
/// `boundary` is today plus the freeze: the first occurrence generated on
/// or after it starts a changed list's segment. Without a boundary (a
/// rebuild, a plan that stores nothing) the recorded segments stand.
pub(crate) fn apply(
    cal: &Calendar,
    recorded: &Rotations,
    drafts: &mut [Draft<'_>],
    boundary: Option<NaiveDate>,
) -> Rotations {
    let mut by_format: BTreeMap<Text, Vec<usize>> = BTreeMap::new();
    for (i, d) in drafts.iter().enumerate() {
        if d.item.source == Source::Format && matches!(*d.owner_rule, OwnerRule::Rotation(_)) {
            by_format
                .entry(d.item.source_id.clone())
                .or_default()
                .push(i);
        }
    }
    let mut rotations = Rotations::new();
    for format in &cal.formats {
        let OwnerRule::Rotation(list) = &format.template.owner else {
            continue;
        };
        let key = key(&format.id);
        let mine = by_format
            .get(format.id.as_str())
            .map_or(&[][..], Vec::as_slice);
        let first_after = |day: NaiveDate| {
            mine.iter()
                .filter(|&&i| drafts[i].item.generated >= day)
                .map(|&i| drafts[i].turn)
                .min()
        };
        let mut segments = recorded.get(&key).cloned().unwrap_or_default();
        match segments.last() {
            None => segments.push(Segment {
                from: 0,
                position: 0,
                members: list.clone(),
            }),
            Some(last) if last.members == *list => {}
            Some(last) => {
                if let Some(from) = boundary.and_then(first_after) {
                    let next = continue_at(last, from, list);
                    segments.retain(|s| s.from < from);
                    segments.push(next);
                    // Later items follow the new list: what an earlier plan
                    // gave them no longer stands.
                    for &i in mine {
                        let d = &mut drafts[i];
                        if d.turn >= from && matches!(d.held, Held::Incumbent { .. }) {
                            d.held = Held::Nothing;
                        }
                    }
                }
            }
        }
        for &i in mine {
            let d = &mut drafts[i];
            let Some(s) = segments
                .iter()
                .rev()
                .find(|s| s.from <= d.turn)
                .or(segments.first())
            else {
                continue;
            };
            let at = s.position_of(d.turn);
            d.turn = at;
            d.ambassador_turn = at;
            if s.members != *list {
                // An earlier list still decides the items before the
                // freeze; members the calendar no longer has take no turn.
                let members = s
                    .members
                    .iter()
                    .filter(|m| match m {
                        Member::Person(p) => cal.person(p).is_some(),
                        Member::Team(t) => cal.team(t).is_some(),
                    })
                    .cloned()
                    .collect();
                d.owner_rule = std::borrow::Cow::Owned(OwnerRule::Rotation(members));
            }
        }
        rotations.insert(key, segments);
    }
    rotations
}

/// The segment of `list` from occurrence `from` on, continuing `last`: the
/// first member after the last kept turn's position in the old list who is
/// still in the new one, at their new position (else the new list's first).
fn continue_at(last: &Segment, from: u32, list: &[Member]) -> Segment {
    let n = last.members.len();
    let position = if n == 0 || from == 0 {
        0
    } else {
        let kept = last.position_of(from - 1) as usize % n;
        (1..=n)
            .map(|k| &last.members[(kept + k) % n])
            .find_map(|m| list.iter().position(|x| x == m))
            .unwrap_or(0) as u32
    };
    Segment {
        from,
        position,
        members: list.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(ids: &[&str]) -> Vec<Member> {
        ids.iter().map(|p| member_of(p)).collect()
    }

    #[test]
    fn a_changed_list_goes_on_after_the_last_kept_turn() {
        let old = Segment {
            from: 0,
            position: 0,
            members: people(&["anna", "bert", "chris", "dana"]),
        };
        // Turn 5 was bert's (position 1). Chris is gone: dana goes on, at
        // her new position.
        let next = continue_at(&old, 6, &people(&["erik", "anna", "bert", "dana"]));
        assert_eq!(next.position, 3);
        assert_eq!(next.position_of(6) % 4, 3);
        assert_eq!(next.position_of(7) % 4, 0, "then round the new list: erik");
        // Nobody of the old list is left: the new list's first.
        assert_eq!(
            continue_at(&old, 6, &people(&["femke", "gijs"])).position,
            0
        );
        // A list that starts at the first occurrence starts with its first.
        assert_eq!(continue_at(&old, 0, &people(&["bert", "anna"])).position, 0);
    }

    #[test]
    fn segments_read_back_from_the_lock_as_written() {
        let segments = vec![
            Segment {
                from: 0,
                position: 0,
                members: people(&["anna", "team:hr"]),
            },
            Segment {
                from: 9,
                position: 1,
                members: people(&["team:hr", "bert"]),
            },
        ];
        let mut lock = Lock::default();
        let key = key("collega");
        lock.records.insert(key.clone(), record(&key, &segments));
        assert_eq!(read(&lock)[&key], segments);
    }
}
