//! One self-contained HTML page: inline CSS, no scripts, no external
//! assets, so an intranet can host the file as it is and a mail client can
//! show it. Used by `agenda --format html` and `report steering`.

/// Escapes text for HTML element content and quoted attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The style every page shares: readable on a phone and in print.
const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2433;\
background:#fff;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;\
border-bottom:2px solid #d7dce5;padding-bottom:.2rem}\
p.sub{color:#5b6475;margin-top:0}\
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}\
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e6e9ef;vertical-align:top}\
th{background:#f3f5f9;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\
.late{color:#a61b1b;font-weight:600}.ok{color:#1d6b2f}.miss{color:#a61b1b}\
code{font-size:.85em;color:#5b6475}ul{padding-left:1.2rem}\
footer{margin-top:2.5rem;color:#8a93a5;font-size:.85rem}\
@media print{body{margin:0}h2{break-after:avoid}}";

/// A whole page around `body` (already HTML), titled `title` (text).
pub(crate) fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_the_page_needs_nothing_outside_it() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        let p = page("nl", "Q3 & <meer>", "<p>x</p>\n");
        assert!(p.contains("<title>Q3 &amp; &lt;meer&gt;</title>"));
        for outside in ["http://", "https://", "<script", "<link", "src="] {
            assert!(!p.contains(outside), "{outside}");
        }
    }
}
