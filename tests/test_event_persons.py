"""Persons the article names only by a common noun of their role in a situation (`actor_nouns`,
_situational_persons) as the actors and recipients of events, and the preposition of a force locution that names
its recipient (« ouvrir le feu sur X »). Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence, who", [
    ("Samedi, les assaillants ont ouvert le feu sur les voyageurs à la gare de Lorcy.", "voyageurs"),
    ("Samedi, un homme a poignardé deux touristes près du port de Lorcy.", "touristes"),
    ("Samedi, un homme a foncé sur des piétons avec sa voiture à Lorcy.", "piétons"),
    ("Samedi, la police de Lorcy a arrêté trois vacanciers.", "vacanciers"),
])
def test_persons_named_by_their_role_in_a_situation_are_recipients(sentence, who):
    # nouns of persons defined by a situation (`actor_nouns`, _situational_persons): travellers, tourists,
    # pedestrians are someone hit or arrested, not nobody
    ext = extract(f"Titre\n{sentence}\n")
    acts = [e for e in ext.events if e.type in ("ASSAULT", "COERCE")]
    assert acts and who in names(ext, acts[0].target)


def test_a_situational_noun_makes_no_act_of_an_everyday_word():
    ext = extract("Titre\nSamedi, les spectateurs ont salué la performance des acteurs à Lorcy. Les voyageurs ont "
                  "attendu leur train pendant deux heures.\n")
    assert not ext.events


def test_the_preposition_of_a_force_locution_names_its_recipient_on_the_locution_s_noun():
    # « ouvrir le feu sur X » (the lexicon's prep column): the parse often hangs « sur X » on « feu »
    ext = extract("Titre\nSamedi, un tireur a ouvert le feu sur des touristes dans un restaurant de Lorcy.\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and names(ext, attacks[0].target) == {"touristes"}


def test_a_description_does_not_run_over_a_date():
    # the parse may hang « mardi » and the place after it on the noun: the people are « personnes », no more
    ext = extract("Titre\nLorcy, 3 mars 2016. Des hommes armés ont tué trois personnes mardi près de la frontière.\n")
    attack = events_of(ext, "ASSAULT")
    assert attack and names(ext, attack[0].target) == {"personnes"}


@pytest.mark.parametrize("sentence, who, side", [
    ("Samedi, les talibans ont attaqué un poste de police près de Lorcy.", "talibans", "source"),
    ("Lundi, Paul Vernay a vivement critiqué les écologistes au Parlement de Lorcanie.", "écologistes", "target"),
    ("Lundi, l'exécutif européen a menacé le Niger de sanctions financières.", "exécutif européen", "source"),
    ("Lundi, les eurodéputés ont condamné le Tchad pour ses violations des droits de l'homme.", "eurodéputés", "source"),
])
def test_branches_political_families_and_movements_named_by_a_noun_are_actors(sentence, who, side):
    # PLOVER's sector table: the executive (GOV), lawmakers (LEG), parties (PTY), rebels (REB) named by a common noun
    ext = extract("Vernay\n" + sentence + "\n")
    assert any(who in names(ext, getattr(e, side)) for e in ext.events)


@pytest.mark.parametrize("sentence, type_", [
    # « un groupe de X »: the members' noun says who they are (a collective noun, not an armed group)
    ("À Lorcy, un groupe de manifestants a bloqué le dépôt de carburant.", "PROTEST"),
    ("Près de Vernay, un groupe de militaires lorcaniens a attaqué le camp des rebelles.", "ASSAULT"),
])
def test_a_collective_noun_is_what_its_members_are(sentence, type_):
    ext = extract(f"Titre\n{sentence}\n")
    found = events_of(ext, type_)
    assert found and any(ext.entity(x).sector in ("CVL", "MIL", "OPP") for e in found for x in e.source)


@pytest.mark.parametrize("sentence, who, side, sector", [
    # CAMEO's agents dictionary read into French common nouns (`actor_nouns`, _cameo_agents)
    ("Samedi, la brigade anti-criminalité a interpellé deux hommes près de la gare de Lorcy.", "brigade anti-criminalité",
     "source", "COP"),
    ("Lundi, Paul Vernay a vivement critiqué la presse de son pays.", "presse", "target", "MED"),
    ("Mardi, la cour d'appel de Lorcy a condamné Paul Vernay à deux ans de prison.", "cour d'appel", "source", "JUD"),
    ("Samedi, des casseurs ont attaqué les policiers devant la mairie de Lorcy.", "casseurs", "source", "CVL"),
    ("Samedi, les services de sécurité ont arrêté trois hommes près de Lorcy.", "services de sécurité", "source", "COP"),
    ("Jeudi, les éboueurs de Lorcy ont manifesté contre la réforme de Marie Dutilleul.", "éboueurs", "source", "LAB"),
])
def test_cameo_agents_named_by_a_common_noun_are_actors(sentence, who, side, sector):
    ext = extract("Vernay\n" + sentence + "\n")
    found = [i for e in ext.events for i in getattr(e, side)
             if ext.entity(i) is not None and ext.entity(i).name.startswith(who)]
    assert found and ext.entity(found[0]).sector == sector


def test_a_trade_that_describes_a_named_person_is_no_actor_of_its_own():
    # « l'ancien banquier » takes up the person the sentence before names (`described_person`): trades a named
    # person is described by stay out of `actor_nouns`
    ext = extract("Vernay\nPaul Vernay a annoncé sa candidature lundi à Lorcy. L'ancien banquier a vivement critiqué "
                  "le gouvernement de Lorcanie.\n")
    judged = events_of(ext, "ACCUSE")
    assert judged and names(ext, judged[0].source) == {"Paul Vernay"}


def test_a_noun_of_a_unit_needs_its_modifier():
    # « un navire » bare may be a merchant ship (`groups_need_modifier`): no actor, no seizure of anyone
    ext = extract("Vernay\nSamedi, un navire a intercepté un chalutier au large de Lorcy.\n")
    assert not [e for e in ext.events if any("navire" == n for n in names(ext, e.source))]


@pytest.mark.parametrize("sentence, who, author_named", [
    # a verb of harm that selects a person (`person_harm_verbs`), an unchecked lexicon word too: told in the
    # passive with no agent, its subject undergoes an assault by no one named (no_event.harm_to_person)
    ("Dimanche, deux gendarmes ont été agressés devant la mairie de Lorcy.", "gendarmes", False),
    ("Mardi, le ministre Paul Vernay a été giflé lors d'une visite à Lorcy.", "Paul Vernay", False),
    ("Dans la nuit, un militant a été passé à tabac près de la gare de Lorcy.", "militant", False),
    # missiles thrown at an actor: CAMEO THROW * STONES (182), HURL * &WEAPON (183); PLOVER: rocks are ASSAULT
    ("Samedi, des manifestants ont jeté des cailloux sur les policiers devant la mairie de Lorcy.", "policiers", True),
    ("Samedi, des émeutiers ont lancé des pavés contre les gendarmes à Lorcy.", "gendarmes", True),
])
def test_an_assault_on_a_person_with_or_without_its_author(sentence, who, author_named):
    ext = extract(f"Titre\n{sentence}\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and names(ext, attacks[0].target) == {who} and bool(attacks[0].source) == author_named


def test_a_verb_of_harm_to_a_person_is_not_done_to_a_state():
    ext = extract("Titre\nSamedi, lors d'un meeting dans la capitale de la Lorcanie, la Lorcanie a été agressée.\n")
    assert not events_of(ext, "ASSAULT")


def test_missiles_thrown_at_no_one_named_stay_a_riot():
    ext = extract("Titre\nDimanche, des casseurs ont lancé des pierres sur le parking à Lorcy.\n")
    assert not events_of(ext, "ASSAULT") and events_of(ext, "PROTEST")


@pytest.mark.parametrize("text, type_, name, named", [
    # « ces derniers » (the latter, plural): the nearest plural phrase that names an actor, any gender for the
    # masculine plural
    ("Samedi, des manifestants ont attaqué les gendarmes à Lorcy. Ces derniers ont interpellé dix personnes.",
     "COERCE", "gendarmes", True),
    # « des Grecs » as « les Grecs », « des milliers de Grecs »: that country's people; « un Grec » is one person
    ("Dimanche, des Sénégalais ont frappé un vigile à Lorcy.", "ASSAULT", "Sénégal", True),
    ("Dimanche, un Sénégalais a frappé un vigile à Lorcy.", "ASSAULT", "Sénégal", False),
])
def test_the_actor_a_plural_latter_or_an_indefinite_people_names(text, type_, name, named):
    ext = extract(f"Titre\n{text}\n")
    assert (name in {n for e in events_of(ext, type_) for n in names(ext, e.source)}) == named


def test_a_bare_noun_is_no_part_of_a_hyphenated_word_of_a_name():
    # `known_actor`: « la droite » takes up an actor named with the word « droite », not one whose name holds it
    # inside a compound (« centre-droite »): a mention's words are folded as names are, split at spaces and
    # apostrophes only
    ext = extract("Titre\nLe texte est défendu par l'Alliance de centre-droite de Lorcanie. "
                  "Samedi, la droite a critiqué le texte à Lorcy.\n")
    acts = [e for e in ext.events if e.type == "ACCUSE"]
    assert acts and "Alliance" not in " ".join(names(ext, acts[0].source))


def test_a_clitic_object_takes_up_the_person_its_own_sentence_named_before_it():
    # `_person_named_before_in_sentence`: « l' » is Paul Vernay, named in its sentence (not the last subject before,
    # Jean Dumont, nor the clause's own subject)
    ext = extract("Titre\nJean Dumont a ouvert le congrès du parti samedi à Lorcy. Malgré son amitié avec Paul Vernay, "
                  "Anne Lorcy l'a vivement critiqué dimanche.\n")
    acts = [e for e in ext.events if e.type == "ACCUSE"]
    assert acts and names(ext, acts[0].source) == {"Anne Lorcy"} and names(ext, acts[0].target) == {"Paul Vernay"}
