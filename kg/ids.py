"""Content-based identifiers: the same content always gets the same IRI.

A node's short id is ``kind/digest`` (e.g. ``project/3f2a9c1b0d``), usable on the command line;
its IRI is ``ID_BASE + short id``. The digest is a SHA-256 prefix of the node's identifying
content, never of reading order, so rebuilding a store (or adding an unrelated document) keeps
every existing IRI.

What identifies what:

- org (department or unit): its resolved canonical name (see ``kg.resolve``);
- project: department, unit, name, year and form *as the record states them* (normalised), so a
  project's IRI depends on its own record only;
- indicator: project id, level1/level2/level3 and an ordinal that only separates true
  duplicates (identical rows in one project, counted in line order);
- concept: the normalised wording of the level-3 indicator;
- category: the level path (``产出指标`` or ``产出指标/数量指标``);
- year: the year itself (``year/2024``); document: the source file's base name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import PurePath

from jixiao.errors import JixiaoError
from jixiao.kg.records import Indicator, Project
from jixiao.text import compact

BASE = "https://jixiao.example.org/"
ID_BASE = BASE + "id/"
DIGEST_LEN = 10

KINDS = ("org", "project", "indicator", "concept", "category", "year", "document")

_SEP = "\x1f"  # unit separator: cannot occur in cleaned text, so joined keys stay unambiguous
_SHORT = re.compile(r"^(?P<kind>[a-z]+)/(?P<key>[0-9a-f]{" + str(DIGEST_LEN) + r"}|\d{4})$")
# A trailing unit annotation such as `(条)` or `(%)` does not change what an indicator measures.
_TRAILING_UNIT = re.compile(r"\([^()]{1,4}\)$")
_TRAILING_PUNCT = re.compile(r"[。.,，;；:：、]+$")


def _digest(*parts: object) -> str:
    text = _SEP.join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGEST_LEN]


def name_key(text: str | None) -> str:
    """A name as compared for identity: width-folded, no whitespace, case-folded Latin."""
    if not text:
        return ""
    return unicodedata.normalize("NFKC", compact(text)).casefold()


def concept_key(wording: str) -> str:
    """The normalised wording of an indicator: what makes two rows the same concept."""
    key = name_key(wording)
    key = _TRAILING_PUNCT.sub("", key)
    stripped = _TRAILING_UNIT.sub("", key)
    return stripped or key


def category_path(level1: str | None, level2: str | None = None) -> str:
    """The level path of a category: ``产出指标`` or ``产出指标/数量指标``."""
    l1 = name_key(level1) or "未分类"
    return f"{l1}/{name_key(level2)}" if level2 else l1


def org_id(canonical_name: str) -> str:
    """Short id of a department or unit from its resolved canonical name."""
    return f"org/{_digest('org', name_key(canonical_name))}"


def project_id_of(
    department: str | None, unit: str | None, name: str, year: int | None, form: str
) -> str:
    return "project/" + _digest(
        "project", name_key(department), name_key(unit), name_key(name), year or "", form
    )


def project_id(project: Project, ordinal: int = 0) -> str:
    """Short id of a project; ``ordinal`` > 0 separates records with identical content."""
    base = project_id_of(project.department, project.unit, project.name, project.year, project.form)
    return ordinal_id(base, ordinal)


def ordinal_id(base: str, ordinal: int) -> str:
    """The id of the ``ordinal``-th of several projects whose content gives the id ``base``."""
    return base if ordinal == 0 else "project/" + _digest(base, ordinal)


def indicator_id(project_short: str, ind: Indicator, ordinal: int = 0) -> str:
    return "indicator/" + _digest(
        project_short,
        name_key(ind.level1),
        name_key(ind.level2),
        name_key(ind.level3),
        ordinal,
    )


def indicator_ids(project: Project, project_short: str | None = None) -> list[str]:
    """Short ids of a project's indicators, in record order (ordinals count true duplicates)."""
    pid = project_short or project_id(project)
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for ind in project.indicators:
        key = (name_key(ind.level1), name_key(ind.level2), name_key(ind.level3))
        out.append(indicator_id(pid, ind, seen[key]))
        seen[key] += 1
    return out


def concept_id(wording: str) -> str:
    return f"concept/{_digest('concept', concept_key(wording))}"


def category_id(level1: str | None, level2: str | None = None) -> str:
    return f"category/{_digest('category', category_path(level1, level2))}"


def year_id(year: int) -> str:
    return f"year/{int(year):04d}"


def document_id(file: str) -> str:
    """Short id of a source document, from its base name (stable across store locations)."""
    return f"document/{_digest('document', PurePath(file).name)}"


def kind_of(short: str) -> str:
    return parse_short(short)[0]


def parse_short(short: str) -> tuple[str, str]:
    """Split ``kind/key``; a clear error for anything that is not a short id."""
    m = _SHORT.match(short.strip())
    if m and (m["kind"] == "year") != (len(m["key"]) == 4):
        m = None  # years are `year/2024`, everything else has a digest
    if not m or m["kind"] not in KINDS:
        raise JixiaoError(
            f"not an identifier: {short!r} (expected e.g. project/3f2a9c1b0d; kinds: "
            + ", ".join(KINDS)
            + ")"
        )
    return m["kind"], m["key"]


def to_iri(short: str) -> str:
    """``project/3f2a9c1b0d`` → full IRI. Accepts a full IRI unchanged (after validation)."""
    if short.startswith(ID_BASE):
        short = short[len(ID_BASE):]
    parse_short(short)
    return ID_BASE + short.strip()


def to_short(iri: str) -> str:
    """Full IRI → ``kind/digest``. Accepts a short id unchanged (after validation)."""
    s = str(iri)
    if s.startswith(ID_BASE):
        s = s[len(ID_BASE):]
    parse_short(s)
    return s.strip()
