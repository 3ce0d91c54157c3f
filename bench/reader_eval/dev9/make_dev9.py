"""Write dev9's docs/, gold/ and meta.json from content.py (run from anywhere).

Every form in content.py is rendered into one text shape chosen per document (see DOCS);
its gold is written from the same data following ../FORMAT.md.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import CANON1, CANON2, F  # noqa: E402

PEOPLE = ["张建华", "李秀梅", "王立新", "刘志强", "陈红", "杨帆", "赵明", "周丽娟", "吴海", "孙伟"]


# ---------------------------------------------------------------- data


def fmt(x: float) -> str:
    return f"{x:g}" if x != int(x) else str(int(x))


def parse_rows(form: dict) -> list[dict]:
    out = []
    for line in form["rows"].splitlines():
        p = line.split("|")
        r = {"c1": p[0], "c2": p[1], "l3": p[2], "target": p[3],
             "actual": None, "weight": None, "score": None, "deviation": None}
        if len(p) > 4:
            r["actual"], r["weight"], r["score"] = p[4], float(p[5]), float(p[6])
            r["deviation"] = p[7] or None
        out.append(r)
    return out


def label(form: dict, level: int, code: str) -> tuple[str, str]:
    """(printed, gold) label for a level code."""
    canon = (CANON1 if level == 1 else CANON2)[code]
    v = form.get("l1" if level == 1 else "l2", {}).get(code, canon)
    return v if isinstance(v, tuple) else (v, canon)


def is_se(form: dict) -> bool:
    return form.get("form") == "self_evaluation"


def se_funds(form: dict) -> dict:
    init, full, exe, carry, other = form["funds_se"]
    fiscal = full - carry - other
    return {"init": init, "full": full, "exe": exe, "carry": carry, "other": other,
            "fiscal": fiscal, "rate": round(100 * exe / full, 2)}


def total_score(form: dict, rows: list[dict]) -> float:
    return round(form["score_fund"][1] + sum(r["score"] for r in rows), 2)


def gold_of(form: dict) -> dict:
    rows = parse_rows(form)
    w = 10000.0
    if is_se(form):
        f = se_funds(form)
        funds = {"total": f["full"] * w, "fiscal": f["fiscal"] * w,
                 "carryover": f["carry"] * w if f["carry"] else None,
                 "other": f["other"] * w if f["other"] else None,
                 "executed": f["exe"] * w, "execution_rate": f["rate"]}
    else:
        t, fi, o = form["funds"]
        funds = {"total": t * w, "fiscal": fi * w, "carryover": None,
                 "other": o * w if o else None, "executed": None, "execution_rate": None}
    for k, v in funds.items():
        if isinstance(v, float) and k != "execution_rate":
            funds[k] = round(v, 2)
    inds = []
    for r in rows:
        weight = r["weight"]
        if form.get("decl_weight"):
            weight = float(decl_weight(r))
        inds.append({"level1": label(form, 1, r["c1"])[1], "level2": label(form, 2, r["c2"])[1],
                     "level3": r["l3"], "target": r["target"], "actual": r["actual"],
                     "weight": weight, "score": r["score"], "deviation": r["deviation"]})
    return {"name": form["name"], "department": form["dept"], "unit": form["unit"],
            "year": form["year"], "form": form.get("form", "target_declaration"),
            "funds": funds, "goal": form["goal"],
            "total_score": total_score(form, rows) if is_se(form) else None,
            "grade": form.get("grade") if is_se(form) else None,
            "indicators": inds}


# ---------------------------------------------------------------- grids


def header_rows(form: dict, variant: int) -> list[list[str]]:
    """Header block of a declaration as rows of cells."""
    t, fi, o = form["funds"]
    ostr = fmt(o) if o else ""
    name, dept, unit, goal = form["name"], form["dept"], form["unit"], form["goal"]
    if variant == 0:
        return [["项目名称", name, "", ""],
                ["主管部门", dept, "实施单位", unit],
                ["项目资金（万元）", "年度资金总额", fmt(t), ""],
                ["", "其中：财政拨款", fmt(fi), ""],
                ["", "其他资金", ostr, ""],
                ["年度目标", goal, "", ""]]
    if variant == 1:
        return [["项目名称", name, "项目属性", "延续项目"],
                ["主管预算部门", dept, "项目实施单位", unit],
                ["项目负责人", PEOPLE[len(name) % 10], "联系电话", f"0{310 + 7 * len(dept)}-{6200000 + 4391 * len(goal)}"],
                ["资金情况（万元）", "年度资金总额", fmt(t), ""],
                ["", "其中：财政拨款", fmt(fi), ""],
                ["", "其他资金", ostr, ""],
                ["年度绩效目标", goal, "", ""]]
    return [["项目名称", name, "", ""],
            ["主管部门", dept, "", ""],
            ["实施单位", unit, "", ""],
            ["项目期限", f"{form['year']}年1月-{form['year']}年12月", "", ""],
            ["年度资金总额（万元）", fmt(t), "", ""],
            ["其中：财政拨款", fmt(fi), "", ""],
            ["其他资金", ostr, "", ""],
            ["总体目标", goal, "", ""]]


def blocks(rows: list[dict]) -> list[tuple[str, list[tuple[str, list[dict]]]]]:
    out: list = []
    for r in rows:
        if not out or out[-1][0] != r["c1"]:
            out.append((r["c1"], []))
        b2 = out[-1][1]
        if not b2 or b2[-1][0] != r["c2"]:
            b2.append((r["c2"], []))
        b2[-1][1].append(r)
    return out


def place_index(n: int, place: str) -> int:
    return {"first": 0, "mid": (n - 1) // 2, "last": n - 1}.get(place, 0)


def table_rows(form: dict, rows: list[dict], place: str = "first", extra=None,
               empty: dict | None = None) -> list[list[str]]:
    """Indicator rows: [l1, l2, l3, value..., extra...]; merged labels printed once at `place`
    (or on every row when place == 'all'). `extra(r)` gives the cells after l3.
    `empty` = {l1code: [printed l2 label, ...]} adds 二级 categories with no 三级 row."""
    extra = extra or (lambda r: [r["target"]])
    out = []
    for c1, b2 in blocks(rows):
        lines = []
        l1p = label(form, 1, c1)[0]
        n1 = sum(len(rs) for _, rs in b2) + len((empty or {}).get(c1, []))
        for c2, rs in b2:
            l2p = label(form, 2, c2)[0]
            k2 = place_index(len(rs), place)
            for i, r in enumerate(rs):
                show2 = place == "all" or i == k2
                lines.append(["", l2p if show2 else "", r["l3"], *extra(r)])
        for l2p in (empty or {}).get(c1, []):
            lines.append(["", l2p, "", *["" for _ in extra(rows[0])]])
        k1 = place_index(n1, place)
        for i, ln in enumerate(lines):
            if place == "all" or i == k1:
                ln[0] = l1p
        out.extend(lines)
    return out


def se_header(form: dict) -> list[list[str]]:
    f = se_funds(form)
    w, s = form["score_fund"]
    rate = f"{f['rate']:.2f}%"
    return [["项目名称", form["name"], "", "", "", "", "", ""],
            ["主管部门", form["dept"], "", "实施单位", form["unit"], "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", fmt(f["init"]), fmt(f["full"]), fmt(f["exe"]), fmt(w), rate, fmt(s)],
            ["", "其中：当年财政拨款", fmt(f["init"] - f["other"]), fmt(f["fiscal"]), "", "—", "", "—"],
            ["", "上年结转资金", "", fmt(f["carry"]) if f["carry"] else "", "", "—", "", "—"],
            ["", "其他资金", fmt(f["other"]) if f["other"] else "", fmt(f["other"]) if f["other"] else "",
             "", "—", "", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", form["goal"], "", "", form["actual_goal"], "", "", ""]]


def se_extra(r: dict) -> list[str]:
    return [r["target"], r["actual"], fmt(r["weight"]), fmt(r["score"]), r["deviation"] or ""]


SE_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def se_total(form: dict, rows: list[dict]) -> list[str]:
    return ["总分", "", "", "", "", "100", fmt(total_score(form, rows)), f"自评等级：{form['grade']}"]


# ---------------------------------------------------------------- text shapes


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def chunks(s: str, width: int) -> list[str]:
    out, cur = [], ""
    for c in s:
        if cur and dw(cur + c) > width:
            out.append(cur)
            cur = ""
        cur += c
    return out + [cur] if cur or not out else out


def layout(grid: list[list[str]], widths: list[int], gap: int = 2, indent: int = 0) -> list[str]:
    """pdftotext -layout: each cell padded to its column width; long cells wrapped, the
    continuation line carries only the wrapped parts."""
    lines = []
    for row in grid:
        parts = [chunks(c, widths[i] if i < len(widths) else 40) if c else [""] for i, c in enumerate(row)]
        depth = max(len(p) for p in parts)
        for k in range(depth):
            s = " " * indent
            for i, p in enumerate(parts):
                cell = p[k] if k < len(p) else ""
                w = widths[i] if i < len(widths) else 40
                s += cell + " " * (w - dw(cell) + gap)
            lines.append(s.rstrip())
    return lines


def tab(grid, drop_lead=False) -> list[str]:
    out = []
    for row in grid:
        if drop_lead:
            while row and row[0] == "":
                row = row[1:]
        out.append("\t".join(row).rstrip("\t"))
    return out


def spaced(grid, sep=" ", drop_lead=True) -> list[str]:
    return [sep.join(c for c in row if c) for row in grid]


def pipe(grid) -> list[str]:
    n = max(len(r) for r in grid)
    out = []
    for i, row in enumerate(grid):
        row = row + [""] * (n - len(row))
        out.append("| " + " | ".join(row) + " |")
        if i == 0:
            out.append("|" + "---|" * n)
    return out


def flat(grid) -> list[str]:
    return [c for row in grid for c in row if c]


def run_lines(text: str, rnd: random.Random, lo: int, hi: int) -> list[str]:
    out = []
    while text:
        k = rnd.randint(lo, hi)
        out.append(text[:k])
        text = text[k:]
    return out


def tokens(cells: list[str], rnd: random.Random) -> list[str]:
    out = []
    for c in cells:
        if len(c) <= 6:
            out.append(c)
            continue
        i = 0
        while i < len(c):
            k = rnd.randint(4, 8)
            out.append(c[i:i + k])
            i += k
    return out


OPS = ("≥", "≤", "=", "＞", "＜", ">", "<")


def split_target(t: str) -> tuple[str, str, str]:
    if re.search(r"\d{4}年|\d月", t):
        return "", t, ""
    m = re.match(r"^([≥≤=＞＜><]?)(\d+(?:\.\d+)?)(.*)$", t)
    if not m:
        return "", t, ""
    return m.group(1), m.group(2), m.group(3)


# ---------------------------------------------------------------- documents


def title_decl(form, k=0):
    y = form["year"]
    return [f"{y}年度项目支出绩效目标表", f"项目支出绩效目标申报表（{y}年度）",
            f"{y}年项目绩效目标表", f"项目支出绩效目标表\n（{y}年度）"][k % 4]


TH = ["一级指标", "二级指标", "三级指标", "指标值"]


def doc_L01(form, rnd):
    rows = parse_rows(form)
    g = header_rows(form, 0) + [["绩效指标", "", "", ""], TH] + table_rows(form, rows)
    return "\n".join([title_decl(form, 0), "单位：万元"] + tab(g) + ["", "填报人：" + PEOPLE[1] + "　　审核人：" + PEOPLE[4]]) + "\n"


def doc_L02(form, rnd):
    rows = parse_rows(form)
    g = header_rows(form, 1) + [["一级指标", "二级指标", "三级指标", "指标值（年度）"]] + table_rows(form, rows)
    return "\n".join([title_decl(form, 1)] + tab(g, drop_lead=True) + ["第 1 页 共 1 页"]) + "\n"


def doc_L03(form, rnd):
    rows = parse_rows(form)
    g = [["项目", "内容", "", ""]] + header_rows(form, 2) + [TH] + table_rows(form, rows, place="first")
    return "\n".join(["## " + title_decl(form, 2), ""] + pipe(g) + ["", "注：指标值中“≥”“≤”分别表示不低于、不高于。"]) + "\n"


def doc_L04(form, rnd):
    rows = parse_rows(form)
    g = header_rows(form, 0) + [TH] + table_rows(form, rows)
    return "\n".join([title_decl(form, 0)] + spaced(g, "  ")) + "\n"


def doc_L05(form, rnd):
    rows = parse_rows(form)
    g = header_rows(form, 1) + [TH] + table_rows(form, rows, empty={"C": ["生态环境成本指标"], "B": ["经济效益指标"]})
    return "\n".join(["北京市朝阳区区级项目支出绩效目标申报表", f"（{form['year']}年度）", "金额单位：万元"] + tab(g)) + "\n"


def doc_L06(form, rnd):
    rows = parse_rows(form)
    g = header_rows(form, 2) + [TH] + table_rows(form, rows)
    return "\n".join([title_decl(form, 2).replace("\n", " ")] + spaced(g, " ")) + "\n"


def doc_L07(form, rnd):
    rows = parse_rows(form)
    head = header_rows(form, 0)
    lines = [" " * 22 + title_decl(form, 0), ""]
    lines += layout(head, [16, 30, 10, 26])
    lines += [""] + layout([TH] + table_rows(form, rows, place="mid"), [20, 26, 22, 14], gap=3)
    lines += ["", " " * 30 + "— 3 —"]
    return "\n".join(lines) + "\n"


def doc_L08(form, rnd):
    rows = parse_rows(form)
    g = header_rows(form, 0) + [TH] + table_rows(form, rows, place="all")
    return "\n".join([title_decl(form, 2)] + tab(g)) + "\n"


def doc_L09(form, rnd):
    rows = parse_rows(form)
    w = [14, 20, 24, 16]
    g = header_rows(form, 0) + [TH] + table_rows(form, rows, place="first")
    return "\n".join(["          " + title_decl(form, 2).replace("\n", "")] + layout(g, w, gap=2)
                     + ["", "                              第 2 页 共 5 页"]) + "\n"


def oneline_table(form, rows):
    return flat([TH] + table_rows(form, rows))


def doc_O01(form, rnd):
    rows = parse_rows(form)
    cells = [title_decl(form, 0)] + flat(header_rows(form, 0)) + oneline_table(form, rows)
    return " ".join(cells) + "\n"


def scrambled(form, rows, place="first"):
    tr = table_rows(form, rows, place=place)
    names = flat([TH] + [r[:3] for r in tr])
    values = [r[3] for r in tr]
    return names, values


def doc_O02(form, rnd):
    rows = parse_rows(form)
    names, values = scrambled(form, rows)
    return "\n".join([" ".join([title_decl(form, 2).replace("\n", "")] + flat(header_rows(form, 0))),
                      " ".join(names), " ".join(values)]) + "\n"


def doc_O03(form, rnd):
    rows = parse_rows(form)
    lines = [" ".join([title_decl(form, 1)] + flat(header_rows(form, 1))), " ".join(TH)]
    tr = table_rows(form, rows)
    cur: list[str] = []
    for r in tr:
        if r[0] and cur:
            lines.append(" ".join(cur))
            cur = []
        cur += [c for c in r if c]
    lines.append(" ".join(cur))
    return "\n".join(lines) + "\n"


def doc_O04(form, rnd):
    rows = parse_rows(form)
    names, values = scrambled(form, rows)
    head = " ".join(["项目支出绩效目标表", f"{form['year']}年度"] + flat(header_rows(form, 2)))
    return "\n".join([head + " " + " ".join(names[:len(names) // 2]),
                      " ".join(names[len(names) // 2:]), " ".join(values) + " 第 1 页 共 1 页"]) + "\n"


def doc_O05(form, rnd):
    rows = parse_rows(form)
    g1 = se_header(form)
    g2 = [SE_HEAD] + table_rows(form, rows, extra=se_extra) + [se_total(form, rows)]
    return "\n".join([" ".join(["项目支出绩效自评表", f"（{form['year']}年度）"] + flat(g1)),
                      " ".join(flat(g2))]) + "\n"


def doc_O06(form, rnd):
    rows = parse_rows(form)
    g = header_rows(form, 0) + [TH] + table_rows(form, rows)
    return "\n".join(["附件3", title_decl(form, 0)] + spaced(g, " ")) + "\n"


def doc_O07(form, rnd):
    rows = parse_rows(form)
    names, values = scrambled(form, rows, place="mid")
    return " ".join([title_decl(form, 2).replace("\n", "")] + flat(header_rows(form, 1)) + names + values) + "\n"


def run_doc(form, rnd, lo, hi, title_k=0, variant=0, place="first"):
    rows = parse_rows(form)
    if is_se(form):
        g = se_header(form) + [SE_HEAD] + table_rows(form, rows, extra=se_extra, place=place) + [se_total(form, rows)]
        title = f"项目支出绩效自评表（{form['year']}年度）"
    else:
        g = header_rows(form, variant) + [TH] + table_rows(form, rows, place=place)
        title = title_decl(form, title_k).replace("\n", "")
    cells = flat(g)
    text = cells[0]
    for a, b in zip(cells, cells[1:], strict=False):
        # numeric cells side by side keep one space (else 210|225|219.6 could not be told apart)
        text += (" " if NUM.match(a) and NUM.match(b) else "") + b
    return "\n".join([title] + run_lines(text, rnd, lo, hi)) + "\n"


NUM = re.compile(r"^[\d.%—]+$")


def doc_R01(form, rnd):
    return run_doc(form, rnd, 28, 60, 0, 0)


def doc_R02(form, rnd):
    return run_doc(form, rnd, 15, 35, 1, 1)


def doc_R03(form, rnd):
    return run_doc(form, rnd, 40, 90, 2, 2)


def doc_R04(form, rnd):
    rows = parse_rows(form)
    g = header_rows(form, 0)
    head = "".join(flat(g))
    body = "".join(flat([TH] + table_rows(form, rows)))
    return "\n".join([title_decl(form, 0)] + run_lines(head, rnd, 30, 50) + run_lines(body, rnd, 10, 25)) + "\n"


def doc_R05(form, rnd):
    return run_doc(form, rnd, 50, 120, 3, 0)


def doc_R06(form, rnd):
    # one table row per line, cells glued (a DOCX copy without tabs)
    rows = parse_rows(form)
    g = header_rows(form, 1) + [TH] + table_rows(form, rows)
    return "\n".join([title_decl(form, 1)] + ["".join(r) for r in g]) + "\n"


def doc_R07(form, rnd):
    return run_doc(form, rnd, 25, 55)


def doc_S01(form, rnd):
    rows = parse_rows(form)
    lines = ["                        " + title_decl(form, 0), "",
             "                                                            单位：万元"]
    lines += layout(header_rows(form, 0), [16, 44, 10, 24], gap=2)
    lines += layout([TH] + table_rows(form, rows, place="mid", empty={"B": ["经济效益指标", "生态效益指标"]}),
                    [16, 12, 30, 20], gap=2)
    return "\n".join(lines) + "\n"


def doc_S02(form, rnd):
    rows = parse_rows(form)
    head = header_rows(form, 2)
    lines = ["                       " + title_decl(form, 2).replace("\n", "")]
    lines += layout([[a, b] for a, b, *_ in head], [16, 60], gap=4)
    lines += [""] + layout([TH] + table_rows(form, rows, place="last"), [12, 14, 18, 12], gap=4)
    return "\n".join(lines) + "\n"


def doc_S03(form, rnd):
    rows = parse_rows(form)
    g = [["绩效", *TH]] + [[""] + r for r in table_rows(form, rows, place="mid")]
    g[len(g) // 2][0] = "指标"
    lines = [title_decl(form, 1), ""] + layout(header_rows(form, 1), [16, 34, 14, 34], gap=1)
    lines += layout(g, [4, 10, 16, 26, 12], gap=2)
    lines += ["", "注：本表由项目实施单位填报，主管部门审核。"]
    return "\n".join(lines) + "\n"


def doc_S04(form, rnd):
    rows = parse_rows(form)
    lines = ["   " + title_decl(form, 0), "   填报单位（盖章）：" + form["unit"] + "            金额单位：万元"]
    lines += layout(header_rows(form, 0), [12, 22, 10, 24], gap=3, indent=3)
    lines += ["", "—" * 3 + " 第 1 页 " + "—" * 3, ""]
    lines += layout([TH] + table_rows(form, rows, place="first"), [22, 12, 28, 14], gap=2, indent=3)
    return "\n".join(lines) + "\n"


def se_layout(form, rows, place, wt, wb):
    lines = layout(se_header(form), wt, gap=2)
    lines += layout([SE_HEAD] + table_rows(form, rows, extra=se_extra, place=place) + [se_total(form, rows)], wb, gap=2)
    return lines


def doc_S05(form, rnd):
    rows = parse_rows(form)
    return "\n".join(["                    项目支出绩效自评表", f"                     （{form['year']}年度）"]
                     + se_layout(form, rows, "mid", [16, 16, 10, 10, 14, 6, 8, 6],
                                 [10, 12, 14, 12, 12, 4, 6, 20])) + "\n"


def doc_S06(form, rnd):
    rows = parse_rows(form)
    w = [14, 22, 26, 18]
    g = header_rows(form, 0) + [TH] + table_rows(form, rows, place="last")
    lines = [" " * 16 + title_decl(form, 1)] + layout(g[:6], w) + ["", " " * 34 + "- 1 -", ""]
    lines += layout(g[6:], w)
    return "\n".join(lines) + "\n"


def doc_S07(form, rnd):
    rows = parse_rows(form)
    lines = [title_decl(form, 2).replace("\n", "  ")]
    lines += layout(header_rows(form, 2), [18, 50], gap=6)
    lines += layout([TH] + table_rows(form, rows, place="mid"), [10, 16, 16, 10], gap=5)
    return "\n".join(lines) + "\n"


def tok_doc(form, rnd, variant):
    rows = parse_rows(form)
    g = header_rows(form, variant) + [TH] + table_rows(form, rows)
    return "\n".join([title_decl(form, variant)] + tokens(flat(g), rnd)) + "\n"


def doc_T01(form, rnd):
    return tok_doc(form, rnd, 0)


def doc_T02(form, rnd):
    return tok_doc(form, rnd, 2) .replace("\n三级指标\n", "\n三级指标\n\n") + "第1页\n"


def doc_T03(form, rnd):
    return tok_doc(form, rnd, 1)


def ovu_doc(form, rnd, head, extra, shape):
    rows = parse_rows(form)
    g = [c + [""] * (len(head) - 4) for c in header_rows(form, 0)] + [head] + table_rows(form, rows, extra=extra)
    if shape == "tab":
        return "\n".join([title_decl(form, 0)] + tab(g)) + "\n"
    if shape == "pipe":
        return "\n".join(["# " + title_decl(form, 0), ""] + pipe(g)) + "\n"
    w = [12, 16, 22, 6, 8, 10, 24]
    nh = len(header_rows(form, 0))
    return "\n".join(["          " + title_decl(form, 1)] + layout(g[:nh], [14, 40, 10, 30], gap=2)
                     + layout(g[nh:], w, gap=2)) + "\n"


def ex_v01(r):
    op, v, u = split_target(r["target"])
    return [op, v, u, "反映" + r["l3"] + "情况"]


def doc_V01(form, rnd):
    return ovu_doc(form, rnd, ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标解释"],
                   ex_v01, "tab")


def decl_weight(r: dict) -> int:
    """分值 printed in a declaration's 分值 column (V02)."""
    return 10 if r["c1"] == "P" else 15


def ex_v02(r):
    op, v, u = split_target(r["target"])
    crit = "达到目标值得满分，每降低1个百分点扣1分" if u == "%" else "完成得满分，未完成按比例扣分"
    return [op, v, u, str(decl_weight(r)), crit]


def doc_V02(form, rnd):
    return ovu_doc(form, rnd, ["一级指标", "二级指标", "三级指标", "符号", "指标值", "单位", "分值", "评（扣）分标准"],
                   ex_v02, "pipe")


def ex_v03(r):
    op, v, u = split_target(r["target"])
    d = "反向" if op == "≤" else ("正向" if op == "≥" else "")
    return [d, op, v, u, "定性指标" if not op and not u else ""]


def doc_V03(form, rnd):
    return ovu_doc(form, rnd, ["一级指标", "二级指标", "三级指标", "指标方向", "运算符", "指标值", "计量单位", "备注"],
                   ex_v03, "tab")


def ex_v04(r):
    op, v, u = split_target(r["target"])
    return [op, v, u, "按完成比例计分"]


def doc_V04(form, rnd):
    return ovu_doc(form, rnd, ["一级指标", "二级指标", "三级指标", "符号", "值", "单位", "评分标准"], ex_v04, "layout")


def se_grid(form, rows, place="first"):
    return se_header(form) + [SE_HEAD] + table_rows(form, rows, extra=se_extra, place=place) + [se_total(form, rows)]


def doc_E01(form, rnd):
    rows = parse_rows(form)
    return "\n".join(["项目支出绩效自评表", f"（{form['year']}年度）"] + tab(se_grid(form, rows))
                     + ["填报人：" + PEOPLE[7] + "    联系电话：0371-65901234    填报日期：2025年3月20日"]) + "\n"


def doc_E02(form, rnd):
    rows = parse_rows(form)
    return "\n".join(["                         项目支出绩效自评表",
                      f"                        （{form['year']}年度）"]
                     + se_layout(form, rows, "first", [18, 18, 10, 10, 14, 6, 8, 6],
                                 [10, 10, 12, 10, 10, 4, 6, 22])
                     + ["", "                              第 1 页，共 1 页"]) + "\n"


def doc_E03(form, rnd):
    rows = parse_rows(form)
    return "\n".join([f"### {form['year']}年度项目支出绩效自评表", ""] + pipe(se_grid(form, rows))) + "\n"


def doc_E04(form, rnd):
    rows = parse_rows(form)
    out = ["项目支出绩效自评表", f"（{form['year']}年度）"]
    for row in se_grid(form, rows):
        out += row
    return "\n".join(out) + "\n"


def doc_L10(form, rnd):
    rows = parse_rows(form)
    t, fi, _ = form["funds"]
    head = [["项目名称", form["name"], "项目代码", "120000250031"],
            ["项目主管部门", form["dept"], "项目执行单位", form["unit"]],
            ["项目负责人", PEOPLE[8], "联系电话", "022-65309187"],
            ["项目总预算（万元）", fmt(t), "项目当年预算（万元）", fmt(t)],
            ["其中：财政拨款（万元）", fmt(fi), "", ""],
            ["项目绩效总目标", form["goal"], "", ""]]
    tr = table_rows(form, rows, empty={"P": ["成本指标"], "B": ["经济效益指标", "环境效益指标", "可持续影响指标"]})
    g = [["项目年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"]]
    g += [[""] + r + [""] for r in tr]
    return "\n".join([f"{form['year']}年项目申报表", ""] + tab(head) + tab(g)) + "\n"


def doc_L11(form, rnd):
    rows = parse_rows(form)
    g = [["项目名称", form["name"], "", ""]] + header_rows(form, 0)[1:] + [["绩效指标", "", "", ""], TH]
    g += table_rows(form, rows)
    return "\n".join([f"**{title_decl(form, 0)}**", ""] + pipe(g)) + "\n"


def doc_O08(form, rnd):
    rows = parse_rows(form)
    p1, p2 = rows[:6], rows[6:]
    head = " ".join([title_decl(form, 0)] + flat(header_rows(form, 0)))
    n1, v1 = scrambled(form, p1)
    tr2 = table_rows(form, p2)
    if not tr2[0][1]:
        tr2[0][1] = label(form, 2, p2[0]["c2"])[0]
    n2 = flat([r[:3] for r in tr2])
    v2 = [r[3] for r in tr2]
    return "\n".join([head, " ".join(n1), " ".join(v1), "第 1 页 共 2 页",
                      " ".join(n2), " ".join(v2), "第 2 页 共 2 页"]) + "\n"


def doc_R08(form, rnd):
    rows = parse_rows(form)
    g = header_rows(form, 0) + [TH] + table_rows(form, rows)
    text = "".join(flat(g)).replace("（万元）", "（万元） ")
    return "\n".join(["２０２５年度项目支出绩效目标表"] + run_lines(text, rnd, 20, 44)) + "\n"


def doc_S08(form, rnd):
    rows = parse_rows(form)
    w = [18, 16, 26, 14]
    g = header_rows(form, 0) + [TH] + table_rows(form, rows, place="last")
    return "\n".join(["                      " + title_decl(form, 2).replace("\n", ""),
                      "                                                          单位：万元"]
                     + layout(g, w, gap=3)) + "\n"


def doc_S09(forms, rnd):
    out = []
    for k, form in enumerate(forms):
        rows = parse_rows(form)
        out += ["", f"                    {title_decl(form, 0)}", ""]
        out += layout(header_rows(form, 0), [16, 40, 10, 30], gap=2)
        out += layout([TH] + table_rows(form, rows, place="mid"), [12, 14, 24, 16], gap=3)
        out += ["", f"                                        - {k + 7} -"]
    return "\n".join(["附件：海口市住房和城乡建设局2024年项目支出绩效目标表"] + out) + "\n"


DOCS = {
    "L01": ("lbl_short_tab", "label_variants", "txt", "tab copy; level-1 printed 产出/效益/满意度, level-2 社会效益/服务对象满意度 (short forms); 单位：万元 line; signature line after the table."),
    "L02": ("lbl_points_droplead", "label_variants", "txt", "tab copy where leading empty cells are dropped, so level-2 labels (and bare 三级 names) start row lines; level-1 with points 产出指标（40分）/成本指标（20分）; 数量指标（或建筑规模指标）; 成本指标 as level 1 with 经济/社会成本指标; 项目负责人/联系电话/项目属性 header; page footer."),
    "L03": ("lbl_target_words_pipe", "label_variants", "md", "markdown pipe table; 一级 printed 产出目标/效果目标/满意度目标, 二级 numbered 1.数量指标 … 1.服务对象满意度指标; header one label per row incl. 项目期限; note after table."),
    "L04": ("lbl_numbered_2sp", "label_variants", "txt", "rows separated by two spaces, empty cells dropped; （一）产出指标 / 1.数量指标 numbering; 经济效益指标 with two rows."),
    "L05": ("lbl_costlevel1_tab", "label_variants", "txt", "tab copy of the 产出/成本/效益/满意度 framework: 成本指标 at level 1 with 经济成本指标/社会成本指标 and an empty 生态环境成本指标 row; empty 经济效益指标 row; 满意度指标 printed at both levels."),
    "L06": ("lbl_progress_spaces", "label_variants", "txt", "one table row per line with single spaces, empty cells dropped (level-2 labels start lines); 产出/效益/满意度 short level 1; 进度指标 printed as level 2 (kept as printed); 经济效益指标, 可持续影响指标."),
    "L07": ("lbl_halfparen_layout", "label_variants", "txt", "pdftotext -layout; level-1 with half-width points 产出指标(30分); 数量指标(或建筑规模指标); merged labels on the middle row of their block; page number line."),
    "L08": ("lbl_repeat_tab", "label_variants", "txt", "tab copy with labels repeated on every row (unmerged export); 产出/效益 short level 1, 社会效益 short level 2, 满意度指标 level 1; target with unit 万元/年."),
    "L09": ("lbl_target_words_layout", "label_variants", "txt", "pdftotext -layout with 产出目标/效果目标/满意度目标 level 1 and 生态效益/社会效益/服务对象满意度 short level 2; header cells wrapped; page footer 第 2 页 共 5 页."),
    "O01": ("ols_oneline", "one_line_spaces", "txt", "whole form (title, header, table) on one line, single spaces, empty cells dropped."),
    "O02": ("ols_scrambled", "one_line_spaces", "txt", "three lines: header; labels and 三级 names in table order; then all values in the same order (PDF-scrambled columns)."),
    "O03": ("ols_blocklines", "one_line_spaces", "txt", "header on one line (项目属性/项目负责人/联系电话), then one line per level-1 block, single spaces."),
    "O04": ("ols_scrambled_split", "one_line_spaces", "txt", "scrambled: header + first half of the names on line 1, rest of the names on line 2, all values on line 3 followed by the page footer."),
    "O05": ("ols_selfeval", "one_line_spaces", "txt", "classic self-evaluation on two lines (funds block, goal/actual, then the whole indicator table with 偏差原因 and 总分/自评等级)."),
    "O06": ("ols_rowlines", "one_line_spaces", "txt", "one table row per line with single spaces; merged labels printed once; 附件3 line before the title."),
    "O07": ("ols_scrambled_mid", "one_line_spaces", "txt", "one line; scrambled order with labels placed on the middle row of their block, so a label follows some of its 三级 names."),
    "R01": ("run_plain", "run_together", "txt", "no separators; header and table run together; breaks every 28–60 characters, also inside numbers."),
    "R02": ("run_points_short", "run_together", "txt", "run together with short breaks (15–35 chars); level 1 with points 产出指标（50分）; 项目负责人/联系电话 header."),
    "R03": ("run_long", "run_together", "txt", "run together with long lines (40–90 chars); one-label-per-row header with 项目期限."),
    "R04": ("run_two_widths", "run_together", "txt", "header broken every 30–50 characters, indicator table every 10–25 characters."),
    "R05": ("run_verylong", "run_together", "txt", "run together, very long lines (50–120 chars), title on two lines."),
    "R06": ("run_rowglued", "run_together", "txt", "one table row per line but the cells glued without separators (DOCX copy); short labels 产出/效益/满意度."),
    "R07": ("run_selfeval", "run_together", "txt", "classic self-evaluation run together (上年结转资金 15万元, 执行率 97.60%, deviation text, 总分 and grade)."),
    "S01": ("spc_mid_empty", "space_columns", "txt", "pdftotext -layout; merged labels on the middle row; two empty 二级 rows (经济效益指标, 生态效益指标 with no 三级); long cells wrapped; 单位：万元."),
    "S02": ("spc_last_wide", "space_columns", "txt", "layout with wide gaps; header one label per line (goal wrapped); merged labels on the LAST row of their block; narrow columns wrap names and targets."),
    "S03": ("spc_lead_col", "space_columns", "txt", "layout with a leading 绩效指标 column split over two rows (绩效/指标); header aligned in four columns; note after the table."),
    "S04": ("spc_indent_pagebreak", "space_columns", "txt", "indented layout; 填报单位 line; page separator between header and table; level 1 with points and 成本指标 level 1."),
    "S05": ("spc_selfeval", "space_columns", "txt", "layout of a classic self-evaluation; merged labels on middle rows; deviation text wrapped over continuation lines."),
    "S06": ("spc_last_pagenum", "space_columns", "txt", "layout; merged labels on the last row of their block; page number between header and table; ‰ and 台（套） units."),
    "S07": ("spc_narrow", "space_columns", "txt", "layout with narrow 二级/三级 columns so most names wrap; header one label per row."),
    "L10": ("lbl_public_empty", "label_variants", "txt", "2020-style 项目申报表 tab copy: leading 项目年度绩效指标 column, 指标内容 column, 备注 column; empty 二级 categories (成本指标, 经济效益指标, 环境效益指标, 可持续影响指标); 社会公众或服务对象满意度指标; targets like 1100人、300人 / 约80人 / 不低于每季度1次; 项目主管部门/项目执行单位, 项目总预算 and 项目当年预算."),
    "L11": ("lbl_allshort_pipe", "label_variants", "md", "pipe table with every label short: 产出/效益/满意度 and 数量/质量/时效/成本/社会效益/可持续影响/服务对象满意度; 绩效指标 row before the head."),
    "O08": ("ols_scrambled_2pages", "one_line_spaces", "txt", "scrambled over two pages: names then values for page 1, page footer, then the rest (level-1 label printed again on page 2)."),
    "R08": ("run_fullwidth", "run_together", "txt", "run together with full-width digits and ％ in several targets (２场, １００％, ≥１．５万人次) and title."),
    "S08": ("spc_header_aligned", "space_columns", "txt", "layout where the header block uses the same column grid as the table; long 三级 names wrapped; merged labels on the last row of their block."),
    "S09": ("spc_two_forms", "space_columns", "txt", "two project forms of one department in one document (attachment title, page numbers), layout, labels on middle rows."),
    "T01": ("tok_plain", "token_per_line", "txt", "one token per line; long cells broken every 4–8 characters."),
    "T02": ("tok_blank", "token_per_line", "txt", "one token per line with a blank line after the table head; page marker at the end."),
    "T03": ("tok_header1", "token_per_line", "txt", "one token per line; header with 项目属性/项目负责人/联系电话."),
    "V01": ("ovu_tab_expl", "op_value_unit", "txt", "tab copy with 指标性质 / 指标值 / 度量单位 / 指标解释 columns (dates and qualitative values in 指标值 only)."),
    "V02": ("ovu_pipe_score", "op_value_unit", "md", "pipe table with 符号 / 指标值 / 单位 / 分值 / 评（扣）分标准; the criteria text holds numbers."),
    "V03": ("ovu_tab_dir", "op_value_unit", "txt", "tab copy with 指标方向 (正向/反向) / 运算符 / 指标值 / 计量单位 / 备注."),
    "V04": ("ovu_layout", "op_value_unit", "txt", "pdftotext -layout of a 符号/值/单位/评分标准 table; narrow columns."),
    "E01": ("se_tab", "self_eval_classic", "txt", "tab copy of a classic self-evaluation; deviation on the 时效 row; signature line."),
    "E02": ("se_layout_carry", "self_eval_classic", "txt", "pdftotext -layout; 上年结转资金 7万元 (全年预算数 > 年初预算数); 满意度 below target with deviation; page footer."),
    "E03": ("se_pipe_full", "self_eval_classic", "md", "markdown pipe self-evaluation, 执行率 100%, all targets met."),
    "E04": ("se_cells", "self_eval_classic", "txt", "one cell per line (HTML copy), empty cells as blank lines; deviation on a qualitative row."),
}

PINYIN = {"河南": "henan", "山西": "shanxi", "内蒙古": "neimenggu", "吉林": "jilin", "黑龙江": "heilongjiang",
          "安徽": "anhui", "湖北": "hubei", "陕西": "shaanxi", "青海": "qinghai", "海南": "hainan", "西藏": "xizang",
          "天津": "tianjin", "北京": "beijing", "上海": "shanghai", "辽宁": "liaoning"}
SECTOR = {"司法": "justice", "住建": "housing", "统计": "stats", "科技": "sci", "应急管理": "emerg", "医保": "medins",
          "档案": "archive", "残联": "disab", "自然资源": "nres", "退役军人": "veterans", "气象": "weather", "商务": "commerce"}


def main() -> None:
    docs, gold = HERE / "docs", HERE / "gold"
    docs.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    for p in list(docs.iterdir()) + list(gold.iterdir()):
        p.unlink()
    meta = {}
    for key, (slug, family, ext, note) in DOCS.items():
        forms = [F[k] for k in (key, key + "a", key + "b") if k in F]
        form = forms[0]
        doc_id = f"{key.lower()}_{slug}_{PINYIN[form['province']]}_{SECTOR[form['sector']]}"
        rnd = random.Random(key)
        text = globals()[f"doc_{key}"](forms if len(forms) > 1 else form, rnd)
        (docs / f"{doc_id}.{ext}").write_text(text, encoding="utf-8")
        (gold / f"{doc_id}.json").write_text(json.dumps([gold_of(f) for f in forms], ensure_ascii=False, indent=1)
                                             + "\n", encoding="utf-8")
        meta[doc_id] = {"family": family, "province": form["province"], "sector": form["sector"], "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
