//! Every reader of files that other tools make: an iCal file (`ics`), an
//! analytics export (`analytics`), a content inventory (`inventory`), and
//! the CSV reading they share (`csv_file`). Definitions that come in this
//! way are written as TOML into the calendar directory (`definitions`) so
//! they live in git like everything else.
//!
//! Pure readers: bytes in, values out; the CLI opens the files and the
//! store keeps the numbers.

pub(crate) mod analytics;
pub(crate) mod csv_file;
pub(crate) mod definitions;
pub(crate) mod ics;
pub(crate) mod inventory;
pub(crate) mod zone;
