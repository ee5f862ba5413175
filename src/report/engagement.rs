//! `report engagement` as a sheet: every measure's median and mean per
//! group, interactions per 100 views, the change against the previous
//! range and the ranking (JSON and CSV carry all of it); and a narrower
//! table for people with a sparkline per group.

use super::sheet::{Sheet, Value};
use crate::stats::engagement::{sparkline, Engagement, GroupStats};
use crate::stats::Measure;

/// The full report: one row per group, ranked.
pub(crate) fn sheet(e: &Engagement) -> Sheet {
    let mut columns: Vec<String> = vec!["rank".into(), e.by.as_str().into(), "items".into()];
    columns.push("measured".into());
    for m in Measure::ALL {
        columns.push(format!("{}_median", m.as_str()));
        columns.push(format!("{}_mean", m.as_str()));
    }
    for c in [
        "interactions_per_100_views",
        "previous_items",
        "previous_views_median",
        "views_change",
        "previous_interactions_per_100_views",
        "interactions_change",
        "previous_rank",
    ] {
        columns.push(c.into());
    }
    let mut s = Sheet::new(&columns);
    for r in &e.rows {
        let mut row = vec![
            Value::Int(r.rank as i64),
            Value::Text(r.group.clone()),
            Value::Int(r.current.items as i64),
            Value::Int(r.current.measured as i64),
        ];
        for m in Measure::ALL {
            row.push(Value::number(r.current.median[m.index()]));
            row.push(Value::number(r.current.mean[m.index()]));
        }
        let before = r.previous.as_ref();
        row.extend([
            Value::number(r.current.interaction_rate),
            Value::Int(before.map_or(0, |b| b.items as i64)),
            Value::number(before.and_then(|b| b.median_of(Measure::Views))),
            Value::number(r.views_change()),
            Value::number(before.and_then(|b| b.interaction_rate)),
            Value::number(r.interaction_rate_change()),
            r.previous_rank
                .map_or(Value::Null, |n| Value::Int(n as i64)),
        ]);
        s.push(row, false);
    }
    s
}

/// The table for people: the median views, readers, reading time and
/// clicks per item (those the numbers have), the mean views, interactions
/// per 100 views, the change of median views with the previous rank, and
/// the views of the group's items in date order as a sparkline. JSON and
/// CSV carry every measure's median and mean.
pub(crate) fn table(e: &Engagement) -> Sheet {
    let shown = [
        Measure::Views,
        Measure::Readers,
        Measure::ReadSeconds,
        Measure::Clicks,
    ];
    let present: Vec<Measure> = shown
        .into_iter()
        .filter(|m| e.rows.iter().any(|r| r.current.median[m.index()].is_some()))
        .collect();
    let mut columns: Vec<String> = vec!["#".into(), e.by.as_str().into(), "items".into()];
    for m in &present {
        columns.push(short(*m).into());
        if *m == Measure::Views {
            columns.push("mean".into());
        }
    }
    columns.extend(
        ["per 100", "vs previous", "trend"]
            .iter()
            .map(|c| c.to_string()),
    );
    let max = e
        .rows
        .iter()
        .flat_map(|r| r.current.views.iter().copied())
        .fold(0.0, f64::max);
    let mut s = Sheet::new(&columns);
    for r in &e.rows {
        let mut row = vec![
            Value::Int(r.rank as i64),
            Value::Text(r.group.clone()),
            Value::Text(items_text(&r.current)),
        ];
        for m in &present {
            row.push(Value::number(r.current.median[m.index()]));
            if *m == Measure::Views {
                row.push(Value::number(r.current.mean[m.index()]));
            }
        }
        let change = match (r.views_change(), r.previous_rank) {
            (Some(c), Some(p)) => format!("{:+.0}% (#{p})", c * 100.0),
            (None, Some(p)) => format!("(#{p})"),
            _ => "new".into(),
        };
        row.extend([
            Value::number(r.current.interaction_rate),
            Value::Text(change),
            Value::Text(sparkline(&r.current.views, max)),
        ]);
        s.push(row, false);
    }
    s
}

/// The line under the table: every item together, now and before.
pub(crate) fn summary(e: &Engagement) -> String {
    let line = |g: &GroupStats| {
        format!(
            "{} items, median views {}, {} interactions per 100 views",
            g.items,
            g.median_of(Measure::Views).map_or_else(|| "—".into(), num),
            g.interaction_rate.map_or_else(|| "—".into(), num)
        )
    };
    format!(
        "views, readers, read s (seconds), clicks: median per item; mean: mean views per item;\n\
         per 100: reactions and comments per 100 views; vs previous: median views against the\n\
         previous range (its rank there); trend: views per item in date order.\n\
         all {} to {}: {}\nprevious {} to {}: {}\n",
        e.range.from,
        e.range.until,
        line(&e.all),
        e.previous.from,
        e.previous.until,
        line(&e.all_previous)
    )
}

fn items_text(g: &GroupStats) -> String {
    if g.measured == g.items {
        g.items.to_string()
    } else {
        format!("{} ({} without numbers)", g.items, g.items - g.measured)
    }
}

fn short(m: Measure) -> &'static str {
    match m {
        Measure::ReadSeconds => "read s",
        other => other.as_str(),
    }
}

fn num(x: f64) -> String {
    Value::Number(x).table_text()
}
