"""What search looks at, laid out as columns: projects, distinct indicator wordings, indicator rows.

Indicator wordings repeat across projects (``服务对象满意度`` in a dozen forms), so the searchable
unit for indicators is the *concept* (one normalised wording, ``kg.ids.concept_key``); each concept
points to its rows (one per project that uses it) which carry the context: project, level1/level2,
target, actual. String columns are stored as codes into small tables.

A store keeps the corpus in immutable *parts*, one per index segment (``CorpusPart``: the projects
a write added, as their records state them, their rows, and the concept items it introduced).
``Corpus.assemble`` lays the live parts out as the dense columns the engine searches, in the order
a full build would give (documents by name, projects and rows in reading order, concepts by first
use), so an incrementally maintained store answers exactly like a rebuilt one.

Projects and concepts also have a *slot*: their id in the search backend, stable across writes.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import networkx as nx

from jixiao.kg import ids
from jixiao.kg.records import Project
from jixiao.search.targets import is_vague
from jixiao.text import clean_cell
from jixiao.vocab import TextFlag

# How much of a project's goal its dense text carries: enough to say what the project does,
# not so much that boilerplate dominates.
GOAL_CHARS = 120

_ROW_ARRAYS = ("row_project", "row_key", "row_wording", "row_level1", "row_level2",
               "row_target", "row_actual", "row_digest", "row_line", "row_flags")

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


_ABSENT = object()  # a key a stated project (of an old part) does not have


class StatedProjects(Sequence[dict[str, Any]]):
    """Projects as their records state them (``stated_project``), kept as columns: a dict is
    made only for a project asked for. Opening a store reads the columns; a search looks at a
    few projects (making all 8k dicts of a 100k-indicator store cost ~15 ms of every start).

    ``rows``: which entries of the columns, in this order (None: all, in column order)."""

    def __init__(self, keys: Sequence[str], columns: Mapping[str, Sequence[Any]],
                 rows: np.ndarray | None = None, n: int = 0) -> None:
        self.keys = list(keys)
        self.columns = columns
        self.rows = rows
        if rows is not None:
            self._n = len(rows)
        else:
            self._n = len(columns[self.keys[0]]) if self.keys else n

    @classmethod
    def of(cls, projects: Sequence[dict[str, Any]]) -> StatedProjects:
        if isinstance(projects, StatedProjects):
            return projects
        projects = list(projects)
        keys = list(dict.fromkeys(k for p in projects for k in p))
        return cls(keys, {k: [p.get(k, _ABSENT) for p in projects] for k in keys},
                   n=len(projects))

    @classmethod
    def concat(cls, parts: Sequence[StatedProjects]) -> StatedProjects:
        """The projects of ``parts`` one after another."""
        if len(parts) == 1:
            return parts[0]
        keys = list(dict.fromkeys(k for part in parts for k in part.keys))
        columns: dict[str, list[Any]] = {k: [] for k in keys}
        for part in parts:
            for k in keys:
                columns[k] += part._raw(k) if k in part.columns else [_ABSENT] * len(part)
        return cls(keys, columns, n=sum(len(part) for part in parts))

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        j = int(self.rows[i]) if self.rows is not None else i
        return {k: v for k in self.keys if (v := self.columns[k][j]) is not _ABSENT}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for i in range(self._n):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a sequence of dicts, like a list

    def _raw(self, key: str) -> list[Any]:
        col = self.columns[key]
        if self.rows is None:
            return list(col)
        # A whole column: one split of a string column, not a decode per project (4 columns of
        # the 8k live projects of a 100k store cost ~40 ms one by one).
        values = col.tolist() if isinstance(col, StringColumn) else col
        return [values[j] for j in self.rows.tolist()]

    def column(self, key: str) -> list[Any]:
        """Every project's value of ``key``, in order (None where a project has none)."""
        if key not in self.columns:
            return [None] * self._n
        return [None if v is _ABSENT else v for v in self._raw(key)]

    def take(self, rows: np.ndarray) -> StatedProjects:
        """The projects at positions ``rows`` of this sequence, in that order."""
        rows = np.asarray(rows, dtype=np.int64)
        return StatedProjects(self.keys, self.columns,
                              self.rows[rows] if self.rows is not None else rows)

    def live(self, live_project: np.ndarray) -> StatedProjects:
        """The projects whose slots ``live_project`` marks."""
        slots = np.asarray(self.column("slot"), dtype=np.int64)
        return self.take(np.flatnonzero(live_project[slots]) if len(slots) else slots)


class ProjectInfos(Sequence[ProjectInfo]):
    """The corpus's projects as ``ProjectInfo``s, each made from its stated columns and the
    resolved organisations when first asked for."""

    def __init__(self, stated: StatedProjects, orgs: OrgTable) -> None:
        self.stated = stated
        self.orgs = orgs
        self._made: list[ProjectInfo | None] = [None] * len(stated)
        self._aliases: dict[int, list[str]] = {}  # one list per organisation, shared
        self._orgs_of: tuple[list[int], list[int]] | None = None

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        info = self._made[i]
        if info is None:
            if self._orgs_of is None:
                # Per slot as Python ints: indexing numpy arrays per project costs more.
                self._orgs_of = (self.orgs.project_unit.tolist(),
                                 self.orgs.project_department.tolist())
            units, departments = self._orgs_of
            info = self._made[i] = _project_info(self.stated[i if i >= 0 else i + len(self)],
                                                 self.orgs, self._aliases, units, departments)
        return info

    def __iter__(self) -> Iterator[ProjectInfo]:
        for i in range(len(self)):
            yield self[i]

    def ids(self) -> list[str]:
        return self.stated.column("id")

    def years(self) -> list[int | None]:
        return self.stated.column("year")


class StringColumn(Sequence[Any]):
    """A string column of a tables file: its strings NUL-joined in UTF-8, decoded one at a time
    when asked (a search shows a few wordings of 80k), all at once (one split) when listed."""

    def __init__(self, data: memoryview, n: int, none: bool) -> None:
        self._data, self._n, self._none = data, n, none
        self._list: list[Any] | None = None
        self._bounds: tuple[list[int], list[int]] | None = None

    def __len__(self) -> int:
        return self._n

    def tolist(self) -> list[Any]:
        if self._list is None:
            out: list[Any] = str(self._data, "utf-8").split(_SEP) if self._n else []
            if len(out) != self._n:
                raise ValueError(f"a string table holds {len(out)} strings, not {self._n}")
            self._list = [None if v == _NONE else v for v in out] if self._none else out
        return self._list

    def __iter__(self) -> Iterator[Any]:
        return iter(self.tolist())

    def __getitem__(self, i: Any) -> Any:
        if self._list is not None or isinstance(i, slice):
            return self.tolist()[i]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        if self._bounds is None:
            cuts = np.flatnonzero(np.frombuffer(self._data, dtype=np.uint8) == 0)
            if len(cuts) + 1 != self._n:
                raise ValueError(f"a string table holds {len(cuts) + 1} strings, not {self._n}")
            self._bounds = ([0, *(cuts + 1).tolist()], [*cuts.tolist(), len(self._data)])
        value = str(self._data[self._bounds[0][i]:self._bounds[1][i]], "utf-8")
        return None if self._none and value == _NONE else value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and self.tolist() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a list of strings, like a list


def _listed(values: Sequence[Any]) -> list[Any]:
    """``values`` as a list (a StringColumn's own: not to be changed)."""
    return values.tolist() if isinstance(values, StringColumn) else list(values)


def table_index(table: Sequence[str]) -> dict[str, int]:
    """Each string of a table of distinct strings → its code."""
    return {s: i for i, s in enumerate(_listed(table))}


class _Codes:
    """String table: each distinct string gets a small integer (``-1`` for None)."""

    def __init__(self, table: list[str] | None = None) -> None:
        self.table: Sequence[str] = list(table or [])
        self._built: Mapping[str, int] | None = None
        self._index_of_adopted: Callable[[], Mapping[str, int]] | None = None
        # Codes given after an adopted table, whose index (``remap``'s) is shared, not ours.
        self._added: dict[str, int] = {}

    @property
    def _index(self) -> Mapping[str, int]:
        # Built when first needed: a store of one part never needs it to open.
        if self._built is None:
            made = self._index_of_adopted
            self._built = made() if made is not None else table_index(self.table)
        return self._built

    def find(self, value: str) -> int | None:
        """The code of ``value``, None when the table does not hold it."""
        i = self._index.get(value)
        return self._added.get(value) if i is None else i

    def code(self, value: str | None) -> int:
        if value is None:
            return -1
        i = self.find(value)
        if i is None:
            if not isinstance(self.table, list):  # an adopted column: copied, never changed
                self.table = list(_listed(self.table))
            i = self._added[value] = len(self.table)
            self.table.append(value)
        return i

    def remap(self, table: Sequence[str],
              index: Callable[[], Mapping[str, int]] | None = None) -> np.ndarray:
        """Codes in this table of each entry of ``table`` (+1 slot for -1 → -1). ``index``:
        gives ``table_index(table)`` as its owner keeps it (a part: immutable, loaded once per
        process), asked for only if the table is adopted and then looked up, so that later
        tables are coded without indexing it again (80k keys of a 100k store: ~0.05 s)."""
        if not len(self.table):  # the first (usually the largest) part's table is adopted as
            # is (a part's tables hold distinct strings), a StringColumn still undecoded
            self.table = table if isinstance(table, StringColumn) else list(table)
            self._built, self._index_of_adopted = None, index
            return np.append(np.arange(len(self.table), dtype=np.int32), -1)
        return np.asarray([self.code(s) for s in table] + [-1], dtype=np.int32)


# ---------------------------------------------------------------------------------- orgs


@dataclass
class OrgTable:
    """Resolved organisations as search needs them (from ``kg.resolve``): per project slot the
    entity of its unit and of its department (index into the entity columns, -1: none)."""

    ids: list[str]
    names: list[str]
    aliases: list[list[str]]
    project_unit: np.ndarray  # int32 by project slot
    project_department: np.ndarray

    @classmethod
    def empty(cls, capacity: int) -> OrgTable:
        none = np.full(capacity, -1, dtype=np.int32)
        return cls([], [], [], none, none.copy())


def orgs_from_graph(graph: nx.MultiDiGraph, pids: Sequence[str]) -> OrgTable:
    """The organisations ``graph`` links the projects ``pids`` (slot = position) to."""
    from jixiao.kg.graph import department_of, unit_of

    table = OrgTable.empty(len(pids))
    index: dict[str, int] = {}

    def entity(org: str | None) -> int:
        if org is None:
            return -1
        if org not in index:
            index[org] = len(table.ids)
            attrs = graph.nodes[org]
            table.ids.append(org)
            table.names.append(attrs.get("label"))
            table.aliases.append(list(attrs.get("alt_labels") or []))
        return index[org]

    for slot, pid in enumerate(pids):
        if pid in graph:
            table.project_unit[slot] = entity(unit_of(graph, pid))
            table.project_department[slot] = entity(department_of(graph, pid))
    return table


# ---------------------------------------------------------------------------------- parts


def stated_project(project: Project, pid: str, slot: int, document: str, position: int,
                   base_id: str) -> dict[str, Any]:
    """A project as its record states it (organisations unresolved), as a part stores it."""
    from jixiao.kg.graph import project_label
    from jixiao.kg.resolve import clean_org_name

    return {
        "slot": slot, "id": pid, "base_id": base_id, "document": document, "position": position,
        "name": project_label(project), "name_raw": project.name,
        "unit": project.unit, "department": project.department,
        "unit_key": clean_org_name(project.unit), "department_key": clean_org_name(project.department),
        "year": project.year, "form": str(project.form), "goal": project.goal,
        "funds_total": project.funds.total if project.funds else None,
        "source_file": PurePath(project.source.file).name if project.source else None,
        "first_line": project.source.first_line if project.source else None,
        "last_line": project.source.last_line if project.source else None,
    }


def indicator_rows(project: Project, pid: str) -> list[tuple[str, str, Any]]:
    """(concept key, wording as printed, indicator, short id) of each searchable row."""
    out = []
    for ind, short in zip(project.indicators, ids.indicator_ids(project, pid), strict=True):
        wording = clean_cell(ind.level3 or "")
        key = ids.concept_key(ind.level3 or "")
        if wording and key:
            out.append((key, wording, ind, short))
    return out


@dataclass
class CorpusPart:
    """The projects, rows and concept items one index segment added. Immutable once saved."""

    projects: StatedProjects  # (a list of dicts given is kept as one)
    project_slot: np.ndarray  # int64
    row_project: np.ndarray  # int64 project slot of each row
    row_key: np.ndarray  # int32 into keys
    row_wording: np.ndarray  # int32 into wordings
    row_level1: np.ndarray  # int32 into level1s (-1: none)
    row_level2: np.ndarray
    row_target: np.ndarray
    row_actual: np.ndarray
    row_digest: np.ndarray  # S10
    row_line: np.ndarray  # int32 (0: unknown)
    keys: list[str]
    wordings: list[str]
    level1s: list[str]
    level2s: list[str]
    targets: list[str]
    actuals: list[str]
    target_vague: np.ndarray
    target_quantified: np.ndarray
    concept_slot: np.ndarray  # int64 slots of the concept items introduced here
    concept_key: np.ndarray  # int32 into keys
    concept_text: list[str]
    concept_ids: list[str]
    # uint8 FLAG_BITS of each row (parts written before the reader flagged text: all zero).
    row_flags: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint8))
    # ``table_index`` of each string table, made when first asked for (``index_of``).
    _indexes: dict[str, dict[str, int]] = field(default_factory=dict, init=False, repr=False,
                                                compare=False)

    def __post_init__(self) -> None:
        self.projects = StatedProjects.of(self.projects)
        if len(self.row_flags) != len(self.row_key):
            self.row_flags = np.zeros(len(self.row_key), dtype=np.uint8)

    @property
    def size(self) -> int:
        return len(self.projects) + len(self.concept_text)

    def index_of(self, table: str) -> dict[str, int]:
        """``table_index`` of the string table ``table`` (``keys``, ``wordings``…), made once:
        a part never changes, and a process keeps its loaded parts from write to write, so each
        write indexes only the new part's strings (not to be changed by the caller)."""
        if table not in self._indexes:
            self._indexes[table] = table_index(getattr(self, table))
        return self._indexes[table]

    @classmethod
    def build(
        cls,
        projects: Sequence[dict[str, Any]],
        rows: Sequence[Sequence[tuple[str, str, Any, str]]],
        concepts: Sequence[tuple[int, str, str]],
    ) -> CorpusPart:
        """A part from stated projects, their ``indicator_rows`` and the concept items
        (slot, key, text) it introduces."""
        from jixiao.kg.targets import parse_target

        keys, wordings = _Codes(), _Codes()
        level1s, level2s, targets, actuals = _Codes(), _Codes(), _Codes(), _Codes()
        cols: dict[str, list] = defaultdict(list)
        for sp, prow in zip(projects, rows, strict=True):
            for key, wording, ind, short in prow:
                cols["project"].append(sp["slot"])
                cols["key"].append(keys.code(key))
                cols["wording"].append(wordings.code(wording))
                cols["level1"].append(level1s.code(ind.level1))
                cols["level2"].append(level2s.code(ind.level2))
                cols["target"].append(targets.code(ind.target))
                cols["actual"].append(actuals.code(ind.actual))
                cols["digest"].append(short.split("/", 1)[1].encode("ascii"))
                cols["line"].append(ind.line or 0)
                cols["flags"].append(flag_bits(getattr(ind, "flags", None)))
        concept_codes = [keys.code(key) for _, key, _ in concepts]
        return cls(
            projects=[dict(p) for p in projects],
            project_slot=np.asarray([p["slot"] for p in projects], dtype=np.int64),
            row_project=np.asarray(cols["project"], dtype=np.int64),
            row_key=np.asarray(cols["key"], dtype=np.int32),
            row_wording=np.asarray(cols["wording"], dtype=np.int32),
            row_level1=np.asarray(cols["level1"], dtype=np.int32),
            row_level2=np.asarray(cols["level2"], dtype=np.int32),
            row_target=np.asarray(cols["target"], dtype=np.int32),
            row_actual=np.asarray(cols["actual"], dtype=np.int32),
            row_digest=np.asarray(cols["digest"], dtype=f"S{ids.DIGEST_LEN}"),
            row_line=np.asarray(cols["line"], dtype=np.int32),
            row_flags=np.asarray(cols["flags"], dtype=np.uint8),
            keys=keys.table, wordings=wordings.table,
            level1s=level1s.table, level2s=level2s.table,
            targets=targets.table, actuals=actuals.table,
            target_vague=np.asarray([is_vague(t) for t in targets.table], dtype=bool),
            target_quantified=np.asarray(
                [parse_target(t) is not None for t in targets.table], dtype=bool),
            concept_slot=np.asarray([s for s, _, _ in concepts], dtype=np.int64),
            concept_key=np.asarray(concept_codes, dtype=np.int32),
            concept_text=[t for _, _, t in concepts],
            concept_ids=[ids.concept_id(key) for _, key, _ in concepts],
        )

    @classmethod
    def merge(cls, parts: Sequence[CorpusPart], live_project: np.ndarray,
              live_concept: np.ndarray) -> CorpusPart:
        """One part holding the live projects, rows and concept items of ``parts``."""
        keys, wordings = _Codes(), _Codes()
        level1s, level2s, targets, actuals = _Codes(), _Codes(), _Codes(), _Codes()
        vague: dict[int, bool] = {}
        quantified: dict[int, bool] = {}
        projects, cols, concepts = [], defaultdict(list), defaultdict(list)
        for part in parts:
            projects += [p for p in part.projects if live_project[p["slot"]]]
            keep = live_project[part.row_project]
            maps = {
                "key": keys.remap(part.keys), "wording": wordings.remap(part.wordings),
                "level1": level1s.remap(part.level1s), "level2": level2s.remap(part.level2s),
                "target": targets.remap(part.targets), "actual": actuals.remap(part.actuals),
            }
            for local, code in enumerate(maps["target"][:-1].tolist()):
                vague[code] = bool(part.target_vague[local])
                quantified[code] = bool(part.target_quantified[local])
            cols["project"].append(part.row_project[keep])
            for name, table in maps.items():
                cols[name].append(table[getattr(part, f"row_{name}")[keep]])
            cols["digest"].append(part.row_digest[keep])
            cols["line"].append(part.row_line[keep])
            cols["flags"].append(part.row_flags[keep])
            ckeep = live_concept[part.concept_slot]
            concepts["slot"].append(part.concept_slot[ckeep])
            concepts["key"].append(maps["key"][part.concept_key[ckeep]])
            concepts["text"] += [t for t, k in zip(part.concept_text, ckeep, strict=True) if k]
            concepts["ids"] += [t for t, k in zip(part.concept_ids, ckeep, strict=True) if k]

        def cat(name: str, dtype: Any) -> np.ndarray:
            return np.concatenate(cols[name]).astype(dtype) if cols[name] else np.zeros(0, dtype)

        return cls(
            projects=projects,
            project_slot=np.asarray([p["slot"] for p in projects], dtype=np.int64),
            row_project=cat("project", np.int64), row_key=cat("key", np.int32),
            row_wording=cat("wording", np.int32), row_level1=cat("level1", np.int32),
            row_level2=cat("level2", np.int32), row_target=cat("target", np.int32),
            row_actual=cat("actual", np.int32), row_digest=cat("digest", f"S{ids.DIGEST_LEN}"),
            row_line=cat("line", np.int32), row_flags=cat("flags", np.uint8),
            keys=keys.table, wordings=wordings.table, level1s=level1s.table,
            level2s=level2s.table, targets=targets.table, actuals=actuals.table,
            target_vague=np.asarray([vague[i] for i in range(len(targets.table))], dtype=bool),
            target_quantified=np.asarray([quantified[i] for i in range(len(targets.table))],
                                         dtype=bool),
            concept_slot=np.concatenate(concepts["slot"]).astype(np.int64)
            if concepts["slot"] else np.zeros(0, np.int64),
            concept_key=np.concatenate(concepts["key"]).astype(np.int32)
            if concepts["key"] else np.zeros(0, np.int32),
            concept_text=concepts["text"], concept_ids=concepts["ids"],
        )

    # ---- persistence ----------------------------------------------------------------------

    #: Arrays, and the string tables and stated projects (``TABLES``: a binary layout read
    #: without parsing JSON; parts written before it have ``LEGACY_TABLES``, still read).
    FILES = ("corpus.npz", "corpus.tables")
    TABLES = "corpus.tables"
    LEGACY_TABLES = "corpus.json"

    def save(self, directory: Path) -> list[str]:
        directory = Path(directory)
        arrays = {name: getattr(self, name) for name in (
            "project_slot", *_ROW_ARRAYS, "target_vague", "target_quantified", "concept_slot",
            "concept_key")}
        with open(directory / "corpus.npz", "wb") as fh:
            np.savez(fh, **arrays)
        (directory / self.TABLES).write_bytes(encode_tables(self._tables()))
        return list(self.FILES)

    def _tables(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in (
            "projects", "keys", "wordings", "level1s", "level2s", "targets", "actuals",
            "concept_text", "concept_ids")}

    @classmethod
    def from_bytes(cls, npz: bytes, tables: bytes) -> CorpusPart:
        """A part from its saved arrays (read-only views of ``npz``) and tables (either layout)."""
        from jixiao.files import npz_arrays

        return cls(**decode_tables(tables), **npz_arrays(npz))


# The tables file: MAGIC, the header's length (8 bytes, little-endian), the header (JSON: per
# table, where its strings are in the blob, or its values), then the blob: each string column
# its strings joined by _SEP, in UTF-8. Splitting one decoded string is ~2x faster than JSON
# for the 80k wordings of a 100k-indicator store; the stated projects are stored as columns.
_MAGIC = b"JXTABLES1\n"
_SEP = "\x00"
_NONE = "\x01"  # a None in a string column (no stored text is a lone U+0001)


def _splittable(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and _SEP not in v and v != _NONE)
               for v in values)


def encode_tables(tables: Mapping[str, Any]) -> bytes:
    """``tables`` (string lists, and ``projects``: dicts with the same keys) in the binary
    layout; JSON when something does not fit it (a string holding U+0000)."""
    header: dict[str, Any] = {}
    blob: list[bytes] = []
    size = 0

    def column(values: Sequence[str | None]) -> dict[str, Any]:
        nonlocal size
        data = _SEP.join(_NONE if v is None else v for v in values).encode("utf-8")
        blob.append(data)
        size += len(data)
        return {"at": size - len(data), "bytes": len(data), "n": len(values),
                "none": any(v is None for v in values)}

    for name, values in tables.items():
        if name == "projects":
            if isinstance(values, StatedProjects) and not any(
                    v is _ABSENT for c in values.columns.values() for v in c):
                keys, col_of = values.keys, values.column
            else:
                values = list(values)
                keys = list(values[0]) if values else []
                if any(list(p) != keys for p in values):
                    return _dumps({k: list(v) for k, v in tables.items()})

                def col_of(key: str, values: list[dict[str, Any]] = values) -> list[Any]:
                    return [p[key] for p in values]
            cols: dict[str, Any] = {}
            for key in keys:
                col = col_of(key)
                strings = all(v is None or isinstance(v, str) for v in col)
                if strings and not _splittable(col):
                    return _dumps({k: list(v) for k, v in tables.items()})
                cols[key] = {"strings": column(col)} if strings else {"values": col}
            header[name] = {"n": len(values), "keys": keys, "columns": cols}
        else:
            if not _splittable(values) or any(v is None for v in values):
                return _dumps({k: list(v) for k, v in tables.items()})
            header[name] = {"strings": column(values)}
    head = _dumps(header)
    return b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, *blob])


def decode_tables(data: bytes) -> dict[str, Any]:
    """The tables ``encode_tables`` wrote (or their JSON)."""
    if not data.startswith(_MAGIC):
        return _loads(data)
    start = len(_MAGIC) + 8
    n_head = int.from_bytes(data[len(_MAGIC):start], "little")
    header = _loads(data[start:start + n_head])
    blob = memoryview(data)[start + n_head:]

    def column(spec: dict[str, Any]) -> StringColumn:
        return StringColumn(blob[spec["at"]:spec["at"] + spec["bytes"]], spec["n"], spec["none"])

    tables: dict[str, Any] = {}
    for name, spec in header.items():
        if name == "projects":
            cols = [column(c["strings"]) if "strings" in c else c["values"]
                    for c in (spec["columns"][k] for k in spec["keys"])]
            if any(len(c) != spec["n"] for c in cols):
                raise ValueError("the stated projects' columns differ in length")
            tables[name] = StatedProjects(spec["keys"], dict(zip(spec["keys"], cols, strict=True)),
                                          n=spec["n"])
        else:
            tables[name] = column(spec["strings"])
    return tables


def _dumps(data: Any) -> bytes:
    try:
        import orjson

        return orjson.dumps(data)
    except ImportError:  # pragma: no cover - orjson is a dependency; json is the same format
        return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _loads(data: bytes) -> Any:
    try:
        import orjson

        return orjson.loads(data)
    except ImportError:  # pragma: no cover
        return json.loads(data)


def display_wording(counts: Mapping[str, int], first_seen: Mapping[str, Any]) -> str:
    """The wording shown (and searched) for a concept: the one most rows print; ties go to the
    wording seen first in reading order (documents by name, then lines)."""
    return min(counts, key=lambda w: (-counts[w], first_seen[w]))


# ---------------------------------------------------------------------------------- corpus


@dataclass
class Corpus:
    projects: Sequence[ProjectInfo]  # a list, or ProjectInfos made when asked for
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
    # Where each project and concept lives in the search backend, and how the writer keeps
    # concepts' shown wordings up to date.
    project_slot: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    concept_slot: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    concept_ids: list[str] | None = None
    project_position: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    # The parts' project entries (a list of dicts, or StatedProjects).
    stated: Sequence[dict[str, Any]] = field(default_factory=list)
    row_wording: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    wordings: list[str] = field(default_factory=list)
    # Derived on load, not stored.
    concept_rows: Sequence[np.ndarray] = field(default_factory=list, repr=False)
    project_rows: Sequence[np.ndarray] = field(default_factory=list, repr=False)
    _project_index: dict[str, int] | None = field(default=None, repr=False)
    _concept_index: dict[str, int] | None = field(default=None, repr=False)
    _row_index: dict[bytes, int] | None = field(default=None, repr=False)
    # Concept by key: the assembled key table's codes (its index is the largest part's, kept
    # with the part) and the concept of each code (-1: none live); None: a dict when asked.
    _key_codes: _Codes | None = field(default=None, repr=False, compare=False)
    _concept_of_code: np.ndarray | None = field(default=None, repr=False, compare=False)
    _key_index: dict[str, int] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.concept_ids is None:
            self.concept_ids = [ids.concept_id(k) for k in self.concept_keys]
        if len(self.row_flags) != len(self.row_concept):
            self.row_flags = np.zeros(len(self.row_concept), dtype=np.uint8)
        self._derive()

    # ---- building -------------------------------------------------------------------------

    @classmethod
    def from_projects(cls, projects: Sequence[Project], graph: nx.MultiDiGraph | None = None) -> Corpus:
        """Columns for the given records, with the graph's ids and resolved unit names.

        Without a graph (synthetic benchmarks) ids are still the graph's (``kg.graph.project_ids``)
        but units are taken as printed. Slots are positions.
        """
        part = part_of_projects(projects)
        pids = [p["id"] for p in part.projects]
        orgs = orgs_from_graph(graph, pids) if graph is not None else OrgTable.empty(len(pids))
        live_p = np.ones(len(pids), dtype=bool)
        live_c = np.ones(len(part.concept_text), dtype=bool)
        ranks = {d: i for i, d in enumerate(dict.fromkeys(p["document"] for p in part.projects))}
        return cls.assemble([part], live_p, live_c, orgs, ranks)

    @classmethod
    def assemble(
        cls,
        parts: Sequence[CorpusPart],
        live_project: np.ndarray,
        live_concept: np.ndarray,
        orgs: OrgTable,
        document_rank: Mapping[str, int],
    ) -> Corpus:
        """The engine's columns over the live projects and concepts of ``parts``."""
        # Projects: documents in order, then reading order within a document.
        live = StatedProjects.concat([part.projects for part in parts]).live(live_project)
        rank = np.asarray([document_rank[d] for d in live.column("document")], dtype=np.int64)
        position = np.asarray(live.column("position"), dtype=np.int64)
        stated = live.take(np.lexsort((position, rank)))  # stable, as a sort by (rank, position)
        slots = np.asarray(stated.column("slot"), dtype=np.int64)
        dense_of = np.full(len(live_project), -1, dtype=np.int64)
        dense_of[slots] = np.arange(len(slots))
        infos = ProjectInfos(stated, orgs)

        level1s, level2s, targets, actuals, wordings = _Codes(), _Codes(), _Codes(), _Codes(), _Codes()
        key_codes = _Codes()
        vague: list[tuple[np.ndarray, np.ndarray]] = []  # (codes, flags) per part
        quantified: list[tuple[np.ndarray, np.ndarray]] = []
        cols: dict[str, list[np.ndarray]] = defaultdict(list)
        item_slot, item_key, item_text, item_id = [], [], [], []
        item_keep: list[np.ndarray] = []
        # The largest part first: its string tables are adopted without remapping.
        for n_part, part in enumerate(sorted(parts, key=lambda p: -len(p.row_key))):
            # The first part's tables are adopted with their kept indexes (looked up for a
            # later part's strings, and concepts by key).
            def index(table: str, part: CorpusPart = part, first: bool = n_part == 0
                      ) -> Callable[[], dict[str, int]] | None:
                return (lambda: part.index_of(table)) if first else None

            kmap = key_codes.remap(part.keys, index("keys"))
            ckeep = live_concept[part.concept_slot]
            item_slot.append(part.concept_slot[ckeep])
            item_key.append(kmap[part.concept_key[ckeep]])
            item_text.append(part.concept_text)  # masked below, when needed
            item_id.append(part.concept_ids)
            item_keep.append(ckeep)
            keep = live_project[part.row_project]
            if not keep.any():
                continue
            tmap = targets.remap(part.targets, index("targets"))
            # A part's targets are distinct: a later part's flags overwrite, as one by one.
            codes = tmap[:-1]
            vague.append((codes, np.asarray(part.target_vague, dtype=bool)))
            quantified.append((codes, np.asarray(part.target_quantified, dtype=bool)))
            cols["project"].append(dense_of[part.row_project[keep]])
            cols["key"].append(kmap[part.row_key[keep]])
            cols["wording"].append(wordings.remap(part.wordings, index("wordings"))
                                   [part.row_wording[keep]])
            cols["level1"].append(level1s.remap(part.level1s, index("level1s"))
                                  [part.row_level1[keep]])
            cols["level2"].append(level2s.remap(part.level2s, index("level2s"))
                                  [part.row_level2[keep]])
            cols["target"].append(tmap[part.row_target[keep]])
            cols["actual"].append(actuals.remap(part.actuals, index("actuals"))
                                  [part.row_actual[keep]])
            cols["digest"].append(part.row_digest[keep])
            cols["line"].append(part.row_line[keep])
            cols["flags"].append(part.row_flags[keep])
        item_slot_a = np.concatenate(item_slot) if item_slot else np.zeros(0, np.int64)
        item_key_a = np.concatenate(item_key) if item_key else np.zeros(0, np.int32)

        def cat(name: str, dtype: Any) -> np.ndarray:
            return np.concatenate(cols[name]).astype(dtype) if cols[name] else np.zeros(0, dtype)

        row = {name: cat(name, np.int32) for name in
               ("project", "key", "wording", "level1", "level2", "target", "actual", "line")}
        row["digest"] = cat("digest", f"S{ids.DIGEST_LEN}")
        row["flags"] = cat("flags", np.uint8)
        # Rows of a project are contiguous and in reading order within their part: a stable sort
        # by project puts them in the corpus order a full build has.
        order = np.argsort(row["project"], kind="stable")
        row = {name: a[order] for name, a in row.items()}
        slot_by_code = np.full(len(key_codes.table) + 1, -1, dtype=np.int64)
        slot_by_code[item_key_a] = item_slot_a
        row_cslot = slot_by_code[row["key"]]
        if len(row_cslot) and row_cslot.min() < 0:
            missing = key_codes.table[int(row["key"][np.argmin(row_cslot)])]
            raise ValueError(f"no concept item for the indicator wording {missing!r}")
        # Concepts in order of first use, as a full build numbers them.
        uniq, first = np.unique(row_cslot, return_index=True)
        cslots = uniq[np.argsort(first, kind="stable")]
        cdense = np.full(int(cslots.max()) + 1 if len(cslots) else 0, -1, dtype=np.int32)
        cdense[cslots] = np.arange(len(cslots), dtype=np.int32)
        item_of_slot = np.full(int(item_slot_a.max()) + 1 if len(item_slot_a) else 0, -1,
                               dtype=np.int64)
        item_of_slot[item_slot_a] = np.arange(len(item_slot_a))
        items = item_of_slot[cslots]
        # Concept by key code (``concept_of_key``): no dict of every key per corpus.
        concept_of_code = np.full(len(key_codes.table), -1, dtype=np.int64)
        concept_of_code[item_key_a[items]] = np.arange(len(items))
        concept_keys: Sequence[str]
        if (len(parts) == 1 and len(items) == len(key_codes.table) == len(item_text[0])
                and np.array_equal(items, np.arange(len(items)))
                and np.array_equal(item_key_a, np.arange(len(items)))):
            # One part, every concept live, numbered as stored (after a build or a merge):
            # its columns are the corpus's, still undecoded.
            concept_keys, concept_texts, concept_ids = key_codes.table, item_text[0], item_id[0]
        else:
            def masked(columns: list[Sequence[str]]) -> np.ndarray:
                arrays = [np.asarray(_listed(col), dtype=object)[keep]
                          for col, keep in zip(columns, item_keep, strict=True)]
                return np.concatenate(arrays) if arrays else np.zeros(0, object)

            keys_table = np.asarray(_listed(key_codes.table) + [""], dtype=object)
            concept_keys = keys_table[item_key_a[items]].tolist()
            concept_texts = masked(item_text)[items].tolist()
            concept_ids = masked(item_id)[items].tolist()
        return cls(
            projects=infos,
            concept_keys=concept_keys,
            concept_texts=concept_texts,
            row_project=row["project"], row_concept=cdense[row_cslot].astype(np.int32),
            row_level1=row["level1"], row_level2=row["level2"], row_target=row["target"],
            row_actual=row["actual"], row_digest=row["digest"], row_line=row["line"],
            row_flags=row["flags"], level1s=level1s.table, level2s=level2s.table, targets=targets.table,
            actuals=actuals.table,
            target_vague=_flags_by_code(vague, len(targets.table)),
            target_quantified=_flags_by_code(quantified, len(targets.table)),
            project_slot=slots, concept_slot=cslots.astype(np.int64),
            concept_ids=concept_ids,
            project_position=np.asarray(stated.column("position"), dtype=np.int32),
            stated=stated,
            row_wording=row["wording"], wordings=wordings.table,
            _key_codes=key_codes, _concept_of_code=concept_of_code,
        )

    def _derive(self) -> None:
        self.concept_rows = _group(self.row_concept, len(self.concept_keys))
        self.project_rows = _group(self.row_project, len(self.projects))
        self._project_index = None  # built on first use (a search looks up no project by id)
        self._concept_index = None  # built on first use (similar items by concept id)
        self._row_index = None

    # ---- texts search embeds and scores ------------------------------------------------------

    def project_dense_text(self, i: int) -> str:
        return project_dense_text(self.projects[i].name, self.projects[i].goal)

    def project_lexical_text(self, i: int) -> str:
        return project_lexical_text(self.projects[i].name, self.projects[i].goal)

    # ---- lookups ------------------------------------------------------------------------------

    def project_index(self, pid: str) -> int | None:
        if self._project_index is None:
            self._project_index = {p: i for i, p in enumerate(self.project_ids())}
        return self._project_index.get(pid)

    def project_ids(self) -> list[str]:
        own = getattr(self.projects, "ids", None)
        return own() if own is not None else [p.id for p in self.projects]

    def project_years(self) -> list[int | None]:
        own = getattr(self.projects, "years", None)
        return own() if own is not None else [p.year for p in self.projects]

    def concept_index(self, cid: str) -> int | None:
        if self._concept_index is None:
            self._concept_index = {c: i for i, c in enumerate(self.concept_ids)}
        return self._concept_index.get(cid)

    def concept_of_key(self, key: str) -> int | None:
        """The concept whose key is ``key``; None when no live concept has it."""
        if self._key_codes is None or self._concept_of_code is None:
            if self._key_index is None:
                self._key_index = {k: i for i, k in enumerate(self.concept_keys)}
            return self._key_index.get(key)
        code = self._key_codes.find(key)
        c = -1 if code is None else int(self._concept_of_code[code])
        return c if c >= 0 else None

    def concept_id(self, c: int) -> str:
        return self.concept_ids[c]

    def row_id(self, r: int) -> str:
        return "indicator/" + self.row_digest[r].decode("ascii")

    def row_index(self, indicator_id: str) -> int | None:
        if self._row_index is None:
            self._row_index = {d: i for i, d in enumerate(self.row_digest.tolist())}
        digest = indicator_id.split("/", 1)[-1].encode("ascii", "replace")
        return self._row_index.get(digest)


def _flags_by_code(flags: Sequence[tuple[np.ndarray, np.ndarray]], n: int) -> np.ndarray:
    """A bool per code of a table of ``n`` strings from each part's (codes, flags), later
    parts overwriting earlier ones (every code is some part's)."""
    out = np.zeros(n, dtype=bool)
    for codes, values in flags:
        out[codes] = values
    return out


def project_dense_text(name: str, goal: str | None) -> str:
    goal = clean_cell(goal or "")[:GOAL_CHARS]
    return f"{name}。{goal}" if goal else name


def project_lexical_text(name: str, goal: str | None) -> str:
    # The name twice: a crude field boost, so a name match outweighs a passing goal mention.
    return f"{name} {name} {clean_cell(goal or '')}"


def part_of_projects(projects: Sequence[Project]) -> CorpusPart:
    """One part holding ``projects`` with slots 0..n-1 (the synthetic benchmarks, a standalone
    index): concept items decided as a full build does."""
    from jixiao.kg.graph import project_ids

    pids = project_ids(projects)
    base = [ids.project_id(p) for p in projects]
    position: Counter[str] = Counter()
    stated, rows = [], []
    for slot, (p, pid) in enumerate(zip(projects, pids, strict=True)):
        doc = PurePath(p.source.file).name
        stated.append(stated_project(p, pid, slot, doc, position[doc], base[slot]))
        position[doc] += 1
        rows.append(indicator_rows(p, pid))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, dict[str, int]] = defaultdict(dict)
    ranks = {d: i for i, d in enumerate(dict.fromkeys(sp["document"] for sp in stated))}
    order = sorted(range(len(stated)), key=lambda i: (ranks[stated[i]["document"]],
                                                      stated[i]["position"]))
    seen = 0
    key_order: dict[str, int] = {}
    for i in order:
        for key, wording, _, _ in rows[i]:
            counts[key][wording] += 1
            first[key].setdefault(wording, seen)
            key_order.setdefault(key, len(key_order))
            seen += 1
    concepts = [(slot, key, display_wording(counts[key], first[key]))
                for slot, key in enumerate(key_order)]
    return CorpusPart.build(stated, rows, concepts)


def _project_info(p: dict[str, Any], orgs: OrgTable, shared: dict[int, list[str]],
                  units: list[int], departments: list[int]) -> ProjectInfo:
    """``shared``: each organisation's alias list, made once and shared by its projects;
    ``units``, ``departments``: per project slot, the organisation it resolves to (-1: none)."""
    slot = p["slot"]
    u = int(units[slot]) if slot < len(units) else -1
    d = int(departments[slot]) if slot < len(departments) else -1
    unit = orgs.names[u] if u >= 0 else p["unit"]
    unit_id = orgs.ids[u] if u >= 0 else (ids.org_id(p["unit"]) if p["unit"] else None)
    if u < 0:
        aliases: list[str] = []
    elif u in shared:
        aliases = shared[u]
    else:
        aliases = shared[u] = [a for a in orgs.aliases[u] if a != unit]
    return ProjectInfo(
        id=p["id"], name=p["name"], unit=unit,
        department=orgs.names[d] if d >= 0 else p["department"],
        year=p["year"], form=p["form"], goal=p["goal"], funds_total=p["funds_total"],
        source_file=p["source_file"], first_line=p["first_line"], last_line=p["last_line"],
        unit_id=unit_id, unit_aliases=aliases,
    )


class _Groups(Sequence[np.ndarray]):
    """Row numbers per key value, in row order: one sort, sliced when asked (a store with a
    million rows does not build a million arrays to open)."""

    def __init__(self, keys: np.ndarray, n: int) -> None:
        self._order = np.argsort(keys, kind="stable")
        self._bounds = np.searchsorted(keys[self._order], np.arange(n + 1))

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._order[self._bounds[i]:self._bounds[i + 1]]

    def firsts(self) -> np.ndarray:
        """The first row of each group (0 for an empty one)."""
        starts = self._bounds[:-1]
        out = np.zeros(len(self), dtype=np.int64)
        nonempty = self._bounds[1:] > starts
        out[nonempty] = self._order[starts[nonempty]]
        return out


def _group(keys: np.ndarray, n: int) -> _Groups:
    return _Groups(keys, n)


__all__ = ["Corpus", "CorpusPart", "OrgTable", "ProjectInfo", "ProjectInfos", "StatedProjects",
           "display_wording",
           "indicator_rows", "orgs_from_graph", "part_of_projects", "project_dense_text",
           "project_lexical_text", "stated_project"]
