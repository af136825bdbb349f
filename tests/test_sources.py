"""Every outlet the course cites is linked to its profile in sources.csv, or explained.

context.csv (column `sources`, "outlet | date | URL ; ...") and timeline.csv (column `source`,
"outlet; outlet; ...") name the outlets the course cites, each backed by a facts.csv row. Each
name either finds its profile with `Course.source(name)` (the full name, or the name before
" (": "FDD" finds "FDD (Foundation for Defense of Democracies)"), or stands in one of the two
tables below:

- VARIANTS: the name is written another way than the profile (a domain, a "via", a credited
  agency in brackets). The table gives the profile(s) it links to, and says why.
- UNPROFILED: the course's sourced profiles do not cover this outlet, so it stays without one
  (a profile is never written without a source); the reason says what the name is.

A new citation that is neither linked nor explained fails `test_every_cited_outlet_is_linked`.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from medialit._course import load_course

DATA = Path(__file__).resolve().parents[1] / "src" / "medialit" / "data"
TRAILING_DATE = re.compile(r"\s+\d{4}(-\d\d(-\d\d)?)?$")

# Cited name -> (the profiles it links to, why it is written differently).
VARIANTS: dict[str, tuple[tuple[str, ...], str]] = {
    "AP via westhawaiitoday.com": (
        ("AP",),
        "an AP report on a local newspaper's site; the newspaper has no profile",
    ),
    "Yahoo/Reuters": (("Reuters",), "a Reuters report on Yahoo News; Yahoo has no profile"),
    "Yahoo (New Voice of Ukraine)": (
        ("NV",),
        "NV's English site is The New Voice of Ukraine; Yahoo, which carried it, has no profile",
    ),
    "NV (English)": (("NV",), "the English site of NV (Novoye Vremya)"),
    "n-tv.de": (("n-tv",), "n-tv's website"),
    "german.cri.cn": (
        ("China Radio International",),
        "the German service of China Radio International",
    ),
    "Newsmax (WaPo)": (
        ("Newsmax",),
        "Newsmax carrying a Washington Post report; the Washington Post has no profile",
    ),
    "Iran Watch (NYT)": (
        ("Iran Watch",),
        "Iran Watch summing up a New York Times report; the New York Times has no profile",
    ),
    "Pledge Times (RIA)": (
        ("Pledge Times", "RIA Novosti"),
        "Pledge Times carrying a report of the Russian state agency RIA Novosti",
    ),
    "news-pravda.com (TASS)": (
        ("TASS",),
        "a TASS report on news-pravda.com; news-pravda.com has no profile",
    ),
    "A News (dpa)": (("dpa",), "a dpa report on A News; A News has no profile"),
    "finanznachrichten.de (dpa-AFX)": (
        ("dpa",),
        "dpa-AFX, dpa's business-news service, on finanznachrichten.de (no profile)",
    ),
    "Dziennik (CNN)": (("CNN",), "a Polish site citing CNN; Dziennik has no profile"),
}

# Cited name -> what it is. The course has a sourced profile of none of these.
UNPROFILED: dict[str, str] = {
    "Digital Journal (AFP)": "Digital Journal carrying an AFP report; neither is profiled",
    "Gulf News (AFP)": "Gulf News carrying an AFP report; neither is profiled",
    "izzso.com": "a site reporting the Russian and Iranian denials at the UN; no profile",
    "Norway UN statement": "Norway's statement at the UN: a government's own word, not an outlet",
    "Business Insider": "news site (the Pukhov hot-mic report); no profile",
    "Business Insider DE": "German edition of Business Insider, carrying the dpa item",
    "Der Standard": "newspaper site (background on Russian arms for Iran); no profile",
    "gettotext": "a site holding a copy of the Reuters report of 18 Oct 2022; no profile",
    "Handelsblatt": "German business daily whose live blog carried the dpa item; no profile",
    "IFP News (CAR)": "IFP News reporting Conflict Armament Research; neither is profiled",
    "intellinews": "business-news site; no profile",
    "Interia": "Polish news site (the 19 Dec 2022 drone attack on Kyiv); no profile",
    "ironbladeonline": "a site reporting the Pentagon's 30 Aug 2022 statement; no profile",
    "Krone": "news site (the Su-35 reports, Jan 2024); no profile",
    "KXLF": "news site (the Oct 2022 missile-deal report); no profile",
    "News-24.fr (CAR)": "News-24.fr reporting Conflict Armament Research; neither is profiled",
    "NewsNetDaily": "news site (the EU's Dec 2022 sanctions round); no profile",
    "nordbayern.de": "German regional news site carrying the dpa item; no profile",
    "Politico": (
        "the US Politico (politico.com). The course profiles Politico Europe (politico.eu), a "
        "different outlet with a different owner, so the two are not linked"
    ),
    "Prothom Alo (AFP)": "Prothom Alo carrying an AFP report; neither is profiled",
    "Sott.net": "website; no profile",
    "The New Arab (Reuters)": "news site carrying a Reuters report; no profile of the site",
    "TVN24 (PL, citing WaPo)": "Polish news site citing the Washington Post; neither is profiled",
    "UN": "the United Nations' own page on resolution 2231: a primary record, not an outlet",
    "UN press release (travel-impact-newswire)": (
        "a UN press release (a primary record), copied on travel-impact-newswire (no profile)"
    ),
    "USUN": "the US Mission to the UN: a government's own statement, not an outlet",
    "Wikipedia (UNSCR 2231)": "the Wikipedia article on resolution 2231: an encyclopedia",
}


def cited_names() -> dict[str, set[str]]:
    """Every outlet name the course cites -> the files that cite it."""
    names: dict[str, set[str]] = {}
    with (DATA / "context.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for part in row["sources"].split(" ; "):
                names.setdefault(part.split(" | ")[0].strip(), set()).add("context.csv")
    with (DATA / "timeline.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for part in row["source"].split("; "):
                name = TRAILING_DATE.sub("", part.strip())
                names.setdefault(name, set()).add("timeline.csv")
    return names


def unlinked(names: dict[str, set[str]]) -> list[str]:
    """The cited names that find no profile and stand in neither table."""
    course = load_course()
    return sorted(
        f"{name} ({', '.join(sorted(where))})"
        for name, where in names.items()
        if course.source(name) is None and name not in VARIANTS and name not in UNPROFILED
    )


def test_every_cited_outlet_is_linked() -> None:
    """Does every outlet named in context.csv and timeline.csv find its profile in sources.csv,
    or stand in an explained table of names written differently or not profiled?"""
    names = cited_names()
    assert len(names) >= 60
    assert not unlinked(names), "outlets with no profile and no explanation"


def test_an_unlinked_outlet_fails() -> None:
    """Does a new citation of an outlet with no profile and no explanation get flagged?"""
    names = {**cited_names(), "The Daily Planet": {"context.csv"}}
    assert unlinked(names) == ["The Daily Planet (context.csv)"]


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_every_variant_links_to_a_profile(name: str) -> None:
    """Does every name written differently point to profiles that exist, and is it needed?"""
    course = load_course()
    profiles, why = VARIANTS[name]
    assert why.strip()
    assert course.source(name) is None, f"{name} matches directly; drop it from VARIANTS"
    for profile in profiles:
        assert course.source(profile) is not None, f"no profile {profile!r} in sources.csv"


@pytest.mark.parametrize("name", sorted(UNPROFILED))
def test_an_unprofiled_outlet_really_has_no_profile(name: str) -> None:
    """Is every outlet explained as unprofiled really absent from sources.csv (so the table
    hides no link), explained, and still cited?"""
    assert UNPROFILED[name].strip()
    assert load_course().source(name) is None
    assert name.split(" (")[0] not in {
        str(outlet).split(" (")[0] for outlet in load_course().sources()["outlet"]
    }


def test_the_tables_hold_only_cited_names() -> None:
    """Is every name in the two tables still cited (no stale entries)?"""
    names = cited_names()
    stale = sorted((set(VARIANTS) | set(UNPROFILED)) - set(names))
    assert not stale, stale


def test_most_citations_link_to_a_profile() -> None:
    """Do at least half of the cited names reach a profile (directly or as a variant)?"""
    course = load_course()
    names = cited_names()
    linked = [n for n in names if course.source(n) is not None or n in VARIANTS]
    print(f"\ncited names: {len(names)}; linked to a profile: {len(linked)}")
    assert len(linked) * 2 >= len(names)
