"""Locutions of the trigger stage (veille.nlp.events.locutions): the readings left unchecked are only locutions
whose words do not follow the trigger, on short French texts written for the tests."""
import pytest

pytestmark = pytest.mark.slow

TEXTS = [
    "Paul Vernay a mis aussitôt en garde la Lorcanie contre toute provocation.",
    "Le ministre tient Marie Dutilleul pour responsable des violences de Lorcy.",
    "La mairie de Lorcy a porté plainte contre Paul Vernay.",
    "Marie Dutilleul menace de porter plainte contre la Lorcanie et refuse tout dialogue.",
    "Les élus de Lorcy ont voté à l'unanimité en faveur du projet de Paul Vernay.",
]


def test_the_readings_left_out_are_locutions_whose_words_do_not_follow():
    from veille.nlp.events.extractor import EventRun
    from veille.nlp.events.lexicon import _norm, lexicon
    from veille.nlp.pipeline import get_nlp

    narrowed = 0
    for text in TEXTS:
        doc = get_nlp()(text)
        run = EventRun(doc, lexicon("fr"))
        for tok in doc:
            for table in (run.lex.verbs, run.lex.nouns):
                readings = table.get(_norm(tok.lemma_))
                if not readings:
                    continue
                kept = run._followable_readings(tok, readings)
                follows = [r for r in readings if not r.get("locution") or run._locution_follows(tok, r["locution"])]
                # every reading that may hold is kept, in its order, and nothing else than the word's readings
                holding = {id(r) for r in follows}
                assert [id(r) for r in kept if id(r) in holding] == [id(r) for r in follows]
                assert {id(r) for r in kept} <= {id(r) for r in readings}
                narrowed += len(kept) < len(readings)
    assert narrowed >= 4        # « mettre », « tenir », « porter », « menacer », « refuser »: dozens of locutions each


def test_a_circumstantial_complement_may_stand_inside_a_locution():
    # « à l'unanimité » between the verb and the rest of « voter en faveur de » (CAMEO VOTE (IN FAVOR), 031)
    from test_events import events_of, extract, names

    ext = extract("Vote\nLes élus de Lorcy ont voté à l'unanimité en faveur du projet de Paul Vernay.\n")
    assert [e.trigger.text for e in events_of(ext, "AGREE")] == ["ont voté"]
    # for the author of the text voted for
    ext = extract("Vote\nLe Conseil de sécurité a voté en faveur d'une résolution proposée par la Russie.\n")
    vote = events_of(ext, "AGREE")
    assert vote and names(ext, vote[0].target) == {"Russie"}
    ext = extract("Vote\nLes élus de Lorcy ont voté à l'unanimité hier soir.\n")
    assert not events_of(ext, "AGREE")


def test_quotation_marks_inside_a_locution_change_none_of_its_words():
    from test_events import events_of, extract, names
    ext = extract("Titre\nLe député Paul Vernay a tenu à mettre « en garde le gouvernement » contre ce projet.\n")
    warnings = events_of(ext, "THREATEN")
    assert [names(ext, e.source) for e in warnings] == [{"Paul Vernay"}]


def test_a_numeral_or_indefinite_determiner_may_stand_inside_a_locution():
    # « faire onze interpellations » is « faire des interpellations » (CAMEO MAKE ARRESTS, 173): French counts the
    # cardinal numerals and « plusieurs » among the determiners; a count of the dead names no act of « faire »
    from test_events import events_of, extract, names

    for text in ("Les policiers ont fait onze interpellations jeudi à Vernay.",
                 "Les policiers ont fait plusieurs interpellations jeudi à Vernay."):
        arrest = events_of(extract("Lorcy\n" + text + "\n"), "COERCE")
        assert arrest and arrest[0].trigger.text == "ont fait"
    ext = extract("Lorcy\nL'incendie a fait trois morts mardi à Vernay.\n")
    assert not any("fait" in e.trigger.text for e in ext.events)


def test_disowning_any_involvement_denies_it():
    # CAMEO 016, deny responsibility: « renier toute implication » as « nier toute implication »
    from test_events import events_of, extract, names

    ext = extract("Lorcy\nL'avocat du syndicat, Paul Vernay, a renié toute implication de ses clients.\n")
    denial = events_of(ext, "REJECT")
    assert denial and names(ext, denial[0].source) == {"Paul Vernay"}
