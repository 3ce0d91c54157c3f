"""Shape × template cross probe: every dev10 form's content in every template it fits × every shape.

    python bench/reader_cross.py                        # all templates × all shapes, temp dir
    python bench/reader_cross.py --out /tmp/cross -v    # keep the docs, list each failing doc
    python bench/reader_cross.py --templates self_eval,rubric_values --shapes run,layout

**In-sample figures.** The content (forms F01…F34, grid builders and renderers) is imported from
bench/reader_eval/dev10/make_dev10.py, and the reader was tuned on dev10 (docs/parsing.md, the
reader12 round). A high cell here means "this template in this shape is read on content the reader
has seen", not generalisation; a low cell is a shape × template pair the dev10 documents never
combined, worth a look.

Each form is rendered in every template its content fits (see TEMPLATES: declarations in the
declaration / Chongqing / op-value-unit grids, 中期 forms also in the 中期/年度 grid, project
self-evaluations in the classic and Chongqing self-evaluation grids, forms with 决策/过程 rows as
rubrics, department forms in their own grids) and printed in every shape of SHAPES (text copies,
PDF text, ruled PDF, XLSX, DOCX). The gold follows what the template prints (FORMAT.md): no weight
where no weight column is printed, no funds split where only 全年预算数/执行数 are printed,
全年完成值 without the unit that sits in 计量单位, header fields null where a PDF holds only the
table. Documents and gold are written to --out (never committed) and scored with
bench/parse_quality.py (its functions, imported).

Left out as unrealistic or impossible: a template whose content does not exist in the form
(a self-evaluation template for a declaration: no actuals or scores; the 中期/年度 grid without
中期 values; a rubric with 指标值 columns for content with no targets, F22; department grids for
project content and the other way round; project self-evaluations in declaration grids, whose
funds would have to be invented). Every shape is kept for every template: each one is printed
in Word / Excel / PDF and copied, OCR'd or extracted by users in all these ways. Run-together text
is ambiguous by nature where two number cells meet (分值 + 得分 `1010`): such cells measure what
sums and context can recover. The ruled PDFs get column widths in which short cells (numbers,
units) fit on one line, as in published forms.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import parse_quality as pq  # noqa: E402


def _load_dev10():
    path = BENCH / "reader_eval" / "dev10" / "make_dev10.py"
    spec = importlib.util.spec_from_file_location("make_dev10", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


m = _load_dev10()
P, B, S = m.P, m.B, m.S
PBS = {P, B, S}

FORMS: dict[str, m.Form] = {k: v for k, v in vars(m).items() if isinstance(v, m.Form)}


# ---------------------------------------------------------------- templates


@dataclass
class Template:
    fits: Callable[[m.Form], bool]
    grid: Callable[[m.Form], m.Grid]
    title: Callable[[m.Form], list[str]]  # title lines (in the PDF: one title line)
    gold: Callable[[m.Form], dict]
    prose: Callable[[m.Form], list[str]] | None = None  # header lines outside the table


def _decl(f):
    return f.kind == "target_declaration" and {r.l1 for r in f.rows} <= PBS


def _se(f):
    return f.kind == "self_evaluation" and {r.l1 for r in f.rows} <= PBS and f.executed is not None


def _no_weight(gold):
    for it in gold["indicators"]:
        it["weight"] = None
    return gold


def _gold_cq_se(f):
    gold = m.fix_cq_actuals(m.gold_of(f), f)
    gold["funds"].update(fiscal=None, carryover=None, other=None)  # 全年预算数/执行数/执行率 only
    gold.update(total_score=None, grade=None)  # no 总分 row in this grid
    return gold


def _gold_rubric(f, *, values):
    gold = m.gold_of(f)
    gold["funds"] = {k: None for k in gold["funds"]}  # the prose header names no amounts
    gold.update(goal=None, grade=None)
    if not values:
        for it in gold["indicators"]:
            it.update(target=None, actual=None)
    return gold


def _rubric_prose(f):
    return ["项目名称：" + f.name, "主管部门：" + f.dept + "\t实施单位：" + f.unit]


def _rubric_notes(f):
    return m.F22_NOTES if f.name == m.F22.name else {r.l3: r.dev or "" for r in f.rows}


TEMPLATES: dict[str, Template] = {
    "declaration": Template(
        _decl, m.grid_declaration,
        lambda f: ["项目支出绩效目标表", f"（{f.year}年度）"],
        lambda f: _no_weight(m.gold_of(f))),
    "midterm": Template(
        lambda f: _decl(f) and all(r.mid for r in f.rows),
        lambda f: m.grid_declaration(f, mid=True),
        lambda f: ["项目支出绩效目标表", f"（{f.year}年度）"],
        lambda f: _no_weight(m.gold_of(f))),
    "chongqing": Template(
        _decl, m.grid_chongqing,
        lambda f: [f"{f.year}年项目支出绩效目标表"],
        m.gold_of),
    "op_value_unit": Template(
        _decl, m.grid_ovu,
        lambda f: [f"{f.year}年度项目支出绩效目标申报表"],
        lambda f: _no_weight(m.gold_of(f))),
    "self_eval": Template(
        _se, m.grid_self_eval,
        lambda f: ["项目支出绩效自评表", f"（{f.year}年度）"],
        m.gold_of),
    "chongqing_se": Template(
        _se, lambda f: m.grid_chongqing(f, evaluation=True),
        lambda f: [f"{f.year}年度项目支出绩效自评表", "单位：万元"],
        _gold_cq_se),
    "rubric_values": Template(
        lambda f: f.kind == "self_evaluation" and "决策指标" in {r.l1 for r in f.rows}
        and any(r.target for r in f.rows),
        lambda f: m.grid_rubric(f, with_values=True),
        lambda f: [f"{f.year}年度项目支出绩效自评表（评分表）"],
        lambda f: _gold_rubric(f, values=True), _rubric_prose),
    "rubric_criteria": Template(
        lambda f: f.kind == "self_evaluation" and "决策指标" in {r.l1 for r in f.rows},
        lambda f: m.grid_rubric(f, with_values=False, notes=_rubric_notes(f)),
        lambda f: [f"{f.year}年度项目绩效评价指标评分表"],
        lambda f: _gold_rubric(f, values=False), _rubric_prose),
    "dept_target": Template(
        lambda f: f.kind == "department_target", m.grid_dept_target,
        lambda f: [f"{f.year}年度部门整体支出绩效目标申报表", "单位：万元"],
        lambda f: _no_weight(m.gold_of(f))),
    "dept_self_eval": Template(
        lambda f: f.kind == "department_self_evaluation" and f.plan is not None, m.grid_dept_self,
        lambda f: [f"{f.year}年度部门整体支出绩效自评表", "单位：万元"],
        m.gold_of),
}


# ---------------------------------------------------------------- shapes

# A shape: (extension, writer(path, grid, title lines, prose lines, seed, pdf)); pdf() gives the
# path of the ruled PDF of the grid, drawn once for the three PDF shapes. Text shapes print the
# title and prose lines above the table, the way a copy of the whole page does.


def _text(render):
    def write(path, g, title, prose, seed, pdf):
        path.write_text("\n".join(title + prose) + "\n" + render(g, seed) + "\n", encoding="utf-8")
    return write


def _pdf_title(title):
    return " ".join(title)


def _pdf_widths(g) -> list[float]:
    """Column widths for the ruled PDF: a short cell (a number, a unit, a sign, ≤ 8 characters)
    fits on one line, as in published forms; longer text wraps. (make_dev10's default widths
    squeeze the 9- and 10-column grids so that 4-digit numbers break: `450` / `0`.)"""
    spans = g.spans()
    w = [3.0] * g.n
    for r, row in enumerate(g.plain()):
        for c, v in enumerate(row):
            if v and spans.get((r, c), (1, 1))[1] == 1:
                w[c] = max(w[c], len(v) + 1 if len(v) <= 8 else min(len(v), 12))
    return w


def _pdf_text(mode):
    def write(path, g, title, prose, seed, pdf):
        import pymupdf

        with pymupdf.open(str(pdf())) as doc:  # what m.pdf_text extracts, from one shared PDF
            text = "".join(pg.get_text(sort=(mode == "sort")) for pg in doc)
        if prose:  # the header lines printed above the ruled table come first in the text
            first, _, rest = text.partition("\n")
            text = first + "\n" + "\n".join(prose) + "\n" + rest
        path.write_text(text, encoding="utf-8")
    return write


def _pdf(path, g, title, prose, seed, pdf):
    shutil.copyfile(pdf(), path)


def _xlsx(path, g, title, prose, seed, pdf):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效表"
    pct = {(r, c) for r in range(len(g.rows)) for c in range(g.n)}  # % values as fractions
    m.write_xlsx_sheet(ws, g, top=title + prose, pct_cols=pct)
    wb.save(str(path))


def _docx(path, g, title, prose, seed, pdf):
    m.write_docx(path, title[1:] + prose, g, [], title=title[0])


SHAPES: dict[str, tuple[str, Callable]] = {
    "tab": ("txt", _text(lambda g, s: m.r_tab(g))),
    "tab_stripped": ("txt", _text(lambda g, s: m.r_tab(g, trailing=False))),
    "pipe": ("md", _text(lambda g, s: m.r_pipe(g))),
    "cell_skip": ("txt", _text(lambda g, s: m.r_cell(g, covered="skip"))),
    "cell_blank": ("txt", _text(lambda g, s: m.r_cell(g, covered="blank"))),
    "cell_bar": ("txt", _text(lambda g, s: m.r_cell(g, covered="skip", suffix=" |"))),
    "tokens": ("txt", _text(lambda g, s: m.r_tokens(g, width=9))),
    "run": ("txt", _text(lambda g, s: m.r_run(g, seed=s))),
    "one_line": ("txt", _text(lambda g, s: m.r_oneline(g))),
    "row_line": ("txt", _text(lambda g, s: m.r_oneline(g, rows_per_line=1))),
    "layout": ("txt", _text(lambda g, s: m.r_layout(g))),
    "pdf_plain": ("txt", _pdf_text("plain")),
    "pdf_sort": ("txt", _pdf_text("sort")),
    "pdf": ("pdf", _pdf),
    "xlsx": ("xlsx", _xlsx),
    "docx": ("docx", _docx),
}


# ---------------------------------------------------------------- build and score


def _build_one(out: Path, fid: str, tname: str, shapes: list[str], seed: int) -> dict:
    """One form in one template, in every shape: docs + gold; {doc file name: (form, template, shape)}."""
    t = TEMPLATES[tname]
    g = t.grid(copy.deepcopy(FORMS[fid]))
    title = t.title(FORMS[fid])
    prose = t.prose(FORMS[fid]) if t.prose else []
    index = {}
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "form.pdf"

        def pdf() -> Path:
            if not pdf_path.exists():
                m.write_pdf(pdf_path, g, _pdf_title(title), _pdf_widths(g))
            return pdf_path

        for sname in shapes:
            ext, write = SHAPES[sname]
            stem = f"{fid}__{tname}__{sname}"
            write(out / "docs" / f"{stem}.{ext}", g, title, prose, seed, pdf)
            gold = t.gold(copy.deepcopy(FORMS[fid]))
            if prose and sname == "pdf":  # the ruled PDF holds the title and the table only
                gold.update(name=None, department=None, unit=None)
            (out / "gold" / f"{stem}.json").write_text(
                json.dumps([gold], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            index[f"{stem}.{ext}"] = (fid, tname, sname)
    return index


def _build_star(args: tuple) -> dict:
    return _build_one(*args)


def build(out: Path, templates: list[str], shapes: list[str], jobs: int = 1) -> dict:
    """Write out/docs and out/gold; return {doc file name: (form id, template, shape)}."""
    for d in (out / "docs", out / "gold"):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    work = [(out, fid, tname, shapes, seed)
            for seed, fid in enumerate(sorted(FORMS))
            for tname in templates if TEMPLATES[tname].fits(FORMS[fid])]
    index: dict = {}
    if jobs <= 1:
        for w in work:
            index.update(_build_one(*w))
        return index
    with ProcessPoolExecutor(jobs) as ex:
        for part in ex.map(_build_star, work):
            index.update(part)
    return index


def _read_chunk(paths: list[str]) -> dict:
    pred, _extra = pq.read_predictions([Path(p) for p in paths])
    return pred


def predict(paths: list[Path], jobs: int) -> dict:
    if jobs <= 1 or len(paths) < 20:
        return pq.read_predictions(paths)[0]
    chunks = [[str(p) for p in paths[i::jobs * 4]] for i in range(jobs * 4)]
    pred: dict = {}
    with ProcessPoolExecutor(jobs) as ex:
        for part in ex.map(_read_chunk, chunks):
            pred.update(part)
    return pred


def _cell(rows: int, exact: int, counts: bool) -> str:
    if not rows:
        return "-"
    return f"{exact}/{rows}" if counts else f"{100 * exact / rows:.1f}"


def table(report: pq.Report, index: dict, templates: list[str], shapes: list[str]) -> str:
    tally: dict[tuple[str, str], list[int]] = {}
    for name, c in report.files.items():
        if name not in index:
            continue
        _, t, s = index[name]
        for key in ((t, s), (t, "*"), ("*", s), ("*", "*")):
            acc = tally.setdefault(key, [0, 0, 0, 0])
            acc[0] += c.gold_rows
            acc[1] += c.exact_rows
            acc[2] += c.gold_projects
            acc[3] += c.matched_projects
    out = []
    for counts in (False, True):
        out.append("rows exact " + ("(exact/gold)" if counts else "%"))
        cols = [*shapes, "all"]
        w = max(7 if not counts else 9, *(len(s) + 1 for s in cols))
        out.append(f"{'template':<16}" + "".join(f"{s:>{w}}" for s in cols))
        for t in [*templates, "all"]:
            tk = "*" if t == "all" else t
            if (tk, "*") not in tally:
                continue
            line = f"{t:<16}"
            for s in cols:
                r, e, *_ = tally.get((tk, "*" if s == "all" else s), [0, 0, 0, 0])
                line += f"{_cell(r, e, counts):>{w}}"
            out.append(line)
        out.append("")
    r, e, gp, mp = tally.get(("*", "*"), [0, 0, 0, 0])
    out.append(f"overall: {len(index)} documents, projects matched {mp}/{gp}, "
               f"rows exact {e}/{r} = {100 * e / max(r, 1):.1f} % (in-sample: dev10 content)")
    return "\n".join(out)


def _names(arg: str | None, known: dict, what: str) -> list[str]:
    if not arg:
        return list(known)
    names = [a.strip() for a in arg.split(",") if a.strip()]
    bad = [n for n in names if n not in known]
    if bad:
        raise SystemExit(f"unknown {what}: {', '.join(bad)} (known: {', '.join(known)})")
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="output dir for docs/ and gold/ (default: a temp dir)")
    ap.add_argument("--templates", help="comma list of: " + ", ".join(TEMPLATES))
    ap.add_argument("--shapes", help="comma list of: " + ", ".join(SHAPES))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="reader processes")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failing document")
    args = ap.parse_args(argv)
    templates = _names(args.templates, TEMPLATES, "template")
    shapes = _names(args.shapes, SHAPES, "shape")

    t0 = time.perf_counter()
    tmp = None if args.out else tempfile.TemporaryDirectory(prefix="reader_cross_")
    out = args.out or Path(tmp.name)
    index = build(out, templates, shapes, args.jobs)
    t1 = time.perf_counter()
    docs, gold_dir = out / "docs", out / "gold"
    gold = pq.load_gold(gold_dir, docs)
    pred = predict([docs / name for name in gold], args.jobs)
    report = pq.score(gold, pred)
    t2 = time.perf_counter()

    if args.verbose:
        print("Failing documents (rows gold/found/match/exact, projects gold/found/match)")
        for name, c in report.files.items():
            if c.exact_rows < c.gold_rows or c.matched_projects < c.gold_projects \
                    or c.found_projects > c.gold_projects:
                print(f"  {name}: rows {c.gold_rows}/{c.found_rows}/{c.matched_rows}/"
                      f"{c.exact_rows}, projects {c.gold_projects}/{c.found_projects}/"
                      f"{c.matched_projects}")
        print()
        print("\n".join(pq.format_mismatches(report)))
        print()
    print(f"Shape × template probe (in-sample: dev10's content, which the reader was tuned on); "
          f"docs in {docs}" + (" (temporary)" if tmp else ""))
    print(table(report, index, templates, shapes))
    print(f"built in {t1 - t0:.1f} s, read and scored in {t2 - t1:.1f} s")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
