"""Events that should not be there (issue 11): acts supposed, not told as done. Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names, told_by

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


@pytest.mark.parametrize("text", [
    # « d'après les chiffres de X », « selon X »: whom the report rests on, no recipient of the act told
    "Samedi, la marche avait réuni 3 000 manifestants d'après les chiffres de la préfecture de Lorcy.",
    "Selon le patron du café, une serveuse a été tuée sur le parking de l'établissement.",
])
def test_the_source_of_a_report_is_no_recipient(text):
    ext = extract(f"Lorcanie : une journée agitée\n{text}\n")
    cited = {"préfecture de Lorcy", "la préfecture de Lorcy", "patron du café", "le patron du café"}
    assert ext.events and all(not names(ext, e.target) & cited for e in ext.events)


@pytest.mark.parametrize("text, trigger", [
    # a country named only as where the harm happened did not do it (« à / en + lieu »)
    ("L'explosion qui a détruit hier un immeuble à Vernay, en Lorcanie, et tué six personnes est due au gaz.", "tué"),
    ("La tempête, appelée Marie en Lorcanie, a frappé le nord du pays jeudi.", "a frappé"),
])
def test_a_country_named_only_as_the_place_is_no_actor(text, trigger):
    ext = extract(f"Titre\n{text}\n")
    assert not [e for e in ext.events if e.trigger.text == trigger and names(ext, e.source) & {"Lorcanie"}]


def test_a_protest_that_gathered_people_rallies_no_support():
    # « la journée a rassemblé 30 000 manifestants » counts those it gathered (no CAMEO 053 rally around someone)
    ext = extract("Lorcy\nLa journée de mobilisation a été calme. Au total, elle a rassemblé 30 000 manifestants.\n")
    assert not events_of(ext, "SUPPORT")
    ext = extract("Lorcy\nÀ Vernay, 500 manifestants se sont rassemblés devant la préfecture samedi.\n")
    assert told_by(ext, "PROTEST", "sont rassemblés")


def test_claiming_to_belong_is_no_demand():
    # « se réclamer de X » invokes X; « réclamer X » asks for it
    ext = extract("Lorcy\nUn homme qui se réclamait du Front de Lorcy a été arrêté par la police.\n")
    assert not events_of(ext, "REQUEST")
    ext = extract("Lorcy\nMarie Dutilleul réclame la démission du ministre Paul Vernay.\n")
    assert events_of(ext, "REQUEST")


def test_asking_forgiveness_is_an_apology():
    # « demander pardon » (CAMEO 055): PLOVER codes regret for an act as CONCEDE, not a request
    ext = extract("Lorcy\nLe ministre Paul Vernay a demandé pardon aux habitants de Lorcy.\n")
    assert told_by(ext, "CONCEDE", "a demandé") and not events_of(ext, "REQUEST")


def test_going_out_into_a_place_is_no_withdrawal():
    # a withdrawal is told by what is left (« sa sortie de l'Union »), not by where one goes (« dans l'espace »)
    ext = extract("Titre\nL'astronaute Paul Vernay a réalisé hier sa première sortie dans l'espace.\n")
    assert not events_of(ext, "RETREAT")


def test_a_bare_participle_epithet_names_a_kind_of_thing():
    # « les contrats aidés »: a kind of contract, no aid given; « les rebelles soutenus par X » has its agent
    ext = extract("Titre\nLe président Paul Vernay a gelé une partie des contrats aidés, décision appliquée par "
                  "l'agence de Lorcy. Les rebelles soutenus par la Lorcanie avancent.\n")
    assert not events_of(ext, "AID") and told_by(ext, "SUPPORT", "soutenus")


def test_a_toll_deplored_is_no_reproach():
    # « déplorer 21 morts », « une victime est à déplorer »: casualties counted; « déplorer le manque de » reproaches
    ext = extract("Titre\nUne fillette de 9 ans est à déplorer parmi les victimes, écrasée par un mur. Le ministre "
                  "Paul Vernay a déploré le manque de sérieux des rebelles du Front de Lorcy.\n")
    found = events_of(ext, "ACCUSE")
    assert [e.trigger.text for e in found] == ["a déploré"]


def test_protesters_who_died_or_were_wounded_tell_no_protest():
    # « une manifestante est décédée »: the clause tells what befell her, not her protest (the protester noun is
    # the subject of a predicate of dying or of being wounded)
    ext = extract("Titre de l'article\nÀ Lorcy, une manifestante de 63 ans est décédée mardi.\n")
    assert not events_of(ext, "PROTEST")
    ext = extract("Titre de l'article\nÀ Lorcy, des centaines de manifestants ont défilé mardi.\n")
    assert events_of(ext, "PROTEST")


def test_victims_named_by_what_befell_them_tell_no_new_act():
    # « les quatre personnes tuées »: a definite noun qualified by an agentless participle names victims told
    # before; with its agent (« les otages détenus par X ») it says who holds them: a state that lasts (verb of
    # holding, `lasting_participles`), no detention told, and X is the captor who releases them
    ext = extract("Titre de l'article\nSelon la police de Lorcy, les quatre personnes tuées étaient âgées d'une "
                  "vingtaine d'années.\n")
    assert not events_of(ext, "ASSAULT")
    ext = extract("Titre de l'article\nLes otages détenus par le groupe armé de Paul Vernay ont été libérés.\n")
    assert not told_by(ext, "COERCE", "détenus")
    released = told_by(ext, "RETREAT", "ont été libérés")
    assert released and names(ext, released[0].source) == {"groupe armé de Paul Vernay"}


def test_an_act_contemplated_is_supposed():
    # « songer à » contemplates an act (like « envisager de »): it is not told as done
    ext = extract("Titre de l'article\nLes États-Unis songent à se retirer du financement de la station de Vernay.\n")
    assert all(e.hypothetical for e in events_of(ext, "RETREAT"))
    assert events_of(ext, "RETREAT")


@pytest.mark.parametrize("sentence", [
    "Paul Vernay a pris part mardi à la Conférence de Lorcy.",
    "Le nouveau règlement du port a pris effet lundi à Lorcy.",
    "La grève des dockers a pris fin mardi à Vernay.",
])
def test_taking_part_takes_nothing_from_anyone(sentence):
    # « prendre part à » (participate), « prendre effet, fin » (French locutions of « prendre » with a bare noun)
    # are no « prendre à X » (CAMEO 192, take from X)
    ext = extract(f"Titre\n{sentence}\n")
    assert not events_of(ext, "COERCE")


def test_charged_with_a_task_is_no_police_charge():
    ext = extract("Titre\nLa commission a entendu lundi plusieurs responsables chargés de la sécurité de Lorcy. "
                  "Il a été arrêté pour des violences sur une personne chargée d'une mission de service public.\n")
    assert not [e for e in events_of(ext, "ASSAULT") if e.trigger.text.startswith("charg")]
    ext = extract("Titre\nSamedi, les gendarmes ont chargé les manifestants devant la mairie de Lorcy.\n")
    assert any(e.trigger.text == "ont chargé" for e in events_of(ext, "ASSAULT"))
