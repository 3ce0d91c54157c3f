"""Write the dev16 reader check set (docs/*.txt, gold/*.json, meta.json).

All content (names, units, indicators, numbers) is invented for this set.
Run:  python bench/reader_eval/dev16/make_dev16.py
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

L1 = {"产": "产出指标", "效": "效益指标", "满": "满意度指标", "成": "成本指标"}
L2 = {
    "数": "数量指标", "质": "质量指标", "时": "时效指标", "成": "成本指标",
    "经成": "经济成本指标", "社成": "社会成本指标", "生成": "生态环境成本指标",
    "经": "经济效益指标", "社": "社会效益指标", "生": "生态效益指标",
    "可": "可持续影响指标", "满": "服务对象满意度指标", "满度": "满意度指标",
}
CN_NUM = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


# ---------------------------------------------------------------- content helpers

def parse_rows(text: str, self_eval: bool) -> list[dict]:
    """l1|l2|level3|target[|actual|weight|score|deviation] -> indicator dicts."""
    out = []
    for line in text.strip().splitlines():
        p = [x.strip() for x in line.split("|")]
        l1 = L1.get(p[0], p[0])
        l2 = L2.get(p[1], p[1]) if p[1] else None
        ind = {"level1": l1, "level2": l2, "level3": p[2], "target": p[3],
               "actual": None, "weight": None, "score": None, "deviation": None}
        if self_eval:
            ind["actual"] = p[4]
            ind["weight"] = num(p[5])
            ind["score"] = num(p[6])
            ind["deviation"] = p[7] if len(p) > 7 and p[7] else None
        elif len(p) > 4 and p[4]:
            ind["weight"] = num(p[4])
        out.append(ind)
    return out


def parse_cq(text: str, self_eval: bool) -> list[dict]:
    """type|name|nature|value|unit|weight[|actual|score|deviation] (Chongqing tables)."""
    out = []
    for line in text.strip().splitlines():
        p = [x.strip() for x in line.split("|")]
        typ, name, nat, val, unit, w = p[:6]
        l1, l2 = CQ_TYPES[typ]
        if nat in ("≥", "≤", "=", ">", "<", "＝"):
            target = nat + val + unit
        elif nat in ("定性", "无"):
            target = val
        else:
            target = val + unit
        ind = {"level1": l1, "level2": l2, "level3": name, "target": target,
               "actual": None, "weight": num(w), "score": None, "deviation": None,
               "_cq": (typ, nat, val, unit)}
        if self_eval:
            ind["actual"] = p[6]
            ind["score"] = num(p[7])
            ind["deviation"] = p[8] if len(p) > 8 and p[8] else None
        out.append(ind)
    return out


CQ_TYPES = {
    "数量指标": ("产出指标", "数量指标"), "质量指标": ("产出指标", "质量指标"),
    "时效指标": ("产出指标", "时效指标"), "成本指标": ("产出指标", "成本指标"),
    "社会效益指标": ("效益指标", "社会效益指标"), "经济效益指标": ("效益指标", "经济效益指标"),
    "生态效益指标": ("效益指标", "生态效益指标"), "可持续影响指标": ("效益指标", "可持续影响指标"),
    "服务对象满意度指标": ("满意度指标", "服务对象满意度指标"),
    "数量": ("产出指标", "数量指标"), "质量": ("产出指标", "质量指标"),
    "时效": ("产出指标", "时效指标"), "成本": ("产出指标", "成本指标"),
    "社会效益": ("效益指标", "社会效益指标"), "经济效益": ("效益指标", "经济效益指标"),
    "生态效益": ("效益指标", "生态效益指标"), "可持续影响": ("效益指标", "可持续影响指标"),
    "服务对象满意度": ("满意度指标", "服务对象满意度指标"),
    "产出类指标": ("产出指标", None), "效益类指标": ("效益指标", None),
    "满意度类指标": ("满意度指标", None),
}


def num(s):
    if s is None or s == "":
        return None
    v = float(s)
    return int(v) if v == int(v) else v


def wan(v: float | None) -> str:
    if v is None:
        return ""
    s = f"{v / 10000:.4f}".rstrip("0").rstrip(".")
    return s


def yuan(v: float | None, sep: bool = True) -> str:
    if v is None:
        return ""
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def funds(total=None, fiscal=None, carry=None, other=None, executed=None, rate=None):
    return {"total": total, "fiscal": fiscal, "carryover": carry, "other": other,
            "executed": executed, "execution_rate": rate}


def money(f: dict, key: str, unit: str) -> str:
    v = f[key]
    if unit == "元":
        return yuan(v)
    if unit == "元plain":
        return yuan(v, sep=False)
    return wan(v)


# ---------------------------------------------------------------- label printing

class Labels:
    """How one document prints its category labels."""

    def __init__(self, l1=None, l2=None, number=None, place="first", combine=None,
                 combine_place="every"):
        self.l1 = l1 or {}
        self.l2 = l2 or {}
        self.number = number          # None | "cn" | "arabic" | "circled"
        self.place = place            # first | middle | every
        self.combine = combine        # None or a separator: level1 + sep + level2 in one cell
        self.combine_place = combine_place

    def p1(self, canon: str, idx: int) -> str:
        s = self.l1.get(canon, canon)
        if self.number == "cn":
            return f"{CN_NUM[idx]}、{s}"
        if self.number == "arabic":
            return f"{idx + 1}.{s}"
        if self.number == "circled":
            return f"{CN_NUM[idx]}、{s}"
        return s

    def p2(self, canon: str | None, idx: int, l1canon: str | None = None) -> str:
        if canon is None:
            return ""
        s = self.l2.get((l1canon, canon), self.l2.get(canon, canon))
        if self.number == "cn":
            return f"（{CN_NUM[idx]}）{s}"
        if self.number == "arabic":
            return f"{idx + 1}.{s}"
        if self.number == "circled":
            return f"{CIRCLED[idx]}{s}"
        return s


def blocks(inds: list[dict], key) -> list[list[int]]:
    out: list[list[int]] = []
    prev = object()
    for i, ind in enumerate(inds):
        k = key(ind)
        if k != prev:
            out.append([])
            prev = k
        out[-1].append(i)
    return out


def key_l1(ind):
    return ind["level1"]


def key_l12(ind):
    return (ind["level1"], ind["level2"])


def place_in(block: list[int], place: str) -> set[int]:
    if place == "every":
        return set(block)
    if place == "middle":
        return {block[(len(block) - 1) // 2]}
    return {block[0]}


def label_cells(inds: list[dict], lab: Labels) -> list[list[str]]:
    """Per indicator the printed label cells ([l1, l2] or [combined])."""
    n = len(inds)
    c1 = [""] * n
    c2 = [""] * n
    b1 = blocks(inds, key_l1)
    for i1, blk in enumerate(b1):
        for i in place_in(blk, lab.place):
            c1[i] = lab.p1(inds[i]["level1"], i1)
        sub = blocks([inds[i] for i in blk], key_l12)
        for i2, sb in enumerate(sub):
            real = [blk[j] for j in sb]
            for i in place_in(real, lab.place):
                c2[i] = lab.p2(inds[i]["level2"], i2, inds[i]["level1"])
    if lab.combine:
        out = []
        b12 = blocks(inds, key_l12)
        shown = set()
        for blk in b12:
            shown |= place_in(blk, lab.combine_place)
        for i, ind in enumerate(inds):
            if i in shown:
                a = lab.l1.get(ind["level1"], ind["level1"])
                b = lab.l2.get(ind["level2"], ind["level2"]) if ind["level2"] else ""
                out.append([a + lab.combine + b if b else a])
            else:
                out.append([""])
        return out
    return [[c1[i], c2[i]] for i in range(n)]


# ---------------------------------------------------------------- table builders

def hdr_project(f: dict, unit: str, title: str, carry_row: bool = True) -> list[list[str]]:
    fu = f["funds"]
    u = "万元" if unit == "万元" else "元"
    rows = [[title], [f"（{f['year']}年度）"],
            ["项目名称", f["name"], "", ""],
            ["主管部门", f["department"] or "", "实施单位", f["unit"] or ""],
            [f"项目资金（{u}）", "年度资金总额", money(fu, "total", unit), ""],
            ["", "其中：财政拨款", money(fu, "fiscal", unit), ""]]
    if carry_row:
        rows.append(["", "上年结转资金", money(fu, "carryover", unit), ""])
    rows.append(["", "其他资金", money(fu, "other", unit), ""])
    rows.append(["年度绩效目标", f["goal"], "", ""])
    return rows


def table_decl(f: dict, lab: Labels, extra: str | None = None) -> list[list[str]]:
    inds = f["indicators"]
    lc = label_cells(inds, lab)
    head = (["一级指标/二级指标"] if lab.combine else ["一级指标", "二级指标"]) + ["三级指标", "指标值"]
    if extra == "weight":
        head.append("分值")
    elif extra:
        head.append(extra)
    rows = [["绩效指标"] if not lab.combine else ["绩效指标明细"], head]
    for ind, cells in zip(inds, lc, strict=True):
        r = cells + [ind["level3"], ind["target"]]
        if extra == "weight":
            r.append(fmt(ind["weight"]))
        elif extra:
            r.append(ind.get("_note", ""))
        rows.append(r)
    return rows


def fmt(v) -> str:
    if v is None:
        return ""
    return str(v)


def table_self(f: dict, lab: Labels) -> list[list[str]]:
    inds = f["indicators"]
    lc = label_cells(inds, lab)
    head = (["指标类别"] if lab.combine else ["一级指标", "二级指标"]) + [
        "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [head]
    for ind, cells in zip(inds, lc, strict=True):
        rows.append(cells + [ind["level3"], ind["target"], ind["actual"], fmt(ind["weight"]),
                             fmt(ind["score"]), ind["deviation"] or ""])
    return rows


def hdr_self(f: dict, unit: str, title: str) -> list[list[str]]:
    fu = f["funds"]
    u = "万元" if unit == "万元" else "元"
    rate = fu["execution_rate"]
    rows = [[title], [f"（{f['year']}年度）"],
            ["项目名称", f["name"]],
            ["主管部门", f["department"] or "", "实施单位", f["unit"] or ""],
            [f"项目资金（{u}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", money(fu, "total", unit), money(fu, "total", unit),
             money(fu, "executed", unit), "10", f"{fmt(rate)}%", fmt(f["_fund_score"])],
            ["", "其中：本年财政拨款", money(fu, "fiscal", unit), money(fu, "fiscal", unit),
             money(fu, "executed", unit), "—", "—", "—"],
            ["", "上年结转资金", "", "", "", "—", "—", "—"],
            ["", "其他资金", "", "", "", "—", "—", "—"],
            ["年度总体目标", "预期目标", "", "实际完成情况"],
            ["", f["goal"], "", f["_done"]],
            ]
    return rows


def tail_self(f: dict) -> list[list[str]]:
    rows = [["总分", "", "", "", "", "100", fmt(f["total_score"]), ""]]
    if f["grade"]:
        rows.append(["自评等级", f["grade"]])
    return rows


def table_cq(f: dict, self_eval: bool, type_place: str = "first") -> list[list[str]]:
    inds = f["indicators"]
    head = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]
    if self_eval:
        head += ["全年完成值", "得分", "偏差原因"]
    rows = [head]
    typs = [ind["_cq"][0] for ind in inds]
    shown: set[int] = set()
    cur: list[int] = []
    groups = []
    for i, t in enumerate(typs):
        if cur and typs[cur[0]] != t:
            groups.append(cur)
            cur = []
        cur.append(i)
    groups.append(cur)
    for g in groups:
        shown |= place_in(g, type_place)
    for i, ind in enumerate(inds):
        typ, nat, val, unit = ind["_cq"]
        r = [typ if i in shown else "", ind["level3"], nat, val, unit, fmt(ind["weight"])]
        if self_eval:
            r += [ind["actual"], fmt(ind["score"]), ind["deviation"] or ""]
        rows.append(r)
    return rows


def hdr_cq_decl(f: dict, unit: str) -> list[list[str]]:
    fu = f["funds"]
    u = "万元" if unit == "万元" else "元"
    return [[f"{f['year']}年项目绩效目标表"],
            ["项目名称", f["name"], "", "项目负责人", f.get("_contact", "")],
            ["主管部门", f["department"], "", "实施单位", f["unit"]],
            [f"项目资金（{u}）", "年度资金总额", money(fu, "total", unit)],
            ["", "财政拨款", money(fu, "fiscal", unit)],
            ["", "其他资金", money(fu, "other", unit)],
            ["项目年度目标", f["goal"]]]


def hdr_cq_self(f: dict, unit: str) -> list[list[str]]:
    fu = f["funds"]
    u = "万元" if unit == "万元" else "元"
    return [[f"{f['year']}年度项目支出绩效自评表"],
            ["项目名称", f["name"], "", "项目联系人", f.get("_contact", "")],
            ["项目实施单位", f["unit"], "", "项目主管部门", f["department"]],
            [f"项目预算执行情况（{u}）", "全年预算数（A）", "", "全年执行数（B）"],
            ["", money(fu, "total", unit), "", money(fu, "executed", unit)],
            ["当年绩效目标", "全年绩效目标", "", "全年目标实际完成情况"],
            ["", f["goal"], "", f["_done"]]]


def hdr_dept(f: dict, unit: str, title: str) -> list[list[str]]:
    fu = f["funds"]
    u = "万元" if unit == "万元" else "元"
    rows = [[title],
            ["部门（单位）名称", f["unit"]],
            [f"年度预算资金（{u}）", "资金总额", money(fu, "total", unit)],
            ["", "财政拨款", money(fu, "fiscal", unit)],
            ["", "其他资金", money(fu, "other", unit)],
            ["年度主要任务", "任务名称", "主要内容"]]
    for t, c in f["_tasks"]:
        rows.append(["", t, c])
    rows.append(["年度整体绩效目标", f["goal"]])
    return rows


def hdr_dept_self(f: dict, unit: str, title: str) -> list[list[str]]:
    fu = f["funds"]
    u = "万元" if unit == "万元" else "元"
    return [[title],
            ["部门名称", f["unit"]],
            [f"年度预算（{u}）", "全年预算数", "全年执行数", "执行率"],
            ["", money(fu, "total", unit), money(fu, "executed", unit), f"{fmt(fu['execution_rate'])}%"],
            ["年度总体目标", "预期目标", "实际完成情况"],
            ["", f["goal"], f["_done"]]]


# ---------------------------------------------------------------- renderers

def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def r_tab(rows, trailing=False) -> str:
    out = []
    for r in rows:
        s = "\t".join(r)
        out.append(s if trailing else s.rstrip("\t"))
    return "\n".join(out) + "\n"


def r_pipe(rows) -> str:
    out = []
    for i, r in enumerate(rows):
        out.append("| " + " | ".join(c if c else " " for c in r) + " |")
        if i == 0 and len(r) > 1:
            out.append("|" + "---|" * len(r))
    return "\n".join(out) + "\n"


def r_cells(rows) -> str:
    out = []
    for r in rows:
        for c in r:
            out.append(c)
    return "\n".join(out) + "\n"


def chunk(s: str, width: int) -> list[str]:
    if dwidth(s) <= width:
        return [s]
    parts, cur = [], ""
    for ch in s:
        if dwidth(cur + ch) > width:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        parts.append(cur)
    return parts


TABLE_HEADS = ("一级指标", "指标类型", "绩效指标", "一级指标/二级指标", "指标类别")
HEAD_CAPS = [18, 44, 14, 36, 14, 8, 8, 8]


def r_space(rows, caps: list[int], gap: int = 3, indent: int = 2) -> str:
    """pdftotext -layout look: aligned columns, long cells wrapped onto continuation lines.

    Rows above the indicator table (the header block) use wider columns."""
    out = []
    ncol = max(len(r) for r in rows)
    caps = caps + [caps[-1]] * (ncol - len(caps))
    in_table = False
    for r in rows:
        if r and r[0] in TABLE_HEADS:
            in_table = True
        if len(r) == 1 and not in_table:
            out.append(" " * 20 + r[0])
            continue
        cw = caps if in_table else HEAD_CAPS + [8] * ncol
        wrapped = [chunk(c, cw[j]) for j, c in enumerate(r)]
        height = max(len(w) for w in wrapped)
        for k in range(height):
            line = " " * indent
            for j, w in enumerate(wrapped):
                piece = w[k] if k < len(w) else ""
                line += piece + " " * (cw[j] - dwidth(piece) + gap)
            out.append(line.rstrip())
        out.append("")
    return "\n".join(out) + "\n"


def r_oneline(parts: list[list[list[str]]]) -> str:
    lines = []
    for rows in parts:
        lines.append(" ".join(c for r in rows for c in r if c))
    return "\n".join(lines) + "\n"


def r_run(rows, seed: int, lo: int = 20, hi: int = 80) -> str:
    rnd = random.Random(seed)
    s = "".join(c for r in rows for c in r)
    out = []
    i = 0
    while i < len(s):
        n = rnd.randint(lo, hi)
        out.append(s[i:i + n])
        i += n
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the forms

DOCS: list[dict] = []


def add(doc_id, family, province, sector, note, text, forms):
    DOCS.append({"id": doc_id, "family": family, "province": province, "sector": sector,
                 "note": note, "text": text, "forms": forms})


def form(name, dept, unit, year, kind, fu, goal, inds, total_score=None, grade=None, **extra):
    f = {"name": name, "department": dept, "unit": unit, "year": year, "form": kind,
         "funds": fu, "goal": goal, "total_score": total_score, "grade": grade,
         "indicators": inds}
    f.update(extra)
    return f


def build():  # noqa: C901, PLR0915
    # ---------------- label_variants
    f = form("2025年城区园林绿化养护提升项目", "河南省新蔡县城市管理局", "新蔡县园林绿化服务中心", 2025,
             "target_declaration", funds(3860000.0, 3860000.0, 0.0, 0.0),
             "完成城区主次干道及游园绿地日常养护，补植乔灌木，新建口袋公园6处，绿地养护达标率不低于95%，群众对城区绿化环境满意度达到90%以上。",
             parse_rows("""
产|数|养护城区绿地面积|≥186万平方米
产|数|补植乔灌木|≥4200株
产|数|新建口袋公园|6处
产|质|绿地养护检查达标率|≥95%
产|质|补植苗木成活率|≥92%
产|时|春季补植完成时间|4月30日前
产|成|每平方米年均养护成本|≤1.9元
效|社|城区人均公园绿地面积|较上年有所增加
效|生|新增绿化覆盖面积|≥3.5万平方米
效|可|绿地长效管护机制|持续健全
满|满|周边居民满意度|≥90%
""", False))
    lab = Labels(l1={"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度"},
                 l2={"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本",
                     "社会效益指标": "社会效益", "生态效益指标": "生态效益",
                     "可持续影响指标": "可持续影响", "服务对象满意度指标": "服务对象满意度"})
    rows = hdr_project(f, "万元", "项目支出绩效目标申报表") + table_decl(f, lab)
    add("l01_lbl_tab_henan_greening", "label_variants", "河南", "园林绿化",
        "tab copy of a classic declaration, short labels at both levels (产出/效益/满意度; 数量/质量/时效/成本/社会效益/生态效益/可持续影响/服务对象满意度) printed on the first row of each block, funds in 万元, qualitative targets.",
        r_tab(rows), [f])

    f = form("2024年城乡环卫保洁一体化项目", "湖北省京山市城市管理执法局", "京山市环境卫生管理所", 2024,
             "self_evaluation", funds(5120000.0, 5120000.0, None, None, 4987000.0, 97.4),
             "实现城乡生活垃圾收运全覆盖，日均清运生活垃圾260吨，道路机械化清扫率达到80%，垃圾无害化处理率100%。",
             parse_rows("""
产|数|日均清运生活垃圾量|≥260吨|271吨|10|10|
产|数|更新分类垃圾桶|≥1500个|1380个|10|9.2|采购批次延期，剩余120个已于次年1月到货
产|质|道路机械化清扫率|≥80%|82.5%|10|10|
产|质|生活垃圾无害化处理率|100%|100%|10|10|
产|时|垃圾清运及时率|≥98%|98.6%|5|5|
产|成|吨垃圾收运成本|≤165元|158元|5|5|
效|社|农村人居环境整治村庄覆盖率|≥95%|96%|10|10|
效|生|垃圾渗滤液达标排放率|100%|100%|10|10|
效|可|环卫作业市场化运行机制|持续运行|已持续运行|10|10|
满|满|城乡居民满意度|≥90%|91.3%|10|10|
""", True), total_score=98.9, grade="优", _fund_score=9.7,
             _done="全年日均清运生活垃圾271吨，道路机械化清扫率82.5%，生活垃圾无害化处理率100%。")
    lab = Labels(l1={"产出指标": "产出类指标", "效益指标": "效益类指标", "满意度指标": "满意度类指标"},
                 place="every")
    rows = hdr_self(f, "万元", "项目支出绩效自评表") + [["绩效指标"]] + table_self(f, lab) + tail_self(f)
    add("l02_lbl_pipe_hubei_sanitation", "label_variants", "湖北", "环卫",
        "pipe table of a classic self-evaluation; level 1 printed 产出类指标/效益类指标/满意度类指标, labels repeated on every row, 执行率 and 得分 in the funds block, 自评等级.",
        r_pipe(rows), [f])

    f = form("2025年特殊教育学校办学条件改善项目", "安徽省霍邱县教育局", "霍邱县特殊教育学校", 2025,
             "target_declaration", funds(1450000.0, 1200000.0, 0.0, 250000.0),
             "改善特殊教育学校康复训练和生活设施条件，购置康复训练器材，开展送教上门服务，适龄残疾儿童少年入学率保持在97%以上。",
             parse_rows("""
产|数|购置康复训练器材|≥58台（套）
产|数|送教上门服务学生|≥65人
产|数|培训特教教师|≥40人次
产|质|器材验收合格率|100%
产|质|个别化教育计划制定率|100%
产|时|器材采购完成时间|2025年9月底前
效|社|适龄残疾儿童少年入学率|≥97%
效|可|医教结合康复服务能力|逐步提升
满|满|学生家长满意度|≥92%
""", False))
    lab = Labels(number="cn", place="middle")
    rows = hdr_project(f, "万元", "项目支出绩效目标申报表") + table_decl(f, lab)
    add("l03_lbl_cells_anhui_specialedu", "label_variants", "安徽", "特殊教育",
        "one cell per line (Word copy), numbered labels 一、产出指标 / （一）数量指标 with numbering restarting under each level 1, labels on the middle row of their block (empty cells as blank lines), 其他资金 non-zero.",
        r_cells(rows), [f])

    f = form("2024年城市管理综合执法保障项目", "天津市西青区城市管理委员会", "天津市西青区城市管理综合执法大队", 2024,
             "self_evaluation", funds(2300000.0, 2300000.0, None, None, 2215400.0, 96.32),
             "规范城市管理秩序，全年巡查街面不少于3600次，查处违法建设和占道经营案件，案件办结率达到95%以上。",
             parse_rows("""
产|数|街面巡查次数|≥3600次|3812次|10|10|
产|数|查处占道经营案件|≥450件|468件|10|10|
产|质|行政处罚案卷合格率|≥95%|97%|10|10|
产|时|投诉处置按时办结率|≥95%|93.8%|10|9.6|汛期集中投诉量大，部分案件超时
成|经成|执法车辆运行维护费用|≤38万元|36.7万元|10|10|
成|社成|执法过程引发的负面舆情|0起|0起|10|10|
效|社|违法建设存量下降幅度|≥10%|12%|10|10|
效|社|社会效益评价|良好|良好|10|10|
满|满|辖区商户和居民满意度|≥88%|90.2%|10|10|
""", True), total_score=98.25, grade="优", _fund_score=8.65,
             _done="全年巡查街面3812次，查处占道经营案件468件，投诉处置按时办结率93.8%。")
    lab = Labels(l1={"产出指标": "产出指标（40分）", "成本指标": "成本指标（20分）",
                     "效益指标": "效益指标（20分）", "满意度指标": "满意度指标（10分）"})
    rows = hdr_self(f, "万元", "项目支出绩效自评表") + table_self(f, lab) + tail_self(f)
    add("l04_lbl_space_tianjin_enforcement", "label_variants", "天津", "城管执法",
        "pdftotext -layout of a classic self-evaluation: level 1 with points (产出指标（40分）…), 成本指标 as level 1 with 经济成本指标/社会成本指标, a level-3 name containing 社会效益, wrapped cells.",
        r_space(rows, [14, 16, 16, 12, 12, 6, 6, 16]), [f])

    f = form("2025年城乡供水水质提升工程", "重庆市綦江区水利局", "重庆市綦江区供排水管理中心", 2025,
             "target_declaration", funds(6800000.0, 6000000.0, 0.0, 800000.0),
             "新建改造供水管网，完成2座水厂消毒设施升级，城乡供水水质达标率达到98%以上，保障农村人口稳定用水。",
             parse_rows("""
产|数|新建改造供水管网长度|≥42公里
产|数|水厂消毒设施升级改造|2座
产|质|管网工程竣工验收合格率|100%
产|质|出厂水水质检测合格率|≥98%
产|时|工程完工时间|2025年11月30日前
效|经|年减少管网漏损水量|≥18万立方米
效|社|受益农村人口|≥3.6万人
效|生|水源地保护范围内污染事件|0起
满|满|受益群众满意度|≥90%
""", False))
    lab = Labels(l1={"产出指标": "产出目标", "效益指标": "效益目标", "满意度指标": "满意度目标"})
    rows = hdr_project(f, "万元", "重点项目绩效目标申报表") + table_decl(f, lab)
    add("l05_lbl_tab_chongqing_water", "label_variants", "重庆", "供水",
        "tab copy (trailing tabs kept) of a declaration whose level 1 is printed 产出目标/效益目标/满意度目标 (目标-named), labels on the first row only.",
        r_tab(rows, trailing=True), [f])

    f = form("2024年农机购置与应用补贴项目", "河南省滑县农业农村局", "滑县农业机械技术中心", 2024,
             "self_evaluation", funds(9650000.0, 9650000.0, None, None, 9650000.0, 100),
             "落实农机购置与应用补贴政策，补贴机具不少于1300台，推动主要农作物耕种收综合机械化率提高到92%。",
             parse_rows("""
产|数|补贴机具数量|≥1300台|1346台|15|15|
产|数|受益农户和农机合作社|≥1100户|1152户|10|10|
产|质|补贴机具核验合格率|100%|100%|10|10|
产|时|补贴资金兑付时限|申请后30个工作日内|平均22个工作日|10|10|
效|经|带动农民购机投入|≥9000万元|9420万元|10|10|
效|社|主要农作物耕种收综合机械化率|≥92%|92.4%|15|15|
效|可|农机社会化服务能力|持续增强|持续增强|10|10|
满|满|购机户满意度|≥90%|94%|10|10|
""", True), total_score=100, grade="优", _fund_score=10,
             _done="补贴机具1346台，受益农户和合作社1152户，综合机械化率达到92.4%。")
    lab = Labels(combine="-", combine_place="every")
    rows = hdr_self(f, "万元", "项目支出绩效自评表") + table_self(f, lab) + tail_self(f)
    add("l06_lbl_pipe_henan_agrimach", "label_variants", "河南", "农机",
        "pipe table of a classic self-evaluation with level 1 and level 2 in one cell (产出指标-数量指标) on every row, 100% execution.",
        r_pipe(rows), [f])

    f = form("2025年农作物种业振兴行动项目", "湖北省枣阳市农业农村局", "枣阳市种子管理站", 2025,
             "target_declaration", funds(1800000.0, 1800000.0, None, 0.0),
             "建设农作物品种展示示范基地，开展种子质量监督抽查，主要农作物良种覆盖率稳定在98%以上。",
             parse_rows("""
产|数|品种展示示范基地|3个
产|数|展示示范新品种|≥60个
产|数|种子质量监督抽查批次|≥120批次
产|质|种子质量抽检合格率|≥97%
产|时|品种展示观摩活动完成时间|2025年10月底前
效|经|示范基地亩均增收|≥80元
效|社|主要农作物良种覆盖率|≥98%
满|满|种植户满意度|≥90%
""", False))
    lab = Labels(combine="/", combine_place="first")
    rows = hdr_project(f, "万元", "项目支出绩效目标表", carry_row=False) + table_decl(f, lab)
    add("l07_lbl_space_hubei_seed", "label_variants", "湖北", "种业",
        "pdftotext -layout of a declaration with level 1/level 2 in one narrow cell (产出指标/数量指标) printed only on a block's first row and wrapped; a level-3 name containing 质量 (种子质量抽检合格率).",
        r_space(rows, [10, 24, 14, 20]), [f])

    f = form("安徽省旌德县林业局部门整体支出", "安徽省旌德县林业局", "安徽省旌德县林业局", 2025,
             "department_target", funds(21350000.0, 20150000.0, None, 1200000.0),
             "全面落实林长制，强化森林防火和林业有害生物防治，森林覆盖率稳定在71%以上，全年不发生重特大森林火灾。",
             parse_rows("""
履职效能|重点工作完成|森林防火巡护里程|≥6.5万公里
履职效能|重点工作完成|新造林和森林抚育面积|≥1.2万亩
履职效能|重点工作完成|林业有害生物成灾率|≤3‰
履职效能|履职质量|森林火灾受害率|≤0.8‰
管理效率|预算管理|预算执行率|≥95%
管理效率|预算管理|“三公”经费控制率|≤100%
管理效率|资产管理|固定资产账实相符率|100%
社会效应|社|森林防火宣传覆盖行政村|100%
社会效应|生|森林覆盖率|≥71%
满|满度|林农和社会公众满意度|≥90%
""", False), _tasks=[("森林防火", "落实防火巡护和隐患排查"), ("林业生态修复", "新造林和森林抚育")])
    lab = Labels(l1={"满意度指标": "满意度"}, l2={"社会效益指标": "社会效益", "生态效益指标": "生态效益",
                                                  "满意度指标": "满意度指标"})
    rows = hdr_dept(f, "万元", "2025年部门整体支出绩效目标表") + table_decl(f, lab)
    add("l08_lbl_tab_anhui_forestfire", "label_variants", "安徽", "森林防火",
        "tab copy of a department target with a department framework at level 1 (履职效能/管理效率/社会效应/满意度), printed level-2 names (重点工作完成/履职质量/预算管理/资产管理), short 社会效益/生态效益 and 满意度指标 as level 2.",
        r_tab(rows), [f])

    f = form("2025年七里海湿地生态保护修复项目", "天津市宁河区规划和自然资源局", "天津七里海湿地保护管理中心", 2025,
             "target_declaration", funds(12600000.0, 12600000.0, 0.0, 0.0),
             "实施核心区苇田修复和水系连通，开展鸟类及水质监测，湿地保护率保持不低于原有水平，生态环境持续改善。",
             parse_rows("""
产|数|苇田修复面积|≥3200亩
产|数|水系连通沟渠疏浚长度|≥15.6公里
产|数|鸟类监测样线|12条
产|质|修复工程验收合格率|100%
产|时|水系连通工程完工时间|2025年10月
效|生|湿地保护率|不低于上年
效|生|监测到的鸟类种数|≥220种
效|社|湿地生态科普受众|≥2万人次
效|可|湿地生态系统稳定性|持续向好
满|满|周边群众满意度|≥90%
""", False))
    for ind in f["indicators"]:
        if ind["level1"] == "效益指标":
            ind["level1"] = "效果指标"
    lab = Labels(place="every")
    rows = hdr_project(f, "万元", "项目支出绩效目标申报表") + table_decl(f, lab)
    add("l09_lbl_narrow_tianjin_wetland", "label_variants", "天津", "湿地保护",
        "pdftotext -layout with narrow label columns and level 1 printed 效果指标 (kept as printed): 产出指标/可持续影响指标 etc. cut over two or three lines in every row, long names wrapped.",
        r_space(rows, [4, 6, 14, 12], gap=2), [f])

    f = form("2025年建设工程质量安全监督检测项目", "河南省鹿邑县住房和城乡建设局", "鹿邑县建设工程质量安全监督站", 2025,
             "target_declaration", funds(960000.0, 960000.0, None, None),
             "对在建房屋建筑和市政工程实施全覆盖监督抽查，开展建材质量抽检，监督抽查覆盖率100%，全年不发生较大质量安全事故。",
             parse_rows("""
产|数|监督在建工程项目|≥130个
产|数|建筑材料抽检组数|≥600组
产|质|质量抽检合格率|≥96%
产|质|监督抽查覆盖率|100%
产|时|竣工验收监督及时率|100%
产|成|成本节约率|≥3%
效|社|社会效益评价|较上年明显提升
效|社|较大及以上质量安全事故|0起
满|满度|满意度调查覆盖率|≥80%
满|满度|建设参建单位满意度|≥90%
""", False))
    lab = Labels(place="every", l2={"满意度指标": "满意度指标"})
    for ind, w in zip(f["indicators"], [15, 10, 10, 10, 10, 5, 10, 10, 10, 10], strict=True):
        ind["weight"] = w
    rows = hdr_project(f, "万元", "项目支出绩效目标申报表", carry_row=False) + table_decl(f, lab, extra="weight")
    add("l10_lbl_tab_henan_quality", "label_variants", "河南", "工程质量监督",
        "tab copy with labels on every row, 成本指标 as level 2 under 产出指标, 满意度指标 at both levels, level-3 names containing category words (质量抽检合格率, 成本节约率, 社会效益评价, 满意度调查覆盖率), 分值 column, no 上年结转 row.",
        r_tab(rows), [f])

    # ---------------- chongqing_style
    f = form("2025年城镇燃气安全隐患排查整治项目", "重庆市大足区城市管理局", "重庆市大足区燃气安全服务中心", 2025,
             "target_declaration", funds(1580000.0, 1580000.0, None, 0.0),
             "开展城镇燃气用户安全入户检查和老旧管线隐患整治，排查用户不少于5.2万户，隐患整改率达到100%，杜绝较大燃气安全事故。",
             parse_cq("""
数量指标|入户安全检查用户|≥|5.2|万户|20
数量指标|整治老旧燃气管线|≥|8.5|公里|15
质量指标|隐患整改率|=|100|%|15
时效指标|隐患整改完成时限|≤|30|日|10
成本指标|户均安全检查成本|≤|12|元/户|10
社会效益指标|较大及以上燃气安全事故|=|0|起|10
可持续影响指标|燃气安全长效监管机制|定性|逐步健全||10
服务对象满意度指标|燃气用户满意度|≥|90|%|10
""", False), _contact="陈立")
    rows = hdr_cq_decl(f, "万元") + table_cq(f, False)
    add("c01_cq_tab_chongqing_gas", "chongqing_style", "重庆", "燃气安全",
        "tab copy of a Chongqing 项目绩效目标表: 指标类型 = level-2 names once per block, 指标性质 ≥/=/≤/定性, value and 计量单位 (万户, 元/户) in separate cells, 指标权重.",
        r_tab(rows), [f])

    f = form("2024年院前医疗急救体系建设项目", "重庆市璧山区卫生健康委员会", "重庆市璧山区急救中心", 2024,
             "self_evaluation", funds(4200000.0, None, None, None, 3960000.0, None),
             "新增急救站点2个，更新负压救护车6辆，急救呼叫满足率达到98%，城区平均急救反应时间控制在12分钟以内。",
             parse_cq("""
产出类指标|新增院前急救站点|≥|2|个|10|2|10|
产出类指标|更新负压救护车|≥|6|辆|10|6|10|
产出类指标|急救呼叫满足率|≥|98|%|10|98.7|10|
产出类指标|城区平均急救反应时间|≤|12|分钟|10|11.5|10|
产出类指标|急救人员岗位培训|≥|320|人次|10|296|9.25|部分培训受场地改造影响延至次年
效益类指标|院前急救病例数|≥|1.1|万例|15|1.18|15|
效益类指标|心脏骤停患者院前复苏成功率|≥|6|%|15|6.4|15|
满意度类指标|患者及家属满意度|≥|92|%|10|93.1|10|
""", True), total_score=89.25, grade=None, _contact="刘敏",
             _done="新增站点2个、救护车6辆，急救呼叫满足率98.7%，城区平均反应时间11.5分钟。")
    rows = hdr_cq_self(f, "万元") + table_cq(f, True, type_place="middle") + [["自评得分", "", "", "", "", "", "", fmt(f["total_score"])]]
    add("c02_cq_space_chongqing_firstaid", "chongqing_style", "重庆", "急救",
        "pdftotext -layout of a Chongqing 自评表: 产出类/效益类/满意度类指标 blocks (level 2 null) labelled on their middle row, 全年完成值/得分/偏差原因, narrow wrapped header and cells, 自评得分 line.",
        r_space(rows, [10, 18, 4, 6, 6, 4, 8, 6, 16]), [f])

    f = form("2025年无偿献血宣传与采供血保障项目", "湖北省孝感市卫生健康委员会", "孝感市中心血站", 2025,
             "target_declaration", funds(2780000.0, 2780000.0, None, 0.0),
             "开展无偿献血宣传招募，全年采集全血不少于4.6万单位，血液检测合格率保持在99%以上，保障临床用血需求。",
             parse_cq("""
数量指标|采集全血|正向|4.6|万单位|20
数量指标|开展献血宣传活动|正向|80|场次|10
质量指标|血液检测合格率|正向|99|%|15
质量指标|血液质量管理体系运行|定性|规范有效||10
时效指标|临床用血配送到达时间|反向|2|小时|10
社会效益指标|千人口献血率|正向|11|‰|15
服务对象满意度指标|献血者满意度|正向|95|%|10
服务对象满意度指标|临床用血医院满意度|正向|93|%|10
""", False), _contact="周琴")
    rows = hdr_cq_decl(f, "元") + table_cq(f, False)
    add("c03_cq_cells_hubei_blood", "chongqing_style", "湖北", "献血",
        "one cell per line of a Chongqing declaration: 指标性质 正向/反向/定性 without a sign (target = value + unit), qualitative row with empty 计量单位, funds in 元 with thousands separators.",
        r_cells(rows), [f])

    f = form("2024年基层中医药服务能力提升项目", "天津市静海区卫生健康委员会", "天津市静海区中医医院", 2024,
             "self_evaluation", funds(1350000.0, None, None, None, 1298000.0, None),
             "建设基层中医馆5个，培训基层中医药人员，社区卫生服务中心和乡镇卫生院中医馆覆盖率达到100%。",
             parse_cq("""
数量|建设基层中医馆|≥|5|个|15|5|15|
数量|培训基层中医药人员|≥|260|人次|15|274|15|
质量|中医适宜技术推广应用率|≥|90|%|10|88|9.8|部分新建中医馆年底才投入使用
时效|中医馆建设完成时间|≤|10|月|10|10|10|
成本|单个中医馆设备配置成本|≤|18|万元|10|17.6|10|
社会效益|中医馆覆盖率|=|100|%|15|100|15|
服务对象满意度|就诊群众满意度|≥|90|%|15|92|15|
""", True), total_score=89.8, _contact="王海燕",
             _done="建成基层中医馆5个，培训人员274人次，中医馆覆盖率100%。")
    rows = hdr_cq_self(f, "万元") + table_cq(f, True) + [["自评总分", fmt(f["total_score"])]]
    add("c04_cq_pipe_tianjin_tcm", "chongqing_style", "天津", "中医药",
        "pipe table of a Chongqing 自评表 with short 指标类型 (数量/质量/时效/成本/社会效益/服务对象满意度), ≥/≤/= natures, 得分 and 偏差原因.",
        r_pipe(rows), [f])

    f = form("2025年中等职业学校实训基地建设项目", "重庆市荣昌区教育委员会", "重庆市荣昌职业教育中心", 2025,
             "target_declaration", funds(5400000.0, 4900000.0, None, 500000.0),
             "建设智能制造和畜牧兽医实训基地，新增实训工位360个，学生职业技能等级证书获取率达到85%以上。",
             parse_cq("""
数量指标|新增实训工位|≥|360|个|15
数量指标|校企合作订单班|≥|6|个|10
质量指标|实训设备验收合格率|=|100|%|15
时效指标|实训基地投入使用时间|≤|9|月|10
经济效益指标|面向企业开展技能培训收入|≥|40|万元|10
社会效益指标|学生职业技能等级证书获取率|≥|85|%|15
可持续影响指标|产教融合实训运行机制|定性|长期有效||10
服务对象满意度指标|在校学生满意度|≥|90|%|15
""", False), _contact="黄伟")
    rows = hdr_cq_decl(f, "万元") + table_cq(f, False)
    add("c05_cq_run_chongqing_vocational", "chongqing_style", "重庆", "职业教育",
        "Chongqing declaration run together (no separators, lines broken every 20–80 characters, inside words and numbers), nature / value / unit / weight glued.",
        r_run(rows, 1605), [f])

    f = form("2024年红十字应急救护培训项目", "安徽省宁国市人民政府办公室", "宁国市红十字会", 2024,
             "self_evaluation", funds(480000.0, None, None, None, 472600.0, None),
             "开展群众性应急救护培训，培训救护员不少于1200人，普及性培训不少于1.5万人次，在公共场所新配置AED设备20台。",
             parse_cq("""
数量指标|培训红十字救护员|≥|1200|人|15|1236|15|
数量指标|普及性救护培训|≥|1.5|万人次|15|1.32|13.2|受学校课时安排影响，部分学校培训延至下学期
数量指标|公共场所配置AED|≥|20|台|10|20|10|
质量指标|救护员考核合格率|≥|95|%|10|96.5|10|
时效指标|AED安装完成时间|≤|11|月|10|10|10|
社会效益指标|公众应急救护知识知晓率|≥|80|%|15|82|15|
服务对象满意度指标|参训人员满意度|≥|95|%|15|97|15|
""", True), total_score=88.2, _contact="吴芳",
             _done="培训救护员1236人，普及性培训1.32万人次，配置AED设备20台。")
    rows = hdr_cq_self(f, "元") + table_cq(f, True) + [["合计", "", "", "", "", "90", "", fmt(f["total_score"])]]
    add("c06_cq_tab_anhui_redcross", "chongqing_style", "安徽", "红十字",
        "tab copy of a Chongqing 自评表 (trailing tabs stripped), funds in 元 with thousands separators, 指标类型 once per block, 偏差原因 text.",
        r_tab(rows), [f])

    # ---------------- space_columns
    f = form("2025年普惠性幼儿园扩容提质项目", "河南省郸城县教育体育局", "郸城县学前教育发展中心", 2025,
             "target_declaration", funds(7300000.0, 7300000.0, 0.0, 0.0),
             "新增普惠性学位，改善农村幼儿园保教设施，普惠性幼儿园覆盖率达到90%以上，学前三年毛入园率不低于93%。",
             parse_rows("""
产|数|新增普惠性学位|≥1080个
产|数|改造农村幼儿园户外活动场地|≥24所
产|数|配备保教玩教具|≥36套
产|质|改造工程验收合格率|100%
产|时|改造项目完成时间|2025年8月20日前（秋季开学前）
产|成|生均学位建设成本|≤6500元
效|社|普惠性幼儿园覆盖率|≥90%
效|社|学前三年毛入园率|≥93%
效|可|农村学前教育公共服务体系|持续完善
满|满|幼儿家长满意度|≥92%
""", False))
    lab = Labels()
    rows = hdr_project(f, "万元", "项目支出绩效目标申报表") + table_decl(f, lab)
    add("s01_space_henan_preschool", "space_columns", "河南", "学前教育",
        "pdftotext -layout of a classic declaration, labels on the block's first row, long names and the goal wrapped onto continuation lines.",
        r_space(rows, [10, 14, 26, 18]), [f])

    f = form("2024年基层医疗卫生机构能力提升项目", "湖北省通山县卫生健康局", "通山县基层卫生服务指导中心", 2024,
             "self_evaluation", funds(3150000.0, 3150000.0, None, None, 3024000.0, 96),
             "为乡镇卫生院配置数字化诊疗设备，开展村医轮训，基层医疗卫生机构诊疗量占比达到60%以上。",
             parse_rows("""
产|数|配置数字化诊疗设备|≥45台|45台|15|15|
产|数|村医轮训人次|≥520人次|548人次|10|10|
产|质|设备安装调试合格率|100%|100%|10|10|
产|时|设备到位时间|2024年9月底前|2024年9月26日|10|10|
产|成|设备采购资金节约率|≥2%|3.1%|5|5|
效|社|基层医疗卫生机构诊疗量占比|≥60%|57.8%|15|13.5|部分群众仍倾向县级医院就诊，将加强家庭医生签约引导
效|可|基层首诊分级诊疗机制|逐步建立|逐步建立|15|15|
满|满|就诊群众满意度|≥90%|92.5%|10|10|
""", True), total_score=98.1, grade="优", _fund_score=9.6,
             _done="配置数字化诊疗设备45台，轮训村医548人次，基层诊疗量占比57.8%。")
    lab = Labels()
    rows = hdr_self(f, "万元", "项目支出绩效自评表") + table_self(f, lab) + tail_self(f)
    add("s02_space_hubei_primarycare", "space_columns", "湖北", "基层医疗",
        "pdftotext -layout of a classic self-evaluation (年初预算数/全年预算数/全年执行数/分值/执行率/得分), wrapped 偏差原因 and names.",
        r_space(rows, [10, 12, 20, 12, 12, 5, 5, 20]), [f])

    f = form("重庆市梁平区退役军人事务局部门整体支出", "重庆市梁平区退役军人事务局", "重庆市梁平区退役军人事务局", 2024,
             "department_self_evaluation", funds(18400000.0, None, None, None, 17860000.0, 97.07),
             "落实退役军人安置和优抚政策，开展退役军人就业创业培训，组织专场招聘会，退役军人就业率保持在90%以上。",
             parse_rows("""
产|数|退役军人适应性培训|≥600人次|624人次|20|20|
产|数|退役军人专场招聘会|≥8场|9场|15|15|
产|质|优抚金发放准确率|100%|100%|15|15|
产|时|优抚金按月发放及时率|100%|100%|10|10|
效|社|有就业意愿退役军人就业率|≥90%|91.6%|20|20|
效|可|退役军人服务站规范化建设|持续推进|已完成12个站点规范化建设|10|10|
满|满|退役军人及其家属满意度|≥92%|90.4%|10|9.8|个别站点服务时间与群众需求不匹配
""", True), total_score=99.8, grade="优",
             _done="开展适应性培训624人次，举办专场招聘会9场，就业率91.6%。")
    lab = Labels(place="middle")
    head_rows = hdr_dept_self(f, "万元", "2024年度部门整体支出绩效自评表")
    rows = head_rows + table_self(f, lab) + [["总分", "", "", "", "", "100", fmt(f["total_score"])],
                                             ["评价等级", f["grade"]]]
    add("s03_space_chongqing_veterans", "space_columns", "重庆", "退役军人就业",
        "pdftotext -layout of a department self-evaluation, labels on the middle row of their block, 执行率 in the budget block, wrapped actual and reason texts.",
        r_space(rows, [10, 12, 22, 12, 14, 5, 5, 18]), [f])

    f = form("2025年孕产妇和儿童健康管理项目", "安徽省太和县卫生健康委员会", "太和县妇幼保健院", 2025,
             "target_declaration", funds(2210000.0, 1860000.0, 0.0, 350000.0),
             "开展孕产妇系统管理和0-6岁儿童健康管理，孕产妇系统管理率和儿童健康管理率均达到90%以上。",
             parse_rows("""
产|数|免费孕前优生健康检查|≥6800对
产|数|新生儿疾病筛查|≥9500人
产|质|孕产妇系统管理率|≥90%
产|质|0-6岁儿童健康管理率|≥90%
产|时|筛查结果反馈时间|≤15个工作日
效|社|孕产妇死亡率|≤10/10万
效|社|婴儿死亡率|≤4‰
满|满|服务对象满意度|≥90%
""", False))
    for ind, note in zip(f["indicators"], ["含农村计划怀孕夫妇", "", "", "", "", "", "", "问卷调查"], strict=True):
        ind["_note"] = note
    lab = Labels()
    rows = hdr_project(f, "元", "项目支出绩效目标申报表") + table_decl(f, lab, extra="备注")
    add("s04_space_anhui_maternal", "space_columns", "安徽", "妇幼保健",
        "pdftotext -layout of a declaration with a 备注 column, funds in 元 with thousands separators, rates per 10万 and ‰.",
        r_space(rows, [10, 16, 22, 14, 16]), [f])

    # ---------------- run_together
    f = form("2025年严重精神障碍患者救治救助项目", "安徽省怀远县卫生健康委员会", "怀远县精神卫生中心", 2025,
             "target_declaration", funds(1120000.0, 1120000.0, 0.0, 0.0),
             "做好严重精神障碍患者登记管理和随访服务，落实免费服药政策，患者规范管理率达到90%以上。",
             parse_rows("""
产|数|免费服药患者|≥1600人
产|数|开展社区随访|≥1.2万人次
产|质|患者规范管理率|≥90%
产|时|新发现患者建档时间|≤10个工作日
效|社|患者肇事肇祸案件|0起
效|可|精防综合管理小组运行|常态化
满|满|患者家属满意度|≥90%
""", False))
    lab = Labels()
    rows = hdr_project(f, "万元", "项目支出绩效目标申报表") + table_decl(f, lab)
    add("r01_run_anhui_mentalhealth", "run_together", "安徽", "精神卫生",
        "classic declaration run together, lines broken at arbitrary places, labels on the first row of each block.",
        r_run(rows, 2501), [f])

    f = form("2024年近海渔业资源增殖放流项目", "天津市滨海新区农业农村委员会", "天津市滨海新区水产技术推广站", 2024,
             "self_evaluation", funds(2600000.0, 2600000.0, None, None, 2588000.0, 99.54),
             "在渤海湾近海水域增殖放流中国对虾、三疣梭子蟹等苗种，放流苗种不少于2.8亿单位，促进近海渔业资源恢复。",
             parse_rows("""
产|数|增殖放流苗种数量|≥2.8亿单位|2.93亿单位|20|20|
产|数|放流活动场次|≥6次|6次|10|10|
产|质|放流苗种检验检疫合格率|100%|100%|10|10|
产|时|放流完成时间|2024年7月底前|2024年7月18日|10|10|
效|经|带动渔民增收|≥500万元|560万元|15|15|
效|生|放流海域渔业资源密度|较上年提高|较上年提高8%|15|15|
满|满|沿海渔民满意度|≥90%|93%|10|10|
""", True), total_score=99.95, grade="优", _fund_score=9.95,
             _done="放流苗种2.93亿单位，开展放流活动6次，渔业资源密度较上年提高8%。")
    lab = Labels()
    rows = hdr_self(f, "万元", "项目支出绩效自评表") + table_self(f, lab) + tail_self(f)
    add("r02_run_tianjin_fishery", "run_together", "天津", "海洋渔业",
        "classic self-evaluation run together: 年初预算数/全年预算数/全年执行数 figures, actual, weight and score digits glued.",
        r_run(rows, 2502, 25, 90), [f])

    f = form("湖北省丹江口市残疾人联合会部门整体支出", "湖北省丹江口市残疾人联合会", "湖北省丹江口市残疾人联合会", 2025,
             "department_target", funds(8760000.0, 8460000.0, None, 300000.0),
             "做好残疾人就业帮扶和康复服务，新增残疾人就业不少于260人，持证残疾人基本康复服务覆盖率达到85%以上。",
             parse_rows("""
产|数|新增残疾人就业|≥260人
产|数|残疾人职业技能培训|≥420人次
产|数|残疾人辅助器具适配|≥900件
产|质|持证残疾人基本康复服务覆盖率|≥85%
产|时|两项补贴按月发放|每月15日前
效|社|残疾人家庭人均收入增长|≥5%
效|可|残疾人就业帮扶长效机制|持续完善
满|满|残疾人及亲属满意度|≥90%
""", False), _tasks=[("残疾人就业", "按比例安排就业、辅助性就业和技能培训"), ("残疾人康复", "基本康复服务和辅具适配")])
    lab = Labels(l1={"产出指标": "产出"}, l2={"数量指标": "数量", "质量指标": "质量", "时效指标": "时效"})
    rows = hdr_dept(f, "万元", "2025年部门整体支出绩效目标表") + table_decl(f, lab)
    add("r03_run_hubei_disabled", "run_together", "湖北", "残疾人就业",
        "department target run together, task table before the indicator table, short 产出/数量/质量/时效 labels.",
        r_run(rows, 2503), [f])

    f = form("2024年困难群众慈善救助项目", "重庆市铜梁区民政局", "重庆市铜梁区慈善会", 2024,
             "self_evaluation", funds(900000.0, 900000.0, None, None, 861000.0, 95.67),
             "对因病、因灾致困群众实施慈善救助，救助困难群众不少于1500人次，救助资金按时足额发放。",
             parse_rows("""
产|数|救助困难群众|≥1500人次|1542人次|20|20|
产|质|救助对象认定准确率|100%|100%|15|15|
产|时|救助资金发放时限|审批后10个工作日内|审批后10个工作日内|15|15|
效|社|困难群众基本生活保障水平|有效提升|有效提升|20|20|
效|可|慈善救助与社会救助衔接机制|持续运行|持续运行|10|10|
满|满|受助群众满意度|≥95%|96.2%|10|10|
""", True), total_score=99.57, grade="优", _fund_score=9.57,
             _done="救助困难群众1542人次，救助资金全部按时发放。")
    lab = Labels(place="every")
    rows = hdr_self(f, "万元", "项目支出绩效自评表") + table_self(f, lab) + tail_self(f)
    add("r04_run_chongqing_charity", "run_together", "重庆", "慈善",
        "classic self-evaluation run together with labels repeated on every row, short lines (18–50 characters).",
        r_run(rows, 2504, 18, 50), [f])

    # ---------------- one_line_spaces
    f = form("2025年公共就业服务能力提升项目", "河南省汝州市人力资源和社会保障局", "汝州市公共就业和人才服务中心", 2025,
             "target_declaration", funds(3400000.0, 3400000.0, 0.0, 0.0),
             "建设零工市场和社区就业服务站，举办招聘活动，城镇新增就业不少于8500人，城镇登记失业率控制在4.5%以内。",
             parse_rows("""
产|数|建设零工市场|2个
产|数|举办招聘活动|≥60场
产|数|城镇新增就业人数|≥8500人
产|质|城镇登记失业率|≤4.5%
产|时|零工市场投入运营时间|2025年6月底前
效|社|就业困难人员就业|≥900人
满|满|求职者满意度|≥90%
""", False))
    lab = Labels()
    rows = hdr_project(f, "万元", "项目支出绩效目标申报表")
    add("o01_ols_henan_employment", "one_line_spaces", "河南", "公共就业服务",
        "declaration on two lines with single spaces: header block on one line, the indicator table on the next.",
        r_oneline([rows, table_decl(f, lab)]), [f])

    f = form("2024年建设工程质量安全监督巡查项目", "湖北省赤壁市住房和城乡建设局", "赤壁市建设工程质量安全监督站", 2024,
             "self_evaluation", funds(650000.0, 650000.0, None, None, 618000.0, 95.08),
             "对全市在建工程开展质量安全巡查和实体质量检测，巡查覆盖率100%，督促整改质量安全隐患。",
             parse_rows("""
产|数|质量安全巡查工程|≥160项次|172项次|15|15|
产|数|实体质量检测点位|≥800个|826个|15|15|
产|质|隐患整改闭合率|≥95%|96.4%|10|10|
产|时|隐患整改通知下达时限|巡查后3日内|巡查后3日内|10|10|
效|社|较大质量安全事故|0起|0起|20|20|
满|满|参建企业满意度|≥90%|88%|20|19.8|部分企业对检测频次有意见，将优化检测计划
""", True), total_score=99.3, _fund_score=9.5,
             _done="巡查工程172项次，检测点位826个，隐患整改闭合率96.4%。")
    lab = Labels(l2={"数量指标": "数量", "质量指标": "质量", "时效指标": "时效",
                     "社会效益指标": "社会效益", "服务对象满意度指标": "服务对象满意度"})
    rows = hdr_self(f, "万元", "项目支出绩效自评表")
    add("o02_ols_hubei_qualitysafety", "one_line_spaces", "湖北", "工程质量监督",
        "classic self-evaluation on three lines with single spaces (header, indicator table, total); short level-2 labels.",
        r_oneline([rows, table_self(f, lab), tail_self(f)]), [f])

    f = form("安徽省涡阳县卫生健康委员会部门整体支出", "安徽省涡阳县卫生健康委员会", "安徽省涡阳县卫生健康委员会", 2024,
             "department_self_evaluation", funds(35600000.0, None, None, None, 34280000.0, 96.29),
             "推进基本公共卫生服务均等化，加强疾病预防控制和妇幼健康服务，居民电子健康档案建档率达到90%以上。",
             parse_rows("""
履职效能|重点工作完成|居民电子健康档案建档率|≥90%|92.3%|15|15|
履职效能|重点工作完成|适龄儿童免疫规划疫苗接种率|≥90%|95.1%|15|15|
履职效能|重点工作完成|65岁及以上老年人健康管理率|≥70%|68.5%|10|9.8|部分老年人外出务工未能体检
管理效率|预算管理|预算执行率|≥95%|96.29%|15|15|
管理效率|预算管理|“三公”经费变动率|≤0|-3.2%|10|10|
社会效应|社会效益指标|人均预期寿命|较上年提高|较上年提高0.2岁|20|20|
满|满度|居民就医满意度|≥90%|91%|15|15|
""", True), total_score=99.8, grade="优",
             _done="居民电子健康档案建档率92.3%，免疫规划疫苗接种率95.1%，老年人健康管理率68.5%。")
    lab = Labels(l2={"社会效益指标": "社会效益"})
    rows = hdr_dept_self(f, "万元", "2024年度部门整体支出绩效自评表")
    add("o03_ols_anhui_healthdept", "one_line_spaces", "安徽", "基层医疗",
        "department self-evaluation on three lines with single spaces; 履职效能/管理效率/社会效应 framework, 满意度指标 at both levels.",
        r_oneline([rows, table_self(f, lab), [["总分", "100", fmt(f["total_score"]), "评价等级", f["grade"]]]]), [f])

    # ---------------- tab_table
    f = form("2024年残疾儿童康复救助项目", "河南省淮滨县残疾人联合会", "淮滨县残疾人康复中心", 2024,
             "self_evaluation", funds(1680000.0, 1680000.0, None, None, 1680000.0, 100),
             "为0-6岁残疾儿童提供抢救性康复救助，救助残疾儿童不少于210人，康复训练有效率达到85%以上。",
             parse_rows("""
产|数|救助残疾儿童|≥210人|226人|20|20|
产|质|康复训练有效率|≥85%|87.2%|15|15|
产|时|救助申请审核时限|≤15个工作日|12个工作日|10|10|
产|成|人均康复救助标准|≤1.8万元|1.8万元|5|5|
效|社|残疾儿童家庭康复负担|明显减轻|明显减轻|20|20|
效|可|定点康复机构服务能力|持续提升|持续提升|10|10|
满|满|受助儿童家长满意度|≥95%|97.6%|10|10|
""", True), total_score=100, grade="优", _fund_score=10,
             _done="救助残疾儿童226人，康复训练有效率87.2%。")
    lab = Labels()
    rows = hdr_self(f, "元", "项目支出绩效自评表") + table_self(f, lab) + tail_self(f)
    add("t01_tab_henan_rehab", "tab_table", "河南", "特殊教育",
        "tab copy of a classic self-evaluation, funds in 元 with thousands separators, merged cells printed once.",
        r_tab(rows), [f])

    f = form("湖北省仙桃市水务和湖泊局部门整体支出", "湖北省仙桃市水务和湖泊局", "湖北省仙桃市水务和湖泊局", 2024,
             "department_self_evaluation", funds(46200000.0, None, None, None, 44900000.0, 97.19),
             "保障城乡供水安全，推进河湖长制，完成农村供水管网延伸和病险水闸除险加固，城乡供水水质达标率98%以上。",
             parse_rows("""
产|数|农村供水管网延伸|≥60公里|63.5公里|15|15|
产|数|病险水闸除险加固|≥4座|4座|15|15|
产|质|城乡供水水质达标率|≥98%|98.6%|15|15|
产|时|汛前水毁工程修复完成|5月31日前|5月28日|10|10|
效|社|农村自来水普及率|≥97%|97.3%|15|15|
效|生|重点河湖水质达标率|≥90%|87.5%|10|9.5|上游来水水质波动
满|满|群众满意度|≥90%|92%|20|20|
""", True), total_score=99.5, grade="优",
             _done="延伸供水管网63.5公里，加固病险水闸4座，供水水质达标率98.6%。")
    lab = Labels(place="middle")
    rows = hdr_dept_self(f, "万元", "2024年度部门整体支出绩效自评表") + table_self(f, lab) + [["总分", "", "", "", "", "100", fmt(f["total_score"])], ["评价等级", f["grade"]]]
    add("t02_tab_hubei_waterdept", "tab_table", "湖北", "供水",
        "tab copy (trailing tabs kept) of a department self-evaluation, labels on the middle row of each block.",
        r_tab(rows, trailing=True), [f])

    f = form("2025年无偿献血者关爱服务项目", "天津市河西区卫生健康委员会", "天津市河西区红十字会", 2025,
             "target_declaration", funds(320000.0, 320000.0, None, 0.0),
             "开展献血者表彰和关爱活动，落实献血者及其亲属用血费用减免，献血者用血减免“一站式”服务实现率100%。",
             parse_rows("""
产|数|表彰无偿献血者|≥350人
产|数|开展献血者关爱活动|≥12次
产|质|用血费用减免“一站式”服务实现率|100%
产|时|用血减免办理时限|即时办结
效|社|辖区无偿献血人次增长率|≥5%
满|满|献血者满意度|≥95%
""", False))
    lab = Labels()
    rows = hdr_project(f, "元plain", "项目支出绩效目标申报表") + table_decl(f, lab)
    add("t03_tab_tianjin_blooddonor", "tab_table", "天津", "献血",
        "tab copy of a short classic declaration, funds in 元 without separators (0.00 style), qualitative 即时办结 target.",
        r_tab(rows), [f])


def clean(f: dict) -> dict:
    out = {k: f[k] for k in ("name", "department", "unit", "year", "form", "funds", "goal",
                             "total_score", "grade")}
    out["indicators"] = [{k: v for k, v in ind.items() if not k.startswith("_")}
                         for ind in f["indicators"]]
    return out


def main() -> None:
    build()
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    meta = {}
    for d in DOCS:
        (HERE / "docs" / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
        gold = [clean(f) for f in d["forms"]]
        (HERE / "gold" / f"{d['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        meta[d["id"]] = {"family": d["family"], "province": d["province"], "sector": d["sector"],
                         "note": d["note"]}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    print(len(DOCS), "documents,", sum(len(f["indicators"]) for d in DOCS for f in d["forms"]),
          "indicator rows")


if __name__ == "__main__":
    main()
