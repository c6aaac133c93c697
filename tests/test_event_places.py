"""The facility an attack is done in, in front of or against is its recipient when the clause names no one hit
(veille.nlp.events.places); a town, a region or a country is only where. Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence, place", [
    ("Samedi, un kamikaze s'est fait exploser dans le hall de l'aéroport de Vernay.", "aéroport"),
    ("Samedi, un tireur a ouvert le feu dans un cinéma de Lorcy.", "cinéma"),
    ("Samedi, les rebelles ont commis un attentat contre un bâtiment officiel à Lorcy.", "bâtiment officiel"),
    ("Samedi, un kamikaze s'est fait exploser au milieu de la foule à Lorcy.", "foule"),
    # a site aimed at by a weapon or a device, the passive's agent
    ("Dans la nuit, le commissariat a été visé par un engin explosif.", "commissariat"),
    ("Dans la nuit, la mairie a été visée par une bombe.", "mairie"),
    # an act noun of force as the subject or the passive's agent of a verb of hitting or aiming (`hitting_verbs`)
    ("Dans la nuit, les tirs ont touché deux soldats près de Lorcy.", "soldats"),
    ("Dans la nuit, les frappes ont visé des combattants du Front de Lorcy.", "combattants"),
    ("Dans la nuit, les riverains ont été atteints par les tirs.", "riverains"),
])
def test_the_facility_or_crowd_attacked_is_the_recipient(sentence, place):
    ext = extract(f"Titre\n{sentence}\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and any(place in n for n in names(ext, attacks[0].target))
    assert not names(ext, attacks[0].target) & {"Lorcy", "Vernay"}


def test_a_town_or_a_district_is_only_where():
    ext = extract("Titre\nSamedi, un kamikaze s'est fait exploser dans le quartier de Sultan à Lorcy.\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and not attacks[0].target


def test_the_people_hit_named_leave_the_place_aside():
    ext = extract("Titre\nSamedi, un tireur a ouvert le feu sur des touristes dans un restaurant de Lorcy.\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and names(ext, attacks[0].target) == {"touristes"}


def test_shots_told_with_no_actor_make_the_building_no_one_s_target():
    ext = extract("Titre\nSamedi, des coups de feu ont été tirés dans une école de Lorcy.\n")
    assert not any("école" in n for e in events_of(ext, "ASSAULT") for n in names(ext, e.target))


@pytest.mark.parametrize("sentence, who", [
    ("Samedi, au moins dix personnes sont mortes lorsqu'un homme s'est fait exploser dans le quartier de Sultan à "
     "Lorcy.", "personnes"),
    ("Samedi, trois policiers ont été tués quand des hommes armés ont ouvert le feu dans le marché de Lorcy.",
     "policiers"),
])
def test_those_the_main_clause_says_died_when_the_attack_was_done_are_its_recipients(sentence, who):
    ext = extract(f"Titre\n{sentence}\n")
    attacks = events_of(ext, "ASSAULT")
    assert attacks and all(names(ext, e.target) == {who} for e in attacks)


def test_an_accident_told_the_same_way_is_no_attack():
    ext = extract("Titre\nSamedi, dix personnes sont mortes lorsque deux trains sont entrés en collision près de "
                  "Lorcy.\n")
    assert not events_of(ext, "ASSAULT")


@pytest.mark.parametrize("sentence, who", [
    ("Samedi, les policiers ont trouvé des armes lors de leur perquisition au domicile du meurtrier à Lorcy.",
     "meurtrier"),
    ("Samedi, les gendarmes ont mené une perquisition chez Paul Vernay à Lorcy.", "Paul Vernay"),
])
def test_a_search_of_a_home_is_done_to_whom_it_belongs(sentence, who):
    ext = extract(f"Titre\n{sentence}\n")
    searches = events_of(ext, "COERCE")
    assert searches and who in names(ext, searches[0].target)


def test_an_attack_told_by_its_occurrence_is_done_to_the_facility_it_broke_out_in():
    ext = extract("Titre\nDans la nuit de samedi, une fusillade a éclaté dans une boîte de nuit de Lorcy. Le tireur, "
                  "Paul Vernay, a été abattu par la police.\n")
    shooting = [e for e in events_of(ext, "ASSAULT") if e.trigger.text == "fusillade"]
    assert shooting and [n for n in names(ext, shooting[0].target) if n.startswith("boîte de nuit")]


def test_a_street_named_after_someone_is_a_place_not_a_recipient():
    ext = extract("Lorcy, 3 mars 2016. Sur le cours Paul-Vernay, des voitures ont été incendiées samedi.\n")
    burnt = events_of(ext, "ASSAULT")
    assert burnt and not any("Vernay" in n for e in burnt for n in names(ext, e.target))


@pytest.mark.parametrize("sentence, gloss", [
    ("Lundi, les agriculteurs ont bloqué le supermarché Casino de Lorcy (Isère) pendant trois heures.", "Isère"),
    ("Deux hommes, habitants de Lorcy (Ardèche), ont été condamnés à six mois de prison pour violences.", "Ardèche"),
])
def test_a_place_glossed_in_parentheses_is_only_where(sentence, gloss):
    ext = extract(f"Titre\n{sentence}\n")
    assert ext.events and all(gloss not in names(ext, e.source) | names(ext, e.target) for e in ext.events)


def test_a_country_in_parentheses_after_an_army_still_tells_whose():
    ext = extract("Titre\nL'Armée nationale populaire (Algérie) a déployé des drones le long de sa frontière.\n")
    assert any("Algérie" in names(ext, e.source) for e in events_of(ext, "MOBILIZE"))


def test_the_same_act_told_in_two_towns_is_two_acts():
    # a chronicle of a protest movement: the same words and the same sides, but done at two places named
    text = ("Titre\nVers 10h, à Lorcy, les policiers ont expulsé les manifestants du rond-point. Vers 15h, à Morcy, "
            "les policiers ont expulsé les manifestants de la gare.\n")
    ext = extract(text)
    assert len(events_of(ext, "COERCE")) == 2
    # told again with no place, or in the same town, it is one act
    text = ("Titre\nÀ Lorcy, les policiers ont expulsé les manifestants du rond-point. Les policiers ont expulsé les "
            "manifestants sans violence, selon la préfecture.\n")
    assert len(events_of(extract(text), "COERCE")) == 1


def test_an_act_says_the_town_it_was_done_in():
    ext = extract("Titre\nSamedi, à Lorcy, les policiers ont expulsé les manifestants de la gare.\n")
    expelled = events_of(ext, "COERCE")[0]
    assert names(ext, [expelled.place]) == {"Lorcy"}
    assert events_of(extract("Titre\nLes policiers ont expulsé les manifestants.\n"), "COERCE")[0].place is None


@pytest.mark.parametrize("sentence, thing", [
    ("Les manifestants bloquent le rond-point depuis lundi. Le péage voisin a été détruit par le feu.", "péage"),
    ("Les manifestants occupent le parvis de la gare. Dans la nuit, un incendie a détruit la tente du collectif.",
     "collectif"),
    ("Un groupe a revendiqué l'incendie qui a détruit un hangar de la coopérative à Lorcy.", "hangar"),
    ("Un incendie criminel a détruit la mairie de Lorcy dans la nuit de samedi.", "mairie"),
])
def test_property_destroyed_in_a_context_of_deliberate_damage_is_an_act_by_no_one_named(sentence, thing):
    ext = extract(f"Titre\n{sentence}\n")
    destroyed = [e for e in events_of(ext, "ASSAULT") if e.trigger.text.endswith("détruit")]
    assert destroyed and any(thing in n for n in names(ext, destroyed[0].target))


@pytest.mark.parametrize("sentence", [
    "Dans la nuit, un incendie accidentel a détruit un entrepôt de Lorcy.",
    "Les manifestants ont défilé samedi. Un court-circuit a provoqué un incendie qui a détruit un entrepôt.",
    "Une tornade a frappé Lorcy samedi. De nombreux bâtiments ont été détruits.",
    "Samedi, le kiosque de la gare a été détruit par les flammes.",
])
def test_an_accident_a_disaster_or_a_fire_with_no_context_of_damage_is_no_act(sentence):
    ext = extract(f"Titre\n{sentence}\n")
    assert not [e for e in events_of(ext, "ASSAULT") if e.trigger.text.endswith("détruits") or
                e.trigger.text.endswith("détruit")]


def test_bodies_beheaded_are_people_harmed():
    ext = extract("Titre\nSamedi, six cadavres ont été retrouvés près de Lorcy. Les cadavres ont été décapités.\n")
    assert any(names(ext, e.target) for e in events_of(ext, "ASSAULT"))


@pytest.mark.parametrize("sentence", [
    "Le ministre Paul Vernay est visé par une enquête pour fraude.",
    "Cette réforme vise les retraites des fonctionnaires.",
])
def test_aiming_without_a_weapon_is_no_attack(sentence):
    ext = extract(f"Titre\n{sentence}\n")
    assert not events_of(ext, "ASSAULT")



def test_a_verb_of_hitting_tells_no_act_of_what_is_no_force():
    ext = extract("Titre\nLa crise a touché les ménages de Lorcy. Les usagers ont été affectés par la grève.\n")
    assert not events_of(ext, "ASSAULT") and not any(e.target for e in events_of(ext, "PROTEST"))
