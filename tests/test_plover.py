"""PLOVER JSON export from plain records (no spaCy)."""
from veille.model import (
    Article,
    Entity,
    Event,
    EventMention,
    Extraction,
    Quote,
    TextSpan,
)
from veille.plover import plover_records

TEXT = "Titre\nSelon Reuters, la Turquie a bombardé la Syrie le 3 mars 2020.\n"


def extraction():
    art = Article(text=TEXT, title="Titre", url="https://example.org/a", outlet="Exemple", body_start=6)
    ents = [Entity("e1", "Turquie", "GPE", kb_id="iso:TUR", country="TUR"),
            Entity("e2", "Syrie", "GPE", kb_id="iso:SYR", country="SYR"),
            Entity("e3", "Reuters", "ORG", sector="MED"),
            Entity("e4", "Armée turque", "ORG", country="TUR", sector="MIL")]
    trig = TextSpan(34, 42, TEXT[34:42])
    sent = TextSpan(6, 67, TEXT[6:67])
    ev = Event(id="v1", type="ASSAULT", mode="aerial", trigger=trig, sentence=sent, source=["e1", "e4"],
               target=["e2"], date="2020-03-03", date_text="le 3 mars 2020", attributed_to=["e3"],
               confidence=0.8, mentions=[EventMention(trig, sent)])
    hyp = Event(id="v2", type="THREATEN", trigger=trig, sentence=sent, source=["e1"], date="2020-03",
                hypothetical=True, negated=True, quote="q1", mentions=[EventMention(trig, sent)])
    q = Quote("q1", 6, 20, TEXT[6:20], "indirect", speaker="e3")
    return Extraction(article=art, entities=ents, quotes=[q], events=[ev, hyp])


def test_records_follow_plover_fields():
    recs = plover_records(extraction())
    assert len(recs) == 2
    r = recs[0]
    for key in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text",
                "text_info", "cite_info", "quad_code"):
        assert key in r
    assert r["event"] == ["ASSAULT"] and r["mode"] == ["aerial"] and r["quad_code"] == 4
    assert [a["code"] for a in r["actor"]] == ["TUR", "TUR"]
    assert r["actor"][1]["sector"] == "MIL" and "military" in r["context"]
    assert r["recipient"][0]["identifier_id"] == "iso:SYR"
    assert r["date"] == "2020-03-03" and r["date_precision"] == "day" and r["date_text"] == "le 3 mars 2020"
    assert r["event_text"] == ["bombardé"]
    assert TEXT[r["text_info"]["trigger_start"]:r["text_info"]["trigger_end"]] == "bombardé"
    assert r["text"] == TEXT[6:67]
    assert r["cite_info"]["url"] == "https://example.org/a" and r["cite_info"]["title"] == "Titre"
    assert r["attribution"]["attributed_to"][0]["entity_text"] == "Reuters"


def test_ids_are_unique_and_flags_become_auxiliary_contexts():
    recs = plover_records(extraction())
    assert len({r["id"] for r in recs}) == 2
    r = recs[1]
    assert r["date_precision"] == "month"
    assert "negation" in r["context"] and "hypothetical" in r["context"]
    assert r["attribution"]["quote"] == "q1" and r["attribution"]["speaker"] == "e3"
    assert r["recipient"] == [] and r["quad_code"] == 3


def test_empty_extraction():
    assert plover_records(Extraction(article=Article(text="x"))) == []


def test_the_place_named_as_where_it_was_done_is_the_event_location():
    ext = extraction()
    ext.entities.append(Entity("e5", "Alep", "GPE", country="SYR"))
    ext.events[0].place = "e5"
    recs = plover_records(ext)
    assert recs[0]["event_loc"]["entity_text"] == "Alep" and recs[0]["event_loc"]["veille_id"] == "e5"
    assert recs[1]["event_loc"] is None
