"""Writes dev22 docs/, gold/ and meta.json from content.py (python make_dev22.py)."""
import copy
import json
import os
import re
import unicodedata

from content import MID_P, F

HERE = os.path.dirname(os.path.abspath(__file__))
SHORT1 = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度", "成本指标": "成本"}
SHORT2 = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本",
          "经济效益指标": "经济效益", "社会效益指标": "社会效益", "生态效益指标": "生态效益",
          "可持续影响指标": "可持续影响", "服务对象满意度指标": "服务对象满意度"}


def w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s, width):
    out, cur = [], ""
    for ch in s:
        if w(cur + ch) > width:
            out.append(cur); cur = ch
        else:
            cur += ch
    if cur or not out:
        out.append(cur)
    return out


def pad(s, width):
    return s + " " * max(0, width - w(s))


def layout(widths, rows, merge=(0, 1), gap=3):
    """pdftotext -layout imitation: wrapped cells, merged labels on the middle line of their block."""
    pieces = [[wrap(c, widths[j]) if j not in merge else [] for j, c in enumerate(r)] for r in rows]
    heights = [max([len(p) for p in ps if p] + [1]) for ps in pieces]

    def groups(j):
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and tuple(rows[k + 1][:j + 1]) == tuple(rows[i][:j + 1]):
                k += 1
            yield i, k
            i = k + 1
    for j in merge:  # a merged label longer than its block makes the block's last row taller
        for i, k in groups(j):
            need = len(wrap(rows[i][j], widths[j])) if rows[i][j] else 0
            have = sum(heights[i:k + 1])
            if need > have:
                heights[k] += need - have
    grid = []
    for i, r in enumerate(rows):
        for k in range(heights[i]):
            grid.append([(pieces[i][j][k] if j not in merge and k < len(pieces[i][j]) else "")
                         for j in range(len(r))])
    starts = [sum(heights[:i]) for i in range(len(rows))]
    for j in merge:
        i = 0
        while i < len(rows):
            k = i
            key = tuple(rows[i][:j + 1])
            while k + 1 < len(rows) and tuple(rows[k + 1][:j + 1]) == key:
                k += 1
            H = starts[k] + heights[k] - starts[i]
            lab = wrap(rows[i][j], widths[j]) if rows[i][j] else []
            s0 = starts[i] + max(0, (H - len(lab)) // 2)
            for n, t in enumerate(lab):
                if s0 + n < len(grid):
                    grid[s0 + n][j] = t
            i = k + 1
    sep = " " * gap
    return [sep.join(pad(c, widths[j]) for j, c in enumerate(line)).rstrip() for line in grid]


def wan(x):
    return "" if x is None else "%.2f" % (x / 10000.0)


def budget_score(f):
    return round(min(10.0, f["funds"]["execution_rate"] / 10.0), 2)


def finish(f):
    """total score / grade for self-evaluations computed from the printed scores."""
    g = copy.deepcopy(f)
    if f["form"] in ("self_evaluation", "department_self_evaluation") and g.get("score_mode"):
        pass
    g.pop("score_mode", None)
    for k in ("total_score", "grade"):
        g.setdefault(k, None)
    return g


CQ_OP = re.compile(r"^(≥|≤|＞|＜|>|<)?([0-9]+(?:\.[0-9]+)?)([^0-9]*)$")


def cq_split(t):
    m = CQ_OP.match(t)
    if not m or (not m.group(1) and re.search(r"[年月日]", m.group(3))):
        return "定性", t, ""
    return (m.group(1) or "定量"), m.group(2), m.group(3)


def header_kv(f, wanmode=True, exec_=False):
    fu = f["funds"]
    L = ["项目名称：" + f["name"], "主管部门：" + f["department"], "实施单位：" + f["unit"]]
    return L


DOCS, META, GOLD = {}, {}, {}


def add(doc_id, text, forms, family, province, sector, note, enc="utf-8"):
    DOCS[doc_id] = (text, enc)
    GOLD[doc_id] = forms
    META[doc_id] = {"family": family, "province": province, "sector": sector, "note": note}


def self_total(f, classic):
    s = sum(i["score"] for i in f["indicators"])
    if classic:
        s += budget_score(f)
    s = round(s, 2)
    grade = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
    return s, grade


def gold_of(f, classic=False, printed_total=True):
    g = copy.deepcopy(f)
    if f["form"] in ("self_evaluation", "department_self_evaluation"):
        s, gr = self_total(f, classic)
        g["total_score"], g["grade"] = (s, gr) if printed_total else (None, None)
    else:
        g["total_score"], g["grade"] = None, None
    return g


# ---------------------------------------------------------------- label_variants
def v01():
    f = F["A"]; fu = f["funds"]
    L = ["项目支出绩效目标申报表", "（2025年度）", "", "项目名称", f["name"], "主管部门", f["department"],
         "实施单位", f["unit"], "项目资金（万元）", "年度资金总额", wan(fu["total"]), "其中：财政拨款",
         wan(fu["fiscal"]), "其他资金", "0", "年度目标", f["goal"], "绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
    p1 = p2 = None
    for i in f["indicators"]:
        L.append("【%s】" % i["level1"] if i["level1"] != p1 else "")
        L.append("【%s】" % i["level2"] if (i["level1"], i["level2"]) != (p1, p2) else "  ")
        L += [i["level3"], i["target"]]
        p1, p2 = i["level1"], i["level2"]
    L += ["填报人：林某某", "联系电话：0593-88xxxxx", ""]
    add("v01_bracket_cell_fujian_fishery", "\n".join(L), [gold_of(f)], "label_variants", "福建", "海洋渔业",
        "Word copy one cell per line; level labels in 【】 brackets (【产出指标】, 【数量指标】); covered level-1 cells as blank lines, covered level-2 cells as space-only lines; 其他资金 0.")


def v02():
    f = F["B"]; fu = f["funds"]
    n1 = {"产出指标": "1", "效益指标": "2", "满意度指标": "3"}
    L = ["2024年度项目绩效目标表", "项目名称\t%s\t\t主管部门\t%s" % (f["name"], f["department"]),
         "实施单位\t%s\t\t项目属性\t延续项目" % f["unit"],
         "资金总额（万元）\t%s\t财政资金\t%s\t其他资金\t%s" % (wan(fu["total"]), wan(fu["fiscal"]), wan(fu["other"])),
         "年度绩效目标\t%s\t\t\t" % f["goal"], "一级指标\t二级指标\t三级指标\t指标值\t备注"]
    p1 = p2 = None; c2 = {}
    for i in f["indicators"]:
        a = n1[i["level1"]]
        c2.setdefault(a, [])
        if i["level2"] not in c2[a]:
            c2[a].append(i["level2"])
        l1 = "%s.%s" % (a, i["level1"]) if i["level1"] != p1 else ""
        l2 = "%s.%d%s" % (a, c2[a].index(i["level2"]) + 1, i["level2"]) if (i["level1"], i["level2"]) != (p1, p2) else ""
        L.append("\t".join([l1, l2, i["level3"], i["target"], ""]))
        p1, p2 = i["level1"], i["level2"]
    L.append("注：本表由项目单位填报，主管部门审核。")
    add("v02_numbered_tab_shandong_channel", "\n".join(L) + "\n", [gold_of(f)], "label_variants", "山东", "港口航道",
        "WPS tab copy with decimal-numbered labels 1.产出指标 / 1.1数量指标 / 2.3生态效益指标; 备注 column empty; trailing note line.")


def spaced(s):
    return "\u3000".join(s)


def v03():
    f = F["C"]; fu = f["funds"]
    L = ["                      部门整体支出绩效自评表", "                          （2024年度）", "",
         "部门名称    " + f["department"] + "                      自评得分    %s" % self_total(f, False)[0],
         "年度预算（万元）   年初预算数      全年预算数      全年执行数      执行率",
         "  资金总额         %s         %s         %s         %.2f%%" % (wan(fu["total"]), wan(fu["total"]), wan(fu["executed"]), fu["execution_rate"]),
         "  其中：财政拨款   %s         %s" % (wan(fu["fiscal"]), wan(fu["fiscal"])),
         "        其他资金   %s           %s" % (wan(fu["other"]), wan(fu["other"])),
         "年度总体目标    " + f["goal"], "",
         ]
    rows = [[spaced(i["level1"]), spaced(i["level2"]), i["level3"], i["target"], i["actual"],
             "%g" % i["weight"], "%g" % i["score"], i["deviation"] or ""] for i in f["indicators"]]
    L += layout([14, 18, 22, 14, 14, 4, 4, 26],
                [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]] + rows, merge=())[:1]
    L += layout([14, 18, 22, 14, 14, 4, 4, 26], rows)
    L += ["", "自评等级：%s" % self_total(f, False)[1], "填报人：            审核人：            填报日期：2025年3月"]
    g = gold_of(f)
    add("v03_spaced_layout_zhejiang_smartcity", "\n".join(L) + "\n", [g], "label_variants", "浙江", "智慧城市",
        "pdftotext -layout department self-evaluation; both level labels letter-spaced with ideographic spaces (产　出　指　标, 数　量　指　标) centred in their blocks; wrapped deviations; 自评得分 in the header.")


def v04():
    f = F["D"]; fu = f["funds"]
    pr2 = {"生态效益指标": "环境效益指标"}
    L = ["附件3", "项目支出绩效目标申报表", "（2025年度）",
         "项目名称\t%s\t\t\t" % f["name"], "主管部门及代码\t[318]%s\t实施单位\t%s" % (f["department"], f["unit"]),
         "项目资金（万元）\t年度资金总额：\t%s\t\t" % wan(fu["total"]), "\t其中：财政拨款\t%s\t\t" % wan(fu["fiscal"]),
         "\t上年结转\t%s\t\t" % wan(fu["carryover"]),
         "年度总体目标\t%s\t\t\t" % f["goal"], "绩效指标\t一级指标\t二级指标\t三级指标\t指标值"]
    p1 = p2 = None
    for i in f["indicators"]:
        L.append("\t".join(["", i["level1"] if i["level1"] != p1 else "",
                            pr2.get(i["level2"], i["level2"]) if (i["level1"], i["level2"]) != (p1, p2) else "",
                            i["level3"], i["target"]]))
        p1, p2 = i["level1"], i["level2"]
    add("v04_rare_tab_jiangxi_river", "\n".join(L) + "\n", [gold_of(f)], "label_variants", "江西", "河长制",
        "Excel tab copy with a leading 绩效指标 column; rare printed names: 成本指标 at level 1 with 经济成本指标 / 社会成本指标 / 生态环境成本指标, 环境效益指标 (gold 生态效益指标), 可持续影响指标; 上年结转 funds.")


def v05():
    f = F["E"]; fu = f["funds"]; bs = budget_score(f); tot, gr = self_total(f, True)
    L = ["# 项目支出绩效自评表（2024年度）", "", "| 项目名称 | %s | | | | | |" % f["name"],
         "| 主管部门 | %s | | 实施单位 | %s | | |" % (f["department"], f["unit"]),
         "| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
         "| | 年度资金总额 | %s | %s | %s | 10 | %.2f%% | %g |" % (wan(fu["total"]), wan(fu["total"]), wan(fu["executed"]), fu["execution_rate"], bs),
         "| | 其中：当年财政拨款 | %s | %s | %s | — | %.2f%% | — |" % (wan(fu["fiscal"]), wan(fu["fiscal"]), wan(fu["executed"]), fu["execution_rate"]),
         "| 年度总体目标 | 预期目标：%s | | | 实际完成情况：全年完成268个投放点升级，回收利用率38.6%%。 | | |" % f["goal"],
         "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
         "|---|---|---|---|---|---|---|---|"]
    p1 = p2 = None
    for i in f["indicators"]:
        L.append("| %s | %s | %s | %s | %s | %g | %g | %s |" % (
            i["level1"] if i["level1"] != p1 else "", i["level2"] if (i["level1"], i["level2"]) != (p1, p2) else "",
            i["level3"], i["target"], i["actual"], i["weight"], i["score"], i["deviation"] or ""))
        p1, p2 = i["level1"], i["level2"]
    L += ["| 总分 | | | | | 100 | %g | 自评等级：%s |" % (tot, gr), ""]
    add("v05_bothsat_pipe_hubei_waste", "\n".join(L), [gold_of(f, classic=True)], "label_variants", "湖北", "垃圾分类",
        "Markdown pipe self-evaluation; 满意度指标 printed at both levels (gold level2 满意度指标); budget row with 分值/执行率/得分; 年度总体目标 split into 预期目标 and 实际完成情况.")


def v06():
    f = F["F"]; fu = f["funds"]
    L = ["蜀山区2025年项目绩效目标申报表", "项目名称\t%s" % f["name"], "主管部门\t%s\t实施单位\t%s" % (f["department"], f["unit"]),
         "项目总金额（万元）\t%s\t其中：本级财政资金\t%s" % (wan(fu["total"]), wan(fu["fiscal"])), "年度绩效目标\t%s" % f["goal"],
         "序号\t指标类别\t指标名称\t目标值"]
    for n, i in enumerate(f["indicators"], 1):
        L.append("%d\t%s—%s\t%s\t%s" % (n, i["level1"], i["level2"], i["level3"], i["target"]))
    L += ["", "审核人：\t填报人：\t日期："]
    add("v06_path_tab_anhui_voucher", "\n".join(L) + "\n", [gold_of(f)], "label_variants", "安徽", "科技创新券",
        "Tab copy where one 指标类别 cell carries both levels joined by a dash (产出指标—数量指标), a 序号 column and no separate level columns.")


def v07():
    f = F["G"]; fu = f["funds"]; bs = budget_score(f); tot, gr = self_total(f, True)
    pts = {}
    for i in f["indicators"]:
        pts[i["level1"]] = pts.get(i["level1"], 0) + i["weight"]
    L = ["项目支出绩效自评表", "（2024年度）", "项目名称", f["name"], "", "主管部门", f["department"], "实施单位", f["unit"],
         "项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
         "年度资金总额", wan(fu["total"]), wan(fu["total"]), wan(fu["executed"]), "10", "%.2f%%" % fu["execution_rate"], "%g" % bs,
         "年度总体目标", "预期目标", "实际完成情况", f["goal"], "全年完成抽检4612批次，不合格食品均已核查处置。",
         "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    p1 = p2 = None
    for i in f["indicators"]:
        L.append("%s（%g分）" % (i["level1"], pts[i["level1"]]) if i["level1"] != p1 else "")
        L.append(i["level2"] if (i["level1"], i["level2"]) != (p1, p2) else "")
        L += [i["level3"], i["target"], i["actual"], "%g" % i["weight"], "%g" % i["score"], i["deviation"] or " "]
        p1, p2 = i["level1"], i["level2"]
    L += ["总分", "100", "%g" % tot, "评价等级：%s" % gr]
    add("v07_scorelabel_cell_henan_foodcheck", "\n".join(L) + "\n", [gold_of(f, classic=True)], "label_variants", "河南", "食品安全抽检",
        "Word copy one cell per line of a classic self-evaluation whose level-1 labels carry their points (产出指标（40分）, 效益指标（30分）); empty deviation cells as space-only lines.")


def v08():
    f = F["H"]; fu = f["funds"]
    T = ["2025年度项目绩效目标表", "项目名称", f["name"][:12], f["name"][12:], "主管部门", f["department"], "实施单位", f["unit"],
         "资金总额", wan(fu["total"]), "万元", "财政资金", wan(fu["fiscal"]), "其他资金", wan(fu["other"])]
    T += ["年度目标"] + [f["goal"][k:k + 14] for k in range(0, len(f["goal"]), 14)]
    T += ["一级", "指标", "二级", "指标", "三级指标", "指标值"]
    p1 = p2 = None
    for i in f["indicators"]:
        if i["level1"] != p1:
            T.append(SHORT1[i["level1"]])
        if (i["level1"], i["level2"]) != (p1, p2):
            T.append(SHORT2[i["level2"]])
        l3 = i["level3"]
        T += [l3[:6], l3[6:]] if len(l3) > 8 else [l3]
        T.append(i["target"])
        p1, p2 = i["level1"], i["level2"]
    T += ["—", "1", "—"]
    add("v08_short_token_hunan_ich", "\n".join(x for x in T if x) + "\n", [gold_of(f)], "label_variants", "湖南", "非遗传承",
        "PDF text without layout, token per line; short labels 产出/效益/满意度 and 数量/质量/时效/社会效益/可持续影响/服务对象满意度; header cells 一级/指标 split; long 三级 names and the goal broken over lines; page number.")


# ---------------------------------------------------------------- chongqing_style
def cq_rows(f, selfe):
    out = []
    for i in f["indicators"]:
        op, val, unit = cq_split(i["target"])
        r = [i["level2"], i["level3"], op, val, unit, "%g" % i["weight"]]
        if selfe:
            r += [i["actual"], "%g" % i["score"], i["deviation"] or ""]
        out.append(r)
    return out


def c01():
    f = F["I"]; fu = f["funds"]
    L = ["**昆山市2025年项目支出绩效目标申报表**", "", "| 项目名称 | %s | 项目负责人 | 周某 |" % f["name"],
         "| 主管部门 | %s | 实施单位 | %s |" % (f["department"], f["unit"]),
         "| 项目资金（万元） | 合计：%s | 本年预算：%s | 上年结转：%s |" % (wan(fu["total"]), wan(fu["fiscal"]), wan(fu["carryover"])),
         "| 年度目标 | %s | | |" % f["goal"], "",
         "| 指标类型 | 指标名称 | 指标性质 | 指标值 | 计量单位 | 指标权重 | 评价标准 |", "|---|---|---|---|---|---|---|"]
    prev = None
    for r in cq_rows(f, False):
        std = "达到目标值得满分，未达到按比例扣分" if r[2] != "定性" else "达到得满分，否则不得分"
        L.append("| %s | %s | %s | %s | %s | %s | %s |" % (r[0] if r[0] != prev else "", r[1], r[2], r[3], r[4], r[5], std))
        prev = r[0]
    add("c01_cq_pipe_jiangsu_talent", "\n".join(L) + "\n", [gold_of(f)], "chongqing_style", "江苏", "人才引进",
        "Markdown pipe table of a Chongqing-template declaration: 指标性质 holds ≥/≤/定量, value and 计量单位 (人, 万元, 亿元, %) in own cells; 评价标准 column; funds as 合计/本年预算/上年结转 inside cells.")


def c02():
    f = F["J"]; fu = f["funds"]; tot, gr = self_total(f, False)
    T = ["项目支出绩效自评表", "（2024年度）", "项目名称", f["name"], "主管部门", f["department"], "实施单位", f["unit"],
         "项目资金", "（万元）", "年初预算", wan(fu["total"]), "全年执行", wan(fu["executed"]), "执行率", "%.2f%%" % fu["execution_rate"],
         "年度目标", f["goal"][:20], f["goal"][20:], "指标类型", "指标名称", "指标性质", "指标值", "计量", "单位", "指标", "权重",
         "全年完成值", "得分", "偏差原因"]
    prev = None
    for r in cq_rows(f, True):
        if r[0] != prev:
            T.append(r[0])
        prev = r[0]
        T += [r[1][:5], r[1][5:]] if len(r[1]) > 7 else [r[1]]
        T += r[2:8]
        if r[8]:
            T += [r[8][:9], r[8][9:]]
    T += ["总分", "%g" % tot, "评价等级", gr]
    add("c02_cq_token_hainan_fishport", "\n".join(x for x in T if x) + "\n", [gold_of(f)], "chongqing_style", "海南", "海洋渔业",
        "PDF text without layout, token per line, Chongqing self-evaluation: 指标类型 printed once per block, long names and deviations broken over two lines, header labels split (计量/单位, 指标/权重), 定性 rows without unit.")


def c03():
    out = []; golds = []
    for n, k in enumerate(("K", "L"), 1):
        f = F[k]; fu = f["funds"]; tot, gr = self_total(f, False)
        out += ["表%d\t项目支出绩效自评表\t\t\t\t\t\t\t" % n, "项目名称\t%s\t\t\t\t主管部门\t%s\t\t" % (f["name"], f["department"]),
                "实施单位\t%s\t\t\t\t\t\t\t" % f["unit"],
                "预算执行情况（万元）\t预算数\t%s\t执行数\t%s\t执行率\t%.2f%%\t\t" % (wan(fu["total"]), wan(fu["executed"]), fu["execution_rate"]),
                "年度目标\t%s\t\t\t\t\t\t\t" % f["goal"],
                "指标类型\t指标名称\t指标性质\t指标值\t计量单位\t指标权重\t全年完成值\t得分\t偏差原因"]
        prev = None
        for r in cq_rows(f, True):
            out.append("\t".join([r[0] if r[0] != prev else ""] + r[1:]))
            prev = r[0]
        out += ["合计\t\t\t\t\t100\t\t%g\t" % tot, "自评结论\t%s\t\t\t\t\t\t\t" % gr, "\t\t\t\t\t\t\t\t"]
        golds.append(gold_of(f))
    add("c03_cq_tab_two_fujian_elevator", "\n".join(out) + "\n", golds, "chongqing_style", "福建", "特种设备监管",
        "Two Chongqing self-evaluations of one unit in one Excel tab copy (表1, 表2), same department; 合计 row with weights and score, 自评结论 row, blank tab line between tables.")


def c04():
    f = F["M"]; fu = f["funds"]
    head = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "评价标准"]
    W = [12, 20, 8, 8, 8, 8, 24]
    rows = []
    for r in cq_rows(f, False):
        rows.append(r + ["完成目标值得满分，每低于目标1%扣权重的10%" if r[2] != "定性" else "按期完成得满分"])
    L = ["                         寿光市项目支出绩效目标申报表", "                                 （2025年度）",
         "项目名称        " + f["name"] + "              主管部门      " + f["department"],
         "实施单位        " + f["unit"] + "              项目类别      民生类项目",
         "资金总额（万元）       %s       其中：财政资金     %s       其他资金     %s" % (wan(fu["total"]), wan(fu["fiscal"]), wan(fu["other"])),
         "年度目标        " + f["goal"][:34], "                " + f["goal"][34:], ""]
    L += layout(W, [head] + rows[:7], merge=(0,))
    L += ["", "                                   第 1 页，共 2 页", "\f                         寿光市项目支出绩效目标申报表（续）"]
    L += layout(W, [head] + rows[7:], merge=(0,))
    L += ["", "填报单位（盖章）：                    填报日期：2024年11月", "                                   第 2 页，共 2 页"]
    add("c04_cq_layout_2page_shandong_waste", "\n".join(L) + "\n", [gold_of(f)], "chongqing_style", "山东", "垃圾分类",
        "pdftotext -layout Chongqing declaration over two pages (form feed, 续 title, repeated column header); 指标类型 centred and re-printed on page 2 for the split 数量指标 block; wrapped 评价标准 and names; goal wrapped onto a continuation line.")


def c05():
    f = F["N"]; fu = f["funds"]
    L = ["宜都市部门整体支出绩效目标表", "（2025年度）", "部门名称", f["department"], "部门预算（万元）", "合计", wan(fu["total"]),
         "其中：本年财政拨款", wan(fu["fiscal"]), "上年结转", wan(fu["carryover"]), "年度主要任务",
         "任务一：食品药品安全监管", "任务二：特种设备安全监察", "任务三：市场主体登记服务", "整体绩效目标", f["goal"],
         "指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]
    prev = None
    for r in cq_rows(f, False):
        L.append(r[0] if r[0] != prev else " ")
        prev = r[0]
        L += [r[1], r[2], r[3], r[4] if r[4] else "", r[5]]
    L += ["", "部门负责人：", "财务负责人："]
    g = gold_of(f)
    add("c05_cq_cell_hubei_dept", "\n".join(L) + "\n", [g], "chongqing_style", "湖北", "特种设备监管",
        "Word copy one cell per line of a Chongqing-template department target (部门整体支出绩效目标表): 年度主要任务 lines, covered 指标类型 cells as space-only lines, empty 计量单位 of 定性 rows as blank lines.")


def c06():
    f = F["O"]; fu = f["funds"]
    L = ["2025年项目支出绩效目标表", "项目名称\t%s\t主管部门\t%s" % (f["name"], f["department"]), "实施单位\t%s\t\t" % f["unit"],
         "资金情况（万元）\t年度资金总额\t%s\t财政拨款\t%s" % (wan(fu["total"]), wan(fu["fiscal"])), "年度目标\t%s" % f["goal"],
         "指标类型\t指标名称\t指标性质\t指标值\t计量单位\t权重（%）"]
    prev = None
    for i in f["indicators"]:
        op, val, unit = cq_split(i["target"])
        nat = "定性" if op == "定性" else "定量"
        v = val if op in ("定性", "定量") else op + val
        L.append("\t".join([i["level2"] if i["level2"] != prev else "", i["level3"], nat, v, unit, "%g" % i["weight"]]))
        prev = i["level2"]
    add("c06_cq_tab_gb18030_jiangxi_quicktest", "\r\n".join(L) + "\r\n", [gold_of(f)], "chongqing_style", "江西", "食品安全抽检",
        "GB18030 tab copy with CRLF line ends; 指标性质 only 定量/定性 and the operator inside 指标值 (≥18 | 个); 权重（%） header.", enc="gb18030")


# ---------------------------------------------------------------- space_columns
def hdr_layout(f, extra=()):
    return ["项目名称    " + f["name"], "主管部门    %-28s实施单位    %s" % (f["department"], f["unit"])] + list(extra)


def s01():
    f = F["P"]; fu = f["funds"]
    L = ["                     项目绩效目标申报表（2024-2026年）", ""] + hdr_layout(f) + [
        "项目资金（万元）    中期资金总额    1680.00         年度资金总额    %s" % wan(fu["total"]),
        "                                                    其中：财政拨款  %s" % wan(fu["fiscal"]),
        "                                                    其他资金        %s" % wan(fu["other"]),
        "总体目标    中期目标（2024-2026年）                     年度目标（2024年）",
        "            三年内完成全区渔港进港航道助航标志系统       " + f["goal"][:22],
        "            更新，实现航标遥测遥控全覆盖。               " + f["goal"][22:], ""]
    rows = [[i["level1"], i["level2"], i["level3"], m, i["target"]] for i, m in zip(f["indicators"], MID_P)]
    W = [10, 10, 18, 14, 14]
    L += layout(W, [["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]], merge=())
    L += layout(W, rows)
    add("s01_layout_midterm_zhejiang_navaid", "\n".join(L) + "\n", [gold_of(f)], "space_columns", "浙江", "港口航道",
        "pdftotext -layout multi-year declaration: 中期指标值 and 年度指标值 columns (gold = annual), mid-term and annual goals side by side with the annual one wrapped, 中期资金总额 next to 年度资金总额, merged labels centred.")


def selfeval_layout(f, W, title, rows_split=None, footer=True):
    fu = f["funds"]; bs = budget_score(f); tot, gr = self_total(f, True)
    L = ["                        " + title, "                              （2024年度）", ""] + hdr_layout(f) + [
        "项目资金（万元）     年初预算数    全年预算数    全年执行数    分值    执行率     得分",
        "  年度资金总额       %-12s  %-12s  %-12s  10      %.2f%%    %g" % (wan(fu["total"]), wan(fu["total"]), wan(fu["executed"]), fu["execution_rate"], bs),
        "  其中：当年财政拨款 %-12s  %-12s  %-12s  —       —         —" % (wan(fu["fiscal"]), wan(fu["fiscal"]), wan(fu["executed"]))]
    if fu["carryover"]:
        L.append("        上年结转资金 %-12s  %-12s" % (wan(fu["carryover"]), wan(fu["carryover"])))
    gl = wrap(f["goal"], 60)
    L += ["年度总体目标  " + gl[0]] + ["              " + x for x in gl[1:]] + [""]
    head = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    rows = [[i["level1"], i["level2"], i["level3"], i["target"], i["actual"], "%g" % i["weight"], "%g" % i["score"],
             i["deviation"] or ""] for i in f["indicators"]]
    parts = [rows] if not rows_split else [rows[:rows_split], rows[rows_split:]]
    for n, part in enumerate(parts):
        if n:
            L += ["", "                                  — %d —" % n, "\f"]
        L += layout(W, head, merge=()) + layout(W, part)
    L += ["总分                                                           100     %g" % tot, "自评等级：%s" % gr,
          "联系人：            联系电话：            填报日期：2025年2月"]
    return L


def s02():
    f = F["Q"]
    L = selfeval_layout(f, [8, 12, 16, 12, 10, 4, 4, 24], "项目支出绩效自评表")
    add("s02_layout_selfeval_jiangsu_voucher", "\n".join(L) + "\n", [gold_of(f, classic=True)], "space_columns", "江苏", "科技创新券",
        "pdftotext -layout classic self-evaluation with narrow columns: level-1/level-2 labels and 三级 names wrapped, targets (每季度末30日内) and actuals (最高28.6万元) wrapped, long deviations over three lines; budget block with 分值/执行率/得分; 总分 and 自评等级.")


def dept_head(f, title, year):
    fu = f["funds"]
    return ["                         " + title, "                               （%d年度）" % year, "",
            "部门名称    %s                          单位：万元" % f["department"],
            "年度预算    资金总额    %s     财政拨款    %s     上年结转    %s     其他资金    %s" % (
                wan(fu["total"]), wan(fu["fiscal"]), wan(fu["carryover"]) or "—", wan(fu["other"]) or "—")]


def s03():
    f = F["R"]
    L = dept_head(f, "部门整体支出绩效目标表", 2025)
    L += ["年度主要任务   1.城市道路清扫保洁和垃圾清运；2.智慧城管平台升级；", "               3.市政设施维护；4.园林绿化养护。"]
    gl = wrap(f["goal"], 56)
    L += ["整体绩效目标   " + gl[0]] + ["               " + x for x in gl[1:]] + [""]
    W = [10, 14, 22, 16]
    head = [["一级指标", "二级指标", "三级指标", "指标值"]]
    rows = [[i["level1"], i["level2"], i["level3"], i["target"]] for i in f["indicators"]]
    L += layout(W, head, merge=()) + layout(W, rows[:6])
    L += ["", "                                 第1页/共2页", "\f" + "                         部门整体支出绩效目标表"]
    L += layout(W, head, merge=()) + layout(W, rows[6:])
    L += ["", "                                 第2页/共2页"]
    add("s03_layout_dept_2page_henan_citymgmt", "\n".join(L) + "\n", [gold_of(f)], "space_columns", "河南", "智慧城市",
        "pdftotext -layout department target over two pages: form title and column header repeated on page 2, 产出指标 block split across the page break (labels re-centred on each page), wrapped 年度主要任务 and 整体绩效目标, page footers 第1页/共2页.")


def s04():
    f = F["S"]; fu = f["funds"]; tot, gr = self_total(f, False)
    L = dept_head(f, "部门整体支出绩效自评表", 2024)
    L += ["            全年执行数  %s     执行率  %.2f%%" % (wan(fu["executed"]), fu["execution_rate"])]
    gl = wrap(f["goal"], 56)
    L += ["年度总体目标   " + gl[0]] + ["               " + x for x in gl[1:]] + [""]
    W = [10, 12, 20, 14, 16, 4, 4, 22]
    head = [["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分", "未完成原因和改进措施"]]
    rows = [[i["level1"], i["level2"], i["level3"], i["target"], i["actual"], "%g" % i["weight"], "%g" % i["score"], i["deviation"] or ""]
            for i in f["indicators"]]
    L += layout(W, head, merge=()) + layout(W, rows)
    L += ["合计                                                          100     %g" % tot, "评价等级      %s" % gr]
    add("s04_layout_deptself_anhui_river", "\n".join(L) + "\n", [gold_of(f)], "space_columns", "安徽", "河长制",
        "pdftotext -layout department self-evaluation: 全年执行数/执行率 on a second budget line, long qualitative actual wrapped over several lines, wrapped 未完成原因 cells, 合计 and 评价等级 under the table.")


def s05():
    f = F["T"]; fu = f["funds"]
    nm = wrap(f["name"], 40); un = wrap(f["unit"], 30)
    L = ["                       项目支出绩效目标表", "                         （2025年度）", "",
         "项目名称     " + nm[0]] + ["             " + x for x in nm[1:]] + [
         "主管部门     %s" % f["department"],
         "实施单位     " + un[0]] + ["             " + x for x in un[1:]] + [
         "项目资金（元）   年度资金总额    {:,.2f}        财政拨款    {:,.2f}        其他资金    0.00".format(fu["total"], fu["fiscal"])]
    gl = wrap(f["goal"], 50)
    L += ["年度目标     " + gl[0]] + ["             " + x for x in gl[1:]] + [""]
    W = [10, 14, 22, 18]
    rows = [[i["level1"], i["level2"], i["level3"], i["target"]] for i in f["indicators"]]
    L += layout(W, [["一级指标", "二级指标", "三级指标", "指标值"]], merge=()) + layout(W, rows)
    L += ["", "备注：安家补贴标准按《人才新政》有关条款执行，不作为绩效指标。"]
    add("s05_layout_wrappedhdr_hunan_talent", "\n".join(L) + "\n", [gold_of(f)], "space_columns", "湖南", "人才引进",
        "pdftotext -layout declaration whose header values wrap (project name and unit name on two lines each), funds in 元 with thousands separators, 其他资金 0.00, a 备注 line that is not an indicator.")


def s06():
    f = F["U"]
    L = selfeval_layout(f, [10, 10, 20, 12, 12, 4, 4, 24], "项目支出绩效自评表", rows_split=5)
    add("s06_layout_2page_hainan_specialequip", "\n".join(L) + "\n", [gold_of(f, classic=True)], "space_columns", "海南", "特种设备监管",
        "pdftotext -layout classic self-evaluation across two pages with the column header repeated and the 产出指标 block split at the break; vertically centred merged labels, wrapped deviations, 万台死亡率 target without unit.")


def s07():
    f = F["V"]
    L = selfeval_layout(f, [10, 12, 18, 12, 12, 4, 4, 26], "项目支出绩效自评表")
    add("s07_layout_utf16_fujian_nanyin", "\n".join(L) + "\n", [gold_of(f, classic=True)], "space_columns", "福建", "非遗传承",
        "UTF-16 (BOM) pdftotext -layout classic self-evaluation with 上年结转资金 line, score with decimal (8.8), deviations wrapped over several lines.", enc="utf-16")


for fn in (v01, v02, v03, v04, v05, v06, v07, v08, c01, c02, c03, c04, c05, c06, s01, s02, s03, s04, s05, s06, s07):
    fn()

if __name__ == "__main__":
    for d in ("docs", "gold"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    for k, (text, enc) in DOCS.items():
        with open(os.path.join(HERE, "docs", k + ".txt"), "w", encoding=enc, newline="") as fh:
            fh.write(text)
        with open(os.path.join(HERE, "gold", k + ".json"), "w", encoding="utf-8") as fh:
            json.dump(GOLD[k], fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(META, fh, ensure_ascii=False, indent=1)
    print(len(DOCS), "docs", sum(len(g) for g in GOLD.values()), "forms",
          sum(len(x["indicators"]) for g in GOLD.values() for x in g), "rows")
