"""Contacts (CAMEO 040/041: talking with someone, by telephone, a letter sent) and honours (CAMEO 051: AWARD
HONOR / MEDAL, PRESENT PRIZE, REWARD). Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names, told_by

pytestmark = pytest.mark.slow


def test_talking_by_telephone_or_with_someone_is_a_contact_of_both_sides():
    for text in ("Le président Paul Vernay a parlé au téléphone avec Marie Dutilleul mardi.",
                 "Le ministre Paul Vernay a parlé à Marie Dutilleul par téléphone.",
                 "Le ministre Paul Vernay a discuté avec Marie Dutilleul."):
        ext = extract(f"Titre\n{text}\n")
        consult = events_of(ext, "CONSULT")
        assert len(consult) == 1, text
        assert names(ext, consult[0].source) == names(ext, consult[0].target) == {"Paul Vernay", "Marie Dutilleul"}


def test_talking_to_someone_alone_or_with_feeling_is_no_contact():
    # CAMEO SPEAK alone is a statement (010); « avec émotion » names no partner
    for text in ("Le ministre Paul Vernay a parlé aux militants de Lorcy.",
                 "Le ministre Paul Vernay a parlé avec émotion de son père."):
        assert not events_of(extract(f"Titre\n{text}\n"), "CONSULT"), text


def test_a_letter_sent_to_someone_is_a_contact():
    ext = extract("Titre\nLe ministre Paul Vernay a adressé une lettre ouverte aux militaires lorcaniens.\n")
    letter = events_of(ext, "CONSULT")[0]
    assert names(ext, letter.source) == {"Paul Vernay"} and names(ext, letter.target)
    ext = extract("Titre\nLe ministre Paul Vernay a écrit au président lorcanien Jean Morel.\n")
    assert names(ext, events_of(ext, "CONSULT")[0].target) == {"Jean Morel"}


def test_a_letter_told_by_its_content_is_that_act_only():
    ext = extract("Titre\nLe ministre Paul Vernay a adressé une lettre au président Jean Morel, dans laquelle il "
                  "l'accuse de corruption.\n")
    assert not events_of(ext, "CONSULT")
    assert names(ext, events_of(ext, "ACCUSE")[0].target) == {"Jean Morel"}


def test_an_honour_targets_the_one_honoured_and_its_giver_when_named():
    ext = extract("Titre\nLe ministre Paul Vernay a été décoré de la médaille du courage par le président "
                  "Jean Morel.\n")
    honour = events_of(ext, "SUPPORT")[0]
    assert names(ext, honour.source) == {"Jean Morel"} and names(ext, honour.target) == {"Paul Vernay"}
    ext = extract("Titre\nLe président Jean Morel a remis une médaille à Marie Dutilleul.\n")
    assert names(ext, events_of(ext, "SUPPORT")[0].target) == {"Marie Dutilleul"}


def test_an_honour_with_no_giver_named_keeps_an_empty_actor():
    for text in ("Le prix de la Banque de Lorcanie a été décerné à Paul Vernay.",
                 "Un policier de Lorcy, Paul Vernay, est devenu un héros et a été décoré de la médaille du "
                 "courage."):
        ext = extract(f"Titre\n{text}\n")
        honour = events_of(ext, "SUPPORT")
        assert len(honour) == 1 and not honour[0].source, text
        assert names(ext, honour[0].target) == {"Paul Vernay"}, text


def test_no_honour_without_one_honoured():
    # « décerner un mandat » is a warrant; a prize named after someone is no actor
    for text in ("Le juge a décerné un mandat d'arrêt contre Paul Vernay.",
                 "Le prix Marie Dutilleul récompense chaque année un livre.",
                 "Le ministre Paul Vernay a décoré la salle."):
        assert not events_of(extract(f"Titre\n{text}\n"), "SUPPORT"), text


def test_a_title_with_its_participle_names_the_person_the_article_gave_it_to():
    # « le président élu » is the person introduced as such, not the last « président » of something else; the
    # parse may hang the name on the participle or read the noun after a « qui » relative as a second subject
    ext = extract("Titre\nLe président élu Paul Vernay a annoncé des emplois. Le patron du groupe, Marc Morel, qui "
                  "avait rencontré le président élu au début du mois, a prévu un investissement. Le président élu "
                  "avait reçu le ministre Jean Lorcy.\n")
    met, received = events_of(ext, "CONSULT")
    assert names(ext, met.source) == names(ext, met.target) == {"Paul Vernay", "Marc Morel"}
    assert names(ext, received.source) == {"Paul Vernay"}


def test_a_role_noun_takes_up_the_person_or_body_the_article_introduced_with_it():
    # a noun that is no title (« l'animatrice ») or an organisation noun (« l'entreprise ») is the one the article
    # named with it; a body only while no other body was named since
    ext = extract("Titre\nL'animatrice Marie Dutilleul doit rejoindre la chaîne. Le syndicat des journalistes "
                  "demande à l'animatrice de « ne pas venir ».\n")
    assert names(ext, events_of(ext, "REQUEST")[0].target) == {"Marie Dutilleul"}
    ext = extract("Titre\nL'entreprise suédoise Lorcatel va supprimer 800 postes. Après des négociations "
                  "entre l'entreprise et les syndicats, deux sites fermeront.\n")
    assert {"Lorcatel", "syndicats"} <= names(ext, events_of(ext, "CONSULT")[0].target)


def test_being_in_contact_with_someone_is_a_contact_of_both_sides():
    # CAMEO CONTACT (040); losing contact with a ship is none
    ext = extract("Titre\nLe ministre Paul Vernay a été en contact avec le gouvernement de la Lorcanie.\n")
    consult = events_of(ext, "CONSULT")
    assert len(consult) == 1 and names(ext, consult[0].source) == names(ext, consult[0].target)
    assert "Paul Vernay" in names(ext, consult[0].source)
    assert not events_of(extract("Titre\nL'armée de Lorcanie a perdu le contact avec deux navires.\n"), "CONSULT")


def test_prayers_addressed_to_the_bereaved_are_sympathy():
    # CAMEO EXPRESS SYMPATHY (018), verbal support of the one it is addressed to
    ext = extract("Titre\nLe ministre Paul Vernay a adressé ses prières aux proches de Marie Dutilleul.\n")
    support = events_of(ext, "SUPPORT")
    assert len(support) == 1 and names(ext, support[0].source) == {"Paul Vernay"} and support[0].target


def test_a_prize_in_a_science_or_in_letters_is_no_endorsement():
    # PLOVER SUPPORT is between political actors: a scholar's or a writer's prize is none; a peace prize is one
    for text in ("Le prix Nobel de chimie a été décerné à Paul Vernay pour ses travaux sur les enzymes.",
                 "La chercheuse Marie Dutilleul a été récompensée par le prix Nobel de médecine.",
                 "Le prix de la Banque de Lorcanie en sciences économiques a été décerné à Paul Vernay."):
        assert not events_of(extract(f"Titre\n{text}\n"), "SUPPORT"), text
    ext = extract("Titre\nLe prix Nobel de la paix a été décerné au président lorcanien Paul Vernay.\n")
    assert names(ext, events_of(ext, "SUPPORT")[0].target) == {"Paul Vernay"}


def test_an_envoy_sent_visits_the_host_and_is_no_recipient():
    # CAMEO SEND * ENVOY (042): the envoy is the means of the visit, the state visited its host
    ext = extract("Visite\nLe gouvernement français a décidé d'envoyer un émissaire à Moscou.\n")
    visit = told_by(ext, "CONSULT", "envoyer")
    assert visit and names(ext, visit[0].target) == {"Russie"}
