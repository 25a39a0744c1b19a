"""The prescribing knowledge base: formulary and safety rules from versioned local files, validated at start.

``load_knowledge_base(folder)`` reads ``formulary.json`` and ``interactions.json`` (in ``resources/clinical``)
and returns a ``KnowledgeBase``, or a ``KnowledgeBaseProblem`` saying in words what is missing or invalid.
It never returns an empty knowledge base that would pass every prescription: a problem means the checks are
OFF and the prescribing screen must say so loudly (``KnowledgeBaseProblem.banner``).
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from hms_desktop.domain.prescribing.model import (
    COUNT_UNITS,
    DOSE_UNITS,
    DURATION_DAYS_MAX,
    FREQUENCIES,
    ROUTES,
    Alert,
    AlertKind,
    Allergy,
    Drug,
    DrugDefaults,
    PrescriptionLine,
    ReactionSeverity,
    Severity,
    is_atc_code,
    is_atc_prefix,
    normalise,
)
from hms_desktop.i18n import translate

log = logging.getLogger(__name__)

FORMULARY_FILE = "formulary.json"
RULES_FILE = "interactions.json"
FORMAT_VERSION = 1
MIN_FORMULARY_DRUGS = 300
_PLACEHOLDER = re.compile(r"\{([a-z_]*)\}")
_MAX_PROBLEMS_LISTED = 20
_ATC_LEVELS = (1, 3, 4, 5, 7)  # lengths of an ATC code at the WHO's five levels


@dataclass(frozen=True, slots=True)
class KnowledgeBaseProblem:
    """Why the checks are off: what is missing or invalid, in words."""

    problems: tuple[str, ...]
    folder: str

    @property
    def banner(self) -> str:
        return translate("domain", "DRUG SAFETY CHECKS ARE OFF: interactions, allergies and duplicate therapy are NOT "
                                   "being checked. The knowledge base could not be used ({problem}). Check every "
                                   "drug yourself and tell the system administrator.").format(problem=self.problems[0])

    def __str__(self) -> str:
        more = len(self.problems) - _MAX_PROBLEMS_LISTED
        listed = "\n".join(f"- {p}" for p in self.problems[:_MAX_PROBLEMS_LISTED])
        return f"Prescribing knowledge base in {self.folder} is unusable:\n{listed}" + (
            f"\n- … and {more} more" if more > 0 else "")


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    label: str
    atc: tuple[str, ...]

    def contains(self, atc: str) -> bool:
        return atc.startswith(self.atc)


@dataclass(frozen=True, slots=True)
class InteractionRule:
    id: str
    a: str
    b: str
    severity: Severity
    reason: str  # may name {a} and {b}
    source: str


@dataclass(frozen=True, slots=True)
class CrossReaction:
    atc: tuple[str, ...]
    severity: Severity
    reason: str  # may name {drug} and {allergy}
    source: str


@dataclass(frozen=True, slots=True)
class AllergyClass:
    id: str
    label: str
    names: tuple[str, ...]
    atc: tuple[str, ...]
    severity: Severity
    reason: str
    source: str
    cross_reactions: tuple[CrossReaction, ...]


@dataclass(frozen=True, slots=True)
class _Profile:
    """What the checks need to know about one drug, computed once per (name, ATC)."""

    name: str
    atc5: str
    groups: frozenset[str]
    partners: Mapping[str, tuple[tuple[InteractionRule, bool], ...]]  # other group -> (rule, this drug is side a)
    allergy_classes: frozenset[str]


@dataclass(frozen=True, slots=True)
class _AllergyTarget:
    label: str  # as the patient record has it
    names: frozenset[str]  # generic names: the same drug
    classes: frozenset[str]
    atc5: frozenset[str]  # chemical subgroups of the named drug, for drugs in no allergy class
    severe: bool


@dataclass(slots=True)
class _Entry:
    """A drug being checked: a prescription line or one of the patient's current drugs."""

    drug: Drug
    line: int | None
    profile: _Profile


@dataclass
class KnowledgeBase:
    version: str
    formulary_version: str
    review_due: date | None
    sources: Mapping[str, str]
    drugs: tuple[Drug, ...]
    groups: Mapping[str, Group]
    rules: tuple[InteractionRule, ...]
    allergy_classes: Mapping[str, AllergyClass]
    synonyms: Mapping[str, str]
    same_drug_rule: tuple[Severity, str]
    same_subgroup_rule: tuple[Severity, str]
    severe_raises: tuple[Severity, Severity, str]
    allergy_source: str
    duplicate_severity: Severity
    duplicate_reason_same_drug: str
    duplicate_reason_same_class: str
    duplicate_exceptions: tuple[str, ...]
    duplicate_source: str
    _profiles: dict[tuple[str, str], _Profile] = field(default_factory=dict, repr=False)
    _allergy_targets: dict[tuple[str, ReactionSeverity], _AllergyTarget | None] = field(default_factory=dict,
                                                                                         repr=False)
    _names: dict[str, tuple[Drug, ...]] = field(default_factory=dict, repr=False)
    _class_names: dict[str, str] = field(default_factory=dict, repr=False)
    _sorted_names: list[tuple[str, int]] = field(default_factory=list, repr=False)
    _groups_by_prefix: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _classes_by_prefix: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _rules_by_group: dict[str, list[InteractionRule]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # Indexes from an ATC prefix to what it belongs to, so a drug's profile is a few dict look-ups.
        for group in self.groups.values():
            for prefix in group.atc:
                self._groups_by_prefix.setdefault(prefix, []).append(group.id)
        for klass in self.allergy_classes.values():
            for prefix in klass.atc:
                self._classes_by_prefix.setdefault(prefix, []).append(klass.id)
        for rule in self.rules:
            self._rules_by_group.setdefault(rule.a, []).append(rule)
            if rule.b != rule.a:
                self._rules_by_group.setdefault(rule.b, []).append(rule)
        names: dict[str, list[Drug]] = {}
        for drug in self.drugs:
            names.setdefault(normalise(drug.name), []).append(drug)
        self._names = {k: tuple(v) for k, v in names.items()}
        self._class_names = {normalise(n): c.id for c in self.allergy_classes.values() for n in c.names}
        self._sorted_names = sorted((normalise(d.name), i) for i, d in enumerate(self.drugs))
        for drug in self.drugs:  # precompute every formulary drug's profile: checks then only look up
            self._profile(drug)

    # ---- the formulary
    def drug(self, drug_id: str) -> Drug | None:
        return next((d for d in self.drugs if d.id == drug_id), None)

    def search(self, text: str, *, limit: int = 30) -> list[Drug]:
        """Drugs whose name (or a word of it) starts with ``text``, or whose ATC code starts with it."""
        query = normalise(text)
        if not query:
            return []
        if is_atc_prefix(query.upper()) and any(c.isdigit() for c in query):
            code = query.upper()
            return [d for d in self.drugs if d.atc.startswith(code)][:limit]
        found: list[Drug] = []
        start = bisect_left(self._sorted_names, (query, -1))
        for name, index in self._sorted_names[start:]:
            if not name.startswith(query) or len(found) >= limit:
                break
            found.append(self.drugs[index])
        if len(found) < limit:  # then a later word: "valsartan" finds sacubitril/valsartan
            seen = {d.id for d in found}
            for drug in self.drugs:
                words = re.split(r"[ /-]", normalise(drug.name))[1:]
                if drug.id not in seen and any(w.startswith(query) for w in words):
                    found.append(drug)
                    if len(found) >= limit:
                        break
        return found

    def review_overdue(self, today: date) -> str | None:
        """A warning when the knowledge base is past its review date (it still checks)."""
        if self.review_due is not None and today > self.review_due:
            return translate("domain", "The drug safety knowledge base (version {version}) was due for review on "
                                       "{day}; newer interactions may be missing. Tell the administrator.").format(
                       version=self.version, day=self.review_due.isoformat())
        return None

    def unrecognised_allergies(self, allergies: Iterable[Allergy]) -> list[str]:
        """Allergies that match no drug or class, so that no check covers them: check these by hand."""
        return [a.substance for a in allergies if self._allergy_target(a) is None]

    # ---- the checks
    def check(self, lines: Sequence[PrescriptionLine], current_drugs: Sequence[Drug] = (),
              allergies: Sequence[Allergy] = ()) -> list[Alert]:
        """Interaction, allergy and duplicate-therapy alerts for new lines (against each other and the patient's
        current drugs), worst first. Pairs of current drugs are not re-checked."""
        new = [_Entry(line.drug, line.number, self._profile(line.drug)) for line in lines]
        current = [_Entry(drug, None, self._profile(drug)) for drug in current_drugs]
        alerts: list[Alert] = []
        for i, entry in enumerate(new):
            for other in new[i + 1:]:
                self._pair(entry, other, alerts)
            for other in current:
                self._pair(entry, other, alerts)
        targets = [t for t in (self._allergy_target(a) for a in allergies) if t is not None]
        for entry in new:
            for target in targets:
                alert = self._allergy_alert(entry, target)
                if alert is not None:
                    alerts.append(alert)
        alerts.sort(key=lambda a: (-a.severity.rank, a.line_numbers or (0,), a.kind))
        return alerts

    def _pair(self, x: _Entry, y: _Entry, alerts: list[Alert]) -> None:
        px, py = x.profile, y.profile
        same_drug = px.name == py.name
        if same_drug or px.atc5 == py.atc5:
            if same_drug or not px.atc5.startswith(self.duplicate_exceptions):
                template = self.duplicate_reason_same_drug if same_drug else self.duplicate_reason_same_class
                alerts.append(Alert(AlertKind.DUPLICATE, self.duplicate_severity, _labels(x, y),
                                    template.format(drug=x.drug.name, other=_other(y), atc=px.atc5),
                                    "duplicate-same-drug" if same_drug else "duplicate-same-class",
                                    self.duplicate_source, _lines(x, y)))
            if same_drug:
                return  # the same drug twice is a duplicate, not an interaction
        partners = px.partners
        if not partners:
            return
        best: tuple[InteractionRule, bool] | None = None
        for group in py.groups:
            for rule, x_is_a in partners.get(group, ()):
                if best is None or rule.severity.rank > best[0].severity.rank:
                    best = (rule, x_is_a)
        if best is not None:
            rule, x_is_a = best
            a, b = (x.drug.name, y.drug.name) if x_is_a else (y.drug.name, x.drug.name)
            alerts.append(Alert(AlertKind.INTERACTION, rule.severity, _labels(x, y), rule.reason.format(a=a, b=b),
                                rule.id, rule.source, _lines(x, y)))

    def _allergy_alert(self, entry: _Entry, target: _AllergyTarget) -> Alert | None:
        profile, drug = entry.profile, entry.drug
        found: tuple[Severity, str, str, str] | None = None  # severity, reason, rule id, source
        if profile.name in target.names:
            severity, reason = self.same_drug_rule
            found = (severity, reason, "allergy-same-drug", self.allergy_source)
        else:
            for class_id in target.classes:
                klass = self.allergy_classes[class_id]
                if class_id in profile.allergy_classes:
                    candidate = (klass.severity, klass.reason, f"allergy-class-{class_id}", klass.source)
                else:
                    cross = next((c for c in klass.cross_reactions if drug.atc.startswith(c.atc)), None)
                    if cross is None:
                        continue
                    candidate = (cross.severity, cross.reason, f"allergy-cross-{class_id}", cross.source)
                if found is None or candidate[0].rank > found[0].rank:
                    found = candidate
            if found is None and profile.atc5 in target.atc5:
                severity, reason = self.same_subgroup_rule
                found = (severity, reason, "allergy-same-class", self.allergy_source)
        if found is None:
            return None
        severity, reason, rule_id, source = found
        text = reason.format(drug=drug.name, allergy=target.label, atc=profile.atc5)
        low, high, why = self.severe_raises
        if target.severe and severity == low and rule_id.startswith("allergy-cross-"):
            severity, text = high, f"{text} {why}"
        return Alert(AlertKind.ALLERGY, severity, (drug.label,), text, rule_id, source,
                     (entry.line,) if entry.line is not None else (), allergy=target.label)

    def _profile(self, drug: Drug) -> _Profile:
        key = (drug.name, drug.atc)
        cached = self._profiles.get(key)
        if cached is not None:
            return cached
        prefixes = [drug.atc[:n] for n in _ATC_LEVELS]
        groups = frozenset(g for p in prefixes for g in self._groups_by_prefix.get(p, ()))
        partners: dict[str, list[tuple[InteractionRule, bool]]] = {}
        rules = {id(r): r for g in groups for r in self._rules_by_group.get(g, ())}
        for rule in rules.values():
            if rule.a in groups:
                partners.setdefault(rule.b, []).append((rule, True))
            if rule.b in groups and rule.b != rule.a:
                partners.setdefault(rule.a, []).append((rule, False))
        classes = frozenset(c for p in prefixes for c in self._classes_by_prefix.get(p, ()))
        profile = _Profile(normalise(drug.name), drug.atc[:5], groups,
                           {k: tuple(v) for k, v in partners.items()}, classes)
        self._profiles[key] = profile
        return profile

    def _allergy_target(self, allergy: Allergy) -> _AllergyTarget | None:
        key = (allergy.substance.strip(), allergy.reaction)  # the label is shown as recorded, so it is in the key
        if key in self._allergy_targets:
            return self._allergy_targets[key]
        text = normalise(allergy.substance)
        text = text.removesuffix(" allergy") if text not in self._class_names else text
        text = self.synonyms.get(text, text)
        severe = allergy.reaction is ReactionSeverity.SEVERE
        target: _AllergyTarget | None = None
        label = allergy.substance.strip()
        if text in self._class_names:
            target = _AllergyTarget(label, frozenset(), frozenset({self._class_names[text]}), frozenset(), severe)
        elif text in self._names:
            drugs = self._names[text]
            classes = frozenset(c for d in drugs for c in self._profile(d).allergy_classes)
            atc5 = frozenset() if classes else frozenset(d.atc[:5] for d in drugs)
            target = _AllergyTarget(label, frozenset({text}), classes, atc5, severe)
        self._allergy_targets[key] = target
        return target


def _labels(x: _Entry, y: _Entry) -> tuple[str, str]:
    return x.drug.label, (y.drug.label if y.line is not None else f"{y.drug.label} (current)")


def _lines(x: _Entry, y: _Entry) -> tuple[int, ...]:
    return tuple(n for n in (x.line, y.line) if n is not None)


def _other(entry: _Entry) -> str:
    if entry.line is None:
        return f"already a current medication: {entry.drug.label}"
    return f"line {entry.line}: {entry.drug.label}"


# ---------------------------------------------------------------- loading and validation

def load_knowledge_base(folder: Path | str) -> KnowledgeBase | KnowledgeBaseProblem:
    """Read and validate both files in ``folder``. Any problem makes the whole knowledge base unusable."""
    folder = Path(folder)
    problems: list[str] = []
    formulary = _read_json(folder / FORMULARY_FILE, problems)
    rules = _read_json(folder / RULES_FILE, problems)
    if formulary is None or rules is None:
        return _problem(problems, folder)
    reader = _Reader(problems)
    kb = reader.knowledge_base(formulary, rules)
    if problems or kb is None:
        return _problem(problems or ["it could not be read"], folder)
    log.info("Prescribing knowledge base %s loaded: %d drugs, %d interaction rules, %d allergy classes",
             kb.version, len(kb.drugs), len(kb.rules), len(kb.allergy_classes))
    return kb


def _problem(problems: list[str], folder: Path) -> KnowledgeBaseProblem:
    log.error("Prescribing knowledge base in %s is unusable: %s", folder, "; ".join(problems[:5]))
    return KnowledgeBaseProblem(tuple(problems), str(folder))


def _read_json(path: Path, problems: list[str]) -> dict[str, object] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(f"{path.name} is missing")
        return None
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path.name} cannot be read: {error}")
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        problems.append(f"{path.name} is not valid JSON (line {error.lineno}: {error.msg})")
        return None
    if not isinstance(data, dict):
        problems.append(f"{path.name} does not hold a JSON object")
        return None
    return data


class _Reader:
    """Turns the parsed JSON into typed values, writing each problem in words (file, entry, field)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems

    def fail(self, message: str) -> None:
        self.problems.append(message)

    def text(self, obj: Mapping[str, object], key: str, where: str, *, required: bool = True) -> str:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if required or value is not None:
            self.fail(f"{where}: “{key}” is missing or not a text")
        return ""

    def mapping(self, obj: Mapping[str, object], key: str, where: str) -> Mapping[str, object]:
        value = obj.get(key)
        if isinstance(value, dict):
            return value
        self.fail(f"{where}: “{key}” is missing or not an object")
        return {}

    def items(self, obj: Mapping[str, object], key: str, where: str) -> list[Mapping[str, object]]:
        value = obj.get(key)
        if not isinstance(value, list):
            self.fail(f"{where}: “{key}” is missing or not a list")
            return []
        good: list[Mapping[str, object]] = [v for v in value if isinstance(v, dict)]
        if len(good) != len(value):
            self.fail(f"{where}: every entry of “{key}” must be an object")
        return good

    def strings(self, obj: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
        value = obj.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"{where}: “{key}” must be a non-empty list of texts")
            return ()
        return tuple(v.strip() for v in value if isinstance(v, str))

    def severity(self, obj: Mapping[str, object], key: str, where: str) -> Severity:
        value = obj.get(key)
        try:
            return Severity(str(value))
        except ValueError:
            self.fail(f"{where}: severity “{value}” is not one of {', '.join(s.value for s in Severity)}")
            return Severity.MODERATE

    def template(self, obj: Mapping[str, object], key: str, where: str, allowed: set[str]) -> str:
        text = self.text(obj, key, where)
        unknown = {p for p in _PLACEHOLDER.findall(text)} - allowed
        if unknown:
            self.fail(f"{where}: “{key}” names unknown placeholders {sorted(unknown)}")
            return ""
        return text

    def header(self, data: Mapping[str, object], name: str, expected_format: str) -> tuple[str, dict[str, str]]:
        if data.get("format") != expected_format or data.get("format_version") != FORMAT_VERSION:
            self.fail(f"{name}: not a {expected_format} file of format version {FORMAT_VERSION}")
        version = self.text(data, "version", name)
        sources: dict[str, str] = {}
        for i, source in enumerate(self.items(data, "sources", name)):
            sid = self.text(source, "id", f"{name} source {i + 1}")
            title = self.text(source, "name", f"{name} source {sid or i + 1}")
            if sid in sources:
                self.fail(f"{name}: source id “{sid}” is used twice")
            sources[sid] = title
        if not sources:
            self.fail(f"{name}: the sources block is missing or empty; a knowledge base must name its sources")
        return version, sources

    def knowledge_base(self, formulary: Mapping[str, object], rules: Mapping[str, object]) -> KnowledgeBase | None:
        f_version, f_sources = self.header(formulary, FORMULARY_FILE, "hms-formulary")
        version, sources = self.header(rules, RULES_FILE, "hms-prescribing-checks")
        drugs = self.drugs(formulary)
        wanted = rules.get("formulary_version")
        if f_version and wanted != f_version:
            self.fail(f"{RULES_FILE} was written for formulary version “{wanted}”, but {FORMULARY_FILE} is "
                      f"version “{f_version}”")
        review_due: date | None = None
        if "review_due" in rules:
            try:
                review_due = date.fromisoformat(str(rules["review_due"]))
            except ValueError:
                self.fail(f"{RULES_FILE}: review_due “{rules['review_due']}” is not a date (YYYY-MM-DD)")
        known_atc = {d.atc[:n] for d in drugs for n in _ATC_LEVELS}

        def check_atc(codes: tuple[str, ...], where: str) -> None:
            for code in codes:
                if not is_atc_prefix(code):
                    self.fail(f"{where}: “{code}” is not an ATC code")
                elif code not in known_atc:
                    self.fail(f"{where}: ATC code “{code}” matches no drug in the formulary")

        def check_source(sid: str, where: str) -> None:
            if sid and sid not in sources:
                self.fail(f"{where}: source “{sid}” is not in the sources block")

        groups: dict[str, Group] = {}
        for gid, body in self.mapping(rules, "groups", RULES_FILE).items():
            where = f"{RULES_FILE} group “{gid}”"
            if not isinstance(body, dict):
                self.fail(f"{where} is not an object")
                continue
            group = Group(gid, self.text(body, "label", where), self.strings(body, "atc", where))
            check_atc(group.atc, where)
            groups[gid] = group
        interactions: list[InteractionRule] = []
        seen: set[str] = set()
        for i, body in enumerate(self.items(rules, "interactions", RULES_FILE)):
            rid = self.text(body, "id", f"{RULES_FILE} interaction {i + 1}")
            where = f"{RULES_FILE} interaction “{rid or i + 1}”"
            if rid in seen:
                self.fail(f"{where}: the id is used twice")
            seen.add(rid)
            rule = InteractionRule(rid, self.text(body, "a", where), self.text(body, "b", where),
                                   self.severity(body, "severity", where),
                                   self.template(body, "reason", where, {"a", "b"}), self.text(body, "source", where))
            for side in (rule.a, rule.b):
                if side and side not in groups:
                    self.fail(f"{where}: group “{side}” is not defined")
            check_source(rule.source, where)
            interactions.append(rule)
        classes: dict[str, AllergyClass] = {}
        class_names: set[str] = set()
        for i, body in enumerate(self.items(rules, "allergy_classes", RULES_FILE)):
            cid = self.text(body, "id", f"{RULES_FILE} allergy class {i + 1}")
            where = f"{RULES_FILE} allergy class “{cid or i + 1}”"
            if cid in classes:
                self.fail(f"{where}: the id is used twice")
            names = tuple(normalise(n) for n in self.strings(body, "names", where))
            for n in names:
                if n in class_names:
                    self.fail(f"{where}: the name “{n}” belongs to another class too")
                class_names.add(n)
            crosses: list[CrossReaction] = []
            raw_crosses = body.get("cross_reactions", [])
            for j, cross in enumerate(raw_crosses if isinstance(raw_crosses, list) else []):
                cwhere = f"{where} cross-reaction {j + 1}"
                if not isinstance(cross, dict):
                    self.fail(f"{cwhere} is not an object")
                    continue
                item = CrossReaction(self.strings(cross, "atc", cwhere), self.severity(cross, "severity", cwhere),
                                     self.template(cross, "reason", cwhere, {"drug", "allergy"}),
                                     self.text(cross, "source", cwhere))
                check_atc(item.atc, cwhere)
                check_source(item.source, cwhere)
                crosses.append(item)
            klass = AllergyClass(cid, self.text(body, "label", where), names, self.strings(body, "atc", where),
                                 self.severity(body, "severity", where),
                                 self.template(body, "reason", where, {"drug", "allergy"}),
                                 self.text(body, "source", where), tuple(crosses))
            check_atc(klass.atc, where)
            check_source(klass.source, where)
            classes[cid] = klass
        drug_names = {normalise(d.name) for d in drugs}
        synonyms: dict[str, str] = {}
        for alias, target in self.mapping(rules, "synonyms", RULES_FILE).items():
            canonical = normalise(str(target))
            if canonical not in drug_names and canonical not in class_names:
                self.fail(f"{RULES_FILE} synonym “{alias}”: “{target}” is neither a formulary drug "
                          "nor an allergy class")
            synonyms[normalise(alias)] = canonical
        allergy_rules = self.mapping(rules, "allergy_rules", RULES_FILE)
        where = f"{RULES_FILE} allergy_rules"
        same_drug = self.mapping(allergy_rules, "same_drug", where)
        same_class = self.mapping(allergy_rules, "same_chemical_subgroup", where)
        raises = self.mapping(allergy_rules, "severe_reaction_raises", where)
        allergy_source = self.text(allergy_rules, "source", where)
        check_source(allergy_source, where)
        duplicate = self.mapping(rules, "duplicate_therapy", RULES_FILE)
        dwhere = f"{RULES_FILE} duplicate_therapy"
        if duplicate.get("atc_level_length") != 5:
            self.fail(f"{dwhere}: atc_level_length must be 5 (the chemical subgroup)")
        exceptions = tuple(self.text(e, "atc", dwhere) for e in self.items(duplicate, "exceptions", dwhere))
        check_atc(exceptions, dwhere)
        duplicate_source = self.text(duplicate, "source", dwhere)
        check_source(duplicate_source, dwhere)
        same_drug_rule = (self.severity(same_drug, "severity", where),
                          self.template(same_drug, "reason", where, {"drug", "allergy"}))
        same_subgroup_rule = (self.severity(same_class, "severity", where),
                              self.template(same_class, "reason", where, {"drug", "allergy", "atc"}))
        severe_raises = (self.severity(raises, "from", where), self.severity(raises, "to", where),
                         self.text(raises, "reason", where))
        duplicate_severity = self.severity(duplicate, "severity", dwhere)
        same_drug_text = self.template(duplicate, "reason_same_drug", dwhere, {"drug", "other", "atc"})
        same_class_text = self.template(duplicate, "reason_same_class", dwhere, {"drug", "other", "atc"})
        if self.problems:
            return None
        return KnowledgeBase(
            version=version, formulary_version=f_version, review_due=review_due,
            sources={**f_sources, **sources}, drugs=drugs, groups=groups, rules=tuple(interactions),
            allergy_classes=classes, synonyms=synonyms, same_drug_rule=same_drug_rule,
            same_subgroup_rule=same_subgroup_rule, severe_raises=severe_raises, allergy_source=allergy_source,
            duplicate_severity=duplicate_severity, duplicate_reason_same_drug=same_drug_text,
            duplicate_reason_same_class=same_class_text, duplicate_exceptions=exceptions,
            duplicate_source=duplicate_source,
        )

    def drugs(self, formulary: Mapping[str, object]) -> tuple[Drug, ...]:
        drugs: list[Drug] = []
        ids: set[str] = set()
        names: set[tuple[str, str]] = set()
        for i, body in enumerate(self.items(formulary, "drugs", FORMULARY_FILE)):
            did = self.text(body, "id", f"{FORMULARY_FILE} drug {i + 1}")
            where = f"{FORMULARY_FILE} drug “{did or i + 1}”"
            if did in ids:
                self.fail(f"{where}: the id is used twice")
            ids.add(did)
            name, strength = self.text(body, "name", where), self.text(body, "strength", where)
            if (normalise(name), normalise(strength)) in names:
                self.fail(f"{where}: {name} {strength} is listed twice")
            names.add((normalise(name), normalise(strength)))
            atc, route = self.text(body, "atc", where), self.text(body, "route", where)
            if atc and not is_atc_code(atc):
                self.fail(f"{where}: ATC code “{atc}” is not 7 characters like B01AA03")
            if route and route not in ROUTES:
                self.fail(f"{where}: route “{route}” is not one of {', '.join(sorted(ROUTES))}")
            defaults = self.defaults(self.mapping(body, "default", where), where)
            form = self.text(body, "form", where)
            if defaults is not None and defaults.unit in COUNT_UNITS and defaults.unit not in form:
                self.fail(f"{where}: the default unit “{defaults.unit}” does not fit the form “{form}”")
            if defaults is not None:
                drugs.append(Drug(did, name, strength, form, route, atc, defaults))
        if len(drugs) < MIN_FORMULARY_DRUGS and not self.problems:
            self.fail(f"{FORMULARY_FILE} lists only {len(drugs)} drugs (at least {MIN_FORMULARY_DRUGS} expected); "
                      "it looks truncated")
        return tuple(drugs)

    def defaults(self, body: Mapping[str, object], where: str) -> DrugDefaults | None:
        problems_before = len(self.problems)
        dose_raw = body.get("dose")
        dose = Decimal(0)
        if isinstance(dose_raw, (int, float)) and not isinstance(dose_raw, bool):
            try:
                dose = Decimal(str(dose_raw))
            except InvalidOperation:
                dose = Decimal(0)
        if not dose > 0:
            self.fail(f"{where}: the default dose must be a number more than zero")
        unit, frequency = str(body.get("unit", "")), str(body.get("frequency", ""))
        if unit not in DOSE_UNITS:
            self.fail(f"{where}: default unit “{unit}” is not a dose unit")
        if frequency not in FREQUENCIES:
            self.fail(f"{where}: default frequency “{frequency}” is not one of {', '.join(FREQUENCIES)}")
        days = body.get("duration_days")
        if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= DURATION_DAYS_MAX:
            self.fail(f"{where}: default duration_days must be a whole number from 1 to {DURATION_DAYS_MAX}")
            days = 1
        instructions = body.get("instructions", "")
        if not isinstance(instructions, str):
            self.fail(f"{where}: default instructions must be a text")
            instructions = ""
        if len(self.problems) > problems_before:
            return None
        return DrugDefaults(dose, unit, frequency, days, instructions)
