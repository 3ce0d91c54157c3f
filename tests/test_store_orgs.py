"""The writer's organisations kept from write to write (jixiao.store.orgs) are, after any sequence
of adds, replaces and removes, exactly ``resolve_orgs`` over the whole store: the same bytes."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
from conftest import load_fixture_records

from jixiao.kg.resolve import resolve_orgs
from jixiao.store.generation import resolution_bytes
from jixiao.store.orgs import OrgResolver

# Names that exercise every rule: abbreviations, region prefixes missing or supplied by the
# document, OCR slips (用 for 服, a stray Latin letter), parenthetical aliases, numerals and
# regions that must stay apart, the same body under several parents.
REGIONS = ["天津市西青区", "西青区", "天津市", "上海市", "上海市松江区", "松江区", "上海市嘉定区", ""]
BODIES = ["卫生健康委员会", "卫健委", "疾病预防控制中心", "疾控中心", "卫生人才交流服务中心",
          "卫生人才交流用务中心", "卫生人才交流用 B 务中心", "医疗事务交流中心", "医疗事物交流中心",
          "第一人民医院", "第六人民医院", "健康教育所", "卫生人才交流服务中心(人才中心)",
          "医疗保障局", "医保局", "卫生监督所"]
PAIRS = ["卫生人才交流服务中心", "卫生人才交流用务中心", "医疗事务交流中心", "医疗事物交流中心",
         "卫生人才交流服务中心(人才中心)"]
TOPICS = ["传染病监测", "2024年天津市慢病管理", "上海市住院医师培训", "业务培训", "急诊能力建设",
          "西青区健康教育", "松江区信息化"]


def project(doc: str, department: str | None, unit: str | None, name: str) -> SimpleNamespace:
    return SimpleNamespace(department=department, unit=unit, name=name,
                           source=SimpleNamespace(file=doc))


def random_document(rnd: random.Random, doc: str) -> list[SimpleNamespace]:
    out = []
    for _ in range(rnd.randint(1, 5)):
        department = rnd.choice([None, None, "上海市卫健委",
                                 rnd.choice(REGIONS) + rnd.choice(BODIES[:4])])
        # Few regions for units, so that slips and aliases meet the names they are of.
        unit = rnd.choice([None, "  ", rnd.choice(REGIONS[:4]) + rnd.choice(BODIES),
                           rnd.choice(REGIONS) + rnd.choice(BODIES), "上海市" + rnd.choice(PAIRS)])
        out.append(project(doc, department, unit, rnd.choice(TOPICS)))
    if rnd.random() < 0.3:  # a unit named twice in the document
        out.append(out[0])
    return out


def fixture_documents() -> dict[str, list[SimpleNamespace]]:
    docs: dict[str, list[SimpleNamespace]] = {}
    for p in load_fixture_records("org_variants"):
        docs.setdefault(p.source.file, []).append(
            project(p.source.file, p.department, p.unit, p.name))
    return docs


def full_resolution(store: dict[str, list[SimpleNamespace]]) -> bytes:
    return resolution_bytes(resolve_orgs([p for name in sorted(store) for p in store[name]]))


def test_kept_organisations_equal_a_full_resolution_after_random_writes():
    seen = {"OCR damage": 0, "region prefix": 0, "the form names it": 0, "abbreviation": 0}
    kept_apart = 0
    for seed in range(12):
        rnd = random.Random(seed)
        store = fixture_documents() if seed % 2 else {}
        resolver = OrgResolver()
        changed = {name: (f"{name}:0", projects) for name, projects in store.items()}
        version = 0
        for step in range(25):
            if changed or store:
                res = resolver.resolve(sorted(store), changed)
                assert resolution_bytes(res) == full_resolution(store), (seed, step)
                for ent in res.entities.values():
                    for what in seen:
                        seen[what] += sum(what in e for e in ent.evidence)
                kept_apart += len(res.kept_apart)
            changed = {}
            for _ in range(rnd.choice([1, 1, 1, 2, 3])):
                action = rnd.random()
                if action < 0.3 and len(store) > 1:  # remove
                    del store[rnd.choice(sorted(store))]
                else:  # add, or replace a stored document (same name, other content)
                    version += 1
                    name = (rnd.choice(sorted(store)) if store and action < 0.55
                            else f"d{rnd.randrange(40):02d}.txt")
                    store[name] = random_document(rnd, name)
                    changed[name] = (f"{name}:{version}", store[name])
            changed = {n: c for n, c in changed.items() if n in store}
    # Every rule was at work in the sequences compared.
    assert min(seen.values()) >= 10 and kept_apart >= 100, (seen, kept_apart)


def test_the_fixture_rules_hold_after_incremental_writes():
    docs = fixture_documents()
    resolver = OrgResolver()
    names = sorted(docs)
    first = {n: (n, docs[n]) for n in names if n != "tj_a.txt"}
    resolver.resolve([n for n in names if n != "tj_a.txt"], first)
    # tj_a.txt attests 天津市西青区卫生健康委员会: tj_b.txt's 西青区卫健委 is completed again.
    res = resolver.resolve(names, {"tj_a.txt": ("tj_a.txt", docs["tj_a.txt"])})
    assert resolution_bytes(res) == full_resolution(docs)
    assert res.lookup("西青区卫健委", "tj_b.txt").id == res.lookup("天津市西青区卫生健康委员会").id
    assert res.lookup("上海市卫生人才交流用 B 务中心").id == res.lookup("上海市卫生人才交流服务中心").id
    # Removing it again undoes the completion.
    rest = {n: docs[n] for n in names if n != "tj_a.txt"}
    res = resolver.resolve(sorted(rest), {})
    assert resolution_bytes(res) == full_resolution(rest)


def test_documents_must_come_in_store_order_and_all_be_given():
    resolver = OrgResolver()
    a, b = [project("a.txt", None, "上海市卫健委", "x")], [project("b.txt", None, "卫健委", "y")]
    with pytest.raises(ValueError):
        resolver.resolve(["b.txt", "a.txt"], {"a.txt": ("a", a), "b.txt": ("b", b)})
    with pytest.raises(ValueError):
        OrgResolver().resolve(["a.txt", "b.txt"], {"a.txt": ("a", a)})
