"""Events across articles: the same happening (type, actors, date within the window) told by several articles."""
from __future__ import annotations

import pytest

from veille.model import Article, Entity, Event, Extraction, TextSpan
from veille.store import Store
from veille.store.crossref import queries as X
from veille.store.crossref.story_events import WINDOW_DAYS, same_event


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "v.db")
    yield s
    s.close()


def report(n: int, *, type_: str = "ASSAULT", date: str | None = "2024-02-10", published: str = "2024-02-11",
           source=("Armée russe", "Q1"), target=("Kharkiv", "Q2"), negated: bool = False) -> Extraction:
    text = f"Titre {n}\nL'{source[0]} a frappé {target[0] if target else 'la ville'} selon le récit {n}."
    ents = [Entity(id="e1", name=source[0], type="ORG", kb_id=source[1])]
    if target:
        ents.append(Entity(id="e2", name=target[0], type="GPE", kb_id=target[1]))
    trig = TextSpan(text.index("frappé"), text.index("frappé") + 6, "frappé")
    sent = TextSpan(0, len(text), text)
    ev = Event(id="v1", type=type_, trigger=trig, sentence=sent, source=["e1"], target=["e2"] if target else [],
               date=date, negated=negated)
    return Extraction(article=Article(text=text, title=f"Titre {n}", published=published, outlet=f"Outlet {n}",
                                      url=f"https://ex.org/{n}", body_start=text.index("\n") + 1),
                      entities=ents, events=[ev], pipeline_version="t")


def test_the_same_strike_told_on_two_days_is_one_event_with_its_reports(store):
    store.write(report(1))
    store.write(report(2, date="2024-02-11", published="2024-02-12"))
    store.write(report(3, date=None, published="2024-02-12", target=None))  # dated by its article, no target
    [event] = X.list_shared_events(store)
    assert event["reports"] == 3 and event["type"] == "ASSAULT" and event["first"]["article_id"]
    found = X.get_shared_event(store, event["id"])
    assert [r["outlet"] for r in found["reports"]] == ["Outlet 1", "Outlet 2", "Outlet 3"]
    assert {a["kb_id"] for a in found["reports"][0]["actors"]} == {"Q1", "Q2"}


def test_other_type_other_actors_negation_or_too_far_apart_stay_apart(store):
    store.write(report(1))
    store.write(report(2, type_="THREATEN"))
    store.write(report(3, source=("Armée ukrainienne", "Q3")))
    store.write(report(4, target=("Odessa", "Q4")))
    store.write(report(5, negated=True))
    store.write(report(6, date=f"2024-02-{10 + WINDOW_DAYS + 1}"))
    assert X.list_shared_events(store) == []


def test_actors_are_compared_by_kb_id_else_by_folded_name():
    assert same_event({"Q1"}, {"Q2"}, {"Q1"}, set()) == pytest.approx(0.5)
    assert same_event({"name:armee russe"}, set(), {"name:armee russe"}, set()) == 1.0
    assert same_event({"Q1"}, {"Q2"}, {"Q1"}, {"Q4"}) == 0.0
