use super::*;

/// The shape translate-toolkit's `po2xliff` writes from a PO file made by `xliff2po`: a PO
/// header unit, renumbered ids, the paragraph as a location reference, notes by origin.
const PO2XLIFF: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="edited.po" source-language="en-US" datatype="plaintext">
    <body>
      <trans-unit xml:space="preserve" id="2" approved="no" restype="x-gettext-domain-header">
        <source>Project-Id-Version: PACKAGE VERSION</source>
        <target state="translated">Project-Id-Version: PACKAGE VERSION</target>
      </trans-unit>
      <trans-unit xml:space="preserve" id="3" approved="yes">
        <source>Polis &lt;gəldi&gt; &amp; getdi</source>
        <target state="translated">Полиция <g id="1">пришла</g><x id="2"/> и <bpt id="3">&lt;b&gt;</bpt>ушла<ept id="3">&lt;/b&gt;</ept></target>
        <alt-trans origin="previous"><source>old</source><target>старое</target></alt-trans>
        <context-group name="po-reference" purpose="location">
          <context context-type="sourcefile">p7</context>
        </context-group>
        <context-group name="po-entry" purpose="information">
          <context context-type="x-po-trancomment">Ещё раз</context>
        </context-group>
        <note from="developer">kind: body</note>
        <note from="po-translator">Ещё раз</note>
      </trans-unit>
      <trans-unit xml:space="preserve" id="4" approved="no">
        <source>Ikinci</source>
        <target state="needs-translation">Второй</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"#;

#[test]
fn xliff_1_units_are_read_with_their_references_states_and_translators_notes() {
    let document = read_xliff(PO2XLIFF.as_bytes()).unwrap();
    assert_eq!(document.version, XliffVersion::V1);
    assert_eq!(document.source_language.as_deref(), Some("en-US"));
    assert_eq!(document.target_language, None);
    // The PO header is not a unit.
    assert_eq!(document.units.len(), 2);
    let unit = &document.units[0];
    assert_eq!(unit.id, "3");
    assert_eq!(unit.reference.as_deref(), Some("p7"));
    assert_eq!(unit.source, "Polis <gəldi> & getdi");
    // <g> keeps its text; <x/>, <bpt>, <ept> are codes; the alt-trans proposal is not the
    // target.
    assert_eq!(unit.target.as_deref(), Some("Полиция пришла и ушла"));
    assert_eq!(document.dropped_markup, 4);
    assert_eq!(unit.state.as_deref(), Some("translated"));
    assert_eq!(unit.approved, Some(true));
    // The developer's note is not the translation's note; the context group's copy of the
    // translator's comment is not read twice.
    assert_eq!(unit.notes, vec!["Ещё раз".to_owned()]);
    let second = &document.units[1];
    assert_eq!(
        (second.reference.as_deref(), second.id.as_str()),
        (None, "4")
    );
    assert_eq!(second.approved, Some(false));
    assert_eq!(second.state.as_deref(), Some("needs-translation"));
}

#[test]
fn xliff_2_units_skip_original_data_and_keep_span_text() {
    let text = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="az">
<file id="f1"><notes><note category="x-diptych-original-sha256">abc</note></notes>
<unit id="p3"><originalData><data id="d1">&lt;br/&gt;</data></originalData>
<notes><note>Yoxla</note></notes>
<segment state="reviewed" subState="diptych:reviewed"><source>Two <ph id="1" dataRef="d1"/>lines</source><target>İki <pc id="2">sətir</pc></target></segment>
</unit></file></xliff>"#;
    let document = read_xliff(text.as_bytes()).unwrap();
    assert_eq!(document.version, XliffVersion::V2);
    assert_eq!(document.target_language.as_deref(), Some("az"));
    assert_eq!(
        document.file_notes,
        vec![("x-diptych-original-sha256".to_owned(), "abc".to_owned())]
    );
    let unit = &document.units[0];
    assert_eq!(unit.source, "Two lines");
    assert_eq!(unit.target.as_deref(), Some("İki sətir"));
    assert_eq!(unit.sub_state.as_deref(), Some("diptych:reviewed"));
    assert_eq!(unit.notes, vec!["Yoxla".to_owned()]);
    assert_eq!(document.dropped_markup, 2);
}

#[test]
fn other_versions_roots_and_entities_are_refused() {
    let refused = |text: &str| read_xliff(text.as_bytes()).unwrap_err().to_string();
    assert!(refused(r#"<xliff version="3.0"/>"#).contains("XLIFF 1.x and 2.x are read"));
    assert!(refused("<tmx version=\"1.4\"/>").contains("root element is <tmx>"));
    assert!(refused("").contains("does not begin with an XML element"));
    let external = r#"<!DOCTYPE xliff [<!ENTITY s SYSTEM "file:///etc/passwd">]>
<xliff version="1.2"><file source-language="en" target-language="ru" datatype="x" original="o"><body>
<trans-unit id="p1"><source>&s;</source></trans-unit></body></file></xliff>"#;
    assert!(matches!(
        read_xliff(external.as_bytes()),
        Err(XliffError::UnknownEntity(name)) if name == "s"
    ));
    let truncated = &PO2XLIFF[..PO2XLIFF.len() / 2];
    assert!(matches!(
        read_xliff(truncated.as_bytes()),
        Err(XliffError::Malformed { .. })
    ));
}

#[test]
fn glued_files_and_forbidden_characters_are_refused() {
    let one = r#"<xliff version="2.1" srcLang="en" trgLang="ru"><file id="f"><unit id="p1"><segment><source>a</source></segment></unit></file></xliff>"#;
    assert!(read_xliff(one.as_bytes()).is_ok());
    for bad in [
        format!("{one}<xliff version=\"2.1\"/>"),
        format!("{one}junk"),
        one.replace("<source>a</source>", "<source>a&#x1;</source>"),
        one.replace("<source>a</source>", "<source>a\u{1b}</source>"),
        "junk before".to_owned() + one,
    ] {
        let error = read_xliff(bad.as_bytes()).unwrap_err();
        assert!(
            matches!(
                error,
                XliffError::Malformed { .. } | XliffError::NotXliff(_)
            ),
            "{bad}: {error}"
        );
    }
    // White space after the root is fine.
    assert!(read_xliff(format!("{one}\n\n").as_bytes()).is_ok());
}

#[test]
fn what_lenient_parsers_let_through_is_refused() {
    let one = r#"<xliff version="2.1" srcLang="en" trgLang="ru"><file id="f"><unit id="p1"><segment><source>a</source><target>б</target></segment></unit></file></xliff>"#;
    for (bad, why) in [
        (one.replace(r#"id="p1""#, "id=p1"), "unquoted attribute"),
        (
            one.replace(r#"id="p1""#, r#"id="p1" id="p2""#),
            "repeated attribute",
        ),
        (one.replace(r#"id="p1""#, r#"id="p<1""#), "< in a value"),
        (
            one.replace("<target>б</target>", "<target>б<1abc/></target>"),
            "bad name",
        ),
        (
            one.replace("<target>б</target>", "<target>б]]>в</target>"),
            "]]> in text",
        ),
        (
            format!("\n<?xml version=\"1.0\"?>{one}"),
            "late declaration",
        ),
        (
            one.replace("<target>б</target>", "<target>б\u{fffe}</target>"),
            "U+FFFE",
        ),
        (
            one.replace("<xliff ", r#"<xliff xmlns="http://example.com/x" "#),
            "foreign namespace",
        ),
    ] {
        assert!(read_xliff(bad.as_bytes()).is_err(), "{why}: {bad}");
    }
    assert!(read_xliff(one.as_bytes()).is_ok());
}

#[test]
fn utf_16_and_declared_encodings_are_read() {
    let text = r#"<xliff version="2.1" srcLang="en" trgLang="ru"><file id="f"><unit id="p1"><segment><source>Café</source><target>Кафе</target></segment></unit></file></xliff>"#;
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let document = read_xliff(&utf16).unwrap();
    assert_eq!(document.units[0].target.as_deref(), Some("Кафе"));
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    let declared = [
        b"<?xml version=\"1.0\" encoding=\"windows-1251\"?>".as_slice(),
        &cp1251,
    ]
    .concat();
    assert_eq!(
        read_xliff(&declared).unwrap().units[0].target.as_deref(),
        Some("Кафе")
    );
    // Latin-1 bytes without a declaration are not UTF-8: one clear error.
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode("<xliff version=\"2.1\">Café</xliff>");
    let error = read_xliff(&latin1).unwrap_err().to_string();
    assert!(error.contains("not text in UTF-8 or UTF-16"), "{error}");
}
