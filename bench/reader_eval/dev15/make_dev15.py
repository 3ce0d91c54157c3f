"""Generator of the dev15 reader evaluation set.

All content (names, organisations, indicators, numbers) is invented for this set.
The renderers below are written for dev15 only.  Run:  python make_dev15.py
"""

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPS = ("≥", "≤", "=", ">", "<")

# --------------------------------------------------------------------------- helpers


def dw(s):
    """Display width (CJK = 2)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, w):
    return s + " " * max(0, w - dw(s))


def wrap(s, w):
    """Split s into pieces of display width <= w."""
    out, cur = [], ""
    for c in s:
        if dw(cur + c) > w and cur:
            out.append(cur)
            cur = ""
        cur += c
    if cur or not out:
        out.append(cur)
    return out


def num(x):
    """Trim a float for printing (12.50 -> 12.5, 12.0 -> 12)."""
    t = f"{x:.4f}".rstrip("0").rstrip(".")
    return t


def wan(yuan):
    return num(yuan / 10000)


def yuan(x):
    return f"{x:,.2f}"


def money(x, unit, fixed=False):
    if x is None:
        return ""
    if fixed and unit == "万元":
        return f"{x / 10000:.2f}"
    return wan(x) if unit == "万元" else yuan(x)


def ind(l1, l2, name, op, val, unit="", a=None, w=None, s=None, d=None):
    return {"l1": l1, "l2": l2, "n": name, "op": op, "v": val, "u": unit,
            "a": a, "w": w, "s": s, "d": d, "nat": None}


def cq(l1, l2, typ, name, nat, val, unit, w, a=None, s=None, d=None, std=None):
    """Chongqing-template row: 指标类型 typ, 指标性质 nat, 计量单位 unit ('无' for none)."""
    op = nat if nat in OPS else ""
    w = float(w)
    w = int(w) if w == int(w) else w
    u = "" if unit in ("无", "") else unit
    return {"l1": l1, "l2": l2, "n": name, "op": op, "v": val, "u": u,
            "a": a, "w": w, "s": s, "d": d, "nat": nat, "typ": typ, "cu": unit, "std": std}


def tgt(i):
    return i["op"] + i["v"] + i["u"]


def gold_of(f):
    fu = f.get("funds") or {}
    funds = None
    if fu:
        funds = {"total": None, "fiscal": None, "carryover": None, "other": None,
                 "executed": None, "execution_rate": None}
        for k in ("total", "fiscal", "carryover", "other"):
            v = fu.get(k)
            if isinstance(v, tuple):
                v = v[1]
            funds[k] = None if v is None else float(v)
        if "executed" in fu:
            funds["executed"] = float(fu["executed"])
            funds["execution_rate"] = fu["rate"]
    inds = []
    for i in f["inds"]:
        inds.append({"level1": i["l1"], "level2": i["l2"], "level3": i["n"], "target": tgt(i),
                     "actual": i["a"], "weight": i["w"], "score": i["s"], "deviation": i["d"]})
    return {"name": f["name"], "department": f.get("dept"), "unit": f.get("unit"),
            "year": f.get("year"), "form": f["form"], "funds": funds, "goal": f.get("goal"),
            "total_score": f.get("total_score"), "grade": f.get("grade"), "indicators": inds}


def blocks(inds, key):
    """Group consecutive rows by key -> list of (value, [rows])."""
    out = []
    for i in inds:
        k = key(i)
        if out and out[-1][0] == k:
            out[-1][1].append(i)
        else:
            out.append((k, [i]))
    return out


def is_self(f):
    return f["form"] in ("self_evaluation", "department_self_evaluation")


def title_of(f):
    return {"target_declaration": "项目支出绩效目标申报表",
            "self_evaluation": "项目支出绩效自评表",
            "department_target": "部门整体支出绩效目标表",
            "department_self_evaluation": "部门整体支出绩效自评表"}[f["form"]]


def label_grid(f, l1map=None, l2map=None, l1_at="first", l2_at="first"):
    """Rows of (l1label, l2label, ind) with merged labels printed once per block."""
    l1map = l1map or {}
    l2map = l2map or {}
    rows = []
    for k1, b1 in blocks(f["inds"], lambda i: i["l1"]):
        sub = []
        for k2, b2 in blocks(b1, lambda i: i["l2"]):
            pos2 = 0 if l2_at == "first" else (len(b2) - 1) // 2
            for j, i in enumerate(b2):
                sub.append(["", l2map.get(k2, k2 or "") if j == pos2 else "", i])
        pos1 = 0 if l1_at == "first" else (len(sub) - 1) // 2
        sub[pos1][0] = l1map.get(k1, k1 or "")
        rows.extend(sub)
    return rows


def ind_cells(i, f, split=False):
    """Value cells after the level-3 name."""
    t = [i["op"], i["v"] + i["u"]] if split else [tgt(i)]
    if is_self(f):
        t += [i["a"] or "", num(i["w"]) if i["w"] is not None else "",
              num(i["s"]) if i["s"] is not None else "", i["d"] or ""]
    return t


def fund_rows(f, fixed=False):
    """Header fund rows as lists of cells (label + values), in the form's money unit."""
    fu, mu = f["funds"], f.get("mu", "万元")
    if not fu:
        return []
    if is_self(f):
        rows = [["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
        names = [("total", "年度资金总额"), ("fiscal", "其中：当年财政拨款"),
                 ("carryover", "上年结转资金"), ("other", "其他资金")]
        for k, lab in names:
            v = fu.get(k)
            if v is None and k != "total":
                rows.append([lab, "", "", "", "—", "", "—"])
                continue
            cells = [lab] + [money(x, mu, fixed) for x in v]
            if k == "total":
                cells += ["10", num(fu["rate"]) + "%", num(fu["fscore"])]
            else:
                cells += ["—", "", "—"]
            rows.append(cells)
        return rows
    rows = [["年度资金总额", money(fu["total"], mu, fixed)]]
    if fu.get("fiscal") is not None:
        rows.append(["其中：财政拨款", money(fu["fiscal"], mu, fixed)])
    if fu.get("carryover") is not None:
        rows.append(["上年结转", money(fu["carryover"], mu, fixed)])
    rows.append(["其他资金", money(fu.get("other"), mu, fixed) if fu.get("other") is not None else ""])
    return rows


def head_pairs(f):
    if f["form"].startswith("department"):
        return [("部门（单位）名称", f["dept"])]
    out = [("项目名称", f["pname"]), ("主管部门", f["dept"]), ("实施单位", f["unit"])]
    return out


def ind_header(f, l3="三级指标", val="指标值"):
    h = ["一级指标", "二级指标", l3, val]
    if is_self(f):
        h += ["实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    return h


def footer_score(f):
    if not is_self(f):
        return []
    cells = ["总分", num(f["total_score"])]
    if f.get("grade"):
        cells.append("自评等级：" + f["grade"])
    return cells


# --------------------------------------------------------------------------- renderers: one_line_spaces


def r_ols_rows(f, header_after=False, budget=True, lines=1, l1map=None, l2map=None):
    cells = [f"{f['year']}年度{title_of(f)}"]
    hp = head_pairs(f)
    if header_after:
        cells += [k for k, _ in hp] + [v for _, v in hp]
    else:
        for k, v in hp:
            cells += [k, v]
    if budget and f["funds"]:
        cells.append("项目资金（" + f.get("mu", "万元") + "）" if not f["form"].startswith("department")
                     else "预算执行情况（" + f.get("mu", "万元") + "）" if is_self(f)
                     else "部门预算（" + f.get("mu", "万元") + "）")
        for r in fund_rows(f):
            cells += [c for c in r if c]
    if is_self(f):
        cells += ["年度总体目标", "预期目标", "实际完成情况", f["goal"], f["done"]]
    else:
        cells += ["年度绩效目标" if not f["form"].startswith("department") else "整体绩效目标", f["goal"]]
    parts = [cells]
    tab = ["绩效指标"] + ind_header(f)
    for l1, l2, i in label_grid(f, l1map, l2map):
        tab += [c for c in [l1, l2, i["n"]] + ind_cells(i, f) if c]
    tab += footer_score(f)
    parts.append(tab)
    if lines == 1:
        return " ".join(" ".join(p) for p in parts) + "\n"
    return "\n".join(" ".join(p) for p in parts) + "\n"


def r_ols_scrambled(f, budget=False, header_after=True):
    """PDF-scrambled: header, then every label, every name, every value column in turn."""
    cells = [title_of(f), f"（{f['year']}年度）"]
    hp = head_pairs(f)
    if header_after:
        cells += [k for k, _ in hp] + [v for _, v in hp]
    else:
        for k, v in hp:
            cells += [k, v]
    if budget and f["funds"]:
        fr = fund_rows(f)
        cells.append("项目资金（" + f.get("mu", "万元") + "）")
        cells += [r[0] for r in fr if r[0]]
        for r in fr:
            cells += [c for c in r[1:] if c]
    if is_self(f):
        cells += ["年度总体目标", "预期目标", "实际完成情况", f["goal"], f["done"]]
    else:
        cells += ["年度目标", f["goal"]]
    cells += ["绩效指标"] + ind_header(f)
    grid = label_grid(f, l1_at="middle", l2_at="first")
    cells += [g[0] for g in grid if g[0]]
    cells += [g[1] for g in grid if g[1]]
    cells += [g[2]["n"] for g in grid]
    cells += [tgt(g[2]) for g in grid]
    if is_self(f):
        cells += [g[2]["a"] for g in grid]
        cells += [num(g[2]["w"]) for g in grid]
        cells += [num(g[2]["s"]) for g in grid]
        cells += [g[2]["d"] for g in grid if g[2]["d"]]
        cells += footer_score(f)
    return " ".join(cells) + "\n"


# --------------------------------------------------------------------------- renderers: space_columns


def layout_table(rows, widths, gap=3, indent=0, starts=None):
    """rows: lists of cells; each cell wrapped to its column width; continuation lines
    carry only the wrapped parts."""
    out = []
    for r in rows:
        if starts is not None:
            starts.append(len(out))
        pieces = [wrap(c, w) if c else [""] for c, w in zip(r, widths, strict=True)]
        h = max(len(p) for p in pieces)
        for k in range(h):
            line = " " * indent
            for j, (p, w) in enumerate(zip(pieces, widths, strict=True)):
                txt = p[k] if k < len(p) else ""
                line += pad(txt, w) + (" " * gap if j < len(widths) - 1 else "")
            out.append(line.rstrip())
    return out


def r_layout(f, widths, l1_at="middle", l2_at="first", left_label=True, page_break_after=None,
             pairs_per_line=2, l1map=None, l2map=None, page_head=None):
    L = []
    title = f"{f['year']}年度{title_of(f)}"
    L.append(" " * 24 + title)
    L.append("")
    hp = head_pairs(f)
    if pairs_per_line == 2:
        for k in range(0, len(hp), 2):
            seg = hp[k:k + 2]
            line = ""
            for a, b in seg:
                line += pad(a, 18) + pad(b, max(44, dw(b) + 6))
            L.append(line.rstrip())
    else:
        for a, b in hp:
            L.append(pad(a, 18) + b)
    if f["funds"]:
        mu = f.get("mu", "万元")
        fr = fund_rows(f)
        lab = "项目资金" if not f["form"].startswith("department") else "预算资金"
        cw = [max(dw(r[k]) for r in fr if k < len(r)) + 4 for k in range(max(len(r) for r in fr))]
        for j, r in enumerate(fr):
            mid = (len(fr) - 1) // 2
            head = pad(lab if j == mid else ("（" + mu + "）" if j == mid + 1 else ""), 12)
            L.append((head + "".join(pad(c, cw[k]) for k, c in enumerate(r))).rstrip())
    gw = 70
    if is_self(f):
        g1, g2 = wrap(f["goal"], gw // 2 - 2), wrap(f["done"], gw // 2 - 2)
        L.append(pad("年度总体", 12) + pad("预期目标", gw // 2 + 2) + "实际完成情况")
        for k in range(max(len(g1), len(g2))):
            L.append(pad("目标" if k == 0 else "", 12) + pad(g1[k] if k < len(g1) else "", gw // 2 + 2)
                     + (g2[k] if k < len(g2) else ""))
    else:
        gl = wrap(f["goal"], gw)
        for k, piece in enumerate(gl):
            L.append(pad("年度目标" if k == 0 else "", 12) + piece)
    L.append("")
    hdr = ind_header(f)
    grid = label_grid(f, l1map, l2map, l1_at=l1_at, l2_at=l2_at)
    rows = [hdr] + [[g[0], g[1], g[2]["n"]] + ind_cells(g[2], f) for g in grid]
    starts = []
    body = layout_table(rows, widths, indent=8 if left_label else 0, starts=starts)
    if left_label:
        mid = len(body) // 2
        body[mid] = "绩效指标" + body[mid][8:]
    if page_break_after:
        cut = starts[page_break_after]
        body = body[:cut] + ["", page_head or "", "                                   — 1 —", "\f", ""] + body[cut:]
    L += body
    fs = footer_score(f)
    if fs:
        L.append("")
        L.append("   ".join(fs))
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------- renderers: run_together


def breaker(text, seed, lo=15, hi=60):
    rnd = random.Random(seed)
    out, k = [], 0
    while k < len(text):
        n = rnd.randint(lo, hi)
        out.append(text[k:k + n])
        k += n
    return "\n".join(out) + "\n"


def r_run(f, seed, l1map=None, l2map=None):
    s = f"{f['year']}年度{title_of(f)}"
    for k, v in head_pairs(f):
        s += k + v
    if f["funds"]:
        s += "项目资金（" + f.get("mu", "万元") + "）" if not f["form"].startswith("department") else "部门预算资金（" + f.get("mu", "万元") + "）"
        for r in fund_rows(f, fixed=True):
            s += "".join(c for c in r if c != "—")
    if is_self(f):
        s += "年度总体目标预期目标实际完成情况" + f["goal"] + f["done"]
    else:
        s += "年度目标" + f["goal"]
    s += "绩效指标" + "".join(ind_header(f))
    for l1, l2, i in label_grid(f, l1map, l2map):
        s += l1 + l2 + i["n"] + "".join(ind_cells(i, f))
    s += "".join(footer_score(f))
    return breaker(s, seed)


# --------------------------------------------------------------------------- renderers: Chongqing template


CQ_HEAD_DECL = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]
CQ_HEAD_SELF = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "得分",
                "偏差原因", "评价标准"]


def cq_rows(f, typ_at="first", with_std=True):
    selfe = is_self(f)
    rows = []
    for k, b in blocks(f["inds"], lambda i: i["typ"]):
        pos = 0 if typ_at == "first" else (len(b) - 1) // 2
        for j, i in enumerate(b):
            r = [k if j == pos else "", i["n"], i["nat"], i["v"], i["cu"], num(i["w"])]
            if selfe:
                r += [i["a"] or "", num(i["s"]), i["d"] or "无"]
                if with_std:
                    r.append(i.get("std") or "达到目标值得满分，未达到按比例扣分")
            rows.append(r)
    return rows


def cq_head(f, with_std=True):
    h = list(CQ_HEAD_SELF if is_self(f) else CQ_HEAD_DECL)
    if is_self(f) and not with_std:
        h = h[:-1]
    return h


def cq_header_lines(f):
    """Chongqing header: (label, value) cells per row."""
    mu = f.get("mu", "万元")
    fu = f["funds"]
    rows = [["项目名称", f["pname"], "项目联系人", f.get("contact", "")],
            ["项目实施单位", f["unit"], "项目主管部门", f["dept"]]]
    if is_self(f):
        rows.append(["项目预算执行情况（" + mu + "）", "全年预算数（A）", money(fu["total"][1], mu),
                     "全年执行数（B）", money(fu["executed"], mu)])
        rows.append(["当年绩效目标", "全年绩效目标", f["goal"], "全年目标实际完成情况", f["done"]])
    else:
        rows.append(["项目资金（" + mu + "）", "年度资金总额", money(fu["total"], mu), "财政拨款",
                     money(fu.get("fiscal"), mu), "其他资金", money(fu.get("other"), mu) or "0"])
        rows.append(["年度目标", f["goal"]])
    return rows


def r_cq_tab(f, with_std=True):
    L = [f"{f['year']}年度{title_of(f)}"]
    for r in cq_header_lines(f):
        L.append("\t".join(r))
    L.append("\t".join(cq_head(f, with_std)))
    for r in cq_rows(f, with_std=with_std):
        L.append("\t".join(r))
    if is_self(f):
        L.append("合计\t\t\t\t\t100\t\t" + num(f["total_score"]))
    return "\n".join(L) + "\n"


def r_cq_cells(f):
    L = [f"{f['year']}年度{title_of(f)}", ""]
    for r in cq_header_lines(f):
        L += r
    L += cq_head(f)
    for r in cq_rows(f):
        L += r
    return "\n".join(L) + "\n"


def r_cq_line(f, with_std=False):
    cells = [f"{f['year']}年度{title_of(f)}"]
    for r in cq_header_lines(f):
        cells += [c for c in r if c]
    cells += cq_head(f, with_std)
    for r in cq_rows(f, with_std=with_std):
        cells += [c for c in r if c]
    if is_self(f):
        cells += ["合计", "100", num(f["total_score"])]
    return " ".join(cells) + "\n"


def r_cq_run(f, seed):
    s = f"{f['year']}年度{title_of(f)}"
    for r in cq_header_lines(f):
        s += "".join(r)
    s += "".join(cq_head(f, False))
    for r in cq_rows(f, with_std=False):
        s += "".join(r)
    if is_self(f):
        s += "自评得分" + num(f["total_score"])
    return breaker(s, seed, 18, 70)


def r_cq_layout(f, widths):
    L = [" " * 20 + f"{f['year']}年度{title_of(f)}", ""]
    for r in cq_header_lines(f):
        if len(r) == 2 or (len(r) == 5 and len(r[2]) > 30):
            L.append(pad(r[0], max(20, dw(r[0]) + 4)) + " ".join(r[1:2]))
            rest = r[2:]
            if rest:
                for piece in wrap(rest[0], 60):
                    L.append(" " * 20 + piece)
                if len(rest) > 1:
                    L.append(" " * 20 + rest[1])
                    for piece in wrap(rest[2], 60):
                        L.append(" " * 20 + piece)
        else:
            L.append("".join(pad(c, max(20, dw(c) + 4)) for c in r).rstrip())
    L.append("")
    rows = [cq_head(f)] + cq_rows(f, typ_at="middle")
    L += layout_table(rows, widths, gap=2)
    L.append("")
    L.append("自评得分：" + num(f["total_score"]))
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------- label variant renderers


def r_tab(f, l1map, l2map, trailing=False, l1_at="first"):
    L = [title_of(f), f"（{f['year']}年度）"]
    for k, v in head_pairs(f):
        L.append(k + "\t" + v)
    if f["funds"]:
        mu = f.get("mu", "万元")
        for j, r in enumerate(fund_rows(f)):
            lab = "部门预算（" if f["form"].startswith("department") else "项目资金（"
            L.append((lab + mu + "）" if j == 0 else "") + "\t" + "\t".join(r))
    if is_self(f):
        L.append("年度总体目标\t预期目标\t\t实际完成情况")
        L.append("\t" + f["goal"] + "\t\t" + f["done"])
    else:
        L.append("年度目标\t" + f["goal"])
    L.append("\t".join(ind_header(f)))
    for l1, l2, i in label_grid(f, l1map, l2map, l1_at=l1_at):
        cells = [l1, l2, i["n"]] + ind_cells(i, f)
        line = "\t".join(cells)
        L.append(line if trailing else line.rstrip("\t"))
    fs = footer_score(f)
    if fs:
        L.append("\t".join(fs))
    return "\n".join(L) + "\n"


def r_cells(f, l1map, l2map):
    L = [title_of(f), f"{f['year']}年度", ""]
    for k, v in head_pairs(f):
        L += [k, v]
    if f["funds"]:
        L.append("项目资金（" + f.get("mu", "万元") + "）")
        for r in fund_rows(f):
            L += r
    if is_self(f):
        L += ["年度总体目标", "预期目标", "实际完成情况", f["goal"], f["done"]]
    else:
        L += ["年度目标", f["goal"]]
    L += ind_header(f)
    for l1, l2, i in label_grid(f, l1map, l2map):
        L += [l1, l2, i["n"]] + ind_cells(i, f)
    L += footer_score(f)
    return "\n".join(L) + "\n"


def r_rowlabel(f, l1map, l2map):
    """Each row on its own line with single spaces; the level-2 label starts its row line
    and the level-1 label sits on a line of its own before its block."""
    L = [f"{f['year']}年{title_of(f)}"]
    for k, v in head_pairs(f):
        L.append(k + "：" + v)
    if f["funds"]:
        for r in fund_rows(f):
            L.append(" ".join(c for c in r if c))
    if is_self(f):
        L.append("年度总体目标 预期目标：" + f["goal"])
        L.append("实际完成情况：" + f["done"])
    else:
        L.append("年度绩效目标：" + f["goal"])
    L.append(" ".join(ind_header(f)))
    for l1, l2, i in label_grid(f, l1map, l2map):
        if l1:
            L.append(l1)
        L.append(" ".join(c for c in [l2, i["n"]] + ind_cells(i, f) if c))
    fs = footer_score(f)
    if fs:
        L.append(" ".join(fs))
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------- content helpers


def dfunds(total, fiscal=None, carryover=None, other=None):
    return {"total": total, "fiscal": fiscal, "carryover": carryover, "other": other}


def sfunds(total, fiscal=None, carryover=None, other=None):
    rate = round(total[2] / total[1] * 100, 2)
    return {"total": total, "fiscal": fiscal, "carryover": carryover, "other": other,
            "executed": total[2], "rate": rate, "fscore": round(min(10.0, rate / 10), 2)}


def project(form, year, pname, dept, unit, funds, goal, inds, mu="万元", done=None, grade=None, **kw):
    f = {"form": form, "year": year, "pname": pname, "name": pname, "dept": dept, "unit": unit,
         "funds": funds, "goal": goal, "inds": inds, "mu": mu, "done": done, "grade": grade}
    f.update(kw)
    if is_self(f):
        f["total_score"] = round(funds["fscore"] + sum(i["s"] for i in inds), 2) if funds else \
            round(sum(i["s"] for i in inds), 2)
    return f


def dept_form(form, year, dept, funds, goal, inds, mu="万元", done=None, grade=None):
    f = project(form, year, None, dept, dept, funds, goal, inds, mu, done, grade)
    f["name"] = dept + "部门整体支出"
    return f


P, B, M, C = "产出指标", "效益指标", "满意度指标", "成本指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
JJ, SH, ST, KC, FW = "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"
TD, SD, DE = "target_declaration", "self_evaluation", "department_target"
DS = "department_self_evaluation"


DOCS = []


def doc(doc_id, family, province, sector, note, forms, text):
    DOCS.append((doc_id, family, province, sector, note, forms, text))


# --------------------------------------------------------------------------- one_line_spaces

f = project(
    TD, 2025, "2025年北仑港区集装箱码头安全设施提升项目", "宁波市北仑区港航管理中心",
    "宁波市北仑区港口安全监督站", dfunds(3865000, 3865000, None, 0),
    "完成港区集装箱码头堆场照明、防撞护栏及视频监控设施改造，码头安全隐患整改率达到100%，全年港口生产安全事故为零。",
    [ind(P, SL, "改造堆场高杆照明灯塔", "≥", "26", "座"),
     ind(P, SL, "新增防撞护栏", "≥", "3.4", "公里"),
     ind(P, SL, "新增高清视频监控点位", "=", "118", "个"),
     ind(P, ZL, "设施改造工程验收合格率", "", "100", "%"),
     ind(P, SX, "改造工程完工时间", "", "2025年10月底前", ""),
     ind(P, CB, "单座照明灯塔改造成本", "≤", "4.6", "万元/座"),
     ind(B, SH, "港口生产安全事故起数", "=", "0", "起"),
     ind(B, KC, "安全设施使用年限", "≥", "8", "年"),
     ind(M, FW, "码头作业企业满意度", "≥", "92", "%")])
doc("o01_ols_ningbo_port", "one_line_spaces", "浙江", "港口",
    "whole declaration on one line, single spaces, row order with merged labels once per block; "
    "budget block in 万元 (其他资金 0); a date target and a 100% target without operator.",
    [f], r_ols_rows(f))

f = project(
    TD, 2026, "海沧口岸查验配套设施运行维护经费", "厦门市海沧区口岸服务中心", "厦门市海沧区口岸服务中心",
    None,
    "保障海沧口岸旅检及货检查验配套设施全年正常运转，查验设备完好率保持在98%以上，口岸通关时长持续压缩。",
    [ind(P, SL, "维护查验场地面积", "≥", "5.2", "万平方米"),
     ind(P, SL, "维护H986集装箱检查设备", "=", "4", "台"),
     ind(P, ZL, "查验设备完好率", "≥", "98", "%"),
     ind(P, SX, "设备故障响应时间", "≤", "2", "小时"),
     ind(B, SH, "进口整体通关时间压缩比例", "≥", "5", "%"),
     ind(B, SH, "口岸营商环境", "", "持续优化", ""),
     ind(M, FW, "进出口企业满意度", "≥", "90", "%")])
doc("o02_ols_scrambled_xiamen_port_entry", "one_line_spaces", "福建", "口岸",
    "PDF-scrambled one-line declaration without budget block: header labels then header values, then "
    "all level-1 labels (printed on the middle row of their block), all level-2 labels, all names, all targets.",
    [f], r_ols_scrambled(f, budget=False, header_after=True))

f = project(
    SD, 2024, "2024年离退休干部活动阵地运行及服务保障经费", "于都县委老干部局", "于都县老干部活动中心",
    sfunds((520000, 546000, 531600), (520000, 520000, 505600), (None, 26000, 26000)),
    "保障县老干部活动中心全年开放，组织离退休干部开展学习、文体和志愿服务活动不少于40场次，走访慰问困难离退休干部180人次。",
    [ind(P, SL, "组织离退休干部集中学习和文体活动", "≥", "40", "场次", "46场次", 15, 15),
     ind(P, SL, "走访慰问困难离退休干部", "≥", "180", "人次", "192人次", 15, 15),
     ind(P, ZL, "活动中心开放天数", "≥", "300", "天", "306天", 10, 10),
     ind(P, SX, "慰问金发放及时率", "=", "100", "%", "100%", 10, 10),
     ind(P, CB, "人均慰问标准", "≤", "800", "元", "800元", 10, 10),
     ind(B, SH, "离退休干部正能量作用发挥", "", "有效发挥", "", "有效发挥", 15, 14,
         "银发志愿服务队伍覆盖乡镇不足，下一步向乡镇延伸"),
     ind(M, FW, "离退休干部满意度", "≥", "95", "%", "96.4%", 15, 15)],
    mu="元", done="活动中心全年开放306天，组织各类活动46场次，走访慰问192人次，慰问金全部按时发放。",
    grade="优")
doc("o03_ols_jiangxi_yudu_veteran_cadres", "one_line_spaces", "江西", "老干部",
    "classic self-evaluation on two lines (header+budget+goals / indicator table), single spaces; "
    "header labels first then header values; amounts in 元 with thousands separators; "
    "empty fund cells dropped; deviation text on one row; 总分 and 自评等级.",
    [f], r_ols_rows(f, header_after=True, lines=2))

f = dept_form(
    DE, 2025, "青岛市黄岛区海上搜救和船舶安全监管中心",
    dfunds(18436000, 17836000, 600000, None),
    "做好辖区海上搜救应急值守和船舶安全检查，全年开展船舶安全检查不少于1500艘次，海上遇险人员救助成功率保持在96%以上，辖区水上交通事故总量同比下降。",
    [ind(P, SL, "船舶安全检查", "≥", "1500", "艘次"),
     ind(P, SL, "海上搜救应急演练", "≥", "6", "次"),
     ind(P, SL, "渔船船员安全培训", "≥", "2800", "人次"),
     ind(P, ZL, "海上遇险人员救助成功率", "≥", "96", "%"),
     ind(P, SX, "搜救指令下达时间", "≤", "10", "分钟"),
     ind(C, JJ, "部门公用经费控制", "≤", "286", "万元"),
     ind(B, SH, "辖区水上交通事故起数同比", "", "下降", ""),
     ind(B, ST, "船舶污染事故", "=", "0", "起"),
     ind(M, FW, "航运企业和渔民满意度", "≥", "90", "%")])
doc("o04_ols_dept_qingdao_maritime", "one_line_spaces", "山东", "海事",
    "department target form (部门整体支出绩效目标表) on two lines with single spaces; 成本指标 as level 1 "
    "with 经济效益指标 as its level 2 (printed as is); budget with 上年结转; qualitative 下降.",
    [f], r_ols_rows(f, lines=2))

f = project(
    SD, 2023, "2023年烤烟种植生产扶持补贴资金", "田东县农业农村局", "田东县烟叶生产服务站",
    sfunds((2400000, 2400000, 2286000), (2400000, 2400000, 2286000)),
    "扶持烤烟种植户发展规模化生产，补贴烤烟种植面积1.2万亩，烟叶收购等级结构优化，种植户户均增收3000元以上。",
    [ind(P, SL, "补贴烤烟种植面积", "≥", "1.2", "万亩", "1.14万亩", 20, 19, "部分地块受旱情影响改种"),
     ind(P, SL, "补贴烤烟种植户", "≥", "860", "户", "872户", 10, 10),
     ind(P, ZL, "上等烟比例", "≥", "65", "%", "67.3%", 10, 10),
     ind(P, SX, "补贴资金兑付时间", "", "11月底前", "", "11月25日", 10, 10),
     ind(B, JJ, "种植户户均增收", "≥", "3000", "元", "3260元", 20, 20),
     ind(B, KC, "烟田轮作保护耕地", "", "持续改善", "", "持续改善", 10, 10),
     ind(M, FW, "烟农满意度", "≥", "90", "%", "93%", 10, 10)],
    done="补贴烤烟种植面积1.14万亩、种植户872户，上等烟比例67.3%，户均增收3260元。")
doc("o05_ols_scrambled_guangxi_tiandong_tobacco", "one_line_spaces", "广西", "烟草种植补贴",
    "PDF-scrambled one-line classic self-evaluation with its budget block (fund labels, then fund values): "
    "all level-1 labels, level-2 labels, names, targets, then the actual, weight and score columns, then "
    "the deviation texts; header values after labels.",
    [f], r_ols_scrambled(f, budget=True, header_after=True))

f = dept_form(
    DS, 2024, "湄潭县卫生健康局",
    sfunds((6830000, 7120000, 6917000), (6830000, 6950000, 6747000), (None, 170000, 170000)),
    "推进普惠托育服务体系建设，新增普惠性托位不少于300个，每千人口拥有3岁以下婴幼儿托位数达到3.5个，开展婴幼儿照护指导服务。",
    [ind(P, SL, "新增普惠性托位", "≥", "300", "个", "326个", 15, 15),
     ind(P, SL, "开展婴幼儿照护指导", "≥", "48", "场", "52场", 10, 10),
     ind(P, ZL, "托育机构备案率", "≥", "90", "%", "88%", 10, 9.5, "2家机构消防审验未完成，已督促整改"),
     ind(P, SX, "托位建设补助拨付", "", "年底前完成", "", "12月20日完成", 10, 10),
     ind(B, SH, "每千人口拥有3岁以下婴幼儿托位数", "≥", "3.5", "个", "3.62个", 20, 20),
     ind(B, KC, "普惠托育服务长效机制", "", "逐步建立", "", "已建立", 10, 10),
     ind(M, FW, "入托家庭满意度", "≥", "90", "%", "94.2%", 15, 15)],
    done="新增普惠性托位326个，每千人口托位数3.62个，开展照护指导52场。", grade="优")
doc("o06_ols_dept_guizhou_meitan_childcare", "one_line_spaces", "贵州", "托育",
    "department self-evaluation (部门整体支出绩效自评表) on one line, row order; 预算执行情况 block with "
    "年初/全年/执行 columns; a deviation text; 总分 + 自评等级.",
    [f], r_ols_rows(f))


# --------------------------------------------------------------------------- space_columns

f = project(
    TD, 2026, "2026年南山区馆藏纸质档案数字化加工及异地备份项目", "深圳市南山区档案馆",
    "深圳市南山区档案馆（南山区地方志编纂中心）",
    dfunds(2745600, 2745600, None, None),
    "完成馆藏重点全宗纸质档案数字化加工180万画幅，建立数字档案异地备份库，数字化成果质检合格率达到99%以上，提升档案利用服务效率。",
    [ind(P, SL, "完成纸质档案数字化加工画幅数", "≥", "180", "万画幅"),
     ind(P, SL, "档案目录数据著录", "≥", "42", "万条"),
     ind(P, SL, "异地备份数据容量", "≥", "60", "TB"),
     ind(P, ZL, "数字化成果质检合格率", "≥", "99", "%"),
     ind(P, ZL, "档案实体加工后完好率", "=", "100", "%"),
     ind(P, SX, "数字化加工任务完成时限", "", "2026年11月30日前", ""),
     ind(P, CB, "每画幅加工成本", "≤", "1.35", "元"),
     ind(B, SH, "档案查阅平均等待时间", "≤", "5", "分钟"),
     ind(B, KC, "馆藏档案数字化率", "≥", "78", "%"),
     ind(M, FW, "档案查阅利用者满意度", "≥", "95", "%")],
    mu="元")
doc("s01_layout_shenzhen_nanshan_archives", "space_columns", "广东", "档案数字化",
    "pdftotext -layout declaration: header block with two label/value pairs per line (long unit name "
    "in its column), amounts in 元 with thousands separators, long level-3 names and the date target wrapped onto "
    "continuation lines, level-1 label on the middle row of its block, 绩效指标 row label down the left, "
    "a page header/footer between two rows.",
    [f], r_layout(f, [8, 12, 24, 14], page_break_after=9,
                  page_head="南山区2026年区级部门预算项目绩效目标表"))

f = project(
    SD, 2025, "2025年鄱阳湖禁捕退捕渔政执法保障经费", "鄱阳县农业农村局", "鄱阳县渔政执法大队",
    sfunds((1680000, 1830000, 1764300), (1680000, 1680000, 1614300), (None, 150000, 150000)),
    "落实鄱阳湖水域长江十年禁渔要求，开展渔政巡查执法，全年巡湖里程不少于4.5万公里，查处非法捕捞案件，禁捕水域非法捕捞行为得到有效遏制。",
    [ind(P, SL, "渔政执法巡湖里程", "≥", "4.5", "万公里", "4.82万公里", 15, 15),
     ind(P, SL, "清理取缔违规渔具", "≥", "1200", "套（张）", "1316套（张）", 10, 10),
     ind(P, SL, "开展联合执法专项行动", "≥", "12", "次", "10次", 10, 8.3,
         "汛期高水位期间部分联合行动改为单独巡查，下一年度调整行动计划"),
     ind(P, ZL, "非法捕捞案件查处率", "=", "100", "%", "100%", 10, 10),
     ind(P, SX, "举报线索核查时限", "≤", "24", "小时", "≤24小时", 5, 5),
     ind(P, CB, "执法船艇单船年运维成本", "≤", "9.5", "万元", "9.1万元", 5, 5),
     ind(B, ST, "禁捕水域江豚等珍稀水生生物监测频次", "", "明显增加", "", "较上年增加27%", 15, 15),
     ind(B, SH, "退捕渔民复捕行为", "", "有效遏制", "", "有效遏制", 10, 10),
     ind(M, FW, "沿湖群众满意度", "≥", "90", "%", "92.6%", 10, 10)],
    done="巡湖里程4.82万公里，清理违规渔具1316套（张），开展联合执法10次，非法捕捞案件全部查处。",
    grade="优")
doc("s02_layout_jiangxi_poyang_fishery", "space_columns", "江西", "渔政",
    "pdftotext -layout classic self-evaluation: fund table with 年初/全年/执行 columns, goal and completion "
    "side by side wrapped, long deviation text and long names wrapped in narrow columns, units with "
    "brackets (套（张）), level-1 labels on the middle row, level-2 labels on the first row of their block.",
    [f], r_layout(f, [8, 10, 16, 10, 12, 4, 4, 18], l1_at="middle"))

f = project(
    TD, 2024, "藤县浔江干流水文站网监测能力提升项目", "梧州市藤县水利局", "藤县水文中心站",
    dfunds(1357000, 1207000, None, 150000),
    "新建和改造浔江干流及支流水文、雨量监测站点，实现重点河段水位流量在线监测，汛期水情信息报送及时率达到100%，为防汛调度提供数据支撑。",
    [ind(P, SL, "新建自动雨量监测站", "=", "14", "处"),
     ind(P, SL, "改造水位流量在线监测站", "=", "6", "处"),
     ind(P, SL, "购置雷达波测流设备", "≥", "3", "套"),
     ind(P, ZL, "监测数据到报率", "≥", "95", "%"),
     ind(P, SX, "汛期水情信息报送及时率", "", "100", "%"),
     ind(P, CB, "单站建设成本", "≤", "6.8", "万元"),
     ind(B, SH, "防汛调度决策数据支撑", "", "及时准确", ""),
     ind(B, ST, "河道生态流量监测覆盖", "", "逐步实现", ""),
     ind(M, FW, "防汛部门使用满意度", "≥", "90", "%")])
doc("s03_layout_guangxi_tengxian_hydrology", "space_columns", "广西", "水文",
    "pdftotext -layout declaration with one label/value pair per header line, level-2 labels wrapped in a "
    "narrow column (服务对象满 / 意度指标), level-1 and level-2 labels both on the middle row of their blocks, "
    "no 绩效指标 row label; 其他资金 15万元.",
    [f], r_layout(f, [8, 10, 22, 12], l1_at="middle", l2_at="middle", left_label=False, pairs_per_line=1))

f = dept_form(
    DE, 2025, "贵州省织金县自然资源局地质勘查队",
    dfunds(9368000, 9368000, None, None),
    "开展县域1:5万区域地质调查和地质灾害隐患点排查，完成重点矿区地质勘查报告，地质灾害隐患点监测覆盖率达到100%，保障群众生命财产安全。",
    [ind(P, SL, "完成1:5万区域地质调查面积", "≥", "420", "平方公里"),
     ind(P, SL, "地质灾害隐患点排查", "≥", "286", "处"),
     ind(P, SL, "提交矿区地质勘查报告", "=", "3", "份"),
     ind(P, ZL, "勘查报告评审通过率", "=", "100", "%"),
     ind(P, ZL, "隐患点监测覆盖率", "=", "100", "%"),
     ind(P, SX, "汛前排查完成时间", "", "5月31日前", ""),
     ind(B, SH, "地质灾害造成人员伤亡", "=", "0", "人"),
     ind(B, JJ, "新增查明矿产资源潜在经济价值", "", "显著", ""),
     ind(M, FW, "隐患点周边群众满意度", "≥", "92", "%")])
doc("s04_layout_dept_guizhou_zhijin_geology", "space_columns", "贵州", "地质勘查",
    "pdftotext -layout department target form: 部门（单位）名称 header, 预算资金 block, wrapped goal, "
    "names with 1:5万 wrapped onto continuation lines, level-1 labels on the first row, 绩效指标 down the left.",
    [f], r_layout(f, [8, 12, 20, 12], l1_at="first", pairs_per_line=1))

f = project(
    SD, 2024, "同安区农村留守儿童关爱保护“护苗行动”专项经费", "厦门市同安区民政局",
    "厦门市同安区未成年人救助保护中心（同安区儿童福利指导中心）",
    sfunds((860000, 860000, 842700), (860000, 860000, 842700)),
    "为全区农村留守儿童建立关爱服务台账，开展家庭走访、心理辅导和假期托管服务，实现留守儿童监护责任落实率100%。",
    [ind(P, SL, "建立留守儿童关爱服务台账", "≥", "1350", "人", "1382人", 15, 15),
     ind(P, SL, "开展暑期公益托管班", "≥", "16", "期", "16期", 10, 10),
     ind(P, SL, "心理健康辅导", "≥", "600", "人次", "545人次", 10, 9,
         "专业心理辅导员招募不足，下半年通过政府购买服务补充"),
     ind(P, ZL, "监护责任落实率", "=", "100", "%", "100%", 15, 15),
     ind(P, SX, "季度走访完成率", "≥", "95", "%", "97%", 10, 10),
     ind(B, SH, "留守儿童意外伤害事件", "", "明显减少", "", "同比下降35%", 15, 15),
     ind(M, FW, "留守儿童及其监护人满意度", "≥", "90", "%", "95.8%", 15, 15)],
    mu="元", done="建立关爱台账1382人，开办暑期托管班16期，心理辅导545人次，监护责任全部落实。")
doc("s05_layout_xiamen_tongan_left_behind_children", "space_columns", "福建", "留守儿童",
    "pdftotext -layout self-evaluation with the long unit name wrapped in its header column, amounts in 元, "
    "merged labels on the first row of their block, deviation text wrapped, a page break with header "
    "and page number between rows, quoted project name.",
    [f], r_layout(f, [8, 12, 18, 10, 12, 4, 4, 20], l1_at="first", page_break_after=7,
                  page_head="同安区民政局2024年度项目支出绩效自评结果公开"))

f = dept_form(
    DS, 2023, "宁波市象山县航道管理所",
    sfunds((12560000, 13260000, 12984000), (12560000, 12760000, 12484000), (None, 500000, 500000)),
    "做好县域内河及沿海航道维护，全年航道维护疏浚土方不少于12万立方米，助航标志正常率达到99%以上，保障航道安全畅通。",
    [ind(P, SL, "航道维护疏浚土方量", "≥", "12", "万立方米", "12.6万立方米", 15, 15),
     ind(P, SL, "维护航标灯桩", "≥", "210", "座", "214座", 10, 10),
     ind(P, SL, "航道巡查里程", "≥", "3800", "公里", "3520公里", 10, 9.3,
         "第三季度台风影响停航，巡查次数减少"),
     ind(P, ZL, "助航标志正常率", "≥", "99", "%", "99.4%", 10, 10),
     ind(P, SX, "碍航物清除时限", "≤", "48", "小时", "36小时", 10, 10),
     ind(B, JJ, "内河航道货运量", "≥", "850", "万吨", "896万吨", 10, 10),
     ind(B, SH, "航道通航保证率", "≥", "98", "%", "98.7%", 10, 10),
     ind(B, KC, "航道养护长效管理机制", "", "健全", "", "健全", 5, 5),
     ind(M, FW, "港航企业满意度", "≥", "90", "%", "91.5%", 10, 10)],
    done="疏浚土方12.6万立方米，维护航标灯桩214座，航标正常率99.4%，内河货运量896万吨。", grade="优")
doc("s06_layout_dept_ningbo_xiangshan_waterway", "space_columns", "浙江", "航道",
    "pdftotext -layout department self-evaluation: 预算资金 block with three amount columns, completion text "
    "wrapped beside the goal, labels wrapped in narrow columns (可持续影 / 响指标), deviation wrapped, "
    "level-1 on the middle row, 绩效指标 down the left.",
    [f], r_layout(f, [8, 10, 16, 10, 12, 4, 4, 16], l1_at="middle"))


# --------------------------------------------------------------------------- run_together

f = project(
    TD, 2025, "2025年即墨区基干民兵应急连训练及装备保障经费", "青岛市即墨区人民武装部", "即墨区民兵训练基地",
    dfunds(1926000, 1926000, None, None),
    "组织基干民兵应急连开展军事训练和抢险救灾演练，更新应急装备器材，民兵训练合格率达到95%以上，提升应急处突能力。",
    [ind(P, SL, "基干民兵参训人数", "≥", "640", "人"),
     ind(P, SL, "抢险救灾实战化演练", "≥", "4", "次"),
     ind(P, SL, "更新应急装备器材", "≥", "350", "件（套）"),
     ind(P, ZL, "民兵训练考核合格率", "≥", "95", "%"),
     ind(P, SX, "年度训练任务完成时间", "", "10月31日前", ""),
     ind(P, CB, "人均训练误工补助", "≤", "1200", "元"),
     ind(B, SH, "应急处突响应能力", "", "明显提升", ""),
     ind(M, FW, "参训民兵满意度", "≥", "90", "%")])
doc("r01_run_qingdao_jimo_militia", "run_together", "山东", "民兵",
    "declaration with all cells run together and lines broken at arbitrary places (inside labels, numbers "
    "and units); unit with brackets 件（套）.",
    [f], r_run(f, 1501))

f = project(
    SD, 2024, "荔波县布依族水族非物质文化遗产保护传承经费", "荔波县文体广电旅游局", "荔波县非物质文化遗产保护中心",
    sfunds((760000, 800000, 793500), (760000, 800000, 793500)),
    "支持县级以上非遗代表性传承人开展传承活动，建设非遗传习所，完成水书习俗等项目影像记录，推动非遗进校园。",
    [ind(P, SL, "资助非遗代表性传承人", "=", "36", "人", "36人", 15, 15),
     ind(P, SL, "建设非遗传习所", "≥", "3", "个", "3个", 10, 10),
     ind(P, SL, "非遗项目影像记录", "≥", "5", "项", "4项", 10, 8, "水书习俗记录因传承人身体原因延期"),
     ind(P, ZL, "影像记录成果验收合格率", "=", "100", "%", "100%", 10, 10),
     ind(P, SX, "传承补助发放时间", "", "6月底前", "", "6月20日", 5, 5),
     ind(B, SH, "非遗进校园覆盖学校", "≥", "12", "所", "15所", 15, 15),
     ind(B, KC, "非遗传承队伍", "", "稳定壮大", "", "稳定壮大", 15, 15),
     ind(M, FW, "传承人满意度", "≥", "95", "%", "97%", 10, 10)],
    done="资助传承人36人，建成传习所3个，完成影像记录4项，非遗进校园15所。")
doc("r02_run_guizhou_libo_ich", "run_together", "贵州", "非遗保护",
    "classic self-evaluation run together: fund values, weights, scores and actual values glued "
    "(36人15151…), line breaks inside numbers; no 其他资金 value.",
    [f], r_run(f, 1502))

f = project(
    TD, 2026, "修水县重大动物疫病强制免疫及畜牧兽医社会化服务补助", "九江市修水县农业农村局",
    "修水县畜牧兽医水产服务中心", dfunds(2318000, 1978000, 340000, None),
    "开展口蹄疫、高致病性禽流感等重大动物疫病强制免疫，免疫密度常年保持在90%以上，规范病死畜禽无害化处理，全年不发生区域性重大动物疫情。",
    [ind(P, SL, "猪口蹄疫强制免疫", "≥", "42", "万头次"),
     ind(P, SL, "家禽高致病性禽流感免疫", "≥", "380", "万羽次"),
     ind(P, SL, "病死畜禽无害化处理", "≥", "5.6", "万头（只）"),
     ind(P, ZL, "应免畜禽免疫密度", "≥", "90", "%"),
     ind(P, ZL, "免疫抗体合格率", "≥", "70", "%"),
     ind(P, SX, "春秋两季集中免疫完成时间", "", "5月、11月底前", ""),
     ind(B, SH, "区域性重大动物疫情", "", "不发生", ""),
     ind(B, ST, "病死畜禽随意抛弃", "", "杜绝", ""),
     ind(M, FW, "养殖场户满意度", "≥", "90", "%")])
doc("r03_run_jiangxi_xiushui_veterinary", "run_together", "江西", "畜牧兽医",
    "declaration run together, lines broken every 15–60 characters; 上年结转 printed; targets like "
    "≥5.6万头（只）and 5月、11月底前.",
    [f], r_run(f, 1503))

f = project(
    SD, 2025, "龙岗区重点行业职业病危害因素监测及职业健康检查项目", "深圳市龙岗区卫生健康局",
    "深圳市龙岗区职业病防治院",
    sfunds((3520000, 3520000, 3296800), (3520000, 3520000, 3296800)),
    "对辖区电子、五金等重点行业企业开展职业病危害因素监测，为接害劳动者提供职业健康检查，职业病报告及时率100%。",
    [ind(P, SL, "监测重点行业企业", "≥", "420", "家", "436家", 15, 15),
     ind(P, SL, "接害劳动者职业健康检查", "≥", "2.4", "万人", "2.16万人", 15, 13.5, "部分企业停产，体检人数未达预期"),
     ind(P, ZL, "监测报告规范率", "≥", "98", "%", "99%", 10, 10),
     ind(P, SX, "职业病报告及时率", "=", "100", "%", "100%", 10, 10),
     ind(P, CB, "人均职业健康检查费用", "≤", "140", "元", "138元", 10, 10),
     ind(B, SH, "重点行业职业病危害告知率", "≥", "95", "%", "96.5%", 10, 10),
     ind(B, KC, "职业健康监护档案", "", "完整规范", "", "完整规范", 10, 10),
     ind(M, FW, "企业和劳动者满意度", "≥", "90", "%", "93%", 10, 10)],
    done="监测企业436家，完成职业健康检查2.16万人，职业病报告及时率100%。", grade="优")
doc("r04_run_shenzhen_longgang_occupational", "run_together", "广东", "职业病防治",
    "self-evaluation run together with deviation text glued between the score and the next level-2 label; "
    "weight 15 and score 13.5 glued (1513.5); 自评等级.",
    [f], r_run(f, 1504))

f = dept_form(
    DE, 2024, "灵山县工商业联合会",
    dfunds(2167000, 2167000, None, None),
    "团结服务民营经济人士，开展民营企业政策宣讲和法律服务，组织民营企业参与“万企兴万村”行动，商会组织规范化建设达标率达到85%以上。",
    [ind(P, SL, "开展民营企业政策宣讲", "≥", "20", "场"),
     ind(P, SL, "走访服务民营企业", "≥", "260", "家"),
     ind(P, SL, "参与“万企兴万村”行动企业", "≥", "45", "家"),
     ind(P, ZL, "商会组织规范化建设达标率", "≥", "85", "%"),
     ind(P, SX, "企业诉求办结时限", "≤", "15", "个工作日"),
     ind(B, JJ, "帮扶村集体经济增收", "≥", "120", "万元"),
     ind(B, SH, "民营企业发展环境", "", "持续改善", ""),
     ind(M, FW, "会员企业满意度", "≥", "90", "%")])
doc("r05_run_dept_guangxi_lingshan_fic", "run_together", "广西", "工商联",
    "department target form run together (部门（单位）名称, 部门预算资金 block, 整体目标 as 年度目标), "
    "names with quotes, target ≤15个工作日.",
    [f], r_run(f, 1505))

f = dept_form(
    DS, 2026, "宁波市鄞州区协税护税办公室",
    sfunds((4380000, 4480000, 4395200), (4380000, 4480000, 4395200)),
    "协助税务部门开展零散税源和重点行业税源管控，推进社会综合治税信息共享，全年协助征收零散税收不少于1.8亿元。",
    [ind(P, SL, "协助征收零散税收", "≥", "1.8", "亿元", "1.93亿元", 20, 20),
     ind(P, SL, "涉税信息共享部门", "≥", "22", "个", "22个", 10, 10),
     ind(P, ZL, "涉税信息交换准确率", "≥", "98", "%", "98.6%", 10, 10),
     ind(P, SX, "涉税信息推送时限", "≤", "5", "个工作日", "3个工作日", 10, 10),
     ind(B, JJ, "综合治税增收", "≥", "2600", "万元", "2418万元", 15, 13.95, "房地产交易量下降，存量房交易税收减少"),
     ind(B, KC, "社会综合治税机制", "", "健全完善", "", "健全完善", 10, 10),
     ind(M, FW, "纳税人满意度", "≥", "90", "%", "92%", 15, 15)],
    done="协助征收零散税收1.93亿元，22个部门实现涉税信息共享，综合治税增收2418万元。")
doc("r06_run_dept_ningbo_yinzhou_tax_assist", "run_together", "浙江", "税务协助",
    "department self-evaluation run together: 年初/全年/执行/分值/执行率/得分 values glued, score with "
    "two decimals glued to the deviation text.",
    [f], r_run(f, 1506))


# --------------------------------------------------------------------------- label_variants

f = project(
    TD, 2025, "2025年思南县农机购置与应用补贴资金", "铜仁市思南县农业农村局", "思南县农业机械化服务中心",
    dfunds(5480000, 5480000, None, 0),
    "对购置和使用先进适用农业机械的农户和农业生产经营组织给予补贴，带动农机装备结构优化，全县主要农作物耕种收综合机械化率提高到56%。",
    [ind(P, SL, "补贴购置农业机械", "≥", "1650", "台（套）"),
     ind(P, SL, "受益农户及农业经营组织", "≥", "1300", "户"),
     ind(P, ZL, "补贴机具核验合格率", "=", "100", "%"),
     ind(P, SX, "补贴资金兑付周期", "≤", "60", "天"),
     ind(P, CB, "补贴资金使用范围", "", "符合农机购置补贴政策", ""),
     ind(B, JJ, "带动农民购机投入", "≥", "1.6", "亿元"),
     ind(B, SH, "主要农作物耕种收综合机械化率", "≥", "56", "%"),
     ind(M, FW, "购机农户满意度", "≥", "92", "%")])
doc("l01_lbl_short_guizhou_sinan_farm_machinery", "label_variants", "贵州", "农机购置补贴",
    "tab copy (trailing tabs kept) of a declaration with short labels at both levels: 产出/效益/满意度 and "
    "数量/质量/时效/成本/经济效益/社会效益/满意度 (满意度 at both levels); qualitative cost target.",
    [f], r_tab(f, {P: "产出", B: "效益", M: "满意度"},
               {SL: "数量", ZL: "质量", SX: "时效", CB: "成本", JJ: "经济效益", SH: "社会效益", FW: "满意度"},
               trailing=True))

f = project(
    SD, 2024, "永丰县第二次全国地名普查成果转化及地名标志设置经费", "吉安市永丰县民政局", "永丰县区划地名服务中心",
    sfunds((620000, 620000, 598400), (620000, 620000, 598400)),
    "完成全县乡村地名标志设置和地名信息库更新，编制出版《永丰县标准地名录》，推进乡村地名文化保护。",
    [ind(P, SL, "设置乡村地名标志牌", "≥", "1480", "块", "1512块", 15, 15),
     ind(P, SL, "更新地名信息库条目", "≥", "6200", "条", "6345条", 10, 10),
     ind(P, SL, "编制出版标准地名录", "=", "1", "部", "0部", 10, 5, "书稿已完成审校，出版排期延至次年3月"),
     ind(P, ZL, "地名标志设置规范率", "≥", "98", "%", "99%", 10, 10),
     ind(P, SX, "标志牌安装完成时间", "", "10月底前", "", "10月28日", 10, 10),
     ind(B, SH, "乡村地名文化保护名录", "", "建立", "", "已建立", 15, 15),
     ind(B, KC, "地名信息动态更新机制", "", "有效运行", "", "有效运行", 10, 10),
     ind(M, FW, "群众对地名服务满意度", "≥", "90", "%", "94%", 10, 10)],
    done="设置地名标志牌1512块，更新信息库6345条，地名录书稿完成审校。", grade="优")
doc("l02_lbl_numbered_jiangxi_yongfeng_placenames", "label_variants", "江西", "地名管理",
    "pdftotext -layout self-evaluation with numbered labels 一、产出指标 / （一）数量指标 (numbering "
    "restarting under each level 1), wrapped in their columns; level 1 on the first row.",
    [f], r_layout(f, [10, 12, 16, 10, 10, 4, 4, 18], l1_at="first",
                  l1map={P: "一、产出指标", B: "二、效益指标", M: "三、满意度指标"},
                  l2map={SL: "（一）数量指标", ZL: "（二）质量指标", SX: "（三）时效指标",
                         SH: "（一）社会效益指标", KC: "（二）可持续影响指标", FW: "（一）服务对象满意度指标"}))

E = "效果指标"
f = project(
    TD, 2026, "北流市中小学生防溺水安全教育及水域警示设施项目", "玉林市北流市教育局", "北流市学校安全管理中心",
    dfunds(1140000, 1140000, None, None),
    "在全市中小学开展防溺水专题安全教育，在重点水域设置警示标识和救生设施，全年学生溺水死亡事故零发生。",
    [ind(P, SL, "开展防溺水专题教育", "≥", "320", "场次"),
     ind(P, SL, "重点水域设置警示牌", "≥", "460", "块"),
     ind(P, SL, "配置救生圈救生杆", "≥", "900", "套"),
     ind(P, ZL, "警示设施完好率", "≥", "95", "%"),
     ind(P, SX, "设施设置完成时间", "", "汛期前", ""),
     ind(E, SH, "学生溺水死亡事故", "=", "0", "起"),
     ind(E, SH, "学生防溺水安全意识", "", "明显增强", ""),
     ind(M, FW, "家长满意度", "≥", "95", "%")])
doc("l03_lbl_points_guangxi_beiliu_drowning", "label_variants", "广西", "防溺水安全教育",
    "Word copy one cell per line of a declaration with labels carrying points: 产出指标（50分） / "
    "效果指标（40分） / 满意度指标（10分）; 效果指标 kept as printed in the gold; short 社会效益 at level 2.",
    [f], r_cells(f, {P: "产出指标（50分）", E: "效果指标（40分）", M: "满意度指标（10分）"},
                 {SH: "社会效益"}))

f = project(
    SD, 2025, "崂山区海水浴场安全救护及环境保洁服务项目", "青岛市崂山区文化和旅游局", "崂山区海水浴场管理服务站",
    sfunds((2960000, 2960000, 2905300), (2960000, 2960000, 2905300)),
    "保障辖区4处海水浴场开放期间救生值守和沙滩保洁，实现开放期溺水死亡事故零发生，浴场水质优良率保持在95%以上。",
    [ind(P, SL, "开放浴场数量", "=", "4", "处", "4处", 10, 10),
     ind(P, SL, "配备专职救生员", "≥", "86", "人", "90人", 10, 10),
     ind(P, ZL, "沙滩垃圾日产日清率", "=", "100", "%", "100%", 10, 10),
     ind(P, SX, "救生值守时间", "", "开放期每日8:00-19:00", "", "按时值守", 10, 10),
     ind(C, "经济成本指标", "救生保洁服务单价", "≤", "3.2", "万元/处·月", "3.1万元/处·月", 10, 10),
     ind(C, "社会成本指标", "对周边居民生活影响", "", "无明显影响", "", "无明显影响", 5, 5),
     ind(B, SH, "开放期溺水死亡事故", "=", "0", "起", "0起", 15, 15),
     ind(B, ST, "浴场水质优良率", "≥", "95", "%", "93%", 10, 9, "8月强降雨后近岸水质短时超标"),
     ind(M, M, "游客满意度", "≥", "90", "%", "95%", 10, 10)],
    done="4处浴场全季开放，配备救生员90人，开放期无溺水死亡事故，水质优良率93%。")
f["inds"][-1]["l2"] = FW
doc("l04_lbl_rowstart_qingdao_laoshan_beach", "label_variants", "山东", "海水浴场管理",
    "self-evaluation printed one row per line with single spaces: the level-1 label on a line of its own, "
    "the level-2 label at the start of the first row line of its block; 成本指标 as level 1 with "
    "经济成本指标/社会成本指标; 满意度指标 at both levels.",
    [f], r_rowlabel(f, {}, {FW: "满意度指标"}))

f = dept_form(
    DE, 2026, "深圳市宝安区社区健康服务管理中心",
    dfunds(32650000, 31850000, 800000, None),
    "统筹全区社区健康服务机构运营，推进家庭医生签约服务，重点人群家庭医生签约率达到75%，65岁以上老年人健康管理率达到72%。",
    [ind(P, SL, "社区健康服务机构运营补助", "=", "148", "家"),
     ind(P, SL, "65岁以上老年人健康体检", "≥", "9.6", "万人"),
     ind(P, ZL, "重点人群家庭医生签约率", "≥", "75", "%"),
     ind(P, ZL, "老年人健康管理率", "≥", "72", "%"),
     ind(P, SX, "运营补助拨付时间", "", "季度首月", ""),
     ind(P, CB, "机构平均运营补助", "≤", "210", "万元/家"),
     ind(B, SH, "社区首诊率", "≥", "48", "%"),
     ind(B, KC, "基层医疗服务网络", "", "持续完善", ""),
     ind(M, FW, "签约居民满意度", "≥", "90", "%")])
doc("l05_lbl_decimal_dept_shenzhen_baoan_community_health", "label_variants", "广东", "社区健康服务",
    "tab copy of a department target form with decimal-numbered labels (1.产出指标 / 1.1数量 / 1.2质量 / "
    "2.1社会效益 / 3.1服务对象满意度) and level 1 on the middle row of its block.",
    [f], r_tab(f, {P: "1.产出指标", B: "2.效益指标", M: "3.满意度指标"},
               {SL: "1.1数量", ZL: "1.2质量", SX: "1.3时效", CB: "1.4成本", SH: "2.1社会效益",
                KC: "2.2可持续影响", FW: "3.1服务对象满意度"}, l1_at="middle"))

f = project(
    SD, 2023, "奉化区大中型水库移民后期扶持项目", "宁波市奉化区水利局", "奉化区水库移民服务站",
    sfunds((4150000, 4150000, 4093000), (3150000, 3150000, 3093000), None, (1000000, 1000000, 1000000)),
    "实施移民村道路硬化、饮水安全和产业发展扶持项目，移民人均可支配收入增长7%以上。",
    [ind(P, SL, "实施移民村后扶项目", "=", "17", "个", "17个", 15, 15),
     ind(P, SL, "硬化移民村道路", "≥", "8.5", "公里", "8.7公里", 10, 10),
     ind(P, ZL, "项目竣工验收合格率", "=", "100", "%", "100%", 10, 10),
     ind(P, SX, "项目完工率", "≥", "95", "%", "100%", 5, 5),
     ind(P, CB, "每公里道路硬化成本", "≤", "68", "万元", "66.2万元", 5, 5),
     ind(E, JJ, "移民人均可支配收入增长", "≥", "7", "%", "7.8%", 20, 20),
     ind(E, SH, "移民村饮水安全保障", "", "全面保障", "", "全面保障", 10, 10),
     ind(M, FW, "移民群众满意度", "≥", "90", "%", "91%", 15, 15)],
    done="完成后扶项目17个，硬化道路8.7公里，移民人均可支配收入增长7.8%。", grade="优")
doc("l06_lbl_class_ningbo_fenghua_resettlement", "label_variants", "浙江", "水库移民后扶",
    "classic self-evaluation on two lines with single spaces, level-1 labels 产出类指标（50分） / "
    "效果指标（30分, kept as printed in the gold） / 满意度类指标（15分）; 成本指标 as level 2 under 产出; 其他资金 row with values.",
    [f], r_ols_rows(f, lines=2, l1map={P: "产出类指标（50分）", E: "效果指标（30分）", M: "满意度类指标（15分）"}))


# --------------------------------------------------------------------------- chongqing_style


def cqfunds(total, executed):
    return {"total": (None, total, executed), "fiscal": None, "carryover": None, "other": None,
            "executed": executed, "rate": None, "fscore": 0}


MG = "管理类指标"
f = project(
    TD, 2025, "2025年黎川县低产油茶林改造提升补助项目", "抚州市黎川县林业局", "黎川县油茶产业发展中心",
    dfunds(3260000, 3260000, None, 0),
    "完成低产油茶林改造提升1.5万亩，新造高产油茶林2000亩，改造林地亩产茶油提高到15公斤以上，带动油茶种植户增收。",
    [cq(P, SL, "数量指标", "低产油茶林改造提升面积", "≥", "1.5", "万亩", "20"),
     cq(P, SL, "数量指标", "新造高产油茶林面积", "≥", "2000", "亩", "15"),
     cq(P, ZL, "质量指标", "新造林成活率", "≥", "90", "%", "10"),
     cq(P, SX, "时效指标", "造林及改造完成时间", "无", "次年3月底前", "无", "10"),
     cq(P, CB, "成本指标", "低改每亩补助标准", "≤", "200", "元/亩", "10"),
     cq(B, JJ, "经济效益指标", "改造林地亩产茶油", "≥", "15", "公斤", "15"),
     cq(B, ST, "生态效益指标", "林地水土保持能力", "无", "有所增强", "无", "10"),
     cq(M, FW, "服务对象满意度指标", "油茶种植户满意度", "≥", "90", "%", "10")])
doc("c01_cq_tab_jiangxi_lichuan_camellia", "chongqing_style", "江西", "油茶产业",
    "tab copy of a Chongqing-template declaration: 指标类型 level-2 names printed once per block, "
    "指标性质 ≥/≤/无, 计量单位 separate (元/亩), 无 in empty cells for qualitative rows, 指标权重; "
    "header with 项目联系人 empty, funds 年度资金总额/财政拨款/其他资金 0 on one row.",
    [f], r_cq_tab(f))

f = project(
    SD, 2024, "镇宁县易地扶贫搬迁安置点后续扶持就业帮扶经费", "安顺市镇宁布依族苗族自治县生态移民局",
    "镇宁自治县易地扶贫搬迁后续扶持服务中心", cqfunds(2870000, 2786500),
    "为安置点搬迁群众提供就业培训和公益性岗位，搬迁劳动力家庭一户一人以上就业，建设安置点就业帮扶车间。",
    [cq(P, None, "产出类指标", "开展搬迁劳动力技能培训", "≥", "1800", "人次", "15", "1926", 15),
     cq(P, None, "产出类指标", "开发安置点公益性岗位", "≥", "260", "个", "10", "248", 9.5,
        "部分岗位人员外出务工离岗，已动态补录"),
     cq(P, None, "产出类指标", "建设就业帮扶车间", "=", "4", "个", "10", "4", 10),
     cq(P, None, "产出类指标", "培训合格率", "≥", "85", "%", "5", "91", 5),
     cq(B, None, "效益类指标", "搬迁劳动力家庭一户一人以上就业", "=", "100", "%", "20", "100", 20),
     cq(B, None, "效益类指标", "搬迁群众稳定就业", "无", "持续巩固", "无", "10", "持续巩固", 10),
     cq(M, None, "满意度类指标", "搬迁群众满意度", "≥", "90", "%", "15", "93.5", 15),
     cq(MG, None, MG, "预算执行率", "≥", "95", "%", "10", "97.09", 10,
        std="执行率达95%以上得满分，每低1个百分点扣1分"),
     cq(MG, None, MG, "资金使用合规性", "无", "合规", "无", "5", "合规", 5,
        std="存在截留挪用等情况不得分")],
    done="培训搬迁劳动力1926人次，开发公益性岗位248个，建成帮扶车间4个，一户一人以上就业全覆盖。")
doc("c02_cq_layout_guizhou_zhenning_relocation", "chongqing_style", "贵州", "易地搬迁后续扶持",
    "pdftotext -layout Chongqing self-evaluation: 产出类/效益类/满意度类/管理类指标 blocks (level 2 null) with "
    "the type label on the middle row of its block, narrow columns wrapping headers, names, deviation texts "
    "and 评价标准; header values 全年预算数（A）/全年执行数（B） in 万元; 自评得分 line.",
    [f], r_cq_layout(f, [10, 16, 4, 8, 4, 4, 8, 4, 14, 18]))

f = project(
    SD, 2025, "环江县石漠化综合治理工程", "河池市环江毛南族自治县发展和改革局", "环江县石漠化综合治理工程项目办",
    cqfunds(4600000, 4431000),
    "完成岩溶地区石漠化综合治理面积18平方公里，实施封山育林和人工造林，治理区林草植被覆盖度提高5个百分点。",
    [cq(P, SL, "数量", "石漠化综合治理面积", "正向", "18", "平方公里", "20", "18.4", 20),
     cq(P, SL, "数量", "封山育林面积", "正向", "9600", "亩", "10", "9600", 10),
     cq(P, ZL, "质量", "人工造林保存率", "正向", "85", "%", "10", "87", 10),
     cq(P, SX, "时效", "工程竣工验收时间", "定性", "12月底前", "", "10", "12月18日", 10),
     cq(P, CB, "成本", "每平方公里治理投资", "反向", "26", "万元", "10", "24.1", 10),
     cq(B, ST, "生态效益", "治理区林草植被覆盖度提高", "正向", "5", "个百分点", "15", "4.6", 13.8,
        "新造林幼林期覆盖度增长较慢"),
     cq(B, KC, "可持续影响", "管护责任落实", "定性", "长期有效", "", "10", "长期有效", 10),
     cq(M, FW, "服务对象满意度", "治理区群众满意度", "正向", "90", "%", "15", "92", 15)],
    done="完成石漠化综合治理18.4平方公里，封山育林9600亩，植被覆盖度提高4.6个百分点。")
doc("c03_cq_oneline_guangxi_huanjiang_rocky_desert", "chongqing_style", "广西", "石漠化治理",
    "Chongqing self-evaluation on one line with single spaces: short 指标类型 (数量/质量/时效/成本/生态效益/"
    "可持续影响/服务对象满意度), natures 正向/反向/定性 (target = value + unit), empty unit cells dropped, "
    "偏差原因 无 where none, no 评价标准 column.",
    [f], r_cq_line(f))

f = project(
    SD, 2026, "慈溪市乡镇专职消防队伍建设及装备更新经费", "宁波市慈溪市消防救援大队", "慈溪市乡镇专职消防队管理中心",
    cqfunds(6950000, 6688000),
    "加强乡镇专职消防队伍建设，更新消防车辆和个人防护装备，乡镇专职消防队接警出动时间控制在1分钟以内，火灾亡人事故零发生。",
    [cq(P, SL, "数量指标", "乡镇专职消防队员", "≥", "210", "人", "15", "216", 15),
     cq(P, SL, "数量指标", "更新消防车辆", "=", "6", "辆", "10", "5", 8.3, "1辆车辆采购流标，已重新招标"),
     cq(P, SL, "数量指标", "配发个人防护装备", "≥", "420", "套", "10", "432", 10),
     cq(P, ZL, "质量指标", "队员年度体能考核达标率", "≥", "95", "%", "10", "96.7", 10),
     cq(P, SX, "时效指标", "接警出动时间", "≤", "1", "分钟", "10", "1", 10),
     cq(B, SH, "社会效益指标", "火灾亡人事故", "=", "0", "起", "20", "0", 20),
     cq(B, KC, "可持续影响指标", "乡镇消防力量覆盖", "无", "全覆盖", "无", "10", "全覆盖", 10),
     cq(M, FW, "服务对象满意度指标", "辖区群众满意度", "≥", "95", "%", "15", "96", 15)],
    done="专职消防队员216人，更新消防车5辆，配发防护装备432套，全年无火灾亡人事故。")
doc("c04_cq_run_ningbo_cixi_fire_rescue", "chongqing_style", "浙江", "消防救援",
    "Chongqing self-evaluation run together, lines broken every 18–70 characters: 指标性质 ≥/=/≤/无, "
    "value and unit cells glued, 指标权重 + 全年完成值 + 得分 + 偏差原因 glued (1552161515无…).",
    [f], r_cq_run(f, 1524))

f = project(
    TD, 2026, "思明区老年大学办学经费", "厦门市思明区老龄工作委员会办公室", "厦门市思明区老年大学",
    dfunds(1585000, 1585000, None, 0),
    "开设书画、声乐、智能手机应用等课程班，全年招收老年学员不少于5200人次，推进老年教育向社区延伸。",
    [cq(P, SL, "数量指标", "开设课程班", "定量", "≥136", "个", "15"),
     cq(P, SL, "数量指标", "招收老年学员", "定量", "≥5200", "人次", "15"),
     cq(P, SL, "数量指标", "社区老年教育教学点", "定量", "≥18", "个", "10"),
     cq(P, ZL, "质量指标", "学员结业率", "定量", "≥90", "%", "10"),
     cq(P, SX, "时效指标", "春秋两季开班时间", "定性", "按学期按时开班", "", "10"),
     cq(P, CB, "成本指标", "生均办学成本", "定量", "≤300", "元", "10"),
     cq(B, SH, "社会效益指标", "老年人精神文化生活", "定性", "不断丰富", "", "15"),
     cq(M, FW, "服务对象满意度指标", "老年学员满意度", "定量", "≥95", "%", "15")],
    mu="元")
doc("c05_cq_cells_xiamen_siming_senior_university", "chongqing_style", "福建", "老年教育",
    "Word copy one cell per line of a Chongqing declaration: 指标性质 定量/定性 with the sign inside 指标值 "
    "(≥136 | 个), qualitative rows with an empty 计量单位 line, amounts in 元 with thousands separators.",
    [f], r_cq_cells(f))

f = project(
    SD, 2023, "坪山区应急广播体系建设运维项目", "深圳市坪山区应急管理局", "坪山区应急指挥保障中心",
    cqfunds(1236000, 1187400),
    "完成全区应急广播终端建设和运维，实现社区应急广播覆盖率100%，预警信息发布时间缩短至5分钟以内。",
    [cq(P, SL, "数量指标", "新建应急广播终端", "≥", "380", "个", "15", "392", 15),
     cq(P, SL, "数量指标", "开展应急广播演练", "≥", "12", "次", "10", "12", 10),
     cq(P, ZL, "质量指标", "终端在线率", "≥", "98", "%", "10", "96.8", 9,
        "部分老旧小区终端供电不稳定，已加装备用电源"),
     cq(P, SX, "时效指标", "预警信息发布时间", "≤", "5", "分钟", "10", "4", 10),
     cq(P, CB, "成本指标", "单个终端运维费用", "≤", "900", "元/年", "10", "860", 10),
     cq(B, SH, "社会效益指标", "社区应急广播覆盖率", "=", "100", "%", "20", "100", 20),
     cq(B, KC, "可持续影响指标", "应急广播运维机制", "无", "常态化运行", "无", "10", "常态化运行", 10),
     cq(M, FW, "服务对象满意度指标", "社区居民满意度", "≥", "90", "%", "15", "94", 15)],
    done="新建终端392个，开展演练12次，社区应急广播覆盖率100%，终端在线率96.8%。")
doc("c06_cq_tab_self_shenzhen_pingshan_emergency_broadcast", "chongqing_style", "广东", "应急广播",
    "tab copy of a Chongqing self-evaluation with 全年完成值 / 得分 / 偏差原因 / 评价标准 columns, 无 in "
    "empty cells (偏差原因 无, 计量单位 无), header 全年预算数（A）/全年执行数（B） in 万元, 合计 row.",
    [f], r_cq_tab(f))


# --------------------------------------------------------------------------- write


def main():
    docs, gold = HERE / "docs", HERE / "gold"
    docs.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    meta = {}
    for doc_id, fam, prov, sector, note, forms, text in DOCS:
        (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (gold / f"{doc_id}.json").write_text(
            json.dumps([gold_of(x) for x in forms], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        meta[doc_id] = {"family": fam, "province": prov, "sector": sector, "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
