"""Whom a judgement, a denial or a visit is addressed to when the clause names no actor (veille.nlp.events.judged).
Sentences written for the tests."""
import pytest

from test_events import events_of, extract, names, told_with

pytestmark = pytest.mark.slow


def test_words_condemned_are_their_speakers():
    ext = extract("Titre\nLe maire Paul Vernay a affirmé lundi que « le préfet ment ». La ministre Marie Dutilleul a "
                  "condamné ces déclarations.\n")
    condemned = next(e for e in events_of(ext, "ACCUSE") if "condamné" in e.trigger.text)
    assert names(ext, condemned.target) == {"Paul Vernay"}


def test_words_taken_up_after_a_speech_act_are_its_authors():
    # a speech act's author is a speaker even when no quotation tells the words: « ces propos » after « X a
    # qualifié Y de … » are X's, whether judged (« a condamné ces propos ») or outrageous (« ont suscité la colère »)
    ext = extract("Titre\nLe ministre Paul Vernay a qualifié les syndicats de Lorcy d'irresponsables. La députée "
                  "Marie Dutilleul a condamné ces propos.\n")
    condemned = next(e for e in events_of(ext, "ACCUSE") if "condamné" in e.trigger.text)
    assert names(ext, condemned.target) == {"Paul Vernay"}
    ext = extract("Titre\nLe maire Paul Vernay a accusé le préfet de mentir. Ces propos ont suscité la colère de la "
                  "ministre Marie Dutilleul.\n")
    anger = next(e for e in events_of(ext, "ACCUSE") if "colère" in e.trigger.text)
    assert names(ext, anger.source) == {"Marie Dutilleul"} and names(ext, anger.target) == {"Paul Vernay"}
    # the nearer speaker wins: a quotation told after the speech act
    ext = extract("Titre\nLe maire Paul Vernay a accusé le préfet de mentir. Le préfet Marc Tellier a répondu : « Le "
                  "maire invente ». La ministre Marie Dutilleul a condamné ces propos.\n")
    condemned = next(e for e in events_of(ext, "ACCUSE") if "condamné" in e.trigger.text)
    assert names(ext, condemned.target) == {"Marc Tellier"}


def test_a_report_denied_is_its_authors():
    ext = extract("Titre\nLe gouvernement roumain a démenti les informations du journal Le Soir.\n")
    denial = events_of(ext, "REJECT")[0]
    assert names(ext, denial.target) == {"Le Soir"}


def test_praising_an_act_supports_those_who_did_it():
    ext = extract("Titre\nLe Canada a salué l'accord conclu entre la Colombie et l'Équateur.\n")
    praise = events_of(ext, "SUPPORT")[0]
    assert names(ext, praise.target) == {"Colombie", "Équateur"}


def test_judging_this_act_judges_whoever_did_the_last_act():
    ext = extract("Titre\nLa Grèce a abattu un drone turc au-dessus de la mer Égée. Ankara a qualifié cet acte de "
                  "« provocation inacceptable ».\n")
    judged = next(e for e in events_of(ext, "ACCUSE") if "qualifié" in e.trigger.text)
    assert names(ext, judged.target) == {"Grèce"}


def test_going_to_another_state_is_a_visit_a_trip_home_is_not():
    ext = extract("Titre\nLe Premier ministre portugais s'est rendu mardi en Angola. Le président angolais s'est rendu "
                  "à Luanda. Les rebelles se sont rendus aux soldats.\n")
    visits = events_of(ext, "CONSULT")
    assert [names(ext, e.target) for e in visits] == [{"Angola"}]


def test_a_conditional_threat_is_aimed_at_whoever_must_not_act():
    ext = extract("Titre\nLe Venezuela a menacé de couper ses livraisons de pétrole si la Colombie ferme sa frontière.\n")
    threat = events_of(ext, "THREATEN")[0]
    assert names(ext, threat.target) == {"Colombie"}


def test_an_agentless_conviction_is_the_courts_the_article_names():
    ext = extract("Titre\nLe tribunal correctionnel de Lorcy a rendu son jugement mardi. Paul Vernay a été condamné "
                  "à deux ans de prison ferme.\n")
    conviction = events_of(ext, "SANCTION")
    assert conviction and names(ext, conviction[0].target) == {"Paul Vernay"}
    assert "tribunal" in " ".join(names(ext, conviction[0].source))


def test_an_agentless_charge_accuses_the_one_it_qualifies_by_no_one():
    ext = extract("Titre\nLa présidente de Lorcanie, Marie Dutilleul, accusée de corruption, a démissionné. Le "
                  "parquet de Lorcy n'a pas été saisi.\n")
    accuse = events_of(ext, "ACCUSE")
    assert len(accuse) == 1 and not accuse[0].source and names(ext, accuse[0].target) == {"Marie Dutilleul"}


def test_an_appeal_rejects_the_judgement_and_a_call_on_someone_is_no_appeal():
    ext = extract("Titre\nL'ancien ministre Paul Vernay, condamné mardi à deux ans de prison, va faire appel. Le "
                  "maire de Lorcy a fait appel à l'armée.\n")
    rejects = events_of(ext, "REJECT")
    assert len(rejects) == 1 and names(ext, rejects[0].source) == {"Paul Vernay"}


def test_a_measure_judged_targets_its_author():
    ext = extract("Titre\nLa ministre Marie Dutilleul a présenté une réforme des retraites. Les syndicats de Lorcy ont "
                  "manifesté contre la réforme. Le député Paul Vernay a dénoncé la loi du gouvernement de Lorcanie.\n")
    judged = next(e for e in events_of(ext, "ACCUSE") if "dénoncé" in e.trigger.text)
    assert names(ext, judged.target) == {"gouvernement de Lorcanie"}
    protest = events_of(ext, "PROTEST")[0]
    assert names(ext, protest.target) == {"Marie Dutilleul"}


def test_a_measure_criticised_by_no_one_named_keeps_no_source():
    ext = extract("Titre\nLe gouvernement de Lorcanie a adopté une mesure sur les retraites. Cette mesure a été "
                  "critiquée car elle coûte cher.\n")
    judged = next(e for e in events_of(ext, "ACCUSE") if "critiquée" in e.trigger.text)
    assert judged.source == [] and names(ext, judged.target) == {"gouvernement de Lorcanie"}


def first_accusation(text):
    """(source names, target names) of the first ACCUSE event of a one-line article, or None."""
    ext = extract("Titre\n" + text + "\n")
    judged = events_of(ext, "ACCUSE")
    return (names(ext, judged[0].source), names(ext, judged[0].target)) if judged else None


@pytest.mark.parametrize("text", [
    # CAMEO 111 in the passive with no agent (`charge_verbs`): criticised by no one named, like « accusé de »
    "Le maire Paul Vernay a démissionné. Il avait été vivement critiqué pour ses propos sur les réfugiés.",
    "Le ministre Paul Vernay, déjà très critiqué pour sa réforme, a démissionné.",
    # « on » (`indefinite_subjects`) is the active form of the agentless passive: « on lui reproche X »
    "Le ministre Paul Vernay a démissionné. On lui reproche notamment sa gestion du port de Lorcy.",
    "Le ministre Paul Vernay a démissionné. On l'accuse de fraude fiscale.",
    # the judicial locution « mettre en examen » (CAMEO 1121) is such a charge, even after a « garde à vue » told in
    # a clause before it (whose « garde » is no warning: « mettre en garde »)
    "Le maire Paul Vernay a été mis en examen mardi pour fraude fiscale.",
    "Après une longue garde à vue à Lorcy, le maire Paul Vernay a été mis en examen pour fraude fiscale.",
])
def test_a_person_criticised_or_charged_by_no_one_named_is_the_recipient(text):
    assert first_accusation(text) == (set(), {"Paul Vernay"})


@pytest.mark.parametrize("text", [
    "Le maire Paul Vernay a maintenu sa décision mardi malgré les protestations de la Belgique.",
    "Malgré les critiques de la Belgique, le maire Paul Vernay a signé le permis de construire.",
    "Le maire Paul Vernay devrait rester en poste, en dépit des critiques de la Belgique.",
])
def test_a_disapproval_conceded_is_addressed_to_who_acts_despite_it(text):
    # « malgré les critiques de X » (`concessive_preps`): X criticises whoever does the clause's act
    assert first_accusation(text) == ({"Belgique"}, {"Paul Vernay"})


@pytest.mark.parametrize("text", [
    "Condamné à dix ans de prison, le médecin Paul Vernay portera en appel la décision du tribunal de Lorcy.",
    "Le médecin Paul Vernay a interjeté appel du jugement du tribunal de Lorcy.",
    "Le médecin Paul Vernay a été condamné à trois ans de prison par le tribunal de Lorcy. Il va faire appel.",
])
def test_an_appeal_rejects_the_court_that_judged(text):
    ext = extract("Titre\n" + text + "\n")
    appeal = next(e for e in events_of(ext, "REJECT"))
    assert "Paul Vernay" in names(ext, appeal.source) and names(ext, appeal.target) == {"tribunal de Lorcy"}


def test_the_court_appealed_to_is_not_the_one_rejected():
    ext = extract("Titre\nLe médecin Paul Vernay conteste le verdict devant la cour d'appel de Lorcy. Il avait été condamné à "
                  "vingt ans de prison par le tribunal de Lorcanie.\n")
    appeal = next(e for e in events_of(ext, "REJECT") if "conteste" in e.trigger.text)
    assert names(ext, appeal.target) == {"tribunal de Lorcanie"}


def test_a_cassation_appeal_is_an_appeal():
    ext = extract("Titre\nLe médecin Paul Vernay s'est pourvu en cassation contre la décision du tribunal de Lorcy.\n")
    assert any(e.type == "REJECT" and "Paul Vernay" in names(ext, e.source) for e in ext.events)


def test_the_one_outraged_accuses_the_author_of_the_words_or_act():
    # « ces propos ont indigné X »: the speaker of the words taken up; « son geste a provoqué la colère de X »: the
    # actor of the act retold; « …, ce qui a provoqué la colère de X »: the actors of the clause before
    ext = extract("Titre\nLe maire Paul Vernay a déclaré lundi que « le préfet ment ». Ces propos ont indigné la "
                  "ministre Marie Dutilleul.\n")
    outraged = next(e for e in events_of(ext, "ACCUSE") if "indigné" in e.trigger.text)
    assert names(ext, outraged.source) == {"Marie Dutilleul"} and names(ext, outraged.target) == {"Paul Vernay"}
    ext = extract("Titre\nLe Premier ministre Paul Vernay a bousculé une députée au Parlement. Son geste a provoqué "
                  "la colère du chef de l'opposition Marc Lorcy.\n")
    anger = next(e for e in events_of(ext, "ACCUSE") if "colère" in e.trigger.text)
    assert names(ext, anger.source) == {"Marc Lorcy"} and names(ext, anger.target) == {"Paul Vernay"}


def test_the_one_outraged_in_the_pronominal_accuses_the_author():
    # « Y s'est indigné de X » is Y's own reproach: the pronominal turns « X a indigné Y » round
    ext = extract("Titre\nLe syndicat Force lorcanienne s'est indigné de la réforme du gouvernement de Lorcanie.\n")
    outraged = events_of(ext, "ACCUSE")
    assert [(names(ext, e.source), names(ext, e.target)) for e in outraged] == [
        ({"syndicat Force lorcanienne"}, {"gouvernement de Lorcanie"})]


def test_an_act_judged_is_blamed_on_its_author_not_on_whom_it_is_done_to():
    # « condamne l'arrestation de X »: X is the one arrested, not the one condemned (CAMEO 111)
    ext = extract("Titre\nL'ONG Lorcy Watch a condamné l'arrestation de l'opposant Paul Vernay par la police.\n")
    blame = events_of(ext, "ACCUSE")
    assert blame and all("Paul Vernay" not in names(ext, e.target) for e in blame)
    assert any(names(ext, e.target) == {"police"} for e in blame)
    ext = extract("Titre\nLe ministre Marc Lorcy dénonce la répression des étudiants.\n")
    assert all(not names(ext, e.target) for e in events_of(ext, "ACCUSE"))
    # a misdeed's « de » complement is its author (`wrongdoing_nouns`): « les exactions du régime » are its own
    ext = extract("Titre\nLe militant Paul Vernay dénonce les exactions du gouvernement de Lorcanie.\n")
    assert [names(ext, e.target) for e in events_of(ext, "ACCUSE")] == [{"gouvernement de Lorcanie"}]


def test_an_act_blamed_in_the_passive_is_not_blamed_on_its_victims():
    # « ces frappes sont critiquées par X »: the act retold is the thing judged; its victims named before are not
    # whom X blames
    ext = extract("Titre\nDes frappes de drones ont tué trois membres du Front de Lorcy. Ces frappes sont d'ailleurs "
                  "critiquées par l'ONG Lorcy Watch.\n")
    blame = [e for e in events_of(ext, "ACCUSE") if "critiquées" in e.trigger.text]
    assert blame and all("Front de Lorcy" not in names(ext, e.target) for e in blame)


def test_an_act_asked_of_its_agent_is_asked_of_them():
    # « demande un audit indépendant par X »: the one the act asked for is to be done by is the one asked
    ext = extract("Titre\nLe gouvernement de Lorcanie demande un audit indépendant par les autorités de "
                  "Tarvie.\n")
    assert [names(ext, e.target) for e in events_of(ext, "REQUEST")] == [{"autorités de Tarvie"}]


def test_railing_against_an_act_accuses_its_author():
    # « pester contre X » (CAMEO 110 DECRY); « de la part de X » names the author of the practice decried
    ext = extract("Titre\nLe syndicat Force lorcanienne a pesté contre la réforme.\n")
    assert [names(ext, e.source) for e in events_of(ext, "ACCUSE")] == [{"syndicat Force lorcanienne"}]
    ext = extract("Titre\nLa sénatrice Anne Roy a pesté contre ces méthodes de la part des enquêteurs.\n")
    assert [names(ext, e.target) for e in events_of(ext, "ACCUSE")] == [{"enquêteurs"}]


def test_words_that_also_outrage_are_the_words_blamed_before():
    # « ces paroles ont également indigné X »: « aussi » says X reacts as another did, to the words blamed before, not to
    # the last speaker's (who blamed them)
    ext = extract("Titre\nLe maire Paul Vernay a affirmé que les syndicats mentent. La députée Marie Dutilleul a "
                  "critiqué les paroles du maire : « C'est inacceptable ». Ces paroles ont également indigné le ministre "
                  "Marc Lorcy.\n")
    outraged = next(e for e in events_of(ext, "ACCUSE") if "indigné" in e.trigger.text)
    assert names(ext, outraged.source) == {"Marc Lorcy"} and names(ext, outraged.target) == {"Paul Vernay"}


def test_anger_with_no_provoking_verb_is_no_act():
    ext = extract("Titre\nLa colère des agriculteurs de Lorcanie ne faiblit pas.\n")
    assert not [e for e in events_of(ext, "ACCUSE") if "colère" in e.trigger.text]
    # a thing's « de » complement is no author: « la mort de X » does not make X the one accused
    ext = extract("Titre\nLa mort du militant Paul Vernay a suscité l'indignation de l'opposition.\n")
    assert not [e for e in events_of(ext, "ACCUSE") if "Paul Vernay" in names(ext, e.target)]


def test_a_reaction_to_the_clause_before_accuses_its_actor_and_retells_no_act():
    ext = extract("Titre\nLe gouvernement de Lorcanie a expulsé l'ambassadeur de Tarvie, ce qui a provoqué la colère "
                  "des autorités de Tarvie. Cette décision a aussi scandalisé le député Marc Lorcy.\n")
    reactions = [e for e in events_of(ext, "ACCUSE") if e.trigger.text in ("colère", "a aussi scandalisé")]
    assert [names(ext, e.target) for e in reactions] == [{"gouvernement de Lorcanie"}] * 2


def test_designating_someone_as_a_term_of_reproach_accuses_them():
    # « désigner X comme Y » is attributive like « considérer X comme Y » (CAMEO 111 CALL X A …); naming a
    # representative is no judgement
    ext = extract("Titre\nLe gouvernement de Lorcanie désigne comme « terroristes » les militants du Front de Lorcy.\n")
    accuse = events_of(ext, "ACCUSE")
    assert len(accuse) == 1 and names(ext, accuse[0].source) == {"gouvernement de Lorcanie"}
    assert not events_of(extract("Titre\nLe gouvernement de Lorcanie a désigné Paul Vernay comme son représentant.\n"),
                         "ACCUSE")


def test_a_clause_refused_in_the_passive_rejects_its_actor():
    # « …, ce qui a été refusé par Y »: « ce qui » takes up the clause before; Y rejects whoever did what it told
    ext = extract("Titre\nMarie Dutilleul a proposé une trêve, ce qui a été rejeté par le Parti lorcain.\n")
    refusal = next(e for e in events_of(ext, "REJECT") if "rejeté" in e.trigger.text)
    assert names(ext, refusal.source) == {"Parti lorcain"} and names(ext, refusal.target) == {"Marie Dutilleul"}


def test_a_measure_backed_in_the_passive_supports_its_author():
    ext = extract("Titre\nLe Premier ministre Paul Vernay a présenté une réforme du travail. La réforme était "
                  "soutenue par le Parti lorcain.\n")
    backed = next(e for e in events_of(ext, "SUPPORT") if "soutenue" in e.trigger.text)
    assert names(ext, backed.source) == {"Parti lorcain"} and names(ext, backed.target) == {"Paul Vernay"}


def test_the_one_arrested_after_an_attack_is_the_attacker():
    # « il a été arrêté » takes up the offender, never the one an act of force told before was done to
    ext = extract("Titre\nLe ministre Paul Vernay a été giflé mardi à Lorcy par un militant opposé à la réforme. Il "
                  "a été immédiatement arrêté par les forces de police.\n")
    arrest = next(e for e in events_of(ext, "COERCE") if "arrêté" in e.trigger.text)
    assert "Paul Vernay" not in names(ext, arrest.target) and names(ext, arrest.target) == {"militant"}
    # flour or a cream pie thrown at a person is an assault too (CAMEO THROW * ACID, 180): the same offender
    ext = extract("Titre\nLe ministre Paul Vernay a été enfariné mardi à Lorcy par un militant opposé à la réforme. "
                  "Il a été immédiatement arrêté par les forces de police.\n")
    assert any(names(ext, e.source) == {"militant"} for e in events_of(ext, "ASSAULT"))
    arrest = next(e for e in events_of(ext, "COERCE") if "arrêté" in e.trigger.text)
    assert names(ext, arrest.target) == {"militant"}


@pytest.mark.parametrize("text, typ", [
    ("La ministre Marie Dutilleul s'opposait au projet de réforme des retraites porté par Paul Vernay.",
     "REJECT"),
    ("Les syndicats de Lorcy ont finalement approuvé la nouvelle version de la loi sur les retraites présentée "
     "mardi dernier par Paul Vernay.", "SUPPORT"),
])
def test_a_text_is_its_maker_s_whom_a_participle_of_its_phrase_names(text, typ):
    # the parse hangs « porté par X » on any noun of the phrase (« réforme », « retraites »): still the text's maker
    ext = extract("Titre\n" + text + "\n")
    assert names(ext, events_of(ext, typ)[0].target) == {"Paul Vernay"}


def test_a_title_with_another_body_s_complement_is_someone_else():
    # « le président de la République » is not « Paul Vernay, président de la commission », named later
    ext = extract("Titre\nLa ministre Marie Dutilleul s'opposait au projet de réforme porté par le président de la "
                  "République. Elle sera remplacée par Paul Vernay, président de la commission des lois.\n")
    opposed = events_of(ext, "REJECT")[0]
    assert opposed.target and "Paul Vernay" not in names(ext, opposed.target)


@pytest.mark.parametrize("sentence, target", [
    ("La France a réaffirmé sa confiance à Marie Dutilleul.", "Marie Dutilleul"),        # CAMEO VOICE CONFIDENCE
    ("L'ONU maintient sa confiance à Paul Vernay.", "Paul Vernay"),
])
def test_confidence_voiced_in_an_actor_is_support(sentence, target):
    ext = extract("Lorcy\n" + sentence + "\n")
    support = events_of(ext, "SUPPORT")
    assert support and names(ext, support[0].target) == {target}


def test_a_condemned_attack_is_its_attackers_not_the_forces_that_answered():
    # the forces that answered the attack did the last act of force, but « l'attentat » retells the attack
    ext = extract("Lorcy, 3 mars 2016. Deux hommes armés ont attaqué mardi la mairie de Lorcy. Les gendarmes ont "
                  "riposté, abattant les assaillants. Le ministre Paul Vernay a condamné l'attentat.\n")
    blamed = [e for e in events_of(ext, "ACCUSE") if "condamné" in e.trigger.text]
    assert blamed and "gendarmes" not in names(ext, blamed[0].target)
    assert names(ext, blamed[0].target) & {"hommes armés", "Deux hommes armés", "assaillants"}


def test_the_author_of_a_conjunct_object_the_parse_hung_on_the_verb():
    ext = extract("Lorcy, 3 mars 2016. Le président Paul Vernay dénonce « la colère » et « l'hostilité » récemment "
                  "affichées par le gouvernement de la Lorcanie.\n")
    blamed = events_of(ext, "ACCUSE")
    assert blamed and names(ext, blamed[0].target) & {"Lorcanie", "gouvernement", "gouvernement de la Lorcanie"}


def test_the_attackers_among_the_dead_are_those_shot_and_the_police_are_not_the_attacks_target():
    # « cinq morts dont les quatre assaillants, abattus par … »: the participle describes those « dont » names
    ext = extract("Lorcanie : un attentat fait 5 morts\nLorcy, 3 mars 2016. Un attentat dans le nord de la Lorcanie a "
                  "fait, ce 2 mars, 5 morts dont les 4 assaillants, abattus par les forces de l'ordre.\n")
    shot = [e for e in events_of(ext, "ASSAULT") if "abattus" in e.trigger.text]
    assert shot and "assaillants" in " ".join(names(ext, shot[0].target))
    attack = [e for e in events_of(ext, "ASSAULT") if "attentat" in e.trigger.text]
    assert not attack or "forces de l'ordre" not in names(ext, attack[0].target)


def test_blaming_a_verdict_blames_the_court_that_handed_it_down():
    ext = extract("Titre\nLe tribunal de Lorcy a condamné Paul Vernay à deux ans de prison. Marie Dutilleul a "
                  "critiqué le jugement.\n")
    blame = told_with(ext, "ACCUSE", "critiqué")
    assert blame and names(ext, blame[0].target) == {"tribunal de Lorcy"}


@pytest.mark.parametrize("text, typ", [
    ("La ministre Marie Dutilleul regrette la décision de la Lorcanie.", "ACCUSE"),
    ("Le maire Paul Vernay regrette d'avoir insulté les juges.", "CONCEDE"),
    ("Le ministère lorcanien a dit regretter les pertes en vies humaines.", "CONCEDE"),
    ("« La grève va perturber la vie des habitants, je le regrette » , a déclaré Paul Vernay.", None),
])
def test_a_regret_is_typed_by_what_is_regretted(text, typ):
    # PLOVER: remorse for one's own act is CONCEDE (CAMEO 055), regretting another's act is disapproval (110)
    ext = extract("Titre\n" + text + "\n")
    regrets = [e for e in ext.events if "regrett" in e.trigger.text]
    assert [e.type for e in regrets] == ([typ] if typ else [])


def test_an_act_named_by_a_term_of_reproach_accuses_its_author():
    # CAMEO 111 « call X a … »: a speaker naming an act by a term of reproach accuses whoever did it — the act told
    # before (« un homme a ouvert le feu … il s'agit d'une attaque terroriste »), or the act's own actor
    ext = extract("Titre\nUn homme armé a ouvert le feu lundi sur des passants à Lorcy. Le procureur Paul Vernay a "
                  "confirmé qu'il s'agit d'une attaque terroriste.\n")
    named = next(e for e in events_of(ext, "ACCUSE") if "terroriste" in e.trigger.text)
    assert names(ext, named.source) == {"Paul Vernay"} and names(ext, named.target) == {"homme armé"}
    ext = extract("Titre\nL'armée de Lorcanie a bombardé mardi une base aérienne au Bélarus. La télévision d'État du "
                  "Bélarus a qualifié ce bombardement d'« agression ».\n")
    named = next(e for e in events_of(ext, "ACCUSE") if "agression" in e.trigger.text)
    assert "armée de Lorcanie" in names(ext, named.target)
    # the namer is the naming verb's subject when no quotation tells the words
    ext = extract("Titre\nUn homme a ouvert le feu sur des passants à Lorcy. Le maire Paul Vernay a parlé d'un acte "
                  "lâche.\n")
    named = next(e for e in events_of(ext, "ACCUSE") if "lâche" in e.trigger.text)
    assert names(ext, named.source) == {"Paul Vernay"} and names(ext, named.target) == {"homme"}
    # with no actor told, the act named is still the speaker's charge
    ext = extract("Titre\nUne explosion a eu lieu mardi soir à Lorcy. Pour la ministre Marie Dutilleul, il s'agit "
                  "d'une attaque « lâche et odieuse ».\n")
    assert any(names(ext, e.source) == {"Marie Dutilleul"} for e in events_of(ext, "ACCUSE"))


@pytest.mark.parametrize("text", [
    "Titre\nUne explosion a eu lieu mardi à Lorcy. Selon le maire Paul Vernay, il ne s'agit pas d'une attaque "
    "terroriste.\n",                                                            # denied
    "Titre\nUne explosion a eu lieu mardi à Lorcy. « S'il s'agissait d'une attaque terroriste, nous le saurions », "
    "a déclaré le maire Paul Vernay.\n",                                        # supposed
    "Titre\nSelon le maire Paul Vernay, l'attaque terroriste de 2015 avait fait dix morts à Lorcy.\n",   # not named
    "Titre\nLe maire Paul Vernay a longuement parlé de l'attaque terroriste de 2015 à Lorcy.\n",     # mentioned
])
def test_an_act_not_named_by_the_speaker_is_no_charge(text):
    ext = extract(text)
    assert not any(names(ext, e.source) == {"Paul Vernay"} for e in events_of(ext, "ACCUSE"))



@pytest.mark.parametrize("text, type_, word, target", [
    # « qualifier la décision de … »: the maker of the decision, named with it or when it was first told
    ("Titre\nLa décision de la juge Sophie Marlin est entrée en vigueur lundi à Lorcy. Mardi, le ministre Paul Vernay "
     "a qualifié cette décision de « honteuse ».\n", "ACCUSE", "honteuse", {"Sophie Marlin"}),
    # « les médias » is the press as a whole (as « la presse »): whom blaming them, or what they made, is aimed at
    ("Titre\nLe ministre Paul Vernay a vivement critiqué l'estimation publiée par les médias.\n", "ACCUSE",
     "critiqué", {"médias"}),
    ("Titre\nDevant les élus de Lorcy, la ministre Marie Dutilleul accuse les médias de mentir.\n", "ACCUSE",
     "accuse", {"médias"}),
    # « appelle à rejoindre X »: the movement joined (CAMEO JOIN * CAMPAIGN / RALLY)
    ("Titre\nÀ Lorcy, le syndicat des dockers appelle à rejoindre les Bonnets rouges samedi.\n", "REQUEST", "appelle",
     {"Bonnets rouges"}),
])
def test_the_owner_of_what_a_speech_act_is_about_is_its_recipient(text, type_, word, target):
    ext = extract(text)
    told = told_with(ext, type_, word)
    assert told and names(ext, told[0].target) == target


def test_a_call_to_join_a_place_is_aimed_at_no_place():
    told = told_with(ext := extract("Titre\nLe syndicat des dockers appelle à rejoindre Lorcy samedi.\n"), "REQUEST",
                     "appelle")
    assert not told or "Lorcy" not in names(ext, told[0].target)


def test_an_investigating_judge_hands_down_no_sentence():
    # « le juge d'instruction » investigates (`investigating_complements`); the court named where the sentence is
    # handed down hands it down
    ext = extract("Titre\nÀ la cour d'assises de Lorcy, Paul Vernay a été condamné à dix ans de prison. Son complice "
                  "sera présenté à un juge d'instruction.\n")
    conviction = events_of(ext, "SANCTION")
    assert conviction and names(ext, conviction[0].source) == {"cour d'assises de Lorcy"}
    assert names(ext, conviction[0].target) == {"Paul Vernay"}
