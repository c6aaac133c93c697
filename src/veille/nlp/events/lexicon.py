"""The events' French knowledge, read once from `lang/<lang>/event_*.json`: the trigger lexicon and typing rules
(event_triggers.json), the actor resolver's words (event_actors.json), the argument stage's prepositions, verbs
and clitics (event_arguments.json), and the modality, attribution and dating words (event_modality.json)."""
from __future__ import annotations

import dataclasses
import re
import functools
from dataclasses import dataclass

from veille.lang import _er_forms, _ir_forms, read_json, word_set
from veille.lang import norm_word as _norm  # (the stages import it from here)
from veille.nlp.events.cameo_readings import (  # noqa: F401 (VERBAL_TYPES is read from here by the stages)
    VERBAL_TYPES, _add_cameo_entries, _asked_of_nouns, _property_verbs, _speech_acts)

DATA_FILES = ("event_triggers.json", "event_actors.json", "event_arguments.json", "event_modality.json")


@dataclass
class Lexicon:
    # triggers and typing (event_triggers.json)
    verbs: dict              # lemma -> readings tried in order
    nouns: dict
    self_actor_nouns: frozenset     # nouns whose first reading names its own actors (« manifestant »)
    verb_forms: dict         # inflected form -> lemma
    classes: dict            # lemma -> class name
    reflexive_clitics: set
    object_articles: set
    prep_variants: dict      # preposition -> its contracted forms
    prep_adverbs: dict       # preposition -> the adverbs that stand for it with its complement (« tirer dessus »)
    mode_cues: dict
    threat_content: set
    threat_intent: set
    everyday_object_types: set     # types an everyday_thing object takes out of their political sense
    civil_sectors: set
    civil_retype: dict
    fault_words: set         # a speaker's words that assign fault (ACCUSE)
    fault_words_of_act: set
    wrongdoing_verbs: set    # verbs of a wrong a speaker alleges (« selon X, Y a menti »: ACCUSE)
    # actors (event_actors.json)
    actor_nouns: dict
    titles: frozenset        # titles.txt, the list the quote stage reads too
    need_modifier: set
    collective_nouns: set    # « un groupe de manifestants »: the members' noun gives the sector
    definite_plural_actors: set
    definite_contractions: set     # « aux » = à + les: a definite article in the preposition
    group_sectors: set       # peoples' sectors (ETH, REL), their nouns also read from a proper name's text
    definite_actors: set
    agent_only_actors: set
    head_of_state: set
    anaphoric_nouns: dict
    retold_person_nouns: set
    neighbour_adjectives: set
    demonstrative_groups: set
    number_words: dict
    list_joiners: set
    de_forms: set
    definite_de: set
    named_complement_preps: set
    first_person: set
    third_person: set
    third_person_lemmas: set
    plural_pronouns: set
    relative_pronouns: set
    unresolved_relatives: set
    relative_demonstratives: set
    plural_relative_demonstratives: set
    relative_pronominal_heads: set
    cleft_pronouns: set
    partitive_relatives: set
    possessives: set
    first_person_possessives: set
    plural_possessives: set
    # arguments (event_arguments.json)
    light_verbs: set
    control_verbs: set
    joining_verbs: set
    patient_nouns: set
    patient_frames: dict
    patient_locutions: dict
    recipient_verbs: set
    opposing_preps: set
    setting_against_verbs: set
    relational_heads: set
    election_nouns: set
    share_words: set
    campaign_words: set
    private_sectors: set
    case_contractions: dict
    case_locutions: dict     # how a locution starts -> the preposition it names
    reciprocal_preps: set
    target_preps: set
    agent_preps: set
    partner_preps: set
    companion_preps: set
    person_preps: set
    place_preps: set
    beneficiary_preps: set
    dative_preps: set
    control_complement_preps: set
    preverbal_clitics: set
    aside_marks: set
    reflexive_pronouns: set
    object_pronouns: set
    de_article_contractions: set
    complementizers: set
    purpose_marks: set
    past_participle_endings: tuple
    gathering_verbs: set
    property_codes: set
    juxtaposed_agent_types: set
    unarmed_sectors: set
    unarmed_entity_types: set
    property_verbs: set
    quantity_nouns: set
    latter_nouns: set
    document_nouns: set     # a statement's medium (« communiqué », « rapport »): source_cues.json, as for quotes
    measure_nouns: set
    relation_nouns: set
    member_nouns: set
    captive_nouns: set
    patient_modes: set
    light_verbs_with_a: set
    conducting_verbs: dict  # verb -> the prepositions naming who is entrusted with the act (« confier à »)
    conducting_predicates: set
    phase_nouns: set
    concessive_preps: set
    series_nouns: set
    aiming_participles: set
    hitting_verbs: set      # « les tirs ont touché deux soldats »: what an act of force hit (nominal.undergoer)
    judged_act_nouns: set    # « saluer la décision »: an act praised (triggers.judged_act)
    time_nouns: set
    tie_nouns: set
    state_form_words: set
    civilian_moves: set
    moved_subject_pronouns: set
    state_participles: set
    lasting_participles: dict   # verb -> "held" / "result" (verbforms.lasting_state)
    duration_marks: set
    on_demand_nouns: dict
    non_withdrawing_sectors: set
    collective_modes: set
    damage_modes: set
    misdeed_verbs: set
    damaged_thing_preps: set
    fire_nouns: set
    deliberate_marks: set
    accidental_marks: set
    blockade_verbs: set
    unblocking_verbs: set
    intervening_verbs: set
    protest_site_preps: set
    protested_premises: set
    site_part_nouns: set
    left_body_sectors: set
    actor_locutions: dict
    emblem_group_sector: str
    sport_words: set
    harm_words: set
    person_harm_verbs: set
    state_sectors: set
    verbal_attack_words: set
    speaker_verbal_words: set
    classified_heads: set
    relief_purposes: set
    ground_holding_verbs: set
    stance_verbs: set
    author_sectors: set
    comparison_preps: set
    meeting_topic_preps: set
    medium_preps: set
    medium_words: set
    physical_attack_cues: set
    weapon_means: set
    armed_sectors: set
    war_coerce_modes: set
    war_capture_codes: set
    war_expel_codes: set
    war_expel_modes: set
    holding_verbs: set
    fighting_sectors: set
    state_force_sectors: set
    fighter_nouns: set
    group_adjectives: set
    bare_fighter_sectors: dict
    contrast_coordinators: set
    political_sectors: set
    locative_preps: set
    circumstance_preps: set
    means_preps: set
    protest_organisers: set
    police_modes: set
    offender_modes: set
    police_sectors: set
    opponent_nouns: set
    employee_nouns: set
    answering_verbs: set
    labour_sectors: set
    opposed_adjectives: set
    against_prefixes: set
    attacker_nouns: set
    vehicle_nouns: set
    driver_nouns: set
    attacker_labels: set
    court_nouns: set
    investigating_complements: set
    judgement_nouns: set
    regret_verbs: set
    appealed_to_preps: set
    charge_verbs: set
    suspect_nouns: set
    indefinite_subjects: set
    agentless_decision_types: set
    procedure_nouns: set
    procedure_outcome_verbs: set
    procedure_time_heads: set
    inquiring_sectors: set
    one_sided_acts: dict
    frame_preps: set
    time_frame_preps: set
    claim_verbs: set
    affiliation_verbs: set
    claimed_act_nouns: set
    explosive_devices: set
    device_marks: set
    blast_attack_words: set
    attribution_verbs: set
    responsibility_nouns: set
    causative_verbs: set
    weapon_test_marks: set
    blast_place_words: set
    attacked_place_preps: set
    facility_nouns: set
    place_parts: set
    when_marks: set
    dwelling_nouns: set
    owner_preps: set
    casualty_words: set
    death_objects: dict
    unnamed_attacker_sectors: set
    retold_attacker_sectors: set
    words_nouns: set
    claim_nouns: set
    act_anaphors: set
    provoking_verbs: set
    clause_anaphors: set
    authored_nouns: set
    authoring_verbs: set
    measure_hypernyms: set
    retelling_adjectives: set
    adopting_verbs: set
    deciding_bodies: set
    deciding_sectors: set
    wanting_verbs: set
    preposition_adverbs: set
    background_heads: set
    award_nouns: set
    prize_fields: set
    award_names: set
    wrongdoing_nouns: set
    naming_verbs: set        # « il s'agit de », « qualifier de »: verbs naming what a thing is
    naming_preps: set
    place_heads: set
    street_nouns: set
    relief_codes: set
    disaster_words: set
    accident_words: set
    outcome_harm_words: set
    relief_place_preps: set
    private_person_nouns: set
    occurrence_verbs: set
    occurrence_objects: dict     # verb -> the objects it says an act occurred with (« avoir lieu »)
    occurrence_attributes: dict  # attribute noun -> its prepositions (« en cours »)
    asked_of_nouns: set
    passive_semi_auxiliaries: dict    # « se voir refuser », « se faire arrêter par X »: a passive periphrasis
    faire_own_acts: set      # « se faire exploser », « se faire entendre »: the subject's own act, no passive
    speech_acts: frozenset   # (verb lemma, PLOVER type) of acts of words (« dénoncer » ACCUSE): `_speech_acts`
    passive_auxiliary: str
    proxy_verb: str
    # modality, attribution, dates (event_modality.json)
    negation: set
    negation_particles: set
    restriction_words: set
    emphatic_pronouns: set
    emphatic_marks: set
    negative_determiners: set
    infinitive_complement_marks: set
    hypothesis_marks: list
    clock_time: re.Pattern      # « 10h50 », « 7h »: a time of day (dates.json), never a party
    chronicle_entry: re.Pattern     # « Vers 9h50, … »: a line of a chronicle (dates.json)
    chronicle_min_entries: int
    lead_day_window: int
    condition_marks: set
    relative_subjunctive_cues: set
    modal_verbs: set
    modal_forms: set         # inflected forms of the regular modal verbs (« compte », « comptent »)
    intention_nouns: set
    advocacy_words: set
    advocacy_marks: set
    threat_speech: set
    prevention_verbs: set
    advice_adverbs: set
    question_verbs: set
    cancel_words: set
    postpone_words: set
    concessive_adverbs: set
    repetition_marks: set        # « de nouveau », « une nouvelle fois »: another occurrence of an act (merging.py)
    additive_marks: set          # « également », « aussi »: an act done besides another
    repetition_adjectives: set   # « une seconde explosion », « de nouvelles frappes »
    attribution_preps: set
    auxiliaries: set
    near_future_auxiliaries: set
    future_endings: set
    refusal_modes: dict          # PLOVER type of a cooperation -> REJECT mode of its refusal (quoted_acts.py)
    pending_adverbs: set
    deontic_verbs: set


def _verb_forms(verbs: dict, irregular_ir: set) -> dict:
    verb_forms = {}
    for lemma, readings in verbs.items():
        e = readings if isinstance(readings, dict) else {"forms": [f for r in readings for f in r.get("forms", [])]}
        # regular conjugations, because the tagger's lemmas are unreliable on rare or capitalised verbs
        if lemma.endswith("er"):
            forms = _er_forms(lemma[:-2])
        elif lemma.endswith("ir") and lemma not in irregular_ir:
            forms = _ir_forms(lemma[:-2])
        else:
            forms = []
        for f in forms + e.get("forms", []):
            verb_forms.setdefault(f, lemma)
    return verb_forms


@functools.cache
def lexicon(lang: str = "fr") -> Lexicon:
    d = {}
    for name in DATA_FILES:
        d.update(read_json(lang, name))
    classes = {}
    for cls, words in d["noun_classes"].items():
        for w in (words if not cls.startswith("_") else ()):     # "_class": the class's comment
            classes.setdefault(w, cls)
    for w in d["protested_premises"]:      # the premises protesters block are blockaded sites too (noun_classes)
        classes.setdefault(w, "blockaded")
    table = lambda t: {k: v for k, v in t.items() if not k.startswith("_")}
    # an entry may list readings tried in order (« mettre … en garde » THREATEN, « mettre … d'accord » AGREE)
    as_list = lambda t: {k: (v if isinstance(v, list) else [v]) for k, v in t.items()}
    verbs, nouns = as_list(table(d["verbs"])), as_list(table(d["nouns"]))     # "_word": its comment
    for reading in (r for t in (verbs, nouns) for rs in t.values() for r in rs if r.get("with")):
        # « @deployed_forces »: a shared list of word_lists, one list for every reading that names it
        reading["with"] = [w for item in reading["with"] for w in (
            d["word_lists"][item[1:]] if item.startswith("@") else [item])]
    _add_cameo_entries(verbs, nouns, lang, set(d["locution_function_words"]), set(d["locution_clitics"]))
    special = dict(
        passive_auxiliary=d["passive_auxiliary"], proxy_verb=d["proxy_verb"],
        verbs=verbs, nouns=nouns,
        self_actor_nouns=frozenset(w for w, rs in nouns.items() if rs[0].get("self_actor")),
        verb_forms=_verb_forms(verbs, set(d["irregular_ir"])), classes=classes,
        # the lemmatizer reads « il compte reprendre » as the noun « compte »: the form says the verb
        modal_forms={f for m in d["modal_verbs"] if m.endswith("er") for f in _er_forms(m[:-2])},
        prep_variants={k: set(v) for k, v in d["prep_variants"].items()},
        prep_adverbs={k: set(v) for k, v in d["prep_adverbs"].items() if not k.startswith("_")},
        mode_cues={w: mode for mode, ws in d["mode_cues"].items() if not mode.startswith("_") for w in ws},
        threat_content=set(d["threat_content"]), threat_intent=set(d["threat_intent"]), everyday_object_types=set(d["everyday_object_types"]),
        civil_sectors=set(d["civil_sectors"]),     # PLOVER codes
        private_sectors=set(d["private_sectors"]),
        state_sectors=set(d["state_sectors"]), unarmed_sectors=set(d["unarmed_sectors"]),
        unarmed_entity_types=set(d["unarmed_entity_types"]),
        armed_sectors=set(d["armed_sectors"]), war_coerce_modes=set(d["war_coerce_modes"]),
        war_capture_codes=set(d["war_capture_codes"]), war_expel_codes=set(d["war_expel_codes"]),
        war_expel_modes=set(d["war_expel_modes"]),
        holding_verbs=set(d["holding_verbs"]), ground_holding_verbs=set(d["ground_holding_verbs"]),
        stance_verbs=set(d["stance_verbs"]),
        fighting_sectors=set(d["fighting_sectors"]), state_force_sectors=set(d["state_force_sectors"]),
        fighter_nouns=set(d["fighter_nouns"]), group_adjectives=set(d["group_adjectives"]), bare_fighter_sectors=dict(d["bare_fighter_sectors"]),
        contrast_coordinators=set(d["contrast_coordinators"]),
        political_sectors=set(d["political_sectors"]), agentless_decision_types=set(d["agentless_decision_types"]),
        one_sided_acts=dict(d["one_sided_acts"]),
        non_withdrawing_sectors=set(d["non_withdrawing_sectors"]), moved_subject_pronouns=set(d["moved_subject_pronouns"]),
        state_participles=set(d["state_participles"]), lasting_participles=dict(d["lasting_participles"]),
        duration_marks=set(d["duration_marks"]), on_demand_nouns=dict(d["on_demand_nouns"]),
        left_body_sectors=set(d["left_body_sectors"]), deciding_sectors=set(d["deciding_sectors"]),
        author_sectors=set(d["author_sectors"]), unnamed_attacker_sectors=set(d["unnamed_attacker_sectors"]),
        retold_attacker_sectors=set(d["retold_attacker_sectors"]),
        civil_retype=table(d["civil_retype"]), actor_nouns=table(d["actor_nouns"]),
        actor_locutions=dict(d["actor_locutions"]),
        emblem_group_sector=d["emblem_group_sector"],     # a group named by its emblem (« les Gilets jaunes »)
        need_modifier=set(d["groups_need_modifier"]), collective_nouns=set(d["collective_nouns"]),
        definite_plural_actors=set(d["definite_plural_actors"]), group_sectors=set(d["group_sectors"]),
        definite_actors=set(d["definite_actors"]),
        agent_only_actors=set(d["agent_only_actors"]),
        police_sectors=set(d["police_sectors"]), labour_sectors=set(d["labour_sectors"]),     # PLOVER codes
        inquiring_sectors=set(d["inquiring_sectors"]),
        anaphoric_nouns={k.lower(): v for k, v in d["anaphoric_nouns"].items()},
        retold_person_nouns=set(d["retold_person_nouns"]),
        number_words=dict(d["number_words"]),
        case_contractions=dict(d["case_contractions"]), case_locutions=dict(d["case_locutions"]),
        occurrence_objects={k: set(v) for k, v in d["occurrence_objects"].items()},
        death_objects={k: set(v) for k, v in d["death_objects"].items()},
        patient_frames={k: set(v) for k, v in table(d["patient_frames"]).items()},
        patient_locutions={k: set(v) for k, v in table(d["patient_locutions"]).items()},
        occurrence_attributes={k: set(v) for k, v in d["occurrence_attributes"].items()},
        conducting_verbs={k: set(v) for k, v in d["conducting_verbs"].items()},
        hypothesis_marks=[m.lower() for m in d["hypothesis_marks"]],
        clock_time=re.compile(read_json(lang, "dates.json")["clock_time"]),
        chronicle_entry=re.compile(read_json(lang, "dates.json")["chronicle_entry"], re.IGNORECASE | re.MULTILINE),
        chronicle_min_entries=read_json(lang, "dates.json")["chronicle_min_entries"],
        lead_day_window=read_json(lang, "dates.json")["lead_day_window"],
        past_participle_endings=tuple(d["past_participle_endings"]),     # str.endswith reads a tuple
        titles=word_set(lang, "titles.txt"),
        property_verbs=_property_verbs(lang, set(d["property_codes"])),
        asked_of_nouns=_asked_of_nouns(lang),
        speech_acts=_speech_acts(lang),
        passive_semi_auxiliaries=table(d["passive_semi_auxiliaries"]),
        refusal_modes=dict(d["refusal_modes"]),
        # one list for quotes and events
        quantity_nouns=set(read_json(lang, "speakers.json")["quantity_nouns"]),
        latter_nouns=set(read_json(lang, "speakers.json")["last_named_anaphors"]),     # (ce) dernier
        document_nouns=set(read_json(lang, "source_cues.json")["document_nouns"]),
        reflexive_clitics={w.lower() for w in read_json(lang, "speakers.json")["reflexive_clitics"]},
    )
    # every other field is a set of French words kept under its own name in the data, lower-cased
    words = {f.name: {w.lower() for w in d[f.name]} for f in dataclasses.fields(Lexicon) if f.name not in special}
    return Lexicon(**special, **words)


# how many strings `_norm` (the lexicons' `norm_word`) remembers before `bound_word_caches` empties them
_WORD_CACHE_MAX = 200_000


def bound_word_caches() -> None:
    """Empty `_norm`'s answers once it holds `_WORD_CACHE_MAX` strings (asked once per article: a
    long run meets ever new names). An unbounded cache answers with one look-up; a bounded one also relinks its
    recency list on every answer, memory the model's matrices have evicted by the next article: 2–3 % of the
    events stage inside the pipeline (`benchmarks/events_stage.py`)."""
    if _norm.cache_info().currsize >= _WORD_CACHE_MAX:
        _norm.cache_clear()
