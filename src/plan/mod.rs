//! The plan: every item the definitions make inside a window, with owners.
//! A pure value (no I/O, no clock): the store applies it, `check` reads it,
//! tests inspect it.

pub(crate) mod assign;
pub(crate) mod carry;
pub(crate) mod item;
pub(crate) mod key_order;
#[cfg(test)]
mod properties;
pub(crate) mod review;
pub(crate) mod shape;
#[cfg(test)]
pub(crate) mod test_support;
pub(crate) mod text;
pub(crate) mod turns;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, Days, NaiveDate, NaiveTime, TimeDelta, TimeZone};

use crate::dates::{monday_of, sunday_of, DateRange};
use crate::error::{Error, Result};
use crate::lock::{Lock, Record};
use crate::model::{
    Calendar, Campaign, Format, OwnerRule, Post, PostWhen, RotationCounts, Template,
};
use crate::recur::Recurrence;
use crate::recur::{self, DayRules, Occurrence, RuleDates};
use assign::{Draft, Held, Unassigned};
use item::{Details, Item, Source, Status};
use key_order::KeyOrder;
use text::{Interner, Text, Texts};

/// The items of a window, sorted by date, time and key.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The inclusive window of generated dates this plan covers.
    pub window: DateRange,
    /// Boxed: see [`assign::Draft`].
    pub items: Vec<Box<Item>>,
    /// Items of the window a rotation or pool left without an owner, and why.
    pub unassigned: Vec<Unassigned>,
    /// Pins naming a person or team the calendar no longer has: dropped,
    /// so the rules decide again (SPEC section 10).
    pub dropped: Vec<DroppedPin>,
    /// Where each format's rotation stands, for the lock.
    pub rotations: turns::Rotations,
    /// Edited items this plan carried to a new date.
    pub carried: Vec<carry::Carried>,
}

/// A pinned field whose value names an id the TOML no longer has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DroppedPin {
    pub key: String,
    pub field: &'static str,
    pub value: String,
}

/// How far past the window (and before the earliest anchor) blackouts are
/// expanded, so `shift` finds its day and a draft deadline its working day.
const SHIFT_MARGIN_DAYS: u64 = 400;

/// Expands every definition of `cal` over `window` and assigns owners,
/// with what `lock` holds laid over the definitions: the fields people
/// pinned, and the owners and ambassadors the stored plan already gave.
///
/// Assignment sees every item standing in the ISO weeks the window's items
/// stand in, including items generated just outside the window, so the
/// load of a week, and with it a rotation's owner, does not depend on where
/// the window starts or ends.
pub fn build(cal: &Calendar, window: DateRange, lock: &Lock) -> Result<Plan> {
    build_at(cal, window, lock, None)
}

/// [`build`] for a plan that will be stored on `today`: a rule changed
/// since the lock leaves stored items before today plus `[rules] freeze`
/// with their owners, ambassadors and turns (SPEC section 10).
pub(crate) fn build_at(
    cal: &Calendar,
    window: DateRange,
    lock: &Lock,
    today: Option<NaiveDate>,
) -> Result<Plan> {
    let boundary = today.and_then(|t| t.checked_add_days(Days::new(u64::from(cal.rules.freeze))));
    // A pool's ties look back 52 weeks, counted as if the calendar had been
    // planned from its start (SPEC section 11): with a pool, assignment
    // starts there, so no owner depends on where the window starts.
    let first_week = if uses_pools(cal) {
        monday_of(earliest_anchor(cal).min(window.from))
    } else {
        monday_of(window.from)
    };
    let mut context = DateRange {
        from: first_week
            // How far back an occurrence may have been generated and still
            // stand in the window's first week after a `shift`.
            .checked_sub_days(Days::new(u64::from(recur::SHIFT_HORIZON_DAYS)))
            .unwrap_or(first_week),
        until: sunday_of(window.until),
    };
    let mut days = day_rules(cal, context);
    let mut drafts = draft_all(cal, &days, context, first_week).map_err(TooMany::error)?;
    // An item of the window shifted past the window's last week: take the
    // week it now stands in along, whole.
    let latest = drafts
        .iter()
        .filter(|d| window.contains(d.item.generated))
        .map(|d| d.item.date)
        .max();
    if let Some(latest) = latest.filter(|l| *l > context.until) {
        context.until = sunday_of(latest);
        days = day_rules(cal, context);
        drafts = draft_all(cal, &days, context, first_week).map_err(TooMany::error)?;
    }
    let carried = carry::carry(cal, &mut drafts, lock, today.or(lock.today));
    let mut dropped = Vec::new();
    if !lock.records.is_empty() {
        // The few people and teams the lock names, one text each.
        let mut people = Interner::default();
        for d in &mut drafts {
            if let Some(record) = lock.records.get(d.item.key.as_str()) {
                let frozen = boundary.is_some_and(|b| d.item.date < b);
                hold(cal, &days, d, record, frozen, &mut dropped, &mut people);
            }
        }
    }
    let rotations = turns::apply(cal, &turns::read(lock), &mut drafts, boundary);
    dropped.retain(|p: &DroppedPin| {
        window.contains(item::generated_in(&p.key).unwrap_or(window.from))
    });
    let assigned = assign::assign(cal, drafts);
    let mut items: Vec<Box<Item>> = assigned
        .items
        .into_iter()
        .filter(|it| window.contains(it.generated))
        .collect();
    let block_ids: Vec<Text> = cal.focus.iter().map(|b| Text::from(&*b.id)).collect();
    for it in &mut items {
        it.focus = focus_of(cal, &block_ids, it);
    }
    review::settle(&mut items);
    let items = sorted(items);
    let unassigned = assigned
        .unassigned
        .into_iter()
        .filter(|u| window.contains(u.generated))
        .collect();
    Ok(Plan {
        window,
        items,
        unassigned,
        dropped,
        rotations,
        carried,
    })
}

/// Lays a lock record over a draft: pinned fields (SPEC section 10) and the
/// people the stored plan gave it. A pinned owner or team the calendar no
/// longer has is dropped, and said in `dropped`.
fn hold(
    cal: &Calendar,
    days: &DayRules,
    d: &mut Draft,
    record: &Record,
    frozen: bool,
    dropped: &mut Vec<DroppedPin>,
    people: &mut Interner,
) {
    let mut gone: Vec<&str> = Vec::new();
    for field in ["owner", "team"] {
        let Some(id) = record
            .get(field)
            .filter(|e| e.by.is_some())
            .and_then(|e| e.value.as_str())
        else {
            continue;
        };
        let unknown = match field {
            "owner" => cal.person(id).is_none(),
            _ => cal.team(id).is_none(),
        };
        if unknown {
            dropped.push(DroppedPin {
                key: d.item.key.clone(),
                field,
                value: id.to_string(),
            });
            gone.push(field);
        }
    }
    let pinned = |name: &str| {
        record
            .get(name)
            .filter(|e| e.by.is_some() && !gone.contains(&name))
            .map(|e| &e.value)
    };
    let mut text = |v: &serde_json::Value| people.opt(v.as_str());
    if let Some(date) = pinned("date")
        .and_then(|v| v.as_str())
        .and_then(item::parse_date)
    {
        move_to(&mut d.item, date);
        // The draft deadline is worked out from the new date, never onto a
        // day off (SPEC section 12).
        d.item.due = match d.prepare {
            Some(prepare) => due(days, date, prepare),
            None => d.item.due.map(|due| days.working_on_or_before(due)),
        };
    }
    if let Some(v) = pinned("time") {
        d.item.time = v
            .as_str()
            .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok());
        if d.item.time.is_some() && d.item.duration_minutes.is_none() {
            d.item.duration_minutes = Some(30);
        }
    }
    if let Some(t) = pinned("title").and_then(&mut text) {
        d.item.title = t;
    }
    if let Some(v) = pinned("team") {
        d.item.team = text(v);
    }
    d.held = match pinned("owner") {
        Some(v) => Held::Pinned(text(v)),
        None if gone.contains(&"owner") => Held::Nothing,
        None => Held::Incumbent {
            owner: record.get("owner").and_then(|e| text(&e.value)),
            ambassador: record.get("ambassador").and_then(|e| text(&e.value)),
            frozen,
        },
    };
}

/// Puts `item` on `date`, its due date moved along by as many days.
pub(crate) fn move_to(item: &mut Item, date: NaiveDate) {
    let shift = date - item.date;
    item.due = item.due.and_then(|d| d.checked_add_signed(shift));
    item.date = date;
}

/// The working days and blackouts around `context`.
fn day_rules(cal: &Calendar, context: DateRange) -> DayRules {
    let earliest = earliest_anchor(cal).min(context.from);
    DayRules::new(
        cal.working_days,
        cal.blackouts.iter().map(|b| &b.days),
        DateRange {
            // Draft deadlines fall before their items: blackouts are known
            // that far back too.
            from: earliest
                .checked_sub_days(Days::new(SHIFT_MARGIN_DAYS))
                .unwrap_or(earliest),
            until: context
                .until
                .checked_add_days(Days::new(SHIFT_MARGIN_DAYS))
                .unwrap_or(context.until),
        },
    )
}

/// The drafts of every occurrence generated inside `context` that stands on
/// or after `keep_from`.
fn draft_all<'c>(
    cal: &'c Calendar,
    days: &DayRules,
    context: DateRange,
    keep_from: NaiveDate,
) -> std::result::Result<Vec<Draft<'c>>, TooMany<'c>> {
    let wanted = |occ: &Occurrence| context.contains(occ.generated) && occ.date >= keep_from;
    let focus_only = focus_only_blocks(cal);
    let mut known = RuleDates::default();
    let mut texts = Interner::default();
    // Every occurrence is found before any draft is made, so the drafts
    // take one buffer of their exact number: grown by doubling it held up
    // to twice the drafts' 96 bytes each, and the buffers it left behind,
    // at the first plan's peak (BENCHMARKS.md, issue 19).
    let mut formats = Vec::with_capacity(cal.formats.len());
    for format in &cal.formats {
        let only_in = focus_only.get(format.id.as_str()).map(Vec::as_slice);
        let rec = &format.recurrence;
        let shared = Shared::new(&mut texts, &format.template, &format.id, format.reserve);
        let mut occs = occurrences(rec, days, only_in, context, &format.id, &mut known)?;
        occs.retain(|occ| wanted(occ));
        formats.push((format, shared, occs));
    }
    let mut campaigns = Vec::with_capacity(cal.campaigns.len());
    for campaign in &cal.campaigns {
        let shared: Vec<Shared> = campaign
            .posts
            .iter()
            .map(|post| Shared::new(&mut texts, &post.template, &campaign.id, false))
            .collect();
        let mut turns = campaign_occurrences(campaign, days, context, &mut known)?;
        turns.retain(|t| wanted(&t.occ));
        campaigns.push((campaign, shared, turns));
    }
    let reviews = review::drafts(cal, days, context);
    let mut drafts = Vec::with_capacity(
        formats.iter().map(|(_, _, occs)| occs.len()).sum::<usize>()
            + campaigns
                .iter()
                .map(|(_, _, turns)| turns.len())
                .sum::<usize>()
            + cal.items.len()
            + reviews.len(),
    );
    for (format, shared, occs) in formats {
        for occ in occs {
            drafts.push(format_draft(cal, days, format, &shared, occ));
        }
    }
    for (campaign, shared, turns) in campaigns {
        for CampaignTurn {
            post,
            post_index,
            occ,
            turn,
            ambassador_turn,
        } in turns
        {
            let key = item::campaign_key(&campaign.id, &post.id, occ.generated);
            let mut d = Draft::new(
                instantiate(cal, days, &shared[post_index], key, Source::Campaign, occ),
                turn,
            );
            d.follow(&post.template);
            d.ambassador_turn = ambassador_turn;
            drafts.push(d);
        }
    }
    for one in &cal.items {
        let occ = Occurrence {
            generated: one.date,
            date: one.date,
            held: 0,
            generated_number: 0,
        };
        if wanted(&occ) {
            let shared = Shared::new(&mut texts, &one.template, &one.id, false);
            let key = item::item_key(&one.id);
            let mut d = Draft::new(instantiate(cal, days, &shared, key, Source::Item, occ), 0);
            d.follow(&one.template);
            drafts.push(d);
        }
    }
    drafts.extend(reviews.into_iter().filter(|d| d.item.date >= keep_from));
    Ok(drafts)
}

/// One occurrence of a campaign post with its turns.
struct CampaignTurn<'c> {
    post: &'c Post,
    /// Where `post` stands in its campaign's posts.
    post_index: usize,
    occ: Occurrence,
    turn: u32,
    ambassador_turn: u32,
}

/// Every occurrence of a campaign's posts up to the end of `context`, with
/// its rotation turn and its ambassador turn, counted in date-then-key
/// order from the campaign's start (so neither depends on the window).
/// Posts that share the campaign's owner rule take rotation turns together,
/// so a campaign's `rotation` goes round over all its posts; a post with its
/// own rule counts its own occurrences. The team's ambassadors take turns
/// over all the campaign's posts.
fn campaign_occurrences<'c>(
    campaign: &'c Campaign,
    days: &DayRules,
    context: DateRange,
    known: &mut RuleDates<'c>,
) -> std::result::Result<Vec<CampaignTurn<'c>>, TooMany<'c>> {
    let span = DateRange {
        from: campaign.range.from,
        until: campaign.range.until.min(context.until),
    };
    let mut all: Vec<(&Post, usize, Occurrence)> = Vec::new();
    if span.until >= span.from {
        for (post_index, post) in campaign.posts.iter().enumerate() {
            match &post.when {
                PostWhen::Date(d) if span.contains(*d) => all.push((
                    post,
                    post_index,
                    Occurrence {
                        generated: *d,
                        date: *d,
                        held: 0,
                        generated_number: 0,
                    },
                )),
                PostWhen::Date(_) => {}
                PostWhen::Recurring(rec) => {
                    for occ in occurrences(rec, days, None, span, &post.id, known)? {
                        all.push((post, post_index, occ));
                    }
                }
            }
        }
    }
    all.sort_by(|a, b| (a.2.generated, &a.0.id).cmp(&(b.2.generated, &b.0.id)));
    let mut counters: HashMap<Option<&str>, u32> = HashMap::new();
    Ok(all
        .into_iter()
        .enumerate()
        .map(|(i, (post, post_index, occ))| {
            let group =
                (post.template.owner != campaign.template.owner).then_some(post.id.as_str());
            let n = counters.entry(group).or_default();
            let turn = *n;
            *n += 1;
            CampaignTurn {
                post,
                post_index,
                occ,
                turn,
                ambassador_turn: i as u32,
            }
        })
        .collect())
}

/// Items by date, time and key. The index sorted carries the date and time
/// packed into one number and the key's first bytes packed into two
/// ([`KeyOrder`]), so a comparison reaches into the items only for keys
/// alike in those bytes (reaching into them for every tie was half the
/// sort in profiles: each fetched two items from all over memory). The
/// items stay boxed: unboxing 100,000 of them copied 30 MB into fresh
/// memory, a tenth of planning.
#[allow(
    clippy::vec_box,
    reason = "boxed items move cheaply; see assign::Draft"
)]
pub(crate) fn sorted(items: Vec<Box<Item>>) -> Vec<Box<Item>> {
    let keys = KeyOrder::of(items.iter().map(|it| it.key.as_str()));
    let mut order: Vec<(u64, [u64; 2], usize)> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (moment(it), keys.prefix(&it.key), i))
        .collect();
    order.sort_unstable_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| items[a.2].key.cmp(&items[b.2].key))
    });
    let order: Vec<usize> = order.into_iter().map(|(.., i)| i).collect();
    let mut slots: Vec<Option<Box<Item>>> = items.into_iter().map(Some).collect();
    // A new list, not `collect`: that reuses `order`'s buffer in place, four
    // times what the items' pointers need, for the plan's whole life.
    let mut sorted = Vec::with_capacity(slots.len());
    sorted.extend(order.into_iter().filter_map(|i| slots[i].take()));
    sorted
}

/// Date and time as one number that sorts like `(date, time)`, all-day
/// (no time) first.
fn moment(it: &Item) -> u64 {
    // Shifted to be non-negative, so the order holds for every date.
    let day = (i64::from(it.date.num_days_from_ce()) - i64::from(i32::MIN)) as u64;
    let time = it.time.map_or(0, |t| {
        1 + u64::from(chrono::Timelike::num_seconds_from_midnight(&t))
    });
    (day << 17) | time
}

/// The draft of one format occurrence, with its rotation turn.
fn format_draft<'c>(
    cal: &Calendar,
    days: &DayRules,
    format: &'c Format,
    shared: &Shared,
    occ: Occurrence,
) -> Draft<'c> {
    let turn = match format.rotation_counts {
        RotationCounts::Held => occ.held,
        RotationCounts::All => occ.generated_number,
    };
    let key = item::format_key(&format.id, occ.generated);
    let it = instantiate(cal, days, shared, key, Source::Format, occ);
    let mut d = Draft::new(it, turn);
    d.follow(&format.template);
    d
}

fn occurrences<'c>(
    rec: &'c Recurrence,
    days: &DayRules,
    only_in: Option<&[DateRange]>,
    context: DateRange,
    id: &'c str,
    known: &mut RuleDates<'c>,
) -> std::result::Result<Vec<Occurrence>, TooMany<'c>> {
    recur::expand(rec, days, only_in, context, known).map_err(|limit| TooMany { id, limit })
}

/// A definition that makes more items than expansion allows.
struct TooMany<'c> {
    id: &'c str,
    limit: usize,
}

impl TooMany<'_> {
    /// The error. It names no dates: expansion ran over a wider context
    /// than the window, and the reports widen theirs to whole weeks and a
    /// month before, so any dates named would not be the ones asked for.
    fn error(self) -> Error {
        Error::usage(format!(
            "\"{}\" makes more than {} items in the window asked for: ask for a shorter one",
            self.id, self.limit
        ))
    }
}

fn uses_pools(cal: &Calendar) -> bool {
    let pool = |rule: &OwnerRule| matches!(rule, OwnerRule::Pool(_));
    cal.formats.iter().any(|f| pool(&f.template.owner))
        || cal
            .campaigns
            .iter()
            .flat_map(|c| &c.posts)
            .any(|p| pool(&p.template.owner))
}

fn earliest_anchor(cal: &Calendar) -> NaiveDate {
    cal.formats
        .iter()
        .map(|f| f.recurrence.anchor)
        .chain(cal.campaigns.iter().map(|c| c.range.from))
        .fold(cal.start, NaiveDate::min)
}

fn focus_only_blocks(cal: &Calendar) -> HashMap<&str, Vec<DateRange>> {
    let mut map: HashMap<&str, Vec<DateRange>> = HashMap::new();
    for block in &cal.focus {
        for f in &block.formats {
            map.entry(f.as_str()).or_default().push(block.range);
        }
    }
    map
}

/// The focus blocks an item serves: its generated date lies inside the block,
/// and it carries one of the block's tags or is one of the block's formats.
fn focus_of(cal: &Calendar, block_ids: &[Text], it: &Item) -> Texts {
    cal.focus
        .iter()
        .zip(block_ids)
        .filter(|(b, _)| b.range.contains(it.generated))
        .filter(|(b, _)| {
            it.tags.iter().any(|t| b.tags.iter().any(|bt| **bt == **t))
                || (it.source == Source::Format && b.formats.iter().any(|f| **f == *it.source_id))
        })
        .map(|(_, id)| id.clone())
        .collect()
}

/// What every item of one definition shares, made once per definition so
/// each occurrence clones pointers instead of allocating its strings.
struct Shared<'c> {
    template: &'c Template,
    title: Text,
    team: Option<Text>,
    details: Arc<Details>,
}

impl<'c> Shared<'c> {
    fn new(texts: &mut Interner, template: &'c Template, source_id: &str, reserve: bool) -> Self {
        Shared {
            template,
            title: texts.text(&template.title),
            team: texts.opt(template.team.as_deref()),
            details: Arc::new(Details {
                kind: texts.opt(template.kind.as_deref()),
                channel: texts.opt(template.channel.as_deref()),
                description: texts.opt(template.description.as_deref()),
                goal: texts.opt(template.goal.as_deref()),
                tags: texts.list(&template.tags),
                effort_minutes: template.effort.map(|e| e.0),
                reserve,
                ..Details::of(texts.text(source_id))
            }),
        }
    }

    /// Gives `item` the definition's own text ([`shape`]): title, kind,
    /// channel, description, goal and tags.
    fn lay_over(&self, item: &mut Item) {
        item.title = self.title.clone();
        let own = &self.details;
        let details = &mut **item;
        details.kind = own.kind.clone();
        details.channel = own.channel.clone();
        details.description = own.description.clone();
        details.goal = own.goal.clone();
        details.tags = own.tags.clone();
    }
}

/// What a plan makes of a stored item of `format` when nothing but the
/// format's own text changed ([`shape::Shape::restyled`]): the item with the
/// text the format now gives, its focus blocks (which follow its tags)
/// worked out again, and a title a person pinned left standing. Everything
/// else (dates, owners, turns) is decided by what did not change.
pub(crate) fn restyler<'c>(cal: &'c Calendar, format: &'c Format) -> impl Fn(&mut Item, bool) + 'c {
    let shared = Shared::new(
        &mut Interner::default(),
        &format.template,
        &format.id,
        format.reserve,
    );
    let block_ids: Vec<Text> = cal.focus.iter().map(|b| Text::from(&*b.id)).collect();
    move |item: &mut Item, title_pinned: bool| {
        let pinned = title_pinned.then(|| item.title.clone());
        shared.lay_over(item);
        if let Some(title) = pinned {
            item.title = title;
        }
        item.focus = focus_of(cal, &block_ids, item);
    }
}

/// An item from a definition's fields on one occurrence.
fn instantiate(
    cal: &Calendar,
    days: &DayRules,
    shared: &Shared,
    key: String,
    source: Source,
    occ: Occurrence,
) -> Item {
    let t = shared.template;
    let time = t.time.map(|tm| wall_time(cal.timezone, occ.date, tm));
    Item {
        key,
        title: shared.title.clone(),
        source,
        generated: occ.generated,
        date: occ.date,
        time,
        duration_minutes: time.map(|_| t.duration.map_or(30, |d| d.0)),
        due: t.prepare.and_then(|p| due(days, occ.date, p)),
        owner: None,
        ambassador: None,
        team: shared.team.clone(),
        focus: Texts::default(),
        status: Status::Planned,
        edited: false,
        details: shared.details.clone(),
    }
}

/// The draft deadline of an item standing on `date`: `prepare` earlier in
/// whole days rounded up, then back to the last working day that is no
/// blackout (SPEC sections 7 and 12), so it never falls on Christmas Day or
/// a Saturday.
pub(crate) fn due(
    days: &DayRules,
    date: NaiveDate,
    prepare: crate::model::Minutes,
) -> Option<NaiveDate> {
    let d = date.checked_sub_days(Days::new(prepare.days_rounded_up() as u64))?;
    Some(days.working_on_or_before(d))
}

/// The wall-clock time an item really has on `date`. A time that does not
/// exist (the night the clocks go forward) moves forward by the gap, as
/// RFC 5545 reads it: 02:30 becomes 03:30. A time that exists twice (the
/// night they go back) stays as written; feeds carry it with its TZID.
pub(crate) fn wall_time(tz: chrono_tz::Tz, date: NaiveDate, time: NaiveTime) -> NaiveTime {
    let local = date.and_time(time);
    if tz.from_local_datetime(&local).earliest().is_some() {
        return time;
    }
    let before = tz
        .from_local_datetime(&(local - TimeDelta::hours(6)))
        .earliest()
        .map(|d| *d.offset());
    match before {
        Some(offset) => {
            use chrono::Offset;
            let utc = local - TimeDelta::seconds(i64::from(offset.fix().local_minus_utc()));
            tz.from_utc_datetime(&utc).time()
        }
        None => time,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_items_of_a_definition_share_its_details_until_one_is_written() {
        use crate::plan::test_support::{calendar, d, format, range};
        let mut cal = calendar();
        let template = Template {
            kind: Some("story".into()),
            ..Template::default()
        };
        cal.formats = vec![format(
            "vrijdagvraag",
            "FREQ=WEEKLY",
            d(2026, 11, 6),
            template,
        )];
        let window = range(d(2026, 11, 6), d(2026, 11, 27));
        let mut plan = build(&cal, window, &Lock::default()).unwrap();
        assert_eq!(plan.items.len(), 4);
        let first = plan.items[0].details.clone();
        assert!(plan.items.iter().all(|it| Arc::ptr_eq(&it.details, &first)));
        plan.items[1].note = Some("Bel Anna".into());
        assert_eq!(plan.items[1].note.as_deref(), Some("Bel Anna"));
        assert_eq!(plan.items[1].kind.as_deref(), Some("story"));
        assert!(!Arc::ptr_eq(&plan.items[1].details, &first));
        for it in [&plan.items[0], &plan.items[2], &plan.items[3]] {
            assert_eq!(it.note, None);
            assert!(Arc::ptr_eq(&it.details, &first));
        }
    }

    #[test]
    fn a_time_in_the_spring_gap_moves_forward_by_the_gap() {
        let tz = chrono_tz::Europe::Amsterdam;
        let d = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(wall_time(tz, d, t(2, 30)), t(3, 30));
        assert_eq!(wall_time(tz, d, t(9, 0)), t(9, 0));
        let autumn = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
        assert_eq!(wall_time(tz, autumn, t(2, 30)), t(2, 30));
    }

    #[test]
    fn items_sort_by_date_then_time_with_all_day_first_then_key() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        let at = |h| Some(NaiveTime::from_hms_opt(h, 0, 0).unwrap());
        let item = |key: &str, d, time| {
            let mut it = crate::plan::test_support::item(key, day(d), None);
            it.time = time;
            it
        };
        let items = vec![
            item("format/b/x", 2, at(9)),
            item("format/a/x", 2, at(9)),
            item("item/late", 1, at(23)),
            item("item/day", 2, None),
            item("format/c/x", 2, at(8)),
            item("item/first", 1, None),
        ];
        let keys: Vec<String> = sorted(items.into_iter().map(Box::new).collect())
            .into_iter()
            .map(|it| it.key)
            .collect();
        assert_eq!(
            keys,
            [
                "item/first",
                "item/late",
                "item/day",
                "format/c/x",
                "format/a/x",
                "format/b/x"
            ]
        );
    }
}
