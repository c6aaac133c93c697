"""Who fights whom (veille.nlp.events.war_sides): an act of war with no recipient told is done to the side its forces
fight, ground taken from an armed side in a war is an attack on it, forces moved are moved against the side they
fight. Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


def test_an_act_of_war_with_no_recipient_is_done_to_the_enemy_the_article_tells():
    ext = extract("Titre\nL'armée lorcanienne a bombardé les rebelles du Front de Vernay près de Lorcy. Deux jours plus "
                  "tard, l'armée lorcanienne a lancé une nouvelle offensive dans le sud du pays.\n")
    offensive = next(e for e in ext.events if "lancé" in e.trigger.text)
    assert names(ext, offensive.target) == {"rebelles"} and offensive.target_from == "context"


def test_an_act_of_war_gets_no_enemy_when_the_article_tells_none():
    ext = extract("Titre\nL'armée lorcanienne a lancé une nouvelle offensive dans le sud du pays. Le ministre Paul "
                  "Vernay a rencontré les chefs de la police de Lorcy.\n")
    offensive = next(e for e in ext.events if "lancé" in e.trigger.text)
    assert not offensive.target


@pytest.mark.parametrize("text, holder", [
    ("L'armée a bombardé les rebelles dans le nord. Elle a repris la ville de Vernay mardi.", "rebelles"),
    ("Les rebelles ont repris la ville de Vernay à l'armée.", "armée")])
def test_ground_taken_by_forces_in_a_war_is_an_assault_on_the_side_that_held_it(text, holder):
    # PLOVER's COERCE falls short of violence; CAMEO 192 told in a fight between armed sides is ASSAULT
    ext = extract(f"Titre\n{text}\n")
    taken = next(e for e in ext.events if "repris" in e.trigger.text)
    assert taken.type == "ASSAULT" and holder in names(ext, taken.target)


@pytest.mark.parametrize("text, kind, driven", [
    ("L'armée lorcanienne a chassé les rebelles de la ville de Vernay.", "ASSAULT", {"rebelles"}),
    ("La Lorcanie a chassé l'ambassadeur de Vernay.", None, None)])
def test_forces_driving_an_armed_side_out_attack_it_diplomats_sent_away_are_expelled(text, kind, driven):
    # CAMEO « DRIVE * (OUT OF) »: an armed side chased from ground by forces is an act of war, not CAMEO 166
    ext = extract(f"Titre\n{text}\n")
    acts = [e for e in ext.events if e.type == "ASSAULT"]
    assert (acts[0].type, names(ext, acts[0].target)) == (kind, driven) if kind else not acts


@pytest.mark.parametrize("text, kind, driven", [
    ("L'armée lorcanienne a bombardé les rebelles dans le nord. Mardi, elle a expulsé les rebelles de la ville de "
     "Vernay.", "ASSAULT", {"rebelles"}),
    ("L'armée lorcanienne a lancé une offensive contre les rebelles. Les rebelles ont été expulsés de Vernay "
     "mardi.", "ASSAULT", {"rebelles"}),
    ("Les gendarmes ont expulsé les manifestants du rond-point de Vernay.", "COERCE", {"manifestants"})])
def test_an_armed_side_expelled_from_ground_is_attacked_protesters_expelled_are_coerced(text, kind, driven):
    # « expulser » read as a deportation (COERCE deport, CAMEO 174) drives an armed side out of ground in a war,
    # also told in the passive with no author; protesters the police remove stay coerced
    ext = extract(f"Titre\n{text}\n")
    expelled = next(e for e in ext.events if "expuls" in e.trigger.text)
    assert expelled.type == kind and names(ext, expelled.target) == driven


def test_ground_taken_with_no_fight_told_stays_a_seizure():
    ext = extract("Titre\nLa police a repris le contrôle du quartier. Le ministre Paul Vernay a salué son action.\n")
    assert not events_of(ext, "ASSAULT")


def test_forces_deployed_in_a_war_are_moved_against_the_side_they_fight():
    # PLOVER MOBILIZE: the recipient is whom the forces are mobilised against, when that is clear (a war told)
    ext = extract("Titre\nLundi, les rebelles du Front de Lorcy ont attaqué une base de l'armée lorcanienne près de "
                  "Vernay. Mardi, l'armée lorcanienne a déployé des renforts dans la région.\n")
    raised = events_of(ext, "MOBILIZE")
    assert raised and names(ext, raised[0].target) == {"rebelles"}
    # with no fight told, police deployed are moved against no one
    ext = extract("Titre\nMardi, la police lorcanienne a déployé des renforts dans le centre de Vernay.\n")
    assert all(not e.target for e in events_of(ext, "MOBILIZE"))
