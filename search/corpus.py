"""What search looks at, laid out as columns: projects, distinct indicator wordings, indicator rows.

Indicator wordings repeat across projects (``服务对象满意度`` in a dozen forms), so the searchable
unit for indicators is the *concept* (one normalised wording, ``kg.ids.concept_key``); each concept
points to its rows (one per project that uses it) which carry the context: project, level1/level2,
target, actual. String columns are stored as codes into small tables so a store of a million rows
loads in about a second.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import networkx as nx
import numpy as np

from jixiao.kg import ids
from jixiao.kg.records import Project
from jixiao.search.targets import is_vague
from jixiao.text import clean_cell
from jixiao.vocab import TextFlag

# How much of a project's goal its dense text carries: enough to say what the project does,
# not so much that boilerplate dominates.
GOAL_CHARS = 120

#: The reader's text-quality flags (``Indicator.flags``) as bits of ``Corpus.row_flags``.
FLAG_BITS = {TextFlag.GARBLED: 1, TextFlag.FRAGMENT: 2, TextFlag.REPAIRED: 4}
#: Flags that mean the wording shown is not what the form says (ranked lower, cards say so).
DAMAGED_BITS = FLAG_BITS[TextFlag.GARBLED] | FLAG_BITS[TextFlag.FRAGMENT]


def flag_bits(flags: Sequence[str] | None) -> int:
    """Bits of the known flags in ``flags`` (unknown values are ignored)."""
    bits = 0
    for f in flags or ():
        try:
            bits |= FLAG_BITS[TextFlag(f)]
        except ValueError:
            continue
    return bits


def flags_of(bits: int) -> list[str]:
    return [str(f) for f, b in FLAG_BITS.items() if bits & b]


@dataclass
class ProjectInfo:
    id: str
    name: str
    unit: str | None
    department: str | None
    year: int | None
    form: str
    goal: str | None
    funds_total: float | None
    source_file: str | None = None
    first_line: int | None = None
    last_line: int | None = None
    unit_id: str | None = None
    # Other spellings of the unit (entity resolution), so a filter on any of them matches.
    unit_aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return dict(self.__dict__)


class _Codes:
    """String table: each distinct string gets a small integer (``-1`` for None)."""

    def __init__(self, table: list[str] | None = None) -> None:
        self.table: list[str] = list(table or [])
        self._index = {s: i for i, s in enumerate(self.table)}

    def code(self, value: str | None) -> int:
        if value is None:
            return -1
        i = self._index.get(value)
        if i is None:
            i = self._index[value] = len(self.table)
            self.table.append(value)
        return i

    def get(self, code: int) -> str | None:
        return None if code < 0 else self.table[code]


@dataclass
class Corpus:
    projects: list[ProjectInfo]
    concept_keys: list[str]
    concept_texts: list[str]
    row_project: np.ndarray  # int32 project index of each indicator row
    row_concept: np.ndarray  # int32 concept index
    row_level1: np.ndarray  # int32 code into level1s
    row_level2: np.ndarray
    row_target: np.ndarray  # int32 code into targets
    row_actual: np.ndarray  # int32 code into actuals
    row_digest: np.ndarray  # S10 digest of the indicator's short id
    row_line: np.ndarray  # int32 line of the row in its project's source file (0: unknown)
    level1s: list[str]
    level2s: list[str]
    targets: list[str]
    actuals: list[str]
    target_vague: np.ndarray  # bool per entry of ``targets``
    target_quantified: np.ndarray  # bool per entry of ``targets``: parses as op/value/unit
    # uint8 FLAG_BITS of each row (stores written before the reader flagged text: all zero).
    row_flags: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint8))
    # Derived on load, not stored.
    concept_rows: list[np.ndarray] = field(default_factory=list, repr=False)
    project_rows: list[np.ndarray] = field(default_factory=list, repr=False)
    _project_index: dict[str, int] = field(default_factory=dict, repr=False)
    _concept_index: dict[str, int] = field(default_factory=dict, repr=False)
    _row_index: dict[bytes, int] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if len(self.row_flags) != len(self.row_concept):
            self.row_flags = np.zeros(len(self.row_concept), dtype=np.uint8)
        self._derive()

    # ---- building -------------------------------------------------------------------------

    @classmethod
    def from_projects(cls, projects: Sequence[Project], graph: nx.MultiDiGraph | None = None) -> Corpus:
        """Columns for the given records, with the graph's ids and resolved unit names.

        Without a graph (synthetic benchmarks) ids are still the graph's (``kg.graph.project_ids``)
        but units are taken as printed.
        """
        from jixiao.kg.graph import project_ids
        from jixiao.kg.targets import parse_target

        infos: list[ProjectInfo] = []
        concept_of: dict[str, int] = {}
        wordings: list[Counter[str]] = []
        cols: dict[str, list] = defaultdict(list)
        level1s, level2s, targets, actuals = _Codes(), _Codes(), _Codes(), _Codes()
        for project, pid in zip(projects, project_ids(projects), strict=True):
            infos.append(_project_info(project, pid, graph))
            pidx = len(infos) - 1
            for ind, short in zip(project.indicators, ids.indicator_ids(project, pid), strict=True):
                wording = clean_cell(ind.level3 or "")
                key = ids.concept_key(ind.level3 or "")
                if not wording or not key:
                    continue
                cidx = concept_of.setdefault(key, len(concept_of))
                if cidx == len(wordings):
                    wordings.append(Counter())
                wordings[cidx][wording] += 1
                cols["project"].append(pidx)
                cols["concept"].append(cidx)
                cols["level1"].append(level1s.code(ind.level1))
                cols["level2"].append(level2s.code(ind.level2))
                cols["target"].append(targets.code(ind.target))
                cols["actual"].append(actuals.code(ind.actual))
                cols["digest"].append(short.split("/", 1)[1].encode("ascii"))
                cols["line"].append(ind.line or 0)
                cols["flags"].append(flag_bits(getattr(ind, "flags", None)))
        return cls(
            projects=infos,
            concept_keys=list(concept_of),
            # The wording most projects printed (ties: first seen) is what users are shown.
            concept_texts=[c.most_common(1)[0][0] for c in wordings],
            row_project=np.asarray(cols["project"], dtype=np.int32),
            row_concept=np.asarray(cols["concept"], dtype=np.int32),
            row_level1=np.asarray(cols["level1"], dtype=np.int32),
            row_level2=np.asarray(cols["level2"], dtype=np.int32),
            row_target=np.asarray(cols["target"], dtype=np.int32),
            row_actual=np.asarray(cols["actual"], dtype=np.int32),
            row_digest=np.asarray(cols["digest"], dtype=f"S{ids.DIGEST_LEN}"),
            row_line=np.asarray(cols["line"], dtype=np.int32),
            row_flags=np.asarray(cols["flags"], dtype=np.uint8),
            level1s=level1s.table, level2s=level2s.table,
            targets=targets.table, actuals=actuals.table,
            target_vague=np.asarray([is_vague(t) for t in targets.table], dtype=bool),
            target_quantified=np.asarray(
                [parse_target(t) is not None for t in targets.table], dtype=bool
            ),
        )

    def _derive(self) -> None:
        self.concept_rows = _group(self.row_concept, len(self.concept_keys))
        self.project_rows = _group(self.row_project, len(self.projects))
        self._project_index = {p.id: i for i, p in enumerate(self.projects)}
        self._concept_index = {
            ids.concept_id(k): i for i, k in enumerate(self.concept_keys)
        }
        self._row_index = None

    # ---- texts search embeds and scores ------------------------------------------------------

    def project_dense_text(self, i: int) -> str:
        p = self.projects[i]
        goal = clean_cell(p.goal or "")[:GOAL_CHARS]
        return f"{p.name}。{goal}" if goal else p.name

    def project_lexical_text(self, i: int) -> str:
        # The name twice: a crude field boost, so a name match outweighs a passing goal mention.
        p = self.projects[i]
        return f"{p.name} {p.name} {clean_cell(p.goal or '')}"

    # ---- lookups ------------------------------------------------------------------------------

    def project_index(self, pid: str) -> int | None:
        return self._project_index.get(pid)

    def concept_index(self, cid: str) -> int | None:
        return self._concept_index.get(cid)

    def concept_id(self, c: int) -> str:
        return ids.concept_id(self.concept_keys[c])

    def row_id(self, r: int) -> str:
        return "indicator/" + self.row_digest[r].decode("ascii")

    def row_index(self, indicator_id: str) -> int | None:
        if self._row_index is None:
            self._row_index = {d: i for i, d in enumerate(self.row_digest.tolist())}
        digest = indicator_id.split("/", 1)[-1].encode("ascii", "replace")
        return self._row_index.get(digest)

    # ---- persistence ----------------------------------------------------------------------------

    def save(self, directory: Path) -> None:
        directory = Path(directory)
        arrays = {
            name: getattr(self, name)
            for name in (
                "row_project", "row_concept", "row_level1", "row_level2", "row_target",
                "row_actual", "row_digest", "row_line", "target_vague", "target_quantified",
                "row_flags",
            )
        }
        tmp = directory / "corpus.tmp.npz"
        np.savez(tmp, **arrays)
        os.replace(tmp, directory / "corpus.npz")
        tables = {
            "projects": [p.to_json() for p in self.projects],
            "concept_keys": self.concept_keys,
            "concept_texts": self.concept_texts,
            "level1s": self.level1s, "level2s": self.level2s,
            "targets": self.targets, "actuals": self.actuals,
        }
        jtmp = directory / "corpus.tmp.json"
        jtmp.write_text(json.dumps(tables, ensure_ascii=False), "utf-8")
        os.replace(jtmp, directory / "corpus.json")

    @classmethod
    def load(cls, directory: Path) -> Corpus:
        directory = Path(directory)
        tables = json.loads((directory / "corpus.json").read_text("utf-8"))
        with np.load(directory / "corpus.npz") as z:
            arrays = {k: z[k] for k in z.files}
        return cls(
            projects=[ProjectInfo(**p) for p in tables["projects"]],
            concept_keys=tables["concept_keys"], concept_texts=tables["concept_texts"],
            level1s=tables["level1s"], level2s=tables["level2s"],
            targets=tables["targets"], actuals=tables["actuals"],
            **arrays,
        )


def _project_info(project: Project, pid: str, graph: nx.MultiDiGraph | None) -> ProjectInfo:
    from jixiao.kg.graph import project_label

    info = ProjectInfo(
        id=pid, name=project_label(project), unit=project.unit,
        department=project.department, year=project.year, form=project.form, goal=project.goal,
        funds_total=project.funds.total if project.funds else None,
        source_file=PurePath(project.source.file).name if project.source else None,
        first_line=project.source.first_line if project.source else None,
        last_line=project.source.last_line if project.source else None,
    )
    if graph is not None and pid in graph:
        from jixiao.kg.graph import department_of, unit_of

        attrs = graph.nodes[pid]
        info.unit = attrs.get("unit") or info.unit
        info.department = attrs.get("department") or info.department
        info.unit_id = unit_of(graph, pid)
        if info.unit_id:
            aliases = graph.nodes[info.unit_id].get("alt_labels") or []
            info.unit_aliases = [a for a in aliases if a != info.unit]
        if not info.department and department_of(graph, pid):
            info.department = graph.nodes[department_of(graph, pid)].get("label")
    if info.unit_id is None and info.unit:
        info.unit_id = ids.org_id(info.unit)
    return info


def _group(keys: np.ndarray, n: int) -> list[np.ndarray]:
    """Row numbers per key value, in row order."""
    order = np.argsort(keys, kind="stable")
    bounds = np.searchsorted(keys[order], np.arange(n + 1))
    return [order[bounds[i] : bounds[i + 1]] for i in range(n)]
