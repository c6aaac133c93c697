"""veille.watch.feeds and state helpers: what a listing yields, durations."""
from __future__ import annotations

import pytest

from veille.watch.feeds import parse_listing
from veille.watch.fetch import Fetched
from veille.watch.state import format_every, parse_every
from watch_site import atom_feed, front_page, rss_feed, sitemap

BASE = "http://news.example"


def doc(body: str, ctype: str, url: str = BASE + "/x") -> Fetched:
    return Fetched(url=url, status=200, content=body.encode("utf-8"), content_type=ctype)


def test_rss_items_with_dates():
    listing = parse_listing(doc(rss_feed("Le Quotidien", BASE, [("/a-1", "2024-03-12"), ("/b-2", None)]),
                                "application/rss+xml"))
    assert listing.kind == "rss" and listing.title == "Le Quotidien"
    assert [i.url for i in listing.items] == [BASE + "/a-1", BASE + "/b-2"]
    assert listing.items[0].updated.startswith("2024-03-1")


def test_atom_items_with_updated():
    listing = parse_listing(doc(atom_feed("Flux", BASE, [("/a-1", "2024-03-12")]), "application/atom+xml"))
    assert listing.kind == "atom"
    assert listing.items[0].url == BASE + "/a-1"
    assert listing.items[0].updated == "2024-03-12T08:30:00Z"


def test_rss_served_as_text_html_is_still_a_feed():
    listing = parse_listing(doc(rss_feed("F", BASE, [("/a-1", None)]), "text/html"))
    assert listing.kind == "rss" and len(listing.items) == 1


def test_sitemap_newest_first():
    body = sitemap(BASE, [("/old-article", "2023-01-01"), ("/new-article", "2024-05-01")])
    listing = parse_listing(doc(body, "application/xml"))
    assert listing.kind == "sitemap"
    assert [i.url for i in listing.items] == [BASE + "/new-article", BASE + "/old-article"]


def test_sitemap_index_lists_children():
    body = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            '<sitemap><loc>http://news.example/s1.xml</loc><lastmod>2024-01-01</lastmod></sitemap>'
            '<sitemap><loc>http://news.example/s2.xml</loc><lastmod>2024-02-01</lastmod></sitemap></sitemapindex>')
    listing = parse_listing(doc(body, "application/xml"))
    assert listing.kind == "sitemapindex" and listing.children == [BASE + "/s2.xml", BASE + "/s1.xml"]


def test_front_page_keeps_article_links_only():
    links = ["/politique/2024/03/12/le-gouvernement-presente-son-plan", "/international/article-123456",
             "https://other.example/2024/03/12/un-article-ailleurs-sur-le-web", "/politique", "/img/photo.jpg"]
    listing = parse_listing(doc(front_page("Le Quotidien", links, feed_path="/rss.xml"), "text/html", BASE + "/"))
    assert listing.kind == "page" and listing.title == "Le Quotidien"
    assert [i.url for i in listing.items] == [BASE + "/politique/2024/03/12/le-gouvernement-presente-son-plan",
                                              BASE + "/international/article-123456"]
    assert listing.feed_links == [BASE + "/rss.xml"]


def test_nav_and_footer_links_are_not_articles():
    listing = parse_listing(doc(front_page("Accueil", []), "text/html", BASE + "/"))
    assert listing.items == []


def test_broken_feed_falls_back_to_page_links():
    listing = parse_listing(doc("<html><body><a href='/a-b-c-d-e'>x</a>", "text/html", BASE + "/"))
    assert listing.kind == "page" and [i.url for i in listing.items] == [BASE + "/a-b-c-d-e"]


@pytest.mark.parametrize("text,seconds", [("15m", 900), ("1h", 3600), ("1h30m", 5400), ("90s", 90), ("90", 90),
                                          ("1d", 86400), ("2H", 7200)])
def test_parse_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "0", "-5m", "m15"])
def test_parse_every_rejects(text):
    with pytest.raises(ValueError):
        parse_every(text)


def test_format_every():
    assert format_every(900) == "15m" and format_every(5400) == "1h30m" and format_every(45) == "45s"


def test_tracking_parameters_are_removed_from_item_urls():
    body = rss_feed("F", BASE, [("/a-1?utm_source=rss&utm_medium=feed&id=5", None), ("/b-2?xtor=RSS-3", None)])
    listing = parse_listing(doc(body, "application/rss+xml"))
    assert [i.url for i in listing.items] == [BASE + "/a-1?id=5", BASE + "/b-2"]
