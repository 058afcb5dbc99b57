use super::*;

const SAMPLE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"
    srclang="en-GB" datatype="plaintext"/>
  <body>
    <tu tuid="7">
      <note>Check &amp; confirm</note>
      <prop type="x-kind">body</prop>
      <tuv xml:lang="en-GB"><seg>Press <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept> now &amp; then</seg></tuv>
      <tuv xml:lang="ru"><seg>Нажмите &#1025;лку</seg></tuv>
    </tu>
    <tu><tuv lang="az"><seg><![CDATA[Polis <gəldi>]]></seg></tuv></tu>
  </body>
</tmx>
"#;

#[test]
fn units_variants_properties_and_notes_are_read_with_inline_codes_left_out() {
    let document = read_tmx(SAMPLE.as_bytes()).unwrap();
    assert_eq!(document.source_language.as_deref(), Some("en-GB"));
    assert_eq!(document.units.len(), 2);
    let unit = &document.units[0];
    assert_eq!(unit.id.as_deref(), Some("7"));
    assert_eq!(unit.notes, vec!["Check & confirm".to_owned()]);
    assert_eq!(unit.props, vec![("x-kind".to_owned(), "body".to_owned())]);
    assert_eq!(unit.text_in("en"), Some("Press here now & then"));
    assert_eq!(unit.text_in("ru"), Some("Нажмите Ёлку"));
    assert_eq!(unit.text_in("az"), None);
    assert_eq!(document.dropped_codes, 2);
    // TMX 1.1's `lang` and CDATA sections.
    assert_eq!(document.units[1].text_in("az"), Some("Polis <gəldi>"));
}

#[test]
fn entities_are_never_expanded_and_no_other_file_is_read() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE tmx [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv></tu></body></tmx>"#;
    let error = read_tmx(laughs.as_bytes()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the TMX file uses the entity &lol3; which is not one of XML's five; entities are never expanded"
    );
    let external = r#"<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&secret;</seg></tuv></tu></body></tmx>"#;
    assert!(matches!(
        read_tmx(external.as_bytes()),
        Err(TmxError::UnknownEntity(name)) if name == "secret"
    ));
}

#[test]
fn broken_and_foreign_files_give_one_clear_error() {
    let truncated = &SAMPLE[..SAMPLE.len() / 2];
    assert!(matches!(
        read_tmx(truncated.as_bytes()),
        Err(TmxError::Malformed { .. })
    ));
    let mismatched = "<tmx><body><tu></body></tmx>";
    assert!(matches!(
        read_tmx(mismatched.as_bytes()),
        Err(TmxError::Malformed { .. })
    ));
    assert_eq!(
        read_tmx(b"<xliff version=\"1.2\"></xliff>")
            .unwrap_err()
            .to_string(),
        "not a TMX file: its root element is <xliff>, not <tmx>"
    );
    assert!(matches!(
        read_tmx(b"plain text, no XML"),
        Err(TmxError::NotTmx(_))
    ));
    assert!(matches!(
        read_tmx(&[0x3c, 0xff, 0x3e]),
        Err(TmxError::NotText(_))
    ));
}

#[test]
fn a_file_cut_short_is_refused_not_read_in_part() {
    let cut = &SAMPLE[..SAMPLE.find("<tu><tuv lang").unwrap()];
    let error = read_tmx(cut.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("cut short"), "{error}");
    // Errors name the line.
    let mismatched = "<tmx version=\"1.4\">\n<header/>\n<body>\n</tmx>";
    let error = read_tmx(mismatched.as_bytes()).unwrap_err().to_string();
    assert!(error.contains("at line 4"), "{error}");
}

#[test]
fn a_unit_is_dated_by_its_latest_change() {
    let document = read_tmx(
        br#"<tmx version="1.4"><header srclang="en"/><body>
<tu creationdate="20240105T101010Z"><tuv xml:lang="en" changedate="20250312T080000Z"><seg>a</seg></tuv>
<tuv xml:lang="ru"><seg>b</seg></tuv></tu>
<tu changedate="garbage"><tuv xml:lang="en"><seg>c</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>d</seg></tuv></tu>
</body></tmx>"#,
    )
    .unwrap();
    let dates: Vec<Option<&str>> = document
        .units
        .iter()
        .map(|unit| unit.date.as_deref())
        .collect();
    assert_eq!(dates, vec![Some("2025-03-12"), None, None]);
}
