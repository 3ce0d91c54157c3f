"""dev25 reader evaluation set: content (content25.py) + own renderers.

Run `python make_dev25.py` to write docs/, gold/ and meta.json.
Every name, unit, indicator and number is invented by the set's writer.
"""
import json
import os
import re
import unicodedata

from content25 import FORMS

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers

def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s, w):
    return s + " " * max(0, w - dw(s))


def wrap(s, w):
    """split s into pieces of display width <= w"""
    if not s:
        return [""]
    out, cur = [], ""
    for ch in s:
        if dw(cur + ch) > w:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def money(v, unit, sep=False):
    if v is None:
        return ""
    if unit == "万元":
        x = v / 10000.0
        s = ("%.4f" % x).rstrip("0").rstrip(".")
        return s
    if sep:
        return "{:,.2f}".format(v)
    return "%.2f" % v


def pct(r):
    return ("%.2f" % r).rstrip("0").rstrip(".") + "%"


def num(x):
    if x is None:
        return ""
    return ("%.1f" % x).rstrip("0").rstrip(".")


SHORT1 = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度", "成本指标": "成本"}


def labels(style, l1, l2, ctx):
    """printed level-1 / level-2 labels for a canonical pair"""
    if style == "std":
        return l1, l2
    if style == "bracket":
        return "【%s】" % l1, "（%s）" % l2
    if style == "num":
        k1 = ctx.setdefault("k1", {})
        if l1 not in k1:
            k1[l1] = len(k1) + 1
        k2 = ctx.setdefault("k2", {})
        if (l1, l2) not in k2:
            k2[(l1, l2)] = sum(1 for a, _ in k2 if a == l1) + 1
        return "%d.%s" % (k1[l1], l1), "%d.%d%s" % (k1[l1], k2[(l1, l2)], l2)
    if style == "spaced":
        return " ".join(l1), " ".join(l2)
    if style == "lei":
        p1 = l1.replace("指标", "类指标")
        p2 = {"数量指标": "数量指标(或建筑规模指标)", "服务对象满意度指标": "满意度指标"}.get(l2, l2)
        return p1, p2
    if style == "both":
        return l1, ("满意度指标" if l2 == "服务对象满意度指标" else l2)
    if style == "short":
        p2 = l2.replace("指标", "") if l2 != "服务对象满意度指标" else "服务对象满意度"
        return SHORT1.get(l1, l1), p2
    if style == "weight":
        w = ctx["w1"][l1]
        return "%s(%s分)" % (l1, num(w)), l2
    if style == "rare":
        p2 = {"生态效益指标": "环境效益指标", "服务对象满意度指标": "服务对象满意度"}.get(l2, l2)
        return l1.replace("指标", "类指标") if l1 in ("产出指标", "效益指标") else l1, p2
    raise ValueError(style)


def ctx_for(f):
    w1 = {}
    for r in f["rows"]:
        w1[r["level1"]] = w1.get(r["level1"], 0) + (r["weight"] or 0)
    return {"w1": w1}


OPRE = re.compile(r"^(≥|≤|>|<)(\d+(?:\.\d+)?)(.*)$")


def split_target(t):
    m = OPRE.match(t)
    if not m:
        return "定性", t, ""
    op, v, u = m.groups()
    return op, v, u


# ---------------------------------------------------------------- gold

def gold_of(f):
    return {
        "name": f["name"], "department": f["department"], "unit": f["unit"], "year": f["year"],
        "form": f["kind"], "funds": dict(f["funds"]), "goal": f["goal"],
        "total_score": f["total_score"], "grade": f["grade"],
        "indicators": [dict(level1=r["level1"], level2=r["level2"], level3=r["level3"], target=r["target"],
                            actual=r["actual"], weight=r["weight"], score=r["score"], deviation=r["deviation"])
                       for r in f["rows"]],
    }


def is_se(f):
    return f["kind"] in ("self_evaluation", "department_self_evaluation")


# ---------------------------------------------------------------- table model

def table_rows(f, style, cols):
    """list of cell lists; cols names: l1 l2 l3 tgt act w s dev mid"""
    ctx = ctx_for(f)
    out = []
    for i, r in enumerate(f["rows"]):
        p1, p2 = labels(style, r["level1"], r["level2"], ctx)
        cell = {"l1": p1, "l2": p2, "l3": r["level3"], "tgt": r["target"], "act": r["actual"] or "",
                "w": num(r["weight"]), "s": num(r["score"]), "dev": r["deviation"] or "",
                "mid": f.get("mid", [""] * 99)[i]}
        out.append([cell[c] for c in cols])
    return out


def blank_merged(rows, ncols=2):
    """merged label columns: print once per block"""
    out = []
    prev = [None] * ncols
    for r in rows:
        r = list(r)
        for c in range(ncols):
            key = tuple(r[:c + 1]) if c else r[0]
            if prev[c] == key:
                r[c] = ""
            else:
                prev[c] = key
                for d in range(c + 1, ncols):
                    prev[d] = None
        out.append(r)
    return out


def block_ids(rows, ncols=2):
    ids = []
    for r in rows:
        ids.append(tuple(r[:ncols]))
    return ids


# ---------------------------------------------------------------- layout renderer (pdftotext -layout)

def layout_table(head, rows, widths, merged=2, indent=2, gap=3, centre=True):
    """head: list of header strings; rows: cell lists; widths: wrap widths (display) per column.
    merged label columns (first `merged`) printed on the middle line of their block."""
    lines = []  # list of cell lists, one per output line
    # header (may wrap)
    hw = [wrap(h, w) for h, w in zip(head, widths)]
    hh = max(len(x) for x in hw)
    for k in range(hh):
        lines.append([x[k] if k < len(x) else "" for x in hw])
    body = []
    spans = {c: [] for c in range(merged)}  # (start,end,label)
    for r in rows:
        pieces = [wrap(r[c], widths[c]) if c >= merged else [r[c]] for c in range(len(r))]
        h = max(len(p) for c, p in enumerate(pieces) if c >= merged)
        start = len(body)
        for k in range(h):
            body.append([(p[k] if k < len(p) else "") if c >= merged else "" for c, p in enumerate(pieces)])
        for c in range(merged):
            key = tuple(r[:c + 1])
            if spans[c] and spans[c][-1][2] == key:
                spans[c][-1][1] = len(body)
            else:
                spans[c].append([start, len(body), key])
    for c in range(merged):
        for s, e, key in spans[c]:
            at = (s + e - 1) // 2 if centre else s
            body[at][c] = key[-1]
    lines += body
    out = []
    for cells in lines:
        s = " " * indent
        for c, x in enumerate(cells):
            s += pad(x, widths[c] + gap) if c < len(cells) - 1 else x
        out.append(s.rstrip())
    return out, len(lines) - len(body)


def layout_pairs(pairs, width=100):
    """header block in -layout: label value label value on one line"""
    out = []
    for p in pairs:
        s = "  "
        for k, (lab, val) in enumerate(p):
            s += pad(lab, 18) + pad(val, 38 if k < len(p) - 1 else 0)
        out.append(s.rstrip())
    return out


# ---------------------------------------------------------------- header blocks

def header_fields(f, unit="万元", sep=False):
    fu = f["funds"]
    m = lambda v: money(v, unit, sep)
    return fu, m


# ================================================================ documents

DOCS = {}   # doc_id -> (text, [form keys], encoding, meta)


def doc(doc_id, keys, family, note, enc="utf-8"):
    def deco(fn):
        text = fn()
        prov = FORMS[keys[0]]["province"] if keys else None
        sect = FORMS[keys[0]]["sector"] if keys else None
        DOCS[doc_id] = (text, keys, enc, {"family": family, "province": prov, "sector": sect, "note": note})
        return fn
    return deco


# ---------------------------------------------------------------- label_variants

@doc("l01_brackets_tab_jiangsu_fishery", ["A"], "label_variants",
     "Excel/WPS tab copy of a declaration whose level labels carry brackets: 【产出指标】 in the 一级 column and "
     "（数量指标） in the 二级 column, merged labels printed once; funds in 万元 with 其他资金; 填报人/联系电话 line.")
def _():
    f = FORMS["A"]
    fu, m = header_fields(f)
    L = ["项目支出绩效目标申报表", "（2025年度）", "",
         "项目名称\t%s\t\t\t" % f["name"],
         "主管部门\t%s\t实施单位\t%s\t" % (f["department"], f["unit"]),
         "项目资金（万元）\t年度资金总额\t%s\t\t" % m(fu["total"]),
         "\t其中：财政拨款\t%s\t\t" % m(fu["fiscal"]),
         "\t其他资金\t%s\t\t" % m(fu["other"]),
         "年度总体目标\t%s\t\t\t" % f["goal"],
         "绩效指标\t一级指标\t二级指标\t三级指标\t指标值"]
    rows = blank_merged(table_rows(f, "bracket", ["l1", "l2", "l3", "tgt"]))
    for r in rows:
        L.append("\t" + "\t".join(r))
    L += ["", "填报人：陈晓帆\t联系电话：0513-8452xxxx\t填报日期：2024年11月8日"]
    return "\n".join(L) + "\n"


@doc("l02_numbered_cell_anhui_heritage", ["C"], "label_variants",
     "Word copy one cell per line with Arabic-numbered labels (1.产出指标 / 1.1数量指标, 2.效益指标 / 2.2社会效益指标); "
     "covered merged cells as empty lines; header pairs one per line.")
def _():
    f = FORMS["C"]
    fu, m = header_fields(f)
    L = ["附件2", "2025年度项目支出绩效目标表", "",
         "项目名称", f["name"], "主管部门", f["department"], "实施单位", f["unit"],
         "项目资金", "（万元）", "年度资金总额：", m(fu["total"]), "其中：财政拨款", m(fu["fiscal"]),
         "其他资金", "0", "年度绩效目标", f["goal"],
         "一级指标", "二级指标", "三级指标", "指标值"]
    for r in blank_merged(table_rows(f, "num", ["l1", "l2", "l3", "tgt"])):
        L += r
    L += ["", "注：指标值请填写可量化、可考核的数值或定性描述。"]
    return "\n".join(L) + "\n"


@doc("l03_spaced_layout_zhejiang_waterway", ["B"], "label_variants",
     "pdftotext -layout self-evaluation with letter-spaced level-1 AND level-2 labels (产 出 指 标 / 数 量 指 标 / "
     "服 务 对 象 满 意 度 指 标) on the middle line of their blocks; wrapped deviations; budget block with 执行率; 总分/等级 line.")
def _():
    f = FORMS["B"]
    fu, m = header_fields(f)
    L = ["                         项目支出绩效自评表", "                           （2024年度）", "",
         "  项目名称         " + f["name"],
         "  主管部门         %s              实施单位   %s" % (f["department"], f["unit"]),
         "                   年初预算数     全年预算数     全年执行数     分值     执行率      得分",
         "  年度资金总额     %s         %s         %s         10       %s      9.5" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  其中：当年财政拨款 %s       %s         %s" % (m(fu["fiscal"]), m(fu["fiscal"]), m(fu["executed"])),
         "  年度总体目标     " + f["goal"], ""]
    rows = table_rows(f, "spaced", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"])
    t, _h = layout_table(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                         rows, [14, 22, 20, 16, 14, 4, 4, 28])
    L += t
    L += ["", "  总分：%s                        自评等级：%s" % (num(f["total_score"]), f["grade"]), "",
          "                                   — 1 —"]
    return "\n".join(L) + "\n"


@doc("l04_rare_names_pipe_hainan_talent", ["N"], "label_variants",
     "Markdown pipe table with rare printed names: 产出类指标/效益类指标 at level 1, a 成本指标 level 1 with "
     "经济成本指标 and 社会成本指标 under it, 可持续影响指标 and 服务对象满意度 (short) at level 2; header labels and "
     "values side by side in one row.")
def _():
    f = FORMS["N"]
    fu, m = header_fields(f)
    L = ["## 海口市2025年度项目支出绩效目标申报表", "",
         "| 项目名称 | %s | 主管部门 | %s |" % (f["name"], f["department"]),
         "| --- | --- | --- | --- |",
         "| 实施单位 | %s | 年度资金总额（万元） | %s |" % (f["unit"], m(fu["total"])),
         "| 其中：财政资金 | %s | 其他资金 | 0 |" % m(fu["fiscal"]),
         "| 年度目标 | %s | | |" % f["goal"], "",
         "| 一级指标 | 二级指标 | 三级指标 | 指标值 |", "| --- | --- | --- | --- |"]
    for r in blank_merged(table_rows(f, "rare", ["l1", "l2", "l3", "tgt"])):
        L.append("| " + " | ".join(r) + " |")
    L += ["", "审核人：符海琼    填报人：王诗涵"]
    return "\n".join(L) + "\n"


@doc("l05_lei_bothlevel_tab_zhejiang_equipment", ["Q"], "label_variants",
     "Tab copy with 产出类指标/效益类指标/满意度类指标, 数量指标(或建筑规模指标) and 满意度指标 printed at level 2; every "
     "row repeats its labels (no merged blanks); header in 元 with thousands separators.")
def _():
    f = FORMS["Q"]
    fu = f["funds"]
    m = lambda v: money(v, "元", True)
    L = ["金华市项目绩效目标申报表", "单位：元", "",
         "项目名称\t%s" % f["name"], "主管部门\t%s\t执行单位\t%s" % (f["department"], f["unit"]),
         "资金总额\t%s\t财政拨款\t%s\t其他资金\t" % (m(fu["total"]), m(fu["fiscal"])),
         "年度绩效目标\t%s" % f["goal"], "",
         "一级指标\t二级指标\t三级指标\t年度指标值"]
    for r in table_rows(f, "lei", ["l1", "l2", "l3", "tgt"]):
        L.append("\t".join(r))
    return "\n".join(L) + "\n"


@doc("l06_rowline_level2_hubei_garbage", ["H"], "label_variants",
     "Self-evaluation copied as one table row per line with single spaces; each row line starts with the level-2 "
     "label (数量指标 …) and the level-1 label appears only on the first row of its block; 满意度 row starts with "
     "满意度指标 满意度指标; deviations after the score.")
def _():
    f = FORMS["H"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["西陵区2024年度项目支出绩效自评表",
         "项目名称 %s" % f["name"],
         "主管部门 %s 实施单位 %s" % (f["department"], f["unit"]),
         "项目资金（万元） 年初预算数 %s 全年预算数 %s 全年执行数 %s 执行率 %s" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "年度总体目标 %s" % f["goal"],
         "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"]
    prev1 = prev2 = None
    for r in f["rows"]:
        l1, l2 = r["level1"], r["level2"]
        if l1 == "满意度指标":
            p2 = "满意度指标"
        else:
            p2 = l2
        parts = []
        if l1 != prev1 and l1 != "满意度指标":
            parts.append(l1)
        if l1 == "满意度指标":
            parts.append("满意度指标")
        parts.append(p2 if (l1, l2) != prev2 else "")
        parts += [r["level3"], r["target"], r["actual"], num(r["weight"]), num(r["score"]), r["deviation"] or ""]
        prev1, prev2 = l1, (l1, l2)
        L.append(" ".join(p for p in parts if p))
    L.append("总分 %s 评价等级 %s" % (num(f["total_score"]), f["grade"]))
    return "\n".join(L) + "\n"


@doc("l07_duty_token_hainan_equipment", ["J"], "label_variants",
     "Department self-evaluation as PDF text without layout (one token per line, wrapped cells over two lines): "
     "level 1 履职效能/管理效率/满意度指标, printed level-2 names that are not canonical (重点工作履职情况, 预算管理, "
     "资产管理) next to canonical ones.")
def _():
    f = FORMS["J"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["2024年度部门整体支出绩效自评表", "部门名称", f["department"],
         "年度预算", "（万元）", "年初预算数", m(fu["total"]), "全年预算数", m(fu["total"]),
         "全年执行数", m(fu["executed"]), "执行率", pct(fu["execution_rate"]),
         "年度总体目标", f["goal"][:30], f["goal"][30:],
         "一级", "指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因"]
    prev = (None, None)
    for r in f["rows"]:
        if r["level1"] != prev[0]:
            L.append(r["level1"])
        if (r["level1"], r["level2"]) != prev:
            L.append(r["level2"])
        prev = (r["level1"], r["level2"])
        n3 = r["level3"]
        L += wrap(n3, 14)
        L += [r["target"], r["actual"], num(r["weight"]), num(r["score"])]
        if r["deviation"]:
            L += wrap(r["deviation"], 20)
    L += ["总分", num(f["total_score"]), "自评等级", f["grade"], "第 1 页 共 1 页"]
    return "\n".join(L) + "\n"


@doc("l08_weighted_labels_tab_hubei_fishery", ["P"], "label_variants",
     "Tab self-evaluation whose level-1 labels carry the block's points in brackets (产出指标(50分), 成本指标(10分)), "
     "a level-1 成本指标 with 生态环境成本指标 under it, merged cells printed once; amounts in 元.")
def _():
    f = FORMS["P"]
    fu = f["funds"]
    m = lambda v: money(v, "元")
    L = ["项目支出绩效自评表", "（2024年度）\t\t\t\t\t\t\t金额单位：元",
         "项目名称\t%s" % f["name"], "主管部门\t%s\t\t实施单位\t%s" % (f["department"], f["unit"]),
         "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
         "\t年度资金总额\t%s\t%s\t%s\t10\t%s\t10" % (m(fu["total"]), m(fu["total"]), m(fu["executed"]),
                                                  pct(fu["execution_rate"])),
         "\t其中：财政拨款\t%s\t%s\t%s\t\t\t" % (m(fu["fiscal"]), m(fu["fiscal"]), m(fu["executed"])),
         "年度总体目标\t%s" % f["goal"],
         "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"]
    for r in blank_merged(table_rows(f, "weight", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"])):
        L.append("\t" + "\t".join(r))
    L.append("总分\t\t\t\t\t\t100\t%s\t" % num(f["total_score"]))
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- chongqing_style

def cq_cells(f, se):
    out = []
    prev = None
    for r in f["rows"]:
        op, v, u = split_target(r["target"])
        typ = r["level2"] if r["level2"] != prev else ""
        prev = r["level2"]
        if se:
            out.append([typ, r["level3"], op, v, u, r["actual"] or "", num(r["weight"]), num(r["score"]),
                        r["deviation"] or ""])
        else:
            std = "完成%s得满分，未完成按比例扣分" % ("" if op == "定性" else "指标值")
            out.append([typ, r["level3"], op, v, u, num(r["weight"]), std])
    return out


CQ_DECL_HEAD = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "评价标准"]
CQ_SE_HEAD = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "全年完成值", "指标权重", "得分", "偏差原因"]


@doc("c01_cq_tab_jiangxi_voucher", ["E"], "chongqing_style",
     "Chongqing-template declaration as Excel tab copy with ≥/≤/定性 in 指标性质, value and unit split (≥ | 420 | 张), "
     "指标权重 and a generic 评价标准 column; 项目概况 paragraph and 资金 in 万元 above.")
def _():
    f = FORMS["E"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["项目绩效目标申报表", "编制单位：%s\t\t\t\t\t单位：万元" % f["unit"],
         "项目名称\t%s\t\t业务主管部门\t%s" % (f["name"], f["department"]),
         "预算执行单位\t%s\t\t项目负责人\t刘振洋" % f["unit"],
         "项目资金\t%s\t\t其中：财政资金\t%s" % (m(fu["total"]), m(fu["fiscal"])),
         "项目概况\t按照“企业申领、服务兑现、政府买单”方式运行，创新券可在全市服务机构通兑。",
         "项目绩效目标\t%s" % f["goal"],
         "\t".join(CQ_DECL_HEAD)]
    for r in cq_cells(f, False):
        L.append("\t".join(r))
    return "\n".join(L) + "\n"


@doc("c02_cq_layout_gb_shandong_talent", ["F"], "chongqing_style",
     "pdftotext -layout of a Chongqing self-evaluation, GB18030-encoded: 指标类型 on the middle line of its block, "
     "wrapped 指标名称 and 偏差原因, 全年完成值 column, 总分/评价等级 and page footer.", enc="gb18030")
def _():
    f = FORMS["F"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                          项目支出绩效自评表", "",
         "  项目名称       " + f["name"],
         "  主管部门       %s                    实施单位     %s" % (f["department"], f["unit"]),
         "  预算数（万元） %s        执行数（万元） %s        执行率   %s" % (
             m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  项目年度目标   " + f["goal"][:40], "                 " + f["goal"][40:], ""]
    t, _ = layout_table(CQ_SE_HEAD, cq_cells(f, True), [10, 16, 8, 6, 8, 12, 8, 4, 26], merged=1)
    L += t
    L += ["", "  总分：%s      评价等级：%s" % (num(f["total_score"]), f["grade"]),
          "", "                              第 1 页"]
    return "\n".join(L) + "\n"


@doc("c03_cq_pipe_jiangxi_river", ["M"], "chongqing_style",
     "Chongqing self-evaluation as a markdown pipe table (指标性质 ≥/≤/=/定性, value and unit in separate columns, "
     "全年完成值/指标权重/得分/偏差原因); 指标类型 printed on every row; header as a two-column pipe table.")
def _():
    f = FORMS["M"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["# 2024年度项目绩效自评表", "",
         "| 项目 | 内容 |", "| --- | --- |",
         "| 项目名称 | %s |" % f["name"], "| 主管部门 | %s |" % f["department"],
         "| 实施单位 | %s |" % f["unit"],
         "| 资金总额（万元） | %s |" % m(fu["total"]), "| 执行数（万元） | %s |" % m(fu["executed"]),
         "| 执行率 | %s |" % pct(fu["execution_rate"]),
         "| 年度目标 | %s |" % f["goal"], "",
         "| " + " | ".join(CQ_SE_HEAD) + " |", "|" + " --- |" * len(CQ_SE_HEAD)]
    for r, row in zip(cq_cells(f, True), f["rows"]):
        r[0] = row["level2"]
        L.append("| " + " | ".join(r) + " |")
    L += ["", "自评得分：%s 分；自评等级：%s。" % (num(f["total_score"]), f["grade"])]
    return "\n".join(L) + "\n"


@doc("c04_cq_token_hunan_foodcheck", ["I"], "chongqing_style",
     "Chongqing declaration as PDF text without layout: one cell per line, long 指标名称 and 指标值 broken over two "
     "lines, 指标类型 only on the first row of its block, unit column empty for 定性 rows; title and 填报说明 lines.")
def _():
    f = FORMS["I"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["湘潭市2025年项目绩效目标表", "项目名称", f["name"], "主管部门", f["department"], "实施单位", f["unit"],
         "资金总额", "（万元）", m(fu["total"]), "财政资金", m(fu["fiscal"]), "年度目标", f["goal"][:28], f["goal"][28:]]
    L += CQ_DECL_HEAD
    for r in cq_cells(f, False):
        for k, x in enumerate(r):
            if not x:
                continue
            L += wrap(x, 16) if k in (1, 3, 6) else [x]
    L += ["填报说明：指标值为定性的，计量单位不填。"]
    return "\n".join(L) + "\n"


@doc("c05_cq_cell_anhui_datagov", ["R"], "chongqing_style",
     "Chongqing-template department target (部门整体支出绩效目标表) as Word copy one cell per line: 部门名称, budget "
     "lines, 年度主要任务 list, 整体绩效目标, then 指标类型/指标名称/指标性质/指标值/计量单位 cells with space-only lines "
     "for covered 指标类型 cells.")
def _():
    f = FORMS["R"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["部门整体支出绩效目标表", "（2025年度）", "部门名称", f["department"],
         "年度预算（万元）", m(fu["total"]), "其中：一般公共预算", m(fu["fiscal"]), "其他资金", m(fu["other"]),
         "年度主要任务"]
    for i, t in enumerate(f["tasks"], 1):
        L += ["任务%d" % i, t]
    L += ["整体绩效目标", f["goal"], "指标类型", "指标名称", "指标性质", "指标值", "计量单位"]
    for r in cq_cells(f, False):
        r = r[:5]
        L += [x if x else " " for x in r]
    return "\n".join(L) + "\n"


@doc("c06_cq_run_fujian_citybrain", ["D"], "chongqing_style",
     "Chongqing self-evaluation run together like OCR output (no separators between cells), broken every 30–55 "
     "characters mid-cell; 上年结转 in the budget line; 指标性质 ≥/≤ fused with the value.")
def _():
    f = FORMS["D"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    s = ("项目支出绩效自评表项目名称%s主管部门%s实施单位%s资金总额(万元)%s其中财政拨款%s上年结转%s执行数%s执行率%s年度目标%s"
         % (f["name"], f["department"], f["unit"], m(fu["total"]), m(fu["fiscal"]), m(fu["carryover"]),
            m(fu["executed"]), pct(fu["execution_rate"]), f["goal"]))
    s += "".join(CQ_SE_HEAD)
    for r in cq_cells(f, True):
        s += "".join(r)
    s += "总分%s评价等级%s" % (num(f["total_score"]), f["grade"])
    out, i, k = [], 0, 0
    steps = [37, 52, 30, 44, 55, 33, 48, 41]
    while i < len(s):
        n = steps[k % len(steps)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- space_columns

@doc("s01_layout_midterm_fujian_fishport", ["K"], "space_columns",
     "pdftotext -layout of a multi-year declaration with 中期指标值 and 年度指标值 columns (gold = annual), wrapped "
     "三级 names and header values (项目名称 wraps), merged level labels on the middle line; funds in 万元.")
def _():
    f = FORMS["K"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    nm = wrap(f["name"], 34)
    L = ["                         项目绩效目标申报表（2025—2027年）", "",
         "  项目名称        %s     主管部门       %s" % (pad(nm[0], 34), f["department"])]
    for x in nm[1:]:
        L.append("                  " + x)
    L += ["  实施单位        %s      项目属性       延续项目" % pad(f["unit"], 34),
          "  项目资金        中期资金总额   6500                年度资金总额   %s" % m(fu["total"]),
          "  （万元）        其中：财政拨款 5200                其中：财政拨款 %s" % m(fu["fiscal"]),
          "                  其他资金       1300                其他资金       %s" % m(fu["other"]),
          "  总体目标        中期目标：2027年底前建成渔港经济区核心区。",
          "                  年度目标：" + f["goal"][:38], "                  " + f["goal"][38:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
                        table_rows(f, "std", ["l1", "l2", "l3", "mid", "tgt"]), [10, 14, 14, 12, 14])
    L += t
    L += ["", "                                 — 3 —"]
    return "\n".join(L) + "\n"


@doc("s02_layout_classic_hubei_garbage", ["H"], "space_columns",
     "pdftotext -layout classic 项目支出绩效自评表 with wide deviation column wrapped over 2–3 lines, wrapped actual "
     "values, merged level labels centred vertically, budget block with 年初/全年预算数/全年执行数/执行率/得分.")
def _():
    f = FORMS["H"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                              项目支出绩效自评表", "                                （2024年度）", "",
         "  项目名称          " + f["name"],
         "  主管部门          %s         实施单位        %s" % (f["department"], f["unit"]),
         "                    年初预算数      全年预算数      全年执行数      分值     执行率      得分",
         "  年度资金总额      %s            %s            %s             10       %s      9.6" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  其中：当年财政拨款 %s          %s            %s" % (m(fu["fiscal"]), m(fu["fiscal"]), m(fu["executed"])),
         "  年度总体目标      " + f["goal"][:36], "                    " + f["goal"][36:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                         "偏差原因分析及改进措施"],
                        table_rows(f, "std", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"]),
                        [8, 8, 16, 10, 8, 4, 4, 22])
    L += t
    L += ["", "  总分                                                   100      %s" % num(f["total_score"]),
          "  自评等级：%s            填报人：周明远        审核人：黄立新" % f["grade"]]
    return "\n".join(L) + "\n"


@doc("s03_layout_twopage_hunan_foodcheck", ["I"], "space_columns",
     "pdftotext -layout declaration whose table runs over two pages: page footer and form feed after the 6th row, "
     "the column header repeated at the top of page 2, the 产出指标 block split across the break (label repeated), "
     "wrapped 指标值 (检验结论作出后…).")
def _():
    f = FORMS["I"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    head = ["一级指标", "二级指标", "三级指标", "指标值"]
    widths = [10, 10, 26, 24]
    L = ["                       2025年度项目支出绩效目标表", "",
         "  项目名称       " + f["name"],
         "  主管部门       %s          实施单位     %s" % (f["department"], f["unit"]),
         "  年度资金总额   %s万元         其中：财政拨款   %s万元       其他资金   0" % (m(fu["total"]), m(fu["fiscal"])),
         "  年度目标       " + f["goal"][:34], "                 " + f["goal"][34:], ""]
    rows = table_rows(f, "std", ["l1", "l2", "l3", "tgt"])
    t1, _ = layout_table(head, rows[:6], widths)
    t2, _ = layout_table(head, rows[6:], widths)
    L += t1 + ["", "                                   第 1 页，共 2 页", "\f"] + t2
    L += ["", "  填报人：罗思琪      联系电话：0731-5821xxxx", "                                   第 2 页，共 2 页"]
    return "\n".join(L) + "\n"


@doc("s04_layout_dept_target_henan_river", ["G"], "space_columns",
     "pdftotext -layout department target (部门整体支出绩效目标表): 部门名称, budget with 财政拨款/其他资金, numbered "
     "年度主要任务 with their own budget column (not indicators), 整体绩效目标 wrapped, indicator table with a "
     "centred 产出指标 block; header value (部门名称) wrapped.")
def _():
    f = FORMS["G"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                     部门（单位）整体支出绩效目标表", "                           （2025年度）", "",
         "  部门（单位）名称   新蔡县河长制工作",
         "                     办公室                          单位：万元",
         "  年度预算申请       资金总额   %s     财政拨款   %s     其他资金   %s" % (
             m(fu["total"]), m(fu["fiscal"]), m(fu["other"])),
         "  年度主要任务       任务名称                                   预算金额"]
    amts = ["96", "180", "120", "36.6"]
    for i, (t, a) in enumerate(zip(f["tasks"], amts), 1):
        L.append("                     %d.%s%s" % (i, pad(t, 42), a))
    L += ["  年度总体目标       " + f["goal"][:34], "                     " + f["goal"][34:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "指标值"],
                        table_rows(f, "std", ["l1", "l2", "l3", "tgt"]), [10, 14, 24, 18])
    L += t
    return "\n".join(L) + "\n"


@doc("s05_layout_dept_selfeval_hainan_equipment", ["J"], "space_columns",
     "pdftotext -layout department self-evaluation: 履职效能/管理效率 level 1, non-canonical level-2 names, wrapped "
     "level-2 labels (重点工作履职情况 over two lines, centred), wrapped deviations, 总分/等级 under the table.")
def _():
    f = FORMS["J"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                       部门整体支出绩效自评表（2024年度）", "",
         "  部门名称        " + f["department"],
         "  年度预算        年初预算数 %s   全年预算数 %s   全年执行数 %s   执行率 %s" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  年度总体目标    " + f["goal"][:36], "                  " + f["goal"][36:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                        table_rows(f, "std", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"]),
                        [10, 18, 18, 12, 10, 4, 4, 20])
    L += t
    L += ["", "  总分    100    %s        自评等级   %s" % (num(f["total_score"]), f["grade"])]
    return "\n".join(L) + "\n"


@doc("s06_layout_classic_utf16_fujian_citybrain", ["D"], "space_columns",
     "pdftotext -layout classic self-evaluation saved as UTF-16 (with BOM): 上年结转 budget line, level labels at the "
     "top line of their block (not centred), wrapped 三级 names and targets, deviation column wrapped.", enc="utf-16")
def _():
    f = FORMS["D"]
    fu = f["funds"]
    m = lambda v: money(v, "万元")
    L = ["                          项目支出绩效自评表", "",
         "  项目名称        " + f["name"],
         "  主管部门        %s           实施单位     %s" % (f["department"], f["unit"]),
         "                  年初预算数     全年预算数     全年执行数    执行率",
         "  年度资金总额    %s            %s            %s         %s" % (
             m(fu["total"]), m(fu["total"]), m(fu["executed"]), pct(fu["execution_rate"])),
         "  其中：财政拨款  %s            %s" % (m(fu["fiscal"]), m(fu["fiscal"])),
         "  上年结转        %s             %s" % (m(fu["carryover"]), m(fu["carryover"])),
         "  年度总体目标    " + f["goal"][:36], "                  " + f["goal"][36:], ""]
    t, _ = layout_table(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
                        table_rows(f, "std", ["l1", "l2", "l3", "tgt", "act", "w", "s", "dev"]),
                        [8, 8, 14, 8, 10, 4, 4, 22], centre=False)
    L += t
    L += ["", "  总分：%s    自评等级：%s" % (num(f["total_score"]), f["grade"])]
    return "\n".join(L) + "\n"


# ================================================================ write

def main():
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    meta = {}
    for did, (text, keys, enc, mt) in sorted(DOCS.items()):
        with open(os.path.join(HERE, "docs", did + ".txt"), "w", encoding=enc, newline="\n") as fh:
            fh.write(text)
        with open(os.path.join(HERE, "gold", did + ".json"), "w", encoding="utf-8") as fh:
            json.dump([gold_of(FORMS[k]) for k in keys], fh, ensure_ascii=False, indent=1)
        meta[did] = mt
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
    print(len(DOCS), "documents,", sum(len(FORMS[k]["rows"]) for v in DOCS.values() for k in v[1]), "rows")


if __name__ == "__main__":
    main()
