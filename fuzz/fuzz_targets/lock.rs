//! `ritme.lock`: any text may be refused with a line and a message; none
//! may panic. A lock that reads renders to a text that reads back to the
//! same lock, and a text with git's conflict markers is merged or refused.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(lock) = ritme::bench::lock::parse(text) {
        let once = ritme::bench::lock::render(&lock);
        let again = ritme::bench::lock::parse(&once).expect("a rendered lock reads back");
        assert_eq!(
            ritme::bench::lock::render(&again),
            once,
            "render after parse changes nothing"
        );
    }
    let _ = ritme::bench::lock::resolve(text);
});
