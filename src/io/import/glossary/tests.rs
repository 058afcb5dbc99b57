use super::*;

#[test]
fn tab_separated_and_csv_glossaries_are_read_with_their_comments() {
    let tsv = "# news terms\nMusavat party\tпартия «Мусават»\tthe party's own spelling\r\ndetained\tзадержан\n";
    let entries = read_tsv(tsv.as_bytes()).unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].target, "партия «Мусават»");
    assert_eq!(entries[0].note, "the party's own spelling");
    let error = read_tsv(b"ok\tgood\nno tab here\n").unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 2: no tab between the source term and its translation"
    );
    let csv = "source,target,comment\n\"National Council, the\",\"Национальный совет\",\n";
    let entries = read_csv(csv.as_bytes()).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].source, "National Council, the");
    let error = read_csv(b"a,b\nc,d\nlonely\n").unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 3: a row needs a source term and its translation"
    );
}

#[test]
fn tbx_2_and_3_give_pairs_with_forbidden_terms_marked() {
    let tbx2 = r#"<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c1"><descrip type="definition">Opposition party</descrip>
<langSet xml:lang="en"><tig><term>Musavat party</term></tig></langSet>
<langSet xml:lang="ru"><tig><term>партия «Мусават»</term></tig>
<tig><term>Мусаватская партия</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
<langSet xml:lang="az"><tig><term>Müsavat Partiyası</term></tig></langSet>
</termEntry></body></text></martif>"#;
    let entries = read_tbx(tbx2.as_bytes(), "en", "ru").unwrap();
    assert_eq!(entries.len(), 2);
    assert!(!entries[0].forbidden);
    assert!(entries[1].forbidden);
    assert_eq!(entries[0].note, "Opposition party");
    let tbx3 = r#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c2"><langSec xml:lang="en"><termSec><term>detained</term></termSec></langSec>
<langSec xml:lang="az"><termSec><term>saxlanılıb</term></termSec></langSec></conceptEntry>
</body></text></tbx>"#;
    let entries = read_tbx(tbx3.as_bytes(), "en", "az").unwrap();
    assert_eq!(entries[0].target, "saxlanılıb");
    // A broken file: one error naming its line; entities never expanded.
    let broken = "<martif>\n<text>\n<body>\n</text>";
    let error = read_tbx(broken.as_bytes(), "en", "ru")
        .unwrap_err()
        .to_string();
    assert!(error.starts_with("line 4:"), "{error}");
    let entity = "<!DOCTYPE martif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>";
    assert!(
        read_tbx(entity.as_bytes(), "en", "ru")
            .unwrap_err()
            .to_string()
            .contains("never expanded")
    );
}

#[test]
fn spreadsheet_tables_are_read_as_spreadsheets_write_them() {
    // Quoted fields (a tab inside one), UTF-16 with its mark, a header naming the languages.
    let tsv = "ru\ten\n\"партия «Мусават»\"\t\"Musavat\tparty\"\t\"the \"\"own\"\" name\"\n";
    let entries = read_tsv(tsv.as_bytes()).unwrap();
    assert_eq!(entries[1].source, "партия «Мусават»");
    assert_eq!(entries[1].target, "Musavat\tparty");
    assert_eq!(entries[1].note, "the \"own\" name");
    let oriented = orient(entries.clone(), "en-GB", "ru");
    assert_eq!(oriented.len(), 1);
    assert_eq!(oriented[0].source, "Musavat\tparty");
    assert_eq!(
        orient(entries.clone(), "ru", "en")[0].source,
        "партия «Мусават»"
    );
    assert!(orient(entries, "en", "az").is_empty());
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "president\tprezident\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    assert_eq!(read_tsv(&utf16).unwrap()[0].target, "prezident");
    let csv = "English,Russian\ndetained,задержан\n";
    let entries = orient(read_csv(csv.as_bytes()).unwrap(), "en", "ru");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].target, "задержан");
    // A table without a header keeps its first row.
    assert_eq!(
        orient(read_csv(b"fare,tariff\n").unwrap(), "en", "ru").len(),
        1
    );
    let error = read_tsv(b"ok\tgood\n\xFF\tbad\n").unwrap_err();
    assert_eq!(error.to_string(), "the glossary is not UTF-8 text (line 2)");
}
