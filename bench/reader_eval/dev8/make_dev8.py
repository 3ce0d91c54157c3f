"""Write the dev8 documents and their gold from the invented content below (all text documents + one XLSX)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
L1 = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
      "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
      "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标"}


def I(l2, l3, op, val, unit, act=None, w=None, sc=None):  # noqa: E743
    return dict(l2=l2, l3=l3, op=op, val=val, unit=unit, act=act, w=w, sc=sc)


def F(name, dept, unit, year, total, fiscal, other, goal, inds, form="target_declaration"):
    return dict(name=name, dept=dept, unit=unit, year=year, total=total, fiscal=fiscal, other=other,
                goal=goal, inds=inds, form=form)


def yuan(v):
    return None if v is None else round(v * 10000, 2)


def gold(f, level2=True, l1=True, funds=True, cq=False):
    se = f["form"] == "self_evaluation"
    out = []
    for i in f["inds"]:
        out.append({"level1": L1[i["l2"]] if l1 else None, "level2": i["l2"] if level2 else None,
                    "level3": i["l3"], "target": f"{i['op']}{i['val']}{i['unit']}",
                    "actual": i["act"] if se else None, "weight": float(i["w"]) if (se or cq) and i["w"] is not None else None,
                    "score": float(i["sc"]) if se and i["sc"] is not None else None, "deviation": None})
    return {"name": f["name"], "department": f["dept"], "unit": f["unit"], "year": f["year"], "form": f["form"],
            "funds": {"total": yuan(f["total"]) if funds else None, "fiscal": yuan(f["fiscal"]) if funds else None,
                      "carryover": None, "other": yuan(f["other"]) if funds else None,
                      "executed": None, "execution_rate": None},
            "goal": f["goal"], "total_score": None, "grade": None, "indicators": out}


def n(v):
    return f"{v:g}"


def header_lines(f, sep):
    return [f"{f['year']}年度项目支出绩效目标表",
            sep.join(["项目名称", f["name"]]),
            sep.join(["主管部门", f["dept"], "实施单位", f["unit"]]),
            sep.join(["项目资金（万元）", "年度资金总额", n(f["total"]), "其中：财政拨款", n(f["fiscal"]),
                      "其他资金", n(f["other"])]),
            sep.join(["年度目标", f["goal"]])]


def groups(f):
    """[(l1, [(l2, [ind])])] keeping order."""
    out = []
    for i in f["inds"]:
        l1 = L1[i["l2"]]
        if not out or out[-1][0] != l1:
            out.append((l1, []))
        if not out[-1][1] or out[-1][1][-1][0] != i["l2"]:
            out[-1][1].append((i["l2"], []))
        out[-1][1][-1][1].append(i)
    return out


def tgt(i):
    return f"{i['op']}{i['val']}{i['unit']}"


# ---------------------------------------------------------------- renderers
def r_label_tab(f, lab1, lab2, l2_first=False):
    lines = header_lines(f, "\t") + ["一级指标\t二级指标\t三级指标\t指标值"]
    for l1, g2 in groups(f):
        first1 = True
        for l2, inds in g2:
            first2 = True
            for i in inds:
                a = lab1.get(l1, l1) if first1 else ""
                b = lab2.get(l2, l2) if first2 else ""
                if l2_first and first2 and not first1:
                    lines.append(f"{b}\t{i['l3']}\t{tgt(i)}")
                else:
                    lines.append(f"{a}\t{b}\t{i['l3']}\t{tgt(i)}")
                first1 = first2 = False
    return "\n".join(lines) + "\n"


def r_label_space(f, lab1, lab2):
    lines = header_lines(f, "  ") + ["一级指标  二级指标  三级指标  指标值"]
    for l1, g2 in groups(f):
        first1 = True
        for l2, inds in g2:
            first2 = True
            for i in inds:
                a = lab1.get(l1, l1) if first1 else ""
                b = lab2.get(l2, l2) if first2 else ""
                lines.append("  ".join(x for x in [a, b, i["l3"], tgt(i)] if x))
                first1 = first2 = False
    return "\n".join(lines) + "\n"


def r_ols(f, scrambled=False, lab1=None, lab2=None):
    lab1, lab2 = lab1 or {}, lab2 or {}
    head = " ".join(header_lines(f, " "))
    cells, vals = ["一级指标", "二级指标", "三级指标", "指标值"], []
    for l1, g2 in groups(f):
        cells.append(lab1.get(l1, l1))
        for l2, inds in g2:
            cells.append(lab2.get(l2, l2))
            for i in inds:
                cells.append(i["l3"])
                if scrambled:
                    vals.append(tgt(i))
                else:
                    cells.append(tgt(i))
    if scrambled:
        return head + "\n" + " ".join(cells) + "\n" + " ".join(vals) + " 第 3 页\n"
    return head + " " + " ".join(cells) + "\n"


def pad(s, w):
    width = sum(2 if ord(c) > 127 else 1 for c in s)
    return s + " " * max(2, w - width)


def wrap(s, k):
    return [s[j:j + k] for j in range(0, len(s), k)] or [""]


def r_layout(f, lab1=None, lab2=None):
    lab1, lab2 = lab1 or {}, lab2 or {}
    lines = [" " * 20 + f"{f['year']}年度项目支出绩效目标表",
             pad("项目名称", 18) + f["name"],
             pad("主管部门", 18) + pad(f["dept"], 40) + pad("实施单位", 12) + f["unit"],
             pad("项目资金（万元）", 18) + pad("年度资金总额", 16) + pad(n(f["total"]), 10)
             + pad("财政拨款", 12) + pad(n(f["fiscal"]), 10) + pad("其他资金", 12) + n(f["other"])]
    gl = wrap(f["goal"], 34)
    lines.append(pad("年度目标", 18) + gl[0])
    lines += [" " * 18 + x for x in gl[1:]]
    lines.append(pad("一级指标", 12) + pad("二级指标", 18) + pad("三级指标", 30) + "指标值")
    for l1, g2 in groups(f):
        first1 = True
        for l2, inds in g2:
            first2 = True
            for i in inds:
                a = lab1.get(l1, l1) if first1 else ""
                b = lab2.get(l2, l2) if first2 else ""
                c = wrap(i["l3"], 12)
                lines.append(pad(a, 12) + pad(b, 18) + pad(c[0], 30) + tgt(i))
                for x in c[1:]:
                    lines.append(" " * 30 + x)
                first1 = first2 = False
    return "\n".join(lines) + "\n"


def r_cq(f, se=False, typ_l2=True):
    lines = [f"{f['year']}年项目绩效{'自评' if se else '目标'}表", f"项目名称\t{f['name']}",
             f"主管部门\t{f['dept']}\t实施单位\t{f['unit']}",
             f"项目资金（万元）\t{n(f['total'])}\t其中：财政资金\t{n(f['fiscal'])}\t其他资金\t{n(f['other'])}",
             f"项目目标\t{f['goal']}"]
    h = "指标类型\t指标名称\t指标性质\t指标值\t计量单位\t指标权重"
    lines.append(h + ("\t全年完成值\t评价标准" if se else "\t备注"))
    last = None
    for i in f["inds"]:
        t = i["l2"] if typ_l2 else L1[i["l2"]].replace("指标", "类指标")
        shown = t if t != last else ""
        last = t
        row = [shown, i["l3"], i["op"] or "定性", i["val"], i["unit"], n(i["w"])]
        row += [i["act"], "完成得满分，否则按比例扣分"] if se else [""]
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def r_tok(f):
    toks = [f"{f['year']}年度项目支出绩效目标表", "项目名称"] + wrap(f["name"], 9) + ["主管部门", f["dept"], "实施单位",
                                                                                   f["unit"], "项目资金", "（万元）",
                                                                                   "年度资金总额", n(f["total"]), "财政拨款",
                                                                                   n(f["fiscal"]), "其他资金", n(f["other"]),
                                                                                   "年度目标"] + wrap(f["goal"], 16)
    toks += ["一级指标", "二级指标", "三级指标", "指标值"]
    for l1, g2 in groups(f):
        toks.append(l1)
        for l2, inds in g2:
            toks.append(l2)
            for i in inds:
                toks += wrap(i["l3"], 8) + [tgt(i)]
    return "\n".join(toks) + "\n"


def r_run(f):
    s = "".join(header_lines(f, "")) + "一级指标二级指标三级指标指标值"
    for l1, g2 in groups(f):
        s += l1
        for l2, inds in g2:
            s += l2 + "".join(i["l3"] + tgt(i) for i in inds)
    return "\n".join(wrap(s, 47)) + "\n"


def r_ovu(f):
    lines = ["| " + " | ".join(x) + " |" for x in [
        [f"{f['year']}年度项目绩效目标申报表", "", "", "", "", "", ""],
        ["项目名称", f["name"], "", "", "", "", ""],
        ["主管部门", f["dept"], "", "实施单位", f["unit"], "", ""],
        ["资金总额（万元）", n(f["total"]), "财政资金", n(f["fiscal"]), "其他资金", n(f["other"]), ""],
        ["年度绩效目标", f["goal"], "", "", "", "", ""]]]
    lines.append("| 一级指标 | 二级指标 | 三级指标 | 比较符 | 指标值 | 度量单位 | 指标方向 | 评（扣）分标准 |")
    lines.append("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for l1, g2 in groups(f):
        first1 = True
        for l2, inds in g2:
            first2 = True
            for i in inds:
                d = "反向" if i["op"] in ("≤", "<") else "正向"
                lines.append("| " + " | ".join([l1 if first1 else "", l2 if first2 else "", i["l3"], i["op"],
                                                i["val"], i["unit"], d, "未达到按比例扣分"]) + " |")
                first1 = first2 = False
    return "\n".join(lines) + "\n"


def r_mix(f, intro, body):
    table = r_label_tab(f, {}, {})
    return intro + "\n" + table + "\n" + body


# ---------------------------------------------------------------- content
D = []


def add(doc_id, ext, text, golds, family, prov, sector, note):
    D.append((doc_id, ext, text, golds, dict(family=family, province=prov, sector=sector, note=note)))


f1 = F("2025年中小河流治理工程", "四川省南充市水利局", "南充市河道堤防管理站", 2025, 860, 800, 60,
       "完成西充河等3条中小河流治理，新建加固堤防12.5公里，提升沿河乡镇防洪标准至20年一遇。",
       [I("数量指标", "治理河长", "≥", "18", "公里"), I("数量指标", "新建加固堤防长度", "≥", "12.5", "公里"),
        I("质量指标", "工程验收合格率", "", "100", "%"), I("时效指标", "主体工程完工时间", "", "2025年10月底前", ""),
        I("成本指标", "每公里治理成本", "≤", "47.8", "万元"),
        I("社会效益指标", "受益人口", "≥", "6.2", "万人"), I("生态效益指标", "河道水质达标率", "≥", "90", "%"),
        I("服务对象满意度指标", "沿河群众满意度", "≥", "92", "%")])
add("l01_lbl_short_sichuan_water", "txt", r_label_tab(f1, {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度"},
    {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本", "社会效益指标": "社会效益",
     "生态效益指标": "生态效益", "服务对象满意度指标": "服务对象满意度"}), [gold(f1)], "label_variants", "四川", "水利",
    "tab table; level labels printed short (产出/效益/满意度, 数量/质量/社会效益/服务对象满意度); 万元 cost target.")

f2 = F("市场监管执法装备购置项目", "云南省曲靖市市场监督管理局", "曲靖市市场监管综合行政执法支队", 2024, 235, 235, 0,
       "购置快检车2辆、执法记录仪150台，提升食品药品现场快检和执法取证能力。",
       [I("数量指标", "购置食品快检车数量", "", "2", "辆"), I("数量指标", "购置执法记录仪数量", "≥", "150", "台"),
        I("质量指标", "设备验收合格率", "", "100", "%"), I("时效指标", "设备采购完成时间", "", "2024年9月30日前", ""),
        I("社会效益指标", "现场快检批次", "≥", "3000", "批次"), I("可持续影响指标", "设备使用年限", "≥", "6", "年"),
        I("服务对象满意度指标", "执法人员使用满意度", "≥", "90", "%")])
add("l02_lbl_paren_yunnan_market", "txt", r_label_tab(f2, {"产出指标": "产出指标(50分)", "效益指标": "效益指标(30分)",
                                                         "满意度指标": "满意度指标(10分)"},
                                                     {"数量指标": "数量指标(或建筑规模指标)"}, l2_first=True),
    [gold(f2)], "label_variants", "云南", "市场监管",
    "labels with points 产出指标(50分); 数量指标(或建筑规模指标); later level-2 labels start a row line (level-1 cell dropped).")

f3 = F("不动产登记档案数字化", "广东省湛江市自然资源局", "湛江市不动产登记中心", 2025, 318, 318, 0,
       "完成历史不动产登记档案42万卷数字化扫描和目录著录，实现档案线上查询。",
       [I("数量指标", "档案数字化扫描卷数", "≥", "42", "万卷"), I("数量指标", "目录著录条数", "≥", "120", "万条"),
        I("质量指标", "扫描图像合格率", "≥", "99", "%"), I("时效指标", "项目完成时限", "", "2025年11月", ""),
        I("成本指标", "每卷数字化成本", "≤", "7.5", "元"), I("社会效益指标", "档案线上查询办结率", "≥", "95", "%"),
        I("服务对象满意度指标", "办事群众满意度", "≥", "95", "%")])
add("l03_lbl_numbered_guangdong_nres", "txt", r_label_space(f3, {"产出指标": "一、产出指标", "效益指标": "二、效益指标",
                                                               "满意度指标": "三、满意度指标"},
                                                           {"数量指标": "（一）数量指标", "质量指标": "（二）质量指标",
                                                            "时效指标": "（三）时效指标", "成本指标": "（四）成本指标",
                                                            "社会效益指标": "（一）社会效益指标",
                                                            "服务对象满意度指标": "满意度指标"}),
    [gold(f3)], "label_variants", "广东", "自然资源",
    "double-space cells; numbered labels 一、产出指标 / （一）数量指标; 满意度指标 printed at both levels.")

f4 = F("科技型中小企业研发补助", "陕西省宝鸡市科学技术局", "宝鸡市科技成果转化服务中心", 2024, 600, 600, 0,
       "对120家科技型中小企业研发投入给予后补助，带动企业研发投入增长10%以上。",
       [I("数量指标", "补助企业数量", "≥", "120", "家"), I("质量指标", "补助资金审核准确率", "", "100", "%"),
        I("时效指标", "补助资金拨付时间", "", "2024年12月底前", ""), I("经济效益指标", "带动企业研发投入增长率", "≥", "10", "%"),
        I("社会效益指标", "新增高新技术企业数量", "≥", "15", "家"), I("服务对象满意度指标", "受补助企业满意度", "≥", "90", "%")])
add("l04_lbl_class_shaanxi_sci", "txt", r_label_tab(f4, {"产出指标": "产出类指标", "效益指标": "效益类指标",
                                                       "满意度指标": "满意度类指标"},
                                                   {"经济效益指标": "经济效益", "社会效益指标": "社会效益"}),
    [gold(f4)], "label_variants", "陕西", "科技", "tab table; 产出类指标/效益类指标/满意度类指标, 经济效益/社会效益 short level-2.")

f5 = F("残疾人康复救助项目", "宁夏回族自治区吴忠市残疾人联合会", "吴忠市残疾人康复中心", 2025, 146, 130, 16,
       "为380名残疾儿童提供康复训练，为600名残疾人适配辅助器具。",
       [I("数量指标", "救助残疾儿童人数", "≥", "380", "人"), I("数量指标", "适配辅助器具人数", "≥", "600", "人"),
        I("质量指标", "康复训练有效率", "≥", "85", "%"), I("时效指标", "救助资金发放及时率", "", "100", "%"),
        I("社会效益指标", "残疾儿童入学率提升", "≥", "3", "个百分点"), I("服务对象满意度指标", "残疾人家庭满意度", "≥", "93", "%")])
add("o01_ols_oneline_ningxia_disab", "txt", r_ols(f5), [gold(f5)], "one_line_spaces", "宁夏", "残联",
    "header and whole indicator table on one line, single spaces between cells, value after each name.")

f6 = F("粮食储备库智能化升级改造", "甘肃省张掖市粮食和物资储备局", "张掖市国家粮食储备库", 2024, 420, 400, 20,
       "完成8个仓房智能通风和粮情测控系统改造，储粮损耗率控制在1%以内。",
       [I("数量指标", "改造仓房数量", "", "8", "个"), I("数量指标", "安装测温电缆", "≥", "960", "根"),
        I("质量指标", "系统验收合格率", "", "100", "%"), I("时效指标", "改造完成时间", "", "2024年8月底前", ""),
        I("经济效益指标", "储粮损耗率", "≤", "1", "%"), I("可持续影响指标", "系统正常运行年限", "≥", "8", "年"),
        I("服务对象满意度指标", "仓储人员满意度", "≥", "90", "%")])
add("o02_ols_scrambled_gansu_grain", "txt", r_ols(f6, scrambled=True), [gold(f6)], "one_line_spaces", "甘肃", "粮食",
    "single-space cells; scrambled PDF order: all labels and names on one line, all values on the next (+page footer).")

f7 = F("全民阅读推广活动", "江西省赣州市文化广电新闻出版旅游局", "赣州市图书馆", 2025, 88, 88, 0,
       "开展阅读推广活动200场，新增注册读者1.5万人。",
       [I("数量指标", "阅读推广活动场次", "≥", "200", "场"), I("数量指标", "流动图书车下乡次数", "≥", "60", "次"),
        I("质量指标", "活动方案审核通过率", "", "100", "%"), I("时效指标", "活动完成时间", "", "2025年12月", ""),
        I("社会效益指标", "新增注册读者", "≥", "1.5", "万人"), I("服务对象满意度指标", "读者满意度", "≥", "95", "%")])
add("o03_ols_labels_jiangxi_library", "txt", r_ols(f7, lab1={"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度"},
                                                   lab2={"社会效益指标": "社会效益"}),
    [gold(f7)], "one_line_spaces", "江西", "文化旅游", "one line, single spaces, short level labels 产出/效益/满意度.")

f8 = F("高标准农田建设项目", "河北省邢台市农业农村局", "邢台市农田建设服务中心", 2024, 3200, 3000, 200,
       "新建高标准农田2.4万亩，配套建设灌溉排水和田间道路设施，亩均粮食产能提高100斤。",
       [I("数量指标", "新建高标准农田面积", "≥", "2.4", "万亩"), I("数量指标", "新建改造灌溉渠道长度", "≥", "36", "公里"),
        I("质量指标", "工程质量合格率", "", "100", "%"), I("时效指标", "项目竣工验收时间", "", "2024年12月31日前", ""),
        I("成本指标", "亩均财政投入", "≤", "1250", "元"), I("经济效益指标", "亩均粮食产能提高", "≥", "100", "斤"),
        I("生态效益指标", "农田灌溉水有效利用系数", "≥", "0.62", ""),
        I("服务对象满意度指标", "项目区农户满意度", "≥", "90", "%")])
add("o04_ols_scrambled_hebei_farm", "txt", r_ols(f8, scrambled=True, lab2={"经济效益指标": "经济效益", "生态效益指标": "生态效益"}),
    [gold(f8)], "one_line_spaces", "河北", "农业农村", "scrambled order + short level-2 labels; a unitless coefficient target 0.62.")

f9 = F("城区生活垃圾分类运营补助", "湖南省株洲市城市管理和综合执法局", "株洲市环境卫生管理处", 2025, 1280, 1280, 0,
       "保障城区460个小区生活垃圾分类投放点运营，生活垃圾回收利用率达到38%。",
       [I("数量指标", "覆盖分类投放小区数量", "≥", "460", "个"), I("数量指标", "配备分类督导员人数", "≥", "520", "人"),
        I("质量指标", "分类投放点规范设置率", "≥", "95", "%"), I("时效指标", "运营补助按季度拨付率", "", "100", "%"),
        I("成本指标", "单个小区年运营补助标准", "≤", "2.78", "万元"), I("生态效益指标", "生活垃圾回收利用率", "≥", "38", "%"),
        I("服务对象满意度指标", "居民对垃圾分类工作满意度", "≥", "88", "%")])
add("s01_spc_layout_hunan_city", "txt", r_layout(f9), [gold(f9)], "space_columns", "湖南", "城市管理",
    "pdftotext -layout style; long names wrapped onto continuation lines; wrapped goal; 万元 cost target.")

f10 = F("地质灾害隐患点专业监测", "贵州省毕节市自然资源局", "毕节市地质环境监测站", 2024, 540, 540, 0,
        "对全市312处地质灾害隐患点开展专业监测预警，确保受威胁群众生命财产安全。",
        [I("数量指标", "专业监测隐患点数量", "≥", "312", "处"), I("数量指标", "安装普适型监测设备台套数", "≥", "650", "台套"),
         I("质量指标", "监测设备在线率", "≥", "95", "%"), I("时效指标", "预警信息发布时限", "≤", "30", "分钟"),
         I("社会效益指标", "因灾死亡失踪人数", "", "0", "人"), I("可持续影响指标", "群测群防与专业监测结合机制", "", "长期", ""),
         I("服务对象满意度指标", "受威胁群众满意度", "≥", "90", "%")])
add("s02_spc_layout_labels_guizhou_geo", "txt", r_layout(f10, {"效益指标": "效益", "满意度指标": "满意度指标"},
                                                         {"社会效益指标": "社会效益", "可持续影响指标": "可持续影响"}),
    [gold(f10)], "space_columns", "贵州", "自然资源", "layout columns with wrapped names and short 效益/社会效益/可持续影响 labels.")

f11 = F("农村公路养护工程", "重庆市万州区交通运输委员会", "万州区农村公路养护中心", 2024, 980, 980, 0,
        "完成农村公路日常养护1850公里，实施安全生命防护工程120公里。",
        [I("数量指标", "农村公路日常养护里程", "≥", "1850", "公里", w=15), I("数量指标", "安全生命防护工程里程", "≥", "120", "公里", w=15),
         I("质量指标", "优良中等路率", "≥", "85", "%", w=15), I("时效指标", "养护资金拨付及时率", "=", "100", "%", w=10),
         I("社会效益指标", "农村公路通行安全事故下降率", "≥", "5", "%", w=15),
         I("服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", w=10)])
add("c01_cq_decl_chongqing_road", "tsv", r_cq(f11), [gold(f11, cq=True)], "chongqing_style", "重庆", "交通运输",
    "declaration 指标类型/指标名称/指标性质/指标值/计量单位/指标权重/备注; 指标类型 gives level-2 names (= printed as op).")

f12 = F("社区养老服务站运营补贴", "重庆市綦江区民政局", "綦江区社会福利中心", 2024, 360, 360, 0,
        "支持36个社区养老服务站运营，年服务老年人不少于4万人次。",
        [I("数量指标", "补贴社区养老服务站数量", "≥", "36", "个", act="36", w=20),
         I("数量指标", "年服务老年人人次", "≥", "4", "万人次", act="4.3", w=20),
         I("质量指标", "服务站星级评定达标率", "≥", "80", "%", act="83", w=15),
         I("时效指标", "补贴资金拨付时间", "", "2024年11月底前", "", act="2024年11月20日", w=15),
         I("社会效益指标", "失能老人上门服务覆盖率", "≥", "60", "%", act="55", w=10),
         I("服务对象满意度指标", "老年人满意度", "≥", "90", "%", act="94", w=10)], form="self_evaluation")
add("c02_cq_se_chongqing_elder", "tsv", r_cq(f12, se=True), [gold(f12)], "chongqing_style", "重庆", "民政",
    "self-evaluation chongqing table with 全年完成值 and 评价标准; 指标性质 column holds ≥ or 定性 (for a date).")

f13 = F("中药材种植基地建设补助", "重庆市石柱土家族自治县农业农村委员会", "石柱县特色产业发展中心", 2025, 500, 500, 0,
        "扶持建设黄连等中药材标准化种植基地3000亩，带动农户增收。",
        [I("数量指标", "扶持种植基地面积", "≥", "3000", "亩", w=20), I("质量指标", "种苗成活率", "≥", "90", "%", w=15),
         I("时效指标", "补助资金兑付时间", "", "2025年10月", "", w=10), I("经济效益指标", "带动农户户均增收", "≥", "3000", "元", w=20),
         I("可持续影响指标", "基地持续经营年限", "≥", "5", "年", w=15), I("服务对象满意度指标", "种植户满意度", "≥", "90", "%", w=10)])
add("c03_cq_class_chongqing_herb", "tsv", r_cq(f13, typ_l2=False), [gold(f13, level2=False, cq=True)], "chongqing_style",
    "重庆", "农业农村", "chongqing table whose 指标类型 gives only 产出类指标/效益类指标/满意度类指标 (level2 null).")

f14 = F("基层气象防灾减灾服务能力提升", "青海省海东市气象局", "海东市气象台", 2025, 190, 190, 0,
        "新建区域自动气象站24套，气象预警信息公众覆盖率达到95%。",
        [I("数量指标", "新建区域自动气象站", "≥", "24", "套"), I("质量指标", "观测数据传输到报率", "≥", "98", "%"),
         I("时效指标", "设备安装完成时间", "", "2025年9月底前", ""), I("社会效益指标", "预警信息公众覆盖率", "≥", "95", "%"),
         I("可持续影响指标", "站点维护保障机制", "", "健全", ""), I("服务对象满意度指标", "公众气象服务满意度", "≥", "88", "%")])
add("t01_tok_qinghai_weather", "txt", r_tok(f14), [gold(f14)], "token_per_line", "青海", "气象",
    "one token per line; project name, goal and long 三级 names broken over several lines.")

f15 = F("职业技能提升培训补贴", "广西壮族自治区柳州市人力资源和社会保障局", "柳州市职业技能鉴定中心", 2024, 720, 720, 0,
        "开展职业技能培训1.2万人次，培训后取证率达到80%。",
        [I("数量指标", "补贴性职业技能培训人次", "≥", "1.2", "万人次"), I("数量指标", "新建公共实训基地", "", "1", "个"),
         I("质量指标", "培训后取证率", "≥", "80", "%"), I("时效指标", "补贴发放时限", "≤", "30", "个工作日"),
         I("经济效益指标", "参训人员就业率", "≥", "70", "%"), I("服务对象满意度指标", "参训人员满意度", "≥", "90", "%")])
add("t02_tok_guangxi_hrss", "txt", r_tok(f15), [gold(f15)], "token_per_line", "广西", "人社",
    "token per line; 万人次 target and a ≤30个工作日 time limit.")

f16 = F("档案馆馆藏珍贵档案修复", "山西省大同市档案馆", "大同市档案馆", 2025, 65, 65, 0,
        "修复破损珍贵档案1.8万页，馆藏档案安全保管率100%。",
        [I("数量指标", "修复破损档案页数", "≥", "1.8", "万页"), I("质量指标", "档案修复质量合格率", "", "100", "%"),
         I("时效指标", "修复任务完成时间", "", "2025年11月底", ""), I("成本指标", "每页修复成本", "≤", "36", "元"),
         I("社会效益指标", "档案利用服务人次", "≥", "5000", "人次"), I("服务对象满意度指标", "档案查阅者满意度", "≥", "95", "%")])
add("w01_run_shanxi_archive", "txt", r_run(f16), [gold(f16)], "run_together", "山西", "档案",
    "no separators; line breaks every 47 characters, cutting names and values.")

f17 = F("城乡居民医保参保征缴经办", "黑龙江省齐齐哈尔市医疗保障局", "齐齐哈尔市医疗保险服务中心", 2024, 150, 150, 0,
        "城乡居民基本医保参保率稳定在95%以上，经办服务事项网上可办率达到90%。",
        [I("数量指标", "年度参保人数", "≥", "260", "万人"), I("质量指标", "基本医保参保率", "≥", "95", "%"),
         I("质量指标", "经办事项网上可办率", "≥", "90", "%"), I("时效指标", "参保信息变更办结时限", "≤", "3", "个工作日"),
         I("社会效益指标", "群众就医结算便利度", "", "明显提升", ""), I("服务对象满意度指标", "参保群众满意度", "≥", "90", "%")])
add("w02_run_heilongjiang_medins", "txt", r_run(f17), [gold(f17)], "run_together", "黑龙江", "医疗保障",
    "run-together with a qualitative target 明显提升 directly followed by the next label.")

f18 = F("森林草原防灭火物资储备", "内蒙古自治区呼伦贝尔市应急管理局", "呼伦贝尔市应急物资储备中心", 2025, 410, 410, 0,
        "储备风力灭火机等防灭火物资，保障森林草原火灾初期处置需要。",
        [I("数量指标", "储备风力灭火机", "≥", "800", "台"), I("数量指标", "储备防火服", "≥", "3000", "套"),
         I("质量指标", "物资抽检合格率", "", "100", "%"), I("时效指标", "物资调拨到位时间", "≤", "6", "小时"),
         I("成本指标", "物资采购预算控制率", "≤", "100", "%"), I("社会效益指标", "森林草原火灾受害率", "≤", "0.9", "‰"),
         I("服务对象满意度指标", "基层扑火队伍满意度", "≥", "90", "%")])
add("v01_ovu_pipe_neimenggu_fire", "md", r_ovu(f18), [gold(f18)], "op_value_unit", "内蒙古", "应急管理",
    "pipe table with 比较符 / 指标值 / 度量单位 separate, plus 指标方向 and 评（扣）分标准 columns; ‰ unit.")

f19 = F("校园食品安全智慧监管平台", "浙江省台州市市场监督管理局", "台州市食品安全监测中心", 2024, 275, 275, 0,
        "覆盖全市1200所学校食堂实现明厨亮灶和智慧监管，学校食堂食品安全事故为零。",
        [I("数量指标", "接入学校食堂数量", "≥", "1200", "所"), I("质量指标", "平台预警处置率", "≥", "98", "%"),
         I("时效指标", "平台上线时间", "", "2024年9月1日前", ""), I("社会效益指标", "学校食堂食品安全事故", "=", "0", "起"),
         I("可持续影响指标", "平台数据保存周期", "≥", "3", "年"), I("服务对象满意度指标", "学生家长满意度", "≥", "90", "%")])
add("v02_ovu_pipe_zhejiang_market", "md", r_ovu(f19), [gold(f19)], "op_value_unit", "浙江", "市场监管",
    "op/value/unit cells with an empty 比较符 for date targets; '=' operator kept in target.")

f20 = F("基层广播电视公共服务运维", "安徽省六安市数据资源管理局", "六安市广播电视监测中心", 2025, 310, 290, 20,
        "保障全市应急广播终端和直播卫星户户通设备正常运行，终端在线率达到95%。",
        [I("数量指标", "运维应急广播终端", "≥", "6800", "个"), I("数量指标", "维修户户通设备", "≥", "4500", "户"),
         I("质量指标", "应急广播终端在线率", "≥", "95", "%"), I("时效指标", "故障响应时间", "≤", "48", "小时"),
         I("社会效益指标", "广播电视综合人口覆盖率", "≥", "99.6", "%"), I("服务对象满意度指标", "农村群众满意度", "≥", "90", "%")])
intro20 = ("六安市2025年部门预算公开说明\n一、部门基本情况\n（一）主要职能\n负责全市广播电视公共服务体系建设和运行维护。\n"
           "（二）机构设置\n本部门所属预算单位共3个。\n二、收支预算总体情况\n\t项目\t预算数（万元）\n\t一般公共预算拨款\t1860\n"
           "\t政府性基金预算拨款\t0\n\t合计\t1860\n三、项目支出绩效目标情况\n2025年纳入绩效目标管理的项目共12个，现将重点项目绩效目标公开如下：\n")
body20 = "四、其他重要事项说明\n（一）机关运行经费\n2025年机关运行经费预算126万元，比上年减少4%。\n（二）政府采购情况\n政府采购预算总额380万元。\n"
add("m01_mix_anhui_radio", "txt", r_mix(f20, intro20, body20), [gold(f20)], "mixed_report", "安徽", "广电",
    "budget disclosure prose with 一、/（一） headings and a 收支预算 table that is not a form, then one tab form, then more prose.")

f21 = F("地方水库除险加固", "福建省三明市水利局", "三明市水库管理中心", 2024, 1500, 1500, 0,
        "完成5座小型水库除险加固，消除大坝安全隐患。",
        [I("数量指标", "除险加固小型水库数量", "", "5", "座"), I("质量指标", "单元工程质量合格率", "", "100", "%"),
         I("时效指标", "汛前完成主体工程", "", "2024年5月31日前", ""), I("社会效益指标", "保护下游人口", "≥", "2.3", "万人"),
         I("服务对象满意度指标", "库区群众满意度", "≥", "90", "%")])
f22 = F("山洪灾害监测预警系统运行维护", "福建省三明市水利局", "三明市水文水资源勘测中心", 2024, 180, 180, 0,
        "保障全市山洪灾害监测站点正常运行，预警信息及时发布。",
        [I("数量指标", "运维雨水情监测站点", "≥", "420", "个"), I("质量指标", "站点数据到报率", "≥", "95", "%"),
         I("时效指标", "预警信息发布时间", "≤", "15", "分钟"), I("社会效益指标", "山洪灾害人员伤亡", "", "0", "人"),
         I("服务对象满意度指标", "基层防汛责任人满意度", "≥", "90", "%")])
intro21 = ("三明市水利局2024年度部门决算说明（节选）\n一、部门概况\n本局负责全市水资源管理、水利工程建设与运行管理。\n"
           "二、收入支出决算总体情况\n\t科目\t决算数（万元）\n\t农林水支出\t5820.36\n\t住房保障支出\t146.20\n\t合计\t5966.56\n"
           "三、重点项目绩效目标\n（一）地方水库除险加固\n")
txt21 = intro21 + r_label_tab(f21, {}, {}) + "\n（二）山洪灾害监测预警系统运行维护\n" + r_label_tab(f22, {}, {}) + \
    "\n四、专业名词解释\n（一）财政拨款收入：指本年度从本级财政部门取得的财政拨款。\n"
add("m02_mix_fujian_water_two", "txt", txt21, [gold(f21), gold(f22)], "mixed_report", "福建", "水利",
    "final-accounts prose with a 决算 table (not a form) and two tab forms under （一）/（二） headings.")
add("m03_mix_noform_sichuan_sci", "txt",
    "四川省绵阳市科学技术局2025年部门预算说明\n一、部门职责\n负责全市科技创新规划和科技项目管理。\n二、预算绩效情况\n"
    "2025年本部门实行绩效目标管理的项目5个，涉及资金1260万元，详见单位的项目绩效目标表。\n\t项目\t金额（万元）\n"
    "\t科技创新券\t300\n\t技术合同登记补助\t80\n三、其他说明\n无。\n", [], "mixed_report", "四川", "科技",
    "budget report that only refers to 详见单位的项目绩效目标表 plus a project-amount table: gold [].")

f23 = F("乡镇综合文化站免费开放", "吉林省延边朝鲜族自治州文化广播电视和旅游局", "延边州群众艺术馆", 2025, 240, 240, 0,
        "保障66个乡镇综合文化站免费开放，年开展群众文化活动1000场次。",
        [I("数量指标", "免费开放文化站数量", "", "66", "个"), I("数量指标", "开展群众文化活动场次", "≥", "1000", "场次"),
         I("质量指标", "文化站年开放时间达标率", "≥", "95", "%"), I("时效指标", "补助资金下达时间", "", "2025年6月底前", ""),
         I("社会效益指标", "参与活动群众人次", "≥", "12", "万人次"), I("服务对象满意度指标", "群众满意度", "≥", "90", "%")])
add("l05_lbl_space_jilin_culture", "txt", r_label_space(f23, {"产出指标": "产出", "效益指标": "效益",
                                                            "满意度指标": "满意度"},
                                                        {"社会效益指标": "社会效益", "服务对象满意度指标": "满意度指标"}),
    [gold(f23)], "label_variants", "吉林", "文化旅游", "double-space cells; 产出/效益/满意度 level-1, 满意度指标 as level-2.")

f24 = F("城市公园绿地养护提升", "山东省潍坊市园林绿化服务中心", "潍坊市植物园", 2024, 560, 560, 0,
        "完成城区公园绿地养护320万平方米，补植苗木1.6万株。",
        [I("数量指标", "公园绿地养护面积", "≥", "320", "万平方米"), I("数量指标", "补植苗木数量", "≥", "1.6", "万株"),
         I("质量指标", "苗木成活率", "≥", "95", "%"), I("时效指标", "补植完成时间", "", "2024年4月底前", ""),
         I("成本指标", "每平方米养护成本", "≤", "1.75", "元"), I("生态效益指标", "建成区绿化覆盖率", "≥", "42", "%"),
         I("服务对象满意度指标", "游园市民满意度", "≥", "92", "%")])
add("s03_spc_layout_shandong_garden", "txt", r_layout(f24, {"产出指标": "产出类指标"}, {"生态效益指标": "生态效益",
                                                                                     "数量指标": "数量指标(或建筑规模指标)"}),
    [gold(f24)], "space_columns", "山东", "林业", "layout with 产出类指标 and a long 数量指标(或建筑规模指标) label pushing columns.")

f25 = F("退役军人就业创业培训", "海南省三亚市退役军人事务局", "三亚市退役军人服务中心", 2025, 96, 96, 0,
        "组织退役军人适应性培训和职业技能培训800人次，培训后就业率达到75%。",
        [I("数量指标", "培训退役军人人次", "≥", "800", "人次"), I("质量指标", "培训合格率", "≥", "90", "%"),
         I("时效指标", "培训完成时间", "", "2025年11月底前", ""), I("成本指标", "人均培训成本", "≤", "1200", "元"),
         I("社会效益指标", "培训后就业率", "≥", "75", "%"), I("服务对象满意度指标", "参训退役军人满意度", "≥", "92", "%")])

f26 = F("全民健身赛事活动补助", "天津市河西区体育局", "河西区全民健身活动中心", 2025, 128, 128, 0,
        "举办社区全民健身赛事活动45场，参与群众3万人次。",
        [I("数量指标", "举办全民健身赛事场次", "≥", "45", "场"), I("数量指标", "参赛群众人次", "≥", "3", "万人次"),
         I("质量指标", "赛事安全事故发生率", "", "0", "%"), I("时效指标", "赛事完成时间", "", "2025年12月15日前", ""),
         I("成本指标", "单场赛事平均补助", "≤", "2.8", "万元"), I("社会效益指标", "经常参加体育锻炼人数比例", "≥", "40", "%"),
         I("可持续影响指标", "品牌赛事延续举办", "≥", "3", "年"), I("服务对象满意度指标", "参赛群众满意度", "≥", "92", "%")])
add("o05_ols_points_tianjin_sport", "txt", r_ols(f26, lab1={"产出指标": "产出指标(50分)", "效益指标": "效益指标(30分)",
                                                          "满意度指标": "满意度指标(10分)"}),
    [gold(f26)], "one_line_spaces", "天津", "体育", "one line, single spaces, level-1 labels with points 产出指标(50分).")

f27 = F("基本公共卫生服务项目", "江苏省盐城市卫生健康委员会", "盐城市疾病预防控制中心", 2024, 4600, 4200, 400,
        "为辖区常住居民免费提供基本公共卫生服务，重点人群健康管理率稳步提升。",
        [I("数量指标", "居民电子健康档案建档率", "≥", "90", "%"), I("数量指标", "65岁及以上老年人健康管理人数", "≥", "52", "万人"),
         I("质量指标", "高血压患者规范管理率", "≥", "65", "%"), I("质量指标", "适龄儿童免疫规划疫苗接种率", "≥", "95", "%"),
         I("时效指标", "补助资金下达时限", "≤", "30", "日"), I("成本指标", "人均基本公共卫生服务经费", "≥", "94", "元"),
         I("社会效益指标", "居民健康素养水平", "≥", "32", "%"), I("服务对象满意度指标", "居民对基本公共卫生服务满意度", "≥", "85", "%")])
add("v03_ovu_pipe_jiangsu_health", "md", r_ovu(f27), [gold(f27)], "op_value_unit", "江苏", "卫生健康",
    "op/value/unit pipe table; a ≥ cost indicator (per-capita standard) and 万人 target.")

f28 = F("重点区域大气污染防治", "新疆维吾尔自治区昌吉回族自治州生态环境局", "昌吉州生态环境监测站", 2025, 880, 880, 0,
        "完成燃煤锅炉淘汰和扬尘在线监测建设，PM2.5年均浓度下降3%。",
        [I("数量指标", "淘汰燃煤锅炉数量", "≥", "65", "台"), I("数量指标", "新建扬尘在线监测点", "≥", "40", "个"),
         I("质量指标", "监测数据有效率", "≥", "90", "%"), I("时效指标", "锅炉淘汰完成时间", "", "2025年10月15日前", ""),
         I("成本指标", "单台锅炉淘汰补助", "≤", "8", "万元"), I("生态效益指标", "PM2.5年均浓度下降比例", "≥", "3", "%"),
         I("生态效益指标", "空气质量优良天数比例", "≥", "80", "%"), I("服务对象满意度指标", "公众对环境空气质量满意度", "≥", "80", "%")])
add("l06_lbl_env_xinjiang_eco", "txt", r_label_tab(f28, {"产出指标": "产出", "满意度指标": "满意度指标"},
                                                  {"生态效益指标": "环境效益", "服务对象满意度指标": "满意度指标"},
                                                  l2_first=True),
    [gold(f28)], "label_variants", "新疆", "生态环境",
    "tab; level-2 printed 环境效益 (canonical 生态效益指标), 满意度指标 at both levels, level-2 labels at row start.")


def make_xlsx(f, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    for ln in header_lines(f, "\t"):
        ws.append(ln.split("\t"))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    for l1, g2 in groups(f):
        r1 = ws.max_row + 1
        for l2, inds in g2:
            r2 = ws.max_row + 1
            for i in inds:
                v = tgt(i)
                if i["unit"] == "%" and i["op"] == "≥":
                    ws.append(["", "", i["l3"], float(i["val"]) / 100])
                    ws.cell(ws.max_row, 4).number_format = '"≥"0%'
                else:
                    ws.append(["", "", i["l3"], v])
            ws.cell(r2, 2).value = l2.replace("指标", "") if l2 != "服务对象满意度指标" else "服务对象满意度"
            if ws.max_row > r2:
                ws.merge_cells(start_row=r2, start_column=2, end_row=ws.max_row, end_column=2)
        ws.cell(r1, 1).value = l1
        if ws.max_row > r1:
            ws.merge_cells(start_row=r1, start_column=1, end_row=ws.max_row, end_column=1)
    wb.save(path)


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    meta = {}
    for doc_id, ext, text, golds, m in D:
        (DOCS / f"{doc_id}.{ext}").write_text(text, encoding="utf-8")
        (GOLD / f"{doc_id}.json").write_text(json.dumps(golds, ensure_ascii=False, indent=1), encoding="utf-8")
        meta[doc_id] = m
    make_xlsx(f25, DOCS / "x01_xlsx_hainan_veterans.xlsx")
    (GOLD / "x01_xlsx_hainan_veterans.json").write_text(json.dumps([gold(f25)], ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
    meta["x01_xlsx_hainan_veterans"] = dict(family="xlsx", province="海南", sector="退役军人",
                                            note="XLSX with merged level-1/level-2 cells, short level-2 labels (数量/质量/"
                                                 "社会效益/服务对象满意度), ≥ percent targets stored as fractions with a \"≥\"0% format.")
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
