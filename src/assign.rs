//! Who does what: owners for every drafted item. Fixed owners are filled in
//! here; rotations, pools and ambassadors are assigned by the rules of
//! SPEC section 2 once they land (issue #4) and stay unassigned until then.
//! Pure: the same drafts give the same owners.

use crate::item::Item;
use crate::model::{Calendar, OwnerRule};

/// An item before it has an owner, with its turn for rotations.
#[derive(Debug, Clone)]
pub struct Draft {
    pub item: Item,
    pub owner_rule: OwnerRule,
    /// Occurrence number counted as the definition's rotation counts.
    pub turn: u32,
}

impl Draft {
    /// A draft with no owner rule yet.
    pub fn new(item: Item, turn: u32) -> Self {
        Draft {
            item,
            owner_rule: OwnerRule::Nobody,
            turn,
        }
    }
}

/// The drafts with their owners filled in.
pub fn assign(_cal: &Calendar, drafts: Vec<Draft>) -> Vec<Item> {
    drafts
        .into_iter()
        .map(|d| {
            let mut item = d.item;
            if let OwnerRule::Fixed(person) = d.owner_rule {
                item.owner = Some(person);
            }
            item
        })
        .collect()
}
