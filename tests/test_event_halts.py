"""Acts halted and sides named by adjectives: « suspendre / mettre en pause son offensive » is a halt (RETREAT) of
an offensive that took place; coordinated demonyms name one side each. Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names, told_by

pytestmark = pytest.mark.slow


def test_an_offensive_put_on_pause_is_a_retreat():
    ext = extract("Front\nLes milices du Front de Lorcy ont mis en pause leurs offensives contre Vernay.\n")
    assert [e.trigger.text for e in events_of(ext, "RETREAT")] == ["ont mis"]


def test_an_offensive_stopped_is_a_retreat():
    ext = extract("Front\nLes milices du Front de Lorcy ont stoppé leurs offensives vers Vernay.\n")
    assert [e.trigger.text for e in events_of(ext, "RETREAT")] == ["ont stoppé"]


def test_a_reform_put_on_pause_is_conceded():
    ext = extract("Vernay\nLe gouvernement lorcanien a mis en pause sa réforme des retraites.\n")
    assert [e.trigger.text for e in events_of(ext, "CONCEDE")] == ["a mis"]


def test_an_aid_halted_is_still_the_aid_it_was():
    # the aid interrupted stays an act of its own (the gold codes the aid given beside its halt)
    ext = extract("Aide\nLa France a interrompu l'aide qu'elle accorde au gouvernement malien.\n")
    assert events_of(ext, "SANCTION") and events_of(ext, "AID")


def test_ending_a_collaboration_reduces_relations():
    ext = extract("Vernay\nLe gouvernement lorcanien a annoncé cesser sa collaboration avec l'Unesco.\n")
    sanction = events_of(ext, "SANCTION")
    assert sanction and sanction[0].trigger.text == "cesser"


def test_relations_cut_are_cut_with_the_partner_the_relation_names():
    # CAMEO 16 (CUT COOPERATION, CUT TIES, END TALKS): the relation ended is no meeting or cooperation of its own
    for text, trigger in (
            ("Le gouvernement lorcanien a annoncé couper tout dialogue avec l'Unesco.", "couper"),
            ("Paul Vernay a annoncé la cessation de la coopération avec l'Unesco.", "cessation"),
            ("Le gouvernement lorcanien a suspendu sa coopération avec l'Unesco.", "a suspendu"),
            ("Le gouvernement lorcanien a cessé ces derniers mois toute coopération avec l'Unesco.", "a cessé")):
        ext = extract("Vernay\n" + text + "\n")
        cut = told_by(ext, "SANCTION", trigger)
        assert cut and names(ext, cut[0].target) == {"Unesco"}, text
        assert not events_of(ext, "CONSULT") and not events_of(ext, "COOPERATE"), text


def test_a_body_taken_up_is_the_partner_of_the_relation_cut():
    ext = extract("Vernay\nLes rapports de l'Unesco irritent le gouvernement de Paul Vernay, qui a annoncé couper tout "
                  "dialogue avec cette instance.\n")
    cut = told_by(ext, "SANCTION", "couper")
    assert cut and names(ext, cut[0].target) == {"Unesco"}


def test_a_cooperation_announced_is_still_one():
    ext = extract("Vernay\nLe gouvernement lorcanien a annoncé une coopération avec l'Unesco.\n")
    assert not events_of(ext, "SANCTION")


def test_coordinated_demonyms_name_both_sides_of_a_noun_act():
    ext = extract("Siège\nLes bombardements intenses russes et iraniens ont frappé la ville de Vernay.\n")
    hits = events_of(ext, "ASSAULT")
    assert hits and {"Russie", "Iran"} <= names(ext, hits[0].source)
    ext = extract("Siège\nLes bombardements russes et iraniens ont duré trois jours.\n")
    strikes = told_by(ext, "ASSAULT", "bombardements")
    assert strikes and {"Russie", "Iran"} <= names(ext, strikes[0].source)
    # the second demonym tagged as a noun (lowercase: an adjective all the same, the people's noun is capitalised)
    ext = extract("Siège\nLes rebelles résistent à Alep malgré les bombardements massifs russes et syriens.\n")
    strikes = told_by(ext, "ASSAULT", "bombardements")
    assert strikes and {"Russie", "Syrie"} <= names(ext, strikes[0].source)


def test_a_summit_is_held_with_the_body_that_convenes_it():
    ext = extract("Sommet\nLe président Paul Vernay a représenté la Lorcanie lors du sommet de l'Union africaine.\n")
    summit = told_by(ext, "CONSULT", "sommet")
    assert summit and "Union africaine" in names(ext, summit[0].target)
    # a summit named after a town or a month is held somewhere, with no body named
    ext = extract("Sommet\nLe président Paul Vernay a participé au sommet de Lorcy en juin.\n")
    assert not any("Lorcy" in names(ext, e.target) for e in ext.events)


def test_what_a_meeting_is_about_is_not_its_counterpart():
    ext = extract("Visite\nLe ministre lorcanien Paul Vernay veut rencontrer d'autres dirigeants et échanger sur la "
                  "situation actuelle du Mali.\n")
    assert events_of(ext, "CONSULT")
    assert not any("Mali" in names(ext, e.target) for e in events_of(ext, "CONSULT"))


def test_forces_with_a_named_complement_are_not_the_forces_named_before():
    ext = extract("Front\nLes Forces populaires de Lorcy ont attaqué Vernay. Plus au sud, les rebelles affrontent "
                  "les forces du régime lorcanien.\n")
    fight = told_by(ext, "ASSAULT", "affrontent")
    assert fight and "Forces populaires de Lorcy" not in names(ext, fight[0].source + fight[0].target)


def test_an_act_of_war_aimed_at_no_one_told_is_aimed_at_the_one_enemy_of_the_war():
    ext = extract("Front\nL'armée lorcanienne a attaqué les positions de Boko Haram dans le nord. Grâce aux frappes "
                  "américaines, la ville a été reprise.\n")
    strikes = told_by(ext, "ASSAULT", "frappes")
    assert strikes and names(ext, strikes[0].target) == {"Boko Haram"}


def test_two_named_enemies_give_no_guess():
    ext = extract("Front\nL'armée lorcanienne a attaqué Boko Haram dans le nord. L'armée lorcanienne a bombardé les "
                  "positions des Shebab. Les frappes américaines se sont poursuivies.\n")
    strikes = told_by(ext, "ASSAULT", "frappes")
    assert not strikes or not strikes[0].target


def test_one_meets_someone_not_difficulties():
    ext = extract("Mission\nLa sonde lorcanienne Vernay-1 rencontre quelques difficultés depuis lundi.\n")
    assert not events_of(ext, "CONSULT")
    ext = extract("Visite\nLe ministre lorcanien Paul Vernay veut rencontrer d'autres pays africains.\n")
    assert events_of(ext, "CONSULT")


def test_ground_taken_from_a_side_is_an_act_against_it():
    # CAMEO 192 TAKE * FROM: the « à » complement is the side the ground is taken from, not a place
    ext = extract("Front\nLes Forces de Lorcy ont attaqué l'État islamique. L'armée lorcanienne a réussi à prendre à "
                  "l'État islamique ses dernières positions.\n")
    taken = told_by(ext, "ASSAULT", "prendre")
    assert taken and names(ext, taken[0].target) == {"État islamique"}
    ext = extract("Vernay\nLe ministre lorcanien Paul Vernay a pris à partie les journalistes.\n")
    # (no ground taken, no blow: a minister taking journalists « à partie » criticises them, CAMEO 111)
    assert [e.type for e in ext.events if e.trigger.text == "a pris"] in ([], ["ACCUSE"])


def test_forces_halting_their_offensive_retreat_from_the_side_they_fight():
    ext = extract("Front\nL'aviation lorcanienne a bombardé les positions de l'État islamique. Mercredi, l'armée "
                  "lorcanienne a stoppé son offensive.\n")
    hits = events_of(ext, "RETREAT")
    assert hits and names(ext, hits[0].target) == {"État islamique"}


def test_a_state_leaving_a_body_is_no_act_of_war():
    ext = extract("Front\nL'aviation lorcanienne a bombardé les positions de l'État islamique. Mercredi, la Lorcanie "
                  "s'est retirée de l'Unesco.\n")
    assert all("État islamique" not in names(ext, e.target) for e in events_of(ext, "RETREAT"))


def test_forces_falling_back_retreat_from_the_side_they_fight_a_country_turning_inward_does_not():
    # CAMEO 0874 « MOVE TROOP TOWARD RETREAT »: only armed forces « se replient »
    ext = extract("Front\nL'armée lorcanienne a bombardé les rebelles. Les rebelles se sont repliés vers Vernay.\n")
    hits = events_of(ext, "RETREAT")
    assert hits and names(ext, hits[0].source) == {"rebelles"} and names(ext, hits[0].target) == {"armée lorcanienne"}
    ext = extract("Front\nLa Lorcanie se replie sur elle-même.\n")
    assert not events_of(ext, "RETREAT")


def test_relations_cut_are_cut_with_the_partner_not_the_place_named():
    # (CAMEO 16: the recipient of reduced relations is the partner, « à Lorcy » is where its office is)
    ext = extract("Vernay\nLe gouvernement lorcanien a annoncé cesser toute collaboration avec le bureau de l'Unesco "
                  "à Lorcy.\n")
    sanction = told_by(ext, "SANCTION", "cesser")
    assert sanction and names(ext, sanction[0].target) == {"Unesco"}


def test_deciding_the_abolition_of_ones_own_measure_is_conceded():
    # CAMEO REVOKE (REVERSE * DECISION, 080) / SCRAP: the abolition of the subject's own act is a concession; the
    # abolition of something else (jobs) is none
    for text, trigger in (
            ("Le gouvernement lorcanien a annoncé l'abrogation de sa réforme des loyers.", "a annoncé"),
            ("Le Premier ministre lorcanien confirme l'annulation de son projet de péage urbain.", "confirme")):
        ext = extract("Vernay\n" + text + "\n")
        assert any(e.trigger.text.startswith(trigger) for e in events_of(ext, "CONCEDE")), text
    ext = extract("Vernay\nLa direction de l'usine de Lorcy a annoncé la suppression de 120 emplois.\n")
    assert not events_of(ext, "CONCEDE")
