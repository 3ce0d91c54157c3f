"""Write the dev18 reader check set (docs/*.txt, gold/*.json, meta.json).

All content (names, organisations, indicators, numbers) is invented for this set.
Run:  python bench/reader_eval/dev18/make_dev18.py
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

L1_OF = {
    "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
    "经济成本指标": "成本指标", "社会成本指标": "成本指标", "生态环境成本指标": "成本指标",
    "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标",
}

# ---------------------------------------------------------------- helpers


def wan(x: float) -> str:
    """Format an amount in 元 as 万元 text."""
    v = round(x / 10000, 4)
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return s


def yuan(x: float) -> str:
    return f"{x:,.2f}"


def money(x, unit: str) -> str:
    if x is None:
        return ""
    return wan(x) if unit == "万元" else yuan(x)


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s: str, width: int) -> list[str]:
    out, cur = [], ""
    for c in s:
        if dwidth(cur + c) > width:
            out.append(cur)
            cur = c
        else:
            cur += c
    out.append(cur)
    return out or [""]


def num(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


# ---------------------------------------------------------------- forms


def classic(name, dept, unit, year, kind, funds, goal, inds, money_unit="万元", total_score=None,
            grade=None, actual_goal=None):
    """inds: (l2, l3, target[, actual, weight, score, deviation])."""
    rows = []
    for t in inds:
        t = list(t) + [None] * (7 - len(t))
        l2, l3, target, actual, w, s, dev = t
        rows.append({"level1": L1_OF[l2], "level2": l2, "level3": l3, "target": target,
                     "actual": actual, "weight": w, "score": s, "deviation": dev})
    f = {"total": None, "fiscal": None, "carryover": None, "other": None, "executed": None,
         "execution_rate": None}
    f.update(funds)
    return {"name": name, "department": dept, "unit": unit, "year": year, "form": kind,
            "funds": f, "goal": goal, "total_score": total_score, "grade": grade,
            "indicators": rows, "_money": money_unit, "_actual_goal": actual_goal}


def cq(name, dept, unit, year, kind, funds, goal, inds, money_unit="万元", total_score=None,
       grade=None, typeset="l2"):
    """Chongqing style. inds: (l2, name, nature, value, munit, weight[, actual, score, dev])."""
    rows, cqrows = [], []
    for t in inds:
        t = list(t) + [None] * (9 - len(t))
        l2, nm, nat, val, mu, w, act, sc, dev = t
        target = val if nat == "无" else f"{nat}{val}{mu}"
        l1 = L1_OF[l2]
        if typeset == "class":
            gl1 = l1
            gl2 = None
        else:
            gl1, gl2 = l1, l2
        rows.append({"level1": gl1, "level2": gl2, "level3": nm, "target": target,
                     "actual": act, "weight": w, "score": sc, "deviation": dev})
        cqrows.append((l2, nm, nat, val, mu, w, act, sc, dev))
    f = {"total": None, "fiscal": None, "carryover": None, "other": None, "executed": None,
         "execution_rate": None}
    f.update(funds)
    return {"name": name, "department": dept, "unit": unit, "year": year, "form": kind,
            "funds": f, "goal": goal, "total_score": total_score, "grade": grade,
            "indicators": rows, "_money": money_unit, "_cq": cqrows, "_typeset": typeset}


def gold_of(form: dict) -> dict:
    return {k: v for k, v in form.items() if not k.startswith("_")}


# ---------------------------------------------------------------- label printing

SHORT = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度指标", "成本指标": "成本"}
SHORT2 = {"社会效益指标": "社会效益", "经济效益指标": "经济效益", "生态效益指标": "生态效益",
          "可持续影响指标": "可持续影响", "服务对象满意度指标": "满意度指标",
          "数量指标": "数量指标", "质量指标": "质量指标", "时效指标": "时效指标", "成本指标": "成本指标"}
CN_NUM = "一二三四五六七八九"
POINTS = {"产出指标": 50, "效益指标": 30, "满意度指标": 10, "成本指标": 10}


def l1_label(l1: str, style: str, i: int) -> str:
    if style == "short":
        return SHORT.get(l1, l1)
    if style == "numbered":
        return f"{CN_NUM[i]}、{l1}"
    if style == "points":
        return f"{l1}（{POINTS.get(l1, 10)}分）"
    if style == "lei":
        return l1.replace("指标", "类指标")
    if style == "spaced":
        return " ".join(l1)
    return l1


def l2_label(l2: str, style: str, j: int) -> str:
    if style == "short":
        return SHORT2.get(l2, l2)
    if style == "numbered":
        return f"（{CN_NUM[j]}）{l2}"
    if style == "spaced":
        return " ".join(l2)
    if style == "sat_both" and l2 == "服务对象满意度指标":
        return "满意度指标"
    if style == "jianzhu" and l2 == "数量指标":
        return "数量指标(或建筑规模指标)"
    if style == "env" and l2 == "生态效益指标":
        return "环境效益指标"
    if style == "fuwu" and l2 == "服务对象满意度指标":
        return "服务对象满意度"
    return l2


def blocks(inds):
    """Group consecutive indicators by (l1) and (l1, l2)."""
    out = []
    for r in inds:
        if out and out[-1][0] == r["level1"]:
            sub = out[-1][1]
            if sub[-1][0] == r["level2"]:
                sub[-1][1].append(r)
            else:
                sub.append((r["level2"], [r]))
        else:
            out.append((r["level1"], [(r["level2"], [r])]))
    return out


def indicator_rows(form, cols, l1style="full", l2style="full", center=False, combined=False):
    """Cell rows of the indicator table; labels of merged cells printed once
    (on the first row of the block, or its middle row when center=True)."""
    rows = []
    for i, (l1, subs) in enumerate(blocks(form["indicators"])):
        n1 = sum(len(v) for _, v in subs)
        pos1 = (n1 - 1) // 2 if center else 0
        k = 0
        for j, (l2, items) in enumerate(subs):
            pos2 = (len(items) - 1) // 2 if center else 0
            for m, r in enumerate(items):
                a = l1_label(l1, l1style, i) if k == pos1 else ""
                b = l2_label(l2, l2style, j) if m == pos2 else ""
                cells = []
                for c in cols:
                    if c == "deviation":
                        cells.append(r["deviation"] or "")
                    else:
                        cells.append(num(r[c]))
                if combined:
                    lab = f"{l1_label(l1, l1style, i)}-{l2_label(l2, l2style, j)}" if m == pos2 else ""
                    rows.append([lab, r["level3"], *cells])
                else:
                    rows.append([a, b, r["level3"], *cells])
                k += 1
    return rows


# ---------------------------------------------------------------- templates (cell rows)


def t_declaration(form, l1style="full", l2style="full", center=False, remark=False,
                  combined=False):
    mu = form["_money"]
    f = form["funds"]
    y = form["year"]
    rows = [["项目支出绩效目标申报表"], [f"（{y}年度）"],
            ["项目名称", form["name"]],
            ["主管部门", form["department"] or "", "实施单位", form["unit"] or ""],
            [f"项目资金（{mu}）", "年度资金总额", money(f["total"], mu)],
            ["", "其中：财政拨款", money(f["fiscal"], mu)],
            ["", "上年结转资金", money(f["carryover"], mu)],
            ["", "其他资金", money(f["other"], mu)],
            ["年度目标", form["goal"]]]
    head = ["一级指标", "二级指标", "三级指标", "指标值"]
    if combined:
        head = ["指标类别", "三级指标", "指标值"]
    if remark:
        head.append("备注")
    rows.append(head)
    body = indicator_rows(form, ["target"], l1style, l2style, center, combined)
    if remark:
        body = [r + [""] for r in body]
    return rows + body


def t_self_eval(form, l1style="full", l2style="full", center=False, combined=False):
    mu = form["_money"]
    f = form["funds"]
    y = form["year"]
    rate = num(f["execution_rate"]) + "%" if f["execution_rate"] is not None else ""
    rows = [["项目支出绩效自评表"], [f"（{y}年度）"],
            ["项目名称", form["name"]],
            ["主管部门", form["department"] or "", "实施单位", form["unit"] or ""],
            [f"项目资金（{mu}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", money(f["total"], mu), money(f["total"], mu),
             money(f["executed"], mu), "10", rate, num(form.get("_fund_score", 10))],
            ["", "其中：本年财政拨款", money(f["fiscal"], mu), money(f["fiscal"], mu), "", "—", "—", "—"],
            ["", "上年结转资金", money(f["carryover"], mu), money(f["carryover"], mu), "", "—", "—", "—"],
            ["", "其他资金", money(f["other"], mu), money(f["other"], mu), "", "—", "—", "—"],
            ["年度总体目标", "预期目标", "实际完成情况"],
            ["", form["goal"], form["_actual_goal"] or "已完成年度目标"]]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施"]
    if combined:
        head = ["指标类别", *head[2:]]
    rows.append(head)
    rows += indicator_rows(form, ["target", "actual", "weight", "score", "deviation"], l1style,
                           l2style, center, combined)
    rows.append(["总分", "", "", "", "", "100", num(form["total_score"]), ""])
    if form["grade"]:
        rows.append(["自评等级", form["grade"]])
    return rows


def t_dept_target(form, l1style="full", l2style="full", center=False, tasks=()):
    mu = form["_money"]
    f = form["funds"]
    y = form["year"]
    rows = [[f"{y}年部门整体支出绩效目标表"],
            ["部门名称", form["department"]],
            [f"年度预算申请（{mu}）", "资金总额", money(f["total"], mu)],
            ["", "其中：财政拨款", money(f["fiscal"], mu)],
            ["", "其他资金", money(f["other"], mu)],
            ["年度主要任务", "任务名称", "主要内容"]]
    for a, b in tasks:
        rows.append(["", a, b])
    rows.append(["年度总体目标", form["goal"]])
    rows.append(["一级指标", "二级指标", "三级指标", "指标值"])
    rows += indicator_rows(form, ["target"], l1style, l2style, center)
    return rows


def t_dept_self(form, l1style="full", l2style="full", center=False):
    mu = form["_money"]
    f = form["funds"]
    y = form["year"]
    rate = num(f["execution_rate"]) + "%" if f["execution_rate"] is not None else ""
    rows = [[f"{y}年度部门整体支出绩效自评表"],
            ["部门名称", form["department"]],
            [f"年度预算（{mu}）", "全年预算数", "全年执行数", "执行率"],
            ["", money(f["total"], mu), money(f["executed"], mu), rate],
            ["年度总体目标", form["goal"]],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]]
    rows += indicator_rows(form, ["target", "actual", "weight", "score", "deviation"], l1style,
                           l2style, center)
    rows.append(["合计", "", "", "", "", "100", num(form["total_score"]), ""])
    return rows


CQ_TYPE_CLASS = {"产出指标": "产出类指标", "效益指标": "效益类指标", "满意度指标": "满意度类指标"}


def t_cq(form, center=False):
    mu = form["_money"]
    f = form["funds"]
    y = form["year"]
    selfev = form["form"] == "self_evaluation"
    rows = [[f"{y}年度项目支出绩效自评表" if selfev else f"{y}年度项目支出绩效目标申报表"],
            ["项目名称", form["name"], "项目联系人", "（略）"],
            ["项目实施单位", form["unit"] or "", "项目主管部门", form["department"] or ""]]
    if selfev:
        rows += [[f"项目预算执行情况（{mu}）", "全年预算数（A）", "全年执行数（B）"],
                 ["", money(f["total"], mu), money(f["executed"], mu)],
                 ["当年绩效目标", "全年绩效目标", "全年目标实际完成情况"],
                 ["", form["goal"], "基本完成全年目标"]]
        head = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "评价标准"]
        if any(r[7] is not None for r in form["_cq"]):
            head = head[:7] + ["得分", "偏差原因"]
    else:
        rows += [[f"年度资金总额（{mu}）", money(f["total"], mu)],
                 ["其中：财政拨款", money(f["fiscal"], mu)],
                 ["其他资金", money(f["other"], mu)],
                 ["项目绩效目标", form["goal"]]]
        head = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]
    rows.append(head)
    # group by type label
    groups = []
    for r in form["_cq"]:
        lab = CQ_TYPE_CLASS[L1_OF[r[0]]] if form["_typeset"] == "class" else r[0]
        if groups and groups[-1][0] == lab:
            groups[-1][1].append(r)
        else:
            groups.append((lab, [r]))
    for lab, items in groups:
        pos = (len(items) - 1) // 2 if center else 0
        for k, r in enumerate(items):
            l2, nm, nat, val, mu2, w, act, sc, dev = r
            cells = [lab if k == pos else "", nm, nat, val, mu2 if nat != "无" else "无", num(w)]
            if selfev:
                cells.append(act or "")
                if len(head) == 9:
                    cells += [num(sc), dev or ""]
                else:
                    cells.append("达到目标得满分，未达到按完成比例得分")
            rows.append(cells)
    if selfev:
        rows.append(["合计", "", "", "", "", "100", "", num(form["total_score"]) if form["total_score"] else ""])
    return rows


# ---------------------------------------------------------------- renderers


def r_tab(rows, trailing=True):
    lines = []
    n = max(len(r) for r in rows)
    for r in rows:
        cells = r + [""] * (n - len(r)) if trailing else r
        lines.append("\t".join(cells).rstrip() if not trailing else "\t".join(cells))
    return "\n".join(lines) + "\n"


def r_cells(rows, blank=""):
    lines = []
    for r in rows:
        for c in r:
            lines.append(c if c else blank)
    return "\n".join(lines) + "\n"


def r_oneline(rows, nlines=1):
    toks = [c for r in rows for c in r if c]
    if nlines == 1:
        return " ".join(toks) + "\n"
    step = (len(toks) + nlines - 1) // nlines
    return "\n".join(" ".join(toks[i:i + step]) for i in range(0, len(toks), step)) + "\n"


def r_run(rows, rng, lo=15, hi=90, glue_header=True):
    text = "".join(c for r in rows for c in r if c)
    out, i = [], 0
    while i < len(text):
        k = rng.randint(lo, hi)
        out.append(text[i:i + k])
        i += k
    return "\n".join(out) + "\n"


HEAD_WIDTHS = {2: [16, 90], 3: [16, 44, 40], 4: [16, 40, 14, 40]}


def r_layout(rows, widths, indent=0, page=None, rng=None):
    """pdftotext -layout: columns padded with spaces; cells wider than the column wrap onto
    continuation lines carrying only the wrapped part. page=(every, title) inserts page breaks."""
    lines = []
    in_table = False
    for r in rows:
        if len(r) == 1:
            lines.append(" " * 20 + r[0])
            continue
        if r[0] in ("一级指标", "指标类型", "指标类别"):
            in_table = True
        ws = widths if in_table else HEAD_WIDTHS.get(len(r), [16, 20, 10, 10, 10, 6, 8, 6])
        parts = [wrap(c, ws[min(i, len(ws) - 1)]) for i, c in enumerate(r)]
        h = max(len(p) for p in parts)
        for k in range(h):
            s = " " * indent
            for i, p in enumerate(parts):
                w = ws[min(i, len(ws) - 1)]
                cell = p[k] if k < len(p) else ""
                s += cell + " " * (w - dwidth(cell) + 2)
            lines.append(s.rstrip())
    if page:
        every, title = page
        out, pg = [], 1
        for i, ln in enumerate(lines):
            out.append(ln)
            if i and i % every == 0 and i < len(lines) - 3:
                out += ["", " " * 50 + f"- {pg} -", "\f" + " " * 20 + title]
                pg += 1
        lines = out
    return "\n".join(lines) + "\n"


def r_scrambled(rows, table_start, tail=0):
    """PDF plain text with column order scrambled: header cells in order, then the indicator
    table printed column by column (labels, all 三级 names, then all values...)."""
    head = [c for r in rows[:table_start] for c in r if c]
    table = rows[table_start:len(rows) - tail]
    rest = [c for r in rows[len(rows) - tail:] for c in r if c] if tail else []
    cols = []
    n = max(len(r) for r in table)
    for i in range(n):
        cols.append(" ".join(r[i] for r in table if i < len(r) and r[i]))
    out = " ".join(head) + "\n" + "\n".join(c for c in cols if c) + "\n"
    return out + (" ".join(rest) + "\n" if rest else "")


# ---------------------------------------------------------------- content

DOCS: list[tuple[str, str, str, str, str, list[dict], str]] = []


def add(doc_id, family, province, sector, note, forms, text):
    DOCS.append((doc_id, family, province, sector, note, forms, text))


def build():
    rng = random.Random(18)

    # ============ chongqing_style ============
    f = cq("乡村道路养护补助资金", "山东省沂河县交通运输局", "沂河县农村公路养护中心", 2025,
           "target_declaration", {"total": 3860000.0, "fiscal": 3860000.0, "other": 0.0},
           "完成县乡村道路日常养护1260公里，实施路面修补和安全设施完善，优良中等路率保持在80%以上。",
           [("数量指标", "农村公路日常养护里程", "≥", "1260", "公里", 15),
            ("数量指标", "路面坑槽修补面积", "≥", "2.4", "万平方米", 10),
            ("质量指标", "优良中等路率", "≥", "80", "%", 15),
            ("时效指标", "病害处置时限", "≤", "7", "个工作日", 10),
            ("成本指标", "每公里年均养护成本", "≤", "3000", "元/公里", 10),
            ("社会效益指标", "群众出行条件", "无", "明显改善", "", 15),
            ("可持续影响指标", "养护长效机制", "无", "持续运行", "", 10),
            ("服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", 15)])
    add("c01_cq_tab_shandong_road", "chongqing_style", "山东", "乡村道路养护",
        "Excel tab copy (trailing tabs kept) of a Chongqing declaration: 指标类型 = level-2 names printed "
        "once per block, natures ≥/≤/无, value and 计量单位 separate (元/公里, 个工作日), 其他资金 0.",
        [f], r_tab(t_cq(f)))

    f = cq("饮用水水源地保护专项资金", "河北省滏阳县生态环境分局", "滏阳县水源地保护管理站", 2024,
           "self_evaluation", {"total": 1275000.0, "executed": 1198500.0},
           "完成3处县级饮用水水源地规范化建设，水源地水质达标率100%。",
           [("数量指标", "水源地隔离防护网建设长度", "≥", "4.6", "公里", 15, "4.8", 15, None),
            ("数量指标", "水源地界标警示牌设置", "≥", "120", "块", 10, "126", 10, None),
            ("质量指标", "水源地水质达标率", "=", "100", "%", 15, "100", 15, None),
            ("时效指标", "规范化建设完成时间", "≤", "10", "月", 10, "11", 8,
             "防护网材料招标流标一次，工期顺延一个月；今后提前启动采购程序"),
            ("社会效益指标", "饮水安全保障水平", "无", "有效提升", "", 15, "有效提升", 15, None),
            ("生态效益指标", "水源保护区环境问题整改率", "≥", "95", "%", 15, "96.5", 15, None),
            ("服务对象满意度指标", "供水区域居民满意度", "≥", "90", "%", 20, "92", 20, None)],
           total_score=98)
    add("c02_cq_layout_hebei_water", "chongqing_style", "河北", "饮用水水源保护",
        "pdftotext -layout of a Chongqing self-evaluation with 得分 and 偏差原因 columns; type labels on "
        "the middle row of their block, long names and the deviation text wrapped onto continuation lines.",
        [f], r_layout(t_cq(f, center=True), [14, 18, 6, 8, 8, 6, 8, 5, 20]))

    f = cq("秸秆综合利用试点项目", "山西省汾北县农业农村局", "汾北县农业技术推广中心", 2025,
           "target_declaration", {"total": 2150000.0, "fiscal": 1800000.0, "other": 350000.0},
           "推广秸秆还田、饲料化和基料化利用，全县秸秆综合利用率达到93%以上，培育秸秆收储运主体8家。",
           [("数量指标", "秸秆机械化还田面积", "≥", "12.5", "万亩", 20),
            ("数量指标", "培育秸秆收储运主体", "≥", "8", "家", 10),
            ("质量指标", "秸秆综合利用率", "≥", "93", "%", 20),
            ("时效指标", "补助资金兑付时间", "无", "2025年11月底前", "", 10),
            ("经济效益指标", "带动农户增收", "≥", "260", "万元", 15),
            ("生态效益指标", "秸秆露天焚烧火点", "=", "0", "个", 15),
            ("服务对象满意度指标", "受补助农户满意度", "≥", "92", "%", 10)],
           money_unit="元")
    add("c03_cq_cell_shanxi_straw", "chongqing_style", "山西", "秸秆综合利用",
        "Word copy one cell per line (blank lines for empty cells) of a Chongqing declaration; amounts "
        "in 元 with thousands separators; qualitative 无 rows.",
        [f], r_cells(t_cq(f)))

    f = cq("乡镇卫生院基本设备配置", "福建省闽清溪县卫生健康局", "闽清溪县基层卫生服务中心", 2023,
           "self_evaluation", {"total": 4620000.0, "executed": 4486000.0},
           "为9个乡镇卫生院配置DR、彩超等基本设备，提升基层首诊能力。",
           [("数量指标", "配置设备乡镇卫生院数量", "≥", "9", "个", 25, "9", 25, None),
            ("数量指标", "购置基本医疗设备", "≥", "46", "台（套）", 10, "44", 9,
             "2台全自动生化分析仪到货延迟"),
            ("质量指标", "设备验收合格率", "=", "100", "%", 15, "100", 15, None),
            ("成本指标", "设备采购节约率", "≥", "3", "%", 10, "2.9", 9, "部分设备报价上涨"),
            ("社会效益指标", "乡镇卫生院门诊量增长", "≥", "8", "%", 20, "10.2", 20, None),
            ("服务对象满意度指标", "就诊群众满意度", "≥", "90", "%", 20, "93", 20, None)],
           money_unit="元", total_score=98)
    add("c04_cq_run_fujian_clinic", "chongqing_style", "福建", "乡镇卫生院",
        "Chongqing self-evaluation run together (no separators, lines broken every 15–80 characters "
        "inside words and numbers), amounts in 元 with thousands separators, 得分 and 偏差原因 glued.",
        [f], r_run(t_cq(f), rng, 15, 80))

    f = cq("村医补助资金", "河北省漳南县卫生健康局", "漳南县卫生健康局", 2024,
           "self_evaluation", {"total": 986400.0, "executed": 986400.0},
           "按标准发放在岗村医基本公共卫生服务补助和养老补助，稳定村医队伍。",
           [("数量指标", "享受补助在岗村医人数", "≥", "411", "人", 20, "418"),
            ("质量指标", "补助发放准确率", "=", "100", "%", 20, "100"),
            ("时效指标", "补助按季度发放", "无", "按季度发放", "", 10, "按季度发放"),
            ("社会效益指标", "村卫生室正常运行率", "≥", "98", "%", 20, "99"),
            ("可持续影响指标", "村医队伍稳定性", "无", "稳定", "", 10, "稳定"),
            ("服务对象满意度指标", "村医满意度", "≥", "90", "%", 20, "95")],
           typeset="class")
    add("c05_cq_oneline_hebei_villagedoc", "chongqing_style", "河北", "村医补助",
        "Chongqing self-evaluation on one line with single spaces; 产出类/效益类/满意度类指标 blocks "
        "(level 2 null), 评价标准 column, no 得分 column.",
        [f], r_oneline(t_cq(f)))

    f = cq("义务教育学生营养改善计划", "山西省岚水县教育局", "岚水县学生资助管理中心", 2025,
           "target_declaration", {"total": 6912000.0, "fiscal": 6912000.0, "other": 0.0},
           "为全县农村义务教育阶段学生提供营养膳食补助，每生每天5元，保障食品安全。",
           [("数量指标", "受益学生人数", "≥", "7200", "人", 15),
            ("数量指标", "供餐学校数量", "=", "64", "所", 10),
            ("质量指标", "食品安全事故发生数", "=", "0", "起", 15),
            ("质量指标", "食堂供餐比例", "≥", "95", "%", 10),
            ("成本指标", "营养膳食补助标准", "=", "5", "元/生·天", 10),
            ("社会效益指标", "学生营养健康状况", "无", "持续改善", "", 20),
            ("服务对象满意度指标", "学生及家长满意度", "≥", "92", "%", 20)])
    add("c06_cq_tab_shanxi_nutrition", "chongqing_style", "山西", "义务教育营养改善",
        "tab copy with trailing tabs stripped of a Chongqing declaration; type labels on the middle row "
        "of each block; unit 元/生·天.",
        [f], r_tab(t_cq(f, center=True), trailing=False))

    # ============ label_variants ============
    f = classic("高标准农田建设项目", "山东省潍川县农业农村局", "潍川县农田建设服务中心", 2025,
                "target_declaration", {"total": 28600000.0, "fiscal": 26000000.0, "carryover": 0.0,
                                       "other": 2600000.0},
                "新建高标准农田2.2万亩，配套灌排、田间道路等设施，项目区亩均粮食产能提高50公斤以上。",
                [("数量指标", "新建高标准农田面积", "≥2.2万亩"),
                 ("数量指标", "新建改造灌排渠道", "≥38公里"),
                 ("质量指标", "工程验收合格率", "100%"),
                 ("时效指标", "项目完工时间", "2025年12月底前"),
                 ("成本指标", "亩均财政投入", "≤1300元"),
                 ("经济效益指标", "亩均粮食产能提高", "≥50公斤"),
                 ("生态效益指标", "节水灌溉面积占比", "≥60%"),
                 ("服务对象满意度指标", "项目区农户满意度", "≥90%")])
    add("l01_lbl_tab_shandong_farmland", "label_variants", "山东", "高标准农田",
        "tab copy of a declaration with a 备注 column; short labels 产出/效益 and 经济效益/生态效益, "
        "满意度指标 at both levels, 上年结转资金 0.",
        [f], r_tab(t_declaration(f, "short", "short", remark=True)))

    f = classic("农村改厕奖补资金", "河北省洺河县农业农村局", "洺河县农村人居环境整治服务站", 2024,
                "self_evaluation", {"total": 1540000.0, "fiscal": 1540000.0, "executed": 1496000.0,
                                    "execution_rate": 97.14},
                "完成农村户厕改造2800户，改厕问题摸排整改全覆盖。",
                [("数量指标", "新改建农村户厕", "≥2800户", "2836户", 15, 15, None),
                 ("数量指标", "问题厕所整改", "≥460户", "452户", 10, 9.8, "部分农户常年外出，入户整改未完成"),
                 ("质量指标", "改厕验收合格率", "≥98%", "99.1%", 15, 15, None),
                 ("时效指标", "奖补资金拨付时间", "2024年12月前", "2024年11月", 10, 10, None),
                 ("社会效益指标", "农村卫生厕所普及率", "≥85%", "86.3%", 10, 10, None),
                 ("生态效益指标", "粪污无害化处理率", "≥90%", "88%", 10, 8, "抽粪服务车辆不足；拟新增服务站点"),
                 ("可持续影响指标", "管护机制运行", "长效运行", "长效运行", 10, 10, None),
                 ("服务对象满意度指标", "改厕农户满意度", "≥90%", "94%", 10, 10, None)],
                total_score=97.4, grade="优", actual_goal="完成户厕改造2836户，问题厕所整改452户。")
    f["_fund_score"] = 9.6
    add("l02_lbl_numbered_hebei_toilet", "label_variants", "河北", "农村改厕",
        "tab copy of a classic self-evaluation with numbered labels 一、产出指标 / （一）数量指标, "
        "numbering restarting under each level 1; 自评等级.",
        [f], r_tab(t_self_eval(f, "numbered", "numbered")))

    f = classic("畜禽粪污资源化利用整县推进", "福建省建溪县农业农村局", "建溪县畜牧水产服务中心", 2025,
                "target_declaration", {"total": 5300000.0, "fiscal": 5300000.0, "carryover": None,
                                       "other": None},
                "支持规模养殖场改造粪污处理设施，畜禽粪污综合利用率达到92%。",
                [("数量指标", "支持规模养殖场设施改造", "≥35家"),
                 ("质量指标", "规模养殖场粪污处理设施装备配套率", "100%"),
                 ("时效指标", "设施改造完成时限", "2025年10月31日前"),
                 ("社会效益指标", "养殖污染投诉件数下降", "≥20%"),
                 ("生态效益指标", "畜禽粪污综合利用率", "≥92%"),
                 ("服务对象满意度指标", "养殖场户满意度", "≥90%")])
    add("l03_lbl_points_fujian_manure", "label_variants", "福建", "畜禽粪污资源化",
        "Word copy one cell per line of a declaration with level 1 printed with points "
        "(产出指标（50分）…) and 环境效益指标 at level 2; empty funds cells.",
        [f], r_cells(t_declaration(f, "points", "env")))

    f = classic("县级档案抢救保护", "山西省晋阳川县档案馆", "晋阳川县档案馆", 2023,
                "target_declaration", {"total": 680000.0, "fiscal": 680000.0, "other": 0.0},
                "完成1.6万卷重要历史档案抢救修复和数字化，档案安全保管零事故。",
                [("数量指标", "抢救修复破损档案", "≥1.6万卷"),
                 ("数量指标", "档案数字化扫描", "≥90万画幅"),
                 ("质量指标", "数字化成果抽检合格率", "≥99%"),
                 ("时效指标", "项目完成时间", "2023年11月底前"),
                 ("社会效益指标", "档案查阅利用服务", "便捷高效"),
                 ("可持续影响指标", "档案安全保管", "零事故"),
                 ("服务对象满意度指标", "查档群众满意度", "≥95%")])
    add("l04_lbl_lei_shanxi_archives", "label_variants", "山西", "档案抢救",
        "pdftotext -layout of a declaration with 产出类指标/效益类指标/满意度类指标 at level 1 and "
        "level-2 names, labels on the middle row of each block (lines start with a 三级 name).",
        [f], r_layout(t_declaration(f, "lei", "fuwu", center=True), [14, 16, 30, 18]))

    f = classic("社区矫正工作经费", "山东省临沭河县司法局", "临沭河县社区矫正管理局", 2024,
                "self_evaluation", {"total": 420000.0, "fiscal": 420000.0, "executed": 401000.0,
                                    "execution_rate": 95.48},
                "落实社区矫正对象监督管理和教育帮扶，矫正期间再犯罪率控制在0.2%以内。",
                [("数量指标", "社区矫正对象集中教育", "≥12次", "14次", 10, 10, None),
                 ("数量指标", "走访核查矫正对象", "≥1800人次", "1912人次", 10, 10, None),
                 ("质量指标", "矫正对象再犯罪率", "≤0.2%", "0.1%", 15, 15, None),
                 ("质量指标", "电子定位监管覆盖率", "100%", "100%", 10, 10, None),
                 ("时效指标", "入矫报到衔接时限", "≤10日", "10日", 5, 5, None),
                 ("社会效益指标", "社会治安稳定", "持续稳定", "持续稳定", 15, 15, None),
                 ("可持续影响指标", "帮扶机制健全程度", "逐步健全", "基本健全", 15, 13,
                  "心理矫治社会力量参与不足"),
                 ("服务对象满意度指标", "矫正对象及家属满意度", "≥90%", "91%", 10, 10, None)],
                total_score=97.5)
    f["_fund_score"] = 9.5
    add("l05_lbl_combined_shandong_correction", "label_variants", "山东", "社区矫正",
        "tab copy of a self-evaluation whose table prints both levels in one cell "
        "(产出指标-数量指标 …, 指标类别 column), combined label once per level-2 block.",
        [f], r_tab(t_self_eval(f, combined=True)))

    f = classic("妇女儿童关爱服务项目", "河北省滦东县妇女联合会", "滦东县妇女儿童活动中心", 2026,
                "target_declaration", {"total": 356000.0, "fiscal": 356000.0, "other": 0.0},
                "开展留守儿童关爱、妇女技能培训和家庭教育指导服务，惠及妇女儿童5000人次以上。",
                [("数量指标", "妇女技能培训人次", "≥800人次"),
                 ("数量指标", "留守儿童关爱活动场次", "≥24场"),
                 ("质量指标", "培训合格率", "≥90%"),
                 ("时效指标", "年度活动完成时间", "2026年12月前"),
                 ("社会效益指标", "惠及妇女儿童人次", "≥5000人次"),
                 ("服务对象满意度指标", "参与妇女儿童满意度", "≥95%")])
    add("l06_lbl_spaced_hebei_women", "label_variants", "河北", "妇女儿童",
        "Word copy one cell per line with letter-spaced labels at both levels (产 出 指 标 / 数 量 指 标), "
        "year 2026.",
        [f], r_cells(t_declaration(f, "spaced", "spaced")))

    # ============ one_line_spaces ============
    f = classic("青少年宫公益培训项目", "福建省榕江县教育局", "榕江县青少年宫", 2025,
                "target_declaration", {"total": 480000.0, "fiscal": 480000.0, "carryover": 0.0,
                                       "other": 0.0},
                "开设公益艺术、科技兴趣班60个，服务青少年1.2万人次。",
                [("数量指标", "开设公益兴趣班", "≥60个"),
                 ("数量指标", "服务青少年人次", "≥1.2万人次"),
                 ("质量指标", "课程结业率", "≥95%"),
                 ("时效指标", "寒暑假班开班及时率", "100%"),
                 ("成本指标", "生均课时成本", "≤35元"),
                 ("社会效益指标", "青少年综合素质", "有效提升"),
                 ("服务对象满意度指标", "学员家长满意度", "≥93%")])
    add("o01_one_fujian_youth", "one_line_spaces", "福建", "青少年宫",
        "classic declaration on one line, cells separated by single spaces.",
        [f], r_oneline(t_declaration(f)))

    f = classic("科普场馆免费开放补助", "山东省莒阳县科学技术协会", "莒阳县科技馆", 2024,
                "self_evaluation", {"total": 900000.0, "fiscal": 900000.0, "executed": 872500.0,
                                    "execution_rate": 96.94},
                "科技馆全年免费开放不少于300天，接待观众12万人次，开展科普活动80场。",
                [("数量指标", "场馆免费开放天数", "≥300天", "306天", 15, 15, None),
                 ("数量指标", "接待观众人次", "≥12万人次", "10.8万人次", 10, 9,
                  "展厅改造闭馆一个月"),
                 ("数量指标", "开展科普活动", "≥80场", "85场", 10, 10, None),
                 ("质量指标", "展品完好率", "≥95%", "97%", 10, 10, None),
                 ("社会效益指标", "公众科学素质提升", "明显提升", "明显提升", 15, 15, None),
                 ("可持续影响指标", "科普教育基地作用", "持续发挥", "持续发挥", 15, 15, None),
                 ("服务对象满意度指标", "观众满意度", "≥90%", "95%", 15, 15, None)],
                total_score=98.7, grade="优")
    f["_fund_score"] = 9.7
    add("o02_scr_shandong_science", "one_line_spaces", "山东", "科普场馆",
        "PDF plain text of a classic self-evaluation with the indicator table printed column by column "
        "(all labels, all 三级 names, all targets, all actuals …) after a one-line header.",
        [f], r_scrambled(t_self_eval(f), 11, 2))

    f = classic("山西省云岭县气象局部门整体支出", "山西省云岭县气象局", "山西省云岭县气象局", 2025,
                "department_target", {"total": 3125000.0, "fiscal": 2975000.0, "other": 150000.0},
                "建成乡镇自动气象站全覆盖网络，气象预警信息发布时效不超过10分钟，公众气象服务满意度90%以上。",
                [("数量指标", "乡镇自动气象站运维数量", "≥48个"),
                 ("数量指标", "发布气象灾害预警信号", "≥150期"),
                 ("质量指标", "暴雨预警准确率", "≥85%"),
                 ("时效指标", "预警信息发布时效", "≤10分钟"),
                 ("社会效益指标", "气象灾害造成人员死亡", "0人"),
                 ("服务对象满意度指标", "公众气象服务满意度", "≥90%")])
    add("o03_one_shanxi_weather_dept", "one_line_spaces", "山西", "气象预警",
        "department target on two lines (single spaces), with 年度主要任务 rows before the goal.",
        [f], r_oneline(t_dept_target(f, tasks=[("气象监测", "运维自动气象站和雷达"),
                                             ("预警服务", "发布灾害性天气预警")]), nlines=2))

    f = classic("河北省青崖县自然资源和规划局部门整体支出", "河北省青崖县自然资源和规划局",
                "河北省青崖县自然资源和规划局", 2024, "department_self_evaluation",
                {"total": 18460000.0, "executed": 17520000.0, "execution_rate": 94.91},
                "完成地质灾害隐患点排查和治理，落实耕地保护目标，不动产登记办理时限压缩至5个工作日。",
                [("数量指标", "地质灾害隐患点排查", "≥126处", "131处", 15, 15, None),
                 ("数量指标", "地质灾害治理工程", "≥6处", "5处", 10, 8, "一处治理工程跨年实施"),
                 ("质量指标", "耕地保有量完成率", "100%", "100%", 15, 15, None),
                 ("时效指标", "不动产登记办理时限", "≤5个工作日", "4个工作日", 10, 10, None),
                 ("社会效益指标", "地质灾害成功避险", "有效避险", "有效避险", 25, 25, None),
                 ("服务对象满意度指标", "办事群众满意度", "≥90%", "96%", 25, 25, None)],
                total_score=98)
    add("o04_one_hebei_geohazard_dself", "one_line_spaces", "河北", "地质灾害防治",
        "department self-evaluation on three lines, single spaces.",
        [f], r_oneline(t_dept_self(f), nlines=3))

    f = cq("校车安全运营补助", "福建省汀源县教育局", "汀源县学生交通安全服务中心", 2024,
           "target_declaration", {"total": 1320000.0, "fiscal": 1320000.0, "other": 0.0},
           "保障42辆校车安全运营，接送农村学生3100人，全年校车安全责任事故为零。",
           [("数量指标", "运营校车数量", "=", "42", "辆", 20),
            ("数量指标", "接送学生人数", "≥", "3100", "人", 15),
            ("质量指标", "校车安全责任事故", "=", "0", "起", 20),
            ("时效指标", "补助资金拨付", "无", "按学期拨付", "", 10),
            ("社会效益指标", "农村学生上学出行", "无", "安全便捷", "", 15),
            ("服务对象满意度指标", "学生家长满意度", "≥", "95", "%", 20)])
    add("o05_scr_fujian_schoolbus_cq", "one_line_spaces", "福建", "校车安全",
        "Chongqing declaration as scrambled PDF text: header on one line, then the table column by "
        "column (types, names, natures, values, units, weights).",
        [f], r_scrambled(t_cq(f), 7))

    f = classic("困难职工帮扶资金", "山东省莱阴县总工会", "莱阴县职工服务中心", 2023,
                "self_evaluation", {"total": 760000.0, "fiscal": 760000.0, "executed": 760000.0,
                                    "execution_rate": 100},
                "对建档困难职工开展生活、助学、医疗帮扶，帮扶困难职工家庭不少于380户。",
                [("数量指标", "帮扶困难职工家庭", "≥380户", "392户", 20, 20, None),
                 ("数量指标", "金秋助学资助学生", "≥120人", "118人", 10, 9.8, "部分学生转入其他资助渠道"),
                 ("质量指标", "帮扶对象精准率", "100%", "100%", 15, 15, None),
                 ("时效指标", "送温暖资金发放", "春节前发放", "春节前发放", 10, 10, None),
                 ("社会效益指标", "困难职工生活保障水平", "有所提高", "有所提高", 15, 15, None),
                 ("服务对象满意度指标", "帮扶职工满意度", "≥95%", "98%", 20, 20, None)],
                money_unit="元", total_score=99.8)
    add("o06_one_shandong_union", "one_line_spaces", "山东", "工会帮扶",
        "classic self-evaluation on one line, amounts in 元 with thousands separators, 执行率 100%.",
        [f], r_oneline(t_self_eval(f)))

    # ============ run_together ============
    f = classic("不可移动文物保护修缮", "山西省平陶县文物局", "平陶县文物保护中心", 2025,
                "target_declaration", {"total": 2380000.0, "fiscal": 2380000.0, "carryover": 0.0,
                                       "other": 0.0},
                "完成3处县级文物保护单位抢险加固和修缮，文物本体安全隐患消除率100%。",
                [("数量指标", "修缮文物保护单位", "3处"),
                 ("数量指标", "文物安全巡查", "≥240次"),
                 ("质量指标", "修缮工程验收合格率", "100%"),
                 ("时效指标", "修缮工程完工时间", "2025年10月底前"),
                 ("社会效益指标", "文物本体安全隐患消除率", "100%"),
                 ("可持续影响指标", "文物保护利用水平", "持续提升"),
                 ("服务对象满意度指标", "周边群众满意度", "≥90%")])
    add("r01_run_shanxi_relics", "run_together", "山西", "文物保护",
        "classic declaration with all cells glued, line breaks every 20–100 characters.",
        [f], r_run(t_declaration(f), rng, 20, 100))

    f = classic("信访事项办理专项经费", "河北省沧泊县信访局", "沧泊县人民来访接待中心", 2024,
                "self_evaluation", {"total": 310000.0, "fiscal": 310000.0, "executed": 296000.0,
                                    "execution_rate": 95.48},
                "信访事项及时受理率100%，按期办结率95%以上，化解信访积案20件。",
                [("数量指标", "化解信访积案", "≥20件", "23件", 15, 15, None),
                 ("质量指标", "信访事项按期办结率", "≥95%", "97.6%", 15, 15, None),
                 ("质量指标", "初信初访一次性化解率", "≥85%", "83%", 10, 9, "疑难复杂事项占比上升"),
                 ("时效指标", "信访事项受理时限", "≤15日", "15日", 10, 10, None),
                 ("社会效益指标", "群众合理诉求解决", "有效解决", "有效解决", 20, 20, None),
                 ("服务对象满意度指标", "信访群众满意度", "≥85%", "88%", 20, 20, None)],
                money_unit="元", total_score=98.5)
    f["_fund_score"] = 9.5
    add("r02_run_hebei_petition", "run_together", "河北", "信访事项",
        "classic self-evaluation run together in 元 with thousands separators, breaks every 15–70 characters; "
        "actual/weight/score digits glued.",
        [f], r_run(t_self_eval(f), rng, 15, 70))

    f = classic("福建省霞浦溪县妇女联合会部门整体支出", "福建省霞浦溪县妇女联合会",
                "福建省霞浦溪县妇女联合会", 2025, "department_target",
                {"total": 1865000.0, "fiscal": 1865000.0, "other": 0.0},
                "围绕妇女儿童发展规划，开展巾帼创业培训、两癌筛查救助和儿童关爱服务，妇女儿童合法权益得到有效维护。",
                [("数量指标", "巾帼创业就业培训", "≥600人次"),
                 ("数量指标", "两癌筛查救助困难妇女", "≥150人"),
                 ("质量指标", "妇女儿童维权案件办结率", "≥98%"),
                 ("时效指标", "救助金发放时限", "≤30日"),
                 ("社会效益指标", "妇女儿童合法权益", "有效维护"),
                 ("服务对象满意度指标", "服务对象满意度", "≥92%")], money_unit="元")
    add("r03_run_fujian_women_dept", "run_together", "福建", "妇女儿童",
        "department target run together in 元 with thousands separators; task rows glued before the goal.",
        [f], r_run(t_dept_target(f, tasks=[("巾帼建功", "创业就业培训和巾帼示范基地"),
                                         ("关爱救助", "两癌救助和留守儿童关爱")]), rng, 25, 110))

    f = classic("山东省蒙河县应急管理局部门整体支出", "山东省蒙河县应急管理局", "山东省蒙河县应急管理局",
                2023, "department_self_evaluation",
                {"total": 9640000.0, "executed": 9210000.0, "execution_rate": 95.54},
                "开展安全生产执法检查和应急救援演练，生产安全事故起数和死亡人数双下降。",
                [("数量指标", "安全生产执法检查企业", "≥420家", "447家", 15, 15, None),
                 ("数量指标", "应急救援演练", "≥12次", "12次", 10, 10, None),
                 ("质量指标", "重大隐患整改率", "100%", "100%", 15, 15, None),
                 ("时效指标", "事故信息报送时限", "≤1小时", "1小时", 10, 10, None),
                 ("社会效益指标", "生产安全事故死亡人数下降", "≥5%", "3%", 15, 12,
                  "年内发生一起较大道路运输事故；加强重点行业监管"),
                 ("可持续影响指标", "应急物资储备", "满足需要", "满足需要", 15, 15, None),
                 ("服务对象满意度指标", "企业群众满意度", "≥90%", "93%", 20, 20, None)],
                money_unit="元", total_score=97)
    add("r04_run_shandong_emergency_dself", "run_together", "山东", "应急管理",
        "department self-evaluation run together in 元, short breaks (10–45 characters).",
        [f], r_run(t_dept_self(f), rng, 10, 45))

    f = classic("乡村道路养护补助资金", "山东省沂河县交通运输局", "沂河县农村公路养护中心", 2025,
                "target_declaration", {"total": 3860000.0, "fiscal": 3860000.0, "carryover": None,
                                       "other": 0.0},
                "完成县乡村道路日常养护1260公里，实施路面修补和安全设施完善，优良中等路率保持在80%以上。",
                [("数量指标", "农村公路日常养护里程", "≥1260公里"),
                 ("数量指标", "路面坑槽修补面积", "≥2.4万平方米"),
                 ("质量指标", "优良中等路率", "≥80%"),
                 ("时效指标", "病害处置时限", "≤7个工作日"),
                 ("成本指标", "每公里年均养护成本", "≤3000元/公里"),
                 ("社会效益指标", "群众出行条件", "明显改善"),
                 ("可持续影响指标", "养护长效机制", "持续运行"),
                 ("服务对象满意度指标", "沿线群众满意度", "≥90%")])
    add("r05_run_shandong_road_short", "run_together", "山东", "乡村道路养护",
        "the c01 form reprinted as a classic declaration, run together, with short labels "
        "(产出/效益, 社会效益/可持续影响, 满意度指标 at both levels).",
        [f], r_run(t_declaration(f, "short", "short"), rng, 30, 90))

    f = classic("饮用水水源地环境监测", "河北省滏阳县生态环境分局", "滏阳县生态环境监测站", 2026,
                "target_declaration", {"total": 265000.0, "fiscal": 265000.0, "carryover": 0.0,
                                       "other": 0.0},
                "按月开展县级水源地水质监测，全年监测数据有效率100%。",
                [("数量指标", "水质监测频次", "12次/年"),
                 ("数量指标", "监测点位", "≥5个"),
                 ("质量指标", "监测数据有效率", "100%"),
                 ("时效指标", "监测报告报送", "次月5日前"),
                 ("生态效益指标", "水源地水质稳定达标", "Ⅲ类及以上"),
                 ("服务对象满意度指标", "群众满意度", "≥90%")])
    add("r06_run_hebei_monitor_numbered", "run_together", "河北", "饮用水水源保护",
        "declaration run together with numbered labels (一、产出指标（一）数量指标…), year 2026.",
        [f], r_run(t_declaration(f, "numbered", "numbered"), rng, 18, 60))

    # ============ space_columns ============
    f = classic("畜禽养殖废弃物处理设施建设补助", "山西省沁阳河县农业农村局",
                "沁阳河县畜牧兽医发展中心（县动物疫病预防控制中心）", 2024, "target_declaration",
                {"total": 1980000.0, "fiscal": 1500000.0, "carryover": 480000.0, "other": 0.0},
                "支持22家规模养殖场建设粪污贮存和处理设施，畜禽粪污综合利用率达到90%以上，减少面源污染。",
                [("数量指标", "支持建设粪污处理设施的规模养殖场数量", "≥22家"),
                 ("数量指标", "新建粪污贮存池容积", "≥8800立方米"),
                 ("质量指标", "设施建设符合技术规范比例", "100%"),
                 ("时效指标", "补助资金兑付完成时间", "2024年11月30日前"),
                 ("经济效益指标", "有机肥还田替代化肥节约成本", "≥120万元"),
                 ("生态效益指标", "畜禽粪污综合利用率", "≥90%"),
                 ("服务对象满意度指标", "受补助养殖场满意度", "≥90%")])
    add("s01_lay_shanxi_manure", "space_columns", "山西", "畜禽粪污资源化",
        "pdftotext -layout declaration; long 三级 names, unit name and goal wrapped onto continuation lines.",
        [f], r_layout(t_declaration(f), [12, 12, 24, 16]))

    f = classic("村卫生室标准化建设", "福建省武平溪县卫生健康局", "武平溪县卫生健康局", 2023,
                "self_evaluation", {"total": 1150000.0, "fiscal": 1150000.0, "executed": 1082000.0,
                                    "execution_rate": 94.09},
                "完成25个村卫生室标准化改造并配齐基本设备，保障村民就近就医。",
                [("数量指标", "标准化改造村卫生室", "≥25个", "25个", 20, 20, None),
                 ("质量指标", "改造工程验收合格率", "100%", "100%", 15, 15, None),
                 ("时效指标", "改造完成时间", "2023年10月底前", "2023年12月", 10, 7,
                  "部分村卫生室选址调整，开工时间推迟，年底前全部完工"),
                 ("成本指标", "单个村卫生室改造补助", "≤4.6万元", "4.3万元", 5, 5, None),
                 ("社会效益指标", "村民就近就医便利度", "明显提升", "明显提升", 20, 20, None),
                 ("服务对象满意度指标", "村民满意度", "≥90%", "92%", 20, 20, None)],
                total_score=96.4)
    f["_fund_score"] = 9.4
    add("s02_lay_fujian_clinic_self", "space_columns", "福建", "村医补助",
        "pdftotext -layout self-evaluation with wrapped values (2023年10月底/前) and a long wrapped "
        "deviation text; a page break with running title and page number inside the table.",
        [f], r_layout(t_self_eval(f), [12, 12, 18, 10, 10, 5, 5, 22],
                      page=(24, "项目支出绩效自评表（续）")))

    f = classic("山东省费阳县档案馆部门整体支出", "山东省费阳县档案馆", "山东省费阳县档案馆", 2025,
                "department_target", {"total": 2240000.0, "fiscal": 2240000.0, "other": 0.0},
                "做好档案接收征集、抢救保护和开放利用，馆藏档案数字化率达到85%，档案安全零事故。",
                [("数量指标", "接收进馆档案", "≥1.2万卷"),
                 ("数量指标", "馆藏档案数字化", "≥150万画幅"),
                 ("质量指标", "馆藏档案数字化率", "≥85%"),
                 ("时效指标", "档案查阅答复时限", "≤3个工作日"),
                 ("社会效益指标", "档案开放利用服务", "满足社会需求"),
                 ("可持续影响指标", "档案安全", "零事故"),
                 ("服务对象满意度指标", "查档利用者满意度", "≥95%")])
    add("s03_lay_shandong_archives_dept", "space_columns", "山东", "档案抢救",
        "pdftotext -layout department target with wrapped task contents; level labels on the middle "
        "row of each block.",
        [f], r_layout(t_dept_target(f, center=True,
                                    tasks=[("档案接收征集", "接收立档单位到期档案并征集散存民间的重要历史档案资料"),
                                           ("抢救保护", "开展破损档案修复、数字化及异地备份工作")]),
                      [14, 16, 26, 18]))

    f = classic("河北省肥乡川县司法局部门整体支出", "河北省肥乡川县司法局", "河北省肥乡川县司法局", 2024,
                "department_self_evaluation",
                {"total": 5280000.0, "executed": 5120000.0, "execution_rate": 96.97},
                "推进公共法律服务体系建设，加强社区矫正和人民调解，矛盾纠纷调解成功率95%以上。",
                [("数量指标", "人民调解矛盾纠纷", "≥1500件", "1624件", 15, 15, None),
                 ("数量指标", "法律援助案件", "≥320件", "301件", 10, 9, "受理申请数量少于预期"),
                 ("质量指标", "矛盾纠纷调解成功率", "≥95%", "97.2%", 15, 15, None),
                 ("质量指标", "社区矫正对象脱管漏管率", "0", "0", 10, 10, None),
                 ("时效指标", "法律援助指派时限", "≤3日", "3日", 10, 10, None),
                 ("社会效益指标", "基层社会治理水平", "有效提升", "有效提升", 20, 20, None),
                 ("服务对象满意度指标", "群众法律服务满意度", "≥90%", "94%", 20, 20, None)],
                total_score=99)
    add("s04_lay_hebei_justice_dself", "space_columns", "河北", "社区矫正",
        "pdftotext -layout department self-evaluation, narrow columns wrap 三级 names and deviation.",
        [f], r_layout(t_dept_self(f), [10, 10, 16, 10, 10, 5, 5, 16]))

    f = classic("气象灾害预警信息发布系统运维", "山西省云岭县气象局", "云岭县气象台", 2025,
                "target_declaration", {"total": 386500.0, "fiscal": 386500.0, "carryover": None,
                                       "other": None},
                "保障预警信息发布系统和乡村大喇叭正常运行，预警信息覆盖率达到98%。",
                [("数量指标", "乡村预警大喇叭运维数量", "≥320套"),
                 ("质量指标", "系统运行稳定率", "≥99%"),
                 ("质量指标", "预警信息覆盖率", "≥98%"),
                 ("时效指标", "故障修复时限", "≤24小时"),
                 ("社会效益指标", "公众防灾避险意识", "明显增强"),
                 ("服务对象满意度指标", "基层信息员满意度", "≥90%")], money_unit="元")
    add("s05_lay_shanxi_weather_remark", "space_columns", "山西", "气象预警",
        "pdftotext -layout declaration in 元 with thousands separators and an empty 备注 column; "
        "level 2 labels 满意度指标 (both levels).",
        [f], r_layout(t_declaration(f, l2style="sat_both", remark=True), [12, 12, 22, 12, 8]))

    f = classic("科普惠农服务站建设", "福建省长汀源县科学技术协会", "长汀源县科普服务中心", 2024,
                "self_evaluation", {"total": 520000.0, "fiscal": 520000.0, "executed": 508000.0,
                                    "execution_rate": 97.69},
                "建设科普惠农服务站16个，开展农业实用技术培训4000人次。",
                [("数量指标", "建设科普惠农服务站", "≥16个", "16个", 15, 15, None),
                 ("数量指标", "农业实用技术培训", "≥4000人次", "4210人次", 15, 15, None),
                 ("质量指标", "培训考核合格率", "≥90%", "93%", 10, 10, None),
                 ("时效指标", "服务站挂牌运行", "2024年9月底前", "2024年9月", 10, 10, None),
                 ("经济效益指标", "带动农户增收", "≥300元/户", "280元/户", 10, 9,
                  "受农产品价格下行影响"),
                 ("社会效益指标", "农民科学素质", "有所提升", "有所提升", 15, 15, None),
                 ("服务对象满意度指标", "参训农民满意度", "≥90%", "95%", 15, 15, None)],
                total_score=98.8)
    f["_fund_score"] = 9.8
    add("s06_lay_fujian_sciencefarm_self", "space_columns", "福建", "科普场馆",
        "pdftotext -layout self-evaluation, 4-space indent, labels 产出/效益 short and level 2 "
        "经济效益/社会效益, 满意度指标 at both levels.",
        [f], r_layout(t_self_eval(f, "short", "short"), [10, 10, 20, 12, 12, 5, 5, 18], indent=4))


def main():
    build()
    docs = HERE / "docs"
    gold = HERE / "gold"
    docs.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    meta = {}
    for doc_id, family, province, sector, note, forms, text in DOCS:
        (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (gold / f"{doc_id}.json").write_text(
            json.dumps([gold_of(f) for f in forms], ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
        meta[doc_id] = {"family": family, "province": province, "sector": sector, "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    n_rows = sum(len(f["indicators"]) for d in DOCS for f in d[5])
    print(f"{len(DOCS)} documents, {sum(len(d[5]) for d in DOCS)} forms, {n_rows} indicator rows")


if __name__ == "__main__":
    main()
