"""veille.render: the pretty terminal rendering shows the extraction's content, article text never as markup."""
from __future__ import annotations

import io

from rich.console import Console

from veille.model import (Article, Boilerplate, Entity, Event, Extraction, Mention, Quote, TextSpan)
from veille.render import print_pretty


def sample() -> Extraction:
    text = "Titre [bold]piégé[/bold]\nLa ministre Claire Petit a déclaré : « Rien n'est [red]décidé[/red]. »\n"
    ents = [Entity("e1", "Claire Petit", "PER", country="FRA", sector="GOV", role="ministre",
                   mentions=[Mention(35, 47, "Claire Petit"), Mention(0, 0, "Petit")]),
            Entity("e2", "agence Nova", "ORG", sector="MED")]
    quotes = [Quote("q1", 70, 100, "Rien n'est [red]décidé[/red].", "direct", speaker="e1",
                    speaker_mention=TextSpan(35, 47, "Claire Petit"), cue=TextSpan(48, 58, "a déclaré"),
                    via=["e2"], channel="interview")]
    events = [Event("v1", "REJECT", TextSpan(60, 65, "rejette"), TextSpan(0, 10, "x"), source=["e1"],
                    target=["e2"], date="2024-05-14", negated=True)]
    bps = [Boilerplate(0, 10, "Photo : Studio", "photo-credit")]
    return Extraction(Article(text=text, title="Titre [bold]piégé[/bold]", source_path="a.txt"),
                      entities=ents, quotes=quotes, events=events, boilerplate=bps)


def render(ext) -> str:
    out = io.StringIO()
    print_pretty(ext, console=Console(file=out, width=160, color_system=None))
    return out.getvalue()


def test_pretty_shows_every_part():
    text = render(sample())
    for part in ("Claire Petit", "agence Nova", "FRA", "GOV", "a déclaré", "interview", "REJECT", "2024-05-14",
                 "nié", "photo-credit", "Photo : Studio", "Petit"):
        assert part in text, part


def test_article_text_is_not_markup():
    text = render(sample())
    assert "[bold]piégé[/bold]" in text
    assert "[red]décidé[/red]" in text


def test_empty_extraction():
    text = render(Extraction(Article(text="Rien\nDu tout.", title="Rien")))
    assert "Rien" in text and "Aucune" in text
