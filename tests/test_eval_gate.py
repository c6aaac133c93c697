"""Evaluation gate: the extraction scored on the shared gold sets must not fall below pinned floors.

Floors sit about 0.03 below what the system scored when they were pinned (see the date below), so that a
regression fails CI while noise in a single item does not. Raise them when the system improves; never lower one
without saying why in the commit. Issue targets, for reference: seed quote_F1 >= 0.95, speaker_acc >= 0.92,
quote_speaker_F1 >= 0.90, via_acc = 1.0, entity_merge_acc >= 0.93, boilerplate 2/2, event_F1 >= 0.85,
event_date_acc = 1.0; winer-dev quote_speaker_F1 >= 0.80; winer-dev-events event_F1 >= 0.65.

Skipped when ../shared (the folder beside the repository) is absent, as in a user's clone.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason=f"{SHARED} is absent (gold sets not available)"),
]

GOLD_SETS = {
    "seed": SHARED / "gold" / "seed.gold.json",
    "winer-dev": SHARED / "data" / "winer-dev",
    "winer-dev-events": SHARED / "data" / "winer-dev-events",
    # the project's own blind-annotated set (eval/winer-pocket/README.md): in the repository, gated with the others
    "winer-pocket": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket",
    "winer-pocket2": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket2",
    "winer-pocket3": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket3",
    "winer-pocket4": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket4",
    "winer-pocket5": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket5",
    "winer-pocket6": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket6",
    "winer-pocket7": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket7",
    "winer-pocket8": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket8",
    "winer-pocket9": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket9",
    "winer-pocket10": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket10",
    "winer-pocket11": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket11",
    "winer-pocket12": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket12",
    "winer-pocket13": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket13",
    "winer-pocket14": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket14",
    "winer-pocket15": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket15",
    "winer-pocket16": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket16",
    "winer-pocket17": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket17",
    "winer-pocket18": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket18",
    "winer-pocket19": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket19",
    "winer-pocket20": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket20",
    "winer-pocket21": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket21",
    "winer-pocket22": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket22",
    "winer-pocket23": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket23",
    "winer-pocket24": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket24",
    "winer-pocket25": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket25",
    "winer-pocket26": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket26",
    "winer-pocket27": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket27",
    "winer-pocket28": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket28",
    "winer-pocket29": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket29",
    "winer-pocket30": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket30",
    "winer-pocket31": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket31",
    "winer-pocket32": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket32",
    "winer-pocket33": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket33",
    "winer-pocket34": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket34",
    "winer-pocket35": Path(__file__).resolve().parents[1] / "eval" / "winer-pocket35",
}

# Pinned PINNED_ON from `veille evaluate` (micro-averages); measured figures in the comments.
PINNED_ON = "2026-12-07"  # raised in the twenty-fourth session
FLOORS = {
    "seed": {
        "quote_F1": 0.97,            # 1.000
        "speaker_acc": 0.97,         # 1.000
        "quote_speaker_F1": 0.97,    # 1.000
        "via_acc": 0.97,             # 1.000 (two relayed quotes: any miss halves it)
        "entity_merge_acc": 0.97,    # 1.000
        "event_F1": 0.94,            # 0.970
        "event_date_acc": 0.97,      # 1.000
    },
    # 44 articles since 2026-12-04 (24 of 2016, 20 of 2017-2018 annotated without seeing the engine's output);
    # raised 2026-12-05 (second session) after the focus, names, relays and agreement work (0.924 / 0.864 / 0.823 /
    # 0.714 at the start of that session; 0.875 / 0.786 / 0.725 / 0.400 on 2026-12-04); raised again in the third
    # session (one antecedent search, first names, KB office holders, role descriptions): 0.937 / 0.928 / 0.883 / 0.862
    "winer-dev": {
        "quote_F1": 0.91,            # 0.937
        "speaker_acc": 0.91,         # 0.938 (ninth session)
        "quote_speaker_F1": 0.86,    # 0.883
        "via_acc": 0.83,             # 0.862
    },
    # 22 articles since 2026-12-04 (10 of 2016, 12 of 2017-2018 annotated without seeing the engine's output)
    "winer-dev-events": {
        # 0.864 (twenty-third session), 0.861 (twenty-second session), 0.852 (nineteenth session), 0.851 (eighteenth session), 0.845 (seventeenth session, dyads), 0.842 (fifteenth session), 0.840 (thirteenth session; 0.842 at its start; 0.837 at the eleventh's end, 0.834 at the tenth's end, 0.823 at
        # the seventh's start, 0.796 at the sixth's, 0.765 at the fifth's, 0.481 on 2026-12-04)
        "event_F1": 0.84,
        # 0.949 (twenty-fourth session: the dateline as reference, the lead's day; 0.929 at its start), 0.928
        # (eighteenth session), 0.917 (twelfth session; 0.924 at the sixth's): the share of matched events dated right
        "event_date_acc": 0.92,
    },
    # 10 unseen 2016 articles annotated blind; 0.327 when first scored, before study (sixth session)
    "winer-pocket": {
        "event_F1": 0.69,            # 0.729 (nineteenth session; 0.724 at its start, 0.703 at the thirteenth's, 0.555 at the eighth's)
    },
    # 10 more unseen 2016 articles annotated blind; 0.205 when first scored at the end of the sixth session
    "winer-pocket2": {
        "event_F1": 0.50,            # 0.531 (fifteenth session; 0.520 at its start, 0.542 in the thirteenth)
    },
    # 10 + 10 unseen 2016 articles annotated blind (12 core events each); first scored at the start of the seventh
    # session, 0.438 and 0.522, then studied
    "winer-pocket3": {
        "event_F1": 0.75,            # 0.788 (twelfth session; 0.727 at its start)
    },
    "winer-pocket4": {
        "event_F1": 0.58,            # 0.615 (eighteenth session; 0.560 at its start and the twelfth's)
    },
    # 14 unseen 2016 articles annotated blind (41 core events): 0.479 on the seventh session's starting code, 0.524
    # at its end (eval/winer-pocket5/README.md); studied from the eighth session on
    "winer-pocket5": {
        "event_F1": 0.72,            # 0.750 (seventeenth session, dyads; 0.743 at the sixteenth's, 0.524 at the eighth's)
    },
    # 8 + 8 unseen 2016 articles annotated blind (25 and 17 core events): first scored on the eighth session's
    # starting code, 0.533 and 0.457, and 0.545 and 0.486 at its end, unread; studied from the ninth session on
    "winer-pocket6": {
        "event_F1": 0.80,            # 0.836 (eighteenth session; 0.815 at its start, 0.545 at the ninth's)
    },
    "winer-pocket7": {
        "event_F1": 0.74,            # 0.773 (thirteenth session; 0.756 at the twelfth's end, 0.486 at the ninth's)
    },
    # 10 + 10 unseen 2016 articles annotated blind (40 and 22 core events): first scored on the ninth session's
    # starting code, 0.377 and 0.316, and 0.472 and 0.308 at its end, unread; studied from the tenth session on
    "winer-pocket8": {
        "event_F1": 0.73,            # 0.763 (sixteenth session; 0.753 at its start, 0.472 at the tenth's)
    },
    "winer-pocket9": {
        "event_F1": 0.62,            # 0.652 (fifteenth session; 0.638 at its start, 0.300 at the twelfth's)
    },
    # 10 + 10 unseen 2016 articles annotated blind (26 and 23 core events): first scored on the tenth session's
    # starting code, 0.421 and 0.511, and 0.421 and 0.468 at its end, unread; studied from the eleventh session on
    "winer-pocket10": {
        "event_F1": 0.58,            # 0.610 (eighteenth session; 0.600 at its start); 0.421 first scored (unread)
    },
    "winer-pocket11": {
        "event_F1": 0.77,            # 0.807 (seventeenth session; 0.786 at its start); 0.511 first scored (unread)
    },
    # 10 + 10 unseen 2016 articles annotated blind (26 and 23 core events, mostly crime and attack news): first
    # scored on the eleventh session's starting code, 0.348 and 0.275, and 0.348 and 0.269 at its end, unread;
    # studied from the twelfth session on
    "winer-pocket12": {
        "event_F1": 0.60,            # 0.630 (eighteenth session; 0.604 at its start, 0.348 at the twelfth's)
    },
    "winer-pocket13": {
        "event_F1": 0.58,            # 0.621 (nineteenth session; 0.607 at its start, 0.582 at the fifteenth's, 0.269 at the twelfth's)
    },
    # 12 unseen 2016 articles annotated blind (14 core events): first scored on the twelfth session's starting
    # code, 0.432, and 0.513 at its end, unread; studied from the thirteenth session on
    "winer-pocket14": {
        "event_F1": 0.66,            # 0.698 (seventeenth session; 0.667 at its start, 0.513 at the thirteenth's)
    },
    # 16 + 16 unseen 2017-2018 articles annotated blind (33 and 46 core events), from the WiNER-fr repository's
    # 2017/2018 folders: first scored on the thirteenth session's starting code, 0.451 and 0.427
    # (eval/winer-pocket15/README.md). pocket15 was unread through the thirteenth session; studied from the
    # fourteenth on, when pocket17 took its place
    "winer-pocket15": {
        "event_F1": 0.66,            # 0.698 (nineteenth session; 0.675 at its start, 0.600 at the fourteenth's; 0.453 unread)
    },
    "winer-pocket16": {
        "event_F1": 0.56,            # 0.592 (twenty-third session; 0.568 at its start and the eighteenth's end); 0.427 first scored
    },
    # 16 + 16 more 2017-2018 articles annotated blind at the fourteenth session's start (52 and 56 core events),
    # first scored on its starting code `a3e12b1`: 0.450 and 0.490 (eval/winer-pocket17/README.md).
    # pocket17 was unread through the fourteenth session; studied from the fifteenth on, when pocket19 and pocket20
    # took its place
    "winer-pocket17": {
        "event_F1": 0.58,            # 0.621 (twentieth session; 0.596 at its start, 0.446 at the fifteenth's)
    },
    "winer-pocket18": {
        "event_F1": 0.62,            # 0.655 (twenty-second session, studied; 0.636 at its start); 0.490 first scored
    },
    # 16 + 16 more 2017-2018 articles annotated blind at the fifteenth session's start (33 and 44 core events), first
    # scored on its starting code `d837c86`: 0.459 and 0.500 (eval/winer-pocket19/README.md).
    # pocket19 and pocket20 were unread through the sixteenth session; studied from the seventeenth on, when pocket23
    # and pocket24 joined pocket21 and pocket22 as the unread measure
    "winer-pocket19": {
        "event_F1": 0.45,            # 0.484 (eighteenth session, studied; 0.459 at its start); 0.459 first scored
    },
    "winer-pocket20": {
        "event_F1": 0.64,            # 0.680 (twentieth session, studied; 0.646 at its start); 0.500 first scored
    },
    # 16 + 16 more 2017-2018 articles annotated blind at the sixteenth session's start (48 and 30 core events), first
    # scored on its starting code `25ea695`: 0.620 and 0.459 (eval/winer-pocket21/README.md). Unread through the
    # seventeenth session; studied from the eighteenth on, when pocket25 and pocket26 joined pocket23 and pocket24 as
    # the unread measure
    "winer-pocket21": {
        "event_F1": 0.67,            # 0.698 (twenty-fourth session; 0.673 at its start, 0.646 at the twenty-third's)
    },
    "winer-pocket22": {
        "event_F1": 0.60,            # 0.634 (twenty-third session; 0.600 at its start and the twenty-first's end)
    },
    # 16 + 16 more 2017-2018 articles annotated blind at the seventeenth session's start (40 and 51 core events),
    # first scored on its starting code `fbe0ff4`: 0.518 and 0.457 (eval/winer-pocket23/README.md). Unread through
    # the eighteenth session; studied from the nineteenth on, when pocket28 and pocket29 joined pocket25 and pocket26
    # as the unread measure
    "winer-pocket23": {
        "event_F1": 0.67,            # 0.703 (twenty-fourth session; 0.689 at its start, 0.674 at the twenty-third's); 0.518 first scored
    },
    "winer-pocket24": {
        "event_F1": 0.57,            # 0.602 (twenty-fourth session; 0.588 at its start, 0.574 at the twenty-third's); 0.457 first scored
    },
    # 16 + 16 more 2017-2018 articles annotated blind at the eighteenth session's start (53 and 45 core events), drawn
    # from all news, not political headlines only; first scored on its starting code `0b873ca`: 0.439 and 0.400
    # (eval/winer-pocket25/README.md). Unread through the nineteenth session; studied from the twentieth on, when
    # pocket30 and pocket31 joined pocket28 and pocket29 as the unread measure
    "winer-pocket25": {
        "event_F1": 0.66,            # 0.695 (twenty-fourth session; 0.681 at its start, 0.667 at the twenty-third's); 0.439 first scored
    },
    "winer-pocket26": {
        "event_F1": 0.46,            # 0.500 (twentieth session, studied from then on; 0.409 at its start); 0.400 first scored
    },
    # four « Gilets jaunes » chronicles annotated blind in the eighteenth session as study material (68 core events):
    # 0.590 first scored on `01cd476`
    "winer-pocket27": {
        "event_F1": 0.79,            # 0.826 (twenty-second session; 0.815 at the twentieth's, 0.738 at its start; 0.590 first scored)
    },
    # 16 + 16 more 2017-2018 articles annotated blind at the nineteenth session's start (65 and 33 core events), drawn
    # as pocket25 and pocket26 were; first scored on its starting code `0654cfc`: 0.539 and 0.588
    # (eval/winer-pocket28/README.md). Unread through the twentieth session; studied from the twenty-first on, when
    # pocket32 and pocket33 joined pocket30 and pocket31 as the unread measure
    "winer-pocket28": {
        "event_F1": 0.68,            # 0.713 (twenty-fourth session; 0.693 at its start, 0.683 at the twenty-third's); 0.539 first scored
    },
    "winer-pocket29": {
        "event_F1": 0.70,            # 0.732 (twenty-second session; 0.722 at the twenty-first's end, studied from then on; 0.571 at its start, unread); 0.588 first scored
    },
    # 16 + 16 more 2017-2018 articles annotated blind at the twentieth session's start (117 and 27 core events), drawn
    # as pocket28 and pocket29 were (seed 2120); first scored on its starting code `c07dc36`: 0.603 and 0.444
    # (eval/winer-pocket30/README.md). Unread through the twenty-first session (0.622 and 0.436 at its end); studied
    # from the twenty-second on, when pocket34 and pocket35 joined pocket32 and pocket33 as the unread measure
    "winer-pocket30": {
        "event_F1": 0.71,            # 0.743 (twenty-third session; 0.731 at its start, 0.622 at the twenty-second's, unread); 0.603 first scored
    },
    "winer-pocket31": {
        "event_F1": 0.51,            # 0.545 (twenty-third session; 0.481 at its start, 0.436 at the twenty-second's, unread); 0.444 first scored
    },
    # 16 + 16 more 2017-2018 articles annotated blind at the twenty-first session's start (38 and 87 core events),
    # drawn as pocket30 and pocket31 were (seed 2121); first scored on its starting code `fb0ea12`: 0.602 and 0.541
    # (eval/winer-pocket32/README.md). Unread: with pocket34 and pocket35 they are the estimate of unseen news
    "winer-pocket32": {
        "event_F1": 0.57,            # 0.602 at the twenty-third session's end (unread; the same at its start and the twenty-second's); 0.602 first scored
    },
    "winer-pocket33": {
        "event_F1": 0.56,            # 0.589 at the twenty-third session's end (unread; the same at its start, 0.553 at the twenty-second's); 0.541 first scored
    },
    # 16 + 16 more 2017-2018 articles annotated blind at the twenty-second session's start (183 core events, 147 of
    # them in one live report, and 42), drawn as pocket32 and pocket33 were (seed 2122); first scored on its starting
    # code `279a13c`: 0.570 and 0.409 (eval/winer-pocket34/README.md). Unread: with pocket32 and pocket33 they are
    # the estimate of unseen news
    "winer-pocket34": {
        "event_F1": 0.63,            # 0.661 at the twenty-third session's end (unread; the same at its start); 0.570 first scored
    },
    "winer-pocket35": {
        "event_F1": 0.40,            # 0.432 at the twenty-third session's end (unread; the same at its start); 0.409 first scored
    },
}
EXACT = {"seed": {"boilerplate_flagged": "2/2"}}


@pytest.fixture(scope="module")
def reports():
    from veille.evaluate import evaluate_paths

    return {}, evaluate_paths


def report_for(reports, name):
    cache, evaluate_paths = reports
    if name not in cache:
        cache[name] = evaluate_paths([GOLD_SETS[name]], progress=False)
    return cache[name]


def table(report) -> str:
    from veille.evaluate import print_report

    out = io.StringIO()
    print_report(report, file=out)
    return out.getvalue()


@pytest.mark.parametrize("name", list(GOLD_SETS))
def test_every_gold_article_is_processed(reports, name):
    report = report_for(reports, name)
    assert report["micro"]["files"] > 0
    assert [r["error"] for r in report["files"] if r["error"]] == []


@pytest.mark.parametrize("name,metric,floor", [(n, m, f) for n, fl in FLOORS.items() for m, f in fl.items()])
def test_figure_stays_above_its_floor(reports, name, metric, floor):
    report = report_for(reports, name)
    value = report["micro"].get(metric)
    assert value is not None, f"{name}: {metric} missing\n{table(report)}"
    assert value >= floor, f"{name}: {metric} = {value} < floor {floor} (pinned {PINNED_ON})\n{table(report)}"


@pytest.mark.parametrize("name,metric,expected", [(n, m, v) for n, ex in EXACT.items() for m, v in ex.items()])
def test_exact_figure(reports, name, metric, expected):
    report = report_for(reports, name)
    assert report["micro"].get(metric) == expected, table(report)
