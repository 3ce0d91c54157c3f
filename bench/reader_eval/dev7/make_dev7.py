"""Write the dev7 reader evaluation set (docs/, gold/, meta.json) from the set's own content.

    python bench/reader_eval/dev7/make_dev7.py      (needs openpyxl, python-docx, pymupdf)

dev7 leans on the shapes the reader handled worst before it: Chongqing-template tables
(指标类型/指标名称/指标性质/指标值/计量单位/指标权重/全年完成值/评价标准) with 指标性质 printed as a sign,
as 定量/定性 or as 正向/反向, short and decorated level labels, one-line and space-column text,
operator/value/unit in separate cells, one token per line and run-together text. Content is in
content.py (all invented). Every document is rendered from one form through a *grid* (rows of
cells plus merged spans), and its gold is written from the same form.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # pdftable.py is shared by the sets
import content as K  # noqa: E402
import pdftable  # noqa: E402

DOCS, GOLD = HERE / "docs", HERE / "gold"


def wan(x):
    return None if x is None else round(float(x) * 10000, 2)


def num(x):
    return "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


def fmt_wan(x):
    return "" if x is None else num(x)


def target(i):
    return f"{i['op']}{i['val']}{i['unit']}"


# ------------------------------------------------------------------ gold


def gold(f, level_mode="full", **over):
    fu = f.get("funds_wan") or {}
    rate = fu.get("rate")
    g = {
        "name": f["name"], "department": f["department"], "unit": f["unit"], "year": f["year"],
        "form": f["form"],
        "funds": {"total": wan(fu.get("total")), "fiscal": wan(fu.get("fiscal")),
                  "carryover": wan(fu.get("carryover")), "other": wan(fu.get("other")),
                  "executed": wan(fu.get("executed")),
                  "execution_rate": float(rate.rstrip("%")) if rate else None},
        "goal": f.get("goal"), "total_score": f.get("total_score"), "grade": f.get("grade"),
        "indicators": [],
    }
    for i in f["inds"]:
        l1, l2 = i["l1"], i["l2"]
        if level_mode == "l1only":
            l2 = None
        g["indicators"].append({
            "level1": l1, "level2": l2, "level3": i["name"], "target": target(i),
            "actual": i["act"], "weight": None if i["w"] is None else float(i["w"]),
            "score": None if i["sc"] is None else float(i["sc"]), "deviation": i["dev"]})
    for k, v in over.items():
        if k == "funds":
            g["funds"].update(v)
        elif k == "no_weight":
            for r in g["indicators"]:
                r["weight"] = None
        elif k == "no_actual":
            for r in g["indicators"]:
                r["actual"] = None
        else:
            g[k] = v
    return g


# ------------------------------------------------------------------ grids


class Grid:
    def __init__(self, ncols):
        self.n = ncols
        self.rows: list[list[str]] = []
        self.spans: dict[tuple[int, int], tuple[int, int]] = {}
        self.title = ""
        self.sub: list[str] = []
        self.foot: list[str] = []

    def add(self, cells, spans=()):
        """cells: list of (text, colspan)."""
        r = len(self.rows)
        row, c = [], 0
        for text, w in cells:
            if w > 1:
                self.spans[(r, c)] = (1, w)
            row.append(text)
            row.extend([""] * (w - 1))
            c += w
        row.extend([""] * (self.n - len(row)))
        self.rows.append(row)
        return r

    def vmerge(self, col, r0, r1):
        """merge rows r0..r1 (inclusive) of a column whose text is in r0."""
        if r1 > r0:
            h, w = self.spans.get((r0, col), (1, 1))
            self.spans[(r0, col)] = (r1 - r0 + 1, w)

    def covered(self):
        out = set()
        for (r, c), (h, w) in self.spans.items():
            for i in range(h):
                for j in range(w):
                    if (i, j) != (0, 0):
                        out.add((r + i, c + j))
        return out


def merge_runs(g, col, r_start, labels):
    """write labels (one per row from r_start) into col, merged over runs of equal labels."""
    k = 0
    while k < len(labels):
        j = k
        while j + 1 < len(labels) and labels[j + 1] == labels[k]:
            j += 1
        g.rows[r_start + k][col] = labels[k]
        for m in range(k + 1, j + 1):
            g.rows[r_start + m][col] = ""
        g.vmerge(col, r_start + k, r_start + j)
        k = j + 1


CLS = {K.P: "产出类指标", K.B: "效益类指标", K.S: "满意度类指标", K.C: "成本类指标", K.GL: "管理类指标"}


def cq_grid(f, nature="sign", typecol="l2", extra="crit", score=False, dev=False, title=None, l2map=None):
    """Chongqing-template declaration / self-evaluation."""
    se = f["form"] == "self_evaluation"
    head = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]
    if se:
        head.append("全年完成值")
    if score:
        head.append("得分")
    head.append({"crit": "评价标准", "note": "指标解释"}[extra])
    if dev:
        head.append("未完成原因")
    n = len(head)
    g = Grid(n)
    fu = f["funds_wan"]
    g.title = title or (f"{f['year']}年度项目支出绩效自评表" if se else f"{f['year']}年项目支出绩效目标申报表")
    rest = n - 5
    if se:
        g.add([("项目名称", 1), (f["name"], 3), ("项目联系人", 1), (f["contact"], rest)])
        g.add([("项目实施单位", 1), (f["unit"], 3), ("项目主管部门", 1), (f["department"], rest)])
        r = g.add([("项目预算执行情况（万元）", 1), ("全年预算数（A）", 3), ("全年执行数（B）", n - 4)])
        g.add([("", 1), (fmt_wan(fu["total"]), 3), (fmt_wan(fu["executed"]), n - 4)])
        g.vmerge(0, r, r + 1)
        r = g.add([("当年绩效目标", 1), ("全年绩效目标", 3), ("全年目标实际完成情况", n - 4)])
        g.add([("", 1), (f["goal"], 3), (f["goal_done"], n - 4)])
        g.vmerge(0, r, r + 1)
    else:
        g.add([("项目名称", 1), (f["name"], 3), ("项目联系人", 1), (f["contact"], rest)])
        g.add([("主管部门", 1), (f["department"], 3), ("实施单位", 1), (f["unit"], rest)])
        g.add([("项目资金（万元）", 1), ("资金总额", 1), (fmt_wan(fu["total"]), 1), ("其中：财政资金", 1),
               (fmt_wan(fu["fiscal"]), 1), ("其他资金", 1), (fmt_wan(fu["other"]), n - 6)])
        g.add([("年度绩效目标", 1), (f["goal"], n - 1)])
    g.add([(h, 1) for h in head])
    r0 = len(g.rows)
    labels = []
    for i in f["inds"]:
        if typecol == "l2":
            lab = (l2map or {}).get(i["l2"], i["l2"])
        elif typecol == "l1":
            lab = i["l1"]
        else:
            lab = CLS[i["l1"]]
        labels.append(lab)
        qual = not any(ch.isdigit() for ch in i["val"])
        if nature == "sign":
            nat, val, unit = (i["op"] or "无"), i["val"], (i["unit"] or "无")
        elif nature == "dl":
            nat, val, unit = ("定性" if qual else "定量"), i["op"] + i["val"], i["unit"]
        else:  # dir
            nat, val, unit = i["nat"], i["val"], i["unit"]
        cells = ["", i["name"], nat, val, unit, num(i["w"])]
        if se:
            cells.append(i["act"] or "")
        if score:
            cells.append(num(i["sc"]))
        cells.append((i["crit"] or "") if extra == "crit" else (i["note"] or ""))
        if dev:
            cells.append(i["dev"] or "")
        g.add([(c, 1) for c in cells])
    merge_runs(g, 0, r0, labels)
    tot = sum(i["w"] for i in f["inds"])
    g.add([("合计", 5), (num(tot), 1)] + [("", 1)] * (n - 6))
    return g


def classic_grid(f, l1map=None, l2map=None, extra=None, title=None, lead=True):
    """classic declaration: (绩效指标) | 一级 | 二级 | 三级 | 指标值 [| extra]"""
    l1map, l2map = l1map or {}, l2map or {}
    cols = (["绩效指标"] if lead else []) + ["一级指标", "二级指标", "三级指标", "指标值"] + ([extra] if extra else [])
    n = len(cols)
    g = Grid(n)
    g.title = title or "项目支出绩效目标表"
    fu = f["funds_wan"]
    g.sub = [f"（{f['year']}年度）"]
    g.add([("项目名称", 1), (f["name"], n - 1)])
    dspan = max(1, (n - 2) // 2)
    g.add([("主管部门", 1), (f["department"], dspan), ("实施单位", 1), (f["unit"], n - 2 - dspan)])
    r = g.add([("项目资金（万元）", 1), ("年度资金总额", 2), (fmt_wan(fu["total"]), n - 3)])
    g.add([("", 1), ("其中：财政拨款", 2), (fmt_wan(fu["fiscal"]), n - 3)])
    g.add([("", 1), ("其他资金", 2), (fmt_wan(fu["other"]), n - 3)])
    g.vmerge(0, r, r + 2)
    g.add([("年度绩效目标", 1), (f["goal"], n - 1)])
    g.add([(c, 1) for c in (([""] if lead else []) + cols[1 if lead else 0:])])
    if lead:
        g.rows[-1][0] = "绩效指标"
    r0 = len(g.rows)
    l1s, l2s = [], []
    off = 1 if lead else 0
    for i in f["inds"]:
        l1s.append(l1map.get(i["l1"], i["l1"]))
        l2s.append((i["l1"], l2map.get(i["l2"], i["l2"])))
        cells = ([""] if lead else []) + ["", "", i["name"], target(i)] + ([i.get("note") or ""] if extra else [])
        g.add([(c, 1) for c in cells])
    merge_runs(g, off, r0, l1s)
    merge_runs(g, off + 1, r0, l2s)
    for k, (_, lab) in enumerate(l2s):
        if g.rows[r0 + k][off + 1]:
            g.rows[r0 + k][off + 1] = lab
    if lead:
        g.vmerge(0, r0 - 1, len(g.rows) - 1)
    return g


def classic_se_grid(f, l1map=None, l2map=None, title="项目支出绩效自评表", dept=False):
    l1map, l2map = l1map or {}, l2map or {}
    n = 9
    g = Grid(n)
    g.title = title
    g.sub = [f"（{f['year']}年度）"]
    fu = f["funds_wan"]
    if dept:
        g.add([("部门名称", 1), (f["name"].replace("部门整体支出", ""), n - 1)])
    else:
        g.add([("项目名称", 1), (f["name"], n - 1)])
        g.add([("主管部门", 1), (f["department"], 3), ("实施单位", 1), (f["unit"], 4)])
    r = g.add([("预算执行情况（万元）" if dept else "项目资金（万元）", 1), ("", 2), ("年初预算数", 1), ("全年预算数", 1),
               ("全年执行数", 1), ("分值", 1), ("执行率", 1), ("得分", 1)])
    g.add([("", 1), ("年度资金总额", 2), (fmt_wan(fu["init"]), 1), (fmt_wan(fu["total"]), 1),
           (fmt_wan(fu["executed"]), 1), (num(fu["fs"]), 1), (fu["rate"], 1), (num(fu["score"]), 1)])
    g.add([("", 1), ("其中：当年财政拨款", 2), (fmt_wan(fu["fiscal"]), 1), (fmt_wan(fu["fiscal"]), 1),
           ("", 1), ("—", 1), ("", 1), ("—", 1)])
    g.add([("", 1), ("上年结转资金", 2), ("", 1), (fmt_wan(fu.get("carryover")), 1), ("", 1), ("—", 1), ("", 1),
           ("—", 1)])
    g.add([("", 1), ("其他资金", 2), ("", 1), ("", 1), ("", 1), ("—", 1), ("", 1), ("—", 1)])
    g.vmerge(0, r, r + 4)
    r = g.add([("年度总体目标", 1), ("预期目标", 4), ("实际完成情况", 4)])
    g.add([("", 1), (f["goal"], 4), (f["goal_done"], 4)])
    g.vmerge(0, r, r + 1)
    g.add([("绩效指标", 1), ("一级指标", 1), ("二级指标", 1), ("三级指标", 1), ("年度指标值", 1), ("实际完成值", 1),
           ("分值", 1), ("得分", 1), ("偏差原因分析及改进措施", 1)])
    r0 = len(g.rows)
    l1s, l2s = [], []
    for i in f["inds"]:
        l1s.append(l1map.get(i["l1"], i["l1"]))
        l2s.append((i["l1"], i["l2"]))
        g.add([(c, 1) for c in ["", "", "", i["name"], target(i), i["act"], num(i["w"]), num(i["sc"]),
                                i["dev"] or ""]])
    merge_runs(g, 1, r0, l1s)
    merge_runs(g, 2, r0, l2s)
    for k, (_, lab) in enumerate(l2s):
        if g.rows[r0 + k][2]:
            g.rows[r0 + k][2] = l2map.get(lab, lab)
    g.vmerge(0, r0 - 1, len(g.rows) - 1)
    g.add([("总分", 6), ("100", 1), (num(f["total_score"]), 1), (f"自评等级：{f['grade']}", 1)])
    return g


def ovu_grid(f, direction=False):
    """一级/二级/三级 + [指标方向] 指标性质(符号) / 指标值 / 度量单位 / 权重 / 评（扣）分标准"""
    cols = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（%）", "评（扣）分标准"]
    if direction:
        cols = ["一级指标", "二级指标", "三级指标", "指标方向", "符号", "指标值", "计量单位", "分值", "评分标准"]
    n = len(cols)
    g = Grid(n)
    g.title = "项目绩效目标表"
    fu = f["funds_wan"]
    g.sub = ["填报单位（盖章）：" + f["unit"], "金额单位：万元"]
    g.add([("项目名称", 1), (f["name"], 3), ("预算年度", 1), (str(f["year"]), n - 5)])
    g.add([("主管部门", 1), (f["department"], 3), ("实施单位", 1), (f["unit"], n - 5)])
    g.add([("资金总额", 1), (fmt_wan(fu["total"]), 1), ("财政资金", 1), (fmt_wan(fu["fiscal"]), 1),
           ("其他资金", 1), (fmt_wan(fu["other"]), n - 5)])
    g.add([("总体目标", 1), (f["goal"], n - 1)])
    g.add([(c, 1) for c in cols])
    r0 = len(g.rows)
    for i in f["inds"]:
        cells = ["", "", i["name"], i["op"] or "—", i["val"], i["unit"] or "—", num(i["w"]), i["crit"]]
        if direction:
            cells.insert(3, "反向" if i["l2"] == K.CB else "正向")
        g.add([(c, 1) for c in cells])
    merge_runs(g, 0, r0, [i["l1"] for i in f["inds"]])
    merge_runs(g, 1, r0, [(i["l1"], i["l2"]) for i in f["inds"]])
    for k, i in enumerate(f["inds"]):
        if g.rows[r0 + k][1]:
            g.rows[r0 + k][1] = i["l2"]
    return g


def mid_grid(f):
    cols = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    g = Grid(5)
    g.title = "项目支出绩效目标申报表（多年期）"
    fu = f["funds_wan"]
    g.sub = [f"（{f['year']}年度）"]
    g.add([("项目名称", 1), (f["name"], 4)])
    g.add([("主管部门", 1), (f["department"], 1), ("实施单位", 1), (f["unit"], 2)])
    g.add([("项目资金（万元）", 1), ("年度资金总额", 1), (fmt_wan(fu["total"]), 3)])
    g.add([("", 1), ("其中：财政拨款", 1), (fmt_wan(fu["fiscal"]), 3)])
    g.add([("", 1), ("其他资金", 1), (fmt_wan(fu["other"]), 3)])
    g.vmerge(0, 2, 4)
    g.add([("总体目标", 1), ("中期目标（2025-2027年）", 2), ("年度目标（2025年）", 2)])
    g.add([("", 1), (f["goal_mid"], 2), (f["goal"], 2)])
    g.vmerge(0, 5, 6)
    g.add([(c, 1) for c in cols])
    r0 = len(g.rows)
    for i in f["inds"]:
        g.add([(c, 1) for c in ["", "", i["name"], i["mid"], target(i)]])
    merge_runs(g, 0, r0, [i["l1"] for i in f["inds"]])
    merge_runs(g, 1, r0, [(i["l1"], i["l2"]) for i in f["inds"]])
    for k, i in enumerate(f["inds"]):
        if g.rows[r0 + k][1]:
            g.rows[r0 + k][1] = i["l2"]
    return g


def two_table_grid(f):
    """长期绩效指标 table then 年度绩效指标 table (一级/二级/指标内容/指标值/备注)."""
    g = Grid(5)
    g.title = "项目绩效目标表"
    g.sub = [f"（{f['year']}年度）"]
    fu = f["funds_wan"]
    g.add([("项目名称", 1), (f["name"], 4)])
    g.add([("主管部门", 1), (f["department"], 1), ("项目单位", 1), (f["unit"], 2)])
    g.add([("资金总额及构成", 1), (f"总额{num(fu['total'])}万元，其中财政拨款{num(fu['fiscal'])}万元，"
                                   f"其他资金{num(fu['other'])}万元", 4)])
    g.add([("项目绩效目标", 1), ("长期目标", 2), ("年度目标", 2)])
    g.add([("", 1), (f["goal_mid"], 2), (f["goal"], 2)])
    g.vmerge(0, 3, 4)
    for title, key in (("长期绩效指标", "mid"), ("年度绩效指标", None)):
        g.add([(title, 5)])
        g.add([(c, 1) for c in ["一级指标", "二级指标", "指标内容", "指标值", "备注"]])
        r0 = len(g.rows)
        for i in f["inds"]:
            g.add([(c, 1) for c in ["", "", i["name"], i["mid"] if key else target(i), ""]])
        merge_runs(g, 0, r0, [i["l1"] for i in f["inds"]])
        merge_runs(g, 1, r0, [(i["l1"], i["l2"]) for i in f["inds"]])
        for k, i in enumerate(f["inds"]):
            if g.rows[r0 + k][1]:
                g.rows[r0 + k][1] = i["l2"]
    return g


def dept_grid(f):
    g = Grid(6)
    g.title = "部门整体支出绩效目标表"
    g.sub = [f"（{f['year']}年度）", "金额单位：万元"]
    fu = f["funds_wan"]
    g.add([("部门名称", 1), (f["department"], 5)])
    r = g.add([("年度主要任务", 1), ("任务名称", 1), ("主要内容", 3), ("预算金额（万元）", 1)])
    for t in f["tasks"]:
        g.add([("", 1), (t[0], 1), (t[1], 3), (t[2], 1)])
    g.vmerge(0, r, len(g.rows) - 1)
    r = g.add([("年度预算（万元）", 1), ("资金总额", 1), ("财政拨款", 1), ("其他资金", 1), ("基本支出", 1), ("项目支出", 1)])
    g.add([("", 1), (fmt_wan(fu["total"]), 1), (fmt_wan(fu["fiscal"]), 1), (fmt_wan(fu["other"]), 1),
           (fmt_wan(fu["basic"]), 1), (fmt_wan(fu["project"]), 1)])
    g.vmerge(0, r, r + 1)
    g.add([("年度总体目标", 1), (f["goal"], 5)])
    g.add([("年度绩效指标", 1), ("一级指标", 1), ("二级指标", 1), ("三级指标", 2), ("指标值", 1)])
    r0 = len(g.rows)
    for i in f["inds"]:
        g.add([("", 1), ("", 1), ("", 1), (i["name"], 2), (target(i), 1)])
    merge_runs(g, 1, r0, [i["l1"] for i in f["inds"]])
    merge_runs(g, 2, r0, [(i["l1"], i["l2"]) for i in f["inds"]])
    for k, i in enumerate(f["inds"]):
        if g.rows[r0 + k][2]:
            g.rows[r0 + k][2] = i["l2"]
    g.vmerge(0, r0 - 1, len(g.rows) - 1)
    return g


# ------------------------------------------------------------------ text renderers


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s, width):
    out, cur = [], ""
    for ch in s:
        if cur and dw(cur + ch) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def frame(g, body, head=True, foot=True):
    lines = ([g.title] + g.sub) if head else []
    lines += body
    if foot:
        lines += g.foot
    return "\n".join(lines) + "\n"


def r_tab(g, **kw):
    return frame(g, ["\t".join(row) for row in g.rows], **kw)


def r_pipe(g, **kw):
    out = []
    for k, row in enumerate(g.rows):
        out.append("| " + " | ".join(row) + " |")
        if k == 0:
            out.append("|" + " --- |" * g.n)
    return frame(g, out, **kw)


def r_cell(g, **kw):
    cov = g.covered()
    out = []
    for r, row in enumerate(g.rows):
        for c, t in enumerate(row):
            if (r, c) not in cov:
                out.append(t)
    return frame(g, out, **kw)


def r_tokens(g, widths, **kw):
    cov = g.covered()
    out = []
    for r, row in enumerate(g.rows):
        for c, t in enumerate(row):
            if (r, c) in cov or not t:
                continue
            h, w = g.spans.get((r, c), (1, 1))
            out.extend(wrap(t, sum(widths[c:c + w])))
    return frame(g, out, **kw)


def r_run(g, seed, lo=18, hi=46, **kw):
    cov = g.covered()
    s = "".join(t for r, row in enumerate(g.rows) for c, t in enumerate(row) if (r, c) not in cov and t)
    rnd = random.Random(seed)
    out, k = [], 0
    while k < len(s):
        n = rnd.randint(lo, hi)
        out.append(s[k:k + n])
        k += n
    return frame(g, out, **kw)


def r_ols(g, per_line=None, **kw):
    cov = g.covered()
    rows = [" ".join(t for c, t in enumerate(row) if (r, c) not in cov and t) for r, row in enumerate(g.rows)]
    rows = [x for x in rows if x]
    if per_line is None:
        return frame(g, [" ".join(rows)], **kw)
    return frame(g, [" ".join(rows[k:k + per_line]) for k in range(0, len(rows), per_line)], **kw)


def r_layout(g, widths, gap=2, indent=0, **kw):
    """pdftotext -layout style: wrapped cells on continuation lines, merged labels in the middle row."""
    cov = g.covered()
    place = {}
    for (r, c), (h, _w) in g.spans.items():
        if h > 1:
            place[(r, c)] = r + (h - 1) // 2
    cells = {}
    for r, row in enumerate(g.rows):
        for c, t in enumerate(row):
            if (r, c) in cov or not t:
                continue
            h, w = g.spans.get((r, c), (1, 1))
            width = sum(widths[c:c + w]) + gap * (w - 1)
            cells[(place.get((r, c), r), c)] = wrap(t, width)
    out = []
    for r in range(len(g.rows)):
        parts = [(c, cells[(r, c)]) for c in range(g.n) if (r, c) in cells]
        if not parts:
            continue
        height = max(len(p) for _, p in parts)
        for k in range(height):
            line = " " * indent
            for c, p in parts:
                col = indent + sum(widths[:c]) + gap * c
                if dw(line) < col:
                    line += " " * (col - dw(line))
                elif line.strip():
                    line += " " * gap
                if k < len(p):
                    line += p[k]
            out.append(line.rstrip())
    return frame(g, out, **kw)


# ------------------------------------------------------------------ binary writers


def w_xlsx(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, g, pct_cols in sheets:
        ws = wb.create_sheet(name)
        ws.append([g.title] + [None] * (g.n - 1))
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=g.n)
        off = 1
        for s in g.sub:
            ws.append([s] + [None] * (g.n - 1))
            off += 1
        for row in g.rows:
            vals = []
            for c, t in enumerate(row):
                v = t
                if t and c in pct_cols.get("num", ()):
                    try:
                        v = float(t)
                        v = int(v) if v.is_integer() else v
                    except ValueError:
                        v = t
                vals.append(v if v != "" else None)
            ws.append(vals)
        for (r, c), (h, w) in g.spans.items():
            if h > 1 or w > 1:
                ws.merge_cells(start_row=r + off + 1, start_column=c + 1, end_row=r + off + h,
                               end_column=c + w)
        for (r, c), fmtv in pct_cols.get("pct", {}).items():
            cell = ws.cell(row=r + off + 1, column=c + 1)
            cell.value = fmtv[0]
            cell.number_format = fmtv[1]
        for row in ws.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="center")
        for g2 in g.foot:
            ws.append([g2])
    wb.save(path)


def w_docx(path, g, before=(), after=()):
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.size = Pt(9)
    d.add_paragraph(g.title)
    for s in g.sub:
        d.add_paragraph(s)
    for p in before:
        d.add_paragraph(p)
    t = d.add_table(rows=len(g.rows), cols=g.n)
    t.style = "Table Grid"
    for (r, c), (h, w) in g.spans.items():
        t.cell(r, c).merge(t.cell(r + h - 1, c + w - 1))
    cov = g.covered()
    for r, row in enumerate(g.rows):
        for c, txt in enumerate(row):
            if (r, c) not in cov and txt:
                t.cell(r, c).text = txt
    for p in list(g.foot) + list(after):
        d.add_paragraph(p)
    d.save(path)


def w_pdf(path, g, widths):
    spans = {k: v for k, v in g.spans.items()}
    rows = [list(r) for r in g.rows]
    pdftable.render(str(path), [(widths, rows, spans)], title=g.title + "".join(g.sub[:1]))


# ------------------------------------------------------------------ the documents

SHORT1 = {K.P: "产出", K.B: "效益", K.S: "满意度"}
SHORT2 = {K.SL: "数量", K.ZL: "质量", K.SX: "时效", K.CB: "成本", K.SH: "社会效益", K.ST: "生态效益",
          K.KC: "可持续影响", K.FW: "服务对象满意度", K.JJ: "经济效益"}
POINTS1 = {K.P: "产出指标（50分）", K.B: "效益指标（30分）", K.S: "满意度指标（10分）"}

DOCS_OUT: dict[str, tuple] = {}


def add(doc_id, ext, family, province, sector, note, body, golds):
    DOCS_OUT[doc_id] = (ext, body, golds, {"family": family, "province": province, "sector": sector, "note": note})


def crit_fill(f):
    for i in f["inds"]:
        if i["crit"] is None:
            i["crit"] = K.STD if any(ch.isdigit() for ch in i["val"]) else K.QUAL
    return f


CQ_FOOT = ["备注：1.表中指标值、指标权重须与项目支出绩效目标申报表一致。",
           "2.各填报单位对数据真实性、准确性负责，佐证材料留存备查。"]


def build():
    # K1 Chongqing self-evaluation, 类-labels, sign in 指标性质, 无 for qualitative rows
    g = cq_grid(K.K1, typecol="cls")
    g.foot = ["说明：请在此处逐一针对完成度较差绩效指标简要说明原因和下一步改进措施"] + CQ_FOOT
    gk1 = gold(K.K1, "l1only")
    gk1["indicators"] = [dict(r, level2=None) for r in gk1["indicators"]]
    add("a01_cq_tab_chongqing_hrss", "txt", "chongqing_style", "重庆", "人社",
        "Tab copy of a Chongqing-template self-evaluation: 指标类型 printed as 产出类指标/效益类指标/满意度类指标/"
        "管理类指标 merged once per block (level2 null); 指标性质 holds ≥/≤/= or 无, 计量单位 无 for qualitative rows; "
        "funds as 全年预算数（A）/全年执行数（B） header row with values on the row below; goal and 实际完成情况 side by side; "
        "合计 row, 说明 and 备注 lines after the table.",
        r_tab(g), [gk1])
    wk1 = [12, 26, 6, 8, 6, 6, 8, 30]
    add("a02_cq_layout_chongqing_hrss", "txt", "chongqing_style", "重庆", "人社",
        "pdftotext -layout rendering of a01: merged 指标类型 labels printed on the middle row of their block, long "
        "names and 评价标准 wrapped onto continuation lines, stacked header block values.",
        r_layout(g, wk1), [gk1])
    # xlsx: 全年完成值 of 预算执行率 as a fraction with a percent format
    r_rate = next(r for r, row in enumerate(g.rows) if row[1] == "预算执行率")
    gx = json.loads(json.dumps(gk1))
    for ind in gx["indicators"]:
        if ind["level3"] == "预算执行率":
            ind["actual"] = "94.11%"
    add("a03_cq_xlsx_chongqing_hrss", "xlsx", "xlsx", "重庆", "人社",
        "XLSX of the a01 sheet: 41-style merged header block, 指标类型 merged vertically, 指标值/指标权重/全年完成值 as "
        "numeric cells, the 预算执行率 完成值 a fraction 0.9411 shown with format 0.00% (actual 94.11%).",
        ("xlsx", [("自评表", g, {"num": {3, 5, 6}, "pct": {(r_rate, 6): (0.9411, "0.00%")}})]), [gx])

    # K2 Sichuan declaration: level-2 short names in 指标类型, 定量/定性, sign inside 指标值
    g = cq_grid(K.K2, nature="dl", l2map=SHORT2)
    g.foot = ["填报人：罗静　　审核人：何建国　　填报日期：2024年12月10日"]
    gk2 = gold(K.K2)
    add("a04_cq_cell_sichuan_edu", "txt", "chongqing_style", "四川", "教育",
        "One cell per line (HTML table copy, rowspan cells appear once, covered cells absent): Chongqing-template "
        "declaration whose 指标类型 uses short level-2 names (数量/质量/时效/成本/社会效益/可持续影响/服务对象满意度), "
        "指标性质 定量/定性, sign inside 指标值 (≥900), unit in 计量单位 (元/生·年), empty unit cells as blank lines.",
        r_cell(g), [gk2])
    add("a05_cq_ols_sichuan_edu", "txt", "one_line_spaces", "四川", "教育",
        "The a04 declaration flattened to one line with single spaces (empty cells dropped), title on its own line.",
        r_ols(g), [gk2])
    add("a06_cq_run_sichuan_edu", "txt", "run_together", "四川", "教育",
        "The a04 declaration with cells run together (定量≥900个15完成得满分…) and line breaks at arbitrary places, "
        "even inside names and numbers.",
        r_run(g, 6), [gk2])

    # K3 Guizhou self-evaluation: 正向/反向, bare values
    crit_fill(K.K3)
    g = cq_grid(K.K3, nature="dir")
    g.foot = CQ_FOOT
    gk3 = gold(K.K3)
    add("a07_cq_tok_guizhou_health", "txt", "token_per_line", "贵州", "卫生健康",
        "PDF text one cell (or wrapped piece) per line of a Chongqing-template self-evaluation: 指标性质 正向/反向 with "
        "bare 指标值 (target value+unit, no sign), 反向 rows (错报漏报率 2%, 完成时限 12月), merged 指标类型 once, "
        "long names broken after ~9 characters, empty cells absent.",
        r_tokens(g, [10, 18, 4, 6, 6, 4, 6, 22]), [gk3])
    add("a08_cq_run_guizhou_health", "txt", "run_together", "贵州", "卫生健康",
        "Run-together text of a07 (正向90%1095.8达到…): weight and 全年完成值 glued after the unit.",
        r_run(g, 8, 22, 58), [gk3])

    # K4 Guangxi declaration with 指标解释 column
    g = cq_grid(K.K4, extra="note", title="项目支出绩效目标表（2025年度）")
    g.sub = ["单位：万元"]
    g.foot = ["项目负责人：覃丽华　　财务负责人：韦志强"]
    gk4 = gold(K.K4)
    add("a09_cq_pipe_guangxi_culture", "md", "chongqing_style", "广西", "文化旅游",
        "Markdown pipe table of a Chongqing-template declaration with an 指标解释 column instead of 评价标准 "
        "(explanations contain numbers and 42小时), 指标性质 ≥/≤/= or 无, unit 万元 and 万人次 in 计量单位, "
        "其他资金 0.",
        r_pipe(g), [gk4])
    add("a10_cq_pdf_guangxi_culture", "pdf", "chongqing_style", "广西", "文化旅游",
        "The a09 form as a ruled PDF table (PyMuPDF): stacked headers, wrapped 指标解释 and names, merged 指标类型.",
        ("pdf", g, [12, 22, 8, 9, 9, 8, 26]), [gk4])

    # K5 Chongqing eco self-evaluation with 得分 and 未完成原因
    g = cq_grid(K.K5, score=True, dev=True, extra="crit")
    gk5 = gold(K.K5)
    add("a11_cq_layout_chongqing_eco", "txt", "space_columns", "重庆", "生态环境",
        "pdftotext -layout of a Chongqing-template self-evaluation with extra 得分 and 未完成原因 columns (10 columns), "
        "评价标准 empty, wrapped reason text on continuation lines, merged 指标类型 on middle rows, "
        "unit 微克/立方米.",
        r_layout(g, [10, 22, 5, 10, 8, 5, 8, 5, 8, 24]), [gk5])
    add("a12_cq_docx_chongqing_eco", "docx", "docx", "重庆", "生态环境",
        "DOCX of a11: a Word table with merged header cells and vertically merged 指标类型.",
        ("docx", g, ["附件3"], ["南岸区生态环境局（盖章）"]), [gk5])

    # K6 Hunan two forms in one disclosure, with narrative
    ga = cq_grid(K.K6a, nature="dl")
    gb = cq_grid(K.K6b, nature="sign")
    text = ("常德市鼎城区水利局2025年部门预算公开\n\n"
            "第五部分 其他重要事项\n一、预算绩效管理情况\n"
            "2025年我局纳入绩效目标管理的项目共6个，涉及资金5860万元。重点项目绩效目标表及上年度自评表公开如下。\n\n"
            "附表1\n" + r_tab(ga) + "\n第 18 页\n\n附表2\n" + r_tab(gb) +
            "\n第 19 页\n\n二、政府采购情况\n2025年我局政府采购预算总额1250万元，其中工程类1100万元、服务类150万元。\n")
    add("a13_cq_tab_hunan_water", "txt", "chongqing_style", "湖南", "水利",
        "Budget-disclosure text holding two Chongqing-template forms (a 2025 declaration with 定量/定性 and a 2024 "
        "self-evaluation with ≥/无 signs), narrative before, between and after, '第 N 页' lines; one form has 主管部门/"
        "实施单位, the other 项目实施单位/项目主管部门 in the other order.",
        text, [gold(K.K6a), gold(K.K6b)])

    # L1 Hebei classic declaration, short labels
    g = classic_grid(K.L1F, SHORT1, SHORT2, extra="备注")
    g.foot = ["单位负责人：赵立新　　　填表人：孟娜　　　联系电话：0319-25xxxxx"]
    gl1 = gold(K.L1F)
    add("b01_lbl_tab_hebei_transport", "txt", "label_variants", "河北", "交通运输",
        "Tab copy of a classic declaration with short labels at both levels (产出/效益/满意度; 数量/质量/时效/成本/"
        "社会效益/生态效益/可持续影响/服务对象满意度), 绩效指标 label over the header row and the whole indicator block, "
        "an empty 备注 column, funds on three rows (年度资金总额/其中：财政拨款/其他资金).",
        r_tab(g), [gl1])
    add("b02_lbl_layout_hebei_transport", "txt", "space_columns", "河北", "交通运输",
        "pdftotext -layout of b01: short labels on the middle rows of their merged blocks (so a level-2 label can sit "
        "on a row line of another level-1 block's neighbour), goal wrapped over lines.",
        r_layout(g, [8, 6, 14, 24, 16, 4]), [gl1])

    # E1 Shandong classic self-evaluation, level-1 with points
    g = classic_se_grid(K.E1, POINTS1)
    g.foot = ["项目负责人：孙海涛　　财务负责人：王芳　　填报日期：2025年3月15日"]
    ge1 = gold(K.E1)
    add("c01_se_tab_shandong_market", "txt", "self_eval_classic", "山东", "市场监管",
        "Tab copy of a classic self-evaluation with level-1 labels carrying points (产出指标（50分）…满意度指标（10分）), "
        "上年结转资金 (全年预算数 > 年初预算数), 执行率 96.57%, deviation texts, 总分 row with 自评等级 in the last cell.",
        r_tab(g), [ge1])
    add("c02_se_ols_shandong_market", "txt", "one_line_spaces", "山东", "市场监管",
        "The c01 self-evaluation flattened to one line with single spaces (funds block numbers run in sequence, "
        "'—' placeholders, points labels inline).",
        r_ols(g), [ge1])

    # V1 Jiangsu op/value/unit
    g = ovu_grid(K.V1)
    gv = gold(K.V1)
    add("d01_ovu_tab_jiangsu_agri", "txt", "op_value_unit", "江苏", "农业农村",
        "Tab copy of a 一级/二级/三级 table with 指标性质 (≥/≤) / 指标值 / 度量单位 / 权重（%） / 评（扣）分标准 columns; "
        "评分标准 text holds numbers (每少0.5万亩扣2分); 填报单位 and 金额单位 lines above; 预算年度 in the header block.",
        r_tab(g), [gv])
    add("d02_ovu_tok_jiangsu_agri", "txt", "token_per_line", "江苏", "农业农村",
        "The d01 form as PDF text one cell per line: sign, number and unit on three consecutive lines, weight and "
        "scoring text following.",
        r_tokens(g, [8, 12, 18, 4, 6, 6, 4, 20]), [gv])
    add("d03_ovu_xlsx_jiangsu_agri", "xlsx", "xlsx", "江苏", "农业农村",
        "XLSX of the d01 form: 指标值 and 权重 numeric cells, sign and unit in their own columns, merged levels.",
        ("xlsx", [("绩效目标表", g, {"num": {4, 6}})]), [gv])

    # M1 Zhejiang multi-year
    g = mid_grid(K.M1)
    gm = gold(K.M1)
    add("e01_mid_tab_zhejiang_forestry", "txt", "midterm_annual", "浙江", "林业",
        "Tab copy of a multi-year declaration: 中期目标/年度目标 side by side, 中期指标值 before 年度指标值 (target = annual), "
        "unit ‰.",
        r_tab(g), [gm])
    add("e02_mid_layout_zhejiang_forestry", "txt", "space_columns", "浙江", "林业",
        "pdftotext -layout of e01: two value columns side by side, goals wrapped in two narrow columns interleaved "
        "line by line.",
        r_layout(g, [10, 14, 22, 22, 22]), [gm])

    # G1 Fujian department target
    g = dept_grid(K.G1)
    gg = gold(K.G1)
    add("g01_dept_cell_fujian_civil", "txt", "department_target", "福建", "民政",
        "One cell per line 部门整体支出绩效目标表 with 年度主要任务 before the budget block, budget as a header row "
        "(资金总额/财政拨款/其他资金/基本支出/项目支出) over a value row, 年度绩效指标 label merged over the block.",
        r_cell(g), [gg])
    add("g02_dept_pdf_fujian_civil", "pdf", "department_target", "福建", "民政",
        "The g01 form as a ruled PDF table.",
        ("pdf", g, [12, 12, 12, 14, 14, 12]), [gg])

    # H1 Gansu department self-evaluation
    g = classic_se_grid(K.H1, title="部门整体支出绩效自评表", dept=True)
    gh = gold(K.H1)
    add("h01_dse_layout_gansu_sport", "txt", "department_self_eval", "甘肃", "体育",
        "pdftotext -layout 部门整体支出绩效自评表: 预算执行情况 block with 年初/全年/执行/分值/执行率/得分, "
        "上年结转, wrapped deviation text, 总分 with 自评等级.",
        r_layout(g, [10, 8, 10, 18, 12, 12, 5, 8, 18]), [gh])
    add("h02_dse_docx_gansu_sport", "docx", "department_self_eval", "甘肃", "体育",
        "DOCX of h01 with narrative paragraphs before and after the table.",
        ("docx", g, ["一、部门基本情况", "天水市体育局内设4个科室，下属事业单位3个。"],
         ["二、存在的问题", "个别健身路径器材供货延迟，场馆夜间照明有待改善。"]), [gh])

    # O1 Ningxia one line, and scrambled
    g = classic_grid(K.O1, lead=False)
    go = gold(K.O1)
    add("o01_ols_ningxia_water", "txt", "one_line_spaces", "宁夏", "水利",
        "A whole classic declaration (no 绩效指标 lead column) on one line, single spaces, merged labels printed once.",
        r_ols(g, head=False), [go])
    rows = g.rows
    head_end = next(r for r, row in enumerate(rows) if row[0] == "一级指标")
    cov = g.covered()
    line1 = " ".join(t for r in range(head_end + 1) for c, t in enumerate(rows[r]) if (r, c) not in cov and t)
    names = " ".join(t for r in range(head_end + 1, len(rows)) for c, t in enumerate(rows[r][:3])
                     if (r, c) not in cov and t)
    vals = " ".join(rows[r][3] for r in range(head_end + 1, len(rows)))
    add("o02_ols_scr_ningxia_water", "txt", "one_line_spaces", "宁夏", "水利",
        "PDF-scrambled one-line text of o01: the head and header on one line, then every level label and 三级 name, "
        "then all 指标值 in row order on a third line.",
        g.title + "\n" + g.sub[0] + "\n" + line1 + "\n" + names + "\n" + vals + "\n", [go])

    # W1 Xinjiang run-together
    g = classic_grid(K.W1)
    add("w01_run_xinjiang_edu", "txt", "run_together", "新疆", "教育",
        "Run-together classic declaration (数量指标受益学生人数≥6.6万人覆盖学校数量=142所…) with line breaks at "
        "arbitrary places; qualitative targets (零发生, 持续有效).",
        r_run(g, 31, 15, 40), [gold(K.W1)])

    # T1 Guangdong classic self-evaluation, tokens and layout
    g = classic_se_grid(K.T1)
    gt = gold(K.T1)
    add("t01_tok_guangdong_health", "txt", "token_per_line", "广东", "卫生健康",
        "PDF text one token per line of a classic self-evaluation: header words broken (年初预算数 whole, 偏差原因分析及改进措施 "
        "broken), level labels once, long names broken, deviation text broken over lines.",
        r_tokens(g, [8, 8, 8, 14, 10, 10, 4, 8, 14]), [gt])
    add("t02_layout_guangdong_health", "txt", "self_eval_classic", "广东", "卫生健康",
        "pdftotext -layout of t01 (space columns, merged labels on middle rows, 上年结转资金 empty).",
        r_layout(g, [10, 8, 10, 16, 14, 12, 5, 8, 18]), [gt])

    # F1 Yunnan fragment: page 2 of a declaration, layout text
    g = Grid(4)
    g.title = ""
    r0 = 0
    for i in K.F1["inds"]:
        g.add([("", 1), ("", 1), (i["name"], 1), (target(i), 1)])
    merge_runs(g, 0, r0, [i["l1"] for i in K.F1["inds"]])
    merge_runs(g, 1, r0, [(i["l1"], i["l2"]) for i in K.F1["inds"]])
    for k, i in enumerate(K.F1["inds"]):
        if g.rows[k][1]:
            g.rows[k][1] = i["l2"]
    body = r_layout(g, [10, 14, 30, 16], head=False, foot=False)
    text = "                                                        第 2 页\n" + body + \
        "\n填报人：杨洁                                          填报日期：2024年11月\n"
    add("f01_frag_yunnan_agri", "txt", "fragment", "云南", "农业农村",
        "Second page of a space-column declaration: no header, starts at 质量指标 rows; 产出指标 printed on the middle "
        "row of what remains of its block; signature line after.",
        text, [gold(K.F1)])

    # X1 Jiangxi mixed report
    crit_fill(K.X1)
    g = cq_grid(K.X1, nature="sign", title="项目支出绩效目标申报表")
    text = ("于都县文化广电新闻出版旅游局2025年部门预算说明\n\n"
            "一、收支预算总体情况\n2025年收入预算2860.5万元，支出预算2860.5万元。\n\n"
            "表1 支出预算分类汇总表\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
            "207\t文化旅游体育与传媒支出\t2715.3\t1215.3\t1500\n20701\t文化和旅游\t2420.1\t1080.1\t1340\n"
            "208\t社会保障和就业支出\t145.2\t145.2\t\n\n"
            "二、绩效目标设置情况\n2025年共编制项目绩效目标12个，其中红色文化遗址保护利用项目绩效目标如下：\n\n"
            + r_tab(g) +
            "\n其余项目绩效目标详见单位公开的项目绩效目标表。\n\n三、机关运行经费\n2025年机关运行经费预算86.2万元，"
            "比上年减少3.4万元。\n")
    add("m01_mix_jiangxi_culture", "txt", "mixed_report", "江西", "文化旅游",
        "Department budget explanation with a 支出预算分类汇总表 (not a form) and one Chongqing-template declaration "
        "(sign in 指标性质) inside the narrative.",
        text, [gold(K.X1)])


def build_more():
    # N1 Chongqing declaration, 指标类型 = level-1 names incl. 成本指标
    g = cq_grid(K.N1, typecol="l1")
    g.foot = ["填报单位（盖章）：重庆市渝北区养老服务指导中心　　填报日期：2024年11月28日"]
    gn1 = gold(K.N1)
    add("a14_cq_tok_chongqing_civil", "txt", "token_per_line", "重庆", "民政",
        "PDF text one cell per line of a Chongqing-template declaration whose 指标类型 holds level-1 names "
        "(产出指标/效益指标/满意度指标; level2 null), 指标性质 ≥/≤/= or 无, 计量单位 无, a 填报单位 line below.",
        r_tokens(g, [10, 18, 4, 8, 6, 4, 22]), [gn1])
    add("a15_cq_ols_chongqing_civil", "txt", "one_line_spaces", "重庆", "民政",
        "The a14 declaration as web text: each table row flattened onto one line with single spaces (merged 指标类型 "
        "only on the first row of its block).",
        r_ols(g, per_line=1), [gn1])

    # N2 Shandong classic declaration, 产出类指标 and 数量指标（或建筑规模指标）
    l1 = {K.P: "产出类指标", K.B: "效益类指标", K.S: "满意度类指标"}
    l2 = {K.SL: "数量指标（或建筑规模指标）", K.SH: "社会效益", K.KC: "可持续影响", K.FW: "服务对象满意度"}
    g = classic_grid(K.N2, l1, l2, lead=False)
    gn2 = gold(K.N2)
    add("b03_lbl_cell_shandong_health", "txt", "label_variants", "山东", "卫生健康",
        "One cell per line (HTML copy, covered cells absent) classic declaration with 产出类指标/效益类指标/满意度类指标, "
        "数量指标（或建筑规模指标）, short 社会效益/可持续影响/服务对象满意度 next to full 质量指标/时效指标/成本指标; "
        "unit 台（套）.",
        r_cell(g), [gn2])
    add("b04_lbl_run_shandong_health", "txt", "run_together", "山东", "卫生健康",
        "Run-together text of b03 (产出类指标数量指标（或建筑规模指标）改扩建业务用房面积≥1.2万平方米…).",
        r_run(g, 44, 20, 50), [gn2])

    # N3 Ningxia op/value/unit with 指标方向
    g = ovu_grid(K.N3, direction=True)
    gn3 = gold(K.N3)
    add("d04_ovu_cell_ningxia_hrss", "txt", "op_value_unit", "宁夏", "人社",
        "One cell per line declaration with 指标方向 (正向/反向) AND 符号 columns, then 指标值 / 计量单位 / 分值 / 评分标准 "
        "(target = sign+value+unit; 反向 on the cost row with ≤).",
        r_cell(g), [gn3])
    add("d05_ovu_layout_ningxia_hrss", "txt", "op_value_unit", "宁夏", "人社",
        "pdftotext -layout of d04: sign, number and unit in narrow aligned columns, 评分标准 short.",
        r_layout(g, [8, 10, 20, 6, 4, 6, 6, 4, 14]), [gn3])

    # N4 Hunan 长期/年度 two tables
    g = two_table_grid(K.N4)
    gn4 = gold(K.N4)
    add("e03_mid_tab_hunan_agri", "txt", "midterm_annual", "湖南", "农业农村",
        "Tab copy of a declaration with a 长期绩效指标 table followed by a 年度绩效指标 table (same rows, 指标内容/指标值/备注 "
        "columns): targets are the 年度 table's; funds written as one sentence (总额620万元，其中财政拨款500万元…).",
        r_tab(g), [gn4])
    add("e04_mid_run_hunan_agri", "txt", "run_together", "湖南", "农业农村",
        "Run-together text of e03: both tables glued (…参与农户满意度≥90%年度绩效指标一级指标…), breaks anywhere.",
        r_run(g, 52, 24, 60), [gn4])


def build_extra():
    # f02: the second page of the a07 self-evaluation as tab text (no head, no column header)
    part = dict(K.K3, inds=K.K3["inds"][4:])
    g = cq_grid(part, nature="dir")
    hdr = next(r for r, row in enumerate(g.rows) if row[0] == "指标类型")
    rows = g.rows[hdr + 1:]
    rows[-1][5] = "100"
    text = "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(CQ_FOOT) + "\n\n— 2 —\n"
    gf = gold(part, name=None, department=None, unit=None, year=None, goal=None,
              funds={k: None for k in ("total", "fiscal", "carryover", "other", "executed", "execution_rate")})
    add("f02_frag_cq_tab_guizhou_health", "txt", "fragment", "贵州", "卫生健康",
        "Second page of a Chongqing-template self-evaluation (tab copy): starts at the 质量指标 rows with 正向/反向 "
        "and bare values, no header line at all; 合计 row with the whole form's weight total, 备注 lines and a page "
        "number after.",
        text, [gf])

    # m02: a budget explanation with no form at all
    text = ("渝北区民政局2025年部门预算情况说明\n\n"
            "一、部门基本情况\n（一）职能职责\n负责全区社会救助、养老服务、儿童福利、社会事务和区划地名管理工作。\n"
            "（二）机构设置\n本部门预算由局机关和3个下属事业单位预算组成。\n\n"
            "二、部门收支总体情况\n2025年收入预算总额21356.8万元，支出预算总额21356.8万元。\n\n"
            "支出预算表\n项目\t合计\t基本支出\t项目支出\n"
            "社会保障和就业支出\t19820.4\t1620.4\t18200\n卫生健康支出\t386.4\t386.4\t\n"
            "住房保障支出\t1150\t1150\t\n合计\t21356.8\t3156.8\t18200\n\n"
            "三、预算绩效情况\n2025年本部门实行绩效目标管理的项目16个，涉及一般公共预算当年财政拨款18200万元，"
            "具体绩效目标详见各项目绩效目标申报表（另行公开）。\n\n"
            "四、名词解释\n基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n")
    add("m02_mix_nofrm_chongqing_civil", "txt", "mixed_report", "重庆", "民政",
        "Department budget explanation with a 支出预算表 (tab) and a 预算绩效情况 paragraph that only refers to the "
        "project forms (详见各项目绩效目标申报表) → gold [].",
        text, [])


def write():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    meta = {}
    for doc_id, (ext, body, golds, m) in DOCS_OUT.items():
        path = DOCS / f"{doc_id}.{ext}"
        if ext in ("txt", "md"):
            path.write_text(body, encoding="utf-8")
        elif ext == "xlsx":
            w_xlsx(path, body[1])
        elif ext == "docx":
            w_docx(path, body[1], body[2], body[3])
        elif ext == "pdf":
            g = body[1]
            w_pdf(path, g, body[2])
        (GOLD / f"{doc_id}.json").write_text(json.dumps(golds, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
        meta[doc_id] = m
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
    build_more()
    build_extra()
    write()
    print(len(DOCS_OUT), "documents")
