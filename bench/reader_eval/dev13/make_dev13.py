"""Write the dev13 set: docs/, gold/ and meta.json from the invented content below.

    python bench/reader_eval/dev13/make_dev13.py

Every name, unit, indicator and number in this file is invented for this set. The set is about the
way forms print their category labels (points in brackets, 产出目标/效果指标, numbering, 成本指标 as
level 1, labels merged over their block, level 1 and level 2 in one cell, notes in brackets,
department frameworks) and their header. A form is written once (header fields, funds in 万元, goal,
rows with canonical levels); a template turns it into cell rows with the labels as the document
prints them; a renderer prints the rows as an extraction tool would (tab copy, pipe table,
pdftotext -layout, one table row per line). Gold is written from the form itself (FORMAT.md), so a
document and its gold cannot disagree.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

L1 = {"P": "产出指标", "E": "效益指标", "S": "满意度指标", "C": "成本指标", "LZ": "履职效能",
      "GL": "管理效率"}
L2 = {"sl": "数量指标", "zl": "质量指标", "sx": "时效指标", "cb": "成本指标", "jj": "经济效益指标",
      "sh": "社会效益指标", "st": "生态效益指标", "kc": "可持续影响指标", "my": "服务对象满意度指标",
      "jc": "经济成本指标", "shc": "社会成本指标", "stc": "生态环境成本指标"}

# ---------------------------------------------------------------- content model


@dataclass
class Row:
    l1: str
    l2: str | None
    l3: str
    target: str
    actual: str | None = None
    weight: float | None = None
    score: float | None = None
    dev: str | None = None


@dataclass
class Form:
    kind: str
    name: str
    dept: str | None
    unit: str | None
    year: int | None
    total: float | None = None      # 万元
    fiscal: float | None = None
    carry: float | None = None
    other: float | None = None
    executed: float | None = None
    plan: float | None = None       # 年初预算数 (total only)
    goal: str | None = None
    actual_goal: str | None = None
    rows: list = field(default_factory=list)
    total_score: float | None = None
    grade: str | None = None
    fund_weight: float | None = None
    fund_score: float | None = None
    tasks: list = field(default_factory=list)
    gold_name: str | None = None

    def rate(self):
        if self.executed is None or not self.total:
            return None
        return round(self.executed / self.total * 100, 2)


def parse_rows(text: str) -> list[Row]:
    """one row a line: L1code|L2code-or-printed-name|三级|target[|actual|weight|score|dev]"""
    out = []
    for line in text.strip().splitlines():
        p = [x.strip() for x in line.split("|")]
        p += [""] * (8 - len(p))
        l1 = L1.get(p[0], p[0])
        l2 = None if p[1] == "-" else L2.get(p[1], p[1])
        out.append(Row(l1, l2, p[2], p[3], p[4] or None,
                       float(p[5]) if p[5] else None, float(p[6]) if p[6] else None,
                       p[7] or None))
    return out


def wan(x):
    return None if x is None else float(round(x * 10000, 2))


def fmt(x) -> str:
    if x is None:
        return ""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def yuan(x) -> str:
    return "" if x is None else f"{x * 10000:,.2f}"


def num(x):
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def gold_of(f: Form, *, funds=("total", "fiscal", "carry", "other", "executed"), weights=True,
            cq=False) -> dict:
    ev = f.kind in ("self_evaluation", "department_self_evaluation")
    get = {"total": f.total, "fiscal": f.fiscal, "carry": f.carry, "other": f.other,
           "executed": f.executed}
    fund = {k: (wan(get[k]) if k in funds else None) for k in get}
    return {
        "name": f.gold_name or f.name,
        "department": f.dept,
        "unit": f.unit,
        "year": f.year,
        "form": f.kind,
        "funds": {"total": fund["total"], "fiscal": fund["fiscal"], "carryover": fund["carry"],
                  "other": fund["other"], "executed": fund["executed"] if ev else None,
                  "execution_rate": f.rate() if ev else None},
        "goal": f.goal,
        "total_score": num(f.total_score) if ev else None,
        "grade": f.grade if ev else None,
        "indicators": [
            {"level1": r.l1, "level2": r.l2, "level3": r.l3, "target": r.target,
             "actual": (cq_split(r.actual)[1] if cq and r.actual else r.actual) if ev else None,
             "weight": num(r.weight) if weights else None,
             "score": num(r.score) if ev else None,
             "deviation": r.dev if ev else None}
            for r in f.rows],
    }


# ---------------------------------------------------------------- display helpers

L = "<"  # covered by the cell on its left (horizontal merge)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s: str, width: int) -> list[str]:
    if not s:
        return [""]
    out, cur = [], ""
    for c in s:
        if dw(cur + c) > width:
            out.append(cur)
            cur = c
        else:
            cur += c
    out.append(cur)
    return out


def pad(s: str, width: int) -> str:
    return s + " " * max(0, width - dw(s))


def blank_repeats(rows, n, place="first"):
    """print the first n columns once per block (merged cells); place=middle puts the label in the
    middle row of its block; place=all repeats it on every row."""
    if place == "all":
        return [list(r) for r in rows]
    orig = [list(r) for r in rows]
    rows = [list(r) for r in rows]
    for c in range(n):
        i = 0
        while i < len(rows):
            j = i
            key = tuple(orig[i][:c + 1])
            while j + 1 < len(rows) and tuple(orig[j + 1][:c + 1]) == key:
                j += 1
            label = orig[i][c]
            for k in range(i, j + 1):
                rows[k][c] = ""
            at = i if place == "first" else (i + j) // 2
            rows[at][c] = label
            i = j + 1
    return rows


def title(*t):
    return {"title": True, "rows": [[x] for x in t], "w": None}


def tbl(rows, w, merge=0, head=0):
    return {"rows": rows, "w": w, "merge": merge, "head": head}


def table_rows(sec, place):
    n = sec.get("merge", 0)
    if not n:
        return sec["rows"]
    head = sec.get("head", 0)
    return sec["rows"][:head] + blank_repeats(sec["rows"][head:], n, place)


def render_tab(sections, place="first"):
    lines = []
    for sec in sections:
        for r in table_rows(sec, place):
            lines.append("\t".join("" if c == L else c for c in r).rstrip("\t"))
    return "\n".join(lines) + "\n"


def render_pipe(sections, place="first"):
    lines = []
    for sec in sections:
        if sec.get("title"):
            lines.extend("".join(r) for r in sec["rows"])
            lines.append("")
            continue
        rows = table_rows(sec, place)
        for k, r in enumerate(rows):
            lines.append("| " + " | ".join("" if c == L else c for c in r) + " |")
            if k == 0:
                lines.append("|" + "|".join(" --- " for _ in r) + "|")
        lines.append("")
    return "\n".join(lines)


def render_rowlines(sections, place="middle"):
    lines = []
    for sec in sections:
        for r in table_rows(sec, place):
            cells = [c for c in r if c and c != L]
            if cells:
                lines.append(" ".join(cells))
    return "\n".join(lines) + "\n"


def render_layout(sections, gap=2, place="middle"):
    lines = []
    for sec in sections:
        if sec.get("title"):
            for r in sec["rows"]:
                t = "".join(r)
                lines.append(" " * max(0, (96 - dw(t)) // 2) + t)
            continue
        w = sec["w"]
        for r in table_rows(sec, place):
            cells, widths = [], []
            for k, c in enumerate(r):
                if c == L and cells:
                    widths[-1] += w[k] + gap
                else:
                    cells.append(c)
                    widths.append(w[k])
            cols = [wrap(c, widths[k]) for k, c in enumerate(cells)]
            h = max(len(c) for c in cols)
            for li in range(h):
                parts = [pad(c[li] if li < len(c) else "", widths[k]) for k, c in enumerate(cols)]
                lines.append((" " * gap).join(parts).rstrip())
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- label printing


class Labels:
    """how a form prints its level labels: maps canonical → printed (l1 by name, l2 by (l1, l2)
    or by l2)."""

    def __init__(self, l1=None, l2=None):
        self.m1 = l1 or {}
        self.m2 = l2 or {}

    def p1(self, r: Row) -> str:
        return self.m1.get(r.l1, r.l1)

    def p2(self, r: Row) -> str:
        if r.l2 is None:
            return ""
        return self.m2.get((r.l1, r.l2), self.m2.get(r.l2, r.l2))


PLAIN = Labels()


def points(rows, lvl):
    """产出指标（40分）: the sum of the weights of the block"""
    s = {}
    for r in rows:
        k = r.l1 if lvl == 1 else (r.l1, r.l2)
        s[k] = s.get(k, 0) + (r.weight or 0)
    return s


def with_points(rows, fmt1="{}（{}分）", fmt2="{}({})"):
    p1, p2 = points(rows, 1), points(rows, 2)
    return Labels({k: fmt1.format(k, fmt(v)) for k, v in p1.items()},
                  {k: fmt2.format(k[1], fmt(v)) for k, v in p2.items()})


CN = "一二三四五六七八九"


def numbered(rows, style1="{}、{}", style2="{}.{}", cn2=False):
    m1, m2, seen1, seen2 = {}, {}, [], {}
    for r in rows:
        if r.l1 not in m1:
            seen1.append(r.l1)
            m1[r.l1] = style1.format(CN[len(seen1) - 1], r.l1)
        k = (r.l1, r.l2)
        if k not in m2 and r.l2:
            i = seen2.get(r.l1, 0)
            seen2[r.l1] = i + 1
            m2[k] = style2.format(CN[i] if cn2 else i + 1, r.l2)
    return Labels(m1, m2)


SHORT2 = {"经济效益指标": "经济效益", "社会效益指标": "社会效益", "生态效益指标": "生态效益",
          "可持续影响指标": "可持续影响", "服务对象满意度指标": "服务对象满意度"}


# ---------------------------------------------------------------- templates


def money(x, unit):
    return yuan(x) if unit == "元" else fmt(x)


def decl(f: Form, lab=PLAIN, unit="万元", weight=False, note=None, w=None, ttl=None,
         goal_label="年度目标", year_row=False, combined=None):
    """classic 项目支出绩效目标申报表. combined: separator when level 1 and 2 share one cell."""
    def m(x):
        return money(x, unit)
    t = title(ttl or "项目支出绩效目标申报表", "" if year_row else f"（{f.year}年度）")
    if year_row:
        t = title(ttl or "项目支出绩效目标申报表")
    n = 5 if (weight or note) else 4
    if combined is not None:
        n -= 1
    w = w or [16, 18, 30, 16, 10][:n]

    def hr(*c):
        c = list(c)
        return c + [L] * (n - len(c))
    head = []
    if year_row:
        head.append(hr("年度", f"{f.year}年"))
    head += [
        hr("项目名称", f.name),
        hr("主管部门", f.dept or "", "实施单位", f.unit or ""),
        hr(f"项目资金（{unit}）", "年度资金总额", m(f.total)),
        hr("", "其中：财政拨款", m(f.fiscal)),
        hr("", "上年结转资金", m(f.carry)),
        hr("", "其他资金", m(f.other)),
        hr(goal_label, f.goal or ""),
    ]
    if combined is not None:
        hdr = ["指标类别", "绩效指标", "指标值"]
        body = [[lab.p1(r) + combined + lab.p2(r), r.l3, r.target] for r in f.rows]
        mg = 1
    else:
        hdr = ["一级指标", "二级指标", "三级指标", "指标值"]
        body = [[lab.p1(r), lab.p2(r), r.l3, r.target] for r in f.rows]
        mg = 2
    if weight:
        hdr.append("分值")
        for b, r in zip(body, f.rows, strict=True):
            b.append(fmt(r.weight))
    elif note:
        hdr.append("备注")
        for b, r in zip(body, f.rows, strict=True):
            b.append(note.get(r.l3, ""))
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=mg, head=1)]


def selfev(f: Form, lab=PLAIN, unit="万元", w=None, ttl="项目支出绩效自评表", place_year=True):
    def m(x):
        return money(x, unit)
    w = w or [14, 14, 22, 12, 12, 6, 6, 16]
    rate = f"{f.rate():.2f}%"
    t = title(ttl, f"（{f.year}年度）") if place_year else title(f"{f.year}年度{ttl}")
    head = [
        ["项目名称", f.name, L, L, L, L, L, L],
        ["主管部门", f.dept or "", L, "实施单位", f.unit or "", L, L, L],
        [f"项目资金（{unit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", m(f.plan), m(f.total), m(f.executed), fmt(f.fund_weight), rate,
         fmt(f.fund_score)],
        ["", "其中：当年财政拨款", m(f.plan if f.fiscal == f.total else None), m(f.fiscal), "", "—",
         "", "—"],
        ["", "上年结转资金", "", m(f.carry), "", "—", "", "—"],
        ["", "其他资金", "", m(f.other), "", "—", "", "—"],
        ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
        ["", f.goal or "", L, L, f.actual_goal or "", L, L, L],
    ]
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
           "偏差原因分析及改进措施"]
    body = [[lab.p1(r), lab.p2(r), r.l3, r.target, r.actual or "", fmt(r.weight), fmt(r.score),
             r.dev or ""] for r in f.rows]
    foot = [["总分", L, L, L, L, "100", fmt(f.total_score),
             f"自评等级：{f.grade}" if f.grade else ""]]
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=2, head=1), tbl(foot, w)]


def dept_target(f: Form, lab=PLAIN, unit="万元", w=None, weight=False):
    def m(x):
        return money(x, unit)
    n = 5 if weight else 4
    w = w or [14, 16, 34, 16, 8][:n]

    def hr(*c):
        c = list(c)
        return c + [L] * (n - len(c))
    t = title(f"{f.year}年度部门整体支出绩效目标表")
    head = [hr("部门名称", f.dept or ""),
            hr("年度主要任务", "任务名称", "主要内容", f"预算金额（{unit}）")]
    head += [hr("", a, b, m(c)) for a, b, c in f.tasks]
    head += [hr(f"年度预算（{unit}）", "资金总额", m(f.total)),
             hr("", "财政拨款", m(f.fiscal)),
             hr("", "其他资金", m(f.other)),
             hr("年度总体目标", f.goal or "")]
    hdr = ["一级指标", "二级指标", "三级指标", "指标值"] + (["权重"] if weight else [])
    body = [[lab.p1(r), lab.p2(r), r.l3, r.target] + ([fmt(r.weight)] if weight else [])
            for r in f.rows]
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=2, head=1)]


def dept_self(f: Form, lab=PLAIN, unit="万元", w=None):
    def m(x):
        return money(x, unit)
    w = w or [12, 14, 20, 12, 12, 6, 6, 16]
    t = title(f"{f.year}年度部门整体支出绩效自评表")
    head = [
        ["部门（单位）名称", f.dept or "", L, L, L, L, L, L],
        [f"预算执行情况（{unit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
         "得分"],
        ["", "年度资金总额", m(f.plan), m(f.total), m(f.executed), fmt(f.fund_weight),
         f"{f.rate():.2f}%", fmt(f.fund_score)],
        ["", "其中：财政拨款", "", m(f.fiscal), "", "—", "", "—"],
        ["", "上年结转", "", m(f.carry), "", "—", "", "—"],
        ["", "其他资金", "", m(f.other), "", "—", "", "—"],
        ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
        ["", f.goal or "", L, L, f.actual_goal or "", L, L, L],
    ]
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
           "偏差原因分析及改进措施"]
    body = [[lab.p1(r), lab.p2(r), r.l3, r.target, r.actual or "", fmt(r.weight), fmt(r.score),
             r.dev or ""] for r in f.rows]
    foot = [["总分", L, L, L, L, "100", fmt(f.total_score),
             f"评价等级：{f.grade}" if f.grade else ""]]
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=2, head=1), tbl(foot, w)]


def cq_split(t: str):
    """target → (指标性质, 指标值, 计量单位)"""
    mt = re.match(r"^([≥≤])?(\d+(?:\.\d+)?)(.*)$", t)
    if not mt or re.search(r"\d", mt.group(3)):
        return ("定性", t, "")
    return (mt.group(1) or "定量", mt.group(2), mt.group(3))


def cq_type(r: Row, mode):
    if mode == "l2":
        return r.l2 or ""
    if mode == "short":
        return {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本",
                "经济成本指标": "经济成本"}.get(r.l2, SHORT2.get(r.l2, r.l2 or ""))
    if mode == "l1":
        return r.l1
    if mode == "points":
        return r.l2 or ""
    raise ValueError(mode)


def cq_decl(f: Form, tmode="l2", unit="万元", crit=None, w=None, pts=False):
    def m(x):
        return money(x, unit)
    n = 7 if crit else 6
    w = w or [16, 26, 8, 12, 10, 8, 22][:n]

    def hr(*c):
        c = list(c)
        return c + [L] * (n - len(c))
    t = title(f"{f.year}年项目支出绩效目标申报表")
    head = [
        hr("项目名称", f.name),
        hr("主管部门", f.dept or "", L, "实施单位", f.unit or ""),
        hr(f"项目资金（{unit}）", "年度资金总额", m(f.total), "财政拨款", m(f.fiscal),
           f"其他资金：{m(f.other)}"),
        hr("年度目标", f.goal or ""),
    ]
    pp = points(f.rows, 2)
    hdr = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]
    if crit:
        hdr.append("评价标准")
    body = []
    for r in f.rows:
        ty = cq_type(r, tmode)
        if pts:
            ty = f"{ty}（{fmt(pp[(r.l1, r.l2)])}分）"
        body.append([ty, r.l3, *cq_split(r.target), fmt(r.weight)]
                    + ([crit.get(r.l3, "")] if crit else []))
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=1, head=1)]


def cq_self(f: Form, tmode="l2", unit="万元", w=None, pts=False):
    def m(x):
        return money(x, unit)
    w = w or [14, 24, 6, 10, 8, 6, 10, 6, 18]
    n = 9

    def hr(*c):
        c = list(c)
        return c + [L] * (n - len(c))
    t = title(f"{f.year}年度项目支出绩效自评表")
    head = [
        hr("项目名称", f.name, L, L, "项目主管部门", f.dept or ""),
        hr("项目实施单位", f.unit or ""),
        hr(f"项目预算执行情况（{unit}）", "全年预算数（A）", L, L, "全年执行数（B）", L,
           "执行率（B/A）"),
        hr("", m(f.total), L, L, m(f.executed), L, f"{f.rate():.2f}%"),
        hr("当年绩效目标", "全年绩效目标", L, L, "全年目标实际完成情况"),
        hr("", f.goal or "", L, L, f.actual_goal or ""),
    ]
    pp = points(f.rows, 2)
    hdr = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "得分",
           "偏差原因"]
    body = []
    for r in f.rows:
        ty = cq_type(r, tmode)
        if pts:
            ty = f"{ty}（{fmt(pp[(r.l1, r.l2)])}分）"
        body.append([ty, r.l3, *cq_split(r.target), fmt(r.weight), cq_split(r.actual)[1],
                     fmt(r.score), r.dev or ""])
    foot = [hr("自评得分：" + fmt(f.total_score))]
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=1, head=1), tbl(foot, w)]


def scored(f: Form) -> Form:
    f.total_score = round((f.fund_score or 0) + sum(r.score or 0 for r in f.rows), 2)
    return f


# ---------------------------------------------------------------- content: label_variants

F_L01 = Form(
    "target_declaration", "2025年农村公路危桥改造工程", "盐城市交通运输局", "盐城市农村公路管理处", 2025,
    total=1860, fiscal=1560, carry=0, other=300,
    goal="完成全市农村公路危桥改造42座，消除四、五类危桥安全隐患，桥梁技术状况评定达到二类及以上，"
         "改善沿线群众出行条件。",
    rows=parse_rows("""
P|sl|改造农村公路危桥数量|≥42座||8
P|sl|新增桥梁防护设施长度|≥3.6公里||7
P|zl|桥梁交工验收合格率|100%||8
P|zl|改造后桥梁技术状况等级|二类及以上||7
P|sx|危桥改造完工时间|2025年11月底前||5
P|cb|单座桥梁平均改造成本|≤44万元||5
E|sh|消除危桥安全隐患数量|42座||10
E|sh|沿线受益行政村数量|≥65个||10
E|kc|改造桥梁设计使用年限|≥30年||10
S|my|沿线群众出行满意度|≥92%||10
"""))

F_L02 = scored(Form(
    "self_evaluation", "2024年小型水库除险加固项目", "丽水市水利局", "丽水市水库管理服务中心", 2024,
    total=2350, fiscal=2350, carry=None, other=None, executed=2291.6, plan=2350,
    fund_weight=10, fund_score=9.75,
    goal="完成小型水库除险加固18座，水库安全鉴定问题整改到位，汛期水库安全运行，无垮坝事故发生。",
    actual_goal="完成除险加固18座，整改安全鉴定问题131项，汛期水库安全运行，无垮坝事故。",
    grade="优",
    rows=parse_rows("""
P|sl|完成除险加固水库数量|18座|18座|15|15
P|sl|整改安全鉴定问题数|≥120项|131项|10|10
P|zl|单元工程质量合格率|100%|100%|10|10
P|sx|主体工程完工时间|汛前完成|汛前完成|10|10
E|sh|下游受保护人口|≥4.2万人|4.3万人|10|10
E|sh|水库垮坝事故发生数|0起|0起|10|10
E|kc|工程运行管护责任落实率|100%|96%|10|9|2座水库管护人员调整后未及时补签责任书，已督促补签。
S|my|库区群众满意度|≥90%|93.5%|15|15
""")))

F_L03 = Form(
    "target_declaration", "2026年城镇污水管网提质增效工程", "萍乡市生态环境局", "萍乡市排水设施管理中心", 2026,
    total=3420, fiscal=2900, carry=120, other=400,
    goal="新建改造城镇污水管网26公里，消除管网空白区6处，城市生活污水集中收集率提高到75%以上，"
         "主要河道断面水质稳定达到Ⅲ类。",
    rows=parse_rows("""
P|sl|新建改造污水管网长度|≥26公里
P|sl|消除管网空白区数量|6处
P|zl|管道闭水试验合格率|100%
P|zl|服务质量达标率|≥95%
P|sx|项目完工时间|2026年12月底前
C|jc|每公里管网建设成本|≤118万元
C|shc|施工期间道路占用时长|≤90天
C|stc|施工扬尘超标次数|0次
E|jj|污水处理厂进水浓度提升|≥15%
E|sh|城市生活污水集中收集率|≥75%
E|st|主要河道断面水质|Ⅲ类
E|kc|管网长效运维机制|建立健全
S|my|沿线居民满意度|≥90%
"""))

F_L04 = Form(
    "target_declaration", "2025年高标准农田建设项目", "周口市农业农村局", "周口市农田建设服务中心", 2025,
    total=5280, fiscal=5280, carry=None, other=None,
    goal="建设高标准农田8.8万亩，配套灌排设施和田间道路，项目区粮食综合生产能力每亩提高60公斤以上，"
         "节水灌溉覆盖率达到85%。",
    rows=parse_rows("""
P|sl|新建高标准农田面积|≥8.8万亩
P|sl|新修田间道路|≥96公里
P|sl|新建改造机井|≥420眼
P|zl|工程验收合格率|100%
P|sx|建设任务完成时间|2025年12月31日前
P|cb|亩均财政投入|≤600元
E|jj|项目区亩均粮食产能提升|≥60公斤
E|sh|受益农户数|≥1.9万户
E|st|节水灌溉覆盖率|≥85%
E|kc|工程设施管护期限|≥10年
S|my|项目区农户满意度|≥90%
"""))

F_L05 = scored(Form(
    "self_evaluation", "2024年全民健身场地设施补短板项目", "江门市文化广电旅游体育局", "江门市体育事业发展中心",
    2024, total=960, fiscal=900, carry=60, other=None, executed=902.4, plan=900,
    fund_weight=10, fund_score=9.4,
    goal="新建改建社区多功能运动场24个、健身步道38公里，人均体育场地面积达到2.9平方米。",
    actual_goal="建成社区多功能运动场24个、健身步道35.2公里，人均体育场地面积2.92平方米。",
    grade="优",
    rows=parse_rows("""
P|sl|新建改建社区多功能运动场|24个|24个|10|10
P|sl|新建健身步道长度|≥38公里|35.2公里|10|9.26|2个镇步道用地调整，3公里转入下年实施。
P|zl|场地设施验收合格率|100%|100%|10|10
P|sx|项目完工时间|2024年10月底前|2024年12月|5|4|雨季延误工期，以后合理安排施工计划。
P|cb|成本节约率|≥3%|3.6%|5|5
E|sh|人均体育场地面积|≥2.9平方米|2.92平方米|10|10
E|st|步道沿线绿化覆盖率|≥40%|42%|10|10
E|kc|设施免费开放时长|≥12小时/天|12小时/天|10|10
S|my|健身群众满意度|≥90%|94.2%|20|20
""")))

F_L06 = Form(
    "target_declaration", "2025年森林防火综合能力提升项目", "百色市林业局", "百色市森林防火指挥部办公室", 2025,
    total=715, fiscal=715, carry=0, other=0,
    goal="建设森林防火视频监控点32个、生物防火林带120公里，森林火灾受害率控制在0.9‰以内。",
    rows=parse_rows("""
P|sl|新建视频监控点|32个
P|sl|营造生物防火林带|≥120公里
P|sl|开展防火宣传培训|≥40场次
P|zl|监控设备在线率|≥98%
P|sx|监控系统投入使用时间|2025年9月底前
P|cb|单个监控点建设成本|≤9.5万元
E|sh|森林火灾受害率|≤0.9‰
E|sh|社会效益评价|良好
E|st|森林覆盖率|≥74%
E|kc|防火设施使用年限|≥8年
S|my|林区群众满意度|≥90%
"""))

F_L07 = Form(
    "department_target", "海口市旅游和文化广电体育局部门整体支出", "海口市旅游和文化广电体育局",
    "海口市旅游和文化广电体育局", 2026, total=18640, fiscal=17920, other=720,
    goal="推进国际旅游消费中心建设，办好重大节庆赛事活动，提升公共文化服务效能，确保部门预算执行率达到95%以上。",
    tasks=[("旅游市场推广", "开展境内外旅游宣传推介和节庆活动", 3800),
           ("公共文化服务", "保障图书馆、文化馆、博物馆免费开放", 2650),
           ("体育赛事活动", "举办马拉松、帆船等品牌赛事", 2100)],
    rows=parse_rows("""
LZ|重点工作履行情况|举办旅游推介活动|≥18场
LZ|重点工作履行情况|举办品牌体育赛事|≥6项
LZ|重点工作履行情况|公共文化场馆免费开放率|100%
LZ|履职目标实现|接待游客人次增长|≥8%
LZ|履职目标实现|旅游市场投诉处理按时办结率|100%
GL|预算管理|部门预算执行率|≥95%
GL|预算管理|“三公”经费控制率|≤100%
GL|资产管理|固定资产账实相符率|100%
S|my|游客满意度|≥90%
S|my|群众文化活动参与者满意度|≥92%
"""))

F_L08 = scored(Form(
    "department_self_evaluation", "绵阳市民政局部门整体支出", "绵阳市民政局", "绵阳市民政局", 2024,
    total=32680, fiscal=32300, carry=380, other=None, executed=32105.9, plan=31800,
    fund_weight=10, fund_score=9.82,
    goal="保障城乡低保、特困人员救助供养资金按时足额发放，推进养老服务体系建设，新增社区养老服务设施30个。",
    actual_goal="按月足额发放救助资金，新增社区养老服务设施31个，建成区域性养老服务中心4个。",
    grade="优",
    rows=parse_rows("""
P|sl|城乡低保保障人数|≥5.6万人|5.72万人|10|10
P|sl|新增社区养老服务设施|≥30个|31个|10|10
P|zl|救助资金发放准确率|100%|99.8%|10|9.8|个别对象信息变更滞后，已追回并完善动态核查。
P|sx|救助资金发放时间|每月10日前|每月10日前|10|10
E|sh|特困人员集中供养率|≥45%|46.2%|10|10
E|sh|困难群众基本生活保障水平|有效保障|有效保障|10|10
E|kc|养老服务设施运营率|≥90%|87.1%|10|9.5|部分新建设施运营主体招募较晚，下年度纳入考核。
S|my|救助对象满意度|≥92%|95.1%|10|10
S|my|老年人养老服务满意度|≥90%|92.4%|10|10
""")))

F_L09 = Form(
    "target_declaration", "2025年乡镇中心学校教学楼建设项目", "曲靖市教育体育局", "曲靖市第三中学", 2025,
    total=1480, fiscal=1200, carry=80, other=200,
    goal="新建教学楼1栋，建筑面积6200平方米，新增学位1200个，2025年底前完成主体工程并通过验收。",
    rows=parse_rows("""
P|sl|新建教学楼建筑面积|6200平方米
P|sl|新增学位数|1200个
P|zl|工程质量验收合格率|100%
P|zl|抗震设防标准|重点设防类
P|sx|主体工程完工时间|2025年12月底前
P|cb|单位面积建安成本|≤2300元/平方米
E|sh|大班额消除数量|≥18个
E|kc|建筑设计使用年限|50年
S|my|师生及家长满意度|≥95%
"""))

F_L10 = scored(Form(
    "self_evaluation", "2024年基层医疗卫生机构能力提升项目", "汉中市卫生健康委员会", "汉中市基层卫生服务中心", 2024,
    total=1320, fiscal=1320, carry=None, other=None, executed=1254, plan=1320,
    fund_weight=10, fund_score=9.5,
    goal="为85个乡镇卫生院和村卫生室配置基本医疗设备，培训基层医务人员600人次，基层诊疗量占比达到60%。",
    actual_goal="为85个机构配置设备1260台（件），培训基层医务人员648人次，基层诊疗量占比58.7%。",
    grade="良",
    rows=parse_rows("""
P|sl|配置基本医疗设备机构数|85个|85个|10|10
P|sl|培训基层医务人员|≥600人次|648人次|10|10
P|zl|设备安装调试合格率|100%|100%|10|10
P|zl|医疗质量指标达标率|≥90%|88.6%|10|9|部分村卫生室人员不足，将加强巡回指导。
P|sx|设备采购完成时间|2024年9月底前|2024年9月|5|5
C|jc|设备采购成本节约率|≥5%|6.2%|5|5
C|shc|门诊服务中断天数|≤3天|2天|5|5
E|sh|基层诊疗量占比|≥60%|58.7%|15|13|区域内县级医院分流效果尚未完全显现。
E|sh|社会效益评价|明显提升|明显提升|5|5
S|my|就诊群众满意度|≥90%|91.8%|15|15
""")))


# ---------------------------------------------------------------- content: chongqing_style

F_C01 = Form(
    "target_declaration", "2025年社区嵌入式托育服务补助", "重庆市渝北区卫生健康委员会", "重庆市渝北区妇幼保健院", 2025,
    total=486, fiscal=486, other=0,
    goal="建设社区嵌入式托育服务点15个，新增普惠托位450个，开展婴幼儿照护指导服务3000人次以上。",
    rows=parse_rows("""
P|sl|新建社区托育服务点|15个||15
P|sl|新增普惠托位|≥450个||15
P|sl|婴幼儿照护指导服务|≥3000人次||10
P|zl|托育机构备案率|100%||10
P|sx|补助资金拨付时限|≤30个工作日||10
P|cb|每个托位建设补助|≤0.8万元||10
E|sh|每千人口托位数|≥4.5个||15
S|my|婴幼儿家长满意度|≥90%||15
"""))

F_C02 = scored(Form(
    "self_evaluation", "2024年农村生活垃圾治理专项资金", "重庆市永川区城市管理局", "重庆市永川区环境卫生管理所", 2024,
    total=730, executed=712.3, goal="完善农村生活垃圾收运处置体系，新增分类收集点160个，农村生活垃圾有效治理率保持在98%以上。",
    actual_goal="新增分类收集点168个，配置收运车辆12辆，农村生活垃圾有效治理率98.6%。",
    rows=parse_rows("""
P|sl|新增分类收集点|≥160个|168个|15|15
P|sl|配置垃圾收运车辆|12辆|12辆|10|10
P|zl|收运车辆密闭化率|100%|100%|10|10
P|sx|垃圾日产日清|每日|每日|10|10
P|cb|吨垃圾收运处置成本|≤210元/吨|204元/吨|10|10
E|st|农村生活垃圾有效治理率|≥98%|98.6%|15|15
E|sh|村庄环境整治达标率|≥95%|93.2%|15|13.5|2个偏远村收集点布设不足，已纳入下年计划。
S|my|农村群众满意度|≥90%|92%|15|15
""")))

F_C03 = Form(
    "target_declaration", "2026年中小微企业融资担保风险补偿资金", "重庆市江津区经济和信息化委员会",
    "重庆市江津区中小企业服务中心", 2026, total=1200, fiscal=1200, other=0,
    goal="对合作担保机构开展的小微企业融资担保业务给予风险补偿，带动新增担保贷款8亿元，平均担保费率不超过1%。",
    rows=parse_rows("""
P|sl|支持企业户数|≥320户||20
P|sl|带动新增担保贷款|≥8亿元||15
P|zl|补偿资金使用合规率|100%||15
P|sx|补偿资金拨付时间|季度终了后30日内||10
E|jj|平均担保费率|≤1%||15
E|kc|风险补偿机制|长效运行||10
S|my|受益企业满意度|≥90%||15
"""))

F_C04 = scored(Form(
    "self_evaluation", "2024年公共法律服务体系建设经费", "重庆市万州区司法局", "重庆市万州区公共法律服务中心", 2024,
    total=268, executed=259.8,
    goal="建成村（社区）公共法律服务工作室120个，提供法律咨询1.2万人次，办理法律援助案件900件。",
    actual_goal="建成工作室122个，提供法律咨询1.36万人次，办理法律援助案件936件。",
    rows=parse_rows("""
P|sl|建成村（社区）公共法律服务工作室|≥120个|122个|15|15
P|sl|提供法律咨询|≥12000人次|13600人次|10|10
P|sl|办理法律援助案件|≥900件|936件|10|10
P|zl|法律援助案件质量评查合格率|≥95%|97%|15|15
P|sx|法律援助申请审查时限|≤7个工作日|5个工作日|10|10
E|sh|群众法律需求响应率|≥95%|96.4%|15|15
E|kc|服务工作室运行机制|持续运行|持续运行|10|10
S|my|受援群众满意度|≥95%|93.8%|15|13.5|个别案件办理周期较长，将加强案件跟踪督办。
""")))

F_C05 = Form(
    "target_declaration", "2025年中药材种植基地建设补助", "重庆市石柱土家族自治县农业农村委员会",
    "石柱土家族自治县中药材产业发展中心", 2025, total=356, fiscal=336, other=20,
    goal="新建标准化中药材种植基地3200亩，带动脱贫户1100户增收，户均增收2000元以上。",
    rows=parse_rows("""
P|sl|新建标准化种植基地|≥3200亩||20
P|sl|培训种植技术人员|≥800人次||10
P|zl|种苗成活率|≥90%||10
P|sx|补助资金兑付时间|2025年11月30日前||10
P|cb|每亩补助标准|≤1000元||10
E|jj|带动户均增收|≥2000元||15
E|sh|带动脱贫户|≥1100户||15
S|my|种植户满意度|≥90%||10
"""))

C05_CRIT = {
    "新建标准化种植基地": "完成得满分，每少100亩扣1分",
    "培训种植技术人员": "按完成比例计分",
    "种苗成活率": "低于目标值不得分",
    "补助资金兑付时间": "按时兑付得满分，每延迟10天扣2分",
    "每亩补助标准": "超标准不得分",
    "带动户均增收": "按完成比例计分",
    "带动脱贫户": "按完成比例计分",
    "种植户满意度": "以问卷调查结果计分",
}


# ---------------------------------------------------------------- content: space_columns

F_S01 = Form(
    "target_declaration", "2025年牧区饮水安全巩固工程", "海北藏族自治州水利局", "海北藏族自治州农村供水管理站", 2025,
    total=1125, fiscal=1025, carry=100, other=None,
    goal="新建和改造牧区集中供水工程36处，巩固提升2.4万牧民饮水安全保障水平，农村自来水普及率达到90%。",
    rows=parse_rows("""
P|sl|新建改造集中供水工程|36处
P|sl|新建铺设输配水管道|≥185公里
P|zl|供水水质达标率|≥95%
P|zl|工程竣工验收合格率|100%
P|sx|工程完工时间|2025年10月底前
P|cb|人均工程投资|≤470元
E|sh|巩固提升饮水安全人口|≥2.4万人
E|sh|农村自来水普及率|≥90%
E|kc|工程运行管护制度落实|长期
S|my|受益牧民满意度|≥90%
"""))

F_S02 = scored(Form(
    "self_evaluation", "2024年枸杞产业高质量发展资金", "中宁县农业农村局", "中宁县枸杞产业发展服务中心", 2024,
    total=1650, fiscal=1500, carry=150, other=None, executed=1608.2, plan=1500,
    fund_weight=10, fund_score=9.75,
    goal="建设枸杞标准化基地2.5万亩，推广绿色防控技术覆盖率达到90%，鲜果平均收购价格稳定。",
    actual_goal="建成标准化基地2.56万亩，绿色防控覆盖率91.3%，建成烘干中心3座。",
    grade="优",
    rows=parse_rows("""
P|sl|建设标准化基地面积|≥2.5万亩|2.56万亩|10|10
P|sl|新建烘干中心|3座|3座|10|10
P|zl|绿色防控技术覆盖率|≥90%|91.3%|10|10
P|zl|农残抽检合格率|100%|100%|10|10
P|sx|项目建设完成时间|2024年12月底前|2024年12月|5|5
C|jc|每亩基地建设补助|≤400元|392元|5|5
E|jj|基地亩均增收|≥800元|860元|10|10
E|st|化学农药使用量减少|≥10%|8.4%|10|8|部分基地病虫害偏重，下年扩大生物防治面积。
E|kc|枸杞品牌影响力|持续提升|持续提升|10|10
S|my|种植户满意度|≥90%|93%|10|10
""")))

F_S03 = Form(
    "department_target", "吉林市市场监督管理局部门整体支出", "吉林市市场监督管理局", "吉林市市场监督管理局", 2026,
    total=9860, fiscal=9640, other=220,
    goal="强化食品药品和特种设备安全监管，优化营商环境，完成各类监督抽检1.2万批次，确保不发生区域性系统性安全事件。",
    tasks=[("食品安全监督抽检", "开展食品、食用农产品监督抽检和风险监测", 1260),
           ("特种设备安全监察", "开展电梯、锅炉、压力容器等特种设备检验和隐患排查", 980),
           ("市场主体登记服务", "推进企业开办全程网办和登记注册便利化", 320)],
    rows=parse_rows("""
LZ|重点工作履行情况|食品安全监督抽检批次|≥12000批次
LZ|重点工作履行情况|特种设备定期检验率|≥99%
LZ|重点工作履行情况|企业开办时间|≤1个工作日
LZ|履职目标实现|重大食品安全事件发生数|0起
LZ|履职目标实现|投诉举报按时办结率|≥98%
GL|预算管理|预算执行率|≥95%
GL|预算管理|结转结余率|≤5%
GL|资产管理|资产处置规范率|100%
S|my|市场主体满意度|≥90%
"""))

F_S04 = scored(Form(
    "department_self_evaluation", "齐齐哈尔市退役军人事务局部门整体支出", "齐齐哈尔市退役军人事务局",
    "齐齐哈尔市退役军人事务局", 2024, total=12450, fiscal=12450, carry=None, other=None, executed=12233.5,
    plan=12100, fund_weight=10, fund_score=9.83,
    goal="落实各项优抚待遇按时足额发放，组织退役军人适应性培训和就业招聘活动，服务站点规范化建设达标率达到100%。",
    actual_goal="优抚资金按月足额发放，培训退役军人2140人次，举办专场招聘会16场，服务站点全部达标。",
    grade="优",
    rows=parse_rows("""
P|sl|优抚对象抚恤补助人数|≥2.8万人|2.83万人|10|10
P|sl|退役军人适应性培训|≥2000人次|2140人次|10|10
P|sl|举办专场招聘会|≥15场|16场|10|10
P|zl|服务站点规范化建设达标率|100%|100%|10|10
P|sx|抚恤补助发放时间|每月15日前|每月15日前|10|10
E|sh|退役军人就业率|≥85%|86.7%|15|15
E|kc|双拥共建长效机制|建立健全|建立健全|10|10
S|my|服务对象满意度|≥95%|96.2%|15|15
""")))

F_S05 = Form(
    "target_declaration", "2026年草原生态修复治理项目", "鄂尔多斯市林业和草原局", "鄂尔多斯市草原工作站", 2026,
    total=842.5, fiscal=780, carry=0, other=62.5,
    goal="完成退化草原改良12万亩、人工种草3.5万亩，项目区草原综合植被盖度提高3个百分点。",
    rows=parse_rows("""
P|sl|退化草原改良面积|≥12万亩||15
P|sl|人工种草面积|≥3.5万亩||10
P|zl|人工种草当年出苗率|≥85%||10
P|zl|修复治理任务验收合格率|100%||10
P|sx|种植作业完成时间|2026年7月底前||5
P|cb|每亩改良补助标准|≤55元||5
E|st|项目区草原综合植被盖度提高|≥3个百分点||15
E|jj|项目区牧户年均增收|≥1500元||10
E|kc|草畜平衡制度落实率|100%||10
S|my|项目区牧户满意度|≥90%||10
"""))


# ---------------------------------------------------------------- content: tab_table

F_T01 = Form(
    "target_declaration", "2025年棉花目标价格补贴工作经费", "阿克苏地区发展和改革委员会", "阿克苏地区价格监测中心", 2025,
    total=236, fiscal=236, carry=None, other=None,
    goal="完成棉花种植面积核查和交售数量审核，补贴资金兑付准确率100%，保障棉农合法权益。",
    rows=parse_rows("""
P|sl|核查棉花种植面积|≥420万亩||15
P|sl|审核棉花交售数据|≥5.8万条||10
P|zl|面积核查误差率|≤1%||10
P|zl|补贴兑付准确率|100%||15
P|sx|补贴资金兑付完成时间|2025年12月31日前||10
P|cb|工作经费支出控制|≤236万元||10
E|jj|棉农亩均补贴到户|按政策足额兑付||10
E|sh|补贴政策知晓率|≥95%||10
S|my|植棉户满意度|≥90%||10
"""))

F_T02 = scored(Form(
    "self_evaluation", "2024年老旧小区加装电梯补助资金", "北京市海淀区住房和城乡建设委员会",
    "北京市海淀区房屋安全管理中心", 2024, total=2880, fiscal=2600, carry=280, other=None, executed=2742.5,
    plan=2600, fund_weight=10, fund_score=9.52,
    goal="完成老旧小区既有多层住宅加装电梯120部，惠及居民3600户，电梯验收合格率100%。",
    actual_goal="完成加装电梯114部，惠及居民3420户，验收合格率100%。",
    grade="良",
    rows=parse_rows("""
P|sl|加装电梯数量|≥120部|114部|15|14.25|6部因居民意见不一致暂缓实施，转入下年度。
P|sl|惠及居民户数|≥3600户|3420户|10|9.5|同上。
P|zl|电梯验收合格率|100%|100%|10|10
P|sx|补助资金拨付时限|验收后60日内|验收后45日内|10|10
P|cb|单部电梯补助标准|≤24万元|24万元|5|5
E|sh|老年居民出行便利度|明显改善|明显改善|15|15
E|kc|电梯维保责任落实率|100%|100%|10|10
S|my|受益居民满意度|≥95%|96.8%|15|15
""")))

F_T03 = Form(
    "department_target", "拉萨市统计局部门整体支出", "拉萨市统计局", "拉萨市统计局", 2025,
    total=1642, fiscal=1642, other=0,
    goal="完成第五次全国经济普查后续数据开发和各项常规统计调查，统计数据质量稳步提升，按时发布统计信息。",
    tasks=[("常规统计调查", "开展农业、工业、服务业等专业统计调查", 420),
           ("经济普查数据开发", "开展普查数据分析和资料出版", 260),
           ("统计信息化建设", "维护统计数据采集处理平台", 180)],
    rows=parse_rows("""
P|sl|完成专业统计调查项目|≥28项||10
P|sl|发布统计分析报告|≥36篇||10
P|zl|统计数据上报及时率|100%||10
P|zl|数据质量核查差错率|≤0.5%||10
P|sx|统计公报发布时间|2025年4月底前||10
P|cb|部门公用经费控制率|≤100%||10
E|sh|统计信息社会公众访问量|≥30万人次||15
E|kc|统计调查队伍稳定性|持续稳定||10
S|my|统计数据使用单位满意度|≥90%||15
"""))

F_T04 = scored(Form(
    "department_self_evaluation", "赣州市医疗保障局部门整体支出", "赣州市医疗保障局", "赣州市医疗保障局", 2024,
    total=6720, fiscal=6500, carry=220, other=None, executed=6585.6, plan=6400,
    fund_weight=10, fund_score=9.8,
    goal="巩固基本医疗保险参保覆盖面，推进医保支付方式改革，开展定点医药机构监督检查全覆盖，守好群众看病钱。",
    actual_goal="基本医保参保率95.6%，DRG付费覆盖全部二级以上医院，追回违规医保基金3180万元。",
    grade="优",
    rows=parse_rows("""
P|sl|检查定点医药机构数|≥2600家|2714家|10|10
P|sl|医保经办窗口业务量|≥180万件|192万件|10|10
P|zl|基本医保参保率|≥95%|95.6%|10|10
P|zl|支付方式改革覆盖率|100%|100%|10|10
P|sx|异地就医结算办理时限|即时结算|即时结算|10|10
E|sh|违规医保基金追回|≥3000万元|3180万元|10|10
E|sh|社会效益评价|良好|良好|10|10
E|kc|医保基金运行|收支平衡略有结余|收支平衡略有结余|10|10
S|my|参保群众满意度|≥90%|88.9%|10|9.2|部分窗口高峰期等候时间较长，已增设自助终端。
""")))

F_T05A = Form(
    "target_declaration", "2025年渔船安全生产设施更新项目", "湛江市海洋发展局", "湛江市渔业船舶检验中心", 2025,
    total=560, fiscal=480, carry=0, other=80,
    goal="为640艘近海渔船更新救生消防和北斗定位设备，渔船安全设备配备率达到100%。",
    rows=parse_rows("""
P|sl|更新设备渔船数量|≥640艘||15
P|sl|配发北斗定位终端|≥640台||15
P|zl|设备检验合格率|100%||10
P|sx|设备配发完成时间|2025年6月底前||10
P|cb|每艘渔船补助标准|≤8750元||10
E|sh|渔船安全设备配备率|100%||15
E|sh|渔业生产安全事故起数|同比下降||10
S|my|渔民满意度|≥90%||15
"""))

F_T05B = scored(Form(
    "self_evaluation", "2024年渔港环境综合整治项目", "湛江市海洋发展局", "湛江市渔港管理所", 2024,
    total=390, fiscal=390, carry=None, other=None, executed=381.4, plan=390,
    fund_weight=10, fund_score=9.78,
    goal="清理渔港淤积和岸线垃圾，建设渔港油污水收集点4处，港区环境明显改善。",
    actual_goal="清理港池淤积1.9万立方米，建成油污水收集点4处，港区环境明显改善。",
    grade="优",
    rows=parse_rows("""
P|sl|清理港池淤积|≥1.8万立方米|1.9万立方米|15|15
P|sl|建设油污水收集点|4处|4处|15|15
P|zl|整治工程验收合格率|100%|100%|15|15
P|sx|工程完工时间|2024年9月底前|2024年9月|10|10
E|st|港区水域油污事件|0起|0起|15|15
E|kc|港区保洁长效机制|建立|建立|10|10
S|my|渔民满意度|≥90%|91%|10|10
""")))


# ---------------------------------------------------------------- documents

SHORT_ALL = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本", **SHORT2}
GOALS3 = {"产出指标": "产出目标", "效益指标": "效益目标", "满意度指标": "满意度目标"}


def lab_points_numbered(rows):
    lab = numbered(rows, "（{}）{}", "{}.{}")
    p1 = points(rows, 1)
    lab.m1 = {k: f"{v}（{fmt(p1[k])}分）" for k, v in lab.m1.items()}
    return lab


def l2null(g):
    for r in g["indicators"]:
        r["level2"] = None
    return g


CQ_DECL_FUNDS = ("total", "fiscal", "other")
CQ_SELF_FUNDS = ("total", "executed")
DT_FUNDS = ("total", "fiscal", "other")

L09_NOTE = {"新建教学楼建筑面积": "框架结构，地上5层", "抗震设防标准": "按乙类建筑设防",
            "单位面积建安成本": "不含设备购置"}


def docs():
    """(doc_id, family, province, sector, note, text, gold forms)"""
    D = []

    def add(i, fam, prov, sec, note, text, *gold):
        D.append((i, fam, prov, sec, note, text, list(gold)))

    # label_variants
    add("l01_lbl_points_tab_jiangsu_bridge", "label_variants", "江苏", "交通运输",
        "tab copy of a declaration with a 分值 column; labels printed with their points: level 1 "
        "产出指标（40分）/效益指标（30分）/满意度指标（10分）, level 2 数量指标(15)/质量指标(15)/…; merged labels on "
        "the first row of their block; 上年结转资金 0.",
        render_tab(decl(F_L01, with_points(F_L01.rows), weight=True)), gold_of(F_L01))
    add("l02_lbl_goals_layout_zhejiang_reservoir", "label_variants", "浙江", "水利",
        "pdftotext -layout of a classic self-evaluation: level 1 printed 产出目标/效益目标/满意度目标, level 2 short "
        "(数量/质量/时效/社会效益/可持续影响/服务对象满意度), labels in the middle row of their block, wrapped "
        "deviation text.",
        render_layout(selfev(F_L02, Labels(GOALS3, SHORT_ALL), w=[10, 10, 20, 12, 12, 4, 7, 18])),
        gold_of(F_L02))
    add("l03_lbl_costl1_tab_jiangxi_sewer", "label_variants", "江西", "生态环境",
        "tab copy of a declaration with 成本指标 as level 1 (经济成本指标/社会成本指标/生态环境成本指标 under it), "
        "效益 level 2 printed short (经济效益/社会效益/生态效益/可持续影响), 满意度指标 at both levels, a 三级 "
        "name containing a category word (服务质量达标率).",
        render_tab(decl(F_L03, Labels(None, {**SHORT2, "服务对象满意度指标": "满意度指标"}))),
        gold_of(F_L03))
    add("l04_lbl_numbered_pipe_henan_farmland", "label_variants", "河南", "农业农村",
        "markdown pipe tables of a declaration with numbered labels 一、产出指标 / 1.数量指标 2.质量指标 … "
        "(numbering restarting under each level 1), merged label cells empty below their first row.",
        render_pipe(decl(F_L04, numbered(F_L04.rows))), gold_of(F_L04))
    add("l05_lbl_effect_rows_guangdong_fitness", "label_variants", "广东", "文化体育",
        "PDF text without layout, one table row per line: self-evaluation with 效益指标 printed 效果指标 and "
        "生态效益 printed 环境效益指标, merged labels in the middle row of their block (lines start with a "
        "level-2 label, a level-1 label or a 三级 name), 三级 成本节约率 under 成本指标.",
        render_rowlines(selfev(F_L05, Labels({"效益指标": "效果指标"}, {"生态效益指标": "环境效益指标"})),
                        place="middle"),
        gold_of(F_L05))
    add("l06_lbl_combined_tab_guangxi_forestfire", "label_variants", "广西", "林业",
        "tab copy of a declaration whose indicator table has one 指标类别 column holding level 1 and level 2 "
        "joined by a hyphen (产出指标-数量指标, 效益指标-社会效益指标, 满意度指标-服务对象满意度指标) printed once per "
        "block, 三级 社会效益评价; 上年结转/其他资金 0.",
        render_tab(decl(F_L06, combined="-")), gold_of(F_L06))
    add("l07_lbl_dept_layout_hainan_tourism", "label_variants", "海南", "文化旅游",
        "pdftotext -layout of a department target with the 履职效能 / 管理效率 framework (level 2 重点工作履行情况, "
        "履职目标实现, 预算管理, 资产管理) and 满意度指标 / 服务对象满意度 (short), 年度主要任务 block, labels in the "
        "middle of their block.",
        render_layout(dept_target(F_L07, Labels(None, SHORT2), w=[12, 16, 30, 14])),
        gold_of(F_L07, funds=DT_FUNDS))
    add("l08_lbl_numpoints_pipe_sichuan_civil", "label_variants", "四川", "民政",
        "markdown pipe tables of a department self-evaluation: level 1 numbered and with points "
        "（一）产出指标（40分）, level 2 numbered 1.数量指标 2.质量指标 …; 满意度指标 level 1 over 服务对象满意度指标.",
        render_pipe(dept_self(F_L08, lab_points_numbered(F_L08.rows))), gold_of(F_L08))
    add("l09_lbl_notes_tab_yunnan_school", "label_variants", "云南", "教育",
        "tab copy of a declaration with a 备注 column; labels repeated on every row with notes in brackets: "
        "数量指标(或建筑规模指标), 质量指标（含安全标准）, 成本指标（预算控制）; header starts with a 年度 row; "
        "title without year; goal label 年度绩效目标.",
        render_tab(decl(F_L09, Labels(None, {"数量指标": "数量指标(或建筑规模指标)",
                                             "质量指标": "质量指标（含安全标准）",
                                             "成本指标": "成本指标（预算控制）"}),
                        note=L09_NOTE, year_row=True, goal_label="年度绩效目标"), place="all"),
        gold_of(F_L09))
    add("l10_lbl_costl1_layout_shaanxi_health", "label_variants", "陕西", "卫生健康",
        "pdftotext -layout of a self-evaluation with merged labels printed on the first row of their block "
        "(top-aligned cells), 成本指标 as level 1 with 经济成本指标/社会成本指标, 三级 names containing category words "
        "(医疗质量指标达标率, 设备采购成本节约率, 社会效益评价), grade 良.",
        render_layout(selfev(F_L10, w=[10, 12, 18, 12, 12, 4, 7, 16]), place="first"),
        gold_of(F_L10))

    # chongqing_style
    add("c01_cq_tab_yubei_childcare", "chongqing_style", "重庆", "卫生健康",
        "tab copy of a Chongqing declaration: 指标类型 = level-2 names once per block, 指标性质 ≥/≤/定量/定性, value "
        "and 计量单位 separate (个工作日, 万元), 指标权重; funds line 年度资金总额/财政拨款/其他资金：0.",
        render_tab(cq_decl(F_C01)), gold_of(F_C01, funds=CQ_DECL_FUNDS))
    add("c02_cq_layout_yongchuan_waste", "chongqing_style", "重庆", "城市管理",
        "pdftotext -layout of a Chongqing self-evaluation with short 指标类型 (数量/质量/时效/成本/生态效益/社会效益/"
        "服务对象满意度) in the middle of their block, 全年完成值 without unit, 得分, wrapped 偏差原因, 自评得分 line.",
        render_layout(cq_self(F_C02, "short", w=[8, 20, 6, 10, 8, 6, 8, 6, 18])),
        gold_of(F_C02, funds=CQ_SELF_FUNDS, cq=True))
    add("c03_cq_pipe_jiangjin_guarantee", "chongqing_style", "重庆", "工业和信息化",
        "markdown pipe tables of a Chongqing declaration whose 指标类型 prints only the level-1 name "
        "(产出指标/效益指标/满意度指标; level 2 null), 亿元 values, qualitative 季度终了后30日内 / 长效运行.",
        render_pipe(cq_decl(F_C03, "l1")), l2null(gold_of(F_C03, funds=CQ_DECL_FUNDS)))
    add("c04_cq_tab_wanzhou_legalaid", "chongqing_style", "重庆", "司法",
        "tab copy of a Chongqing self-evaluation with points in 指标类型 (数量指标（35分）, 质量指标（15分）…), "
        "long 三级 names, 个工作日, 偏差原因 on one row.",
        render_tab(cq_self(F_C04, pts=True)), gold_of(F_C04, funds=CQ_SELF_FUNDS, cq=True))
    add("c05_cq_layout_shizhu_herbs", "chongqing_style", "重庆", "农业农村",
        "pdftotext -layout of a Chongqing declaration in 元 (thousands separators) with a 评价标准 column "
        "wrapped over lines, level-2 types in the middle of their block, 其他资金：200,000.00.",
        render_layout(cq_decl(F_C05, unit="元", crit=C05_CRIT, w=[10, 18, 12, 12, 12, 6, 20])),
        gold_of(F_C05, funds=CQ_DECL_FUNDS))

    # space_columns
    add("s01_layout_qinghai_water", "space_columns", "青海", "水利",
        "pdftotext -layout of a declaration with a 年度 row above the header, 年度绩效目标 wrapped, 满意度指标 "
        "at both levels, long unit names wrapped.",
        render_layout(decl(F_S01, Labels(None, {"服务对象满意度指标": "满意度指标"}), year_row=True,
                           goal_label="年度绩效目标", w=[14, 14, 24, 14])),
        gold_of(F_S01))
    add("s02_layout_ningxia_wolfberry", "space_columns", "宁夏", "农业农村",
        "pdftotext -layout of a self-evaluation, labels on the first row of their block, 成本指标 level 1 with "
        "经济成本指标, 环境效益指标, title with the year in front.",
        render_layout(selfev(F_S02, Labels(None, {"生态效益指标": "环境效益指标"}),
                             w=[10, 12, 18, 12, 12, 4, 7, 18], place_year=False), place="first"),
        gold_of(F_S02))
    add("s03_layout_dept_jilin_market", "space_columns", "吉林", "市场监管",
        "pdftotext -layout of a department target with 履职效能/管理效率 (重点工作履行情况, 履职目标实现, 预算管理, "
        "资产管理) and 满意度指标, wrapped task contents and goal.",
        render_layout(dept_target(F_S03, w=[12, 16, 26, 14])), gold_of(F_S03, funds=DT_FUNDS))
    add("s04_layout_dept_heilongjiang_veterans", "space_columns", "黑龙江", "退役军人事务",
        "pdftotext -layout of a department self-evaluation with numbered labels 一、产出指标 / （一）数量指标, "
        "labels wrapped in narrow columns, 服务对象满意度 三级 name equal to the category word.",
        render_layout(dept_self(F_S04, numbered(F_S04.rows, "{}、{}", "（{}）{}", cn2=True),
                                w=[10, 12, 18, 12, 12, 4, 7, 14])),
        gold_of(F_S04))
    add("s05_layout_neimenggu_grassland", "space_columns", "内蒙古", "林业草原",
        "pdftotext -layout of a declaration in 元 with a 分值 column and labels with points 产出指标(55分) / "
        "数量指标(25分), long 三级 names wrapped.",
        render_layout(decl(F_S05, with_points(F_S05.rows, "{}({}分)", "{}({}分)"), unit="元",
                           weight=True, w=[12, 14, 22, 14, 6])),
        gold_of(F_S05))

    # tab_table
    add("t01_tab_xinjiang_cotton", "tab_table", "新疆", "发展改革",
        "tab copy of a declaration with a 分值 column, labels repeated on every row, 社会效益/经济效益 short, "
        "qualitative target 按政策足额兑付.",
        render_tab(decl(F_T01, Labels(None, SHORT2), weight=True), place="all"), gold_of(F_T01))
    add("t02_tab_beijing_elevator", "tab_table", "北京", "住房城建",
        "tab copy of a classic self-evaluation, merged labels on the first row, short level 2 (社会效益/可持续影响/"
        "服务对象满意度), 偏差原因 同上.",
        render_tab(selfev(F_T02, Labels(None, SHORT2))), gold_of(F_T02))
    add("t03_tab_dept_lasa_stats", "tab_table", "西藏", "统计",
        "tab copy of a department target with a 权重 column and level 1 numbered 一、产出指标 / 二、效益指标 / "
        "三、满意度指标 (level 2 plain), 其他资金 0.",
        render_tab(dept_target(F_T03, Labels(numbered(F_T03.rows).m1), weight=True)),
        gold_of(F_T03, funds=DT_FUNDS))
    add("t04_tab_dept_ganzhou_medins", "tab_table", "江西", "医保",
        "tab copy of a department self-evaluation with level 1 printed with points 产出指标（50分） and plain "
        "level 2, 三级 社会效益评价, 评价等级.",
        render_tab(dept_self(F_T04, Labels(with_points(F_T04.rows).m1))), gold_of(F_T04))
    add("t05_tab_two_zhanjiang_fishery", "tab_table", "广东", "海洋渔业",
        "two forms in one tab copy: a declaration with a 分值 column and a self-evaluation of another project "
        "(生态效益/可持续影响 short), separated by a blank line.",
        render_tab(decl(F_T05A, weight=True)) + "\n"
        + render_tab(selfev(F_T05B, Labels(None, SHORT2))),
        gold_of(F_T05A), gold_of(F_T05B))
    return D


def main():
    for d in (DOCS, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    meta = {}
    D = docs()
    for i, fam, prov, sec, note, text, gold in D:
        (DOCS / f"{i}.txt").write_text(text, "utf-8")
        (GOLD / f"{i}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
        meta[i] = {"family": fam, "province": prov, "sector": sec, "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
    n_forms = sum(len(g) for *_, g in D)
    n_rows = sum(len(f["indicators"]) for *_, g in D for f in g)
    print(f"{len(meta)} documents, {n_forms} forms, {n_rows} indicator rows")


if __name__ == "__main__":
    main()
