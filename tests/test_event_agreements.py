"""An agreement is done between its parties (PLOVER AGREE is reciprocal): every party named is source and target,
wherever the parse hung it. Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


def test_a_pair_after_a_fronted_complement_signs_together():
    # the parse hangs « le Chili et l'Équateur » on « mois »: word order keeps the pair as the subject
    ext = extract("Titre\nAprès 3 mois de discussions, le Chili et l'Équateur ont signé dimanche une entente.\n")
    agree = events_of(ext, "AGREE")[0]
    assert names(ext, agree.source) == names(ext, agree.target) == {"Chili", "Équateur"}


def test_the_avec_of_the_agreement_signed_is_the_other_party():
    ext = extract("Titre\nLe Canada a signé un accord avec le Mexique.\n")
    agree = events_of(ext, "AGREE")[0]
    assert names(ext, agree.target) == {"Canada", "Mexique"}


def test_a_country_partner_of_the_agreement_reached_is_no_place():
    # « à un accord » is no locative phrase for the « avec » complement of its noun
    ext = extract("Titre\nLe Canada est parvenu à un accord avec le Mexique.\n")
    agree = events_of(ext, "AGREE")[0]
    assert names(ext, agree.target) == {"Canada", "Mexique"}


def test_the_second_party_between_is_read_by_word_order():
    # the parse hangs the second member of « entre X et Y » on the verb
    ext = extract("Titre\nAprès avoir adopté un projet de loi, une entente surprise a été conclu entre le gouvernement "
                  "et DutilX, seulement quelques minutes avant son entré en vigueur.\n")
    agree = events_of(ext, "AGREE")[0]
    assert names(ext, agree.source) == {"gouvernement", "DutilX"}


def test_the_name_in_apposition_to_the_second_party_between():
    # « la multinationale Lorcytel » with the name hung on the verb: the noun's name right after it is the party
    ext = extract("Titre\nDes milliers de chauffeurs de taxi protestent contre l'entente prise entre le gouvernement "
                  "et la multinationale Lorcytel .\n")
    agree = events_of(ext, "AGREE")[0]
    assert names(ext, agree.source) == {"gouvernement", "Lorcytel"}
