//! The bilingual review copy: one row per translatable paragraph, the source beside its
//! translation (or two, source | ru | az), each translation with its status and note. Made for
//! printing on A4 and marking up: rows break between pages, never inside one. Missing
//! translations are shown as such, not refused: this is a copy to review, not a delivery.

use std::fmt::Write as _;

use super::html::{direction, escape};
use crate::model::{LanguageTag, Project, TranslationStatus};

const STYLE: &str = "@page{size:A4;margin:14mm}\
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;color:#111;margin:1.5em}\
h1{font-size:15pt;margin:0 0 .3em}.about{color:#555;margin:0 0 1em}\
table{border-collapse:collapse;width:100%;table-layout:fixed}\
th,td{border:1px solid #bbb;padding:.4em .5em;vertical-align:top;text-align:start}\
th{background:#eee}td.number{width:2.2em;color:#666;text-align:end}\
td.kind{width:5.5em;color:#666;font-size:.85em}\
tr{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}\
.status{font-size:.8em;color:#555;margin-top:.3em}.stale{font-size:.8em;color:#a05a00;\
margin-top:.3em}.note{font-size:.85em;color:#8a4b00;\
margin-top:.2em;white-space:pre-wrap}.missing{color:#a00;font-style:italic}\
.text{white-space:pre-wrap}";

fn status_text(status: TranslationStatus) -> &'static str {
    status.as_str()
}

/// The review copy of `project` in `languages` (one or two target languages).
pub fn bilingual_page(project: &Project, languages: &[LanguageTag]) -> String {
    let source = &project.source.language;
    let mut page = String::new();
    // Writing to a String cannot fail; the results are ignored for that reason only.
    writeln!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">",
        escape(source.as_str()),
        direction(source)
    )
    .ok();
    page.push_str("<head>\n<meta charset=\"utf-8\">\n");
    let names: Vec<String> = languages.iter().map(LanguageTag::to_string).collect();
    writeln!(
        page,
        "<title>{} — {} → {}</title>",
        escape(&project.metadata.title),
        escape(source.as_str()),
        escape(&names.join(", "))
    )
    .ok();
    writeln!(
        page,
        "<meta name=\"generator\" content=\"Diptych {}\">\n<style>{STYLE}</style>\n</head>\n<body>",
        env!("CARGO_PKG_VERSION")
    )
    .ok();
    writeln!(page, "<h1>{}</h1>", escape(&project.metadata.title)).ok();
    let mut about = vec![format!(
        "Review copy: {} → {}",
        escape(&source.display_name()),
        escape(
            &languages
                .iter()
                .map(LanguageTag::display_name)
                .collect::<Vec<_>>()
                .join(", ")
        )
    )];
    for part in [
        &project.metadata.outlet,
        &project.metadata.published,
        &project.metadata.url,
    ] {
        if !part.is_empty() {
            about.push(escape(part));
        }
    }
    writeln!(page, "<p class=\"about\">{}</p>", about.join(" · ")).ok();
    page.push_str("<table>\n<thead><tr><th class=\"number\">#</th><th class=\"kind\">kind</th>");
    writeln!(
        page,
        "<th lang=\"{}\">{}</th>",
        escape(source.as_str()),
        escape(&source.display_name())
    )
    .ok();
    for language in languages {
        write!(
            page,
            "<th lang=\"{}\">{}</th>",
            escape(language.as_str()),
            escape(&language.display_name())
        )
        .ok();
    }
    page.push_str("</tr></thead>\n<tbody>\n");
    for (index, paragraph) in project.paragraphs().iter().enumerate() {
        if !paragraph.kind.is_translatable() {
            continue;
        }
        write!(
            page,
            "<tr><td class=\"number\">{}</td><td class=\"kind\">{}</td><td lang=\"{}\" dir=\"{}\"><div class=\"text\">{}</div></td>",
            index + 1,
            paragraph.kind.as_str(),
            escape(source.as_str()),
            direction(source),
            escape(&paragraph.text)
        )
        .ok();
        for language in languages {
            let translation = project.translation(paragraph.paragraph_id, language);
            write!(
                page,
                "<td lang=\"{}\" dir=\"{}\">",
                escape(language.as_str()),
                direction(language)
            )
            .ok();
            if translation.text.trim().is_empty() {
                page.push_str("<div class=\"missing\">not translated</div>");
            } else {
                write!(
                    page,
                    "<div class=\"text\">{}</div>",
                    escape(&translation.text)
                )
                .ok();
            }
            write!(
                page,
                "<div class=\"status\">{}</div>",
                status_text(translation.status)
            )
            .ok();
            if let Some(earlier) = &translation.stale_source {
                write!(
                    page,
                    "<div class=\"stale\">stale: the source changed in a new capture; \
                     translated from: {}</div>",
                    escape(earlier)
                )
                .ok();
            }
            if !translation.note.trim().is_empty() {
                write!(
                    page,
                    "<div class=\"note\">{}</div>",
                    escape(&translation.note)
                )
                .ok();
            }
            page.push_str("</td>");
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    page
}
