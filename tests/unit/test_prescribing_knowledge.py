"""The prescribing knowledge base files: formulary content, validation, and the loud failure when unusable."""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from hms_desktop.domain.prescribing import (
    DOSE_UNITS,
    FREQUENCIES,
    ROUTES,
    Allergy,
    KnowledgeBase,
    KnowledgeBaseProblem,
    PrescriptionLine,
    check_prescription,
    load_knowledge_base,
)

CLINICAL = Path(__file__).resolve().parents[2] / "resources" / "clinical"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    loaded = load_knowledge_base(CLINICAL)
    assert isinstance(loaded, KnowledgeBase), str(loaded)
    return loaded


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    for name in ("formulary.json", "interactions.json"):
        shutil.copy(CLINICAL / name, tmp_path / name)
    return tmp_path


def edit(folder: Path, name: str, change) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def problem_of(folder: Path) -> KnowledgeBaseProblem:
    loaded = load_knowledge_base(folder)
    assert isinstance(loaded, KnowledgeBaseProblem), "an invalid knowledge base must not load"
    return loaded


def test_formulary_has_300_drugs_with_valid_atc_codes_and_unique_names_and_strengths(kb: KnowledgeBase) -> None:
    assert len(kb.drugs) >= 300
    assert all(re.fullmatch(r"[A-Z]\d\d[A-Z]{2}\d\d", d.atc) for d in kb.drugs)
    pairs = [(d.name.casefold(), d.strength.casefold()) for d in kb.drugs]
    assert len(pairs) == len(set(pairs))
    assert len({d.id for d in kb.drugs}) == len(kb.drugs)
    known = {d.name: d.atc for d in kb.drugs if d.name in ("warfarin", "amoxicillin", "cefalexin", "co-trimoxazole")}
    assert known == {"warfarin": "B01AA03", "amoxicillin": "J01CA04", "cefalexin": "J01DB01",
                     "co-trimoxazole": "J01EE01"}
    assert {d.atc for d in kb.drugs if d.name == "aspirin"} == {"N02BA01", "B01AC06"}


def test_every_default_makes_a_valid_line(kb: KnowledgeBase) -> None:
    for drug in kb.drugs:
        d = drug.defaults
        assert d.dose > 0 and d.unit in DOSE_UNITS and d.frequency in FREQUENCIES and 1 <= d.duration_days <= 365
        assert drug.route in ROUTES and drug.form
        line = PrescriptionLine.new(1, drug)  # raises if anything is invalid
        assert line.dose == d.dose and line.route == drug.route


def test_versions_and_sources_are_named(kb: KnowledgeBase) -> None:
    assert kb.version and kb.formulary_version
    assert "onc-2012" in kb.sources and "Phansalkar" in kb.sources["onc-2012"]
    assert {"bsaci-penicillin-2015", "jtfpp-drug-allergy-2022", "strom-2003", "eaaci-nsaid-2013"} <= set(kb.sources)
    assert len([r for r in kb.rules if r.source == "onc-2012"]) >= 15


def test_search_by_name_prefix_word_and_atc(kb: KnowledgeBase) -> None:
    names = [d.name for d in kb.search("  AMOX")]
    assert names == ["amoxicillin"] * 4 + ["co-amoxiclav"] * 2  # name prefix first, then a later word
    assert "sacubitril/valsartan" in {d.name for d in kb.search("valsartan")}
    assert {d.name for d in kb.search("j01dd")} >= {"ceftriaxone", "cefotaxime", "cefixime"}
    assert all(d.atc.startswith("C09AA") for d in kb.search("C09AA"))
    assert kb.search("") == [] and kb.search("zzz") == []
    assert len(kb.search("a", limit=5)) == 5


def test_review_date_warns_but_still_checks(kb: KnowledgeBase) -> None:
    assert kb.review_due is not None
    assert kb.review_overdue(kb.review_due) is None
    late = kb.review_overdue(kb.review_due.replace(year=kb.review_due.year + 1))
    assert late and kb.version in late


def test_missing_folder_is_a_problem_never_an_empty_pass(tmp_path: Path) -> None:
    problem = problem_of(tmp_path / "nowhere")
    assert "formulary.json is missing" in problem.problems
    outcome = check_prescription(problem, [], [], [Allergy("penicillin")])
    assert outcome.checks_off and outcome.alerts == () and outcome.version is None
    assert outcome.banner is not None and "CHECKS ARE OFF" in outcome.banner and "missing" in outcome.banner


def test_missing_rules_file(copy: Path) -> None:
    (copy / "interactions.json").unlink()
    assert problem_of(copy).problems == ("interactions.json is missing",)


def test_corrupt_json(copy: Path) -> None:
    (copy / "interactions.json").write_text('{"format": "hms-prescribing-checks", ', encoding="utf-8")
    assert "interactions.json is not valid JSON" in problem_of(copy).problems[0]


def test_truncated_formulary(copy: Path) -> None:
    edit(copy, "formulary.json", lambda d: d.update(drugs=d["drugs"][:10]))
    problems = problem_of(copy).problems
    assert any("only 10 drugs" in p for p in problems)


@pytest.mark.parametrize(("name", "change", "expected"), [
    ("interactions.json", lambda d: d.pop("version"), "“version” is missing"),
    ("interactions.json", lambda d: d.update(sources=[]), "sources block is missing or empty"),
    ("formulary.json", lambda d: d.pop("sources"), "sources block is missing or empty"),
    ("interactions.json", lambda d: d["interactions"][0].update(severity="serious"), "severity “serious”"),
    ("interactions.json", lambda d: d["interactions"][1].update(id=d["interactions"][0]["id"]), "used twice"),
    ("interactions.json", lambda d: d["groups"]["nsaids"].update(atc=["M99"]), "“M99” matches no drug"),
    ("interactions.json", lambda d: d["groups"]["nsaids"].update(atc=["nsaid"]), "is not an ATC code"),
    ("interactions.json", lambda d: d["interactions"][0].update(a="no_such_group"), "“no_such_group” is not defined"),
    ("interactions.json", lambda d: d["interactions"][0].update(source="hearsay"), "“hearsay” is not in the sources"),
    ("interactions.json", lambda d: d["interactions"][0].update(reason="{c} with {a}"), "unknown placeholders"),
    ("interactions.json", lambda d: d["allergy_classes"][0]["cross_reactions"][0].update(atc=["J01ZZ"]),
     "“J01ZZ” matches no drug"),
    ("interactions.json", lambda d: d.update(formulary_version="1999.1"), "written for formulary version"),
    ("interactions.json", lambda d: d.update(format_version=99), "format version 1"),
    ("formulary.json", lambda d: d["drugs"][0].update(atc="B1AA03"), "not 7 characters"),
    ("formulary.json", lambda d: d["drugs"][1].update(id=d["drugs"][0]["id"]), "the id is used twice"),
    ("formulary.json", lambda d: d["drugs"][1].update(name=d["drugs"][0]["name"], strength=d["drugs"][0]["strength"]),
     "is listed twice"),
    ("formulary.json", lambda d: d["drugs"][0]["default"].update(dose=0), "more than zero"),
    ("formulary.json", lambda d: d["drugs"][0]["default"].update(frequency="thrice"), "frequency “thrice”"),
    ("formulary.json", lambda d: d["drugs"][0]["default"].update(unit="spoonful"), "unit “spoonful”"),
    ("formulary.json", lambda d: d["drugs"][0]["default"].update(duration_days=400), "duration_days"),
    ("formulary.json", lambda d: d["drugs"][0].update(route="by mouth"), "route “by mouth”"),
])
def test_invalid_content_is_named_in_words(copy: Path, name: str, change, expected: str) -> None:
    edit(copy, name, change)
    problem = problem_of(copy)
    assert any(expected in p for p in problem.problems), problem.problems
    assert expected in str(problem) or len(problem.problems) > 20


def test_a_check_with_the_real_files_is_not_off(kb: KnowledgeBase) -> None:
    line = PrescriptionLine.new(1, kb.search("amoxicillin")[0], dose=Decimal(500))
    outcome = check_prescription(kb, [line], [], [Allergy("penicillin")])
    assert not outcome.checks_off and [a.rule_id for a in outcome.alerts] == ["allergy-class-penicillins"]
