"""Entity resolution of departments and units: one organisation, one node.

Rules, applied in this order (each merge is recorded as evidence; each near-miss that is *not*
merged is recorded as a decision with the reason):

1. cleaning: width folding, whitespace, stray markup (``<u>``) and isolated Latin letters that
   PDF/OCR extraction puts inside Chinese names;
2. abbreviations: ``卫健委`` ↔ ``卫生健康委员会``, ``医保局`` ↔ ``医疗保障局`` … (``ABBREVIATIONS``);
3. parenthetical aliases: ``A(B)`` is the same organisation as ``A``;
4. a missing region prefix (``西青区卫生健康委员会`` vs ``天津市西青区卫生健康委员会``) is completed
   only when the mention's own document names that region, and only when exactly one attested
   name fits;
5. OCR damage: a name one character (two for long names) away from a better-attested name, with
   guard rails: same region prefix, no numeral or direction character changed, organisation type
   suffix unchanged, the same parent department, and not both spellings attested in several
   documents. Merges go to an anchor only (never chained).

Never merge when unsure: the near-miss is kept apart and listed in ``Resolution.kept_apart``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath

from jixiao.kg.ids import IdRegistry, name_key, org_id
from jixiao.kg.records import Project
from jixiao.text import CJK, normalize_width, trace_edits

# Short form → full form. Applied where the short form is not already part of the full word.
ABBREVIATIONS: dict[str, str] = {
    "卫健委": "卫生健康委员会",
    "卫生健康委": "卫生健康委员会",
    "卫计委": "卫生和计划生育委员会",
    "医保局": "医疗保障局",
    "人社局": "人力资源和社会保障局",
    "发改委": "发展和改革委员会",
    "经信委": "经济和信息化委员会",
    "科委": "科学技术委员会",
    "教委": "教育委员会",
    "市监局": "市场监督管理局",
    "药监局": "药品监督管理局",
    "疾控中心": "疾病预防控制中心",
    "卫监所": "卫生监督所",
}

# Province-level names, with and without their suffix, so `上海` and `上海市` count as one region.
_PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
    "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
    "宁夏", "新疆", "香港", "澳门",
)
_MUNICIPALITIES = {"北京", "天津", "上海", "重庆"}
_REGION_L1 = re.compile(
    r"^(?:(?P<p>" + "|".join(sorted(_PROVINCES, key=len, reverse=True)) + r")"
    r"(?P<ps>省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?)"
)
# Prefecture/district level: 2–4 characters ending in 市/区/县/州/盟/旗, but not words that merely end
# in 区 (社区, 园区 …).
_REGION_L2 = re.compile(rf"^(?P<r>[{CJK}]{{1,4}}?(?:新区|自治县|自治州|市|区|县|州|盟|旗))")
_NOT_REGION = ("社区", "园区", "校区", "院区", "片区", "小区", "城区", "辖区", "景区", "牧区", "库区", "市场")
_NUMERALS = set("0123456789一二三四五六七八九十百千零〇两壹贰叁肆伍陆柒捌玖拾")
# A change in one of these characters names a different organisation, not an OCR slip.
_DISTINCTIVE = _NUMERALS | set("东西南北中上下前后左右内外新老旧大小男女儿妇")
# Words of well-formed organisation names: an OCR-damaged spelling rarely contains them intact.
_KNOWN_TERMS = tuple(set(ABBREVIATIONS.values())) + (
    "服务中心", "管理中心", "发展中心", "交流中心", "考试中心", "事务管理所", "人民医院", "委员会",
)
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,20}>")
_STRAY_LATIN = re.compile(rf"(?<=[{CJK}])\s*[A-Za-z]\s*(?=[{CJK}])")
# Longest first: `委员会` before `会`, `医院` before `院`.
_ORG_TYPES = tuple(
    sorted(
        ("委员会", "办公室", "中心", "医院", "大学", "学院", "学校", "研究所", "研究院", "协会",
         "学会", "基金会", "集团", "公司", "局", "厅", "所", "院", "站", "部", "处", "科", "馆", "会",
         "队", "委", "社", "室", "团"),
        key=len,
        reverse=True,
    )
)
# Characters that never belong to an organisation name (extraction noise).
_JUNK = re.compile(r"[《》〈〉?？!！*#^~`'\"“”‘’…]+")
_EDGE_PUNCT = re.compile(r"^[-_:;,.，。|]+|[-_:;,.，。|]+$")
_PAREN = re.compile(r"^(?P<a>.+?)\((?P<b>[^()]+)\)$")


@lru_cache(maxsize=65536)  # the same few names repeat across a store's many projects
def clean_org_name(raw: str | None) -> str:
    """A printed organisation name as a user would type it."""
    if not raw:
        return ""
    text = normalize_width(raw)
    text = _MARKUP.sub("", text)
    text = _STRAY_LATIN.sub("", text)
    text = re.sub(r"\s+", "", text)
    text = _JUNK.sub("", text)
    text = _EDGE_PUNCT.sub("", text)
    # A parenthesis cut off at the end of a cell: `X(上海医药采购中心` → `X(上海医药采购中心)`.
    if text.count("(") == text.count(")") + 1 and text.rfind("(") > text.rfind(")"):
        text += ")"
    return _strip_label_residue(text)


def _strip_label_residue(text: str) -> str:
    """Drop what is left of the `实施单位` label around a name: a leading `位`/`立`/`单` before a
    region (`立上海市…`), or a first, broken rendering of the same name (`上海市卫生位上海市卫生…`)."""
    regions = "|".join(_PROVINCES)
    m = re.match(rf"^[单位立]{{1,2}}(?=(?:{regions}))", text)
    if m:
        text = text[m.end() :]
    parts = re.split(rf"[单位立](?=(?:{regions}))", text)
    if len(parts) > 1 and len(parts[-1]) >= 6:
        head = split_regions(parts[0])[0][:1]
        if head and head == split_regions(parts[-1])[0][:1]:
            text = parts[-1]
    return text


def expand_abbreviations(name: str) -> tuple[str, list[str]]:
    """Full form of a name and the abbreviations that were expanded."""
    full, used = _expand_abbreviations(name)
    return full, list(used)


@lru_cache(maxsize=65536)
def _expand_abbreviations(name: str) -> tuple[str, tuple[str, ...]]:
    used = []
    for short, full in sorted(ABBREVIATIONS.items(), key=lambda kv: -len(kv[0])):
        out, i = [], 0
        while True:
            j = name.find(short, i)
            if j < 0:
                out.append(name[i:])
                break
            rest = name[j:]
            # `教委员会` in `宗教委员会` is not the abbreviation 教委; `卫生健康委员会` is already full.
            if rest.startswith(full) or rest[len(short):].startswith(("员", "会")):
                out.append(name[i: j + len(short)])
            else:
                out.append(name[i:j] + full)
                used.append(f"{short} = {full}")
            i = j + len(short)
        name = "".join(out)
    return name, tuple(used)


def split_regions(name: str) -> tuple[list[str], str]:
    """Leading administrative regions (normalised, e.g. ``上海`` → ``上海市``) and the rest."""
    regions = []
    rest = name
    m = _REGION_L1.match(rest)
    if m:
        prov, suffix = m["p"], m["ps"]
        if not suffix and prov in _MUNICIPALITIES:
            suffix = "市"
        regions.append(prov + (suffix or ""))
        rest = rest[m.end():]
    for _ in range(2):
        m = _REGION_L2.match(rest)
        if not m or m["r"].endswith(_NOT_REGION) or len(rest) - m.end() < 2:
            break
        regions.append(m["r"])
        rest = rest[m.end():]
    return regions, rest


@dataclass
class OrgMention:
    """One printed organisation name in one record."""

    name: str
    role: str  # "department" or "unit"
    document: str
    parent: str | None = None  # the department printed next to a unit


@dataclass
class OrgEntity:
    id: str
    canonical: str
    alt_labels: list[str] = field(default_factory=list)
    #: The alt labels taken for OCR damage of the canonical name (SKOS hidden labels).
    hidden_labels: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass
class Decision:
    """Two names that looked alike but were kept apart, and why."""

    a: str
    b: str
    reason: str


@dataclass
class Resolution:
    entities: dict[str, OrgEntity]
    by_name: dict[str, str]  # cleaned printed name → entity id, when unambiguous
    by_mention: dict[tuple[str, str], str]  # (document, cleaned printed name) → entity id
    kept_apart: list[Decision]

    def lookup(self, raw: str | None, document: str | None = None) -> OrgEntity | None:
        """The organisation a printed name stands for (in ``document``, when given)."""
        key = clean_org_name(raw)
        eid = None
        if document is not None:
            eid = self.by_mention.get((PurePath(document).name, key))
        eid = eid or self.by_name.get(key)
        return self.entities[eid] if eid else None


@dataclass
class _Variant:
    full: str  # cleaned, abbreviations expanded
    printed: Counter = field(default_factory=Counter)
    documents: set = field(default_factory=set)
    roles: set = field(default_factory=set)
    parents: set = field(default_factory=set)
    evidence: list = field(default_factory=list)
    abbreviated: bool = False


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@lru_cache(maxsize=65536)
def _document_name(file: str) -> str:
    return PurePath(file).name


def mentions_of(projects: Iterable[Project]) -> list[OrgMention]:
    out = []
    for p in projects:
        doc = _document_name(p.source.file)
        if p.department:
            out.append(OrgMention(p.department, "department", doc))
        if p.unit:
            out.append(OrgMention(p.unit, "unit", doc, parent=p.department))
    return out


class _DocumentTexts:
    """What each document says about where it is from: its organisation and project names.

    Goals are left out: they mention other places (`与天津数据匹配`) without being from there.
    A document's text is put together only when a region completion asks for it (few do), so
    resolving a large store does not clean every project name."""

    def __init__(self, projects: Iterable[Project]) -> None:
        self._projects: dict[str, list[Project]] = defaultdict(list)
        for p in projects:
            self._projects[_document_name(p.source.file)].append(p)
        self._texts: dict[str, str] = {}

    def get(self, doc: str, default: str = "") -> str:
        if doc not in self._texts:
            if doc not in self._projects:
                return default
            parts = [expand_abbreviations(clean_org_name(text))[0]
                     for p in self._projects[doc] for text in (p.department, p.unit, p.name)
                     if text]
            self._texts[doc] = "\n".join(parts)
        return self._texts[doc]

    def __setitem__(self, doc: str, text: str) -> None:
        self._projects.pop(doc, None)
        self._texts[doc] = text


def _distinct_mentions(projects: Iterable[Project]) -> dict[tuple, int]:
    """(printed name, role, document, parent) → how often, in order of first mention: a store
    names the same unit on many projects, and each distinct mention is cleaned and completed
    once (the counts still weigh the names exactly as one mention each would)."""
    out: dict[tuple, int] = {}
    for p in projects:
        doc = _document_name(p.source.file)
        if p.department:
            key = (p.department, "department", doc, None)
            out[key] = out.get(key, 0) + 1
        if p.unit:
            key = (p.unit, "unit", doc, p.department)
            out[key] = out.get(key, 0) + 1
    return out


class _Attested:
    """The attested full names, found by their endings (a region completion looks for the
    longer names ending in a name) without scanning them all for every name."""

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self._by_suffix: dict[str, list[str]] | None = None

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def ending_with(self, tail: str) -> list[str]:
        if self._by_suffix is None:
            self._by_suffix = defaultdict(list)
            for name in self.names:
                for i in range(len(name)):
                    self._by_suffix[name[i:]].append(name)
        return self._by_suffix.get(tail, [])


# An OCR slip is at most this many edits (``_ocr_verdict``'s limit for long names).
_MAX_OCR_EDITS = 2
_MIN_OCR_LENGTH = 6


@lru_cache(maxsize=65536)
def _deletion_keys(name: str) -> frozenset[str]:
    """``name`` with up to _MAX_OCR_EDITS characters deleted. Two names within that edit
    distance share one (delete each substituted character on both sides, and each inserted
    one on its side), so only anchors sharing a key need a verdict."""
    keys = {name}
    frontier = {name}
    for _ in range(_MAX_OCR_EDITS):
        frontier = {s[:i] + s[i + 1:] for s in frontier for i in range(len(s))}
        keys |= frontier
    return frozenset(keys)


class _Anchors:
    """The anchors of the OCR pass, in the order they were chosen, with the deletion keys of
    each: the names an edit or two away from a name are looked up, not compared one by one
    (a store of 100k indicators has ~1,000 unit names: a million pairs)."""

    def __init__(self) -> None:
        self.order: dict[str, int] = {}
        self._by_key: dict[str, list[str]] = defaultdict(list)

    def add(self, name: str) -> None:
        self.order[name] = len(self.order)
        if len(name) >= _MIN_OCR_LENGTH:  # shorter names are never OCR slips
            for key in _deletion_keys(name):
                self._by_key[key].append(name)

    def near(self, name: str) -> list[str]:
        """The anchors that may be within _MAX_OCR_EDITS of ``name``, in anchor order."""
        if len(name) < _MIN_OCR_LENGTH:
            return []
        found = {a for key in _deletion_keys(name) for a in self._by_key.get(key, ())}
        return sorted(found, key=self.order.__getitem__)


def _document_texts(projects: Iterable[Project]) -> _DocumentTexts:
    return _DocumentTexts(projects)


def _names_region(text: str, region: str) -> bool:
    if region in text:
        return True
    # `天津医学考试中心` names 天津市 too.
    short = region[:-1]
    return region.endswith("市") and short in _MUNICIPALITIES and short in text


def _rank(v: _Variant, best_printed: str) -> tuple:
    """Higher is a better canonical name."""
    regions, _ = split_regions(v.full)
    clean = not re.search(r"[A-Za-z<>]", best_printed)
    known = any(term in v.full for term in _KNOWN_TERMS)
    return (clean, not v.abbreviated, known, len(regions), len(v.documents),
            sum(v.printed.values()), len(v.full), _neg(v.full))


def _neg(s: str) -> tuple:
    return tuple(-ord(c) for c in s)


def add_mention(v: _Variant, printed: str, count: int, document: str, role: str,
                parent: str | None, used: list[str], region_note: str | None) -> None:
    """One printed mention gathered into its variant: counts, documents, roles, the completed
    parent, and the evidence of abbreviations and region completions."""
    v.printed[printed] += count
    v.documents.add(document)
    v.roles.add(role)
    if parent:
        v.parents.add(parent)
    notes = [f"{printed}: abbreviation {u}" for u in used]
    if used:
        v.abbreviated = True
    if region_note:
        notes.append(f"{printed}: {region_note}")
    for ev in notes:
        if ev not in v.evidence:
            v.evidence.append(ev)


def resolve_orgs(
    projects: Iterable[Project],
    extra_context: dict[str, set[str]] | None = None,
    registry: IdRegistry | None = None,
) -> Resolution:
    """Group the departments and units of ``projects`` into organisations.

    ``extra_context``: more text per document (e.g. its title line) that may name its region.
    ``registry``: the build's ids, checked for collisions.
    """
    registry = registry or IdRegistry()
    projects = list(projects)
    doc_texts = _document_texts(projects)
    for doc, extra in (extra_context or {}).items():
        doc_texts[doc] = doc_texts.get(doc, "") + "\n" + "\n".join(sorted(extra))

    kept: list[Decision] = []
    cleaned = []
    for (name, role, doc, parent), count in _distinct_mentions(projects).items():
        printed = clean_org_name(name)
        if printed:
            cleaned.append((OrgMention(name, role, doc, parent), printed,
                            *expand_abbreviations(printed), count))
    attested = _Attested({full for _, _, full, _, _ in cleaned})

    # 4. Region prefix completion, per mention, from that mention's own document: the same
    # short name may be completed in one document and left alone in another.
    completions: dict[tuple[str, str], tuple[str, str | None]] = {}
    candidates: dict[str, list[tuple[str, list[str]]]] = {}

    def complete(full: str, doc: str) -> tuple[str, str | None]:
        if (full, doc) not in completions:
            completions[(full, doc)] = _complete_region(full, doc, attested, doc_texts, kept,
                                                        candidates)
        return completions[(full, doc)]

    variants: dict[str, _Variant] = {}
    mention_full: list[tuple[str, str, str]] = []
    for m, printed, full, used, count in cleaned:
        full, region_note = complete(full, m.document)
        v = variants.setdefault(full, _Variant(full))
        parent = complete(expand_abbreviations(clean_org_name(m.parent))[0], m.document)[0] \
            if m.parent else None
        add_mention(v, printed, count, m.document, m.role, parent, used, region_note)
        mention_full.append((m.document, printed, full))
    return resolve_variants(variants, mention_full, kept, registry)


def resolve_variants(
    variants: dict[str, _Variant],
    mention_full: Iterable[tuple[str, str, str]],
    kept: list[Decision],
    registry: IdRegistry,
) -> Resolution:
    """Rules 3 and 5 and the entities, over the variants (full names after rules 1, 2 and 4, in
    order of first mention; evidence lists are appended to) and each mention's (document,
    printed name, full name); ``kept``: the decisions so far (appended to)."""
    uf = _UnionFind()
    for full in variants:
        uf.find(full)

    # 3. Parenthetical aliases stated by the document itself.
    for full in list(variants):
        m = _PAREN.match(full)
        if m and m["a"] in variants:
            uf.union(full, m["a"])
            variants[m["a"]].evidence.append(f"{m['a']}: the form names it as {full}")

    # 5. OCR damage: attach to anchors only, best-attested first.
    best_printed = {f: v.printed.most_common(1)[0][0] for f, v in variants.items()}
    order = sorted(variants, key=lambda f: _rank(variants[f], best_printed[f]), reverse=True)
    anchors = _Anchors()
    ocr_damaged: set[str] = set()
    for full in order:
        matches = []
        for anchor in anchors.near(full):
            if uf.find(anchor) == uf.find(full):
                continue
            verdict = _ocr_verdict(variants[full], variants[anchor], uf)
            if verdict is None:
                continue
            ok, why = verdict
            if ok:
                matches.append((anchor, why))
            else:
                kept.append(Decision(full, anchor, why))
        if len(matches) == 1:
            anchor, why = matches[0]
            uf.union(full, anchor)
            ocr_damaged.add(full)
            variants[full].evidence.append(f"{best_printed[full]}: OCR damage of {anchor} ({why})")
        else:
            if len(matches) > 1:
                kept.append(Decision(full, " / ".join(a for a, _ in matches),
                                     "OCR: several names equally close"))
            anchors.add(full)

    # Build entities.
    groups: dict[str, list[str]] = defaultdict(list)
    for full in variants:
        groups[uf.find(full)].append(full)
    entities: dict[str, OrgEntity] = {}
    full_to_id: dict[str, str] = {}
    for members in groups.values():
        best = max(members, key=lambda f: _rank(variants[f], best_printed[f]))
        canonical = best
        eid = registry.claim(org_id(canonical), "org", name_key(canonical))
        labels: set[str] = set()
        hidden: set[str] = set()
        roles: set[str] = set()
        docs: set[str] = set()
        evidence: list[str] = []
        count = 0
        for f in sorted(members):
            v = variants[f]
            labels.update(v.printed)
            labels.add(f)
            if f in ocr_damaged:
                hidden.update(v.printed)
                hidden.add(f)
            roles |= v.roles
            docs |= v.documents
            evidence.extend(v.evidence)
            count += sum(v.printed.values())
            full_to_id[f] = eid
        if eid in entities:
            # Names equal up to width and case: one organisation (the id says so by design).
            prev = entities[eid]
            labels |= {prev.canonical, *prev.alt_labels, *prev.hidden_labels}
            hidden |= set(prev.hidden_labels)
            roles |= set(prev.roles)
            docs |= set(prev.documents)
            evidence = prev.evidence + evidence
            count += prev.mentions
            canonical = prev.canonical
        entities[eid] = OrgEntity(
            id=eid,
            canonical=canonical,
            alt_labels=sorted(labels - {canonical}),
            hidden_labels=sorted(hidden - {canonical}),
            roles=sorted(roles),
            evidence=evidence,
            documents=sorted(docs),
            mentions=count,
        )
    # Per mention, without a Python loop over them (a 1M-indicator store has 66k).
    columns = list(zip(*mention_full, strict=True))
    documents, printeds, fulls = columns if columns else ((), (), ())
    eids = list(map(full_to_id.__getitem__, fulls))
    by_mention = dict(zip(zip(documents, printeds, strict=True), eids, strict=True))
    # A printed name that means different organisations in different documents is only
    # resolved together with its document (by_name in order of first mention).
    meanings = dict.fromkeys(zip(printeds, eids, strict=True))
    senses = Counter(printed for printed, _ in meanings)
    by_name = {printed: eid for printed, eid in meanings if senses[printed] == 1}
    return Resolution(entities=entities, by_name=by_name, by_mention=by_mention,
                      kept_apart=_dedupe(kept))


def _complete_region(
    full: str,
    doc: str,
    attested: _Attested,
    doc_texts: _DocumentTexts,
    kept: list[Decision],
    found: dict[str, list[tuple[str, list[str]]]] | None = None,
) -> tuple[str, str | None]:
    """The attested longer name ``full`` stands for in ``doc`` (when the document names the
    missing region and exactly one name fits), with a note; else ``full`` unchanged.
    ``found``: the candidates of each name already looked up (they do not depend on ``doc``)."""
    candidates = found.get(full) if found is not None else None
    if candidates is None:
        regions, rest = split_regions(full)
        candidates = []
        for other in attested.ending_with(full):
            if other == full:
                continue
            o_regions, o_rest = split_regions(other)
            if o_rest != rest or len(o_regions) <= len(regions):
                continue
            missing = o_regions[: len(o_regions) - len(regions)]
            if o_regions[len(missing) :] == regions:
                candidates.append((other, missing))
        if found is not None:
            found[full] = candidates
    if not candidates:
        return full, None
    text = doc_texts.get(doc, "")
    supplied = [(o, miss) for o, miss in candidates if all(_names_region(text, r) for r in miss)]
    if len(supplied) == 1:
        other, missing = supplied[0]
        return other, f"region prefix {''.join(missing)} supplied by its document ({doc})"
    for other, missing in sorted(candidates):
        why = (
            f"several names fit ({', '.join(sorted(o for o, _ in supplied))})"
            if supplied
            else f"its document ({doc}) does not name {''.join(missing)}"
        )
        kept.append(Decision(full, other, f"missing region prefix: {why}"))
    return full, None


def _dedupe(decisions: list[Decision]) -> list[Decision]:
    seen, out = set(), []
    for d in decisions:
        key = (min(d.a, d.b), max(d.a, d.b))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _ocr_verdict(v: _Variant, anchor: _Variant, uf: _UnionFind) -> tuple[bool, str] | None:
    """None: not similar at all. (True, why): an OCR slip. (False, why): similar, kept apart."""
    a, b = v.full, anchor.full
    if abs(len(a) - len(b)) > _MAX_OCR_EDITS or min(len(a), len(b)) < _MIN_OCR_LENGTH:
        return None
    limit = 1 if max(len(a), len(b)) <= 12 else _MAX_OCR_EDITS
    near = _near_edits(a, b, limit)
    if near is None:
        return None
    dist, ops = near
    changed = "".join(x + y for x, y in ops)
    if any(c in _DISTINCTIVE for c in changed):
        return False, f"a numeral or direction character differs ({changed})"
    if split_regions(a)[0] != split_regions(b)[0]:
        return False, "different region prefixes"
    if _org_type(a) != _org_type(b):
        return False, "different organisation type"
    if v.parents and anchor.parents and not (
        {uf.find(p) if p in uf.parent else p for p in v.parents}
        & {uf.find(p) if p in uf.parent else p for p in anchor.parents}
    ):
        return False, "different parent departments"
    if len(v.documents) >= 2 and len(anchor.documents) >= 2:
        return False, "both spellings are attested in several documents"
    pairs = ", ".join(f"{x or '∅'}→{y or '∅'}" for x, y in ops)
    return True, f"edit distance {dist}: {pairs}; same region, type and parent"


@lru_cache(maxsize=65536)  # the same pairs come back on every write of a store
def _near_edits(a: str, b: str, limit: int) -> tuple[int, tuple[tuple[str, str], ...]] | None:
    """``text.edit_ops(a, b)`` when ``a`` and ``b`` differ by 1 to ``limit`` edits, else None.
    Only the cells within ``limit`` of the diagonal are computed: a path of cost ≤ ``limit``
    never leaves them, and a cell outside costs more than ``limit``, so the distance and the
    traced changes are edit_ops' own."""
    if a == b or abs(len(a) - len(b)) > limit or _bag_distance(a, b) > limit:
        return None  # the bag distance is a lower bound of the edit distance, far cheaper
    n, m = len(a), len(b)
    far = limit + 1  # stands for every cost above the limit
    d = [[far] * (m + 1) for _ in range(n + 1)]
    for i in range(min(n, limit) + 1):
        d[i][0] = i
    for j in range(min(m, limit) + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        row, up, ai = d[i], d[i - 1], a[i - 1]
        for j in range(max(1, i - limit), min(m, i + limit) + 1):
            row[j] = min(up[j] + 1, row[j - 1] + 1, up[j - 1] + (ai != b[j - 1]), far)
    if d[n][m] > limit:
        return None
    # A path of cost ≤ limit stays in the band, so tracing it never reads a cell outside.
    return d[n][m], tuple(trace_edits(d, a, b))


@lru_cache(maxsize=65536)
def _chars(text: str) -> Counter:
    return Counter(text)


def _bag_distance(a: str, b: str) -> int:
    """Characters one name has more of than the other (the larger side): never more than the
    edit distance, so a pair it puts over the limit needs no edit-distance table."""
    ca, cb = _chars(a), _chars(b)
    return max(sum((ca - cb).values()), sum((cb - ca).values()))


def _org_type(name: str) -> str:
    """The trailing word that says what kind of organisation this is (局, 中心, 医院 …)."""
    for word in _ORG_TYPES:
        if name.endswith(word):
            return word
    return name[-1:]


def resolve_name(resolution: Resolution, raw: str | None) -> str | None:
    """Canonical name for a printed name, or None when it was not among the resolved mentions."""
    ent = resolution.lookup(raw)
    return ent.canonical if ent else None


def same_org(a: str, b: str) -> bool:
    """Whether two names are the same organisation by the context-free rules (1–3)."""
    fa = expand_abbreviations(clean_org_name(a))[0]
    fb = expand_abbreviations(clean_org_name(b))[0]
    return name_key(fa) == name_key(fb)
