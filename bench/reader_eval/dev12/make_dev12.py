"""Write the dev12 set: docs/, gold/ and meta.json from the invented content below.

    python bench/reader_eval/dev12/make_dev12.py

Every name, unit, indicator and number in this file is invented for this set. A form is written
once (header fields, funds in 万元, goal, indicator rows with canonical levels); a template turns it
into sections of cell rows (labels printed the way the document prints them: short, numbered,
letter-spaced, with 分值 in brackets, …), and a renderer prints those rows the way an extraction tool
hands them to a user (tab copy, pdftotext -layout, one cell per line, single spaces on one line,
PDF-scrambled column order, run-together text with arbitrary line breaks). The gold is written from
the form itself (FORMAT.md: 万元 → 元, target = sign + value + unit as printed, canonical levels,
null when not printed), so a document and its gold cannot disagree.
"""

from __future__ import annotations

import json
import random
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

P, B, S = "产出指标", "效益指标", "满意度指标"
SL = "服务对象满意度指标"
M = "管理类指标"

# ---------------------------------------------------------------- content model


@dataclass
class Row:
    l1: str
    l2: str | None
    l3: str
    op: str = ""          # printed sign ≥ ≤ = ; "" for none
    val: str = ""
    unit: str = ""
    actual: str | None = None
    weight: float | None = None
    score: float | None = None
    dev: str | None = None
    note: str = ""        # 备注 / 评价标准 text when a template prints one
    nat: str = ""         # 指标性质 word (正向/反向/定性) when the form prints one instead of a sign

    @property
    def target(self) -> str | None:
        return (self.op + self.val + self.unit) or None


@dataclass
class Form:
    kind: str
    name: str
    dept: str | None
    unit: str | None
    year: int | None
    total: float | None = None      # 万元; self-evaluations: 全年预算数
    fiscal: float | None = None
    carry: float | None = None
    other: float | None = None
    executed: float | None = None
    plan: tuple | None = None       # 年初预算数 (total, fiscal, carry, other)
    goal: str | None = None
    actual_goal: str | None = None
    rows: list = field(default_factory=list)
    total_score: float | None = None
    grade: str | None = None
    fund_weight: float | None = None
    fund_score: float | None = None
    tasks: list = field(default_factory=list)   # department forms: (任务名称, 主要内容, 万元)
    gold_name: str | None = None
    long_goal: str | None = None    # 中长期目标 etc. (not gold)

    def rate(self):
        if self.executed is None or not self.total:
            return None
        return round(self.executed / self.total * 100, 2)


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


def gold_of(f: Form, *, funds=("total", "fiscal", "carry", "other", "executed"), goal=True,
            score=True, rate=True, weights=True, scores=True) -> dict:
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
                  "execution_rate": f.rate() if ev and rate else None},
        "goal": f.goal if goal else None,
        "total_score": num(f.total_score) if ev and score else None,
        "grade": f.grade if ev and score else None,
        "indicators": [
            {"level1": r.l1, "level2": r.l2, "level3": r.l3, "target": r.target,
             "actual": r.actual if ev else None,
             "weight": num(r.weight) if weights else None,
             "score": num(r.score) if ev and scores else None,
             "deviation": r.dev if ev else None}
            for r in f.rows],
    }


# ---------------------------------------------------------------- label styles

def spaced(s: str) -> str:
    return " ".join(s)


SHORT1 = {P: "产出", B: "效益", S: "满意度"}
SHORT2 = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本",
          "经济效益指标": "经济效益", "社会效益指标": "社会效益", "生态效益指标": "生态效益",
          "可持续影响指标": "可持续影响", SL: "服务对象满意度"}
NUM1 = {P: "一、产出指标", B: "二、效益指标", S: "三、满意度指标"}
CN = "一二三四五六七八九"


def numbered2(rows):
    """（一）数量指标 … numbering restarts under every level 1"""
    out, seen = {}, {}
    for r in rows:
        k = (r.l1, r.l2)
        if k not in out:
            i = seen.get(r.l1, 0)
            seen[r.l1] = i + 1
            out[k] = f"（{CN[i]}）{r.l2}"
    return out


# ---------------------------------------------------------------- display helpers


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


# A document is a list of sections. A section: {"w": [col widths] | None, "rows": [[cells]],
# "title": bool}. Table sections may carry "merge": n (first n columns are merged labels).


def blank_repeats(rows, n, place="first"):
    """print the first n columns once per block (merged cells); place=middle puts the label in the
    middle row of its block (how pdftotext places a vertically merged cell)."""
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


L = "<"  # covered by the cell on its left (horizontal merge)


def table_rows(sec, place="first"):
    n = sec.get("merge", 0)
    if not n:
        return sec["rows"]
    head = sec.get("head", 0)
    return sec["rows"][:head] + blank_repeats(sec["rows"][head:], n, place)


def render_tab(sections, trailing=True):
    lines = []
    for sec in sections:
        for r in table_rows(sec):
            line = "\t".join("" if c == L else c for c in r)
            lines.append(line if trailing else line.rstrip("\t"))
    return "\n".join(lines) + "\n"


def render_cells(sections, blank=""):
    lines = []
    for sec in sections:
        for r in table_rows(sec):
            if sec.get("title"):
                lines.extend(c for c in r if c)
                continue
            lines.extend(c if c else blank for c in r if c != L)
    return "\n".join(lines) + "\n"


def flat_cells(sections, place="first"):
    out = []
    for sec in sections:
        for r in table_rows(sec, place):
            out.extend(c for c in r if c and c != L)
    return out


def render_oneline(sections, breaks=(), place="first"):
    """single spaces; breaks = section indexes before which a new line starts"""
    lines, cur = [], []
    for i, sec in enumerate(sections):
        if i in breaks and cur:
            lines.append(" ".join(cur))
            cur = []
        for r in table_rows(sec, place):
            cur.extend(c for c in r if c and c != L)
    lines.append(" ".join(cur))
    return "\n".join(lines) + "\n"


def render_rowlines(sections, place="middle"):
    """one table row per line, cells joined by single spaces (PDF text without layout)"""
    lines = []
    for sec in sections:
        for r in table_rows(sec, place):
            cells = [c for c in r if c and c != L]
            if cells:
                lines.append(" ".join(cells))
    return "\n".join(lines) + "\n"


def scrambled(sec):
    """the indicator table read column by column (PDF-scrambled order)"""
    rows = table_rows(sec)
    head = sec.get("head", 0)
    out = [c for r in rows[:head] for c in r if c and c != L]
    body = rows[head:]
    ncol = max(len(r) for r in body)
    for c in range(ncol):
        out.extend(r[c] for r in body if c < len(r) and r[c] and r[c] != L)
    return out


def render_run(sections, seed, lo=18, hi=95, first_line_break=True):
    text = "".join(flat_cells(sections[1:] if first_line_break else sections))
    rnd = random.Random(seed)
    lines = []
    if first_line_break:
        lines.append("".join(c for r in sections[0]["rows"] for c in r if c))
    i = 0
    while i < len(text):
        n = rnd.randint(lo, hi)
        lines.append(text[i:i + n])
        i += n
    return "\n".join(lines) + "\n"


def render_layout(sections, gap=2, indent=0):
    lines = []
    for sec in sections:
        if sec.get("title"):
            for r in sec["rows"]:
                t = "".join(r)
                lines.append(" " * max(0, (90 - dw(t)) // 2) + t)
            continue
        w = sec["w"]
        for r in table_rows(sec, place="middle"):
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
                parts = []
                for k, c in enumerate(cols):
                    parts.append(pad(c[li] if li < len(c) else "", widths[k]))
                lines.append((" " * indent + (" " * gap).join(parts)).rstrip())
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- templates


def title(*t):
    return {"title": True, "rows": [[x] for x in t], "w": None}


def money(f: Form, x, unit):
    return yuan(x) if unit == "元" else fmt(x)


def tbl(rows, w, merge=0, head=0):
    return {"rows": rows, "w": w, "merge": merge, "head": head}


def classic_decl(f: Form, l1=None, l2=None, unit="万元", note_col=False, w=None, long_title=True):
    l1 = l1 or {}
    l2 = l2 or {}
    w = w or [16, 20, 30, 16, 12]
    t = title("项目支出绩效目标申报表" if long_title else "项目绩效目标申报表", f"（{f.year}年度）")
    def m(x):
        return money(f, x, unit)
    head = [
        ["项目名称", f.name, L, L, L],
        ["主管部门", f.dept or "", "实施单位", f.unit or "", L],
        [f"项目资金（{unit}）", "年度资金总额", m(f.total), L, L],
        ["", "其中：财政拨款", m(f.fiscal), L, L],
        ["", "上年结转资金", m(f.carry), L, L],
        ["", "其他资金", m(f.other), L, L],
        ["年度总体目标", f.goal or "", L, L, L],
    ]
    hdr = ["一级指标", "二级指标", "三级指标", "指标值"] + (["备注"] if note_col else [])
    body = [[l1.get(r.l1, r.l1), l2.get((r.l1, r.l2), l2.get(r.l2, r.l2)), r.l3, r.target or ""]
            + ([r.note] if note_col else []) for r in f.rows]
    if not note_col:
        head = [h[:4] for h in head]
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=2, head=1)]


def classic_self(f: Form, l1=None, l2=None, unit="万元", w=None, ttl="项目支出绩效自评表"):
    l1 = l1 or {}
    l2 = l2 or {}
    w = w or [14, 14, 22, 12, 12, 6, 6, 16]
    def m(x):
        return money(f, x, unit)
    pt, pf, pc, po = f.plan or (None, None, None, None)
    rate = f"{f.rate():.2f}%" if f.rate() is not None else ""
    t = title(ttl, f"（{f.year}年度）")
    head = [
        ["项目名称", f.name, L, L, L, L, L, L],
        ["主管部门", f.dept or "", L, "实施单位", f.unit or "", L, L, L],
        [f"项目资金（{unit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", m(pt), m(f.total), m(f.executed), fmt(f.fund_weight), rate, fmt(f.fund_score)],
        ["", "其中：当年财政拨款", m(pf), m(f.fiscal), "", "—", "", "—"],
        ["", "上年结转资金", m(pc), m(f.carry), "", "—", "", "—"],
        ["", "其他资金", m(po), m(f.other), "", "—", "", "—"],
        ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
        ["", f.goal or "", L, L, f.actual_goal or "", L, L, L],
    ]
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
           "偏差原因分析及改进措施"]
    body = [[l1.get(r.l1, r.l1), l2.get((r.l1, r.l2), l2.get(r.l2, r.l2)), r.l3, r.target or "",
             r.actual or "", fmt(r.weight), fmt(r.score), r.dev or ""] for r in f.rows]
    foot = [["总分", L, L, L, L, "100", fmt(f.total_score), f"自评等级：{f.grade}" if f.grade else ""]]
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=2, head=1), tbl(foot, w)]


def cq_type(r: Row, mode: str) -> str:
    if mode == "l2":
        return r.l2 or ""
    if mode == "short":
        return SHORT2.get(r.l2, r.l2 or "")
    if mode == "class":
        return {P: "产出类指标", B: "效益类指标", S: "满意度类指标"}.get(r.l1, r.l1)
    raise ValueError(mode)


def cq_nat(r: Row, mode: str):
    """(指标性质, 指标值, 计量单位) cells"""
    qual = not r.unit and not r.op
    if mode == "sign":          # ≥ 95 % ; 无 合规 无
        return ("无" if qual else (r.op or "="), r.val, r.unit or "无")
    if mode == "dinglian":      # 定量 ≥95 % ; 定性 按期完成 (blank unit)
        return ("定性" if qual else "定量", r.op + r.val, r.unit)
    if mode == "direction":     # 正向 95 % ; 反向 3 天 ; 定性 有效提升 (no sign printed)
        return (r.nat, r.val, r.unit)
    raise ValueError(mode)


def cq_decl(f: Form, tmode="l2", nmode="sign", unit="万元", crit=False, w=None):
    w = w or [16, 26, 8, 14, 10, 8, 22]
    def m(x):
        return money(f, x, unit)
    t = title(f"{f.year}年项目支出绩效目标申报表")
    head = [
        ["项目名称", f.name, L, L, L, L, L],
        ["主管部门", f.dept or "", L, "实施单位", f.unit or "", L, L],
        [f"项目资金（{unit}）", "年度资金总额", m(f.total), "财政拨款", m(f.fiscal), "其他资金", m(f.other)],
        ["年度目标", f.goal or "", L, L, L, L, L],
    ]
    hdr = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"] + (["评价标准"] if crit else [])
    body = [[cq_type(r, tmode), r.l3, *cq_nat(r, nmode), fmt(r.weight)] + ([r.note] if crit else [])
            for r in f.rows]
    if not crit:
        head = [h[:6] for h in head]
        head[2] = [f"项目资金（{unit}）", "年度资金总额", m(f.total), "财政拨款", m(f.fiscal),
                   f"其他资金：{m(f.other)}" if f.other is not None else "其他资金："]
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=1, head=1)]


def cq_self(f: Form, tmode="l2", nmode="sign", unit="万元", cols=("score", "dev"), w=None,
            rate=True, crit=False):
    w = w or [14, 24, 6, 10, 8, 6, 10, 6, 18]
    def m(x):
        return money(f, x, unit)
    t = title(f"{f.year}年度项目支出绩效自评表")
    def r8(*c):
        return list(c) + [L] * (9 - len(c))
    head = [
        r8("项目名称", f.name, L, L, "项目主管部门", f.dept or ""),
        r8("项目实施单位", f.unit or ""),
        r8(f"项目预算执行情况（{unit}）", "全年预算数（A）", L, L, "全年执行数（B）", L,
           "执行率（B/A）" if rate else ""),
        r8("", m(f.total), L, L, m(f.executed), L, f"{f.rate():.2f}%" if rate else ""),
        r8("当年绩效目标", "全年绩效目标", L, L, "全年目标实际完成情况"),
        r8("", f.goal or "", L, L, f.actual_goal or ""),
    ]
    hdr = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值"]
    if "score" in cols:
        hdr.append("得分")
    if "dev" in cols:
        hdr.append("偏差原因")
    if crit:
        hdr.append("评价标准")
    body = []
    for r in f.rows:
        c = [cq_type(r, tmode), r.l3, *cq_nat(r, nmode), fmt(r.weight), r.actual or ""]
        if "score" in cols:
            c.append(fmt(r.score))
        if "dev" in cols:
            c.append(r.dev or "")
        if crit:
            c.append(r.note)
        body.append(c)
    n = len(hdr)
    head = [h[:n] + [L] * (n - len(h[:n])) for h in head]
    foot = [["自评得分：" + fmt(f.total_score)] + [L] * (n - 1)] if f.total_score is not None else []
    secs = [t, tbl(head, w), tbl([hdr] + body, w, merge=1, head=1)]
    if foot:
        secs.append(tbl(foot, w))
    return secs


def dept_target(f: Form, l1=None, l2=None, w=None, unit="万元"):
    l1 = l1 or {}
    l2 = l2 or {}
    w = w or [14, 16, 34, 16]
    def m(x):
        return money(f, x, unit)
    t = title(f"{f.year}年度部门整体支出绩效目标表")
    head = [["部门名称", f.dept or "", L, L],
            ["年度主要任务", "任务名称", "主要内容", f"预算金额（{unit}）"]]
    head += [["", a, b, m(c)] for a, b, c in f.tasks]
    head += [[f"年度预算（{unit}）", "资金总额", m(f.total), L],
             ["", "财政拨款", m(f.fiscal), L],
             ["", "其他资金", m(f.other), L],
             ["年度总体目标", f.goal or "", L, L]]
    hdr = ["一级指标", "二级指标", "三级指标", "指标值"]
    body = [[l1.get(r.l1, r.l1), l2.get((r.l1, r.l2), l2.get(r.l2, r.l2)), r.l3, r.target or ""]
            for r in f.rows]
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=2, head=1)]


def dept_self(f: Form, l1=None, l2=None, w=None, unit="万元"):
    l1 = l1 or {}
    l2 = l2 or {}
    w = w or [12, 12, 20, 12, 12, 6, 6, 16]
    def m(x):
        return money(f, x, unit)
    pt, pf, pc, po = f.plan or (None, None, None, None)
    t = title(f"{f.year}年度部门整体支出绩效自评表")
    head = [
        ["部门（单位）名称", f.dept or "", L, L, L, L, L, L],
        [f"预算执行情况（{unit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", m(pt), m(f.total), m(f.executed), fmt(f.fund_weight),
         f"{f.rate():.2f}%", fmt(f.fund_score)],
        ["", "其中：财政拨款", m(pf), m(f.fiscal), "", "—", "", "—"],
        ["", "上年结转", m(pc), m(f.carry), "", "—", "", "—"],
        ["", "其他资金", m(po), m(f.other), "", "—", "", "—"],
        ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
        ["", f.goal or "", L, L, f.actual_goal or "", L, L, L],
    ]
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
           "偏差原因分析及改进措施"]
    body = [[l1.get(r.l1, r.l1), l2.get((r.l1, r.l2), l2.get(r.l2, r.l2)), r.l3, r.target or "",
             r.actual or "", fmt(r.weight), fmt(r.score), r.dev or ""] for r in f.rows]
    foot = [["总分", L, L, L, L, "100", fmt(f.total_score), f"自评等级：{f.grade}" if f.grade else ""]]
    return [t, tbl(head, w), tbl([hdr] + body, w, merge=2, head=1), tbl(foot, w)]


# ---------------------------------------------------------------- forms (all invented)

STD = "达到目标值得满分，未达到按完成比例得分"
QUAL = "达到预期得满分，否则酌情扣分"

# C1 山西 司法 — Chongqing declaration, 指标类型 = level-2 names, 指标性质 ≥/≤/=/无
C1 = Form(
    "target_declaration", "2025年法律援助案件办理补贴项目", "山西省晋中市司法局", "晋中市法律援助中心",
    2025, total=268, fiscal=268, other=0,
    goal="为经济困难群众和特殊案件当事人提供法律援助，全年办结法律援助案件2600件以上，"
         "受援群众满意率达到95%以上，案件质量评查合格率不低于98%。",
    rows=[
        Row(P, "数量指标", "办结法律援助案件", "≥", "2600", "件", weight=20),
        Row(P, "数量指标", "开展法律援助进社区宣讲", "≥", "48", "场次", weight=10),
        Row(P, "质量指标", "援助案件质量评查合格率", "≥", "98", "%", weight=15),
        Row(P, "时效指标", "援助申请审查办结时限", "≤", "7", "个工作日", weight=10),
        Row(P, "成本指标", "民事案件平均办案补贴", "≤", "1200", "元/件", weight=10),
        Row(B, "社会效益指标", "困难群众合法权益维护", "", "有效保障", "", weight=15),
        Row(B, "可持续影响指标", "法律援助工作站覆盖乡镇比例", "=", "100", "%", weight=10),
        Row(S, SL, "受援群众满意率", "≥", "95", "%", weight=10),
    ])

# C2 湖北 应急管理 — Chongqing self-evaluation, 产出类/效益类/满意度类/管理类 types, 得分 + 偏差原因
C2 = Form(
    "self_evaluation", "2024年基层应急救援能力提升项目", "湖北省宜昌市应急管理局", "宜昌市应急救援保障中心",
    2024, total=520, executed=497.36,
    goal="为全市乡镇（街道）应急救援队配备救援装备，开展应急演练和培训，提升基层先期处置能力，"
         "突发事件响应到场时间缩短至30分钟以内。",
    actual_goal="为86支乡镇应急救援队配备装备，组织综合演练52场、培训队员3260人次，平均响应到场时间26分钟。",
    rows=[
        Row(P, None, "配备装备的乡镇应急救援队", "≥", "80", "支", "86", 15, 15),
        Row(P, None, "组织基层综合应急演练", "≥", "50", "场", "52", 10, 10),
        Row(P, None, "应急救援队员培训", "≥", "3000", "人次", "3260", 10, 10),
        Row(P, None, "救援装备验收合格率", "=", "100", "%", "100", 10, 10),
        Row(B, None, "突发事件平均响应到场时间", "≤", "30", "分钟", "26", 15, 15),
        Row(B, None, "基层先期处置能力", "", "明显提升", "", "明显提升", 10, 9,
            "部分山区乡镇队员流动较大，下一年度建立队员轮训和备案制度"),
        Row(S, None, "乡镇（街道）应急救援队满意度", "≥", "90", "%", "88.5", 10, 9,
            "装备到位时间晚于汛期前计划，已督促供应商缩短交付周期"),
        Row(M, None, "预算执行率", "≥", "95", "%", "95.65", 10, 10),
        Row(M, None, "资金使用合规性", "", "合规", "", "合规", 10, 10),
    ], total_score=98)

# C3 福建 卫生健康 — Chongqing declaration, Word copy, 定量/定性 with the sign in 指标值, 元
C3 = Form(
    "target_declaration", "2026年基层慢性病综合管理服务项目", "福建省南平市卫生健康委员会",
    "南平市疾病预防控制中心", 2026, total=186.5, fiscal=186.5, other=0,
    goal="在全市乡镇卫生院和社区卫生服务中心开展高血压、糖尿病患者规范管理，规范管理率达到65%以上，"
         "培训基层慢病管理人员600人次。",
    rows=[
        Row(P, "数量指标", "高血压患者规范管理人数", "≥", "9.8", "万人", weight=15),
        Row(P, "数量指标", "2型糖尿病患者规范管理人数", "≥", "3.6", "万人", weight=15),
        Row(P, "数量指标", "基层慢病管理人员培训", "≥", "600", "人次", weight=10),
        Row(P, "质量指标", "慢性病患者规范管理率", "≥", "65", "%", weight=15),
        Row(P, "时效指标", "年度随访任务完成时间", "", "12月底前", "", weight=10),
        Row(P, "成本指标", "人均慢病管理服务补助", "≤", "18", "元/人", weight=10),
        Row(B, "社会效益指标", "居民慢性病防治知识知晓率", "≥", "70", "%", weight=10),
        Row(B, "可持续影响指标", "医防融合慢病管理机制", "", "持续完善", "", weight=5),
        Row(S, SL, "签约慢病患者满意度", "≥", "90", "%", weight=10),
    ])

# C4 甘肃 交通运输 — Chongqing self-evaluation, run together
C4 = Form(
    "self_evaluation", "2023年农村公路日常养护项目", "甘肃省天水市交通运输局", "天水市农村公路管理所",
    2023, total=1380, executed=1342.7,
    goal="完成全市农村公路日常养护3860公里，实施危桥改造12座，农村公路优良中等路率达到82%以上。",
    actual_goal="完成日常养护3912公里，改造危桥12座，优良中等路率83.4%，养护工程全部通过验收。",
    rows=[
        Row(P, "数量指标", "农村公路日常养护里程", "≥", "3860", "公里", "3912", 15, 15),
        Row(P, "数量指标", "实施农村公路危桥改造", "=", "12", "座", "12", 10, 10),
        Row(P, "质量指标", "农村公路优良中等路率", "≥", "82", "%", "83.4", 15, 15),
        Row(P, "时效指标", "危桥改造完工时间", "", "10月底前", "", "11月15日", 10, 8,
            "2座危桥受汛期降雨影响停工，延期半个月完工"),
        Row(P, "成本指标", "每公里日常养护成本", "≤", "3500", "元", "3430", 10, 10),
        Row(B, "社会效益指标", "群众出行条件", "", "明显改善", "", "明显改善", 15, 15),
        Row(B, "可持续影响指标", "农村公路路长制落实率", "=", "100", "%", "100", 10, 10),
        Row(S, SL, "沿线群众满意度", "≥", "90", "%", "91.2", 15, 15),
    ], total_score=98)

# C5 贵州 文化旅游 — Chongqing self-evaluation, short types, 正向/反向/定性 natures
C5 = Form(
    "self_evaluation", "2024年非物质文化遗产保护传承项目", "贵州省黔东南苗族侗族自治州文化和旅游局",
    "黔东南州非物质文化遗产保护中心", 2024, total=215, executed=206.8,
    goal="开展州级以上非遗代表性项目记录保护，资助代表性传承人开展传习活动，举办非遗展演展示活动，"
         "非遗传承队伍持续壮大。",
    actual_goal="完成18个项目数字化记录，资助传承人142名，举办展演展示活动26场，参与群众6.3万人次。",
    rows=[
        Row(P, "数量指标", "非遗代表性项目数字化记录", "≥", "18", "个", "18", 15, 15),
        Row(P, "数量指标", "资助代表性传承人开展传习活动", "≥", "140", "名", "142", 10, 10),
        Row(P, "数量指标", "举办非遗展演展示活动", "≥", "24", "场", "26", 10, 10),
        Row(P, "质量指标", "记录成果验收通过率", "≥", "95", "%", "100", 10, 10),
        Row(P, "时效指标", "传承人补助发放时间", "", "6月底前", "", "6月20日", 10, 10),
        Row(P, "成本指标", "单个项目记录成本", "≤", "4.5", "万元", "4.3", 10, 10),
        Row(B, "社会效益指标", "非遗展演参与群众", "≥", "5", "万人次", "6.3", 15, 15),
        Row(B, "可持续影响指标", "非遗传承队伍", "", "持续壮大", "", "持续壮大", 10, 10),
        Row(S, SL, "传承人满意度", "≥", "90", "%", "93.5", 10, 10),
    ], total_score=100)

# L1 天津 住房城建 — classic declaration with short labels
L1 = Form(
    "target_declaration", "2025年老旧小区改造提升项目", "天津市河西区住房和建设委员会",
    "河西区城市更新服务中心", 2025, total=3650, fiscal=3200, carry=0, other=450,
    goal="对辖区28个老旧小区实施综合改造，完成楼体外墙保温、雨污分流和加装电梯等工程，惠及居民"
         "1.1万户，工程质量验收合格率100%。",
    rows=[
        Row(P, "数量指标", "改造老旧小区", "=", "28", "个", note="含楼栋196栋"),
        Row(P, "数量指标", "改造建筑面积", "≥", "86", "万平方米"),
        Row(P, "数量指标", "加装电梯", "≥", "40", "部"),
        Row(P, "质量指标", "工程质量验收合格率", "=", "100", "%"),
        Row(P, "时效指标", "改造工程完工时间", "", "2025年11月30日前", ""),
        Row(P, "成本指标", "每平方米综合改造成本", "≤", "420", "元"),
        Row(B, "社会效益指标", "惠及居民户数", "≥", "1.1", "万户"),
        Row(B, "生态效益指标", "小区雨污分流改造完成率", "=", "100", "%"),
        Row(S, SL, "小区居民满意度", "≥", "90", "%"),
    ])

# L2 上海 教育 — classic self-evaluation, numbered labels
L2 = Form(
    "self_evaluation", "2024年中小学课后服务保障经费", "上海市闵行区教育局", "闵行区教育保障服务中心",
    2024, plan=(1280, 1280, None, None), total=1320, fiscal=1280, carry=40, executed=1296.4,
    fund_weight=10, fund_score=9.82,
    goal="保障全区公办中小学开展课后服务，课后服务覆盖率达到100%，学生自愿参与率不低于85%，"
         "家长满意度达到90%以上。",
    actual_goal="全区126所公办中小学全部开展课后服务，学生参与率88.6%，家长满意度93.1%。",
    rows=[
        Row(P, "数量指标", "开展课后服务的公办中小学", "=", "126", "所", "126所", 10, 10),
        Row(P, "数量指标", "课后服务参与教师", "≥", "6500", "人", "6812人", 10, 10),
        Row(P, "质量指标", "课后服务学校覆盖率", "=", "100", "%", "100%", 10, 10),
        Row(P, "质量指标", "学生自愿参与率", "≥", "85", "%", "88.6%", 10, 10),
        Row(P, "时效指标", "课后服务补助发放", "", "按学期及时发放", "", "按学期发放", 5, 5),
        Row(P, "成本指标", "生均课后服务补助", "≤", "300", "元/学期", "290元/学期", 5, 5),
        Row(B, "社会效益指标", "学生课业负担", "", "有效减轻", "", "有效减轻", 15, 15),
        Row(B, "可持续影响指标", "课后服务长效保障机制", "", "建立健全", "", "基本建立", 15, 13,
            "校外资源引入管理办法尚在制定，计划2025年上半年出台"),
        Row(S, SL, "家长满意度", "≥", "90", "%", "93.1%", 10, 10),
    ], total_score=97.82, grade="优")

# L3 辽宁 人力社保 — classic declaration, letter-spaced labels, Word copy
L3 = Form(
    "target_declaration", "2026年职业技能提升培训补贴项目", "辽宁省鞍山市人力资源和社会保障局",
    "鞍山市职业技能鉴定指导中心", 2026, total=760, fiscal=760, carry=0, other=0,
    goal="面向企业职工、农民工和高校毕业生开展职业技能培训1.5万人次，培训合格率达到90%以上，"
         "取得职业资格或技能等级证书人数不少于1万人。",
    rows=[
        Row(P, "数量指标", "开展职业技能培训", "≥", "1.5", "万人次"),
        Row(P, "数量指标", "取得职业资格或技能等级证书人数", "≥", "1", "万人"),
        Row(P, "质量指标", "培训合格率", "≥", "90", "%"),
        Row(P, "时效指标", "培训补贴审核拨付时限", "≤", "20", "个工作日"),
        Row(P, "成本指标", "人均培训补贴标准", "≤", "1500", "元"),
        Row(B, "经济效益指标", "参训人员就业后月均收入增长", "≥", "8", "%"),
        Row(B, "社会效益指标", "参训人员就业率", "≥", "75", "%"),
        Row(S, SL, "参训人员满意度", "≥", "92", "%"),
    ])

# L4 山东 自然资源 — department target, one row per line, level-1 label in the middle of its block
L4 = Form(
    "department_target", "潍坊市自然资源和规划局部门整体支出", "潍坊市自然资源和规划局",
    "潍坊市自然资源和规划局", 2025, total=12860.4, fiscal=12360.4, other=500,
    tasks=[("国土空间规划编制", "完成市级国土空间详细规划和村庄规划编制", 1850),
           ("耕地保护与土地整治", "落实耕地保护目标，实施土地综合整治和补充耕地", 6420.4),
           ("地质灾害防治", "开展地质灾害隐患排查和监测预警", 980),
           ("不动产登记服务", "推进不动产登记便民服务和数据整合", 3610)],
    goal="守住耕地保护红线，完成年度国土空间规划编制任务，实施土地综合整治，地质灾害隐患点监测覆盖率"
         "100%，不动产登记服务效率持续提升。",
    rows=[
        Row(P, "数量指标", "完成村庄规划编制", "≥", "320", "个"),
        Row(P, "数量指标", "实施土地综合整治项目", "≥", "15", "个"),
        Row(P, "数量指标", "新增补充耕地面积", "≥", "5200", "亩"),
        Row(P, "质量指标", "耕地保有量完成率", "=", "100", "%"),
        Row(P, "质量指标", "地质灾害隐患点监测覆盖率", "=", "100", "%"),
        Row(P, "时效指标", "一般不动产登记办结时限", "≤", "3", "个工作日"),
        Row(B, "社会效益指标", "因地质灾害造成人员伤亡", "=", "0", "人"),
        Row(B, "生态效益指标", "历史遗留矿山生态修复面积", "≥", "1200", "亩"),
        Row(S, SL, "办事群众满意度", "≥", "95", "%"),
    ])

# L5 安徽 农业农村 — classic self-evaluation, 产出指标（50分） + short level-2 labels, -layout
L5 = Form(
    "self_evaluation", "2023年高标准农田建设项目", "安徽省阜阳市农业农村局", "阜阳市农田建设服务中心",
    2023, plan=(6200, 6200, None, None), total=6450, fiscal=6200, carry=250, executed=6318.2,
    fund_weight=10, fund_score=9.8,
    goal="新建高标准农田4.2万亩，配套建设灌排渠系和田间道路，项目区粮食综合生产能力每亩提高100斤以上。",
    actual_goal="建成高标准农田4.26万亩，新修渠道186公里、田间道路142公里，项目区亩均增产112斤。",
    rows=[
        Row(P, "数量指标", "新建高标准农田面积", "≥", "4.2", "万亩", "4.26万亩", 10, 10),
        Row(P, "数量指标", "新修灌排渠道", "≥", "180", "公里", "186公里", 5, 5),
        Row(P, "数量指标", "新修田间道路", "≥", "140", "公里", "142公里", 5, 5),
        Row(P, "质量指标", "工程竣工验收合格率", "=", "100", "%", "100%", 10, 10),
        Row(P, "时效指标", "项目建设完成时间", "", "2023年12月底前", "", "2023年12月25日", 10, 10),
        Row(P, "成本指标", "亩均财政投入", "≤", "1500", "元", "1483元", 10, 10),
        Row(B, "经济效益指标", "项目区亩均粮食增产", "≥", "100", "斤", "112斤", 10, 10),
        Row(B, "社会效益指标", "受益农户", "≥", "2.3", "万户", "2.35万户", 10, 10),
        Row(B, "可持续影响指标", "工程管护责任落实率", "=", "100", "%", "96%", 10, 8.5,
            "部分村级管护协议未签订，已责成乡镇年底前补签"),
        Row(S, SL, "项目区农户满意度", "≥", "90", "%", "92%", 10, 10),
    ], total_score=98.3, grade="优")

# O1 河北 商务 — classic declaration on one line
O1 = Form(
    "target_declaration", "2025年县域商业体系建设项目", "河北省邢台市商务局", "邢台市商务发展服务中心",
    2025, total=900, fiscal=850, carry=0, other=50,
    goal="支持建设改造县级物流配送中心和乡镇商贸中心，发展农村电商，县域商业网点乡镇覆盖率达到95%，"
         "农产品网络零售额较上年增长10%以上。",
    rows=[
        Row(P, "数量指标", "建设改造县级物流配送中心", "≥", "6", "个"),
        Row(P, "数量指标", "建设改造乡镇商贸中心", "≥", "35", "个"),
        Row(P, "数量指标", "培训农村电商从业人员", "≥", "2000", "人次"),
        Row(P, "质量指标", "乡镇商业网点覆盖率", "≥", "95", "%"),
        Row(P, "时效指标", "项目资金拨付时间", "", "9月底前", ""),
        Row(P, "成本指标", "单个乡镇商贸中心补助上限", "≤", "15", "万元"),
        Row(B, "经济效益指标", "农产品网络零售额增长率", "≥", "10", "%"),
        Row(B, "社会效益指标", "农村居民消费便利度", "", "有效提升", ""),
        Row(S, SL, "经营主体满意度", "≥", "90", "%"),
    ])

# O2 湖南 医保 — classic self-evaluation, PDF-scrambled one line
O2 = Form(
    "self_evaluation", "2024年医疗保障信息平台运行维护项目", "湖南省株洲市医疗保障局", "株洲市医疗保障事务中心",
    2024, plan=(345, 345, None, None), total=345, fiscal=345, executed=331.2, fund_weight=10, fund_score=9.6,
    goal="保障全市医疗保障信息平台稳定运行，系统年可用率不低于99.9%，医保电子凭证激活率达到80%，"
         "定点医药机构接入率100%。",
    actual_goal="平台全年稳定运行，系统可用率99.95%，医保电子凭证激活率82.3%，2860家定点医药机构全部接入。",
    rows=[
        Row(P, "数量指标", "接入平台的定点医药机构", "≥", "2800", "家", "2860家", 10, 10),
        Row(P, "数量指标", "平台运维巡检", "≥", "12", "次", "12次", 10, 10),
        Row(P, "质量指标", "系统年可用率", "≥", "99.9", "%", "99.95%", 15, 15),
        Row(P, "质量指标", "网络安全等级保护测评", "", "通过", "", "通过", 10, 10),
        Row(P, "时效指标", "系统故障响应时间", "≤", "30", "分钟", "20分钟", 10, 10),
        Row(B, "社会效益指标", "医保电子凭证激活率", "≥", "80", "%", "82.3%", 15, 15),
        Row(B, "可持续影响指标", "医保数据共享应用水平", "", "逐步提高", "", "逐步提高", 10, 9,
            "与卫健部门数据接口尚未全部贯通"),
        Row(S, SL, "参保群众满意度", "≥", "90", "%", "91%", 10, 10),
    ], total_score=98.6, grade="优")

# O3 山西 文化旅游 — department self-evaluation, three lines
O3 = Form(
    "department_self_evaluation", "大同市文化和旅游局部门整体支出", "大同市文化和旅游局", "大同市文化和旅游局",
    2024, plan=(5230.6, 5100.6, 130, None), total=5420.6, fiscal=5290.6, carry=130, executed=5286.3,
    fund_weight=10, fund_score=9.75,
    goal="推进公共文化服务体系建设，做好文物保护和非遗传承，举办文化旅游节庆活动，全市接待游客人次"
         "较上年增长8%。",
    actual_goal="完成送戏下乡620场，修缮市级以上文物保护单位9处，举办节庆活动15场，接待游客较上年增长9.6%。",
    rows=[
        Row(P, "数量指标", "送戏下乡演出", "≥", "600", "场", "620场", 10, 10),
        Row(P, "数量指标", "修缮市级以上文物保护单位", "≥", "8", "处", "9处", 10, 10),
        Row(P, "数量指标", "举办文化旅游节庆活动", "≥", "12", "场", "15场", 10, 10),
        Row(P, "质量指标", "文物修缮工程验收合格率", "=", "100", "%", "100%", 10, 10),
        Row(P, "时效指标", "公共文化场馆免费开放补助拨付", "", "按季度拨付", "", "按季度拨付", 10, 10),
        Row(B, "经济效益指标", "接待游客人次增长率", "≥", "8", "%", "9.6%", 15, 15),
        Row(B, "社会效益指标", "公共文化服务覆盖面", "", "持续扩大", "", "持续扩大", 15, 15),
        Row(S, SL, "群众文化活动满意度", "≥", "90", "%", "87%", 10, 9,
            "部分乡村演出场次集中在节假日，下年度调整排期"),
    ], total_score=98.75, grade="优")

# O5 贵州 人力社保 — department target on one line
O5 = Form(
    "department_target", "遵义市人力资源和社会保障局部门整体支出", "遵义市人力资源和社会保障局",
    "遵义市人力资源和社会保障局", 2026, total=9685.3, fiscal=9485.3, other=200,
    tasks=[("就业创业服务", "开展就业援助、创业担保贷款贴息和职业指导", 4210.5),
           ("社会保险经办", "做好养老、工伤、失业保险经办和待遇发放", 3620.8),
           ("劳动保障监察", "开展根治欠薪专项行动和劳动争议调解仲裁", 1854)],
    goal="实现城镇新增就业4.5万人，城镇调查失业率控制在5.5%以内，基本养老保险参保率稳定在95%以上，"
         "欠薪案件动态清零。",
    rows=[
        Row(P, "数量指标", "城镇新增就业人数", "≥", "4.5", "万人"),
        Row(P, "数量指标", "发放创业担保贷款", "≥", "3.2", "亿元"),
        Row(P, "质量指标", "基本养老保险参保率", "≥", "95", "%"),
        Row(P, "质量指标", "劳动人事争议仲裁结案率", "≥", "92", "%"),
        Row(P, "时效指标", "社会保险待遇发放", "", "每月15日前", ""),
        Row(B, "社会效益指标", "城镇调查失业率", "≤", "5.5", "%"),
        Row(B, "社会效益指标", "欠薪案件", "", "动态清零", ""),
        Row(S, SL, "参保群众满意度", "≥", "90", "%"),
    ])

# R1 安徽 教育 — classic self-evaluation, run together
R1 = Form(
    "self_evaluation", "2024年义务教育薄弱环节改善与能力提升项目", "安徽省六安市教育体育局", "六安市教育装备中心",
    2024, plan=(2180, 2180, None, None), total=2260, fiscal=2180, carry=80, executed=2201.5,
    fund_weight=10, fund_score=9.7,
    goal="改善农村义务教育学校办学条件，新建改建校舍2.3万平方米，配备教学仪器设备，"
         "农村学校教学装备达标率达到95%。",
    actual_goal="完成校舍新建改建2.36万平方米，为58所学校配备仪器设备，装备达标率96.2%。",
    rows=[
        Row(P, "数量指标", "新建改建校舍面积", "≥", "2.3", "万平方米", "2.36万平方米", 10, 10),
        Row(P, "数量指标", "配备教学仪器设备学校", "≥", "55", "所", "58所", 10, 10),
        Row(P, "质量指标", "校舍工程验收合格率", "=", "100", "%", "100%", 10, 10),
        Row(P, "质量指标", "农村学校教学装备达标率", "≥", "95", "%", "96.2%", 10, 10),
        Row(P, "时效指标", "校舍工程交付使用时间", "", "秋季开学前", "", "8月28日", 10, 10),
        Row(P, "成本指标", "校舍改建每平方米造价", "≤", "2600", "元", "2540元", 10, 10),
        Row(B, "社会效益指标", "农村学校办学条件", "", "明显改善", "", "明显改善", 15, 15),
        Row(S, SL, "师生满意度", "≥", "90", "%", "89.5%", 15, 14,
            "部分学校设备调试培训不足，下年度加强使用培训"),
    ], total_score=98.7, grade="优")

# R2 辽宁 交通运输 — department self-evaluation, run together
R2 = Form(
    "department_self_evaluation", "大连市交通运输局部门整体支出", "大连市交通运输局", "大连市交通运输局",
    2023, plan=(18620, 18620, None, None), total=19360, fiscal=18620, carry=740, executed=18845.6,
    fund_weight=10, fund_score=9.7,
    goal="保障城市公共交通运营补贴按时拨付，完成国省干线公路大中修，推进农村客运公交化改造，"
         "交通运输安全形势稳定。",
    actual_goal="拨付公交运营补贴，完成干线公路大中修126公里，改造农村客运线路34条，未发生较大以上交通运输安全事故。",
    rows=[
        Row(P, "数量指标", "国省干线公路大中修里程", "≥", "120", "公里", "126公里", 10, 10),
        Row(P, "数量指标", "农村客运公交化改造线路", "≥", "30", "条", "34条", 10, 10),
        Row(P, "数量指标", "更新新能源公交车", "≥", "200", "辆", "186辆", 10, 9,
            "车辆招标延后，剩余14辆于次年一季度交付"),
        Row(P, "质量指标", "干线公路优良路率", "≥", "90", "%", "92.4%", 10, 10),
        Row(P, "时效指标", "公交运营补贴拨付", "", "按季度拨付", "", "按季度拨付", 10, 10),
        Row(B, "社会效益指标", "较大以上交通运输安全事故", "=", "0", "起", "0起", 15, 15),
        Row(B, "生态效益指标", "新能源公交车占比", "≥", "85", "%", "86.1%", 10, 10),
        Row(S, SL, "公交乘客满意度", "≥", "88", "%", "90.3%", 15, 15),
    ], total_score=98.7, grade="优")

# R3 甘肃 卫生健康 — classic declaration in 元, run together
R3 = Form(
    "target_declaration", "2025年院前医疗急救体系建设项目", "甘肃省张掖市卫生健康委员会", "张掖市紧急救援中心",
    2025, total=412.8, fiscal=380, carry=0, other=32.8,
    goal="新增急救站点6个，更新负压救护车10辆，城市急救平均反应时间控制在12分钟以内，"
         "院前急救呼救满足率达到98%。",
    rows=[
        Row(P, "数量指标", "新增院前急救站点", "=", "6", "个"),
        Row(P, "数量指标", "更新负压救护车", "≥", "10", "辆"),
        Row(P, "数量指标", "培训急救医护人员", "≥", "320", "人次"),
        Row(P, "质量指标", "院前急救呼救满足率", "≥", "98", "%"),
        Row(P, "时效指标", "城市急救平均反应时间", "≤", "12", "分钟"),
        Row(P, "成本指标", "单辆负压救护车购置成本", "≤", "32", "万元"),
        Row(B, "社会效益指标", "急危重症患者救治成功率", "", "稳步提高", ""),
        Row(S, SL, "急救服务对象满意度", "≥", "95", "%"),
    ])

# R5 天津 司法 — department target, run together
R5 = Form(
    "department_target", "天津市南开区司法局部门整体支出", "天津市南开区司法局", "天津市南开区司法局",
    2026, total=3125.6, fiscal=3085.6, other=40,
    tasks=[("人民调解", "指导街道社区人民调解组织开展矛盾纠纷排查化解", 386),
           ("社区矫正", "落实社区矫正对象监督管理和教育帮扶", 512.4),
           ("公共法律服务", "运行区公共法律服务中心和12348热线", 698.2)],
    goal="健全公共法律服务体系，人民调解成功率保持在96%以上，社区矫正对象无脱管漏管，"
         "公共法律服务满意度达到95%。",
    rows=[
        Row(P, "数量指标", "排查化解矛盾纠纷", "≥", "3800", "件"),
        Row(P, "数量指标", "开展法治宣传活动", "≥", "150", "场次"),
        Row(P, "质量指标", "人民调解成功率", "≥", "96", "%"),
        Row(P, "质量指标", "社区矫正对象脱管漏管率", "=", "0", "%"),
        Row(P, "时效指标", "法律援助申请受理审查", "≤", "3", "个工作日"),
        Row(B, "社会效益指标", "群众法治意识", "", "明显增强", ""),
        Row(S, SL, "公共法律服务满意度", "≥", "95", "%"),
    ])

# S1 湖南 自然资源 — classic declaration, -layout with wrapped cells
S1 = Form(
    "target_declaration", "2025年地质灾害隐患点综合治理工程", "湖南省怀化市自然资源和规划局",
    "怀化市地质灾害防治与生态修复中心", 2025, total=2380, fiscal=2100, carry=180, other=100,
    goal="对威胁人口较多的23处地质灾害隐患点实施工程治理和排危除险，新建普适型监测预警设备"
         "260台套，消除受威胁群众4600人的安全隐患。",
    rows=[
        Row(P, "数量指标", "实施工程治理和排危除险的地质灾害隐患点", "=", "23", "处"),
        Row(P, "数量指标", "新建普适型地质灾害监测预警设备", "≥", "260", "台套"),
        Row(P, "质量指标", "治理工程竣工验收合格率", "=", "100", "%"),
        Row(P, "质量指标", "监测设备在线率", "≥", "95", "%"),
        Row(P, "时效指标", "治理工程完工时间", "", "2025年汛期前", ""),
        Row(P, "成本指标", "单处隐患点平均治理投入", "≤", "95", "万元"),
        Row(B, "社会效益指标", "消除受威胁群众安全隐患", "≥", "4600", "人"),
        Row(B, "生态效益指标", "治理区植被恢复率", "≥", "85", "%"),
        Row(S, SL, "受威胁群众满意度", "≥", "95", "%"),
    ])

# S2 福建 农业农村 — classic self-evaluation, -layout with wrapped deviation texts
S2 = Form(
    "self_evaluation", "2023年茶产业绿色高质量发展项目", "福建省宁德市农业农村局", "宁德市茶业发展服务中心",
    2023, plan=(860, 860, None, None), total=860, fiscal=860, executed=829.4, fund_weight=10, fund_score=9.6,
    goal="建设生态茶园示范基地1.2万亩，推广茶园绿色防控技术，培育茶叶区域公用品牌，"
         "茶叶农药残留抽检合格率达到99%以上。",
    actual_goal="建成生态茶园示范基地1.25万亩，绿色防控覆盖茶园8.6万亩，农残抽检合格率99.6%，茶农人均增收1380元。",
    rows=[
        Row(P, "数量指标", "建设生态茶园示范基地面积", "≥", "1.2", "万亩", "1.25万亩", 15, 15),
        Row(P, "数量指标", "茶园绿色防控技术推广覆盖面积", "≥", "8", "万亩", "8.6万亩", 10, 10),
        Row(P, "数量指标", "开展茶叶品牌推介活动", "≥", "6", "场", "5场", 5, 4,
            "原定于11月举办的境外推介会因展会主办方调整日程取消，已改为线上推介"),
        Row(P, "质量指标", "茶叶农药残留抽检合格率", "≥", "99", "%", "99.6%", 10, 10),
        Row(P, "时效指标", "示范基地建设完成时间", "", "2023年10月底前", "", "2023年10月26日", 10, 10),
        Row(B, "经济效益指标", "项目区茶农人均增收", "≥", "1200", "元", "1380元", 15, 15),
        Row(B, "生态效益指标", "茶园化学农药使用量", "", "较上年减少", "", "较上年减少6.8%", 10, 10),
        Row(S, SL, "参与茶企和茶农满意度", "≥", "90", "%", "88%", 15, 13,
            "部分茶农反映补助资金兑付偏晚，下一年度将兑付节点前移至采茶季前"),
    ], total_score=96.6, grade="优")

# S3 上海 医保 — department target, -layout
S3 = Form(
    "department_target", "上海市浦东新区医疗保障局部门整体支出", "上海市浦东新区医疗保障局",
    "上海市浦东新区医疗保障局", 2025, total=6842.7, fiscal=6842.7, other=0,
    tasks=[("医疗救助", "对低保、特困等困难人员实施门诊和住院医疗救助", 4260),
           ("医保基金监管", "开展定点医药机构日常检查和专项治理", 1186.5),
           ("医保经办服务", "推进医保经办服务下沉和长期护理保险经办", 1396.2)],
    goal="落实医疗救助政策，困难群众医疗救助应救尽救；强化医保基金监管，定点医药机构检查覆盖率100%；"
         "医保经办服务事项“一网通办”率达到95%以上。",
    rows=[
        Row(P, "数量指标", "资助困难人员参加城乡居民医保", "≥", "2.8", "万人"),
        Row(P, "数量指标", "定点医药机构现场检查", "≥", "1600", "家次"),
        Row(P, "质量指标", "定点医药机构检查覆盖率", "=", "100", "%"),
        Row(P, "质量指标", "医保经办服务事项“一网通办”率", "≥", "95", "%"),
        Row(P, "时效指标", "医疗救助资金结算时限", "≤", "15", "个工作日"),
        Row(B, "社会效益指标", "困难群众医疗救助", "", "应救尽救", ""),
        Row(B, "可持续影响指标", "医保基金运行", "", "安全平稳", ""),
        Row(S, SL, "参保群众经办服务满意度", "≥", "92", "%"),
    ])

# S4 河北 教育 — department self-evaluation, -layout
S4 = Form(
    "department_self_evaluation", "保定市教育局部门整体支出", "保定市教育局", "保定市教育局",
    2024, plan=(24580, 24280, 300, None), total=25160.5, fiscal=24860.5, carry=300, executed=24612.8,
    fund_weight=10, fund_score=9.78,
    goal="落实学生资助政策，推进普惠性幼儿园建设和县域高中提升，义务教育巩固率保持在99%以上，"
         "学前教育毛入园率达到92%。",
    actual_goal="资助各学段学生14.6万人次，新增普惠性学位3240个，义务教育巩固率99.3%，学前三年毛入园率92.8%。",
    rows=[
        Row(P, "数量指标", "资助家庭经济困难学生", "≥", "14", "万人次", "14.6万人次", 10, 10),
        Row(P, "数量指标", "新增普惠性幼儿园学位", "≥", "3000", "个", "3240个", 10, 10),
        Row(P, "质量指标", "义务教育巩固率", "≥", "99", "%", "99.3%", 10, 10),
        Row(P, "质量指标", "学前三年毛入园率", "≥", "92", "%", "92.8%", 10, 10),
        Row(P, "时效指标", "国家助学金发放时间", "", "每学期开学后两个月内", "", "按时发放", 10, 10),
        Row(B, "社会效益指标", "因贫失学辍学学生", "=", "0", "人", "0人", 15, 15),
        Row(B, "可持续影响指标", "县域普通高中办学水平", "", "持续提升", "", "持续提升", 10, 10),
        Row(S, SL, "学生和家长满意度", "≥", "90", "%", "86.4%", 15, 13.5,
            "部分县区普惠性幼儿园离家较远，接送不便，计划新增小区配套园缓解"),
    ], total_score=98.28, grade="优")

# S5 湖北 商务 — classic declaration in 元 with 备注, -layout
S5 = Form(
    "target_declaration", "2026年城市一刻钟便民生活圈建设项目", "湖北省襄阳市商务局", "襄阳市商贸流通服务中心",
    2026, total=568.4, fiscal=500, carry=0, other=68.4,
    goal="在中心城区建设一刻钟便民生活圈12个，新增和改造便民商业网点180个，"
         "社区居民日常消费步行15分钟可达率达到90%。",
    rows=[
        Row(P, "数量指标", "建设一刻钟便民生活圈", "=", "12", "个", note="中心城区三区各4个"),
        Row(P, "数量指标", "新增和改造便民商业网点", "≥", "180", "个", note="含早餐店、菜店、家政网点"),
        Row(P, "质量指标", "便民网点验收达标率", "≥", "95", "%", note="按省级建设指南验收"),
        Row(P, "时效指标", "建设任务完成时间", "", "2026年11月底前", ""),
        Row(P, "成本指标", "单个网点改造补助", "≤", "2.5", "万元", note="不超过改造投入的30%"),
        Row(B, "经济效益指标", "生活圈内社区商业销售额增长", "≥", "6", "%"),
        Row(B, "社会效益指标", "居民日常消费步行15分钟可达率", "≥", "90", "%"),
        Row(S, SL, "社区居民满意度", "≥", "90", "%", note="第三方抽样调查"),
    ])


def directional(f: Form) -> Form:
    """the same form printed with 正向/反向/定性 natures instead of signs (target = value + unit)"""
    import copy
    g = copy.deepcopy(f)
    for r in g.rows:
        r.nat = "定性" if not (r.op or r.unit) else ("反向" if r.op == "≤" else "正向")
        r.op = ""
    return g


# ---------------------------------------------------------------- documents

C5D = directional(C5)

L1_L1 = {P: "产出", B: "效益", S: "满意度指标"}
L1_L2 = {"数量指标": "数量指标(或建筑规模指标)", "社会效益指标": "社会效益", "生态效益指标": "生态效益",
         SL: "满意度指标"}
SP1 = {k: spaced(k) for k in (P, B, S)}
SP2 = {k: spaced(k) for k in ("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标")}
SP2[SL] = spaced("满意度指标")
L4_L2 = {SL: "满意度指标"}
L5_L1 = {P: "产出指标（50分）", B: "效益指标（30分）", S: "满意度指标（10分）"}

CQ_SELF_FUNDS = ("total", "executed")
CQ_DECL_FUNDS = ("total", "fiscal", "other")
DT_FUNDS = ("total", "fiscal", "other")


def o02_text():
    secs = classic_self(O2)
    cells = flat_cells(secs[:2]) + scrambled(secs[2]) + flat_cells(secs[3:])
    return " ".join(cells) + "\n"


def o04_text():
    secs = cq_decl(C1)
    tab = table_rows(secs[2])
    head_cells = flat_cells(secs[:2]) + [c for c in tab[0] if c]
    body = tab[1:]
    def col(k):
        return [r[k] for r in body if r[k]]
    line1 = head_cells + col(0) + col(1)
    line2 = col(2) + col(3) + col(4) + col(5)
    return " ".join(line1) + "\n" + " ".join(line2) + "\n"


def docs():
    """(doc_id, family, province, sector, note, text, gold forms)"""
    D = []

    def add(i, fam, prov, sec, note, text, *gold):
        D.append((i, fam, prov, sec, note, text, list(gold)))

    # chongqing_style
    add("c01_cq_tab_shanxi_justice", "chongqing_style", "山西", "司法",
        "Excel copy (tabs, trailing tabs kept) of a Chongqing-template declaration: 指标类型 = level-2 names "
        "printed once per block, 指标性质 ≥/≤/=/无 (qualitative row: 无 … 无), value and 计量单位 in separate cells "
        "(个工作日, 元/件), 指标权重; funds line 年度资金总额/财政拨款/其他资金：0.",
        render_tab(cq_decl(C1)), gold_of(C1, funds=CQ_DECL_FUNDS))
    add("c02_cq_layout_hubei_emergency", "chongqing_style", "湖北", "应急管理",
        "pdftotext -layout of a Chongqing self-evaluation: 产出类/效益类/满意度类/管理类指标 blocks (level 2 null), "
        "header labels 指标性质/计量单位/指标权重/全年完成值 wrapped in narrow columns, 得分 and 偏差原因 columns with "
        "wrapped texts, long names wrapped, block labels in the middle row of their block, 自评得分 line.",
        render_layout(cq_self(C2, "class", "sign", w=[12, 20, 4, 8, 4, 4, 6, 4, 22])),
        gold_of(C2, funds=CQ_SELF_FUNDS))
    add("c03_cq_cell_fujian_health", "chongqing_style", "福建", "卫生健康",
        "Word copy, one cell per line (merged cells once, empty cells as blank lines) of a Chongqing declaration: "
        "指标性质 定量/定性 with the sign inside 指标值 (≥9.8 | 万人), qualitative rows with an empty 计量单位, "
        "amounts in 元 with thousands separators.",
        render_cells(cq_decl(C3, "l2", "dinglian", unit="元")), gold_of(C3, funds=CQ_DECL_FUNDS))
    add("c04_cq_run_gansu_transport", "chongqing_style", "甘肃", "交通运输",
        "Chongqing self-evaluation run together (no separators, lines broken every 18–95 characters, inside "
        "numbers and words): level-2 types, ≥/=/≤/无 natures, 全年完成值 + 得分 + 偏差原因 digits glued together.",
        render_run(cq_self(C4), seed=1204), gold_of(C4, funds=CQ_SELF_FUNDS))
    add("c05_cq_oneline_guizhou_culture", "chongqing_style", "贵州", "文化旅游",
        "Chongqing self-evaluation on one line with single spaces: short 指标类型 (数量/质量/时效/成本/社会效益/"
        "可持续影响/服务对象满意度), natures 正向/反向/定性 (no sign printed → target = value + unit), 得分 column, "
        "no 偏差原因 column.",
        render_oneline(cq_self(C5D, "short", "direction", cols=("score",))),
        gold_of(C5D, funds=CQ_SELF_FUNDS))

    # label_variants
    add("l01_lbl_tab_tianjin_housing", "label_variants", "天津", "住房城建",
        "tab copy of a classic declaration with a 备注 column: level 1 printed 产出/效益/满意度指标, level 2 "
        "数量指标(或建筑规模指标)/社会效益/生态效益/满意度指标 (满意度指标 at both levels), 上年结转资金 0.",
        render_tab(classic_decl(L1, L1_L1, L1_L2, note_col=True)), gold_of(L1))
    add("l02_lbl_numbered_shanghai_edu", "label_variants", "上海", "教育",
        "tab copy (trailing tabs stripped) of a classic self-evaluation with numbered labels 一、产出指标 / "
        "（一）数量指标 … numbering restarting under each level 1, actuals with units, 自评等级.",
        render_tab(classic_self(L2, NUM1, numbered2(L2.rows)), trailing=False), gold_of(L2))
    add("l03_lbl_spaced_liaoning_hrss", "label_variants", "辽宁", "人力社保",
        "Word copy one cell per line of a classic declaration with letter-spaced labels at both levels "
        "(产 出 指 标 / 数 量 指 标 / 经 济 效 益 指 标; 满 意 度 指 标 at both levels).",
        render_cells(classic_decl(L3, SP1, SP2)), gold_of(L3))
    add("l04_lbl_rows_shandong_land", "label_variants", "山东", "自然资源",
        "department target as PDF text without layout: one table row per line, cells joined by single spaces, "
        "merged level-1 and level-2 labels printed in the middle row of their block (a line may start with a "
        "level-2 label, with the level-1 label, or with the 三级 name); 满意度指标 at both levels.",
        render_rowlines(dept_target(L4, None, L4_L2)), gold_of(L4, funds=DT_FUNDS))
    add("l05_lbl_layout_anhui_farmland", "label_variants", "安徽", "农业农村",
        "pdftotext -layout of a classic self-evaluation with level 1 printed with its points "
        "(产出指标（50分）/效益指标（30分）/满意度指标（10分）) and short level 2 (数量/质量/时效/成本/经济效益/社会效益/"
        "可持续影响/服务对象满意度), wrapped labels and deviation text.",
        render_layout(classic_self(L5, L5_L1, SHORT2, w=[10, 10, 16, 12, 12, 4, 6, 16])), gold_of(L5))

    # one_line_spaces
    add("o01_ols_hebei_commerce", "one_line_spaces", "河北", "商务",
        "classic declaration on a single line with single spaces (title, header, funds, goal, table).",
        render_oneline(classic_decl(O1)), gold_of(O1))
    add("o02_ols_scrambled_hunan_medins", "one_line_spaces", "湖南", "医保",
        "PDF-scrambled classic self-evaluation on one line: header in reading order, then the indicator table "
        "column by column (all level 1, all level 2, all 三级, all targets, all actuals, all 分值, all 得分, the "
        "deviation text), then 总分.",
        o02_text(), gold_of(O2))
    add("o03_ols_dept_shanxi_culture", "one_line_spaces", "山西", "文化旅游",
        "department self-evaluation on three lines (header + funds + goals / indicator table / 总分), single "
        "spaces, empty cells dropped.",
        render_oneline(dept_self(O3), breaks={2, 3}), gold_of(O3))
    add("o04_ols_scrambled_cq_shanxi_justice", "one_line_spaces", "山西", "司法",
        "the c01 Chongqing declaration scrambled over two lines: line 1 header + table header + all 指标类型 + all "
        "指标名称; line 2 all 指标性质, all 指标值, all 计量单位, all 指标权重.",
        o04_text(), gold_of(C1, funds=CQ_DECL_FUNDS))
    add("o05_ols_dept_guizhou_hrss", "one_line_spaces", "贵州", "人力社保",
        "department target on one line: 部门名称, 年度主要任务 table with amounts, budget, goal, indicators "
        "(亿元, 每月15日前, 动态清零).",
        render_oneline(dept_target(O5)), gold_of(O5, funds=DT_FUNDS))

    # run_together
    add("r01_run_anhui_edu", "run_together", "安徽", "教育",
        "classic self-evaluation run together, title on its own line, lines broken every 18–95 characters "
        "(inside numbers, labels and goals); qualitative target 秋季开学前 followed by the actual 8月28日.",
        render_run(classic_self(R1), seed=2024), gold_of(R1))
    add("r02_run_dept_liaoning_transport", "run_together", "辽宁", "交通运输",
        "department self-evaluation run together, lines broken 20–70 characters; funds block 年初/全年/执行/分值/"
        "执行率/得分 glued, a deviation text between rows.",
        render_run(dept_self(R2), seed=2023, lo=20, hi=70), gold_of(R2))
    add("r03_run_gansu_health", "run_together", "甘肃", "卫生健康",
        "classic declaration in 元 (thousands separators) run together, title glued too, short lines 15–60; "
        "qualitative target 稳步提高 glued to the next name.",
        render_run(classic_decl(R3, unit="元"), seed=2025, lo=15, hi=60, first_line_break=False),
        gold_of(R3))
    add("r04_run_lbl_tianjin_housing", "run_together", "天津", "住房城建",
        "the l01 declaration (short labels 产出/效益, 数量指标(或建筑规模指标), 满意度指标 at both levels, 备注 column) "
        "run together with long lines 40–110.",
        render_run(classic_decl(L1, L1_L1, L1_L2, note_col=True), seed=77, lo=40, hi=110), gold_of(L1))
    add("r05_run_dept_tianjin_justice", "run_together", "天津", "司法",
        "department target run together: 年度主要任务 rows with amounts glued to the next task name, budget, goal, "
        "indicators; qualitative 明显增强 glued to the next level-1 label.",
        render_run(dept_target(R5), seed=2026), gold_of(R5, funds=DT_FUNDS))

    # space_columns
    add("s01_layout_hunan_geohazard", "space_columns", "湖南", "自然资源",
        "pdftotext -layout of a classic declaration: long 三级 names, the implementing unit and the goal wrapped "
        "onto continuation lines, level labels in the middle row of their blocks.",
        render_layout(classic_decl(S1, w=[14, 14, 20, 12])), gold_of(S1))
    add("s02_layout_fujian_tea", "space_columns", "福建", "农业农村",
        "pdftotext -layout of a classic self-evaluation: narrow columns (targets/actuals like 2023年10月底前 "
        "wrapped), long deviation texts over several lines, 生态效益 printed 环境效益指标.",
        render_layout(classic_self(S2, None, {"生态效益指标": "环境效益指标"}, w=[10, 12, 16, 12, 12, 4, 4, 18])),
        gold_of(S2))
    add("s03_layout_dept_shanghai_medins", "space_columns", "上海", "医保",
        "pdftotext -layout of a department target: 年度主要任务 with wrapped contents, goal over several lines, "
        "indicator names with quotes (“一网通办”) wrapped, 其他资金 0.",
        render_layout(dept_target(S3, w=[12, 14, 24, 12])), gold_of(S3, funds=DT_FUNDS))
    add("s04_layout_dept_hebei_edu", "space_columns", "河北", "教育",
        "pdftotext -layout of a department self-evaluation: label cells wrapped (部门（单位）名称, 预算执行情况（万元）), "
        "long qualitative target 每学期开学后两个月内 wrapped, deviation text wrapped.",
        render_layout(dept_self(S4, w=[10, 12, 18, 12, 12, 6, 6, 16])), gold_of(S4))
    add("s05_layout_hubei_commerce", "space_columns", "湖北", "商务",
        "pdftotext -layout of a classic declaration in 元 with a 备注 column (notes wrapped), long 三级 names "
        "wrapped, 2026年11月底前 wrapped in a narrow value column.",
        render_layout(classic_decl(S5, unit="元", note_col=True, w=[12, 12, 18, 10, 16])), gold_of(S5))
    return D


def main():
    for d in (DOCS, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    meta = {}
    for i, fam, prov, sec, note, text, gold in docs():
        (DOCS / f"{i}.txt").write_text(text, "utf-8")
        (GOLD / f"{i}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
        meta[i] = {"family": fam, "province": prov, "sector": sec, "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
    n_forms = sum(len(g) for *_, g in docs())
    n_rows = sum(len(f["indicators"]) for *_, g in docs() for f in g)
    print(f"{len(meta)} documents, {n_forms} forms, {n_rows} indicator rows")


if __name__ == "__main__":
    main()
