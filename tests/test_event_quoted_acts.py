"""Speech acts told only by what someone's words say (veille.nlp.events.quoted_acts): an act of one's own side
denied in one's own words is a refusal (CAMEO 12x) or a denial (016), an act a speaker says another actor must do
is a demand of it (CAMEO 10). Sentences written for the tests."""
import pytest

from test_events import extract, names

pytestmark = pytest.mark.slow


def _acts(text: str, typ: str):
    ext = extract(f"Titre\n{text}\n")
    return ext, [e for e in ext.events if e.type == typ and not e.negated and not e.hypothetical]


@pytest.mark.parametrize("text, refuser, refused", [
    ("« Nous ne céderons pas au chantage de la préfecture », a lancé le porte-parole Paul Vernay.",
     {"Paul Vernay"}, {"préfecture"}),
    ("Le syndicat Solidaires-Fer a assuré qu'il ne signera aucune convention avec le Medef.", {"syndicat Solidaires-Fer"}, {"Medef"}),
    ("« La France ne négociera jamais avec les terroristes », a déclaré le président français François Hollande.",
     {"France"}, {"terroristes"})])
def test_an_act_of_cooperation_one_s_own_words_deny_is_a_refusal_to_the_other_party(text, refuser, refused):
    ext, rejected = _acts(text, "REJECT")
    assert len(rejected) == 1 and names(ext, rejected[0].source) == refuser and \
        names(ext, rejected[0].target) == refused


@pytest.mark.parametrize("text", [
    "« Nous n'avons pas encore signé l'accord avec la SNCF », a reconnu Paul Vernay, du syndicat Sud-Rail.",
    "« Nous n'avons rien concédé sur nos principes », a déclaré le président de la Commission Paul Vernay.",
    "« Le gouvernement n'a pas cédé aux syndicats », a regretté Paul Vernay, le porte-parole de la CGT.",
    "La CGT a signé l'accord avec la SNCF, mais le syndicat Sud-Rail ne l'a pas signé."])
def test_no_refusal_for_an_act_pending_refused_to_no_one_another_s_or_told_in_the_narrative(text):
    # « pas encore »: still awaited; nothing refused to a party named; the government's act in a unionist's words
    # is his complaint, not its refusal; the narrative's negation is no one's words
    assert not _acts(text, "REJECT")[1]


def test_an_act_of_force_a_side_denies_having_done_is_its_denial():
    # CAMEO 016 deny responsibility, which the PLOVER manual allows to code REJECT: addressed to no one the act names
    ext, rejected = _acts("Le ministère turc de la Défense a affirmé que l'armée turque n'avait bombardé aucun "
                          "village de la région.", "REJECT")
    assert len(rejected) == 1 and "Turquie" in names(ext, rejected[0].source) and not rejected[0].target


def test_a_subject_the_speaker_calls_his_own_denies_in_his_words():
    ext, rejected = _acts("« Nos soldats n'ont jamais tiré sur la foule », a assuré le ministre Paul Vernay.", "REJECT")
    assert len(rejected) == 1 and not rejected[0].target


@pytest.mark.parametrize("text", [
    "« Nous ne nous laisserons pas frapper », a déclaré le candidat Paul Vernay.",
    "Selon le ministre de la Défense Paul Vernay, l'armée lorcanienne ne bombardera pas la ville de Vernay."])
def test_no_denial_of_a_figure_of_speech_or_of_an_act_to_come(text):
    assert not _acts(text, "REJECT")[1]


@pytest.mark.parametrize("text, asker, asked", [
    ("« Le gouvernement doit retirer ce texte », a déclaré la syndicaliste Marie Dubois.", "Marie Dubois",
     "gouvernement"),
    ("Le syndicaliste Paul Vernay estime que le gouvernement doit retirer la réforme.", "Paul Vernay",
     "gouvernement"),
    ("« Il faut que le gouvernement retire cette réforme », a lancé le syndicaliste Paul Vernay.", "Paul Vernay",
     "gouvernement")])
def test_an_act_another_actor_must_do_in_someone_s_words_is_a_demand_of_it(text, asker, asked):
    ext, asks = _acts(text, "REQUEST")
    assert len(asks) == 1 and names(ext, asks[0].source) == {asker} and names(ext, asks[0].target) == {asked}


@pytest.mark.parametrize("text", [
    "« Nous devons retirer ce texte », a reconnu le ministre Paul Vernay.",
    "« Le président Marc Durand doit se rendre à Lorcy mardi », a indiqué son porte-parole Paul Vernay.",
    "« L'équipe de Lorcy devrait gagner ce match », a estimé l'entraîneur Paul Vernay.",
    "« Si l'audit révèle des irrégularités, la mairie devrait rembourser l'État », a expliqué Paul Vernay.",
    "« Ces militants devraient être libérés », a déclaré l'avocat Paul Vernay.",
    "Le gouvernement doit retirer ce texte d'ici le 15 mars."])
def test_no_demand_of_one_s_own_side_a_schedule_a_forecast_a_consequence_a_passive_or_the_narrative(text):
    assert not _acts(text, "REQUEST")[1]
