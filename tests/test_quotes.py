"""veille_quotes through the whole pipeline: quote styles, cues, pre- and post-posed speakers, pronouns, « selon X »
as speaker and as relay. Small French texts written for the tests (people and events are invented)."""
from __future__ import annotations

import functools

import pytest

from veille.ingest.readers import article_from_text

pytestmark = pytest.mark.slow


@functools.lru_cache(maxsize=None)
def extract(text: str):
    from veille.process import process

    return process(article_from_text(text))


def quote_with(ext, fragment: str):
    """The one quote whose text holds `fragment`."""
    found = [q for q in ext.quotes if fragment in q.text]
    assert len(found) == 1, [(q.text, q.kind) for q in ext.quotes]
    return found[0]


def speaker_name(ext, quote):
    ent = ext.entity(quote.speaker)
    return ent.name if ent else None


def via_names(ext, quote):
    return [ext.entity(v).name for v in quote.via]


def assert_offsets(ext):
    text = ext.article.text
    for q in ext.quotes:
        assert text[q.start:q.end] == q.text
        for span in (q.cue, q.speaker_mention):
            if span is not None:
                assert text[span.start:span.end] == span.text


SANTE = """La ministre de la Santé annonce un plan pour les hôpitaux
La ministre de la Santé, Camille Roussel, a présenté mercredi un plan de soutien aux hôpitaux publics. « Nous allons recruter dix mille infirmiers d'ici deux ans », a-t-elle déclaré devant les députés.
Le député Marc Lenoir a répondu : “Ces promesses ne suffiront pas à rouvrir les services fermés.”
Le syndicat des médecins urgentistes juge le plan "trop tardif et mal financé", selon son président, Paul Girard.
« Les urgences ne peuvent plus attendre », a ajouté Paul Girard.
"""


def test_french_guillemets_with_post_posed_pronoun_incise():
    ext = extract(SANTE)
    q = quote_with(ext, "recruter dix mille infirmiers")
    assert q.text == "Nous allons recruter dix mille infirmiers d'ici deux ans"   # without the marks
    assert q.kind == "direct"
    assert speaker_name(ext, q) == "Camille Roussel"
    assert q.cue is not None and "déclaré" in q.cue.text
    assert_offsets(ext)


def test_english_curly_quotes_with_pre_posed_speaker():
    ext = extract(SANTE)
    q = quote_with(ext, "Ces promesses ne suffiront pas")
    assert q.kind == "direct"
    assert speaker_name(ext, q) == "Marc Lenoir"
    assert q.cue is not None and "répondu" in q.cue.text


def test_straight_quotes_fragment_is_mixed():
    ext = extract(SANTE)
    q = quote_with(ext, "trop tardif et mal financé")
    assert q.text == "trop tardif et mal financé"
    assert q.kind == "mixed"


def test_post_posed_named_speaker():
    ext = extract(SANTE)
    q = quote_with(ext, "Les urgences ne peuvent plus attendre")
    assert speaker_name(ext, q) == "Paul Girard"
    assert q.cue is not None and "ajouté" in q.cue.text


RETRAITES = """Le gouvernement défend sa réforme des retraites
Le ministre du Travail, Julien Mercier, a défendu mardi la réforme devant le Sénat.
« Cette réforme est juste et nécessaire pour sauver notre système », a-t-il ajouté à la sortie de l'hémicycle.
Il a estimé que les syndicats finiraient par accepter le compromis.
"""


def test_a_t_il_ajoute_and_pronoun_indirect_speaker():
    ext = extract(RETRAITES)
    direct = quote_with(ext, "Cette réforme est juste")
    assert direct.kind == "direct" and speaker_name(ext, direct) == "Julien Mercier"
    assert direct.cue is not None and direct.cue.text.startswith("a-t-il ajouté")
    indirect = quote_with(ext, "les syndicats finiraient par accepter")
    assert indirect.kind == "indirect"
    assert indirect.text == "les syndicats finiraient par accepter le compromis"
    assert speaker_name(ext, indirect) == "Julien Mercier"
    assert indirect.speaker_mention is not None and indirect.speaker_mention.text == "Il"
    assert_offsets(ext)


DIGUE = """Digue de La Faute-sur-Mer : l'État promet des fonds
Le maire de la commune, Pierre Duval, a rencontré vendredi la préfète de Vendée, Sylvie Marchand. Elle a affirmé que l'État financerait la moitié des travaux de la digue.
Le maire s'est dit soulagé. « C'est une bonne nouvelle pour les habitants », a-t-il déclaré.
"""


def test_feminine_pronoun_skips_the_man_named_before():
    ext = extract(DIGUE)
    q = quote_with(ext, "l'État financerait la moitié")
    assert speaker_name(ext, q) == "Sylvie Marchand"


def test_masculine_pronoun_does_not_take_a_woman():
    ext = extract(DIGUE)
    q = quote_with(ext, "une bonne nouvelle pour les habitants")
    assert speaker_name(ext, q) == "Pierre Duval"


GENEVE = """Les négociations commerciales reprennent à Genève
Les discussions entre les deux délégations reprendront la semaine prochaine à Genève, selon l'agence Reuters.
Le négociateur en chef, Hugo Lambert, a affirmé, selon des propos rapportés par l'agence Reuters : « Nous sommes proches d'un accord sur l'acier. »
D'après le quotidien Le Temps, les droits de douane sur l'aluminium restent le principal point de blocage.
"""


def test_selon_x_alone_is_the_speaker():
    ext = extract(GENEVE)
    q = quote_with(ext, "reprendront la semaine prochaine")
    assert q.kind == "indirect"
    assert speaker_name(ext, q) == "Reuters"
    assert q.via == []


def test_d_apres_x_is_the_speaker():
    ext = extract(GENEVE)
    q = quote_with(ext, "droits de douane sur l'aluminium")
    assert speaker_name(ext, q) == "Le Temps"


def test_selon_x_is_via_when_the_words_have_their_own_speaker():
    ext = extract(GENEVE)
    q = quote_with(ext, "proches d'un accord sur l'acier")
    assert speaker_name(ext, q) == "Hugo Lambert"
    assert via_names(ext, q) == ["Reuters"]
    assert_offsets(ext)


BUDGET = """Le Premier ministre s'explique sur le budget
Le Premier ministre, Louis Garnier, a détaillé jeudi ses choix budgétaires dans un long entretien.
« Nous devons réduire le déficit sans casser la croissance. Les dépenses de l'État baisseront de deux pour cent.
« Les collectivités locales seront associées à cet effort », a-t-il poursuivi.
"""


def test_quote_continued_over_a_paragraph_that_opens_without_closing():
    ext = extract(BUDGET)
    q = quote_with(ext, "réduire le déficit")
    assert "Les collectivités locales seront associées" in q.text
    assert speaker_name(ext, q) == "Louis Garnier"
    assert_offsets(ext)


def test_nested_quote_stays_inside_its_quotation():
    text = ("Procès en appel à Lyon\n"
            "L'avocat de la défense, Maître Jacques Perrin, a plaidé l'acquittement. « Mon client m'a dit : "
            "“Je n'étais pas là ce soir-là.” Je le crois », a-t-il affirmé.\n")
    ext = extract(text)
    q = quote_with(ext, "Mon client m'a dit")
    assert q.text.endswith("Je le crois")
    assert speaker_name(ext, q) == "Jacques Perrin"


def test_a_text_without_speech_has_no_quotes():
    text = ("Le marché de Noël ouvre ses portes\n"
            "Le marché de Noël de Strasbourg a ouvert vendredi avec trois cents chalets sur la place Kléber.\n"
            "Les visiteurs pourront y flâner jusqu'au 24 décembre.\n")
    assert extract(text).quotes == []


@pytest.mark.parametrize("line", [
    # « que » inside a conjunct the reported clause leaves to the main clause (« et entendait signaler que … »)
    "La maire de Vernay, Odile Carrec, a expliqué mardi que l'adjoint avait commis « une erreur de calcul » et "
    "entendait signaler que les travaux « reprendront en mars » seulement.",
    # the same shape in a garbled line
    "Le ministre nous apprend que \" B a et aéaee,an que ace\"",
])
def test_a_que_inside_a_dropped_conjunct_never_makes_a_reversed_clause(line):
    ext = extract("Conseil municipal à Vernay\n\nLa maire a présenté mardi le budget de la commune.\n" + line + "\n")
    assert ext.quotes  # the article keeps its quotations instead of failing
    assert all(q.start < q.end for q in ext.quotes)
    assert_offsets(ext)


def test_a_record_with_invalid_offsets_is_dropped_not_the_article(monkeypatch, caplog):
    from veille.nlp import quote_cues
    from veille.nlp.quote_context import FoundQuote

    def reversed_claim(self, found):
        return [FoundQuote(40, 30, "indirect", speaker="e1")]

    monkeypatch.setattr(quote_cues.CueFinder, "selon_clauses", reversed_claim)
    text = ("Fête du pain à Ambreuil\n"
            "« Le four tourne depuis cinq heures du matin », a raconté la boulangère Léa Morand.\n")
    from veille.process import process
    with caplog.at_level("WARNING", logger="veille.nlp.quotes"):
        ext = process(article_from_text(text))
    assert [q.text for q in ext.quotes] == ["Le four tourne depuis cinq heures du matin"]
    assert "invalid offsets 40-30" in caplog.text


RELAIS = """La grève des bus se prolonge à Vernay
D'après des propos rapportés par l'agence de presse régionale, le maire Paul Marin a déclaré : « Nous tiendrons bon. » Selon ce que Anne Sorel a confié à Radio Vernay, « la grève durera encore une semaine ».
Le quotidien Le Courrier de Vernay a publié mardi un long entretien avec les grévistes. Le journal estime que « la ville n'a jamais connu un tel blocage ».
"""


def test_words_given_to_an_outlet_in_a_source_phrase():
    ext = extract(RELAIS)
    q = quote_with(ext, "la grève durera")
    assert speaker_name(ext, q) == "Anne Sorel"
    assert via_names(ext, q) == ["Radio Vernay"]


def test_a_relay_described_without_a_name_is_the_via():
    ext = extract(RELAIS)
    q = quote_with(ext, "Nous tiendrons bon")
    assert speaker_name(ext, q) == "Paul Marin"
    assert via_names(ext, q) == ["l'agence de presse régionale"]
    assert_offsets(ext)


def test_the_journal_is_the_outlet_named_last():
    ext = extract(RELAIS)
    q = quote_with(ext, "jamais connu un tel blocage")
    assert speaker_name(ext, q) in ("Courrier de Vernay", "Le Courrier de Vernay")


MAIRIE = """Manifestation devant la mairie de Vernay
Paul Marin, en visite à Lorcy, dans le Jura, ce lundi, a dénoncé « une provocation inutile ».
Une cinquantaine de riverains scandant « Pas de parking ici » l'attendaient devant la mairie.
« Je les recevrai jeudi », a-t-il promis.
Il a été annoncé par la préfecture que la rue serait rouverte vendredi.
"""


def test_a_place_between_name_and_verb_is_not_the_speaker():
    ext = extract(MAIRIE)
    assert speaker_name(ext, quote_with(ext, "une provocation inutile")) == "Paul Marin"


def test_a_participle_speaks_for_the_noun_it_qualifies_and_a_group_is_no_il():
    ext = extract(MAIRIE)
    assert "riverains" in speaker_name(ext, quote_with(ext, "Pas de parking ici"))
    assert speaker_name(ext, quote_with(ext, "Je les recevrai jeudi")) == "Paul Marin"


def test_a_gerund_after_a_relative_clause_speaks_for_the_main_subject():
    # « X a confirmé la fermeture du site, qui dure depuis mai, tout en ajoutant que … »: the comma detaches the
    # gerund from the relative clause, whose verb is the nearest before it
    ext = extract("Lorcy\nMarie Dutilleul a confirmé la fermeture du site de Vernay, qui dure depuis mai, tout en "
                  "ajoutant que « la direction a menti aux salariés ».\n")
    assert speaker_name(ext, quote_with(ext, "la direction a menti")) == "Marie Dutilleul"


def test_the_agent_of_a_passive_speech_verb_speaks():
    ext = extract(MAIRIE)
    assert "préfecture" in speaker_name(ext, quote_with(ext, "la rue serait rouverte"))


def test_an_infinitive_after_a_verb_of_saying_is_a_report_but_not_after_a_hope():
    ext = extract("""Le maire de Lorcy répond à ses opposants
Le maire, Paul Marin, nie avoir signé le permis de construire du parking. Son adjoint espère obtenir un report du vote.
""")
    q = quote_with(ext, "avoir signé le permis")
    assert q.kind == "indirect" and speaker_name(ext, q) == "Paul Marin"
    assert not [x for x in ext.quotes if "obtenir un report" in x.text]


def test_people_named_together_speak_as_one_group():
    ext = extract("""Un recours contre la mairie de Lorcy
Marc et Odile Carrec ont écrit au maire que « rien n'a été fait depuis deux ans ».
""")
    q = quote_with(ext, "rien n'a été fait")
    assert speaker_name(ext, q) == "Marc et Odile Carrec"


def test_a_signed_first_person_block_is_its_signers_statement():
    ext = extract("""Le maire de Lorcy écrit aux habitants
Le maire a adressé une lettre aux habitants mardi soir.

Je veux vous dire que nous avons entendu vos inquiétudes sur la rue des Tanneurs.

Mon équipe travaillera tout l'été pour que je puisse vous annoncer sa réouverture.

— Paul Marin, maire de Lorcy
""")
    q = quote_with(ext, "Je veux vous dire")
    assert q.kind == "direct" and speaker_name(ext, q) == "Paul Marin"
    assert "sa réouverture" in q.text
    assert_offsets(ext)


def test_a_fronted_report_takes_the_subject_after_its_verb():
    ext = extract("""Les frais du maire de Lorcy
Le maire de Lorcy aurait dépensé 40 000 euros en frais de bouche, a révélé Le Petit Lorcéen mercredi.
""")
    q = quote_with(ext, "aurait dépensé 40 000 euros")
    assert "Lorcéen" in speaker_name(ext, q)


def test_one_office_named_two_ways_designates_its_holder():
    ext = extract("""Le gouvernement suédois maintient sa réforme
Le Premier ministre suédois, Nils Berglund, a réagi lundi. « Nous ne céderons pas », a déclaré le chef du gouvernement sur Twitter.
""")
    q = quote_with(ext, "Nous ne céderons pas")
    assert speaker_name(ext, q) == "Nils Berglund"
    assert q.speaker_mention.text == "le chef du gouvernement"


def test_an_outlet_framing_the_clause_is_the_via():
    ext = extract("""Les vœux du maire de Lorcy
Le quotidien Le Courrier de Lorcy a consacré sa une au maire. Mardi soir, sur Radio Vernay, Paul Marin a déclaré que « la rue des Tanneurs rouvrira en mars ».
""")
    q = quote_with(ext, "rouvrira en mars")
    assert via_names(ext, q) == ["Radio Vernay"]


def test_a_quoted_name_inside_a_noun_phrase_is_nobodys_words():
    ext = extract("""Le parking de la rue des Tanneurs divise Lorcy
Le porte-parole du collectif des « Voisins en colère », Luc Morel, a dénoncé « un projet décidé sans nous ».
""")
    assert not [q for q in ext.quotes if "Voisins en colère" in q.text]
    assert speaker_name(ext, quote_with(ext, "un projet décidé sans nous")) == "Luc Morel"


def test_a_title_contracted_into_its_preposition_is_the_same_outlet():
    ext = extract("""Fermeture d'une usine à Lorcy
Le quotidien Le Courrier a révélé lundi la fermeture de l'usine. « Nous avons été trahis », a confié au Courrier un ouvrier, Luc Morel.
""")
    q = quote_with(ext, "trahis")
    assert via_names(ext, q) == ["Le Courrier"]
    assert not [e for e in ext.entities if e.name == "Courrier"]


def test_the_name_in_apposition_is_who_the_title_designates():
    ext = extract("""Les commerces de Lorcy face aux blocages
Le Premier ministre Nils Berglund a visité Lorcy lundi. « Nous aiderons les commerçants », a-t-il déclaré. Le directeur général des Galeries Varenne, Paul Marin, a estimé que « les ventes ont chuté de moitié ». Selon le Premier ministre de la province d'Aldania, Luc Morel, « la saison est perdue ».
""")
    assert speaker_name(ext, quote_with(ext, "ventes ont chuté")) == "Paul Marin"
    assert speaker_name(ext, quote_with(ext, "la saison est perdue")) == "Luc Morel"


def test_a_gerund_reports_for_the_subject_of_the_verb_it_follows():
    ext = extract("""Les montres du maire de Lorcy
Le maire Paul Marin a reçu deux montres d'un entrepreneur local. « Ce sont des cadeaux d'amis, dans un cadre privé », avait-il déjà déclaré auparavant au conseil municipal de Lorcy, tout en répondant que ces présents n'avaient aucune contrepartie, « cela va de soi ».
""")
    q = quote_with(ext, "aucune contrepartie")
    assert q.kind == "indirect" and "cela va de soi" not in q.text
    assert speaker_name(ext, q) == "Paul Marin"


def test_a_person_in_a_title_de_complement_does_not_take_its_gender():
    ext = extract("""Les indemnités du député de Lorcy
Le député Paul Marin a employé son épouse de 1998 à 2002, puis son suppléant, Luc Morel, l'a embauchée. La fille de Paul Marin, entrée au barreau en 2006, aurait aussi été rémunérée. Paul Marin a contesté ces chiffres : « Faites votre métier », a-t-il répondu aux journalistes.

Il a ensuite publié un communiqué, tout en précisant que ces sommes figuraient déjà dans sa déclaration de patrimoine.
""")
    q = quote_with(ext, "figuraient déjà")
    assert speaker_name(ext, q) == "Paul Marin"


def test_a_claim_given_to_an_outlet_in_a_source_phrase_has_it_as_via():
    ext = extract("""Disparition d'une famille à Lorcy
Selon les informations que le procureur a confiées à Radio Vernay, les enquêteurs ont retrouvé des traces de sang dans la cuisine de la maison.
""")
    q = quote_with(ext, "traces de sang")
    assert q.kind == "indirect"
    assert via_names(ext, q) == ["Radio Vernay"]


def test_words_reported_inside_another_report_have_the_reporter_as_via():
    ext = extract("""Tensions au conseil municipal de Lorcy
Mardi soir, l'hebdomadaire Le Courrier raconte que le maire Paul Marin aurait demandé à ses adjoints d'arrêter « de parler aux journalistes sans son accord ».
""")
    q = quote_with(ext, "parler aux journalistes")
    assert speaker_name(ext, q) == "Paul Marin"
    assert via_names(ext, q) == ["Le Courrier"]


def test_an_unknown_outlet_is_known_by_a_media_word_in_its_name():
    ext = extract("""Les vœux du maire de Lorcy
Mardi soir, sur Lorcy TV, le maire Paul Marin a affirmé que « la rue des Tanneurs rouvrira en mars ».
""")
    q = quote_with(ext, "rouvrira en mars")
    assert via_names(ext, q) == ["Lorcy TV"]


def test_a_nationality_qualifying_a_noun_is_not_the_person_speaking_on():
    ext = extract("""Un automobiliste interpellé à Lorcy
« Le suspect était ivre au moment des faits », a déclaré le procureur de Lorcy, Paul Marin. Une source policière française précise que le suspect n'était connu pour aucun fait de violence.
""")
    q = quote_with(ext, "connu pour aucun fait")
    assert speaker_name(ext, q) == "Une source policière française"


def test_a_person_named_as_agent_of_a_comparison_is_not_the_pronoun_subject():
    ext = extract("""Emplois contestés à la revue de Lorcy
Le directeur de la revue, Luc Morel, affirme n'avoir jamais vu l'assistante au bureau. Néanmoins, Paul Marin conteste avoir embauché son amie pour la distraire, comme prétendu par Luc Morel. « C'est une femme brillante qui a beaucoup travaillé pour nous », affirme-t-il.
""")
    q = quote_with(ext, "femme brillante")
    assert speaker_name(ext, q) == "Paul Marin"


def test_a_person_named_in_a_complement_does_not_take_the_focus():
    ext = extract("""Les cadeaux du député de Lorcy
Ces montres ont été offertes au député Paul Marin par Luc Morel, négociant en vins. « C'est un vrai cadeau, fait par un vrai ami », précise Paul Marin. « Il n'y a entre nous aucun lien d'intérêt », ajoute-t-il encore, tout en disant n'être pour rien dans les contrats de M. Morel avec la mairie. « Je connaissais la maison et ses patrons avant son rachat. J'ai cessé de la fréquenter depuis. » , déclare-t-il encore.
""")
    q = quote_with(ext, "Je connaissais la maison")
    assert speaker_name(ext, q) == "Paul Marin"


def test_pour_x_after_an_opening_adverbial_is_the_source():
    ext = extract("""Crise des transports à Lorcy
Vers 18h15, pour Paul Marin, ce que révèle cette crise est une fracture entre les villes et les campagnes.
Le soir même, pour Anne Sorel, « la ville doit rouvrir le dialogue avec les chauffeurs ».
""")
    assert speaker_name(ext, quote_with(ext, "fracture entre les villes")) == "Paul Marin"
    assert speaker_name(ext, quote_with(ext, "rouvrir le dialogue")) == "Anne Sorel"


def test_ce_dernier_is_the_person_of_that_gender_named_last():
    ext = extract("""Rencontre à la mairie de Lorcy
Le député Paul Marin a rencontré mardi la maire de Lorcy, Anne Sorel. Cette dernière a affirmé que la rencontre avait été très constructive pour la ville. Ce dernier a précisé qu'un nouveau rendez-vous était prévu en mars.
""")
    assert speaker_name(ext, quote_with(ext, "très constructive")) == "Anne Sorel"
    assert speaker_name(ext, quote_with(ext, "nouveau rendez-vous")) == "Paul Marin"


def test_a_name_the_ner_missed_opening_the_sentence_before_an_apposition_is_the_subject():
    ext = extract("""Hommage à un militant de Lorcy
Le militant était directeur de cabinet du vice-président du conseil régional.

Lioubomir Kastravec , le chef de l'exécutif, a salué « un homme qui cherchait à faire bouger les lignes ».
""")
    q = quote_with(ext, "faire bouger les lignes")
    assert speaker_name(ext, q) == "Lioubomir Kastravec"


def test_an_organisation_noun_with_its_name_is_the_named_organisation():
    ext = extract("""Péages gratuits près de Lorcy
Vers 9h50, la société d'autoroute Vialis a annoncé qu'elle ne ferait pas payer les conducteurs passés gratuitement aux péages.
""")
    q = quote_with(ext, "ne ferait pas payer")
    assert "Vialis" in speaker_name(ext, q)


def test_a_quotation_standing_alone_gives_the_words_of_the_one_the_sentence_before_is_about():
    ext = extract("""Meeting chahuté à Lorcy
« Nous ne lâcherons rien », a lancé Luc Morel devant les manifestants. Une contre-manifestation était prévue l'après-midi.

Paul Marin ne s'est pas laissé impressionner. « Plus ils crieront, plus les électeurs me soutiendront. »
""")
    q = quote_with(ext, "plus les électeurs me soutiendront")
    assert speaker_name(ext, q) == "Paul Marin"


def test_words_quoted_in_a_clause_without_a_speech_verb_are_its_named_subjects():
    ext = extract("""Message du chef rebelle
Le chef rebelle Karim Benali a annoncé dimanche la rupture avec ses alliés. Il remercie aussi « les commandants qui ont compris la nécessité de rompre les liens ».
""")
    q = quote_with(ext, "rompre les liens")
    assert speaker_name(ext, q) == "Karim Benali"


def test_an_outlet_the_ner_misses_is_found_by_its_media_word():
    ext = extract("""Disparition d'une famille à Lorcy
Les enquêteurs ont fouillé la maison mardi. Une source proche du dossier ajoute à Presse Vernay que « certaines traces ont été sommairement essuyées ».
""")
    q = quote_with(ext, "sommairement essuyées")
    assert via_names(ext, q) == ["Presse Vernay"]


def test_a_clause_holding_a_short_quoted_adjective_is_reported_whole():
    ext = extract("""Les montres du député de Lorcy
Le député Paul Marin a reçu une montre en cadeau. L'entrepreneur Luc Morel a déclaré vendredi à Radio Vernay que son geste était « absolument désintéressé ».
""")
    q = [q for q in ext.quotes if q.kind == "indirect" and "son geste était" in q.text]
    assert q and speaker_name(ext, q[0]) == "Luc Morel"


def test_an_infinitive_report_with_a_quoted_adjective():
    ext = extract("""Budget rejeté à Lorcy
Le conseil municipal a rejeté le budget lundi. Le maire Paul Marin a aussi reconnu avoir été « déçu » par l'attitude des élus de sa majorité.
""")
    q = [q for q in ext.quotes if q.kind == "indirect" and "l'attitude des élus" in q.text]
    assert q and speaker_name(ext, q[0]) == "Paul Marin"


def test_a_participle_clause_with_its_own_subject():
    # « …, X le qualifiant de « … » »: X qualifies, not the subject of the main clause
    ext = extract("Titre\nLe maire Paul Marin a encore fait parler de lui, La Gazette de Lorcy le qualifiant d'« élu "
                  "le plus bavard du département ».\n")
    q = quote_with(ext, "plus bavard")
    assert "Gazette" in speaker_name(ext, q)


def test_the_statement_just_told_of_speaks_for_its_author():
    ext = extract("Titre\nLa mairie de Vernay a confirmé mardi que le marché rouvrirait. Le communiqué précise : « Les "
                  "commerçants retrouveront leurs places dès lundi. »\n")
    q = quote_with(ext, "commerçants retrouveront")
    assert "mairie" in speaker_name(ext, q).lower()


def test_a_conjunct_opened_by_et_selon_x_brings_x_s_words():
    ext = extract("Titre\nLe maire Paul Marin a dû constater son échec et, selon Odile Carrec, la difficulté de « "
                  "gouverner sans majorité ».\n")
    q = quote_with(ext, "gouverner sans")
    assert speaker_name(ext, q) == "Odile Carrec"
    # a « selon X » right after the verb is X relaying the speaker's words
    ext = extract("Titre\nLe maire Paul Marin a déclaré, selon la Gazette de Vernay, que « la route sera rouverte "
                  "lundi ».\n")
    q = quote_with(ext, "route sera rouverte")
    assert speaker_name(ext, q) == "Paul Marin"


def test_a_double_prime_after_a_number_is_no_quotation_mark():
    ext = extract("Sprint à Vernay\n\nOdile Carrec a couru le 100 m en 11\"42, loin des 11\" de son record. "
                  "« Je suis déçue, mais la saison est longue » a-t-elle confié.")
    q = quote_with(ext, "Je suis déçue")
    assert speaker_name(ext, q) == "Odile Carrec"
    assert not any("42" in x.text for x in ext.quotes)


def test_the_agent_of_a_participle_without_auxiliary_said_the_words():
    # « la phrase « … » lancée par le conseiller » stands for « qui a été lancée par le conseiller »
    ext = extract("Conseil houleux\nLundi, au conseil de Vernay, une dispute entre le conseiller Paul Marin (divers "
                  "droite) et le maire Jean Carrec avait surtout attiré l'attention sur la phrase cinglante « Vous "
                  "n'avez rien compris ! » lancée par le conseiller.")
    assert speaker_name(ext, quote_with(ext, "rien compris")) == "Paul Marin"


def test_a_source_before_the_words_beats_a_later_verb_that_is_no_incise():
    ext = extract("Enquête à Vernay\nLe suspect a été interné dans le passé et, d'après un gendarme, « ses motivations "
                  "restent floues » , d'autres gendarmes déclarent que l'homme « en voulait à la mairie » .")
    assert speaker_name(ext, quote_with(ext, "motivations")) == "un gendarme"
    assert speaker_name(ext, quote_with(ext, "en voulait")) == "d'autres gendarmes"


@pytest.mark.parametrize("text, speaker", [
    # « celui-ci », « celle-ci » stand for the nearest phrase of their gender, not for the discourse focus
    ("Route de Vernay\nPaul Marin a rencontré lundi le maire Luc Morel. Celui-ci a assuré que « la route sera "
     "rouverte en mai ».\n", "Luc Morel"),
    ("Vernay\nOdile Carrec a rejoint en mars l'association Vernay Avenir. Celle-ci explique que « les adhérents sont "
     "toujours plus nombreux ».\n", "Vernay Avenir"),
])
def test_a_latter_pronoun_stands_for_the_nearest_phrase(text, speaker):
    ext = extract(text)
    assert [speaker_name(ext, q) for q in ext.quotes] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # a definite description by role stands for the person named just before: their subject first
    ("Finale à Vernay\nVernay a perdu la finale, malgré deux buts marqués par Paul Marin. Après le match, "
     "l'attaquant a déclaré que « l'équipe reviendra plus forte ».\n", ["Paul Marin"]),
    ("Boxe\nLuc Morel a remporté le bronze à Vernay devant Yves Tissot. À son retour à Lorcy, le boxeur de 22 ans a "
     "exprimé « sa grande fierté ».\n", ["Luc Morel"]),
    # … or, with no one before, the person first named as the subject of the next sentence
    ("Finale à Vernay\nLes Vernaysiennes ont perdu la finale aux tirs au but. La gardienne de l'équipe a qualifié ses "
     "adversaires de « tricheuses ». Odile Carrec, poursuivant sa déclaration, estime que « la victoire a été "
     "volée ».\n", ["Odile Carrec", "Odile Carrec"]),
    # an office keeps its own designations: no one named in another role holds it
    ("Route de Vernay\nPaul Marin a quitté la réunion lundi. Le préfet a déclaré que « la route sera rouverte ».\n",
     ["Le préfet"]),
])
def test_a_role_description_stands_for_the_person_named_nearby(text, speakers):
    ext = extract(text)
    assert [speaker_name(ext, q) for q in ext.quotes] == speakers


def test_selon_a_pronoun_inside_reported_words_is_the_speakers_own_view():
    ext = extract("Sommet de Vernay\nLe sommet s'est achevé sans accord, à l'exception notable de Paul Marin, président "
                  "de la Ligue de Vernay, qui a rappelé lors d'un voyage que selon lui « le mandat d'Odile Carrec n'est "
                  "pas illégal ».\n")
    assert len(ext.quotes) == 1     # no claim of « selon lui » made of the sentence before it
    q = quote_with(ext, "le mandat d'Odile Carrec")
    assert speaker_name(ext, q) == "Paul Marin" and via_names(ext, q) == []


def test_selon_a_pronoun_is_the_source_not_a_name_after_it():
    ext = extract("Usine de Vernay\nOdile Carrec a visité l'usine lundi. « La direction de Luc Morel va devoir "
                  "céder », selon elle.\n")
    assert [speaker_name(ext, q) for q in ext.quotes] == ["Odile Carrec"]


def test_selon_two_people_named_together_is_both_of_them():
    ext = extract("Incendie à Vernay\nLe blessé a été transporté à l'hôpital. Son état n'est pas préoccupant, selon Paul "
                  "Marin et Odile Carrec.\n")
    assert [speaker_name(ext, q) for q in ext.quotes] == ["Paul Marin et Odile Carrec"]


@pytest.mark.parametrize("text", [
    # a noun takes an adjective before it, a verb never does: « courte avance » reports nothing
    "Course de Vernay\nOdile Carrec prend quelques secondes d'avance au départ, courte avance qu'une bonne entente avec "
    "Lise Morel va faire grandir au fil des kilomètres.\n",
    # an adjective graded or after « être » is no verb of saying
    "Prix de Vernay\nLe jury note l'audace de Paul Marin. Ses moteurs sont aussi avancés que l'étaient les moteurs à "
    "vapeur en 1830, et ils tournent sans bruit dans l'atelier.\n",
    "Vernay\nLe mot vient d'un sermon de Paul Marin. Il était le cœur d'un discours pour le moins critique envers « la "
    "mairie de Vernay et ses élus » .\n",
])
def test_a_noun_or_adjective_form_of_a_speech_verb_reports_nothing(text):
    ext = extract(text)
    assert [(q.text, speaker_name(ext, q)) for q in ext.quotes] == []


def test_ce_dernier_before_a_speech_verb_leaves_it_a_verb():
    ext = extract("Vernay\nOdile Carrec accuse Paul Marin d'avoir menti. Mais ce dernier juge « totalement absurde » "
                  "cette accusation.\n")
    assert [q.cue.text for q in ext.quotes] == ["juge"]


@pytest.mark.parametrize("text", [
    "Vernay\nLe conseil de Vernay a voté la sortie du syndicat, c'est-à-dire que la commune ne paiera plus sa "
    "cotisation annuelle.\n",
    "Vernay\nLe conseil a voté la sortie du syndicat. Cela dit, la commune ne paiera plus sa cotisation annuelle avant "
    "mai.\n",
])
def test_a_connective_phrase_built_on_dire_reports_nothing(text):
    assert extract(text).quotes == []


@pytest.mark.parametrize("text, speakers", [
    # « il faut dire que », « il est estimé que »: an impersonal « il » is no one; with no agent, no one speaks
    ("Vernay\nPaul Marin a quitté la mairie en mai. Il faut dire que les finances de la commune se sont fortement "
     "dégradées depuis deux ans.\n", []),
    ("Vernay\nPaul Marin a quitté la mairie en mai. En effet, il est largement estimé qu'il faut une hausse des impôts "
     "pour sauver la commune.\n", []),
    # the agent of the impersonal passive speaks
    ("Vernay\nIl est estimé par la préfecture que la commune de Vernay doit fermer sa piscine.\n", ["la préfecture"]),
    # a pronominal verb keeps its subject (« s'est dit »)
    ("Vernay\nPaul Marin est revenu en mai. Il s'est dit prêt à « reprendre la mairie ».\n", ["Paul Marin"]),
])
def test_an_impersonal_il_before_a_verb_of_saying_is_no_speaker(text, speakers):
    ext = extract(text)
    assert [speaker_name(ext, q) for q in ext.quotes] == speakers


def test_a_person_subject_of_the_pronouns_own_sentence_outranks_the_title_subject_before():
    # « Le ministre X l'accuse … Y a répondu qu'il … « … » a-t-il dit »: « il » is Y, the subject of its own
    # sentence, not the title subject of the sentence before
    ext = extract("Vernay\nLe maire adjoint de Vernay Paul Marin a été suspendu lundi par la préfecture. Le préfet "
                  "Luc Morel l'accuse de négligence et de fautes graves. Paul Marin a répondu avec un communiqué qu'il "
                  "se croit victime d'une « cabale » de la préfecture contre la mairie « Je n'ai rien à me reprocher » "
                  "a-t-il déclaré.\n")
    assert [speaker_name(ext, q) for q in ext.quotes if "reprocher" in q.text] == ["Paul Marin"]


@pytest.mark.parametrize("text, speakers", [
    # before a colon, the verb whose subject speaks is the main clause's, not one inside a « que » or relative clause
    ("Judo à Vernay\nOdile Carrec a gagné le titre. Elle est devenue un symbole en montrant aux enfants du quartier "
     "qu'ils peuvent réussir : « Que quelqu'un comme moi devienne championne, c'est incroyable » .\n",
     ["Odile Carrec"]),
    ("Course de Vernay\nPaul Marin finit deuxième devant Luc Morel. Il est allé voir Morel, qu'il bat de peu : « Ça "
     "doit être dur pour lui. »\n", ["Paul Marin"]),
    # a bracketed gloss of a quoted name is no one's words
    ("Vernay\nAprès être passé sous le portail « Porta Nova » ( « La porte neuve » ), Paul Marin a prié en silence.\n",
     []),
])
def test_the_main_clause_before_a_colon_gives_the_speaker(text, speakers):
    ext = extract(text)
    assert [speaker_name(ext, q) for q in ext.quotes] == speakers


SELON_COMMA = """Un éleveur retrouvé mort près de Vernay

Odile Carrec, éleveuse à Vernay, a été retrouvée morte lundi dans sa grange. Selon ses voisins, la clôture était « en mauvais état depuis des mois ».
Quelque 2 000 personnes selon la gendarmerie, 5 000 selon les organisateurs, ont défilé samedi en brandissant des pancartes « Justice pour Odile ».
Selon plusieurs éleveurs, dont Paul Marin, président de la coopérative, installé à Vernay depuis trente ans, la coopérative doit revoir ses contrôles sanitaires sans attendre.
"""


def test_selon_source_phrase_ends_at_its_comma():
    """« selon X, … »: the source is the noun phrase the preposition governs, never words past the comma that closes
    it; « dont Y, … » after that comma still names some of X, and the claim starts after it."""
    ext = extract(SELON_COMMA)
    assert_offsets(ext)
    assert speaker_name(ext, quote_with(ext, "en mauvais état")) == "ses voisins"
    for q in ext.quotes:
        sp = ext.entity(q.speaker).name if q.speaker else ""
        assert "," not in sp, (q.text, sp)
    claim = quote_with(ext, "revoir ses contrôles")
    assert claim.text.startswith("la coopérative doit"), claim.text
    assert not any(q.text.startswith("dont") for q in ext.quotes)


CONTROL_VERB = """La route de Vernay rouverte

Le vote de lundi a permis à la maire de Vernay, Odile Carrec, de déclarer que « la route rouvrira avant l'hiver ».
Les inondations de la semaine passée ont conduit mardi le conseil départemental à exprimer sa « vive inquiétude ».
"""


def test_object_of_a_control_verb_says_the_infinitive():
    """« permettre à X de déclarer », « conduire X à exprimer »: the control verb's object is who speaks, not its
    subject (a vote, floods)."""
    ext = extract(CONTROL_VERB)
    assert_offsets(ext)
    assert speaker_name(ext, quote_with(ext, "avant l'hiver")) == "Odile Carrec"
    assert "conseil départemental" in (speaker_name(ext, quote_with(ext, "vive inquiétude")) or "")


ROLE_DESCRIPTIONS = """Le roi de Vernay abdique

Le roi Théodore III a quitté le trône lundi. L'ancien souverain a déclaré que « le royaume mérite un souffle nouveau ».
À l'occasion de la foire de Lorcy, le ministre de l'Agriculture, de l'Élevage, de la Pêche et des Forêts Paul Marin a inauguré mardi le marché couvert. Selon le ministre, le marché a coûté moins que prévu.
Le sociologue Luc Morel, spécialiste des campagnes, a jugé que « la réforme agricole arrive trop tard ». La fédération des éleveurs a affirmé que « les aides ne suffiront pas ». L'universitaire suisse estime que les exploitations familiales vont disparaître.
"""


def test_role_descriptions_stand_for_the_person_named_before():
    """« l'ancien souverain » after « le roi X » (one office, whatever the adjective), « selon le ministre » after
    « le ministre des A, des B et des C X » (the title over its office's complements), « l'universitaire suisse »
    after « le sociologue X » (a definite title with a nationality: the person the article introduced)."""
    ext = extract(ROLE_DESCRIPTIONS)
    assert_offsets(ext)
    assert speaker_name(ext, quote_with(ext, "souffle nouveau")) == "Théodore III"
    assert speaker_name(ext, quote_with(ext, "moins que prévu")) == "Paul Marin"
    assert speaker_name(ext, quote_with(ext, "vont disparaître")) == "Luc Morel"


COLON_AFTER_INFINITIVE = """La dernière volonté du roi de Vernay

Le roi Théodore III est mort en exil. L'ancien monarque avait exprimé dans une lettre le souhait d'être inhumé à Lorcy, où il avait grandi :

« Je veux reposer près des miens, loin des palais. »
"""


def test_colon_verb_is_the_finite_verb_group():
    """« X avait exprimé le souhait d'être inhumé à Lorcy : « … » »: the verb before the colon that carries the
    speaker is the finite group, not an infinitive's (« d'être inhumé »); the description is the king named before."""
    ext = extract(COLON_AFTER_INFINITIVE)
    assert_offsets(ext)
    assert speaker_name(ext, quote_with(ext, "reposer près des miens")) == "Théodore III"


def test_coordinated_clause_opens_with_its_own_group_subject():
    ext = extract("Vote au conseil de Vernay\nLe maire estimait que Paul Marin pourrait subir des pressions de la part "
                  "de la Lorcanie et les écologistes avaient réclamé mardi que Marin démissionne après des propos "
                  "« inacceptables » tenus en séance.\n")
    quote = next(q for q in ext.quotes if q.text == "inacceptables")
    assert speaker_name(ext, quote) == "les écologistes"
    demand = [e for e in ext.events if e.type == "REQUEST"]
    assert demand and not demand[0].hypothetical     # « pourrait » of the first clause does not reach it
