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
from itertools import chain
from typing import Any

from jixiao.kg.ids import IdRegistry
from jixiao.kg.resolve import (
    Decision,
    Resolution,
    _complete_region,
    _distinct_mentions,
    _DocumentTexts,
    _Variant,
    add_mention,
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


@dataclass
class _Gathered:
    """A variant's mentions over the store, kept per document so that one can be taken out:
    what is ordered (printed forms, evidence) with where each first appears in each document
    (the store's mention order is by document, then in the document)."""

    holders: dict[str, _Variant] = field(default_factory=dict)  # document → its part
    forms: dict[str, list[Any]] = field(default_factory=dict)  # printed → [count, {doc: at}]
    roles: dict[str, int] = field(default_factory=dict)  # → documents
    parents: dict[str, int] = field(default_factory=dict)
    abbreviated: int = 0
    evidence: dict[str, dict[str, int]] = field(default_factory=dict)  # → {doc: at}

    def add(self, doc: str, own: _Variant) -> None:
        self.holders[doc] = own
        for at, (text, count) in enumerate(own.printed.items()):
            form = self.forms.get(text)
            if form is None:
                form = self.forms[text] = [0, {}]
            form[0] += count
            form[1][doc] = at
        # (dict operations: Counter.update costs ~1 µs more, 66k times for a 1M store)
        for counter, values in ((self.roles, own.roles), (self.parents, own.parents)):
            for value in values:
                counter[value] = counter.get(value, 0) + 1
        self.abbreviated += own.abbreviated
        for at, ev in enumerate(own.evidence):
            self.evidence.setdefault(ev, {})[doc] = at

    def remove(self, doc: str) -> None:
        own = self.holders.pop(doc)
        for text, count in own.printed.items():
            form = self.forms[text]
            form[0] -= count
            del form[1][doc]
            if not form[1]:
                del self.forms[text]
        for counter, values in ((self.roles, own.roles), (self.parents, own.parents)):
            for value in values:
                counter[value] -= 1
                if not counter[value]:
                    del counter[value]
        self.abbreviated -= own.abbreviated
        for ev in own.evidence:
            where = self.evidence[ev]
            del where[doc]
            if not where:
                del self.evidence[ev]

    def variant(self, full: str) -> _Variant:
        """The variant as one loop over the store's mentions gathers it."""
        def first(where: dict[str, int]) -> tuple[str, int]:
            doc = min(where)
            return doc, where[doc]

        v = _Variant(full, documents=set(self.holders), roles=set(self.roles),
                     parents=set(self.parents), abbreviated=self.abbreviated > 0)
        for text, (count, _) in sorted(self.forms.items(), key=lambda kv: first(kv[1][1])):
            v.printed[text] = count
        v.evidence = sorted(self.evidence, key=lambda ev: first(self.evidence[ev]))
        return v


class OrgResolver:
    """``resolve_orgs`` of a store kept from write to write (by a long-lived process)."""

    def __init__(self) -> None:
        self._parts: dict[str, _DocumentPart] = {}
        self._attested = _Attested()
        self._needing: dict[str, set[str]] = defaultdict(set)  # full name → documents
        self._candidates: dict[str, list[tuple[str, list[str]]]] = {}
        self._gathered: dict[str, _Gathered] = {}
        #: Each variant as gathered, with its first mention (document, place in it).
        self._variants: dict[str, tuple[_Variant, tuple[str, int]]] = {}

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
        order = sorted(self._variants, key=lambda f: self._variants[f][1])
        variants = {f: replace(self._variants[f][0], evidence=list(self._variants[f][0].evidence))
                    for f in order}
        parts = [self._parts[name] for name in documents]
        kept = [d for part in parts for d in part.decisions]
        mentions = chain.from_iterable(part.mentions for part in parts)
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
            self._gathered[full].remove(name)
        return set(part.variants)

    def _complete(self, name: str) -> set[str]:
        """Rule 4 over one document's mentions, as ``resolve_orgs``' loop does them; the
        variants it held before and holds now."""
        part = self._parts[name]
        before = set(part.variants)
        for full in before:
            self._gathered[full].remove(name)
        part.variants, part.first, part.mentions, part.decisions = {}, {}, [], []
        texts: list[_DocumentTexts] = []  # made only if a name has candidates (few do)
        completions: dict[str, tuple[str, str | None]] = {}
        candidates = self._candidates

        def complete(full: str) -> tuple[str, str | None]:
            done = completions.get(full)
            if done is None:
                if candidates.get(full, True) == []:  # (no candidates: the name as it is)
                    done = (full, None)
                else:
                    if not texts:
                        texts.append(_DocumentTexts(part.projects))
                    done = _complete_region(full, name, self._attested, texts[0],
                                            part.decisions, candidates)
                completions[full] = done
            return done

        for i, (role, parent, printed, full, used, count) in enumerate(part.cleaned):
            full, region_note = complete(full)
            v = part.variants.get(full)
            if v is None:
                v = part.variants[full] = _Variant(full)
                part.first[full] = i
            completed = complete(expand_abbreviations(clean_org_name(parent))[0])[0] \
                if parent else None
            add_mention(v, printed, count, name, role, completed, used, region_note)
            part.mentions.append((name, printed, full))
        for full, own in part.variants.items():
            gathered = self._gathered.get(full)
            if gathered is None:
                gathered = self._gathered[full] = _Gathered()
            gathered.add(name, own)
        return before | set(part.variants)

    def _gather(self, full: str) -> None:
        gathered = self._gathered.get(full)
        if gathered is None or not gathered.holders:
            self._gathered.pop(full, None)
            self._variants.pop(full, None)
            return
        doc = min(gathered.holders)
        self._variants[full] = (gathered.variant(full), (doc, self._parts[doc].first[full]))
