//! Sorting by key without comparing whole keys: the plan's order breaks
//! ties of date and time by key. Comparing the keys as strings was most
//! of that sort in profiles (issue 19, BENCHMARKS.md). Here the sixteen
//! bytes after the beginning all keys share are packed into numbers that
//! sort like them; only keys alike in those bytes are compared in full.

/// The beginning all of a set of keys share, and how to pack the bytes
/// after it.
pub(crate) struct KeyOrder {
    skip: usize,
}

impl KeyOrder {
    /// The order of `keys`: its [`KeyOrder::prefix`] sorts them.
    pub(crate) fn of<'k>(keys: impl IntoIterator<Item = &'k str>) -> KeyOrder {
        let mut keys = keys.into_iter();
        let Some(first) = keys.next() else {
            return KeyOrder { skip: 0 };
        };
        let first = first.as_bytes();
        let mut skip = first.len();
        for key in keys {
            skip = first[..skip]
                .iter()
                .zip(key.as_bytes())
                .take_while(|(a, b)| a == b)
                .count();
        }
        KeyOrder { skip }
    }

    /// The sixteen bytes of `key` after the shared beginning, padded with
    /// zero bytes, as two big-endian numbers (not one `u128`, whose
    /// alignment would pad every entry of a sort index to 48 bytes). Of two
    /// keys with different prefixes, the smaller prefix is the smaller key
    /// (a zero byte pads only where the shorter key has ended); keys with
    /// equal prefixes need comparing in full. So `(prefix, key)` sorts like
    /// `key`.
    pub(crate) fn prefix(&self, key: &str) -> [u64; 2] {
        let rest = key.as_bytes().get(self.skip..).unwrap_or_default();
        let n = rest.len().min(16);
        let mut bytes = [0; 16];
        bytes[..n].copy_from_slice(&rest[..n]);
        let half = |i: usize| {
            let mut h = [0; 8];
            h.copy_from_slice(&bytes[i..i + 8]);
            u64::from_be_bytes(h)
        };
        [half(0), half(8)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_prefix(keys: &[String]) -> Vec<&str> {
        let order = KeyOrder::of(keys.iter().map(String::as_str));
        let mut packed: Vec<([u64; 2], &str)> =
            keys.iter().map(|k| (order.prefix(k), k.as_str())).collect();
        packed.sort_unstable();
        packed.into_iter().map(|(_, k)| k).collect()
    }

    fn by_text(keys: &[String]) -> Vec<&str> {
        let mut keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        keys.sort_unstable();
        keys
    }

    #[test]
    fn keys_sort_as_text_whatever_they_share() {
        let keys: Vec<String> = [
            "format/f1/2026-01-05",
            "format/f10/2026-01-05",
            "format/f1/2026-01-12",
            "format/f1-b/2026-01-05",
            "format/f1",
            "format/f1\u{0}",
            "format/f1\u{0}\u{0}x",
            "format/f",
            "format/aaaaaaaaaaaaaaaaaaaaaaaaaaa/2026-01-05",
            "format/aaaaaaaaaaaaaaaaaaaaaaaaaaa/2026-01-04",
            "review/intranet/2026-01-05",
            "item/é",
            "campaign/c/p/2026-01-05",
        ]
        .map(String::from)
        .into();
        assert_eq!(by_prefix(&keys), by_text(&keys));
        let formats: Vec<String> = keys
            .iter()
            .filter(|k| k.starts_with("format/f1"))
            .cloned()
            .collect();
        assert_eq!(by_prefix(&formats), by_text(&formats));
        assert!(by_prefix(&[]).is_empty());
    }

    proptest! {
        #[test]
        fn any_keys_sort_as_text(
            shared in "[a/\u{0}é]{0,20}",
            tails in prop::collection::vec("[a-c/\u{0}é]{0,24}", 0..40),
        ) {
            let keys: Vec<String> = tails.iter().map(|t| format!("{shared}{t}")).collect();
            prop_assert_eq!(by_prefix(&keys), by_text(&keys));
        }
    }
}
