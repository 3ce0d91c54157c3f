"""Content-based identifiers: the same content always gets the same IRI.

A node's short id is ``kind/digest`` (e.g. ``project/3f2a9c1b0d4e5f6a7b8c``), usable on the
command line; its IRI is ``<base>id/`` + short id, where the base is configurable
(``DEFAULT_BASE`` is a placeholder). The digest is a SHA-256 prefix of the node's identifying
content, never of reading order, so rebuilding a store (or adding an unrelated document) keeps
every existing IRI.

Digests are ``DIGEST_LEN`` hex digits (80 bits): among 100 million rows of one kind the chance
of any two sharing a digest is about 4e-9. A build still checks (``IdRegistry``): two different
contents with one id are an error, never a silent merge.

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

#: The placeholder base IRI (example.org is reserved for examples): publish with your own base.
DEFAULT_BASE = "https://jixiao.example.org/"
BASE = DEFAULT_BASE  # the vocabulary (ontology) namespace lives under it whatever the data base
ID_BASE = DEFAULT_BASE + "id/"
#: Hex digits of a digest: 80 bits (was 10 digits, 40 bits, before records contract v2).
DIGEST_LEN = 20
OLD_DIGEST_LEN = 10

KINDS = ("org", "project", "indicator", "concept", "category", "year", "document")

_SEP = "\x1f"  # unit separator: cannot occur in cleaned text, so joined keys stay unambiguous
_SHORT = re.compile(r"^(?P<kind>[a-z]+)/(?P<key>[0-9a-f]{" + str(DIGEST_LEN) + r"}|\d{4})$")
_OLD_SHORT = re.compile(r"^[a-z]+/[0-9a-f]{" + str(OLD_DIGEST_LEN) + r"}$")
_BASE_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`/?#]+(/[^\s<>\"{}|\\^`?#]*)?$")
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
    text = short.strip()
    m = _SHORT.match(text)
    if m and (m["kind"] == "year") != (len(m["key"]) == 4):
        m = None  # years are `year/2024`, everything else has a digest
    if not m or m["kind"] not in KINDS:
        if _OLD_SHORT.match(text) and text.split("/")[0] in set(KINDS) - {"year"}:
            raise JixiaoError(
                f"{text!r} is an identifier of an older jixiao ({OLD_DIGEST_LEN} hex digits); "
                f"identifiers now have {DIGEST_LEN} (IRIs changed once, see docs/rdf.md): "
                "look the item up again to get its current id"
            )
        raise JixiaoError(
            f"not an identifier: {short!r} (expected e.g. project/{'3f2a9c1b0d4e5f6a7b8c'[:DIGEST_LEN]}; "
            "kinds: " + ", ".join(KINDS) + ")"
        )
    return m["kind"], m["key"]


def check_base(base: str | None) -> str:
    """A base IRI as given (``https://data.example.gov.cn/jixiao/``), ending in ``/``; a clear
    error for anything that cannot prefix IRIs. None gives the placeholder ``DEFAULT_BASE``."""
    if base is None:
        return DEFAULT_BASE
    text = base.strip()
    if not _BASE_IRI.match(text):
        raise JixiaoError(
            f"not a usable base IRI: {base!r} (expected an http(s) address without spaces, "
            "query or fragment, e.g. https://data.example.gov.cn/jixiao/)"
        )
    return text if text.endswith("/") else text + "/"


def is_placeholder(base: str) -> bool:
    return base == DEFAULT_BASE


def to_iri(short: str, base: str | None = None) -> str:
    """``project/…`` → ``<base>id/project/…`` (default: the placeholder base). A full IRI is
    accepted too (after validation) and re-based."""
    return check_base(base) + "id/" + to_short(short)


def to_short(iri: str) -> str:
    """Full IRI (any base) → ``kind/digest``. Accepts a short id unchanged (after validation)."""
    s = str(iri).strip()
    if "://" in s and "/id/" in s:
        s = s.rsplit("/id/", 1)[1]
    parse_short(s)
    return s


# ---------------------------------------------------------------- collision check


class IdRegistry:
    """The ids handed out in one build and the content each stands for.

    Content-based ids merge equal contents on purpose; two *different* contents with one id
    would be merged silently, so ``claim`` makes that an error.
    """

    def __init__(self) -> None:
        self._content: dict[str, tuple] = {}

    def claim(self, short: str, *content: object) -> str:
        key = tuple("" if c is None else str(c) for c in content)
        known = self._content.setdefault(short, key)
        if known != key:
            raise JixiaoError(
                f"identifier collision: {short} stands for both {_show(known)} and {_show(key)}; "
                f"nothing was merged and the store is unchanged. This should not happen with "
                f"{DIGEST_LEN * 4}-bit digests: please report it"
            )
        return short

    def __len__(self) -> int:
        return len(self._content)


def _show(key: tuple) -> str:
    return "(" + ", ".join(repr(k) for k in key if k != "") + ")"


def project_identity(project: Project, ordinal: int = 0) -> tuple:
    """What a project id stands for (for ``IdRegistry.claim``)."""
    return ("project", name_key(project.department), name_key(project.unit),
            name_key(project.name), project.year or "", str(project.form), ordinal)


def indicator_identity(project_short: str, ind: Indicator, ordinal: int = 0) -> tuple:
    return (project_short, name_key(ind.level1), name_key(ind.level2), name_key(ind.level3),
            ordinal)
