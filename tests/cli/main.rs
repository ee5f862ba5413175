//! The integration tests: one binary that runs the real `ritme` on
//! calendars under `tests/fixtures/` and on `calendars/voorbeeld`.
//! Each area of the product has its own module; helpers live in `support`.

mod support;

mod carry;
mod check;
mod diff;
mod due;
mod export;
mod fairness;
mod faults;
mod freeze;
mod history;
mod layers;
mod lives;
mod lock;
mod native;
mod numbers;
mod people;
mod replan;
mod reports;
mod since;
mod spine;
