"""The organisations of a store, resolved again at each write from what the previous one kept.

``kg.resolve.resolve_orgs`` over a store's projects (documents by name, each document's projects
in reading order, as the writer passes them) is, rule by rule, a fold over its documents: the
mentions are distinct per document, cleaning and abbreviations (rules 1–2) depend on the name
only, a region completion (rule 4) on the mention's own document and on which attested names
end with the name, and a variant gathers its documents' mentions in document order. Only the
passes after that (parenthetical aliases, OCR damage, entities: rules 3 and 5) look at every
variant at once, and a store has far fewer variants than mentions (a 1M-indicator store: 165
against 66k). ``OrgResolver`` keeps each document's part of the fold and each variant's gathered
mentions, so a write redoes the documents it adds or removes (and those whose completions the
change of attested names touches), then the variant passes — the same ``Resolution``, in the
same order, as resolving the whole store (tests/test_store_orgs.py compares them).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from jixiao.kg.ids import IdRegistry
from jixiao.kg.resolve import (
    Decision,
    Resolution,
    _complete_region,
    _distinct_mentions,
    _DocumentTexts,
    _Variant,
    clean_org_name,
    expand_abbreviations,
    resolve_variants,
)


class _Attested:
    """The attested full names (each with the number of documents naming it), found by their
    endings as ``kg.resolve``'s region completion asks, kept up to date name by name."""

    def __init__(self) -> None:
        self.documents: Counter[str] = Counter()
        self._by_suffix: dict[str, set[str]] = defaultdict(set)

    def add(self, name: str) -> bool:
        """Count one more document naming ``name``; True when it was not attested before."""
        self.documents[name] += 1
        if self.documents[name] > 1:
            return False
        for i in range(len(name)):
            self._by_suffix[name[i:]].add(name)
        return True

    def remove(self, name: str) -> bool:
        """One document fewer naming ``name``; True when no document names it any more."""
        self.documents[name] -= 1
        if self.documents[name] > 0:
            return False
        del self.documents[name]
        for i in range(len(name)):
            names = self._by_suffix[name[i:]]
            names.discard(name)
            if not names:
                del self._by_suffix[name[i:]]
        return True

    def ending_with(self, tail: str) -> Iterable[str]:
        # (In any order: a completion sorts what it reports, and takes a candidate only alone.)
        return self._by_suffix.get(tail, ())


@dataclass
class _DocumentPart:
    """One document's part of the fold: its mentions cleaned, then completed."""

    key: str | None  # the records the part was made from
    projects: list[Any]
    #: (role, parent as printed, printed, full name, abbreviations used, count) per distinct
    #: mention, in order of first mention; rules 1–2 only, so made once.
    cleaned: list[tuple[str, str | None, str, str, tuple[str, ...], int]]
    names: set[str]  # the full names its completions look up (mentions' and parents')
    attests: set[str]  # the full names of its mentions
    # Completed (rule 4, against the attested names when made):
    variants: dict[str, _Variant] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)  # variant → its first mention here
    mentions: list[tuple[str, str, str]] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)


def _clean(document: str, projects: list[Any]) -> tuple[list[Any], set[str], set[str]]:
    cleaned, names = [], set()
    for (name, role, doc, parent), count in _distinct_mentions(projects).items():
        if doc != document:
            raise ValueError(f"a project of {doc!r} given as one of {document!r}")
        printed = clean_org_name(name)
        if printed:
            full, used = expand_abbreviations(printed)
            cleaned.append((role, parent, printed, full, tuple(used), count))
            names.add(full)
            if parent:
                names.add(expand_abbreviations(clean_org_name(parent))[0])
    return cleaned, names, {c[3] for c in cleaned}


class OrgResolver:
    """``resolve_orgs`` of a store kept from write to write (by a long-lived process)."""

    def __init__(self) -> None:
        self._parts: dict[str, _DocumentPart] = {}
        self._attested = _Attested()
        self._needing: dict[str, set[str]] = defaultdict(set)  # full name → documents
        self._candidates: dict[str, list[tuple[str, list[str]]]] = {}
        self._holders: dict[str, set[str]] = defaultdict(set)  # variant → documents
        self._gathered: dict[str, tuple[_Variant, tuple[str, int]]] = {}

    def key_of(self, document: str) -> str | None:
        part = self._parts.get(document)
        return part.key if part is not None else None

    def resolve(self, documents: Sequence[str],
                changed: Mapping[str, tuple[str | None, list[Any]]]) -> Resolution:
        """The resolution of the store of ``documents`` (in store order: by name), after
        ``changed``: document → (its records key, its projects in reading order, as
        ``resolve_orgs`` reads them), the documents added or replaced since the last call.
        Documents not listed are dropped. On an exception the resolver is unusable."""
        if any(a >= b for a, b in zip(documents, documents[1:], strict=False)):
            raise ValueError("the documents are not in store order (by name)")
        wanted = set(documents)
        touched: set[str] = set()  # variants whose gathered mentions change
        dirty: set[str] = set()  # documents to complete again
        newly: set[str] = set()  # attested names that appeared or went
        for name in [n for n in self._parts if n not in wanted or n in changed]:
            touched |= self._drop(name, newly)
        for name, (key, projects) in changed.items():
            cleaned, names, attests = _clean(name, projects)
            self._parts[name] = _DocumentPart(key, projects, cleaned, names, attests)
            for full in names:
                self._needing[full].add(name)
            for full in attests:
                if self._attested.add(full):
                    newly.add(full)
            dirty.add(name)
        missing = wanted - self._parts.keys()
        if missing:
            raise ValueError(f"no projects given for {sorted(missing)[:3]}")
        # A name's completion candidates are the attested names ending with it: only the
        # endings of the names that appeared or went have other ones.
        for attested in newly:
            for i in range(1, len(attested)):
                tail = attested[i:]
                self._candidates.pop(tail, None)
                dirty |= self._needing.get(tail, set())
        for name in dirty:
            touched |= self._complete(name)
        for full in touched:
            self._gather(full)
        order = sorted(self._gathered, key=lambda f: self._gathered[f][1])
        variants = {f: replace(self._gathered[f][0], evidence=list(self._gathered[f][0].evidence))
                    for f in order}
        parts = [self._parts[name] for name in documents]
        kept = [d for part in parts for d in part.decisions]
        mentions = (m for part in parts for m in part.mentions)
        return resolve_variants(variants, mentions, kept, IdRegistry())

    def _drop(self, name: str, newly: set[str]) -> set[str]:
        part = self._parts.pop(name)
        for full in part.names:
            self._needing[full].discard(name)
            if not self._needing[full]:
                del self._needing[full]
        for full in part.attests:
            if self._attested.remove(full):
                newly.add(full)
        for full in part.variants:
            self._holders[full].discard(name)
        return set(part.variants)

    def _complete(self, name: str) -> set[str]:
        """Rule 4 over one document's mentions, as ``resolve_orgs``' loop does them; the
        variants it held before and holds now."""
        part = self._parts[name]
        before = set(part.variants)
        for full in before:
            self._holders[full].discard(name)
        part.variants, part.first, part.mentions, part.decisions = {}, {}, [], []
        texts = _DocumentTexts(part.projects)
        completions: dict[str, tuple[str, str | None]] = {}

        def complete(full: str) -> tuple[str, str | None]:
            if full not in completions:
                completions[full] = _complete_region(full, name, self._attested, texts,
                                                     part.decisions, self._candidates)
            return completions[full]

        for i, (role, parent, printed, full, used, count) in enumerate(part.cleaned):
            full, region_note = complete(full)
            v = part.variants.get(full)
            if v is None:
                v = part.variants[full] = _Variant(full)
                part.first[full] = i
            v.printed[printed] += count
            v.documents.add(name)
            v.roles.add(role)
            if parent:
                v.parents.add(complete(expand_abbreviations(clean_org_name(parent))[0])[0])
            notes = [f"{printed}: abbreviation {u}" for u in used]
            if used:
                v.abbreviated = True
            if region_note:
                notes.append(f"{printed}: {region_note}")
            for ev in notes:
                if ev not in v.evidence:
                    v.evidence.append(ev)
            part.mentions.append((name, printed, full))
        for full in part.variants:
            self._holders[full].add(name)
        return before | set(part.variants)

    def _gather(self, full: str) -> None:
        """A variant's mentions over its documents, in store order, as one loop over the
        store's mentions gathers them; with where it is first mentioned."""
        holders = sorted(self._holders.get(full, ()))
        if not holders:
            self._holders.pop(full, None)
            self._gathered.pop(full, None)
            return
        v = _Variant(full)
        seen: set[str] = set()
        for name in holders:
            own = self._parts[name].variants[full]
            v.printed.update(own.printed)
            v.documents |= own.documents
            v.roles |= own.roles
            v.parents |= own.parents
            v.abbreviated = v.abbreviated or own.abbreviated
            for ev in own.evidence:
                if ev not in seen:
                    seen.add(ev)
                    v.evidence.append(ev)
        self._gathered[full] = (v, (holders[0], self._parts[holders[0]].first[full]))
