"""The recipient a headline gives (events/topics.py), on invented articles."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


def test_a_foreign_side_acts_on_the_state_of_the_headline_prefix():
    ext = extract("Niger : le Tchad menace de fermer sa frontière\nNiamey, 3 mars 2016. Le gouvernement tchadien a "
                  "menacé mardi de fermer la frontière.\n")
    threat = events_of(ext, "THREATEN")
    assert threat and names(ext, threat[0].target) == {"Niger"} and threat[0].target_from == "context"


def test_attackers_of_no_state_act_on_the_country_where_they_strike():
    # PLOVER codes an attack's unnamed victims by their country
    ext = extract("Niger : une attaque fait trois morts\nNiamey, 3 mars 2016. L'attaque a été menée mardi par des "
                  "hommes armés.\n")
    attack = events_of(ext, "ASSAULT")
    assert attack and names(ext, attack[0].target) == {"Niger"}


def test_one_persons_attack_is_not_done_to_the_country_of_the_headline_prefix():
    # one person, named or a civilian told in the singular, commits a crime against those it names, not the state
    for text in ("Niger : Paul Vernay arrêté\nNiamey, 3 mars 2016. Paul Vernay a attaqué mardi dans un café.\n",
                 "Niger : un mort à Niamey\nNiamey, 3 mars 2016. Un conducteur ivre a tué mardi dans un accident.\n"):
        ext = extract(text)
        attack = events_of(ext, "ASSAULT")
        assert attack and all("Niger" not in names(ext, e.target) for e in attack), text


def test_the_prefix_is_not_the_recipient_of_its_own_peoples_acts():
    ext = extract("Niger : la police nigérienne fait appel au calme\nNiamey, 3 mars 2016. La police nigérienne a "
                  "exigé mardi des excuses.\n")
    asked = events_of(ext, "REQUEST")
    assert asked and not asked[0].target


def test_a_place_named_in_the_headline_is_no_recipient():
    ext = extract("Paul Vernay rencontre des élus à Niamey\nLorcy, 3 mars 2016. Le ministre Paul Vernay a exigé "
                  "mardi des excuses.\n")
    asked = events_of(ext, "REQUEST")
    assert asked and not asked[0].target


def test_a_strike_takes_no_recipient_from_the_headline():
    ext = extract("Le Tchad face à une grève des enseignants\nN'Djaména, 3 mars 2016. Les enseignants tchadiens sont "
                  "en grève depuis mardi.\n")
    assert all(not e.target for e in events_of(ext, "PROTEST"))


def test_an_inquiry_is_not_into_the_person_the_headline_names():
    ext = extract("Niger : Paul Vernay agressé devant chez lui\nNiamey, 3 mars 2016. La gendarmerie a ouvert mardi une "
                  "enquête pour violences.\n")
    assert all("Paul Vernay" not in names(ext, e.target) for e in events_of(ext, "ACCUSE"))


def test_the_police_of_the_country_are_no_attackers_of_no_state():
    # the state's own forces shooting an attacker do not act on their state
    ext = extract("Niger : une attaque près de la frontière\nNiamey, 3 mars 2016. L'assaillant a été abattu mardi par "
                  "les forces de l'ordre.\n")
    shot = [e for e in events_of(ext, "ASSAULT") if "abattu" in e.trigger.text]
    assert shot and "Niger" not in names(ext, shot[0].target)


def test_a_condemned_attack_takes_not_its_victims_from_the_headline():
    # whom a condemnation blames is the act's author, which only the act's telling gives
    ext = extract("Lorcanie : une fusillade à Lorcy tue douze personnes\nLorcy, 3 mars 2016. Un homme a tiré sur la "
                  "foule d'un marché. Le président Paul Vernay a condamné l'attentat mardi.\n")
    blamed = [e for e in events_of(ext, "ACCUSE") if "condamné" in e.trigger.text]
    assert blamed and "personnes" not in names(ext, blamed[0].target)


def test_a_call_for_an_action_takes_no_recipient_from_the_headline():
    ext = extract("Primaire : Paul Vernay et Marie Dutilleul qualifiés\nLorcy, 3 mars 2016. Le candidat Jean Morel "
                  "annonce son soutien à Paul Vernay et appelle à la fin des divisions du parti.\n")
    call = [e for e in events_of(ext, "REQUEST") if "appelle" in e.trigger.text]
    assert call and not call[0].target


def test_the_source_told_again_by_part_of_its_name_is_not_its_own_recipient():
    ext = extract("Lorcanie : le Conseil national refuse la hausse\nLorcy, 3 mars 2016. Le Conseil national de la "
                  "Lorcanie a refusé mardi toute hausse des salaires.\n")
    refused = events_of(ext, "REJECT")
    assert refused and "Conseil national" not in names(ext, refused[0].target)


def test_a_states_act_is_not_done_to_its_own_head_the_headline_names():
    # the knowledge base knows the head of state in that state's government (sector GOV, its country)
    ext = extract("Donald Trump annonce le retrait des États-Unis du traité de Lorcy\nWashington, 3 mars 2017. Les "
                  "États-Unis avaient signé en 2015 le traité de Lorcy sur la pêche.\n")
    assert ext.events and all("Donald Trump" not in names(ext, e.target) for e in ext.events)
