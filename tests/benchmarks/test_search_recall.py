"""Typo recall of the name search: is the family the desk meant on the first page?

Surnames are drawn from the loaded patients both ways: by frequency (a random patient's surname, so Smith
comes up as often as at the desk: "common") and uniformly from the distinct surnames ("rare"). Each gets
one typing slip at any position, first and last letters included: a letter wrong, left out, doubled, or two
neighbouring letters swapped. The misspelling is searched alone and followed by the given name of a patient
with that surname. Found: a patient with the intended surname (and that given name, when it was typed) is
among the first page's 50 rows.

Prints ``BENCH recall_family recall=..%`` and ``BENCH recall_family_given recall=..%`` with the median and
p95 of those searches, then recall by kind of slip, position and common/rare. Nothing is asserted: like
the timings, recall is a figure to read (goal: >= 95 % for both). Run with
    .venv/bin/python -m pytest tests/benchmarks/test_search_recall.py -s -q -p no:randomly \\
        --override-ini addopts=
HMS_BENCH_PATIENTS=100000 loads fewer patients (see ``patient_bench``).
"""

from __future__ import annotations

import os
import random
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from patient_bench import SEED, Bench, loaded_bench, report, time_calls
from sqlalchemy import text

from hms_desktop.services import patients

MISSPELLINGS = int(os.environ.get("HMS_BENCH_MISSPELLINGS") or 600)
PAGE = 50
KINDS = ("wrong", "missing", "doubled", "swapped")
# A slip in a name of three letters or fewer mostly makes another real name ("Fox" -> "Fix"): no search can
# tell which was meant, so such names are not drawn.
MIN_LETTERS = 4


@pytest.fixture(scope="module")
def bench(cluster, tmp_path_factory) -> Iterator[Bench]:
    yield from loaded_bench(cluster, tmp_path_factory)


@dataclass(frozen=True, slots=True)
class Misspelling:
    intended: str  # the surname as registered
    given: str  # the first given name of a patient with that surname
    typed: str
    kind: str
    where: str  # first, inner or last letter
    common: bool


def _fold(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def misspell(word: str, kind: str, rng: random.Random) -> tuple[str, int] | None:
    """``word`` with one slip of this kind at a random letter (any position), and where; None if it has
    no place for one (no two different neighbouring letters to swap)."""
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if kind == "swapped":
        places = [i for i in letters if i + 1 < len(word) and word[i + 1].isalpha()
                  and word[i].casefold() != word[i + 1].casefold()]
    else:
        places = letters
    if not places:
        return None
    i = rng.choice(places)
    ch = word[i]
    if kind == "wrong":
        other = rng.choice([c for c in string.ascii_lowercase if c != _fold(ch)])
        typed = word[:i] + (other.upper() if ch.isupper() else other) + word[i + 1:]
    elif kind == "missing":
        typed = word[:i] + word[i + 1:]
    elif kind == "doubled":
        typed = word[:i] + ch.lower() + word[i:] if ch.isupper() else word[:i] + ch + word[i:]
    else:
        typed = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return typed, i


def misspellings(surnames: list[tuple[str, int, str]], sample: list[Any], count: int,
                 *, seed: int = SEED) -> list[Misspelling]:
    """Half from random patients (common names), half uniformly from distinct surnames (rare ones).

    ``surnames``: (family name, patients with it, a given name of one of them)."""
    rng = random.Random(seed)
    long_enough = [s for s in surnames if sum(ch.isalpha() for ch in s[0]) >= MIN_LETTERS]
    people = [(str(row.family_name), str(row.given_name)) for row in sample
              if sum(ch.isalpha() for ch in row.family_name) >= MIN_LETTERS]
    found: list[Misspelling] = []
    while len(found) < count:
        common = len(found) % 2 == 0
        if common:
            family, given = rng.choice(people)
        else:
            family, _, given = rng.choice(long_enough)
        kind = KINDS[len(found) // 2 % len(KINDS)]
        slip = misspell(family, kind, rng)
        if slip is None:
            continue
        typed, at = slip
        letters = [i for i, ch in enumerate(family) if ch.isalpha()]
        where = "first" if at == letters[0] else "last" if at >= letters[-1] - (kind == "swapped") else "inner"
        # Typed in lower case half the time, as at the desk.
        if rng.random() < 0.5:
            typed = typed.lower()
        found.append(Misspelling(intended=family, given=given.split(" ")[0], typed=typed, kind=kind, where=where,
                                 common=common))
    return found


def _surnames(bench: Bench) -> list[tuple[str, int, str]]:
    with bench.owner.engine.connect() as conn:
        conn.execute(text("SELECT setseed(0.4242)"))
        return [(r.family_name, r.n, r.given_name) for r in conn.execute(text(
            "SELECT family_name, count(*) AS n, "
            "(array_agg(given_name))[1 + floor(random() * count(*))::int] AS given_name "
            "FROM patient WHERE merged_into_id IS NULL GROUP BY family_name ORDER BY family_name"))]


def _recall(hits: list[bool]) -> float:
    return 100.0 * sum(hits) / len(hits) if hits else 0.0


def test_typo_recall(bench: Bench) -> None:
    surnames = _surnames(bench)
    slips = misspellings(surnames, bench.sample, MISSPELLINGS)
    print(f"\n{len(surnames):,} distinct surnames; {len(slips)} misspellings "
          f"({sum(s.common for s in slips)} common, {sum(not s.common for s in slips)} rare)", flush=True)
    results: dict[str, list[bool]] = {"family": [], "family_given": []}

    def search(slip: Misspelling, with_given: bool) -> None:
        query = f"{slip.typed} {slip.given}" if with_given else slip.typed
        rows = patients.search(bench.desk, query, limit=PAGE).rows
        intended, given = _fold(slip.intended), _fold(slip.given)
        results["family_given" if with_given else "family"].append(any(
            _fold(r.family_name) == intended and (not with_given or _fold(r.given_name).split(" ")[0] == given)
            for r in rows))

    for measure, with_given in (("recall_family", False), ("recall_family_given", True)):
        key = measure.removeprefix("recall_")
        seconds = time_calls([lambda s=s, g=with_given: search(s, g) for s in slips])
        hits = results[key] = results[key][-len(slips):]  # without the warm-up calls
        report(measure, seconds, n=len(slips))
        print(f"BENCH {measure} recall={_recall(hits):.1f}%", flush=True)
        groups: dict[str, list[bool]] = {}
        for slip, hit in zip(slips, hits, strict=True):
            for label in (slip.kind, f"{slip.where} letter", "common" if slip.common else "rare"):
                groups.setdefault(label, []).append(hit)
        print("  " + "  ".join(f"{label}={_recall(h):.0f}% (n={len(h)})" for label, h in groups.items()),
              flush=True)
        missed = [s for s, hit in zip(slips, hits, strict=True) if not hit]
        print("  missed e.g.: " + ", ".join(f"{s.typed!r}->{s.intended}" + (f" {s.given}" if with_given else "")
                                            for s in missed[:12]), flush=True)
