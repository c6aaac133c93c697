"""Whom a protest is aimed at (veille.nlp.events.protests): the employer of strikers, whom the purpose of the
protest names. Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names

pytestmark = pytest.mark.slow


def test_a_strike_by_a_workforce_is_aimed_at_its_employer():
    # CAMEO 143 « conduct strike »: « les chauffeurs de X » strike against X, the « de » complement of their noun
    ext = extract("Titre\nLes chauffeurs de la société Lorcatel sont entrés en grève lundi. La grève des employés de "
                  "la compagnie Air Lorcanie a commencé mardi.\n")
    targets = [names(ext, e.target) for e in events_of(ext, "PROTEST")]
    assert {"Lorcatel"} in targets and {"Air Lorcanie"} in targets


def test_a_strike_called_by_a_companys_unions_is_aimed_at_the_company():
    # CAMEO 143: « les syndicats de X » are X's staff's unions; not a union's own confederation
    ext = extract("Titre\nLes syndicats de la société Lorcatel ont lancé une grève illimitée lundi.\n")
    assert any(names(ext, e.target) == {"Lorcatel"} for e in events_of(ext, "PROTEST"))
    ext = extract("Titre\nLes syndicats de la CGT ont fait grève mardi.\n")
    assert all("CGT" not in names(ext, e.target) for e in events_of(ext, "PROTEST"))


def test_a_strike_by_activists_is_not_aimed_at_their_group():
    ext = extract("Titre\nLes militants du collectif Lorcy Debout ont fait grève lundi.\n")
    assert all(not e.target for e in events_of(ext, "PROTEST"))


def test_a_strike_voted_to_protest_is_aimed_at_whom_its_purpose_names():
    # « voter une grève … pour protester contre l'arrivée de X », the purpose hung by the parse on the vote count
    ext = extract("Titre\nLa rédaction du journal a voté mardi une grève de 24 heures à 80 voix pour et 12 contre "
                  "pour protester contre l'arrivée de Paul Vernay.\n")
    strike = [e for e in events_of(ext, "PROTEST") if not e.hypothetical]
    assert strike and names(ext, strike[0].source) == {"rédaction"} and names(ext, strike[0].target) == {"Paul Vernay"}


def test_a_purpose_told_outweighs_the_employer_inferred():
    # the employer (`employee_nouns`' « de » complement) is inferred; a purpose naming whom the strike opposes is told
    ext = extract("Titre\nLes salariés de la société Lorcatel ont fait grève mardi pour protester contre la venue de "
                  "Marie Dutilleul à Lorcy.\n")
    strike = [e for e in events_of(ext, "PROTEST") if not e.hypothetical]
    assert strike and names(ext, strike[0].target) == {"Marie Dutilleul"}


def test_a_protest_is_aimed_at_the_authority_who_answers_its_protesters():
    # « le ministre a adressé une lettre aux grévistes »: the protest was addressed to him (read from context)
    ext = extract("Titre\nDes centaines de cheminots ont manifesté mardi à Lorcy. Le ministre des Transports, Paul "
                  "Vernay, a adressé une lettre ouverte aux cheminots.\n")
    protest = events_of(ext, "PROTEST")
    assert protest and names(ext, protest[0].target) == {"Paul Vernay"} and protest[0].target_from == "context"
    ext = extract("Titre\nDes centaines de cheminots ont manifesté mardi à Lorcy. Le chanteur Paul Vernay a chanté "
                  "pour les cheminots.\n")
    assert all(not e.target for e in events_of(ext, "PROTEST"))


def test_a_movement_s_later_protest_is_aimed_where_its_first_was():
    # PLOVER's recipient of a protest is whom it is against: a later day of the same movement, told with no one named,
    # keeps it; a site the protesters blocked does not carry over
    ext = extract("Titre\nLes syndicats ont défilé lundi à Lorcy contre la réforme du gouvernement lorcanien. "
                  "Le collectif Lorcy Debout donne rendez-vous jeudi pour une nouvelle manifestation.\n")
    later = [e for e in events_of(ext, "PROTEST") if "syndicats" not in names(ext, e.source)]
    assert later and all(any("gouvernement" in n for n in names(ext, e.target)) for e in later)
    ext = extract("Titre\nDes agriculteurs ont bloqué la raffinerie de Lorcy lundi. "
                  "Le collectif Lorcy Debout donne rendez-vous jeudi pour une nouvelle manifestation.\n")
    assert all("raffinerie" not in " ".join(names(ext, e.target)) for e in events_of(ext, "PROTEST")
               if "agriculteurs" not in names(ext, e.source))


def test_a_protest_against_an_agreement_is_aimed_at_its_parties():
    # « protester contre l'entente conclue entre X et Y »: the author of what is protested, both sides of it
    ext = extract("Titre\nDes milliers de chauffeurs de taxi protestent contre l'entente conclue entre le "
                  "gouvernement et la société Lorcatel.\n")
    protest = events_of(ext, "PROTEST")
    assert protest and names(ext, protest[0].target) == {"gouvernement", "Lorcatel"}


def test_civilians_sealing_off_a_building_blockade_it():
    # PLOVER MOBILIZE is armed or police forces': residents who seal off the town hall blockade it (CAMEO 144)
    ext = extract("Titre\nLes habitants de Lorcy ont bouclé la mairie de Lorcy mardi.\n")
    assert [e.mode for e in events_of(ext, "PROTEST")] == ["obstruct"] and not events_of(ext, "MOBILIZE")
    ext = extract("Titre\nLa police a bouclé la mairie de Lorcy mardi.\n")
    assert events_of(ext, "MOBILIZE") and not events_of(ext, "PROTEST")


def test_a_named_person_walking_in_a_show_is_no_demonstration():
    # PLOVER PROTEST is a collective act: one named person parading, with no protesters told, is a show
    ext = extract("Titre\nLa chanteuse Marie Dutilleul a défilé sur le podium du gala de Lorcy.\n")
    assert not events_of(ext, "PROTEST")
    ext = extract("Titre\nPaul Vernay a défilé avec les manifestants samedi à Lorcy contre la réforme.\n")
    assert names(ext, events_of(ext, "PROTEST")[0].source) == {"Paul Vernay"}
    ext = extract("Titre\nLes agriculteurs de Castelnoir ont manifesté vendredi devant la préfecture.\n")
    assert events_of(ext, "PROTEST")


def test_a_movement_named_by_a_capitalised_emblem_is_a_protesting_group():
    # « les Gilets jaunes », « les Bonnets rouges »: a capitalised garment and its colour mid-sentence name the group
    # wearing it (French typography), a civilian movement; their blockade is a protest (CAMEO 144), not coercion
    ext = extract("Titre\nSamedi, une trentaine de Foulards verts ont bloqué le rond-point de Lorcy. Les gendarmes "
                  "ont expulsé les Foulards verts du rond-point.\n")
    assert [names(ext, e.source) for e in events_of(ext, "PROTEST")] == [{"Foulards verts"}]
    assert [names(ext, e.target) for e in events_of(ext, "COERCE")] == [{"Foulards verts"}]
    # a peacekeepers' locution keeps its own sector (« les Casques bleus », PLOVER MIL)
    ext = extract("Titre\nMardi, les Casques bleus ont attaqué les rebelles près de Lorcy.\n")
    assert [names(ext, e.source) for e in events_of(ext, "ASSAULT")] == [{"Casques bleus"}]
    assert next(e for e in ext.entities if e.name == "Casques bleus").sector == "MIL"


def test_a_day_named_after_protesters_is_their_protest_and_quotes_name_the_movement():
    # « la journée des « foulards verts » »: between quotes the lower-case words name the movement, and a day named
    # after protesters is their day of protest (CAMEO 141); a day named after anything else is a date
    ext = extract("Titre\nCette journée des « foulards verts » du samedi 3 mars est la dixième journée du mouvement. "
                  "À Lorcy, une centaine de Foulards verts ont bloqué le péage.\n")
    assert any(m.trigger.text == "journée" for e in events_of(ext, "PROTEST") for m in e.mentions)
    assert all(names(ext, e.source) == {"foulards verts"} for e in events_of(ext, "PROTEST"))
    ext = extract("Titre\nLa journée de dimanche a été calme à Lorcy, selon le maire Paul Vernay.\n")
    assert not events_of(ext, "PROTEST")


def test_a_barrage_made_of_protesters_is_theirs():
    # a bare « de » and a plural noun say what the barrage is made of: its authors, not what it blocks
    ext = extract("Titre\nMardi, un camion a forcé un barrage de Foulards verts près de Lorcy.\n")
    assert [names(ext, e.source) for e in events_of(ext, "PROTEST")] == [{"Foulards verts"}]


def test_a_street_blocked_by_the_police_stops_the_protesters_not_the_street():
    ext = extract("Lorcy, 3 mars 2016. Samedi, un millier de manifestants ont défilé sans pouvoir passer dans la "
                  "Grand-rue de Lorcy, bloquée par un cordon de police.\n")
    blocked = [e for e in events_of(ext, "COERCE") if "bloquée" in e.trigger.text]
    assert blocked and "manifestants" in " ".join(names(ext, blocked[0].target))


def test_an_anti_prefix_right_after_the_protest_noun_names_whom_it_opposes():
    # the parse may hang « anti-X » on the verb as a second subject: word order says it qualifies the noun
    ext = extract("Lorcy\nPaul Vernay est arrivé à Lorcy mardi. Vers 14 h, des manifestations anti-Vernay ont aussi eu "
                  "lieu dans la capitale, réunissant des milliers de manifestants.\n")
    protest = events_of(ext, "PROTEST")
    assert protest and "Paul Vernay" in names(ext, protest[0].target)


def test_a_group_named_after_its_emblem_is_protesters():
    # « trois groupes de Gilets jaunes »: the members' name, read by the tagger as a proper name, gives the
    # collective's sector (civilians), so their occupation is a protest, no armed seizure
    ext = extract("Titre de l'article\nVers midi, trois groupes de Gilets jaunes occupent la place de la mairie de "
                  "Lorcy.\n")
    assert events_of(ext, "PROTEST") and not events_of(ext, "COERCE")


def test_a_mobilisation_by_parties_and_associations_is_a_protest():
    # PLOVER MOBILIZE is military or police moves; « mobilizing supporters to demonstrate » is PROTEST, whoever the
    # civilians (a party, an association); a government's mobilisation of police stays MOBILIZE
    ext = extract("Titre de l'article\nDivers syndicats et organisations politiques mobilisaient aujourd'hui contre "
                  "les nouvelles ordonnances du gouvernement de Lorcanie.\n")
    assert events_of(ext, "PROTEST") and not events_of(ext, "MOBILIZE")
    ext = extract("Titre de l'article\nLe gouvernement de Lorcanie a mobilisé 500 policiers mardi.\n")
    assert events_of(ext, "MOBILIZE")


def test_one_protester_is_no_demonstration():
    # a protest is a crowd's act: one protester's mishap tells none; protesters in the plural still do
    ext = extract("Titre de l'article\nMardi à Lorcy, un manifestant a eu la main blessée par une grenade.\n")
    assert not events_of(ext, "PROTEST")
    ext = extract("Titre de l'article\nMardi à Lorcy, des milliers de manifestants ont bloqué la mairie.\n")
    assert events_of(ext, "PROTEST")


def test_a_place_protesters_occupy_or_block_is_no_recipient():
    # PLOVER codes whom a protest is against: the square occupied or the port blocked is where, and the clause
    # having told what was done, no recipient is looked for elsewhere
    ext = extract("Titre de l'article\nVers midi, deux cents manifestants occupent la place de la Bastille à Paris.\n")
    protests = events_of(ext, "PROTEST")
    assert protests and not protests[0].target
    ext = extract("Titre de l'article\nMardi, des centaines de manifestants ont bloqué le port de Saint-Malo.\n")
    protests = events_of(ext, "PROTEST")
    assert protests and not protests[0].target


@pytest.mark.parametrize("sentence", [
    "Samedi, deux cents manifestants occupent la place de la Bastille à Paris.",
    "Lundi, les agriculteurs ont bloqué le port de Saint-Malo pendant trois heures.",
    # a town the clause does not name is no recipient the context gives either
    "Vers 10h, des Gilets jaunes se sont rassemblés devant la mairie de Saint-Malo. Vers 11h, une trentaine de "
    "Gilets jaunes ont filtré l'entrée de Saint-Malo.",
])
def test_the_place_of_a_protest_is_where_not_whom(sentence):
    ext = extract(f"Titre\n{sentence}\n")
    protests = events_of(ext, "PROTEST")
    assert protests and not any(n in names(ext, p.target) for p in protests
                                for n in ("place de la Bastille", "Paris", "Saint-Malo"))


def test_a_protest_nouns_de_complement_names_its_marchers():
    # « le cortège des cheminots », « des cortèges de protestataires »: a protest noun of the lexicon (CAMEO 141)
    # takes its marchers as its « de » complement (a subjective genitive, as « la manifestation de X »)
    ext = extract("Titre\nSamedi, le cortège des cheminots est arrivé place de la République à Lorcy.\n")
    protest = events_of(ext, "PROTEST")
    assert protest and names(ext, protest[0].source) == {"cheminots"} and not protest[0].target
    ext = extract("Titre\nSamedi, des cortèges de milliers de protestataires ont traversé Lorcy.\n")
    protest = events_of(ext, "PROTEST")
    assert protest and names(ext, protest[0].source) == {"protestataires"}


def test_the_steps_of_a_building_are_no_march():
    # « les marches de l'Opéra »: a building named by the « de » complement marches nowhere
    ext = extract("Titre\nSamedi, des touristes se sont assis sur les marches de l'Opéra Garnier à Paris.\n")
    assert not events_of(ext, "PROTEST")


def test_forces_raised_for_a_purpose_are_directed_at_whom_it_names():
    # complément circonstanciel de but: the purpose clause's object is the mobilisation's recipient
    ext = extract("Titre\nDeux cents gendarmes ont été mobilisés pour retrouver le fugitif Paul Vernay.\n")
    raised = events_of(ext, "MOBILIZE")
    assert len(raised) == 1 and names(ext, raised[0].target) == {"Paul Vernay"}


def test_protesters_massing_or_converging_rally():
    # CAMEO 141 « demonstrate or rally »: a crowd of protesters gathering or moving together, as « se rassembler »
    ext = extract("Titre\nSamedi, une soixantaine de manifestants se sont massés devant la préfecture de Lorcy. Les "
                  "Gilets jaunes ont convergé vers la place Vernay.\n")
    rallies = events_of(ext, "PROTEST")
    assert any("massés" in m.trigger.text for e in rallies for m in e.mentions)
    assert any(e.trigger.text == "ont convergé" and names(ext, e.source) == {"Gilets jaunes"} for e in rallies)
    # tourists massing are no rally; troops massed stay a mobilisation
    ext = extract("Titre\nSamedi, des touristes se sont massés devant le musée de Lorcy.\n")
    assert not events_of(ext, "PROTEST")
    ext = extract("Titre\nLa Russie a massé des troupes à la frontière.\n")
    assert not events_of(ext, "PROTEST")


def test_a_protest_noun_with_no_actor_is_the_emblem_movements_told_near():
    # the movement is named by its emblem (read by the tagger as a name), no lexicon noun of protesters is near:
    # « un cortège » told with no actor is still that movement's
    ext = extract("Titre de l'article\nDans la matinée, les Gilets jaunes se sont retrouvés sur le parking du "
                  "supermarché de Lorcy. En début d'après-midi, un cortège a traversé le centre-ville.\n")
    march = [e for e in events_of(ext, "PROTEST") if e.trigger.text == "cortège"]
    assert march and names(ext, march[0].source) == {"Gilets jaunes"}


@pytest.mark.parametrize("sentence, site", [
    ("Mardi, les Gilets jaunes ont bloqué le dépôt pétrolier de Lorcy.", "dépôt pétrolier"),
    ("Dimanche, une centaine de manifestants se sont massés devant l'entrée de la raffinerie de Lorcy.",
     "raffinerie"),
    ("Le centre commercial de Lorcy a été bloqué par une cinquantaine de Gilets jaunes.", "centre commercial"),
])
def test_a_protest_held_at_premises_is_aimed_at_them(sentence, site):
    # PLOVER PROTEST, collective action against the recipient: premises blocked, occupied or gathered before
    ext = extract(f"Titre\n{sentence}\n")
    protests = events_of(ext, "PROTEST")
    assert protests and names(ext, protests[0].target) == {site}


def test_a_road_or_a_square_a_protest_is_held_on_is_only_where():
    ext = extract("Titre\nMardi, les Gilets jaunes ont bloqué l'autoroute A7 et le rond-point de Lorcy. Les "
                  "manifestants occupent la place Vernay.\n")
    protests = events_of(ext, "PROTEST")
    assert protests and not any(p.target for p in protests)


def test_a_site_blocked_is_a_protest_by_anyone_but_the_state_and_a_website_blocked_is_censorship():
    # « bloquer » by its object (noun class blockaded): a site blocked is CAMEO 144 (PROTEST obstruct), by the state
    # or its forces CAMEO 191 (COERCE restrict); a website or a network blocked stays censorship (CAMEO 1721)
    ext = extract("Titre\nLe garage Vernay est bloqué par des routiers depuis lundi.\n")
    assert [e.type for e in ext.events if "bloqué" in e.trigger.text] == ["PROTEST"]
    ext = extract("Titre\nDans la matinée, la gendarmerie a bloqué l'autoroute près de Lorcy. Le gouvernement lorcanien a "
                  "bloqué le réseau social Chirp.\n")
    assert sorted(e.type for e in ext.events if "bloqué" in e.trigger.text) == ["COERCE", "COERCE"]
    # « rebloquer » blocks again (the iterative re-), its object clitic in the verb group before its subject's name
    ext = extract("Titre\nLe dépôt de Vernay avait été libéré lundi, mais des Foulards verts l'ont aussitôt "
                  "rebloqué.\n")
    again = [e for e in events_of(ext, "PROTEST") if "rebloqué" in e.trigger.text]
    assert again and names(ext, again[0].source) == {"Foulards verts"}


def test_a_blockade_lifted_by_the_police_is_coercion_of_the_blockers():
    # PLOVER COERCE (police pushing back protesters, CAMEO 17): done to the protesters named nearest
    ext = extract("Titre\nDepuis lundi, des Foulards verts occupent le péage de Lorcy. Mardi matin, l'entrepôt de "
                  "Vernay a été débloqué par les gendarmes.\n")
    lifted = [e for e in events_of(ext, "COERCE") if "débloqué" in e.trigger.text]
    assert lifted and names(ext, lifted[0].source) == {"gendarmes"}
    assert names(ext, lifted[0].target) == {"Foulards verts"}
    # funds released stay aid, a situation unblocked is no event
    ext = extract("Titre\nLe gouvernement a débloqué deux millions d'euros pour les sinistrés. Le médiateur a "
                  "débloqué la situation à Lorcy.\n")
    assert not events_of(ext, "COERCE")


def test_the_police_intervening_move_against_the_protesters():
    # CAMEO 15, PLOVER MOBILIZE police: the police intervening with no one named act against the protesters named
    # nearest; firemen intervening are a rescue, no force (armed_actor), and a minister's intervention a speech
    ext = extract("Titre\nMardi, des manifestants occupaient la gare de Vernay. Les gendarmes sont intervenus vers "
                  "midi. Les sapeurs-pompiers sont intervenus dans la soirée pour un feu de poubelles.\n")
    moved = events_of(ext, "MOBILIZE")
    assert len(moved) == 1 and names(ext, moved[0].source) == {"gendarmes"}
    assert names(ext, moved[0].target) == {"manifestants"}
    ext = extract("Titre\nLe ministre de l'Intérieur est intervenu mardi au Sénat lors du débat sur le budget.\n")
    assert not events_of(ext, "MOBILIZE")


def test_an_intervention_of_forces_named_by_its_noun_or_in_support():
    # the noun « intervention » is one only with a force as its « de » complement (de_class armed); forces
    # intervening « en soutien » of a side aid it (CAMEO 074, PLOVER AID military); forces that intervened and then
    # fought are coded by the fight (PLOVER: a MOBILIZE in the context of an ASSAULT is not coded on its own)
    ext = extract("Titre\nUne intervention des policiers était en cours jeudi près du port de Lorcy.\n")
    assert any(names(ext, e.source) == {"policiers"} for e in events_of(ext, "MOBILIZE"))
    cases = [("L'intervention du député a duré dix minutes.", None),
             ("Depuis un mois, l'aviation lorcane intervient en soutien des troupes du régime.", "AID"),
             ("Des casseurs ont pillé une boutique de Vernay. Les gendarmes sont intervenus et ont interpellé deux "
              "casseurs.", "COERCE")]
    for text, told in cases:
        ext = extract(f"Titre\n{text}\n")
        assert not events_of(ext, "MOBILIZE") and (told is None or events_of(ext, told)), text


def test_forces_arriving_somewhere_are_moved_there():
    # PLOVER MOBILIZE (all military or police moves): a state's forces arriving; travellers, an official or an
    # armed group's men arriving are no move of forces, and forces that arrive and then act are coded by their act
    ext = extract("Titre\nÀ l'aube, des gendarmes mobiles sont arrivés sur la place du marché de Vernay.\n")
    assert any("gendarm" in " ".join(names(ext, e.source)) for e in events_of(ext, "MOBILIZE"))
    for text in ("Les réfugiés lorcaniens sont arrivés à Vernay dans la nuit.",
                 "Le ministre lorcanien de l'Intérieur est arrivé à Vernay lundi.",
                 "Les rebelles sont arrivés à Vernay avant l'aube.",
                 "Les policiers municipaux sont arrivés à Lorcy puis ont arrêté trois pillards."):
        assert not events_of(extract(f"Titre\n{text}\n"), "MOBILIZE"), text


def test_people_stopped_are_coerced_and_an_offensive_stopped_is_a_retreat():
    # « stopper » people (an actor as object or passive subject) restricts their movement (PLOVER COERCE restrict);
    # halting an act keeps its reading by what it halts
    ext = extract("Titre\nDes centaines de Foulards verts ont marché vers le péage. Ils ont été stoppés à l'entrée "
                  "de Vernay.\n")
    stopped = [e for e in events_of(ext, "COERCE") if "stoppés" in e.trigger.text]
    assert stopped and names(ext, stopped[0].target) == {"Foulards verts"}
    ext = extract("Titre\nLe camion a été stoppé au péage de Lorcy.\n")
    assert not events_of(ext, "COERCE")


def test_civilians_voting_to_keep_their_blockade_protest():
    # a phase noun (« la reconduction de », « la prolongation de ») stands for the act it continues; a civilians'
    # « blocage » is their blockade (CAMEO 144), no veto (CAMEO 120)
    ext = extract("Titre\nMercredi, les lycéens de Vernay ont voté la reconduction du blocage jusqu'à vendredi.\n")
    protests = events_of(ext, "PROTEST")
    assert protests and "lycéens" in " ".join(names(ext, protests[0].source))


@pytest.mark.parametrize("text, sides", [
    # « des heurts avec des gendarmes mobiles » (CAMEO CLASH, 190): a two-sided fight, the protesters told near its other side
    ("Dimanche, une foule a marché dans Lorcy à l'appel des manifestants. Le soir, après de violents heurts avec des "
     "gendarmes mobiles, onze jeunes ont été interpellés.", {"manifestants", "gendarmes mobiles"}),
    # with no protesters told, a fight of one side is none
    ("Dimanche soir, après de violents heurts avec des gendarmes mobiles, onze jeunes ont été interpellés à Lorcy.",
     set()),
])
def test_a_clash_with_the_police_is_fought_by_the_protesters_near(text, sides):
    ext = extract(f"Titre\n{text}\n")
    clashes = [e for e in events_of(ext, "ASSAULT") if "heurts" in e.trigger.text]
    assert {n for e in clashes for n in names(ext, e.source) | names(ext, e.target)} == sides
