"""Events that should not be there (issue 11): acts supposed, not told as done. Sentences written for the tests."""
import pytest

from test_events import events_of, extract, told_by

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger, hypothetical", [
    # the tagger reads « menacerait » as an imperfect: its future stem says the conditional, a supposition
    ("Paul Vernay veut montrer qu'une présidence Lorcy serait un échec et menacerait les droits des femmes.",
     "menacerait", True),
    # « menaçait » is an imperfect: the threat was made
    ("En mars, Paul Vernay menaçait les syndicats de Lorcanie de sanctions.", "menaçait", False),
])
def test_conditional_read_as_imperfect_is_a_supposition(text, trigger, hypothetical):
    ext = extract(f"Titre\n{text}\n")
    found = told_by(ext, "THREATEN", trigger)
    assert found and bool(found[0].hypothetical) is hypothetical


@pytest.mark.parametrize("text, type_", [
    # halting a commercial service is no reduced relation (CAMEO 16): « interrompre » is typed by what it halts
    ("La compagnie Lorcy Rail a interrompu le service de trains vers Vernay.", None),
    # halting negotiations is CAMEO 164 (halt negotiations), a sanction
    ("Le gouvernement de Lorcanie a interrompu les négociations avec les syndicats.", "SANCTION"),
])
def test_interrupting_is_typed_by_what_it_halts(text, type_):
    ext = extract(f"Titre\n{text}\n")
    found = [e for e in ext.events if e.trigger.text == "a interrompu"]
    assert [e.type for e in found] == ([type_] if type_ else [])


@pytest.mark.parametrize("text, found", [
    # an operation named by a purpose of rescue is no use of force
    ("Les autorités de Lorcanie ont lancé une opération de recherche et de sauvetage.", False),
    ("L'armée de Lorcanie a cessé ses opérations de sauvetage.", False),
    ("L'armée de Lorcanie a lancé une opération contre les rebelles.", True),
])
def test_relief_operation_is_no_act_of_force(text, found):
    ext = extract(f"Titre\n{text}\n")
    assert bool([e for e in ext.events if e.type in ("ASSAULT", "RETREAT")]) is found


def test_firedamp_deaths_are_an_accident():
    # a mine's firedamp is an accident (PLOVER: accidents are disasters, no actor's force)
    ext = extract("Titre\nEnviron 30 ouvriers ont été tués par un coup de grisou dans une mine de Lorcanie.\n")
    assert not [e for e in ext.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, trigger, kind", [
    ("Après sept ans de négociations, le Canada et la Norvège ont signé dimanche un accord de libre-échange.",
     "négociations", "CONSULT"),
    ("L'organisation État islamique recule nettement dans les zones rurales sous l'offensive des Forces de Lorcy.",
     "offensive", "ASSAULT")])
def test_a_circumstance_of_time_or_cause_is_no_content_of_the_act(text, trigger, kind):
    # French « compléments circonstanciels » of time or cause (« après », « sous »): what came before or pressed the
    # act, never what is accepted or conceded
    ext = extract(f"Titre\n{text}\n")
    assert kind in [e.type for e in ext.events if trigger in e.trigger.text]


@pytest.mark.parametrize("text, trigger, hypothetical", [
    # an act noun a passive modal is said of is planned, not done
    ("Une rencontre entre le gouvernement de Lorcanie et les syndicats est prévue lundi.", "rencontre", True),
    ("Une rencontre entre le gouvernement de Lorcanie et les syndicats a eu lieu lundi.", "rencontre", False),
])
def test_an_act_planned_in_the_passive_is_a_supposition(text, trigger, hypothetical):
    ext = extract(f"Titre\n{text}\n")
    found = told_by(ext, "CONSULT", trigger)
    assert found and bool(found[0].hypothetical) is hypothetical


def test_a_reading_s_preposition_belongs_to_its_own_clause():
    # « appeler à » asks; an « à » of the next clause (« investir aux Pays-Bas ») is not its complement
    ext = extract("Titre\n« Le patron de Lorcy Télécom vient de m'appeler et il va investir 50 millions d'euros aux "
                  "Pays-Bas », a déclaré Paul Vernay.\n")
    assert not events_of(ext, "REQUEST")
    ext = extract("Titre\nLe syndicat de Lorcy a appelé les salariés à manifester jeudi.\n")
    assert events_of(ext, "REQUEST")


def test_giving_up_told_absolutely_is_still_giving_up():
    # « renoncer » used with no complement gives up what the context tells (the `absolute` reading)
    ext = extract("Titre\nPaul Vernay a fini par renoncer, vu l'ampleur de la tâche que représenterait une candidature.\n")
    assert told_by(ext, "CONCEDE", "renoncer")
