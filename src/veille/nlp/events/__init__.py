"""`veille_events`: PLOVER events — who did what to whom, when, said by whom.

Cheap by design: one pass over the tokens looks lemmas up in the trigger lexicon (lang/<lang>/event_triggers.json);
only trigger tokens get dependency walks:
- verbs: subject → source (through xcomp/conj/advcl chains, relative « qui », and a coordinated list written left
  of the subject), object / à- / avec- / contre-complements → target, passive subject → target and « par » agent →
  source;
- nouns: « de » complement (role set per noun: « l'occupation du Koweït »), « par » → source, « avec »/« contre »
  → target, a possessive (« sa rencontre ») → the subject of the governing verb; a light verb's subject
  (« la police a effectué des arrestations ») → source.
Arguments become entity ids: the mention under the phrase head, its appositions and conjuncts, else a named
complement, else a descriptive actor (« la police », « des manifestants », sector from the lexicon) added through
the entity registry. Pronouns: « je/nous » in a quote → its speaker; « il/elle/ils » → the nearest preceding
subject entity, as the shared referent chains' last-subject search finds it.

Flags: negated (ne … pas, aucun, sans), hypothetical (si / en cas de, conditional or subjunctive mood, a modal
or intention governor: « pourrait frapper », « son projet d'envoyer des renforts » — announced, not yet done).
Attribution: inside a quote span → quote id and its speaker (+ relays); « selon X » in the sentence → X.
Dates: a date expression of the trigger's clause, else of its sentence, else the last day written earlier in the
paragraph, else the reference date (publication or dateline) — except for the pluperfect (background) → null.
The same event told again (same type and actors; the title restating the lead) is one event with several mentions.
The content of another trigger (« prie le Soudan de se retirer ») is not an event of its own.

Offsets are article offsets (doc char offset + doc._.veille_offset), like the entity registry's.

Modules, one per stage (each stage is a mixin of `EventRun` over the shared article state):
- component.py — the `veille_events` factory and `EventExtractor`; extractor.py — `EventRun.run` (stages in order,
  typing rules);
- document.py — `EventDoc`, the article state (sentences, mentions, quotes, dates) and syntactic helpers; parties.py —
  what kind of party an entity is (armed, a state, a private person, a civilian side);
- lexicon.py — the French words, read once from `lang/<lang>/event_*.json`; cameo_readings.py — the readings and
  word lists taken from the CAMEO-derived lexicon (`event_lexicon.tsv`);
- triggers.py — trigger lookup and the reading's conditions; locutions.py — whether a reading's locution follows its
  trigger; devices.py — the explosive device a bombing's explosion needs, and a noun retelling an act; arguments.py — source and target; clauses.py — who does a verb's act (the subject finder); nominal.py —
  who does a noun's act, read from its clause (light verbs, relative clauses, occurrence and clash verbs);
  participles.py — the subject of a gerund or participle clause;
- verbforms.py — participles, the gérondif and the passive, as the clause readings test them;
- actors.py — who a phrase names (designations, descriptive actors); demonyms.py — the countries places and
  demonyms name; pronouns.py — pronouns, read from the referent chains;
- implicit.py — the actor of an act whose clause names none (the police for an arrest, the operation told, a
  claim); outcomes.py — the author of an attack told only by its outcome (« deux attentats ont tué … »);
- means.py — help told as the means of an act (« avec l'aide de X »): who helps whom, material or not;
- measures.py — the author of the measure a demand, a refusal or a blame reacts to (« juge le gel
  des loyers insuffisant et réclame … »), and whom a noun retelling a thing made (« la mesure », « cette annonce ») names;
- places.py — whom an attack with no one hit named was done to (the dead its sentence tells, the facility or
  crowd), the owner of a home searched, the thing damaged or blocked (not the town it stands in) and the
  protesters whose blockade a thing blocked with no agent is;
- topics.py — the recipient the headline gives an act still without one (flagged `target_from: "context"`);
- dyads.py — the other side of an act told with one side only, from its author's (or recipient's) nearest dealing
  of the same kind, last (flagged `target_from` / `source_from: "context"`);
- modality.py — content, negation, hypothesis, attribution; dating.py — the event's date;
- quoted_acts.py — the speech act a negated or supposed act in someone's words tells: one's own side's act denied
  is a refusal or a denial (« nous ne céderons pas »), another's act it must do a demand (« X doit retirer … »);
- merging.py — one event per telling, then the `Event` records.
"""
from veille.nlp.events.component import EventExtractor, make_events
from veille.nlp.events.extractor import EventRun
from veille.nlp.events.lexicon import Lexicon, lexicon

__all__ = ["EventExtractor", "EventRun", "Lexicon", "lexicon", "make_events"]
