"""Reader quality: the reader's records scored against hand annotation, per set and family.

    python bench/parse_quality.py                  # every set: bundled, holdout, dev, test
    python bench/parse_quality.py --set test       # the frozen test split only
    python bench/parse_quality.py --set dev -v     # plus every mismatch, by file and project
    python bench/parse_quality.py --json           # machine-readable summary
    python bench/parse_quality.py --samples DIR --gold DIR   # any documents + gold
    python bench/parse_quality.py --pred DIR       # score JSON files in gold format instead

Sets (docs/parsing.md): `bundled` (data/samples + bench/gold), `holdout` (bench/holdout),
`dev` … `dev7`, `dev9` and `dev10` (tuned on; dev10 after its one check run), `dev8` (a check,
not tuned on) and `test`
(bench/reader_eval/<set>/,
written by people who did not work on the reader; `test` is frozen and never read while
tuning). A set's meta.json names each document's layout
family; figures are printed per family too.

Gold: bench/gold/<sample stem>.json, a list of project records (the record JSON of kg/records.py,
plus optional "note" keys). Projects are matched per file one-to-one, greedily, by normalised name
similarity (source line overlap rescues a garbled name); indicator rows inside a matched project
are matched the same way by level3 similarity, ties broken by position in the table.

Rows without level-3 text (an unreadable cell) pair by level-1/2 labels, target and position.

Per field: precision = correct / predicted non-null, recall = correct / gold non-null; a field
null in both gold and prediction is not counted. Rows and projects that found no partner count
against recall (gold side) or precision (predicted side) for every non-null field.

This is a report, not a test: it exits 0 whatever the scores.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from jixiao.text import compact

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "bench" / "gold"
SAMPLES_DIR = ROOT / "data" / "samples"

PROJECT_FIELDS = [
    "name",
    "unit",
    "department",
    "year",
    "form",
    "funds.total",
    "funds.fiscal",
    "funds.carryover",
    "funds.other",
    "funds.executed",
    "funds.execution_rate",
    "total_score",
    "grade",
]
INDICATOR_FIELDS = ["level1", "level2", "level3", "target", "actual", "weight", "score"]
NUMERIC_FIELDS = {
    "year",
    "funds.total",
    "funds.fiscal",
    "funds.carryover",
    "funds.other",
    "funds.executed",
    "funds.execution_rate",
    "total_score",
    "weight",
    "score",
}
# Row exactness: these must agree (null == null counts as agreement) ...
ROW_ALWAYS = ["level1", "level2", "level3", "target"]
# ... and these must agree wherever gold has a value.
ROW_IF_GOLD = ["actual", "weight", "score"]

# Amounts within this relative tolerance are the same amount (funds in 元 ±0.5 %).
FUNDS_REL_TOL = 0.005
FUNDS_FIELDS = {f for f in ("funds.total", "funds.fiscal", "funds.carryover", "funds.other",
                            "funds.executed")}
PROJECT_MIN_SIM = 0.5  # name similarity below this is a different project
PROJECT_MIN_OVERLAP = 0.6  # ... unless the source line ranges overlap this much (IoU)
ROW_MIN_SIM = 0.5
EMPTY_ROW_SIM = 0.6  # a row without level-3 text matched by labels, target and position
REL_TOL = 1e-6

Record = dict[str, Any]


# ---------------------------------------------------------------- values


# The reader names a form whose 项目名称 it cannot read `(unnamed self-evaluation, lines 50-88)`
# (and warns), or leaves it empty (a fragment): that is no name, scored like null.
PLACEHOLDER_NAME = re.compile(r"^\(unnamed [^()]*, lines \d+-\d+\)$")


def get(record: Record, path: str) -> Any:
    """Value at a dotted path (`funds.total`), None when any step is missing."""
    value: Any = record
    for key in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if path == "name" and isinstance(value, str) and (not value or PLACEHOLDER_NAME.match(value)):
        return None
    return value


def _as_float(value: Any) -> float | None:
    try:
        return float(str(value).replace(",", ""))
    except (TypeError, ValueError):
        return None


_BRACKET_UNIT = re.compile(r"\(([^()]{1,8})\)$")


def _value_key(text: str) -> str:
    """A target or actual as compared: width folded, spaces gone, `≥95(%)` = `≥95%`."""
    t = compact(str(text)).replace("≧", "≥").replace("≦", "≤")
    return _BRACKET_UNIT.sub(r"\1", t)


def same_value(field_name: str, gold: Any, pred: Any) -> bool:
    """Gold and predicted values agree: numbers within tolerance, strings after compact()."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if field_name in NUMERIC_FIELDS:
        g, p = _as_float(gold), _as_float(pred)
        if g is None or p is None:
            return compact(str(gold)) == compact(str(pred))
        tol = FUNDS_REL_TOL if field_name in FUNDS_FIELDS else REL_TOL
        return math.isclose(g, p, rel_tol=tol, abs_tol=0.0) or g == p
    if field_name in ("target", "actual"):
        return _value_key(gold) == _value_key(pred)
    return compact(str(gold)) == compact(str(pred))


def similarity(a: str | None, b: str | None) -> float:
    a, b = compact(a or ""), compact(b or "")
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _line_iou(a: Record, b: Record) -> float:
    sa, sb = a.get("source") or {}, b.get("source") or {}
    try:
        a0, a1, b0, b1 = sa["first_line"], sa["last_line"], sb["first_line"], sb["last_line"]
    except (KeyError, TypeError):
        return 0.0
    inter = min(a1, b1) - max(a0, b0) + 1
    union = max(a1, b1) - min(a0, b0) + 1
    return max(inter, 0) / union if union > 0 else 0.0


# ---------------------------------------------------------------- matching


def greedy_match(
    gold: list[Record], pred: list[Record], score: Callable[[int, int], float | None]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index), best score first; None means 'cannot pair'."""
    candidates = []
    for gi in range(len(gold)):
        for pi in range(len(pred)):
            s = score(gi, pi)
            if s is not None:
                candidates.append((s, gi, pi))
    # Deterministic: on equal score prefer earlier gold, then earlier prediction.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _row_overlap(a: Record, b: Record) -> float:
    """Share of level-3 wordings two forms have in common (pairs forms printed without a name)."""
    ka = {compact(i.get("level3") or "") for i in a.get("indicators") or []} - {""}
    kb = {compact(i.get("level3") or "") for i in b.get("indicators") or []} - {""}
    return len(ka & kb) / max(len(ka | kb), 1)


def match_projects(gold: list[Record], pred: list[Record]) -> list[tuple[int, int]]:
    def score(gi: int, pi: int) -> float | None:
        g, p = gold[gi], pred[pi]
        sim = similarity(g.get("name"), p.get("name"))
        iou = _line_iou(g, p)
        rows = _row_overlap(g, p)
        same_kind = 0.05 * (g.get("form") == p.get("form")) + 0.05 * (g.get("year") == p.get("year"))
        if sim < PROJECT_MIN_SIM and iou < PROJECT_MIN_OVERLAP and rows < PROJECT_MIN_SIM:
            return None
        return sim + 0.2 * iou + 0.3 * rows + same_kind

    return greedy_match(gold, pred, score)


def match_rows(gold: list[Record], pred: list[Record]) -> list[tuple[int, int]]:
    """Rows by level3 similarity; same-text rows (a table may repeat a level3) go by position."""

    def score(gi: int, pi: int) -> float | None:
        g, p = gold[gi], pred[pi]
        same_target = same_value("target", g.get("target"), p.get("target"))
        g_pos = gi / max(len(gold) - 1, 1)
        p_pos = pi / max(len(pred) - 1, 1)
        position = 0.05 * abs(g_pos - p_pos)
        if not compact(g.get("level3") or "") or not compact(p.get("level3") or ""):
            # A row without level-3 text (null in gold, unreadable cell) has no text to match
            # on: it pairs with a row in the same place that has the same labels and target.
            if not (same_target and _same_labels(g, p)):
                return None
            return EMPTY_ROW_SIM - position
        sim = similarity(g.get("level3"), p.get("level3"))
        if sim < ROW_MIN_SIM:
            return None
        return sim + (0.02 if same_target else 0.0) - position

    return greedy_match(gold, pred, score)


def _same_labels(gold: Record, pred: Record) -> bool:
    return all(same_value(f, gold.get(f), pred.get(f)) for f in ("level1", "level2"))


# ---------------------------------------------------------------- tallies


@dataclass
class FieldTally:
    correct: int = 0
    predicted: int = 0  # predicted non-null
    gold: int = 0  # gold non-null

    def add(self, field_name: str, gold: Any, pred: Any) -> bool:
        """Count one comparison; True when it is a mismatch worth reporting."""
        if gold is None and pred is None:
            return False
        self.gold += gold is not None
        self.predicted += pred is not None
        ok = same_value(field_name, gold, pred)
        self.correct += ok
        return not ok

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.gold if self.gold else None

    def to_json(self) -> dict[str, Any]:
        return {
            "correct": self.correct,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
        }


@dataclass
class Mismatch:
    file: str
    project: str  # gold name, or predicted name for an extra project
    kind: str  # field | missing_project | extra_project | missing_row | extra_row
    status: str = "matched"  # of the project: matched | missing | extra
    field: str | None = None
    gold: Any = None
    predicted: Any = None
    line: int | None = None  # gold line of the row (predicted line for extra rows)
    row: str | None = None  # level3 of the row concerned

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class FileCounts:
    gold_projects: int = 0
    found_projects: int = 0
    matched_projects: int = 0
    gold_rows: int = 0
    found_rows: int = 0
    matched_rows: int = 0
    exact_rows: int = 0
    unread_lines: int = 0
    errors: list[str] = field(default_factory=list)
    has_gold: bool = True

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Report:
    project_fields: dict[str, FieldTally] = field(
        default_factory=lambda: {f: FieldTally() for f in PROJECT_FIELDS}
    )
    indicator_fields: dict[str, FieldTally] = field(
        default_factory=lambda: {f: FieldTally() for f in INDICATOR_FIELDS}
    )
    files: dict[str, FileCounts] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)

    def total(self, attr: str) -> int:
        return sum(getattr(c, attr) for c in self.files.values() if c.has_gold)

    @property
    def row_accuracy(self) -> float | None:
        gold_rows = self.total("gold_rows")
        return self.total("exact_rows") / gold_rows if gold_rows else None

    def to_json(self) -> dict[str, Any]:
        return {
            "counts": {
                k: self.total(k)
                for k in (
                    "gold_projects",
                    "found_projects",
                    "matched_projects",
                    "gold_rows",
                    "found_rows",
                    "matched_rows",
                    "exact_rows",
                )
            },
            "row_accuracy": self.row_accuracy,
            "project_fields": {k: v.to_json() for k, v in self.project_fields.items()},
            "indicator_fields": {k: v.to_json() for k, v in self.indicator_fields.items()},
            "files": {k: v.to_json() for k, v in self.files.items()},
            "mismatches": [m.to_json() for m in self.mismatches],
        }


# ---------------------------------------------------------------- scoring


def row_is_exact(gold: Record, pred: Record) -> bool:
    if not all(same_value(f, gold.get(f), pred.get(f)) for f in ROW_ALWAYS):
        return False
    return all(
        same_value(f, gold.get(f), pred.get(f)) for f in ROW_IF_GOLD if gold.get(f) is not None
    )


def _score_rows(
    report: Report,
    counts: FileCounts,
    file: str,
    project: str,
    gold_rows: list[Record],
    pred_rows: list[Record],
    status: str = "matched",
) -> None:
    counts.gold_rows += len(gold_rows)
    counts.found_rows += len(pred_rows)
    pairs = match_rows(gold_rows, pred_rows)
    counts.matched_rows += len(pairs)
    for gi, pi in pairs:
        g, p = gold_rows[gi], pred_rows[pi]
        counts.exact_rows += row_is_exact(g, p)
        for f in INDICATOR_FIELDS:
            if report.indicator_fields[f].add(f, g.get(f), p.get(f)):
                report.mismatches.append(
                    Mismatch(
                        file,
                        project,
                        "field",
                        status,
                        f"row.{f}",
                        g.get(f),
                        p.get(f),
                        line=g.get("line"),
                        row=g.get("level3"),
                    )
                )
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, g in enumerate(gold_rows):
        if gi not in matched_g:
            for f in INDICATOR_FIELDS:
                report.indicator_fields[f].add(f, g.get(f), None)
            report.mismatches.append(
                Mismatch(
                    file,
                    project,
                    "missing_row",
                    status,
                    gold=_row_summary(g),
                    line=g.get("line"),
                    row=g.get("level3"),
                )
            )
    for pi, p in enumerate(pred_rows):
        if pi not in matched_p:
            for f in INDICATOR_FIELDS:
                report.indicator_fields[f].add(f, None, p.get(f))
            report.mismatches.append(
                Mismatch(
                    file,
                    project,
                    "extra_row",
                    status,
                    predicted=_row_summary(p),
                    line=p.get("line"),
                    row=p.get("level3"),
                )
            )


def _row_summary(row: Record) -> str:
    parts = [row.get("level1"), row.get("level2"), row.get("level3")]
    text = " / ".join(str(x) if x is not None else "∅" for x in parts)
    return f"{text}  → {row.get('target')}"


def score_file(report: Report, file: str, gold: list[Record], pred: list[Record]) -> None:
    counts = report.files.setdefault(file, FileCounts())
    counts.gold_projects += len(gold)
    counts.found_projects += len(pred)
    pairs = match_projects(gold, pred)
    counts.matched_projects += len(pairs)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        for f in PROJECT_FIELDS:
            if report.project_fields[f].add(f, get(g, f), get(p, f)):
                report.mismatches.append(
                    Mismatch(file, g.get("name"), "field", "matched", f, get(g, f), get(p, f))
                )
        _score_rows(
            report,
            counts,
            file,
            g.get("name"),
            g.get("indicators") or [],
            p.get("indicators") or [],
        )
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            for f in PROJECT_FIELDS:
                report.project_fields[f].add(f, get(g, f), None)
            report.mismatches.append(
                Mismatch(file, g.get("name"), "missing_project", "missing", gold=_lines(g))
            )
            _score_rows(
                report, counts, file, g.get("name"), g.get("indicators") or [], [], "missing"
            )
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            for f in PROJECT_FIELDS:
                report.project_fields[f].add(f, None, get(p, f))
            report.mismatches.append(
                Mismatch(file, p.get("name"), "extra_project", "extra", predicted=_lines(p))
            )
            _score_rows(report, counts, file, p.get("name"), [], p.get("indicators") or [], "extra")


def _lines(project: Record) -> str:
    src = project.get("source") or {}
    return f"lines {src.get('first_line')}-{src.get('last_line')}"


def score(gold: dict[str, list[Record]], pred: dict[str, list[Record]]) -> Report:
    """Score predictions against gold; both map a sample file's basename to project records.

    Files with predictions but no gold are listed (has_gold False) and not scored.
    """
    report = Report()
    for file in sorted(set(gold) | set(pred)):
        if file in gold:
            score_file(report, file, gold[file], pred.get(file, []))
        else:
            report.files[file] = FileCounts(found_projects=len(pred[file]), has_gold=False)
    return report


# ---------------------------------------------------------------- inputs


def load_gold(gold_dir: Path, docs_dir: Path | None = None) -> dict[str, list[Record]]:
    """Gold files keyed by the document they annotate (`<stem>.<ext>` found in `docs_dir`)."""
    names = {p.stem: p.name for p in docs_dir.iterdir()} if docs_dir and docs_dir.is_dir() else {}
    return {
        names.get(path.stem, f"{path.stem}.txt"): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(gold_dir.glob("*.json"))
    }


def _project_json(project: Any) -> Record:
    return project.to_json() if hasattr(project, "to_json") else dict(project)


def read_predictions(paths: list[Path]) -> tuple[dict[str, list[Record]], dict[str, FileCounts]]:
    """Run the project's reader; a file it cannot read is reported, not fatal."""
    from jixiao.kg.reader import read_paths

    try:
        reports = read_paths(paths)
    except Exception:  # retry file by file so one bad file does not hide the rest
        reports = []
        for path in paths:
            try:
                reports.extend(read_paths([path]))
            except Exception as exc:
                print(f"reader failed on {path.name}: {exc!r}", file=sys.stderr)
    pred: dict[str, list[Record]] = {p.name: [] for p in paths}
    extra: dict[str, FileCounts] = {}
    for rep in reports:
        name = Path(rep.file).name
        pred.setdefault(name, []).extend(_project_json(p) for p in rep.projects)
        info = extra.setdefault(name, FileCounts())
        info.unread_lines += len(rep.unread)
        info.errors.extend(str(e) for e in rep.errors)
    return pred, extra


def load_pred_dir(pred_dir: Path) -> dict[str, list[Record]]:
    """Predictions saved as JSON files in gold format (for scoring without the reader)."""
    return load_gold(pred_dir)


# ---------------------------------------------------------------- output


def _pct(value: float | None) -> str:
    return "    -" if value is None else f"{100 * value:5.1f}"


def _table(title: str, tallies: dict[str, FieldTally]) -> Iterable[str]:
    yield f"{title:<22} {'prec%':>6} {'rec%':>6} {'correct':>8} {'pred':>6} {'gold':>6}"
    for name, t in tallies.items():
        yield (
            f"  {name:<20} {_pct(t.precision):>6} {_pct(t.recall):>6} "
            f"{t.correct:>8} {t.predicted:>6} {t.gold:>6}"
        )


def _show(value: Any) -> str:
    return "∅" if value is None else repr(value) if isinstance(value, str) else str(value)


def format_mismatches(report: Report) -> Iterable[str]:
    """Grouped by file then project; rows carry the gold line number (`L17`)."""
    by_file: dict[str, dict[tuple[str, str], list[Mismatch]]] = {}
    for m in report.mismatches:
        key = (m.project or "∅", m.status)
        by_file.setdefault(m.file, {}).setdefault(key, []).append(m)
    for file, projects in by_file.items():
        yield f"== {file}"
        for (project, status), items in projects.items():
            head = next((m for m in items if m.kind.endswith("_project")), None)
            if status == "missing":
                rows = sum(m.kind == "missing_row" for m in items)
                yield f"  MISSING PROJECT {project!r} (gold {head.gold if head else '?'}, {rows} rows)"
                continue
            if status == "extra":
                rows = sum(m.kind == "extra_row" for m in items)
                yield f"  EXTRA PROJECT {project!r} ({head.predicted if head else '?'}, {rows} rows)"
                continue
            yield f"  project {project!r}"
            for m in items:
                if m.kind == "field" and m.row is None:
                    yield f"    {m.field}: gold {_show(m.gold)} | got {_show(m.predicted)}"
                elif m.kind == "field":
                    yield (
                        f"    L{m.line} {m.row}: {m.field}: "
                        f"gold {_show(m.gold)} | got {_show(m.predicted)}"
                    )
                elif m.kind == "missing_row":
                    yield f"    MISSING ROW L{m.line}: {m.gold}"
                elif m.kind == "extra_row":
                    yield f"    EXTRA ROW (pred L{m.line}): {m.predicted}"


def format_report(report: Report, verbose: bool) -> str:
    out = ["Files"]
    out.append(
        f"  {'file':<28} {'proj gold/found/match':>22} {'rows gold/found/match/exact':>28}"
        f" {'unread':>6}"
    )
    for name, c in report.files.items():
        if not c.has_gold:
            out.append(f"  {name:<28} no gold ({c.found_projects} projects found)")
            continue
        out.append(
            f"  {name:<28} {f'{c.gold_projects}/{c.found_projects}/{c.matched_projects}':>22} "
            f"{f'{c.gold_rows}/{c.found_rows}/{c.matched_rows}/{c.exact_rows}':>28} "
            f"{c.unread_lines:>6}"
        )
        out.extend(f"    reader error: {e}" for e in c.errors)
    t = report.total
    out.append("")
    out.append(
        f"Projects: gold {t('gold_projects')}, found {t('found_projects')}, "
        f"matched {t('matched_projects')}"
    )
    out.append(
        f"Indicator rows: gold {t('gold_rows')}, found {t('found_rows')}, "
        f"matched {t('matched_rows')}, exact {t('exact_rows')} "
        f"→ row accuracy {_pct(report.row_accuracy).strip()}%"
    )
    out.append("")
    out.extend(_table("Project fields", report.project_fields))
    out.append("")
    out.extend(_table("Indicator fields", report.indicator_fields))
    if verbose:
        out.append("")
        out.append(f"Mismatches ({len(report.mismatches)})")
        out.extend(format_mismatches(report))
    return "\n".join(out)


# ---------------------------------------------------------------- main


EVAL_DIR = ROOT / "bench" / "reader_eval"


def _eval_set(name: str) -> tuple[Path, Path, Path]:
    return EVAL_DIR / name / "docs", EVAL_DIR / name / "gold", EVAL_DIR / name / "meta.json"


SETS = {
    "bundled": (SAMPLES_DIR, GOLD_DIR, None),
    "holdout": (ROOT / "bench" / "holdout", ROOT / "bench" / "holdout" / "gold", None),
    **{name: _eval_set(name) for name in (
        "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19",
        "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "test") if (EVAL_DIR / name).is_dir() or name == "test"},
}


def run_set(docs: Path, gold_dir: Path, pred_dir: Path | None = None) -> Report:
    gold = load_gold(gold_dir, docs)
    if pred_dir:
        pred, extra = load_pred_dir(pred_dir), {}
    else:
        paths = [docs / name for name in gold if (docs / name).exists()]
        pred, extra = read_predictions(paths)
    for name in sorted(set(gold) - set(pred)):
        print(f"warning: gold {name} has no document in {docs}", file=sys.stderr)
    report = score(gold, pred)
    for name, info in extra.items():
        if name in report.files:
            report.files[name].unread_lines = info.unread_lines
            report.files[name].errors = info.errors
    return report


def family_table(report: Report, meta: dict[str, Any]) -> Iterable[str]:
    """Rows exact and projects found per layout family."""
    families: dict[str, list[FileCounts]] = {}
    for name, counts in report.files.items():
        stem = Path(name).stem
        family = (meta.get(stem) or meta.get(name) or {}).get("family", "?")
        families.setdefault(family, []).append(counts)
    yield f"  {'family':<22} {'docs':>4} {'projects gold/found/match':>26} {'rows gold/exact':>16} {'exact%':>7}"
    for family in sorted(families):
        cs = families[family]
        gp, fp, mp = (sum(getattr(c, k) for c in cs)
                      for k in ("gold_projects", "found_projects", "matched_projects"))
        gr, er = sum(c.gold_rows for c in cs), sum(c.exact_rows for c in cs)
        pct = f"{100 * er / gr:6.1f}" if gr else "     -"
        yield f"  {family:<22} {len(cs):>4} {f'{gp}/{fp}/{mp}':>26} {f'{gr}/{er}':>16} {pct:>7}"


def _in_report() -> Callable[[Path, Path], Path]:
    # (The bench folder is on the path when this runs as a script, not when a test loads it.)
    bench = str(Path(__file__).resolve().parent)
    if bench not in sys.path:
        sys.path.insert(0, bench)
    from reader_eval.in_report import in_report

    return in_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print a machine-readable summary")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every mismatch")
    parser.add_argument("--set", choices=[*SETS, "all"], default="all", help="which set to score")
    parser.add_argument("--gold", type=Path, help="gold directory (with --samples)")
    parser.add_argument("--samples", type=Path, help="documents to read (with --gold)")
    parser.add_argument("--pred", type=Path, help="score JSON files in gold format, not the reader")
    parser.add_argument("--in-report", action="store_true",
                        help="read each text document between a report's headings and prose "
                             "(reader_eval/in_report.py)")
    args = parser.parse_args(argv)

    if args.samples or args.gold:
        chosen = {"custom": (args.samples or SAMPLES_DIR, args.gold or GOLD_DIR, None)}
    elif args.set == "all":
        chosen = SETS
    else:
        chosen = {args.set: SETS[args.set]}
    out_json: dict[str, Any] = {}
    scratch = tempfile.TemporaryDirectory() if args.in_report else None
    for name, (docs, gold_dir, meta_path) in chosen.items():
        if not gold_dir.is_dir():
            print(f"set {name}: {gold_dir} missing, skipped", file=sys.stderr)
            continue
        if scratch is not None:
            docs = _in_report()(docs, Path(scratch.name) / name)
        report = run_set(docs, gold_dir, args.pred)
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path and meta_path.exists() else {}
        if args.json:
            out_json[name] = report.to_json()
            continue
        print(f"===== set {name}: {docs.relative_to(ROOT) if docs.is_relative_to(ROOT) else docs}")
        print(format_report(report, args.verbose))
        if meta:
            print()
            print("By layout family")
            print("\n".join(family_table(report, meta)))
        print()
    if args.json:
        print(json.dumps(out_json, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
