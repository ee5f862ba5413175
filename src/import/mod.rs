//! Bringing outside data into a calendar as definitions: read a file
//! (`ics`), then write the result as TOML into the calendar directory
//! (`definitions`) so it lives in git like everything else.

pub mod definitions;
pub mod ics;
pub mod zone;
