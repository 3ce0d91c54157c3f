"""Write the dev5 reader evaluation set (docs/, gold/, meta.json) from the set's own content.

All names, units, indicators and numbers below are invented for this set. Each document is a
text rendering that imitates how a form arrives from a PDF/Word/Excel copy (pdftotext -layout,
pdfplumber lines, tab copy, one cell per line, run-together text ...). The gold is written from
the same content, so that a document and its gold cannot drift apart.

    python bench/reader_eval/dev5/make_dev5.py
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"

L1 = {
    "产出": "产出指标", "产出类指标": "产出指标", "产出指标": "产出指标",
    "效益": "效益指标", "效益类指标": "效益指标", "效益指标": "效益指标",
    "满意度": "满意度指标", "满意度类指标": "满意度指标", "满意度指标": "满意度指标",
    "成本": "成本指标", "成本指标": "成本指标",
    "决策": "决策指标", "决策指标": "决策指标", "过程": "过程指标", "过程指标": "过程指标",
}
L2 = {
    "数量": "数量指标", "数量指标": "数量指标", "数量指标（或建筑规模指标）": "数量指标",
    "质量": "质量指标", "质量指标": "质量指标", "时效": "时效指标", "时效指标": "时效指标",
    "成本": "成本指标", "成本指标": "成本指标",
    "经济成本": "经济成本指标", "经济成本指标": "经济成本指标", "社会成本指标": "社会成本指标",
    "生态环境成本指标": "生态环境成本指标",
    "经济效益": "经济效益指标", "经济效益指标": "经济效益指标",
    "社会效益": "社会效益指标", "社会效益指标": "社会效益指标",
    "生态效益": "生态效益指标", "生态效益指标": "生态效益指标",
    "可持续影响": "可持续影响指标", "可持续影响指标": "可持续影响指标",
    "服务对象满意度": "服务对象满意度指标", "服务对象满意度指标": "服务对象满意度指标",
    "满意度指标": "服务对象满意度指标",
}


def canon1(s):
    if s is None:
        return None
    s2 = s.split("（")[0]
    return L1.get(s, L1.get(s2, s2))


def canon2(s):
    if s is None:
        return None
    return L2.get(s, s)


def wan(x):
    return None if x is None else round(x * 10000, 2)


def ind(l1, l2, l3, op, val, unit="", w=None, act=None, sc=None, dev=None, nat=None, std=None):
    """One indicator: printed labels, 三级 text, target cells, weights and self-evaluation cells."""
    return dict(l1p=l1, l2p=l2, l3=l3, op=op, val=val, unit=unit, w=w, act=act, sc=sc,
                dev=dev, nat=nat, std=std)


def gold_ind(i, l1=None, l2=None):
    t = (i["op"] or "") + (i["val"] or "") + (i["unit"] or "")
    return {
        "level1": l1 if l1 is not None else canon1(i["l1p"]),
        "level2": l2 if l2 is not None else canon2(i["l2p"]),
        "level3": i["l3"],
        "target": t or None,
        "actual": i["act"],
        "weight": None if i["w"] is None else float(i["w"]),
        "score": None if i["sc"] is None else float(i["sc"]),
        "deviation": i["dev"],
    }


def gold_form(f, ind_fn=gold_ind):
    fu = f.get("funds", {})
    return {
        "name": f["name"],
        "department": f.get("dept"),
        "unit": f.get("unit"),
        "year": f.get("year"),
        "form": f["form"],
        "funds": {
            "total": wan(fu.get("total")),
            "fiscal": wan(fu.get("fiscal")),
            "carryover": wan(fu.get("carry")),
            "other": wan(fu.get("other")),
            "executed": wan(fu.get("exec")),
            "execution_rate": fu.get("rate"),
        },
        "goal": f.get("goal"),
        "total_score": f.get("total_score"),
        "grade": f.get("grade"),
        "indicators": [ind_fn(i) for i in f["inds"]],
    }


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n):
    return s + " " * max(1, n - dw(s))


def chunks(s, n):
    return [s[k:k + n] for k in range(0, len(s), n)] or [""]


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def layout_rows(rows, widths, wraps, indent=0, mid=False):
    """pdftotext -layout: cells padded to columns; cells longer than wraps[k] wrapped onto
    continuation lines carrying only the wrapped part; single-line cells on the first line
    (or the middle line when mid)."""
    out = []
    for row in rows:
        cells = [chunks(c, wraps[k]) if wraps[k] and c else [c] for k, c in enumerate(row)]
        h = max(len(c) for c in cells)
        lines = []
        for r in range(h):
            parts = []
            for c in cells:
                if len(c) == 1:
                    at = (h - 1) // 2 if mid else 0
                    txt = c[0] if r == at else ""
                else:
                    txt = c[r] if r < len(c) else ""
                parts.append(txt)
            line = ""
            for k, txt in enumerate(parts):
                line = pad(line, sum(widths[:k]) + indent) if k else " " * indent
                line += txt
            lines.append(line.rstrip())
        out.extend(lines)
    return out


# =============================================================== content

FORMS = {}

# ---- 甘肃 卫生健康: Chongqing-style self-evaluation (≥ | 95 | % in 指标性质/指标值/计量单位)
FORMS["gansu"] = dict(
    name="基层医疗卫生机构基本药物制度补助资金", dept="甘肃省定西市安定区卫生健康局",
    unit="定西市安定区基层卫生服务指导中心", year=2024, form="self_evaluation",
    funds=dict(total=1865.4, exec=1802.17),
    goal="支持42个乡镇卫生院和318个村卫生室实施基本药物制度，基本药物配备使用率达到90%以上",
    actual_goal="补助乡镇卫生院42个、村卫生室321个，基本药物配备使用率92.6%",
    inds=[
        ind("产出类指标", None, "补助乡镇卫生院数量", "≥", "42", "个", 10, "42"),
        ind("产出类指标", None, "补助村卫生室数量", "≥", "318", "个", 10, "321"),
        ind("产出类指标", None, "基本药物配备使用率", "≥", "90", "%", 10, "92.6"),
        ind("产出类指标", None, "乡镇卫生院基本药物零差率销售执行率", "=", "100", "%", 5, "100"),
        ind("产出类指标", None, "补助资金拨付及时率", "≥", "95", "%", 5, "100"),
        ind("效益类指标", None, "基层医疗机构门急诊人次增长率", "≥", "3", "%", 10, "2.4"),
        ind("效益类指标", None, "群众基层就医药品负担", "无", "有所减轻", "无", 10, "有所减轻"),
        ind("满意度类指标", None, "基层就诊患者满意度", "≥", "90", "%", 15, "93.1"),
        ind("管理类指标", None, "预算执行率", "≥", "90", "%", 10, "96.61%"),
        ind("管理类指标", None, "资金使用合规性", "无", "合规", "无", 10, "合规"),
        ind("管理类指标", None, "绩效目标明确性", "无", "明确", "无", 5, "明确"),
    ],
)


def gansu_ind(i):
    g = gold_ind(i)
    g["level1"] = "管理类指标" if i["l1p"] == "管理类指标" else canon1(i["l1p"])
    g["level2"] = None
    if i["op"] == "无":
        g["target"] = i["val"]
    return g


def doc_gansu_tab():
    f = FORMS["gansu"]
    L = ["2024年度项目支出绩效自评表", "",
         "\t项目名称\t" + f["name"] + "\t\t\t项目联系人\t\t马晓燕",
         "\t项目主管部门\t" + f["dept"] + "\t\t\t项目实施单位\t\t" + f["unit"],
         "\t\"项目预算执行情况\n（万元）\"\t\"全年预算数（A）\n（上年结转+年初预算+本年追加追减预算）\""
         "\t\t\t全年执行数（B）\t\t",
         "\t\t1865.4\t\t\t1802.17\t\t",
         "\t当年绩效目标\t全年绩效目标\t\t\t全年目标实际完成情况\t\t",
         "\t\t" + f["goal"] + "\t\t\t" + f["actual_goal"] + "\t\t",
         "\t指标类型\t指标名称\t指标性质\t指标值\t计量单位\t指标权重\t全年完成值\t评价标准"]
    prev = None
    std = "达到目标得满分，未达到按完成比例得分或不得分"
    for i in f["inds"]:
        t = i["l1p"] if i["l1p"] != prev else ""
        prev = i["l1p"]
        s = std if i["op"] != "无" else ""
        L.append("\t".join(["", t, i["l3"], i["op"], i["val"], i["unit"], fmt(i["w"]), i["act"], s]))
    L.append("\t合计\t\t\t\t\t100\t\t")
    L.append("\t说明\t请在此处逐一针对完成度较差绩效指标简要说明原因和下一步改进措施\t\t\t\t\t\t")
    L.append("\t\t门急诊人次增长率未达目标，主要受辖区常住人口外流影响，下一步加强家庭医生签约服务。")
    return "\n".join(L) + "\n"


def doc_gansu_layout():
    f = FORMS["gansu"]
    w = [14, 30, 6, 10, 6, 6, 10, 40]
    L = ["                              2024年度项目支出绩效自评表", "",
         "  项目名称        " + f["name"] + "          项目联系人     马晓燕",
         "  项目主管部门    " + f["dept"] + "          项目实施单位   " + f["unit"],
         "  项目预算执行情况   全年预算数（A）                          全年执行数（B）",
         "  （万元）            1865.4                                   1802.17",
         "                   全年绩效目标                            全年目标实际完成情况",
         "  当年绩效目标     支持42个乡镇卫生院和318个村卫生室实施    补助乡镇卫生院42个、村卫生室321个，",
         "                   基本药物制度，基本药物配备使用率达到90%  基本药物配备使用率92.6%",
         "                   以上",
         ""]
    hdr = [["指标类型", "指标名称", "指标", "指标值", "计量", "指标", "全年", "评价标准"],
           ["", "", "性质", "", "单位", "权重", "完成值", ""]]
    L += layout_rows(hdr, w, [0] * 8, indent=2)
    rows = []
    prev = None
    for i in f["inds"]:
        t = i["l1p"] if i["l1p"] != prev else ""
        prev = i["l1p"]
        s = "达到目标得满分，未达到按完成比例得分或不得分" if i["op"] != "无" else ""
        rows.append([t, i["l3"], i["op"], i["val"], i["unit"], fmt(i["w"]), i["act"], s])
    L += layout_rows(rows, w, [0, 13, 0, 0, 0, 0, 0, 17], indent=2, mid=True)
    L += ["  合计                                                     100", "",
          "                                        第 1 页，共 1 页"]
    return "\n".join(L) + "\n"


# ---- 云南 教育: Chongqing-style declaration, pipe table, 指标类型 = level-2 names, 定量/定性
FORMS["yunnan"] = dict(
    name="2025年义务教育薄弱环节改善与能力提升补助资金", dept="云南省曲靖市麒麟区教育体育局",
    unit="曲靖市麒麟区教育体育局", year=2025, form="target_declaration",
    funds=dict(total=3260, fiscal=3000, other=260),
    goal="改造提升农村义务教育学校校舍2.4万平方米，配齐12所学校实验室设备，学校办学条件达标率达到98%",
    inds=[
        ind("数量指标", None, "改造提升校舍面积", "≥", "2.4", "万平方米", 15, nat="定量"),
        ind("数量指标", None, "配备实验室设备学校数", "≥", "12", "所", 10, nat="定量"),
        ind("质量指标", None, "改造工程验收合格率", "=", "100", "%", 10, nat="定量"),
        ind("质量指标", None, "采购设备质量", "", "符合国家标准", "", 5, nat="定性"),
        ind("时效指标", None, "项目完工时间", "≤", "2025年10月", "", 10, nat="定量"),
        ind("成本指标", None, "校舍改造单位面积成本", "≤", "1100", "元/平方米", 10, nat="定量"),
        ind("社会效益指标", None, "学校办学条件达标率", "≥", "98", "%", 15, nat="定量"),
        ind("可持续影响指标", None, "校舍安全长效管理", "", "持续有效", "", 10, nat="定性"),
        ind("服务对象满意度指标", None, "学生家长满意度", "≥", "92", "%", 15, nat="定量"),
    ],
)


def yunnan_ind(i):
    l1 = {"社会效益指标": "效益指标", "可持续影响指标": "效益指标",
          "服务对象满意度指标": "满意度指标"}.get(i["l1p"], "产出指标")
    return gold_ind(i, l1=l1, l2=canon2(i["l1p"]))


def doc_yunnan_pipe():
    f = FORMS["yunnan"]
    L = ["## 2025年项目支出绩效目标申报表", "",
         "单位：万元", "",
         "| 项目名称 | " + f["name"] + " | | | 项目联系人 | 沈国华 | |",
         "| --- | --- | --- | --- | --- | --- | --- |",
         "| 主管部门 | " + f["dept"] + " | | | 实施单位 | " + f["unit"] + " | |",
         "| 项目资金（万元） | 资金总额 | 3260 | 其中：财政资金 | 3000 | 其他资金 | 260 |",
         "| 年度绩效目标 | " + f["goal"] + " | | | | | |",
         "", "| 指标类型 | 指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重 | 评价标准 |",
         "| --- | --- | --- | --- | --- | --- | --- |"]
    prev = None
    for i in f["inds"]:
        t = i["l1p"] if i["l1p"] != prev else ""
        prev = i["l1p"]
        std = "完成得满分，按比例扣分" if i["nat"] == "定量" else "达到得满分，未达到酌情扣分"
        L.append("| " + " | ".join([t, i["l3"], i["nat"], i["op"] + i["val"], i["unit"],
                                    fmt(i["w"]), std]) + " |")
    L += ["| 合计 | | | | | 100 | |", "",
          "填报人：沈国华　　联系电话：0874-33xxxxx　　填报日期：2024年11月"]
    return "\n".join(L) + "\n"


# ---- 江西 农业农村: Chongqing-style self-evaluation, one cell per line, 正向/反向 (no sign)
FORMS["jiangxi"] = dict(
    name="高标准农田建设补助资金", dept="江西省吉安市泰和县农业农村局",
    unit="泰和县农田建设项目服务中心", year=2024, form="self_evaluation",
    funds=dict(total=5480, exec=5316.8, rate=97.02),
    goal="新建高标准农田3.2万亩，改造提升1.5万亩，新增粮食产能160万公斤",
    total_score=98.6, grade="优",
    inds=[
        ind("产出指标", None, "新建高标准农田面积", "", "3.2", "万亩", 15, "3.25", 15, nat="正向"),
        ind("产出指标", None, "改造提升高标准农田面积", "", "1.5", "万亩", 10, "1.42", 9.5,
            nat="正向"),
        ind("产出指标", None, "项目工程质量验收合格率", "", "100", "%", 10, "100", 10, nat="正向"),
        ind("产出指标", None, "亩均财政投入", "", "1500", "元", 5, "1468", 5, nat="反向"),
        ind("效益指标", None, "新增粮食产能", "", "160", "万公斤", 15, "152", 14.1, nat="正向"),
        ind("效益指标", None, "项目区灌溉水有效利用系数", "", "0.58", "", 10, "0.6", 10,
            nat="正向"),
        ind("效益指标", None, "工程管护责任落实率", "", "100", "%", 10, "100", 10, nat="正向"),
        ind("满意度指标", None, "项目区农户满意度", "", "90", "%", 20, "94", 20, nat="正向"),
        ind("成本指标", None, "工程建设成本超概算比例", "", "5", "%", 5, "0", 5, nat="反向"),
    ],
)


def doc_jiangxi_cell():
    f = FORMS["jiangxi"]
    L = ["2024年度项目支出绩效自评表", "项目名称", f["name"], "", "主管部门", f["dept"],
         "实施单位", f["unit"], "项目联系人", "钟丽萍",
         "全年预算数（万元）", "5480", "全年执行数（万元）", "5316.8", "执行率", "97.02%",
         "年度绩效目标", f["goal"], "", "", "",
         "指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值",
         "得分", "评价标准"]
    prev = None
    for i in f["inds"]:
        L.append(i["l1p"] if i["l1p"] != prev else "")
        prev = i["l1p"]
        L += [i["l3"], i["nat"], i["val"], i["unit"] if i["unit"] else " ", fmt(i["w"]), i["act"],
              fmt(i["sc"]), "达到目标得满分，未达到按完成比例得分"]
    L += ["合计", "", "", "", "", "100", "", "98.6", "", "自评等级", "优",
          "说明", "改造提升面积未完成，系2个标段受汛期影响顺延至次年；新增粮食产能受当年降雨偏多影响。"]
    return "\n".join(L) + "\n"


def jiangxi_ind(i):
    g = gold_ind(i)
    g["level2"] = None
    return g


# ---- 吉林 文化旅游: Chongqing-style declaration, pdfplumber lines, type = 一级-二级 pairs
FORMS["jilin"] = dict(
    name="公共文化场馆免费开放补助资金", dept="吉林省延边朝鲜族自治州文化广播电视和旅游局",
    unit="延边州群众艺术馆", year=2025, form="target_declaration",
    funds=dict(total=486, fiscal=486, other=0),
    goal="保障州级图书馆、文化馆、博物馆等6个场馆全年免费开放，开展公益文化活动300场次以上，接待群众60万人次",
    inds=[
        ind("产出指标-数量指标", None, "免费开放场馆数量", "", "6", "个", 15, nat="定量"),
        ind("产出指标-数量指标", None, "开展公益性文化活动场次", "≥", "300", "场次", 15, nat="定量"),
        ind("产出指标-质量指标", None, "场馆免费开放天数达标率", "≥", "95", "%", 10, nat="定量"),
        ind("产出指标-时效指标", None, "补助资金拨付时间", "", "2025年6月底前", "", 10,
            nat="定性"),
        ind("产出指标-成本指标", None, "单个场馆年均补助标准", "≤", "81", "万元", 10, nat="定量"),
        ind("效益指标-社会效益指标", None, "年接待参观群众人次", "≥", "60", "万人次", 15,
            nat="定量"),
        ind("效益指标-可持续影响指标", None, "公共文化服务体系运行机制", "", "长效运行", "", 10,
            nat="定性"),
        ind("满意度指标-服务对象满意度指标", None, "参观群众满意度", "≥", "90", "%", 15,
            nat="定量"),
    ],
)


def jilin_ind(i):
    a, b = i["l1p"].split("-")
    return gold_ind(i, l1=canon1(a), l2=canon2(b))


def doc_jilin_plumber():
    f = FORMS["jilin"]
    L = ["附件3", "2025年度项目支出绩效目标表",
         "编报单位：延边州群众艺术馆 金额单位：万元",
         "项目名称 " + f["name"] + " 项目联系人 朴成浩",
         "主管部门 吉林省延边朝鲜族自治州文化广播电视和 实施单位 " + f["unit"],
         "旅游局",
         "资金总额 486 财政拨款 486 其他资金 0",
         "年度绩效目标 保障州级图书馆、文化馆、博物馆等6个场馆全年免费开放，开展公益文化活动300场次以",
         "上，接待群众60万人次",
         "指标 计量 指标",
         "指标类型 指标名称 指标值 评价标准",
         "性质 单位 权重"]
    for i in f["inds"]:
        t = i["l1p"]
        a, b = t.split("-")
        name = i["l3"]
        std = "完成目标得满分，未完成按比例扣分"
        val = i["op"] + i["val"]
        cells_tail = " ".join(x for x in [i["nat"], val, i["unit"], fmt(i["w"])] if x)
        if len(t) > 12:
            L.append(t[:11])
            L.append(t[11:] + " " + name + " " + cells_tail + " " + std)
        elif len(name) > 11:
            L.append(t + " " + name[:10] + " " + cells_tail + " " + std)
            L.append(name[10:])
        else:
            L.append(t + " " + name + " " + cells_tail + " " + std)
    L += ["合计 100", "注：定性指标的指标值填写文字描述，计量单位可不填。", "— 3 —"]
    return "\n".join(L) + "\n"


# ---- 广西 民政: Chongqing-style self-evaluation, run-together text
FORMS["guangxi"] = dict(
    name="困难残疾人生活补贴和重度残疾人护理补贴", dept="广西壮族自治区柳州市鱼峰区民政局",
    unit="柳州市鱼峰区民政局", year=2023, form="self_evaluation",
    funds=dict(total=1128.6, exec=1128.6),
    goal="按月足额发放困难残疾人生活补贴和重度残疾人护理补贴，惠及残疾人1.1万人次",
    inds=[
        ind("产出指标", None, "困难残疾人生活补贴发放人数", "≥", "5200", "人", 15, "5316"),
        ind("产出指标", None, "重度残疾人护理补贴发放人数", "≥", "5800", "人", 15, "5874"),
        ind("产出指标", None, "补贴对象认定准确率", "=", "100", "%", 10, "100"),
        ind("产出指标", None, "补贴按月发放率", "=", "100", "%", 10, "100"),
        ind("效益指标", None, "残疾人基本生活保障水平", "", "稳步提高", "", 20, "稳步提高"),
        ind("满意度指标", None, "补贴对象满意度", "≥", "95", "%", 20, "97.3"),
        ind("管理指标", None, "资金使用合规性", "", "合规", "", 10, "合规"),
    ],
)


def guangxi_ind(i):
    g = gold_ind(i)
    g["level1"] = i["l1p"]
    g["level2"] = None
    return g


def doc_guangxi_run():
    f = FORMS["guangxi"]
    s = ("2023年度项目支出绩效自评表项目名称" + f["name"] + "主管部门" + f["dept"] + "实施单位"
         + f["unit"] + "全年预算数（万元）1128.6全年执行数（万元）1128.6年度绩效目标" + f["goal"]
         + "指标类型指标名称指标性质指标值计量单位指标权重全年完成值评价标准")
    prev = None
    for i in f["inds"]:
        if i["l1p"] != prev:
            s += i["l1p"]
        prev = i["l1p"]
        s += i["l3"] + (i["op"] or "") + i["val"] + i["unit"] + fmt(i["w"]) + i["act"]
        s += "达到目标得满分"
    s += "合计100第1页"
    cuts = [23, 61, 97, 130, 171, 205, 240, 277, 311, 349, 388, 420, 455, 493, 530]
    out, last = [], 0
    for c in cuts:
        if c < len(s):
            out.append(s[last:c])
            last = c
    out.append(s[last:])
    return "\n".join(out) + "\n"


# ---- 贵州 生态环境: label variants, tab copy (产出/效益/满意度, 数量指标（或建筑规模指标）)
FORMS["guizhou"] = dict(
    name="2024年乡镇生活污水处理设施提标改造项目", dept="贵州省遵义市生态环境局",
    unit="遵义市生态环境局播州分局", year=2024, form="target_declaration",
    funds=dict(total=2750, fiscal=2200, other=550),
    goal="完成14个乡镇污水处理设施提标改造，新增配套管网36公里，出水水质稳定达到一级A标准",
    inds=[
        ind("产出", "数量指标（或建筑规模指标）", "提标改造乡镇污水处理设施数量", "≥", "14", "座"),
        ind("产出", "数量指标（或建筑规模指标）", "新增配套污水收集管网长度", "≥", "36", "公里"),
        ind("产出", "质量", "出水水质达标率", "≥", "95", "%"),
        ind("产出", "时效", "工程完工时限", "", "2024年12月31日前", ""),
        ind("产出", "成本", "单座设施提标改造投资", "≤", "150", "万元"),
        ind("效益", "生态效益", "年削减化学需氧量", "≥", "420", "吨"),
        ind("效益", "社会效益", "乡镇生活污水收集率", "≥", "70", "%"),
        ind("效益", "可持续影响", "设施正常运行年限", "≥", "10", "年"),
        ind("满意度指标", "服务对象满意度", "周边群众满意度", "≥", "90", "%"),
    ],
)


def doc_guizhou_tab():
    f = FORMS["guizhou"]
    L = ["项目支出绩效目标申报表", "（2024年度）", "",
         "项目名称\t" + f["name"] + "\t\t",
         "主管部门\t" + f["dept"] + "\t实施单位\t" + f["unit"],
         "项目资金\n（万元）\t年度资金总额：\t2750\t",
         "\t其中：财政拨款\t2200\t",
         "\t其他资金\t550\t",
         "年度总体目标\t" + f["goal"] + "\t\t",
         "绩效指标\t一级指标\t二级指标\t三级指标\t指标值"]
    p1 = p2 = None
    for i in f["inds"]:
        a = i["l1p"] if i["l1p"] != p1 else ""
        b = i["l2p"] if (i["l1p"], i["l2p"]) != (p1, p2) else ""
        p1, p2 = i["l1p"], i["l2p"]
        L.append("\t".join(["", a, b, i["l3"], i["op"] + i["val"] + i["unit"]]))
        if i["l3"] == "单座设施提标改造投资":
            L.append("\t\t\t……\t")
    L.append("\t\t\t……\t")
    return "\n".join(L) + "\n"


# ---- 新疆 住建: label variants, pdfplumber lines (产出类指标, level-2 at row start, 经济效益指标
#      without 一级 label, 满意度指标 at both levels)
FORMS["xinjiang"] = dict(
    name="城镇老旧小区改造配套基础设施建设", dept="新疆维吾尔自治区昌吉回族自治州住房和城乡建设局",
    unit="昌吉市城市建设服务中心", year=2024, form="target_declaration",
    funds=dict(total=6420, fiscal=5800, other=620),
    goal="改造城镇老旧小区23个，惠及居民4860户，改造供热管网18.6公里，加装电梯40部",
    inds=[
        ind("产出类指标", "数量指标", "改造老旧小区数量", "", "23", "个"),
        ind("产出类指标", "数量指标", "改造供热管网长度", "≥", "18.6", "公里"),
        ind("产出类指标", "数量指标", "既有住宅加装电梯数量", "≥", "40", "部"),
        ind("产出类指标", "质量指标", "改造工程竣工验收合格率", "", "100", "%"),
        ind("产出类指标", "时效指标", "年度改造任务完成时间", "", "2024年10月底前", ""),
        ind("效益类指标", "经济效益指标", "带动居民户内改造及消费投入", "≥", "1500", "万元"),
        ind("效益类指标", "社会效益指标", "受益居民户数", "≥", "4860", "户"),
        ind("效益类指标", "社会效益指标", "小区冬季室温达标率", "≥", "98", "%"),
        ind("满意度指标", "满意度指标", "改造小区居民满意度", "≥", "90", "%"),
    ],
)


def doc_xinjiang_plumber():
    f = FORMS["xinjiang"]
    L = ["2024年度项目绩效目标表",
         "项目名称 " + f["name"],
         "主管部门 新疆维吾尔自治区昌吉回族自治州住房和城乡 实施单位 " + f["unit"],
         "建设局",
         "资金总额 6420 财政资金 5800 其他资金 620",
         "项目资金（万元）",
         "年度目标 " + f["goal"],
         "一级指标 二级指标 三级指标 指标值",
         "改造老旧小区数量 23个",
         "数量指标 改造供热管网长度 ≥18.6公里",
         "产出类指标 既有住宅加装电梯数量 ≥40部",
         "质量指标 改造工程竣工验收合格率 100%",
         "时效指标 年度改造任务完成时间 2024年10月底前",
         "经济效益指标 带动居民户内改造及消费投入 ≥1500万元",
         "效益类指标 受益居民户数 ≥4860户",
         "社会效益指标",
         "小区冬季室温达标率 ≥98%",
         "满意度指标 满意度指标 改造小区居民满意度 ≥90%",
         "注：本表金额单位为万元。"]
    return "\n".join(L) + "\n"


# ---- 海南 体育: scoring rubric, pdftotext -layout
FORMS["hainan"] = dict(
    name="全民健身场地设施提升补助资金", dept="海南省儋州市旅游和文化广电体育局",
    unit="儋州市全民健身活动中心", year=2024, form="self_evaluation",
    funds=dict(total=860, exec=818.3),
    total_score=91.5, grade="优",
    inds=[
        ind("决策（15分）", "项目立项（5分）", "立项依据充分性", "", "", "", 3, None, 3),
        ind("决策（15分）", "项目立项（5分）", "立项程序规范性", "", "", "", 2, None, 2),
        ind("决策（15分）", "绩效目标（5分）", "绩效目标合理性", "", "", "", 2, None, 1.5),
        ind("决策（15分）", "绩效目标（5分）", "绩效指标明确性", "", "", "", 3, None, 2),
        ind("决策（15分）", "资金投入（5分）", "预算编制科学性", "", "", "", 3, None, 3),
        ind("决策（15分）", "资金投入（5分）", "资金分配合理性", "", "", "", 2, None, 2),
        ind("过程（20分）", "资金管理（12分）", "资金到位率", "", "", "", 4, None, 4),
        ind("过程（20分）", "资金管理（12分）", "预算执行率", "", "", "", 4, None, 3.8),
        ind("过程（20分）", "资金管理（12分）", "资金使用合规性", "", "", "", 4, None, 4),
        ind("过程（20分）", "组织实施（8分）", "管理制度健全性", "", "", "", 4, None, 4),
        ind("过程（20分）", "组织实施（8分）", "制度执行有效性", "", "", "", 4, None, 3),
        ind("产出（40分）", "产出数量（15分）", "新建更新健身路径数量", "", "", "", 15, None, 15),
        ind("产出（40分）", "产出质量（10分）", "设施验收合格率", "", "", "", 10, None, 10),
        ind("产出（40分）", "产出时效（8分）", "项目完成及时性", "", "", "", 8, None, 6),
        ind("产出（40分）", "产出成本（7分）", "成本节约率", "", "", "", 7, None, 7),
        ind("效益（25分）", "项目效益（25分）", "经常参加体育锻炼人数比例", "", "", "", 10, None, 8.2),
        ind("效益（25分）", "项目效益（25分）", "设施长效管护机制", "", "", "", 5, None, 4),
        ind("效益（25分）", "项目效益（25分）", "健身群众满意度", "", "", "", 10, None, 9),
    ],
)

HAINAN_STD = {
    "立项依据充分性": "符合发展规划和部门职责，得3分；否则酌情扣分",
    "立项程序规范性": "按规定程序申请设立，得2分",
    "绩效目标合理性": "目标与实际工作内容相关，与预算匹配，得2分",
    "绩效指标明确性": "指标细化量化、可衡量，得3分；每有一项不可衡量扣0.5分",
    "预算编制科学性": "预算经过论证，内容与项目内容匹配，得3分",
    "资金分配合理性": "分配依据充分、额度与实际相适应，得2分",
    "资金到位率": "到位率100%得4分，每降低1%扣0.1分",
    "预算执行率": "执行率×4分",
    "资金使用合规性": "无违规使用情况得4分，发现一处扣1分",
    "管理制度健全性": "制度健全得4分",
    "制度执行有效性": "合同、验收资料完整得4分，缺一项扣0.5分",
    "新建更新健身路径数量": "完成35条得满分，按比例得分",
    "设施验收合格率": "合格率100%得10分",
    "项目完成及时性": "按期完成得8分，延期1个月扣2分",
    "成本节约率": "不超预算得7分",
    "经常参加体育锻炼人数比例": "达到42%得10分，按比例得分",
    "设施长效管护机制": "建立管护制度并落实得5分",
    "健身群众满意度": "满意度≥90%得10分，每降低1%扣1分",
}


def hainan_ind(i):
    g = gold_ind(i)
    g["level1"] = canon1(i["l1p"].split("（")[0])
    g["level2"] = i["l2p"].split("（")[0]
    return g


def doc_hainan_layout():
    f = FORMS["hainan"]
    L = ["                     儋州市2024年度项目支出绩效自评评分表", "",
         "   项目名称：全民健身场地设施提升补助资金",
         "   主管部门：海南省儋州市旅游和文化广电体育局        实施单位：儋州市全民健身活动中心",
         "   预算金额（万元）：860              实际支出（万元）：818.3",
         "   自评得分：91.5                     评价等级：优", ""]
    w = [12, 16, 26, 6, 40, 6]
    L += layout_rows([["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"]], w,
                     [0] * 6, indent=3)
    rows = []
    p1 = p2 = None
    for i in f["inds"]:
        a = i["l1p"] if i["l1p"] != p1 else ""
        b = i["l2p"] if i["l2p"] != p2 else ""
        p1, p2 = i["l1p"], i["l2p"]
        rows.append([a, b, i["l3"], fmt(i["w"]), HAINAN_STD[i["l3"]], fmt(i["sc"])])
    L += layout_rows(rows, w, [5, 7, 10, 0, 18, 0], indent=3)
    L += ["   合计                                     100                                            91.5",
          "", "                                   — 5 —"]
    return "\n".join(L) + "\n"


# ---- 安徽 教育: scoring rubric, one cell per line, with 指标值/实际完成值 for some rows
FORMS["anhui"] = dict(
    name="2023年学生资助补助经费", dept="安徽省阜阳市颍州区教育局",
    unit="颍州区学生资助管理中心", year=2023, form="self_evaluation",
    funds=dict(total=2315, exec=2315),
    total_score=96, grade="优",
    inds=[
        ind("决策", "项目立项", "立项依据充分性", "", "", "", 4, None, 4),
        ind("决策", "绩效目标", "绩效目标合理性", "", "", "", 3, None, 3),
        ind("决策", "资金投入", "资金分配合理性", "", "", "", 3, None, 2),
        ind("过程", "资金管理", "预算执行率", "≥", "95", "%", 6, "100%", 6),
        ind("过程", "资金管理", "资金使用合规性", "", "合规", "", 5, "合规", 5),
        ind("过程", "组织实施", "资助对象档案管理规范性", "", "规范", "", 4, "基本规范", 3),
        ind("产出", "数量指标", "资助家庭经济困难学生人次", "≥", "1.86", "万人次", 20, "1.91万人次", 20),
        ind("产出", "质量指标", "资助对象精准识别率", "", "100", "%", 10, "100%", 10),
        ind("产出", "时效指标", "资助资金发放及时率", "", "100", "%", 10, "100%", 10),
        ind("效益", "社会效益指标", "因贫辍学学生人数", "", "0", "人", 20, "0人", 20),
        ind("效益", "满意度指标", "受助学生及家长满意度", "≥", "95", "%", 15, "93%", 13),
    ],
)


def anhui_ind(i):
    g = gold_ind(i)
    g["level2"] = i["l2p"] if i["l1p"] in ("决策", "过程") else canon2(i["l2p"])
    if i["l2p"] == "满意度指标":
        g["level2"] = "服务对象满意度指标"
    return g


def doc_anhui_cell():
    f = FORMS["anhui"]
    L = ["颍州区2023年度项目支出绩效自评表", "项目名称", f["name"], "主管部门", f["dept"],
         "实施单位", f["unit"], "预算数（万元）", "2315", "执行数（万元）", "2315",
         "一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分"]
    p1 = p2 = None
    for i in f["inds"]:
        L.append(i["l1p"] if i["l1p"] != p1 else "")
        L.append(i["l2p"] if i["l2p"] != p2 else "")
        p1, p2 = i["l1p"], i["l2p"]
        L += [i["l3"], fmt(i["w"]), i["op"] + i["val"] + i["unit"], i["act"] or "", fmt(i["sc"])]
    L += ["总分", "", "", "100", "", "", "96", "自评等级", "优"]
    return "\n".join(L) + "\n"


# ---- 河北 农业农村: classic declaration on a single line (one_line_spaces)
FORMS["hebei"] = dict(
    name="2025年农作物病虫害绿色防控补助项目", dept="河北省邢台市农业农村局",
    unit="邢台市植保植检站", year=2025, form="target_declaration",
    funds=dict(total=420, fiscal=420, other=0),
    goal="建设绿色防控示范区12个，示范面积8万亩，主要农作物病虫害绿色防控覆盖率达到55%",
    inds=[
        ind("产出指标", "数量指标", "建设绿色防控示范区", "≥", "12", "个"),
        ind("产出指标", "数量指标", "示范区防控面积", "≥", "8", "万亩"),
        ind("产出指标", "质量指标", "重大病虫害统防统治覆盖率", "≥", "45", "%"),
        ind("产出指标", "时效指标", "防控物资发放时间", "", "5月15日前", ""),
        ind("效益指标", "经济效益指标", "示范区亩均减少农药使用成本", "≥", "20", "元"),
        ind("效益指标", "生态效益指标", "示范区化学农药使用量减少", "≥", "10", "%"),
        ind("效益指标", "社会效益指标", "绿色防控覆盖率", "≥", "55", "%"),
        ind("满意度指标", "服务对象满意度指标", "示范区种植户满意度", "≥", "90", "%"),
    ],
)


def doc_hebei_oneline():
    f = FORMS["hebei"]
    parts = ["2025年度", "项目支出绩效目标表", "项目名称", f["name"], "主管部门", f["dept"],
             "实施单位", f["unit"], "项目资金（万元）", "年度资金总额", "420", "其中：财政拨款",
             "420", "其他资金", "0", "年度目标", f["goal"], "一级指标", "二级指标", "三级指标",
             "指标值"]
    p1 = p2 = None
    for i in f["inds"]:
        if i["l1p"] != p1:
            parts.append(i["l1p"])
        if i["l2p"] != p2:
            parts.append(i["l2p"])
        p1, p2 = i["l1p"], i["l2p"]
        parts += [i["l3"], i["op"] + i["val"] + i["unit"]]
    return " ".join(parts) + "\n"


# ---- 内蒙古 科技: classic declaration, run together with midterm + annual values
FORMS["neimenggu"] = dict(
    name="科技创新平台建设专项资金", dept="内蒙古自治区包头市科学技术局",
    unit="包头市科技创新服务中心", year=2024, form="target_declaration",
    funds=dict(total=1500, fiscal=1200, other=300),
    goal="新认定市级科技创新平台10家，支持企业研发项目25项，新增授权发明专利40件",
    inds=[
        ind("产出指标", "数量指标", "新认定市级科技创新平台", "≥", "10", "家"),
        ind("产出指标", "数量指标", "支持企业研发项目", "≥", "25", "项"),
        ind("产出指标", "质量指标", "项目验收通过率", "≥", "90", "%"),
        ind("产出指标", "时效指标", "资金拨付完成时间", "", "2024年9月底前", ""),
        ind("效益指标", "经济效益指标", "带动企业研发投入", "≥", "1.2", "亿元"),
        ind("效益指标", "社会效益指标", "新增授权发明专利", "≥", "40", "件"),
        ind("满意度指标", "服务对象满意度指标", "受支持企业满意度", "≥", "90", "%"),
    ],
)
NMG_MID = {"新认定市级科技创新平台": "≥30家", "支持企业研发项目": "≥80项",
           "项目验收通过率": "≥90%", "资金拨付完成时间": "每年9月底前",
           "带动企业研发投入": "≥4亿元", "新增授权发明专利": "≥120件",
           "受支持企业满意度": "≥90%"}


def doc_neimenggu_run():
    f = FORMS["neimenggu"]
    s = ("项目支出绩效目标申报表（2024年度）项目名称" + f["name"] + "主管部门" + f["dept"]
         + "实施单位" + f["unit"] + "项目资金（万元）中期资金总额4500年度资金总额1500其中：财政拨款"
         + "1200其他资金300总体目标中期目标（2024年-2026年）建成市级科技创新平台30家，带动企业研发投入4亿元"
         + "年度目标" + f["goal"] + "绩效指标一级指标二级指标三级指标中期指标值年度指标值")
    p1 = p2 = None
    for i in f["inds"]:
        if i["l1p"] != p1:
            s += i["l1p"]
        if i["l2p"] != p2:
            s += i["l2p"]
        p1, p2 = i["l1p"], i["l2p"]
        s += i["l3"] + NMG_MID[i["l3"]] + i["op"] + i["val"] + i["unit"]
    out = []
    k = 0
    for n in [31, 44, 38, 52, 29, 47, 40, 36, 55, 33, 41, 48, 37, 45]:
        out.append(s[k:k + n])
        k += n
    out.append(s[k:])
    return "\n".join(x for x in out if x) + "\n"


# ---- 山西 交通运输: classic declaration, pdftotext -layout with wrapped cells
FORMS["shanxi"] = dict(
    name="农村公路养护工程补助资金", dept="山西省长治市交通运输局",
    unit="长治市公路事业发展中心", year=2024, form="target_declaration",
    funds=dict(total=3680, fiscal=3680, other=0),
    goal="完成农村公路养护工程420公里，其中修复养护280公里、预防养护140公里，列养率保持100%，优良中等路率达到82%以上",
    inds=[
        ind("产出指标", "数量指标", "农村公路修复养护工程里程", "≥", "280", "公里"),
        ind("产出指标", "数量指标", "农村公路预防养护工程里程", "≥", "140", "公里"),
        ind("产出指标", "质量指标", "养护工程交工验收质量合格率", "", "100", "%"),
        ind("产出指标", "时效指标", "养护工程完工时间", "", "2024年11月30日前", ""),
        ind("产出指标", "成本指标", "修复养护每公里平均补助", "≤", "9.5", "万元"),
        ind("效益指标", "社会效益指标", "农村公路优良中等路率", "≥", "82", "%"),
        ind("效益指标", "可持续影响指标", "农村公路列养率", "", "100", "%"),
        ind("满意度指标", "服务对象满意度指标", "沿线群众出行满意度", "≥", "90", "%"),
    ],
)


def doc_shanxi_layout():
    f = FORMS["shanxi"]
    L = ["                              项目支出绩效目标申报表",
         "                                  （2024年度）", "",
         "  项目名称            农村公路养护工程补助资金",
         "  主管部门            山西省长治市交通运输局            实施单位      长治市公路事业发展中心",
         "                      年度资金总额：                                 3680",
         "  项目资金            其中：财政拨款                                 3680",
         "  （万元）            其他资金                                          0",
         "  年度总体目标        完成农村公路养护工程420公里，其中修复养护280公里、预防养护140公里，",
         "                      列养率保持100%，优良中等路率达到82%以上", ""]
    w = [12, 18, 30, 18]
    L += layout_rows([["一级指标", "二级指标", "三级指标", "指标值"]], w, [0] * 4, indent=2)
    rows = []
    p1 = p2 = None
    for i in f["inds"]:
        a = i["l1p"] if i["l1p"] != p1 else ""
        b = i["l2p"] if i["l2p"] != p2 else ""
        p1, p2 = i["l1p"], i["l2p"]
        rows.append([a, b, i["l3"], i["op"] + i["val"] + i["unit"]])
    L += layout_rows(rows, w, [0, 6, 12, 9], indent=2)
    L += ["", "                                       - 12 -"]
    return "\n".join(L) + "\n"


# ---- 甘肃 住建 (second gansu form family): op_value_unit pipe with 指标解释/评(扣)分标准/备注
FORMS["gansu_ovu"] = dict(
    name="2025年农村危房改造和抗震改造补助资金", dept="甘肃省天水市住房和城乡建设局",
    unit="天水市村镇建设服务中心", year=2025, form="target_declaration",
    funds=dict(total=2860, fiscal=2860),
    goal="完成农村低收入群体危房改造1100户、农房抗震改造600户，改造后住房安全鉴定合格率100%",
    inds=[
        ind("产出指标", "数量指标", "农村低收入群体危房改造户数", "≥", "1100", "户"),
        ind("产出指标", "数量指标", "农房抗震改造户数", "≥", "600", "户"),
        ind("产出指标", "质量指标", "改造后住房安全鉴定合格率", "=", "100", "%"),
        ind("产出指标", "时效指标", "改造任务竣工率", "≥", "95", "%"),
        ind("产出指标", "成本指标", "危房改造户均补助标准", "≤", "2", "万元/户"),
        ind("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "=", "100", "%"),
        ind("满意度指标", "服务对象满意度指标", "改造户满意度", "≥", "92", "%"),
    ],
)
OVU_EXPL = {
    "农村低收入群体危房改造户数": ("反映年度完成危房改造的户数", "完成得10分，每少1%扣0.5分"),
    "农房抗震改造户数": ("反映年度完成农房抗震改造的户数", "完成得10分，每少1%扣0.5分"),
    "改造后住房安全鉴定合格率": ("鉴定合格户数/改造户数×100%", "低于100%不得分"),
    "改造任务竣工率": ("竣工户数/计划户数×100%", "按比例得分"),
    "危房改造户均补助标准": ("补助资金/改造户数", "超标准不得分"),
    "农村低收入群体住房安全保障率": ("反映住房安全有保障情况", "未达到不得分"),
    "改造户满意度": ("抽样问卷调查", "每降低1个百分点扣1分"),
}


def doc_gansu_ovu():
    f = FORMS["gansu_ovu"]
    L = ["表3-2", "", "**天水市2025年项目支出绩效目标表**", "",
         "| 项目名称 | " + f["name"] + " | | | | | | | |",
         "|---|---|---|---|---|---|---|---|---|",
         "| 主管部门 | " + f["dept"] + " | | | | 实施单位 | " + f["unit"] + " | | |",
         "| 预算金额（万元） | 2860 | | 其中：财政资金 | 2860 | 其他资金 | | | |",
         "| 年度绩效目标 | " + f["goal"] + " | | | | | | | |",
         "| 一级指标 | 二级指标 | 三级指标 | 指标值 | | | 指标解释 | 评（扣）分标准 | 备注 |",
         "| | | | 符号 | 数值 | 单位 | | | |"]
    p1 = p2 = None
    for i in f["inds"]:
        a = i["l1p"] if i["l1p"] != p1 else ""
        b = i["l2p"] if i["l2p"] != p2 else ""
        p1, p2 = i["l1p"], i["l2p"]
        e, r = OVU_EXPL[i["l3"]]
        note = "核心指标" if i["l3"].endswith("户数") else ""
        L.append("| " + " | ".join([a, b, i["l3"], i["op"], i["val"], i["unit"], e, r, note]) + " |")
    return "\n".join(L) + "\n"


# ---- 河北 民政: classic declaration, token per line (PDF text without layout)
FORMS["hebei_civil"] = dict(
    name="特困人员救助供养补助资金", dept="河北省保定市民政局", unit="保定市社会救助服务中心",
    year=2024, form="target_declaration", funds=dict(total=5230, fiscal=5230, other=0),
    goal="保障全市特困人员基本生活，集中供养能力满足需求，供养标准不低于当地低保标准的1.3倍",
    inds=[
        ind("产出指标", "数量指标", "特困人员救助供养人数", "≥", "1.42", "万人"),
        ind("产出指标", "质量指标", "特困人员认定准确率", "", "100", "%"),
        ind("产出指标", "质量指标", "失能特困人员集中供养率", "≥", "60", "%"),
        ind("产出指标", "时效指标", "救助供养金按月发放率", "", "100", "%"),
        ind("产出指标", "成本指标", "基本生活标准", "≥", "当地低保标准1.3倍", ""),
        ind("效益指标", "社会效益指标", "特困人员基本生活保障水平", "", "稳步提高", ""),
        ind("满意度指标", "服务对象满意度指标", "特困供养对象满意度", "≥", "90", "%"),
    ],
)


def doc_hebei_token():
    f = FORMS["hebei_civil"]
    L = ["项目支出绩效目标表", "（", "2024", "年度）", "项目名称", "特困人员救助供养补助资金",
         "主管部门", "河北省保定市民政局", "实施单位", "保定市社会救助服务中心",
         "项目资金", "（万元）", "年度资金总额", "5230", "其中：财政拨款", "5230", "其他资金",
         "0", "年度", "目标", "保障全市特困人员基本生活，集中供养能力满足需求，供养标准不低于",
         "当地低保标准的", "1.3", "倍", "一级", "指标", "二级", "指标", "三级指标", "指标值"]
    p1 = p2 = None
    for i in f["inds"]:
        if i["l1p"] != p1:
            L += [i["l1p"][:2], i["l1p"][2:]] if i["l1p"] != "满意度指标" else ["满意度", "指标"]
        if i["l2p"] != p2:
            b = i["l2p"]
            L += [b[:4], b[4:]] if len(b) > 4 else [b]
        p1, p2 = i["l1p"], i["l2p"]
        n = i["l3"]
        L += [n[:9], n[9:]] if len(n) > 9 else [n]
        v = i["op"] + i["val"] + i["unit"]
        L += [v] if len(v) < 8 else [v[:6], v[6:]]
    L += ["注：", "满意度指标", "采取问卷调查方式"]
    return "\n".join(L) + "\n"


# ---- 安徽 农业农村 + 贵州 交通: classic self-evaluations (funds block), a page dump with two forms
def classic_se(name, dept, unit, year, fb, goal, act_goal, inds, total, grade=None):
    return dict(name=name, dept=dept, unit=unit, year=year, form="self_evaluation",
                funds=fb, goal=goal, act_goal=act_goal, inds=inds, total_score=total,
                grade=grade)


FORMS["anhui_agri1"] = classic_se(
    "耕地地力保护补贴", "安徽省宿州市埇桥区农业农村局", "埇桥区农村经营管理服务中心", 2023,
    dict(total=9856.2, fiscal=9856.2, exec=9856.2, rate=100.0),
    "按时足额发放耕地地力保护补贴，补贴面积198万亩，保护耕地地力",
    "全年发放补贴面积198.4万亩，资金全部通过一卡通发放到户",
    [ind("产出指标", "数量指标", "补贴耕地面积", "≥", "198", "万亩", 20, "198.4万亩", 20),
     ind("产出指标", "质量指标", "补贴面积核实准确率", "", "100", "%", 15, "100%", 15),
     ind("产出指标", "时效指标", "补贴资金发放时间", "", "6月底前", "", 10, "6月20日", 10),
     ind("产出指标", "成本指标", "亩均补贴标准", "", "49.78", "元", 5, "49.78元", 5),
     ind("效益指标", "社会效益指标", "补贴政策知晓率", "≥", "95", "%", 15, "96%", 15),
     ind("效益指标", "可持续影响指标", "耕地撂荒面积", "", "逐年减少", "", 15, "基本持平", 12,
         "部分外出务工户流转意愿低，下一步加强撂荒地整治"),
     ind("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥", "90", "%", 10, "93%", 10)],
    97)
FORMS["anhui_agri2"] = classic_se(
    "农机购置与应用补贴", "安徽省宿州市埇桥区农业农村局", "埇桥区农业机械化技术推广站", 2023,
    dict(total=2400, fiscal=2150, carry=250, exec=2136, rate=89.0),
    "补贴购置各类农业机械1800台（套），主要农作物耕种收综合机械化率达到90%",
    "补贴机具1652台（套），耕种收综合机械化率90.3%",
    [ind("产出指标", "数量指标", "补贴机具数量", "≥", "1800", "台（套）", 20, "1652台（套）", 18.4,
         "部分机具因鉴定证书到期暂停补贴"),
     ind("产出指标", "质量指标", "补贴机具核验率", "", "100", "%", 15, "100%", 15),
     ind("产出指标", "时效指标", "补贴资金兑付时限", "≤", "30", "个工作日", 15, "28个工作日", 15),
     ind("效益指标", "经济效益指标", "带动农民购机投入", "≥", "5000", "万元", 15, "4720万元", 14.2,
         "购机需求下降"),
     ind("效益指标", "社会效益指标", "耕种收综合机械化率", "≥", "90", "%", 15, "90.3%", 15),
     ind("满意度指标", "服务对象满意度指标", "购机户满意度", "≥", "90", "%", 10, "91%", 10)],
    96.5, "优")


FUNDS_ROWS = {
    "anhui_agri1": ["\t年度资金总额\t9856.2\t9856.2\t9856.2\t10\t100%\t10",
                    "\t其中：当年财政拨款\t9856.2\t9856.2\t9856.2\t—\t\t—",
                    "\t上年结转资金\t\t\t\t—\t\t—"],
    "anhui_agri2": ["\t年度资金总额\t2150\t2400\t2136\t10\t89%\t8.9",
                    "\t其中：当年财政拨款\t2150\t2150\t1886\t—\t\t—",
                    "\t上年结转资金\t\t250\t250\t—\t\t—"],
}


def doc_anhui_classic():
    L = []
    for page, key in [(7, "anhui_agri1"), (8, "anhui_agri2")]:
        f = FORMS[key]
        L += ["埇桥区农业农村局2023年度部门决算公开", "", "项目支出绩效自评表",
              "（2023年度）", "",
              "项目名称\t" + f["name"] + "\t\t\t\t\t",
              "主管部门\t" + f["dept"] + "\t\t实施单位\t" + f["unit"] + "\t\t",
              "项目资金\n（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
              *FUNDS_ROWS[key],
              "\t其他资金\t\t\t\t—\t\t—",
              "年度总体目标\t预期目标\t\t\t实际完成情况\t\t",
              "\t" + f["goal"] + "\t\t\t" + f["act_goal"] + "\t\t",
              "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"]
        p1 = p2 = None
        for i in f["inds"]:
            a = i["l1p"] if i["l1p"] != p1 else ""
            b = i["l2p"] if i["l2p"] != p2 else ""
            p1, p2 = i["l1p"], i["l2p"]
            L.append("\t".join(["", a, b, i["l3"], i["op"] + i["val"] + i["unit"], i["act"],
                                fmt(i["w"]), fmt(i["sc"]), i["dev"] or ""]))
        tail = "总分\t\t\t\t\t\t100\t" + fmt(f["total_score"]) + "\t"
        L.append(tail)
        if f.get("grade"):
            L.append("自评等级\t" + f["grade"])
        L += ["", f"第 {page} 页", ""]
    return "\n".join(L)


FORMS["guizhou_tr"] = classic_se(
    "2023年农村客运站点建设及运营补贴", "贵州省黔东南苗族侗族自治州交通运输局",
    "黔东南州道路运输事业发展中心", 2023,
    dict(total=1350, fiscal=1350, exec=1242.5, rate=92.04),
    "新建改造农村客运招呼站90个，保障农村客运班线稳定运营，建制村通客车率保持100%",
    "新建改造招呼站86个，建制村通客车率100%",
    [ind("产出指标", "数量指标", "新建改造农村客运招呼站", "≥", "90", "个", 20, "86个", 19.1,
         "4个站点因用地调整延后，已纳入下年计划"),
     ind("产出指标", "质量指标", "站点建设验收合格率", "", "100", "%", 10, "100%", 10),
     ind("产出指标", "时效指标", "运营补贴发放及时率", "≥", "95", "%", 10, "100%", 10),
     ind("产出指标", "成本指标", "单个招呼站建设成本", "≤", "6", "万元", 10, "5.8万元", 10),
     ind("效益指标", "社会效益指标", "建制村通客车率", "", "100", "%", 20, "100%", 20),
     ind("效益指标", "可持续影响指标", "农村客运班线持续运营", "", "长期", "", 10, "长期", 10),
     ind("满意度指标", "服务对象满意度指标", "沿线群众出行满意度", "≥", "90", "%", 10, "92%", 10)],
    98.3)


def doc_guizhou_plumber():
    f = FORMS["guizhou_tr"]
    L = ["项目支出绩效自评表",
         "（2023年度）",
         "项目名称 2023年农村客运站点建设及运营补贴",
         "主管部门 贵州省黔东南苗族侗族自治州交通运输局 实施单位 黔东南州道路运输事业发展中心",
         "年初预算 全年预算 全年执行 执行率",
         "分值 得分",
         "数 数（A） 数（B） （B/A）",
         "年度资金总额 1350 1350 1242.5 10 92.04% 9.2",
         "项目资金",
         "其中：当年财政拨",
         "（万元） 1350 1350 1242.5 — — —",
         "款",
         "上年结转资金 — — —",
         "其他资金 — — —",
         "预期目标 实际完成情况",
         "年度总",
         "新建改造农村客运招呼站90个，保障农村客运班线稳定 新建改造招呼站86个，建制村通客车率100%",
         "体目标",
         "运营，建制村通客车率保持100%",
         "一级指 年度指标 偏差原因分析及改",
         "二级指标 三级指标 实际完成值 分值 得分",
         "标 值 进措施"]
    rows = f["inds"]
    p1 = p2 = None
    for i in rows:
        v = i["op"] + i["val"] + i["unit"]
        a = i["l1p"] if i["l1p"] != p1 else ""
        b = i["l2p"] if i["l2p"] != p2 else ""
        p1, p2 = i["l1p"], i["l2p"]
        dev = i["dev"] or ""
        lead = []
        name = i["l3"]
        if len(name) > 9:
            lead.append(name[:9])
            name = name[9:]
            if dev:
                lead[-1] = lead[-1] + " " + dev[:9]
                dev = dev[9:]
        bb = b
        if b == "服务对象满意度指标":
            lead.append("服务对象满")
            bb = "意度指标"
        elif b == "可持续影响指标":
            lead.append("可持续影响")
            bb = "指标"
        L += lead
        cells = [x for x in [a[:2] if a else "", bb, name, v, i["act"], fmt(i["w"]),
                             fmt(i["sc"]), dev[:9]] if x]
        L.append(" ".join(cells))
        if a:
            L.append(a[2:])
        while len(dev) > 9:
            dev = dev[9:]
            L.append(dev[:9])
    L += ["总分 100 98.3", "第 2 页，共 2 页"]
    return "\n".join(L) + "\n"


# ---- 云南 budget text with no form (mixed_report, gold [])
def doc_yunnan_budget():
    return """大理白族自治州祥云县文化和旅游局
2025年部门预算编制说明

一、部门基本情况
本部门主要职责是贯彻落实文化和旅游工作方针政策，统筹规划全县文化事业、文化产业和旅游业发展。部门预算由局机关本级和所属2个事业单位预算组成。

二、收支预算总体情况
2025年收入预算合计1286.42万元，其中：一般公共预算拨款收入1236.42万元，其他收入50万元。支出预算合计1286.42万元，其中：基本支出842.17万元，项目支出444.25万元。

三、一般公共预算"三公"经费预算情况
2025年"三公"经费预算3.6万元，比上年减少0.4万元。其中：公务接待费1.2万元，公务用车运行维护费2.4万元。

收支预算总表
单位：万元
项目	预算数	项目	预算数
一般公共预算拨款收入	1236.42	文化旅游体育与传媒支出	1044.3
其他收入	50	社会保障和就业支出	142.6
		住房保障支出	99.52
收入合计	1286.42	支出合计	1286.42

四、预算绩效情况说明
2025年本部门实行绩效目标管理的项目5个，涉及一般公共预算当年拨款444.25万元，全部编制了绩效目标，绩效目标覆盖率100%。其中：非物质文化遗产保护传承经费86万元、乡村文化振兴示范点建设经费120万元、旅游市场综合监管经费38.25万元等。项目绩效目标详见附件《2025年项目支出绩效目标表》，部门整体支出绩效目标详见《2025年部门整体支出绩效目标表》。

五、其他重要事项的情况说明
（一）机关运行经费：2025年机关运行经费预算46.8万元。
（二）政府采购情况：2025年政府采购预算总额92万元，其中货物类32万元、服务类60万元。
（三）国有资产占有使用情况：截至2024年12月31日，本部门共有车辆2辆，单位价值50万元以上通用设备0台（套）。

名词解释
1.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。
2.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。
"""


# ---- 吉林 卫生健康: space-separated single lines of a classic declaration with wrapped pieces
FORMS["jilin_health"] = dict(
    name="2024年基本公共卫生服务项目", dept="吉林省四平市卫生健康委员会",
    unit="四平市疾病预防控制中心", year=2024, form="target_declaration",
    funds=dict(total=4368, fiscal=4100, other=268),
    goal="为城乡居民免费提供基本公共卫生服务，65岁及以上老年人健康管理率达到62%，高血压患者规范管理率达到65%",
    inds=[
        ind("产出指标", "数量指标", "居民电子健康档案建档人数", "≥", "156", "万人"),
        ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥", "18.5", "万人"),
        ind("产出指标", "质量指标", "高血压患者基层规范管理服务率", "≥", "65", "%"),
        ind("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥", "90", "%"),
        ind("产出指标", "时效指标", "资金下达时间", "", "收到上级资金30日内", ""),
        ind("效益指标", "社会效益指标", "城乡居民公共卫生差距", "", "不断缩小", ""),
        ind("满意度指标", "服务对象满意度指标", "城乡居民对基本公共卫生服务满意度", "≥", "85", "%"),
    ],
)


def doc_jilin_health_spaces():
    L = ["四平市市级部门预算项目支出绩效目标表（2024年度）",
         "项目名称 2024年基本公共卫生服务项目 主管部门 吉林省四平市卫生健康委员会",
         "实施单位 四平市疾病预防控制中心 项目类型 延续项目",
         "项目资金 资金总额 4368 财政拨款 4100 其他资金 268",
         "（万元）",
         "年度绩效 为城乡居民免费提供基本公共卫生服务，65岁及以上老年人健康管理率达到62%，高血压",
         "目标 患者规范管理率达到65%",
         "一级指标 二级指标 三级指标 指标值",
         "居民电子健康档案建档人数 ≥156万人",
         "数量指标 65岁及以上老年人健康管理 ≥18.5万人",
         "人数",
         "高血压患者基层规范管理服务 ≥65%",
         "产出指标 质量指标 率",
         "适龄儿童国家免疫规划疫苗接 ≥90%",
         "种率",
         "时效指标 资金下达时间 收到上级资金30日",
         "内",
         "效益指标 社会效益指标 城乡居民公共卫生差距 不断缩小",
         "满意度指 服务对象满 城乡居民对基本公共卫生服 ≥85%",
         "标 意度指标 务满意度",
         "四平市财政局制"]
    return "\n".join(L) + "\n"


# ---- 内蒙古 生态环境: Chongqing-style self-evaluation, pdfplumber lines, 正向/反向/定性
FORMS["nmg_eco"] = dict(
    name="草原生态保护补助奖励资金", dept="内蒙古自治区锡林郭勒盟林业和草原局",
    unit="锡林浩特市草原工作站", year=2024, form="self_evaluation",
    funds=dict(total=7326.5, exec=7180, rate=98.0),
    goal="落实禁牧1850万亩、草畜平衡2630万亩，按时足额兑现补奖资金，草原综合植被盖度稳定在45.5%以上",
    total_score=99.8, grade="优",
    inds=[
        ind("产出指标", None, "落实禁牧面积", "", "1850", "万亩", 15, "1850", 15, nat="正向"),
        ind("产出指标", None, "落实草畜平衡面积", "", "2630", "万亩", 15, "2630", 15, nat="正向"),
        ind("产出指标", None, "补奖资金发放准确率", "", "100", "%", 10, "100", 10, nat="正向"),
        ind("产出指标", None, "补奖资金兑现时间", "", "2024年10月底前", "", 10, "2024年9月", 10,
            nat="定性"),
        ind("效益指标", None, "草原综合植被盖度", "", "45.5", "%", 15, "45.8", 15, nat="正向"),
        ind("效益指标", None, "牧民人均政策性收入", "", "3200", "元", 10, "3150", 9.8, nat="正向"),
        ind("效益指标", None, "重点天然草原平均牲畜超载率", "", "8", "%", 5, "7.2", 5, nat="反向"),
        ind("满意度指标", None, "农牧民满意度", "", "90", "%", 10, "92.5", 10, nat="正向"),
        ind("成本指标", None, "禁牧补助标准", "", "7.5", "元/亩", 10, "7.5", 10, nat="反向"),
    ],
)


def doc_nmg_plumber():
    f = FORMS["nmg_eco"]
    L = ["锡林浩特市2024年度项目支出绩效自评表",
         "项目名称 " + f["name"] + " 主管部门 内蒙古自治区锡林郭勒盟林业和",
         "草原局",
         "实施单位 " + f["unit"] + " 项目联系人 乌云其其格",
         "全年预算数（万元） 7326.5 全年执行数（万元） 7180 执行率 98%",
         "年度绩效目标 落实禁牧1850万亩、草畜平衡2630万亩，按时足额兑现补奖资金，草原综合植被盖度稳",
         "定在45.5%以上",
         "指标 计量 指标 全年",
         "指标类型 指标名称 指标值 得分 评价标准",
         "性质 单位 权重 完成值"]
    blocks = []
    for i in f["inds"]:
        if blocks and blocks[-1][0] == i["l1p"]:
            blocks[-1][1].append(i)
        else:
            blocks.append((i["l1p"], [i]))
    for lab, rows in blocks:
        for k, i in enumerate(rows):
            cells = [lab] if k == (len(rows) - 1) // 2 else []
            name = i["l3"]
            cells += [name if len(name) <= 10 else name[:10], i["nat"], i["val"], i["unit"],
                      fmt(i["w"]), i["act"], fmt(i["sc"])]
            line = " ".join(c for c in cells if c)
            if i["nat"] == "定性":
                L.append(line + " 按时完成得满分")
            else:
                L += ["达到目标值得满分，未", line, "达到按比例扣分"]
            if len(name) > 10:
                L.insert(len(L) - 1, name[10:])
    L += ["合计 100 99.8", "自评等级 优",
          "说明：牧民人均政策性收入未达目标，系部分牧户退出禁牧区补助调整所致。"]
    return "\n".join(L) + "\n"


def doc_jiangxi_mupdf():
    f = FORMS["jiangxi"]
    L = ["2024年度项目支出绩效自评表", "项目名称", f["name"], "主管部门", f["dept"], "实施单位",
         f["unit"], "项目联系人", "钟丽萍", "全年预算数（万元）", "5480", "全年执行数（万元）",
         "5316.8", "执行率", "97.02%", "年度绩效目标",
         "新建高标准农田3.2万亩，改造提升1.5万亩，新增粮食产能160", "万公斤",
         "指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值",
         "得分", "评价标准"]
    blocks = []
    for i in f["inds"]:
        if blocks and blocks[-1][0] == i["l1p"]:
            blocks[-1][1].append(i)
        else:
            blocks.append((i["l1p"], [i]))
    for lab, rows in blocks:
        for k, i in enumerate(rows):
            if k == (len(rows) - 1) // 2:
                L.append(lab)
            n = i["l3"]
            L += chunks(n, 10)
            L += [c for c in [i["nat"], i["val"], i["unit"], fmt(i["w"]), i["act"], fmt(i["sc"])]
                  if c]
            L += ["达到目标得满分，未达到按", "完成比例得分"]
    L += ["合计", "100", "98.6", "自评等级", "优", "说明",
          "改造提升面积未完成，系2个标段受汛期影响顺延至次年；新增粮食产能受当年降雨偏多影响。"]
    return "\n".join(L) + "\n"


# ---- 广西 体育: one_line_spaces with PDF-scrambled column order (names first, then values)
FORMS["guangxi_sport"] = dict(
    name="2024年公共体育场馆免费低收费开放补助资金", dept="广西壮族自治区桂林市体育局",
    unit="桂林市体育场馆服务中心", year=2024, form="target_declaration",
    funds=dict(total=356, fiscal=356),
    goal="保障6个公共体育场馆全年免费或低收费开放，年服务健身群众85万人次",
    inds=[
        ind("产出指标", "数量指标", "免费低收费开放场馆数量", "≥", "6", "个"),
        ind("产出指标", "数量指标", "年开放时长", "≥", "330", "天"),
        ind("产出指标", "质量指标", "场馆设施安全检查覆盖率", "", "100", "%"),
        ind("产出指标", "时效指标", "补助资金拨付时间", "", "2024年8月底前", ""),
        ind("效益指标", "社会效益指标", "年服务健身群众人次", "≥", "85", "万人次"),
        ind("效益指标", "可持续影响指标", "场馆公益开放机制", "", "长期坚持", ""),
        ind("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", "90", "%"),
    ],
)


def doc_guangxi_scrambled():
    f = FORMS["guangxi_sport"]
    head = ("项目支出绩效目标表 （2024年度） 项目名称 " + f["name"] + " 主管部门 " + f["dept"]
            + " 实施单位 " + f["unit"] + " 项目资金（万元） 年度资金总额 356 其中：财政拨款 356 "
            "年度目标 " + f["goal"])
    names = ["一级指标", "二级指标", "三级指标", "指标值"]
    vals = []
    p1 = p2 = None
    for i in f["inds"]:
        if i["l1p"] != p1:
            names.append(i["l1p"])
        if i["l2p"] != p2:
            names.append(i["l2p"])
        p1, p2 = i["l1p"], i["l2p"]
        names.append(i["l3"])
        vals.append(i["op"] + i["val"] + i["unit"])
    return head + "\n" + " ".join(names) + "\n" + " ".join(vals) + " 第 9 页\n"


# ---- 新疆 教育: two Chongqing-style declarations in one budget-disclosure dump (tab copy)
FORMS["xj_edu1"] = dict(
    name="学前教育保教费减免补助资金", dept="新疆维吾尔自治区乌鲁木齐市教育局",
    unit="乌鲁木齐市学前教育发展中心", year=2025, form="target_declaration",
    funds=dict(total=2180, fiscal=2180),
    goal="落实学前教育保教费减免政策，惠及幼儿3.6万人，普惠性幼儿园覆盖率达到88%",
    inds=[
        ind("产出指标", None, "享受保教费减免幼儿人数", "≥", "3.6", "万人", 20, nat="定量"),
        ind("产出指标", None, "减免资金发放准确率", "=", "100", "%", 15, nat="定量"),
        ind("产出指标", None, "资金拨付时间", "", "2025年9月底前", "", 10, nat="定性"),
        ind("产出指标", None, "生均减免标准", "≤", "600", "元/生·学期", 15, nat="定量"),
        ind("效益指标", None, "普惠性幼儿园覆盖率", "≥", "88", "%", 15, nat="定量"),
        ind("效益指标", None, "家庭学前教育负担", "", "明显减轻", "", 10, nat="定性"),
        ind("满意度指标", None, "幼儿家长满意度", "≥", "92", "%", 15, nat="定量"),
    ],
)
FORMS["xj_edu2"] = dict(
    name="中小学校舍安全维修改造资金", dept="新疆维吾尔自治区乌鲁木齐市教育局",
    unit="乌鲁木齐市教育装备与后勤服务中心", year=2025, form="target_declaration",
    funds=dict(total=1450, fiscal=1200, other=250),
    goal="维修改造中小学校舍8.5万平方米，消除C级危房，校舍安全隐患整改率100%",
    inds=[
        ind("产出指标", None, "维修改造校舍面积", "≥", "8.5", "万平方米", 20, nat="定量"),
        ind("产出指标", None, "校舍安全隐患整改率", "=", "100", "%", 15, nat="定量"),
        ind("产出指标", None, "维修改造工程验收合格率", "=", "100", "%", 15, nat="定量"),
        ind("产出指标", None, "工程完工时间", "", "2025年8月20日前", "", 10, nat="定性"),
        ind("效益指标", None, "校舍安全责任事故发生数", "=", "0", "起", 15, nat="定量"),
        ind("效益指标", None, "维修校舍延长使用年限", "≥", "10", "年", 10, nat="定量"),
        ind("满意度指标", None, "师生及家长满意度", "≥", "90", "%", 15, nat="定量"),
    ],
)


def doc_xj_edu_tab():
    L = ["乌鲁木齐市教育局2025年部门预算", "", "八、项目支出绩效目标表", "",
         "本部门2025年纳入绩效目标管理的项目2个，绩效目标表如下：", ""]
    for page, key in [(14, "xj_edu1"), (15, "xj_edu2")]:
        f = FORMS[key]
        fu = f["funds"]
        L += ["2025年项目支出绩效目标表", "",
              "项目名称\t" + f["name"] + "\t\t项目负责人\t\t",
              "主管部门\t" + f["dept"] + "\t\t实施单位\t" + f["unit"] + "\t",
              "项目资金（万元）\t资金总额\t" + fmt(fu["total"]) + "\t财政资金\t"
              + fmt(fu["fiscal"]) + "\t其他资金\t" + fmt(fu.get("other")),
              "年度目标\t" + f["goal"] + "\t\t\t\t",
              "指标类型\t指标名称\t指标性质\t指标值\t计量单位\t指标权重\t备注"]
        prev = None
        for i in f["inds"]:
            t = i["l1p"] if i["l1p"] != prev else ""
            prev = i["l1p"]
            L.append("\t".join([t, i["l3"], i["nat"], i["op"] + i["val"], i["unit"], fmt(i["w"]),
                                ""]))
        L += ["合计\t\t\t\t\t100\t", "", f"第 {page} 页", ""]
    L += ["九、其他重要事项的情况说明", "本部门2025年无政府采购预算以外的重大事项。"]
    return "\n".join(L) + "\n"


# ---- 海南 水利: label variants, one cell per line (产出/成本/效益/满意度, 经济成本, empty category)
FORMS["hainan_water"] = dict(
    name="2025年农村水系连通及水美乡村建设项目", dept="海南省琼海市水务局",
    unit="琼海市水利工程建设管理中心", year=2025, form="target_declaration",
    funds=dict(total=3900, fiscal=3900),
    goal="整治河道22.6公里，清淤疏浚土方38万立方米，项目区河道水质达到Ⅲ类以上",
    inds=[
        ind("产出", "数量", "整治河道长度", "≥", "22.6", "公里"),
        ind("产出", "数量", "清淤疏浚土方量", "≥", "38", "万立方米"),
        ind("产出", "质量", "单元工程质量合格率", "", "100", "%"),
        ind("产出", "时效", "主体工程完工时间", "", "2025年11月底前", ""),
        ind("成本", "经济成本", "每公里河道综合治理成本", "≤", "172", "万元"),
        ind("效益", "生态效益", "项目区河道水质", "", "Ⅲ类以上", ""),
        ind("效益", "社会效益", "项目受益人口", "≥", "5.2", "万人"),
        ind("满意度", "服务对象满意度", "沿河群众满意度", "≥", "90", "%"),
    ],
)


def doc_hainan_water_cell():
    f = FORMS["hainan_water"]
    L = ["项目绩效目标表", "（2025年度）", "项目名称", f["name"], "", "", "主管部门", f["dept"],
         "实施单位", f["unit"], "项目资金", "（万元）", "年度资金总额", "3900", "其中：财政拨款",
         "3900", "其他资金", "", "年度目标", f["goal"], "", "",
         "一级指标", "二级指标", "三级指标", "指标值"]
    p1 = p2 = None
    for i in f["inds"]:
        L.append(i["l1p"] if i["l1p"] != p1 else "")
        L.append(i["l2p"] if i["l2p"] != p2 else "")
        p1, p2 = i["l1p"], i["l2p"]
        L += [i["l3"], i["op"] + i["val"] + i["unit"]]
        if i["l3"] == "项目受益人口":
            L += ["", "可持续影响", "", ""]
    L += ["填表说明：指标值应为可衡量的数值或明确的定性描述。"]
    return "\n".join(L) + "\n"


# ---- 山西 文化旅游: Chongqing-style self-evaluation as an XLSX (merged 指标类型, percent formats)
FORMS["shanxi_cul"] = dict(
    name="非物质文化遗产保护传承专项资金", dept="山西省晋中市文化和旅游局",
    unit="晋中市非物质文化遗产保护中心", year=2024, form="self_evaluation",
    funds=dict(total=680, exec=665.4, rate=97.85),
    goal="资助代表性传承人120人，建设非遗工坊8个，开展非遗展演展示活动40场次以上",
    total_score=98.8, grade="优",
    inds=[
        ind("产出指标", None, "资助代表性传承人数量", "≥", "120", "人", 15, "124", 15),
        ind("产出指标", None, "非遗工坊建设数量", "≥", "8", "个", 10, "7", 8.8),
        ind("产出指标", None, "开展非遗展演展示活动", "≥", "40", "场次", 10, "46", 10),
        ind("产出指标", None, "传承人年度考核合格率", "≥", "95%", "", 10, "97%", 10),
        ind("产出指标", None, "补助资金拨付时间", "定性", "2024年6月底前", "", 5, "2024年5月", 5),
        ind("效益指标", None, "非遗项目传承人群数量增长率", "≥", "5", "%", 15, "6.2", 15),
        ind("效益指标", None, "非遗保护传承社会氛围", "定性", "持续提升", "", 10, "持续提升", 10),
        ind("满意度指标", None, "传承人及参与群众满意度", "≥", "90", "%", 15, "93", 15),
        ind("成本指标", None, "代表性传承人年补助标准", "≤", "0.8", "万元/人", 10, "0.8", 10),
    ],
)


def shanxi_cul_ind(i):
    g = jiangxi_ind(i)
    if i["op"] == "定性":
        g["target"] = i["val"]
    return g


def _isnum(x):
    return x.replace(".", "", 1).isdigit()


def doc_shanxi_cul_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side

    f = FORMS["shanxi_cul"]
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.append(["2024年度项目支出绩效自评表"])
    ws.merge_cells("A1:I1")
    ws.append(["项目名称", f["name"], None, None, None, "项目联系人", "王晓峰", None, None])
    ws.merge_cells("B2:E2")
    ws.merge_cells("G2:I2")
    ws.append(["主管部门", f["dept"], None, None, None, "实施单位", f["unit"], None, None])
    ws.merge_cells("B3:E3")
    ws.merge_cells("G3:I3")
    ws.append(["全年预算数（万元）", 680, None, "全年执行数（万元）", None, 665.4, "执行率",
               0.9785, None])
    ws.merge_cells("B4:C4")
    ws.merge_cells("D4:E4")
    ws.merge_cells("H4:I4")
    ws["H4"].number_format = "0.00%"
    ws.append(["年度绩效目标", f["goal"]])
    ws.merge_cells("B5:I5")
    ws.append(["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值",
               "得分", "评价标准"])
    start = 7
    blocks = {}
    for k, i in enumerate(f["inds"]):
        r = start + k
        val = i["val"]
        act = i["act"]
        cells = [i["l1p"], i["l3"], i["op"], val, i["unit"] or None, i["w"], act, i["sc"],
                 "达到目标得满分，未达到按完成比例得分"]
        ws.append(cells)
        if val.endswith("%"):
            ws.cell(r, 4).value = float(val[:-1]) / 100
            ws.cell(r, 4).number_format = "0%"
        if act.endswith("%"):
            ws.cell(r, 7).value = float(act[:-1]) / 100
            ws.cell(r, 7).number_format = "0%"
        elif _isnum(act):
            ws.cell(r, 7).value = float(act) if "." in act else int(act)
        if _isnum(val):
            ws.cell(r, 4).value = float(val) if "." in val else int(val)
        blocks.setdefault(i["l1p"], []).append(r)
    for rows in blocks.values():
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=1, end_row=rows[-1], end_column=1)
    last = start + len(f["inds"])
    ws.append(["合计", None, None, None, None, 100, None, 98.8, None])
    ws.append(["自评等级", "优"])
    ws.append(["说明", "非遗工坊建设数量未完成，1个工坊因场地租赁未落实顺延至2025年。"])
    ws.merge_cells(f"B{last + 2}:I{last + 2}")
    for row in ws.iter_rows(min_row=2, max_row=last + 2, max_col=9):
        for c in row:
            c.border = box
            c.alignment = wrap
    for col, wd in zip("ABCDEFGHI", [14, 28, 9, 14, 10, 9, 11, 7, 30], strict=True):
        ws.column_dimensions[col].width = wd
    ws2 = wb.create_sheet("填报说明")
    ws2.append(["1.指标性质填写≥、≤、=或定性；2.定性指标的计量单位不填；3.金额单位为万元。"])
    wb.save(path)


# =============================================================== documents

DOCS_SPEC = [
    # doc id, ext, renderer, gold forms, family, province, sector, note
    ("c01_cq_tab_gansu_health", "tsv", doc_gansu_tab, [("gansu", gansu_ind)],
     "chongqing_style", "甘肃", "卫生健康",
     "Tab copy of a Chongqing-template self-evaluation sheet with a leading empty column: "
     "指标性质 holds the sign (≥/=/无), 指标值 the number, 计量单位 the unit (无|合规|无 for "
     "qualitative rows); 产出类/效益类/满意度类/管理类指标 merged and printed once; two-line "
     "header cells with embedded newlines; 说明 row after 合计."),
    ("c02_cq_layout_gansu_health", "txt", doc_gansu_layout, [("gansu", gansu_ind)],
     "chongqing_style", "甘肃", "卫生健康",
     "pdftotext -layout rendering of the same sheet: stacked two-line headers (指标/性质), long "
     "names and 评价标准 wrapped onto continuation lines, single-line cells centred on the middle "
     "line of a wrapped row, page footer."),
    ("c03_cq_pipe_yunnan_edu", "md", doc_yunnan_pipe, [("yunnan", yunnan_ind)],
     "chongqing_style", "云南", "教育",
     "Markdown pipe table of a declaration: 指标类型 gives level-2 names (数量/质量/时效/成本/社会效益/"
     "可持续影响/服务对象满意度指标) printed once per block, 指标性质 定量/定性, sign inside 指标值 "
     "(≥2.4 | 万平方米), 定性 values with empty unit; header labels and values side by side."),
    ("c04_cq_cell_jiangxi_agri", "txt", doc_jiangxi_cell, [("jiangxi", jiangxi_ind)],
     "chongqing_style", "江西", "农业农村",
     "One cell per line self-evaluation: 指标性质 正向/反向 with bare values (target = value+unit), "
     "merged 指标类型 as blank lines, an empty unit cell as a space-only line, 得分 before "
     "评价标准, 执行率 in the funds block, a 成本指标 block after 满意度, 合计/自评等级/说明."),
    ("c05_cq_plumber_jilin_culture", "txt", doc_jilin_plumber, [("jilin", jilin_ind)],
     "chongqing_style", "吉林", "文化旅游",
     "pdfplumber-style lines of a declaration: 指标类型 as 一级-二级 pairs on every row (the long "
     "满意度指标-服务对象满意度指标 wrapped over two lines), stacked headers (指标/性质, 计量/单位), "
     "wrapped names continued on the next line, department name wrapped, 定性 rows without unit."),
    ("c06_cq_run_guangxi_civil", "txt", doc_guangxi_run, [("guangxi", guangxi_ind)],
     "chongqing_style", "广西", "民政",
     "Run-together self-evaluation (no separators, line breaks at arbitrary places even inside "
     "numbers and names): sign+value+unit+weight+actual glued (≥5200人155316)."),
    ("c07_cq_plumber_neimenggu_eco", "txt", doc_nmg_plumber, [("nmg_eco", jiangxi_ind)],
     "chongqing_style", "内蒙古", "生态环境",
     "pdfplumber lines of a self-evaluation: merged 指标类型 (产出/效益/满意度/成本指标) centred "
     "inside the middle row line of its block, 评价标准 wrapped above and below the row line, "
     "stacked headers (指标/性质, 全年/完成值), 正向/反向/定性 natures with bare values, a long "
     "name wrapped, department name wrapped, 执行率/自评等级 printed."),
    ("c08_cq_mupdf_jiangxi_agri", "txt", doc_jiangxi_mupdf, [("jiangxi", jiangxi_ind)],
     "chongqing_style", "江西", "农业农村",
     "PyMuPDF get_text() of the c04 form drawn as a PDF: one text span per line, empty cells "
     "absent, wrapped names and 评价标准 as consecutive lines, merged 指标类型 emitted where its "
     "cell was drawn (before the middle row of its block)."),
    ("c09_cq_tab_xinjiang_edu", "txt", doc_xj_edu_tab,
     [("xj_edu1", jiangxi_ind), ("xj_edu2", jiangxi_ind)],
     "chongqing_style", "新疆", "教育",
     "Two Chongqing-style declarations in one budget-disclosure dump (tab copy from WPS) with "
     "narrative before and after and '第 N 页' lines: 指标类型 level-1 names printed once per "
     "block, 指标性质 定量/定性, sign inside 指标值 (≥3.6 | 万人, =0 | 起), empty 备注 column, "
     "funds on one line (资金总额/财政资金/其他资金, the first form's 其他资金 cell empty)."),
    ("l04_lbl_cell_hainan_water", "txt", doc_hainan_water_cell, [("hainan_water", gold_ind)],
     "label_variants", "海南", "水利",
     "One cell per line classic declaration with short labels at both levels (产出/成本/效益/满意度; "
     "数量/质量/时效/经济成本/生态效益/社会效益/服务对象满意度), merged cells as blank lines, an "
     "empty 可持续影响 category with no 三级 (not an indicator), a textual target (Ⅲ类以上)."),
    ("o02_ols_scrambled_guangxi_sport", "txt", doc_guangxi_scrambled,
     [("guangxi_sport", gold_ind)],
     "one_line_spaces", "广西", "体育",
     "PDF-scrambled one-line text: head on one line, then every level label and 三级 name on one "
     "line, then all 指标值 in row order on a third line followed by the page number."),
    ("c10_cq_xlsx_shanxi_culture", "xlsx", doc_shanxi_cul_xlsx,
     [("shanxi_cul", shanxi_cul_ind)],
     "chongqing_style", "山西", "文化旅游",
     "XLSX self-evaluation (sheet 自评表 + a 填报说明 sheet): 指标类型 merged vertically per block, "
     "指标性质 holding the sign (≥/≤) or 定性, numbers as numeric cells, one 指标值 and one "
     "全年完成值 typed as fractions with a percent format (0.95 → 95%, unit cell empty), 执行率 "
     "0.9785 shown as 97.85%, 合计/自评等级/说明 rows."),
    ("l01_lbl_tab_guizhou_eco", "txt", doc_guizhou_tab, [("guizhou", gold_ind)],
     "label_variants", "贵州", "生态环境",
     "Tab copy of a classic declaration with short labels 产出/效益, 质量/时效/成本/生态效益/社会效益/"
     "可持续影响, 数量指标（或建筑规模指标）, 满意度指标 + 服务对象满意度; 绩效指标 column label only "
     "on the header row, placeholder …… rows."),
    ("l02_lbl_plumber_xinjiang_housing", "txt", doc_xinjiang_plumber, [("xinjiang", gold_ind)],
     "label_variants", "新疆", "住建",
     "pdfplumber lines: 产出类指标/效益类指标 centred in the middle of their blocks (inside a row "
     "line), level-2 labels at the start of row lines or on a line of their own (社会效益指标 "
     "between its two rows), 经济效益指标 row without the level-1 label, 满意度指标 at both levels, "
     "a row target without sign (23个)."),
    ("r01_rub_layout_hainan_sport", "txt", doc_hainan_layout, [("hainan", hainan_ind)],
     "scoring_rubric", "海南", "体育",
     "pdftotext -layout rubric: 决策（15分）/项目立项（5分） labels with points wrapped in narrow "
     "columns, 产出数量/产出质量/项目效益 level-2 names, 评分标准 wrapped onto continuation lines, "
     "分值 before 评分标准 and 得分 after; no target values; 自评得分/评价等级 in the head."),
    ("r02_rub_cell_anhui_edu", "txt", doc_anhui_cell, [("anhui", anhui_ind)],
     "scoring_rubric", "安徽", "教育",
     "One cell per line rubric mixing 决策/过程 (项目立项/资金管理…) and 产出/效益 with classic "
     "level-2 names (满意度指标 under 效益), columns 分值/指标值/实际完成值/得分; 预算执行率 and "
     "资金使用合规性 with targets, empty cells as blank lines."),
    ("o01_ols_oneline_hebei_agri", "txt", doc_hebei_oneline, [("hebei", gold_ind)],
     "one_line_spaces", "河北", "农业农村",
     "A whole classic declaration on one line, cells separated by single spaces, merged labels "
     "printed once."),
    ("w01_run_neimenggu_sci", "txt", doc_neimenggu_run, [("neimenggu", gold_ind)],
     "run_together", "内蒙古", "科技",
     "Run-together multi-year declaration with 中期指标值 and 年度指标值 glued (≥30家≥10家): "
     "target is the annual value; line breaks at arbitrary places."),
    ("s01_spc_layout_shanxi_transport", "txt", doc_shanxi_layout, [("shanxi", gold_ind)],
     "space_columns", "山西", "交通运输",
     "pdftotext -layout classic declaration: 服务对象满意度指标/可持续影响指标 and long names wrapped "
     "in narrow columns onto continuation lines, a wrapped target (2024年11月30日前), funds block "
     "labels beside their amounts, page number footer."),
    ("v01_ovu_pipe_gansu_housing", "md", doc_gansu_ovu, [("gansu_ovu", gold_ind)],
     "op_value_unit", "甘肃", "住建",
     "Pipe table with 指标值 split into 符号/数值/单位 sub-columns (two-row header), extra columns "
     "指标解释/评（扣）分标准/备注 whose text contains numbers and %."),
    ("t01_tok_hebei_civil", "txt", doc_hebei_token, [("hebei_civil", gold_ind)],
     "token_per_line", "河北", "民政",
     "PDF text one token per line: labels broken (产出/指标, 数量指标 split), names broken after 9 "
     "characters, a textual target (≥当地低保标准1.3倍) broken over two lines, a trailing note."),
    ("e01_sec_tab_anhui_agri", "txt", doc_anhui_classic,
     [("anhui_agri1", gold_ind), ("anhui_agri2", gold_ind)],
     "self_eval_classic", "安徽", "农业农村",
     "Two classic self-evaluations in one page dump (tab copy), each with a repeated page header "
     "and '第 N 页' footer: funds block 年初预算数/全年预算数/全年执行数/分值/执行率/得分 with "
     "结转资金 in the second form, 年度指标值/实际完成值/分值/得分/偏差原因 columns, 自评等级."),
    ("e02_sec_plumber_guizhou_transport", "txt", doc_guizhou_plumber,
     [("guizhou_tr", gold_ind)],
     "self_eval_classic", "贵州", "交通运输",
     "pdfplumber lines of a classic self-evaluation: stacked header words (年初预算/数, 一级指/标), "
     "wrapped funds labels (当年财政拨/款), goal cells interleaved with their row label, 一级 labels "
     "split over two lines (产出/指标), wrapped 三级 names and 偏差原因 text on lines above/below."),
    ("m01_mix_budget_yunnan_culture", "txt", doc_yunnan_budget, [],
     "mixed_report", "云南", "文化旅游",
     "Department budget explanation with a budget table but no performance form: it only says "
     "项目绩效目标详见附件 → gold []."),
    ("l03_lbl_plumber_jilin_health", "txt", doc_jilin_health_spaces,
     [("jilin_health", gold_ind)],
     "label_variants", "吉林", "卫生健康",
     "pdfplumber lines (single spaces) of a classic declaration: merged level labels centred "
     "inside a row line, long 三级 names wrapped with only the wrapped part on the next line, "
     "a wrapped textual target, wrapped 满意度指/标 and 服务对象满/意度指标 labels."),
]


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    meta = {}
    for did, ext, fn, forms, fam, prov, sec, note in DOCS_SPEC:
        if ext == "xlsx":
            fn(DOCS / f"{did}.{ext}")
        else:
            (DOCS / f"{did}.{ext}").write_text(fn(), encoding="utf-8")
        gold = [gold_form(FORMS[k], g) for k, g in forms]
        (GOLD / f"{did}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
        meta[did] = {"family": fam, "province": prov, "sector": sec, "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
