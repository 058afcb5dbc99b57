//! Names every translation writes its own way rather than spelling them out: the common
//! acronyms of news (U.S.: США, ABŞ; the UN: ООН, BMT) and the countries and capitals whose
//! Russian or Azerbaijani names no transliteration finds (China: Китай, Çin; Germany:
//! Германия, Almaniya). General knowledge, the same for every project; what one project
//! does its own way is learned by [`super::name_table`].
use crate::align::letters::is_letter;

/// An English name (lower case, without dots), with the beginnings of the Russian and the
/// Azerbaijani words that write it (lower case).
struct KnownName {
    english: &'static [&'static str],
    russian: &'static [&'static str],
    azerbaijani: &'static [&'static str],
    /// A word of institutions' names (Court, Labour), not a name of its own: capitalised at
    /// a sentence's start it may be a common word (Labour costs, Museum visitors).
    institution: bool,
}

impl KnownName {
    /// Whether the English name is an acronym (US, NATO): one of up to four letters.
    fn acronym(&self) -> bool {
        self.english.iter().all(|form| form.chars().count() <= 4)
    }

    /// The beginnings of the words that write the name in `target` (empty for a language
    /// the table does not cover).
    fn stems_in(&self, target: &str) -> &'static [&'static str] {
        match target {
            "ru" => self.russian,
            "az" => self.azerbaijani,
            _ => &[],
        }
    }
}

const fn known(
    english: &'static [&'static str],
    russian: &'static [&'static str],
    azerbaijani: &'static [&'static str],
) -> KnownName {
    KnownName {
        english,
        russian,
        azerbaijani,
        institution: false,
    }
}

const fn institution(
    english: &'static [&'static str],
    russian: &'static [&'static str],
    azerbaijani: &'static [&'static str],
) -> KnownName {
    KnownName {
        institution: true,
        ..known(english, russian, azerbaijani)
    }
}

const KNOWN_NAMES: &[KnownName] = &[
    known(
        &["us", "usa"],
        &["сша", "америк", "штат"],
        &["abş", "amerik", "ştat"],
    ),
    known(
        &["uk", "britain"],
        &["великобрит", "британ", "соединенн", "соединённ", "англи"],
        &["bk", "britan", "krallı", "ingilt"],
    ),
    known(
        &["un"],
        &["оон", "объединенн", "объединённ"],
        &["bmt", "millət"],
    ),
    known(
        &["eu"],
        &["ес", "евросоюз", "европейск"],
        &["ai", "ab", "avropa"],
    ),
    known(&["nato"], &["нато"], &["nato"]),
    known(&["fbi"], &["фбр"], &["ftb"]),
    known(&["cia"], &["цру"], &["mki"]),
    known(&["hiv"], &["вич"], &["hiv", "qiçs"]),
    known(&["aids"], &["спид"], &["qiçs"]),
    known(&["lgbt"], &["лгбт"], &["lgbt"]),
    // Broadcasters and companies known by letters that translations keep.
    known(&["bbc"], &["bbc", "би-би-си"], &["bbc", "bi-bi-si"]),
    known(&["cnn"], &["cnn", "си-эн-эн"], &["cnn"]),
    known(&["cbs"], &["cbs", "си-би-эс"], &["cbs"]),
    known(&["nbc"], &["nbc", "эн-би-си"], &["nbc"]),
    known(&["abc"], &["abc", "эй-би-си"], &["abc"]),
    known(&["cnbc"], &["cnbc"], &["cnbc"]),
    known(&["msnbc"], &["msnbc"], &["msnbc"]),
    known(&["ibm"], &["ibm"], &["ibm"]),
    known(&["nasa"], &["nasa", "наса"], &["nasa"]),
    known(&["china", "chinese"], &["кит"], &["çin"]),
    known(
        &["germany", "german", "germans"],
        &["герман", "немец", "немц"],
        &["alman"],
    ),
    known(
        &["greece", "greek", "greeks"],
        &["греци", "греч", "грек"],
        &["yunan"],
    ),
    known(&["georgia"], &["грузи"], &["gürcü"]),
    known(
        &["hungary", "hungarian", "hungarians"],
        &["венг"],
        &["macar"],
    ),
    known(
        &["egypt", "egyptian", "egyptians"],
        &["египет", "египт"],
        &["misir"],
    ),
    known(
        &["netherlands", "holland", "dutch"],
        &["нидерланд", "голланд"],
        &["niderland", "holland"],
    ),
    known(&["japan", "japanese"], &["япон"], &["yapon"]),
    known(
        &["turkey", "turkish"],
        &["турци", "турец", "турк"],
        &["türk"],
    ),
    known(
        &["armenia", "armenian", "armenians"],
        &["армени", "армян"],
        &["ermən"],
    ),
    known(
        &["azerbaijan", "azerbaijani", "azerbaijanis"],
        &["азербайдж"],
        &["azərbaycan"],
    ),
    known(
        &["korea", "korean", "koreans"],
        &["коре", "кндр", "северокор", "южнокор"],
        &["koreya", "kxdr"],
    ),
    known(
        &["scotland", "scottish", "scot", "scots"],
        &["шотланд"],
        &["şotland"],
    ),
    known(&["wales", "welsh"], &["уэльс", "валлий"], &["uels"]),
    known(&["england"], &["англи"], &["ingilt"]),
    known(&["ireland", "irish"], &["ирланд"], &["irland"]),
    known(&["switzerland", "swiss"], &["швейцар"], &["isveçr"]),
    known(
        &["sweden", "swedish", "swedes"],
        &["швеци", "швед"],
        &["isveç"],
    ),
    known(
        &["poland", "polish"],
        &["польш", "польск", "поляк"],
        &["polş", "polyak"],
    ),
    known(&["spain", "spanish"], &["испан"], &["ispan"]),
    known(&["india", "indian", "indians"], &["инди"], &["hind"]),
    known(
        &["american", "americans"],
        &["америк", "сша"],
        &["amerik", "abş"],
    ),
    known(
        &["british", "briton", "britons"],
        &["британ", "англи"],
        &["britan", "ingilis"],
    ),
    known(
        &["european", "europeans"],
        &["европ", "ес"],
        &["avropa", "ai"],
    ),
    known(&["moscow"], &["москв", "мгу$"], &["moskv"]),
    // Countries and cities whose Russian or Azerbaijani names their consonants do not
    // give (Austria: Австрия, Norway: Norveç, Vienna: Вена, Cairo: Qahirə).
    known(
        &["austria", "austrian", "austrians"],
        &["австри"],
        &["avstriya"],
    ),
    known(
        &["australia", "australian", "australians"],
        &["австрали"],
        &["avstraliya"],
    ),
    known(
        &["norway", "norwegian", "norwegians"],
        &["норвег", "норвеж"],
        &["norveç"],
    ),
    known(
        &["belgium", "belgian", "belgians"],
        &["бельги"],
        &["belçika"],
    ),
    known(
        &["denmark", "danish", "danes"],
        &["дани", "датск", "датча", "датч"],
        &["danimarka"],
    ),
    known(
        &["croatia", "croatian", "croatians", "croats"],
        &["хорват"],
        &["xorvat"],
    ),
    known(&["lebanon", "lebanese"], &["ливан"], &["livan"]),
    known(
        &["lithuania", "lithuanian", "lithuanians"],
        &["литв", "литовск", "литовц"],
        &["litva"],
    ),
    known(&["saudi"], &["саудовск", "сауд"], &["səudiyyə", "səud"]),
    known(
        &["vienna", "viennese"],
        &["вена$", "вены$", "вене$", "вену$", "веной$", "венск"],
        &["vyana"],
    ),
    known(&["athens"], &["афин"], &["afina"]),
    known(
        &["rome"],
        &["рим$", "рима$", "риме$", "риму$", "римом$", "римск"],
        &["roma"],
    ),
    known(&["cologne"], &["кёльн", "кельн"], &["köln"]),
    known(&["munich"], &["мюнхен"], &["münhen", "münxen"]),
    known(&["naples"], &["неапол"], &["neapol"]),
    known(&["hague"], &["гааг"], &["haaqa"]),
    known(&["jerusalem"], &["иерусалим"], &["qüds", "yerusəlim"]),
    known(&["cairo"], &["каир"], &["qahirə"]),
    known(&["venice"], &["венеци"], &["venesiya", "venetsiya"]),
    // Words of institutions' names, translated the same way whatever the institution.
    institution(
        &["court", "courts"],
        &[
            "суд$",
            "суда",
            "суде",
            "суду",
            "судом",
            "суды",
            "судов",
            "судам",
            "судах",
            "судебн",
            "судья",
            "судьи",
            "судье",
            "судью",
            "судьей",
            "судей",
            "судьям",
        ],
        &["məhkəmə"],
    ),
    institution(
        &["council"],
        &[
            "совет$",
            "совета",
            "совету",
            "советом",
            "совете",
            "советы",
            "советов",
            "совбез",
        ],
        &["şura"],
    ),
    institution(
        &["assembly"],
        &["ассамбле", "собрани"],
        &["assambleya", "məclis", "iclas"],
    ),
    institution(&["senate"], &["сенат"], &["senat"]),
    institution(&["congress"], &["конгресс"], &["konqres"]),
    institution(
        &["parliament"],
        &[
            "парламент",
            "госдум",
            "дума$",
            "думе$",
            "думу$",
            "думы$",
            "думой$",
        ],
        &["parlament", "məclis"],
    ),
    institution(
        &["committee"],
        &["комитет", "комисси"],
        &["komitə", "komissiya"],
    ),
    institution(&["commission"], &["комисси", "цик$"], &["komissiya"]),
    // Russian writes a ministry in too many ways (МВД, МИД, Минобороны) to look for one.
    institution(&["ministry"], &[], &["nazirli"]),
    institution(
        &["party"],
        &[
            "партия",
            "партии",
            "партию",
            "партией",
            "партий",
            "партиям",
            "партиях",
        ],
        &["partiya"],
    ),
    institution(&["police"], &["полици", "полицейск"], &["polis"]),
    institution(&["army"], &["арми"], &["ordu"]),
    institution(
        &["university"],
        &["университет", "вуз", "мгу$", "спбгу$"],
        &["universitet"],
    ),
    institution(&["institute"], &["институт"], &["institut"]),
    institution(&["agency"], &["агентств", "ведомств"], &["agentli"]),
    institution(&["foundation"], &["фонд"], &["fond"]),
    institution(&["republic"], &["республик"], &["respublika"]),
    institution(&["league"], &["лиг"], &["liqa"]),
    institution(&["games"], &["игр", "олимпиад"], &["oyun", "olimpiad"]),
    institution(&["festival"], &["фестивал"], &["festival"]),
    institution(&["museum"], &["музе"], &["muzey"]),
    institution(&["supreme"], &["верховн"], &["ali$"]),
    institution(&["justice"], &["юстиц", "минюст"], &["ədliyyə"]),
    institution(&["defense", "defence"], &["оборон"], &["müdafiə"]),
    institution(&["security"], &["безопасност", "совбез"], &["təhlükəsizl"]),
    // Parties and their members.
    institution(&["labour"], &["лейборист"], &["leyborist", "işçi", "əmək"]),
    institution(
        &["democrat", "democrats", "democratic"],
        &["демократ"],
        &["demokrat"],
    ),
    institution(
        &["republican", "republicans"],
        &["республикан"],
        &["respublikaçı"],
    ),
    institution(
        &["conservative", "conservatives"],
        &["консерватор"],
        &["mühafizəkar", "konservativ"],
    ),
    institution(&["olympic", "olympics"], &["олимпи"], &["olimpi"]),
    known(&["beijing"], &["пекин"], &["pekin"]),
    known(&["brussels"], &["брюссел"], &["brüssel"]),
    known(&["kremlin"], &["кремл"], &["kreml"]),
];

/// The known names by each of their English forms.
fn by_english() -> &'static foldhash::HashMap<&'static str, &'static KnownName> {
    static INDEX: std::sync::OnceLock<foldhash::HashMap<&'static str, &'static KnownName>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = foldhash::HashMap::default();
        for name in KNOWN_NAMES {
            for form in name.english {
                index.entry(*form).or_insert(name);
            }
        }
        index
    })
}

/// Whether `word` is a word of institutions' names every translation writes its own way
/// (Court, Council, Labour).
pub(super) fn institution_word(word: &str) -> bool {
    by_english()
        .get(super::name_table::table_key(word).as_str())
        .is_some_and(|name| name.institution)
}

/// How a `target` language writes English name `word`, when it is a name every
/// translation writes its own way: the beginnings of its words (in lower case, İ as i), and
/// whether the name is an acronym, found only in capitals (the UN, not Kim Jong Un).
pub(super) fn known_counterparts(
    word: &str,
    (source, target): (&str, &str),
) -> Option<(&'static [&'static str], bool)> {
    if source != "en" {
        return None;
    }
    let key = super::name_table::table_key(word);
    // A compound made with a name (Netherlands-based, US-led) writes the name.
    let first = key.split_once('-').map_or(key.as_str(), |(first, _)| first);
    let index = by_english();
    let name = index.get(key.as_str()).or_else(|| index.get(first))?;
    let capitals = word
        .chars()
        .filter(|c| is_letter(*c))
        .all(char::is_uppercase);
    if name.acronym() && !capitals {
        return None;
    }
    let stems = name.stems_in(target);
    (!stems.is_empty()).then_some((stems, name.acronym()))
}

/// Whether target word `lower` (in lower case) writes a name every translation writes its
/// own way (Москве, Çin), from English into `target`: such a word cannot be what another
/// name of the source became.
pub(super) fn writes_a_known_name(lower: &str, (source, target): (&str, &str)) -> bool {
    source == "en"
        && KNOWN_NAMES
            .iter()
            .any(|name| begins_as(lower, name.stems_in(target), name.acronym()))
}

/// Whether target word `lower` (in lower case) begins as one of `stems` (or is one marked
/// with `$`, a whole word): for an acronym
/// (`strict`), dots left out (A.B.Ş.), a stem of up to three letters (ЕС, ООН) must be
/// the whole word or stand before a hyphen (ABŞ-ın), as it begins too many others (если).
pub(super) fn begins_as(lower: &str, stems: &[&str], strict: bool) -> bool {
    let undotted;
    let lower = if strict && lower.contains('.') {
        undotted = lower.replace('.', "");
        undotted.as_str()
    } else {
        lower
    };
    stems.iter().any(|stem| {
        // A stem marked with `$` is a whole word (суд$: not судно).
        if let Some(whole) = stem.strip_suffix('$') {
            return lower == whole;
        }
        lower.starts_with(stem)
            && (!strict || stem.chars().count() > 3 || {
                let rest = &lower[stem.len()..];
                rest.is_empty() || rest.starts_with(['-', '’', '\''])
            })
    })
}
