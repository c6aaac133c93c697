"""`veille_referents`: the article's referents are built once, before quotes and events, and are inspectable."""
from __future__ import annotations

import pytest

from veille.ingest.readers import article_from_text
from veille.nlp.pipeline import VEILLE_PIPES, get_nlp
from veille.nlp.referents import Referents

pytestmark = pytest.mark.slow

TEXT = """Le conseil municipal de Vernay vote son budget
La maire de Vernay, Odile Carrec, a présenté lundi un budget en baisse.
« Nous avons fait des choix difficiles », a déclaré la maire.
"""


def _run(text):
    """The whole pipeline over an article's text."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.veille_article = article_from_text(text)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_referents_run_before_quotes_and_events():
    assert VEILLE_PIPES.index("veille_referents") < VEILLE_PIPES.index("veille_quotes")
    assert VEILLE_PIPES.index("veille_referents") < VEILLE_PIPES.index("veille_events")


def test_designations_are_spans_and_the_resolver_is_shared():
    doc = _run(TEXT)
    ref = doc._.veille_referents
    assert isinstance(ref, Referents)
    ents = {e.id: e for e in doc._.veille_entities}
    spans = doc.spans["veille_referents"]
    assert any(s.text == "maire" and ents[s.label_].name == "Odile Carrec" for s in spans)
    q = doc._.veille_quotes[0]
    assert ents[q.speaker].name == "Odile Carrec"
    # the designation the quote stage resolved is one of the person's mentions
    assert "la maire" in [m.text for m in ents[q.speaker].mentions]


def test_pronoun_takes_the_sentence_subject_not_a_person_named_in_its_complements():
    from veille.process import process
    text = ("Réunion\nLe maire Paul Marin a organisé une réunion jeudi avec le préfet Marc Vernay et le député de "
            "Lorcy, Jean Carrec, à la suite de laquelle il a déclaré que « la route sera rouverte ».\n")
    ext = process(article_from_text(text), check_language=False)
    q = ext.quotes[0]
    assert ext.entity(q.speaker).name == "Paul Marin"


def test_gender_learnt_from_agreement_and_no_title_inside_a_name():
    from veille.nlp.referent_chains import referents_of
    text = ("Vote\nLe conseil s'est réuni lundi. La liste compte Paul Marin, Bruno Le Maire et Odile Carrec. "
            "Paul Marin a été élu président du conseil.\n")
    nlp = get_nlp()
    doc = nlp(text)
    ref = referents_of(doc)
    ents = {e.id: e.name for e in doc._.veille_entities}
    by_name = {v: k for k, v in ents.items()}
    assert ref.gender.get(by_name["Paul Marin"]) == "M"
    # « Bruno Le Maire »: « Maire » is a word of his name, not a title given to the next person of the list
    assert ref.gender.get(by_name["Odile Carrec"]) != "M"
    assert not ref.agrees("elle", by_name["Paul Marin"])


def test_a_long_quotation_is_one_turn_for_the_pronoun_after_it():
    text = ("Un fossile étrange\n"
            "« L'animal n'a ni tête ni queue. Ses cônes ne sont pas alignés. Il ne ressemble à rien de connu. » , "
            "continue-t-il.\n")
    doc = _run(text)
    ctx = doc._.veille_referents.ctx
    opening, closing = text.index("«"), text.index("»")
    assert ctx.sentences_between(opening, closing + 1) == 0     # the quotation's own sentences do not count
    assert ctx.sentences_between(0, len(text)) == 2             # the title line and the reporting sentence
    assert ctx.sentences_between(0, 0) == 0


def test_an_initial_is_no_sentence_end():
    text = "Contrats à Lorcy\nLes contrats de M. Marin et de J. Morel ont été signés. Rien de plus.\n"
    doc = _run(text)
    assert doc._.veille_referents.ctx.sentences_between(text.index("Les"), text.index("Rien")) == 1


def _referents(text):
    """The pipeline's Doc, its referent chains and its entities' names by id."""
    doc = _run(text)
    return doc, doc._.veille_referents, {e.id: e.name for e in doc._.veille_entities}


def test_one_antecedent_search_two_policies():
    """`Referents.antecedent`: the same search for quotes (discourse focus) and events (last subject), agreeing
    in gender, never an excluded entity."""
    text = ("Travaux à Vernay\nMme Odile Carrec a reçu M. Paul Marin lundi à la mairie. Elle a promis des travaux. "
            "Il a salué la décision.\n")
    doc, ref, names = _referents(text)
    carrec = next(k for k, v in names.items() if v == "Odile Carrec")
    elle = next(t.i for t in doc if t.text == "Elle")
    il = next(t.i for t in doc if t.text == "Il")
    for policy in ("subject", "focus"):
        assert [names[e] for e in ref.antecedent(elle, prefer=policy)] == ["Odile Carrec"]
        # « il » is not the woman who is the subject: the man she received
        assert [names[e] for e in ref.antecedent(il, prefer=policy)] == ["Paul Marin"]
        # an entity the caller rules out (a co-argument) is never the antecedent
        assert carrec not in ref.antecedent(elle, excluded={carrec}, prefer=policy)
    with pytest.raises(ValueError):
        ref.antecedent(il, prefer="nearest")


def test_last_subject_search_reads_three_sentences_and_the_callers_hooks():
    text = ("Visite à Vernay\nM. Paul Marin a visité l'école lundi. La cour était vide. Les classes étaient fermées. "
            "Le réfectoire restait ouvert. Il a quitté la salle.\n")
    doc, ref, names = _referents(text)
    il = next(t.i for t in doc if t.text == "Il")
    # the last subject is looked for in the last three sentences only; the focus is the last person named
    assert ref.antecedent(il, prefer="subject") == []
    assert [names[e] for e in ref.antecedent(il, prefer="focus")] == ["Paul Marin"]
    # what only the caller knows: an actor its own phrase names (« le réfectoire »), a token it reads as an entity
    assert ref.antecedent(il, prefer="subject", named_actor=lambda t, e: ["réfectoire"] if t.lemma_ == "réfectoire"
                          else []) == ["réfectoire"]
    # … of the pronoun's gender only: « il » never takes up « la cour »
    assert ref.antecedent(il, prefer="subject", named_actor=lambda t, e: ["cour"] if t.lemma_ == "cour"
                          else []) == []
    assert ref.antecedent(il, prefer="subject", entity_at=lambda t: "cour" if t.lemma_ == "cour" else None) == ["cour"]


@pytest.mark.parametrize("text, pronoun, actor", [
    # « elle » takes up the feminine body that is the subject, never the masculine one its object names
    ("L'Union lorcanienne a critiqué le gouvernement de Vernay. Elle a suspendu ses aides.", "Elle",
     "Union lorcanienne"),
    # « il » takes up a masculine body as the subject of the sentence before, not a person its complement names
    ("Le Parlement lorcanien a reçu une lettre de Paul Vernay. Il a voté une motion.", "Il", "Parlement lorcanien"),
])
def test_a_pronoun_agrees_with_the_gender_of_the_phrase_naming_a_body(text, pronoun, actor):
    doc, ref, names = _referents("Lorcanie\n" + text + "\n")
    i = next(t.i for t in doc if t.text == pronoun)
    assert [names[e] for e in ref.antecedent(i, prefer="subject")] == [actor]


@pytest.mark.parametrize("text, actor", [
    # « ils » never takes up a state named in the singular (« le Mali »)…
    ("Le Mali a fermé sa frontière lundi. Selon les agriculteurs, la mesure est injuste. Ils accusent le "
     "gouvernement de les ruiner.", None),
    # … but does a state whose name is plural (« les États-Unis »)
    ("Les États-Unis ont fermé leur ambassade lundi. Ils accusent le Niger de menaces.", "États-Unis"),
])
def test_ils_agrees_with_the_number_a_state_is_named_in(text, actor):
    doc, ref, names = _referents("Lorcanie\n" + text + "\n")
    ils = next(t.i for t in doc if t.text == "Ils")
    found = [names[e] for e in ref.antecedent(ils, plural=True, prefer="subject")]
    assert (found == [actor]) if actor else "Mali" not in found


def test_ils_takes_up_people_named_together_as_the_subject():
    doc, ref, names = _referents("Lorcanie\nPaul Vernay et Marc Dutilleul ont quitté le parti de Lorcy. "
                                 "Ils ont ensuite accusé le ministre Luc Morel de fraude.\n")
    ils = next(t.i for t in doc if t.text == "Ils")
    assert [names[e] for e in ref.antecedent(ils, plural=True, prefer="subject")] == ["Paul Vernay", "Marc Dutilleul"]


@pytest.mark.parametrize("text, speaker", [
    ("Incendie à Vernay\n« Le bâtiment est perdu » a ajouté Paul Marin, le chef de l'antenne de la Croix-Verte pour "
     "la Lorraine qui juge qu'il s'agit « d'un incendie criminel ».\n", "Paul Marin"),
    ("Sommet\nLa décision a été saluée, à l'exception notable de Odile Carrec , présidente du Lorcy et de l' Union "
     "des vallées , qui a rappelé que « la frontière reste fermée ».\n", "Odile Carrec"),
])
def test_a_relative_clause_hung_on_a_complement_is_said_by_the_title_heading_the_phrase(text, speaker):
    assert _speakers(text)[-1] == speaker


def _speakers(text):
    """The speaker names of an article's quotations, in order."""
    from veille.process import process
    ext = process(article_from_text(text), check_language=False)
    return [ext.entity(q.speaker).name if q.speaker else None for q in ext.quotes]


@pytest.mark.parametrize("text, speaker", [
    # an agent noun in apposition to a name designates that person
    ("Finale\nVernay a gagné la finale, portée par sa gardienne, Odile Carrec, qui a tout arrêté. « Nous avons tenu "
     "jusqu'au bout » a lancé la gardienne vernaysienne.\n", "Odile Carrec"),
    # a military or team rank is a title
    ("Finale\nVernay a gagné grâce à son capitaine, Paul Marin, auteur de six buts. En conférence de presse, le "
     "capitaine vernaysien, élu meilleur joueur, se dit fier : « L'équipe a tout donné » .\n", "Paul Marin"),
    # an agent noun speaking with no one it designates keeps its description
    ("Incendie\nUn incendie a détruit la boutique. Le gérant du magasin a déclaré que « les pompiers sont arrivés "
     "trop tard ».\n", "Le gérant du magasin"),
])
def test_an_agent_noun_that_speaks_names_someone(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_title_with_its_country_names_the_holder_of_the_office_on_the_articles_date():
    text = ("Sommet\nLe 3 mars 2016, la chancelière allemande a reçu le président biélorusse Alexandre Loukachenko. "
            "Le président russe a déclaré que « la rencontre est utile ».\n")
    from veille.process import process
    ext = process(article_from_text(text), check_language=False)
    names = {e.name: e for e in ext.entities}
    # the KB's office holder on that day, with the designation as a mention; not the other country's president
    assert "Angela Merkel" in names and any(m.text == "la chancelière allemande" for m in names["Angela Merkel"].mentions)
    assert ext.entity(ext.quotes[0].speaker).name == "Vladimir Poutine"


@pytest.mark.parametrize("text, speaker", [
    # a first name tells the gender: « elle » is not the man named last
    ("Budget de Vernay\nAu conseil, Nathalie Brunet a répondu aux critiques de Nicolas Ferrand. Elle estime que « le "
     "budget est sincère ».\n", "Nathalie Brunet"),
    ("Budget de Vernay\nAu conseil, Marc Delorme a répondu aux critiques de Sophie Lemaire. Il estime que « le "
     "budget est sincère ».\n", "Marc Delorme"),
    # the people a complement names do not take the focus from the subject of the sentence before
    ("Cross de Vernay\nLe Lorrain Claude Mervel, qui courait entre Yves Loret et Marc Tissot, termine quatrième. "
     "« C'est une déception, j'espérais mieux » a-t-il confié.\n", "Claude Mervel"),
    ("Conseil de Vernay\nLundi, Yves Loret a répondu longuement aux questions de Marc Tissot sur les comptes. « Je "
     "n'ai rien à cacher » a-t-il lancé.\n", "Yves Loret"),
])
def test_whom_a_pronoun_stands_for(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_participle_agrees_by_its_spelling():
    doc = _run("Finale à Vernay\nLoïc Tanguy a été sifflé à son entrée. Dominique Arnal, élue en mars, applaudit.\n")
    ref = doc._.veille_referents
    genders = {e.name: ref.gender.get(e.id) for e in doc._.veille_entities if e.type == "PER"}
    assert genders.get("Loïc Tanguy") == "M" and genders.get("Dominique Arnal") == "F"



def test_the_head_of_a_government_named_after_its_leader_is_that_leader():
    from veille.process import process

    ext = process(article_from_text("Budget au Portugal\nLe gouvernement portugais de Paul Marin a présenté mardi son "
                                    "budget. Le chef du gouvernement a été soutenu par le Parlement.\n"))
    support = next(e for e in ext.events if e.type == "SUPPORT")
    assert [ext.entity(x).name for x in support.target] == ["Paul Marin"]


def test_a_pronoun_agrees_in_number_with_the_noun_heading_a_mention():
    """« ils » never stands for one person a singular noun told of (« l'individu »), nor « il » for a group told in
    the plural (« des gendarmes »); a name tells no number."""
    doc = _run("Incident à Lorcy\nDes gendarmes ont interpellé un individu et Paul Vernay lundi à Lorcy.\n")
    ref = doc._.veille_referents
    word = {t.text: t for t in doc}
    assert ref._number_clash(word["gendarmes"], plural=False)
    assert not ref._number_clash(word["gendarmes"], plural=True)
    assert ref._number_clash(word["individu"], plural=True)
    assert not ref._number_clash(word["Vernay"], plural=True) and not ref._number_clash(word["Vernay"], plural=False)


def test_a_relative_clause_has_one_subject_the_name_after_its_verb_is_its_object():
    """« l'affaire qui avait conduit M. Lorcy au départ »: the parse may read the name after the verb as a second
    subject; the relative pronoun is the subject, so « l' » takes up the main clause's subject, not that name."""
    from veille.process import process
    ext = process(article_from_text("Polémique à Lorcy\nPaul Vernay a évoqué l'affaire qui avait conduit M. Lorcy au "
                                    "départ. Cette phrase a choqué. La sénatrice Marie Dutilleul l'a accusé de "
                                    "mentir.\n"), check_language=False)
    accuse = next(e for e in ext.events if e.type == "ACCUSE")
    assert [ext.entity(x).name for x in accuse.target] == ["Paul Vernay"]


def test_they_take_up_the_plural_subject_not_an_organisation_named_in_a_complement():
    """« Les éboueurs ont reconduit la grève, selon la CGT. Ils affirment … »: « ils » is the subject described in
    the plural, not the organisation the sentence names only in a complement."""
    text = ("Grève à Lorcy\nLes éboueurs ont reconduit la grève jusqu'à mardi, selon la CGT de Lorcy. Ils affirment "
            "que « le mouvement continuera ».\n")
    from veille.process import process
    ext = process(article_from_text(text), check_language=False)
    q = next(q for q in ext.quotes if q.text.startswith("le mouvement"))
    assert ext.entity(q.speaker).name == "Les éboueurs"


def test_a_plural_organisation_noun_is_not_the_organisation_named_before():
    """« le groupe Vialis … Les différents groupes locaux affirment »: several groups, not Vialis."""
    text = ("Autoroute à Lorcy\nLe groupe Vialis a présenté lundi son projet d'autoroute près de Lorcy. Les "
            "différents groupes locaux affirment que « le tracé détruira la forêt ».\n")
    from veille.process import process
    ext = process(article_from_text(text), check_language=False)
    q = next(q for q in ext.quotes if q.text.startswith("le tracé"))
    assert ext.entity(q.speaker).name != "Vialis" and "groupes" in ext.entity(q.speaker).name


def test_il_is_no_member_of_a_pair_named_together_as_the_subject():
    # « il » is one person: not one of the pair the subject names together (a plural subject), but the agent
    doc, ref, names = _referents("Lorcanie\nPaul Vernay et Marc Dutilleul ont été exclus du parti par Luc Morel. "
                                 "Il a ensuite accusé la ministre Anne Lorcy de fraude.\n")
    il = next(t.i for t in doc if t.text == "Il")
    assert [names[e] for e in ref.antecedent(il, prefer="subject")] == ["Luc Morel"]


@pytest.mark.parametrize("text", [
    # centering: the main clause's subject, not the subject of an adverbial clause told after it, whatever the
    # parse hung that clause on
    "Lorcy\nLe militant Jean Roy a été retenu par un vigile avant que Paul Marin ne quitte la salle. Il a "
    "été relâché le soir même.\n",
    "Lorcy\nJean Roy a été interpellé par des gendarmes pendant que le préfet Paul Marin quittait la salle. Il a "
    "été placé en garde à vue.\n",
    # a clause opened by a relative word is a relative clause, whatever the parse hung it on
    "Lorcy\nLe suspect Jean Roy a été interpellé à Lorcy (Lorcanie), où Paul Marin tenait un meeting. Il a été "
    "placé en garde à vue.\n",
])
def test_il_takes_up_the_main_subject_not_a_subordinate_clauses(text):
    doc, ref, names = _referents(text)
    il = next(t.i for t in doc if t.text == "Il")
    assert [names[e] for e in ref.antecedent(il, prefer="subject")] == ["Jean Roy"]


def test_the_speaker_pronoun_takes_up_the_main_subject_not_a_subordinate_clauses():
    # quotes read the same ranking: « a-t-il déclaré » is the man arrested, not the prefect leaving
    text = ("Lorcy\nJean Roy a été interpellé par des gendarmes pendant que le préfet Paul Marin quittait la salle. "
            "« C'est une honte », a-t-il déclaré.\n")
    assert _speakers(text) == ["Jean Roy"]


def test_il_takes_up_the_subject_of_the_il_before_it_through_a_chain_of_pronouns():
    # « il » after three sentences whose subject is « il »: the person the chain of « il » takes up, not the body
    # an object names (« la Banque Dutilleul ») nor no one (the name is four sentences back)
    doc, ref, names = _referents("Mort de Paul Vernay\nPaul Vernay est mort samedi. Il avait 90 ans. Il était une "
                                 "grande figure de la finance. Il défendait les épargnants et avait poussé la Banque "
                                 "Dutilleul à prêter aux agriculteurs. Il avait refusé le poste de ministre.\n")
    last = [t.i for t in doc if t.text == "Il"][-1]
    assert [names[e] for e in ref.antecedent(last, prefer="subject")] == ["Paul Vernay"]


def test_the_sentence_topic_is_no_inner_word_of_a_place_named_in_a_complement():
    # « au Salon de l'automobile » is where; its « de » is no name of its own opening the sentence: the second
    # verb of « il a précisé … mais a confié » is said by whom « il » stands for
    assert _speakers("Lorcanie : Paul Vernay convoqué par les juges\nLe candidat Paul Vernay est convoqué par les "
                     "juges. Dans la conférence de presse qu'il a donnée mercredi, après avoir reporté sa visite au "
                     "Salon de l'automobile , il a précisé qu'il « se rendra à la convocation » mais a malgré tout "
                     "confié vouloir « continuer le combat jusqu'au bout » .\n")[-1] == "Paul Vernay"


def test_a_counterpart_is_the_holder_of_the_same_office_elsewhere():
    # « son homologue »: the person the article designates by its possessor's office, in another country
    doc = _run("Sommet\nLe président chilien Paul Vernay a signé mardi un décret sur les frontières. Le président "
               "belge Marc Dutilleul a regretté jeudi la décision de son homologue.\n")
    ref = doc._.veille_referents
    ents = {e.id: e.name for e in doc._.veille_entities}
    noun = next(t for t in doc if t.text == "homologue")
    eid = ref._designated(noun, doc[noun.i:noun.i + 1])
    assert eid is not None and ents.get(eid, ref.ctx.registry.get(eid).name) == "Paul Vernay"
    # no counterpart designated: none guessed
    doc = _run("Sommet\nLe président belge Marc Dutilleul a regretté jeudi la décision de son homologue.\n")
    noun = next(t for t in doc if t.text == "homologue")
    assert doc._.veille_referents._designated(noun, doc[noun.i:noun.i + 1]) is None
