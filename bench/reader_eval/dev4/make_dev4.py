"""Write the dev4 set (docs, gold, meta.json) from its own invented content.

    python bench/reader_eval/dev4/make_dev4.py

dev4 is for the families the test split reads worst (chongqing_style, scoring_rubric,
label_variants, one_line_spaces). Unlike dev3, whose text shapes were simulated, most dev4
documents are *real tool output*: each form is drawn as a ruled PDF table (pdftable.py, wrapped
cells, stacked two-line headers, merged labels centred in their block) and the document is what
PyMuPDF (plain or sorted) or pdfplumber (plain or layout) extracts from it, or the PDF itself;
others are XLSX files written with merges and number formats, tab text copied from a sheet, and
whole forms pasted onto one line. The gold is written from the same content, by hand, below.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pdftable  # noqa: E402

DOCS, GOLD = HERE / "docs", HERE / "gold"
META: dict[str, dict] = {}
EVAL_RULE = "达到目标得满分，未达到按完成比例得分或不得分"


def ind(l1, l2, l3, target=None, actual=None, weight=None, score=None, dev=None):
    return {"level1": l1, "level2": l2, "level3": l3, "target": target, "actual": actual,
            "weight": weight, "score": score, "deviation": dev}


def form(name, dept, unit, year, kind, inds, *, total=None, fiscal=None, other=None,
         executed=None, rate=None, goal=None, total_score=None, grade=None):
    def yuan(v):
        return None if v is None else round(v * 10000, 2)
    return {"name": name, "department": dept, "unit": unit, "year": year, "form": kind,
            "funds": {"total": yuan(total), "fiscal": yuan(fiscal), "carryover": None,
                      "other": yuan(other), "executed": yuan(executed), "execution_rate": rate},
            "goal": goal, "total_score": total_score, "grade": grade, "indicators": inds}


def write(doc_id, ext, content, gold, family, province, sector, note):
    path = DOCS / f"{doc_id}.{ext}"
    if callable(content):
        content(str(path))
    else:
        path.write_text(content, encoding="utf-8")
    (GOLD / f"{doc_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    META[doc_id] = {"family": family, "province": province, "sector": sector, "note": note}


def pdf_text(tables, title, tool):
    tmp = str(HERE / "_tmp.pdf")
    pdftable.render(tmp, tables, title)
    text = pdftable.extract(tmp)[tool]
    Path(tmp).unlink()
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n") + "\n"


def blocks(rows, col):
    """Merged spans of a label column: a label's block runs until the next label."""
    spans, start = {}, None
    for r, row in enumerate(rows + [["x"] * len(rows[0])]):
        if row[col]:
            if start is not None and r - start > 1:
                spans[(start, col)] = (r - start, 1)
            start = r
    return spans


def shift(spans, dr):
    return {(r + dr, c): v for (r, c), v in spans.items()}


# ---------------------------------------------------------------- chongqing self-evaluation A
# 指标类型 mixes a level-2 name on one row with 产出类/效益类/满意度类/管理类 blocks; 无|合规|无 rows.

A_ROWS = [  # type, name, nature, value, unit, weight, actual
    ("数量指标", "城乡居民医保参保人数（含新增参保）", "≥", "52", "万人", "15", "53.6"),
    ("产出类指标", "参保缴费财政补助发放准确率", "=", "100", "%", "5", "100"),
    ("", "困难群众参保资助到位率", "≥", "98", "%", "5", "99.2"),
    ("", "医保待遇结算及时率", "≥", "95", "%", "5", "97"),
    ("效益类指标", "政策范围内住院费用报销比例", "≥", "70", "%", "10", "71.5"),
    ("", "群众就医个人负担降低", "定性", "有所降低", "", "10", "有所降低"),
    ("满意度类指标", "参保群众满意度", "≥", "90", "%", "15", "93"),
    ("管理类指标", "预算执行率", "≥", "90", "%", "10", "96%"),
    ("", "资金使用合规性", "无", "合规", "无", "10", "合规"),
    ("", "管理制度健全性", "无", "健全", "无", "5", "健全"),
]
A_L1 = {"数量指标": ("产出指标", "数量指标"), "产出类指标": ("产出指标", None),
        "效益类指标": ("效益指标", None), "满意度类指标": ("满意度指标", None),
        "管理类指标": ("管理类指标", None)}


def cq_target(nature, value, unit):
    unit = "" if unit == "无" else unit
    return (nature if nature in ("≥", "≤", "=", ">", "<") else "") + value + unit


def a_gold():
    inds, cur = [], None
    for t, n, nat, v, u, w, a in A_ROWS:
        cur = A_L1[t] if t else cur
        inds.append(ind(cur[0], cur[1], n, cq_target(nat, v, u), a, float(w)))
    return [form("城乡居民基本医疗保险参保补助资金", "重庆市铜梁区医疗保障局", "重庆市铜梁区医疗保障事务中心",
                 2023, "self_evaluation", inds, total=4821.5, executed=4628.64,
                 goal="城乡居民参保人数52万人以上，困难群众参保资助到位率98%以上，住院费用政策范围内报销比例70%以上")]


def a_tables():
    head = [
        ["项目名称", "城乡居民基本医疗保险参保补助资金", "", "项目联系人", "刘晓雯", ""],
        ["项目实施单位", "重庆市铜梁区医疗保障事务中心", "", "项目主管部门", "重庆市铜梁区医疗保障局", ""],
        ["项目预算执行情况（万元）", "全年预算数（A）", "", "全年执行数（B）", "", ""],
        ["", "4821.5", "", "4628.64", "", ""],
        ["当年绩效目标", "全年绩效目标", "", "全年目标实际完成情况", "", ""],
        ["", "城乡居民参保人数52万人以上，困难群众参保资助到位率98%以上，住院费用政策范围内报销比例70%以上", "",
         "参保53.6万人，资助到位率99.2%，报销比例71.5%", "", ""],
    ]
    hs = {(0, 1): (1, 2), (0, 4): (1, 2), (1, 1): (1, 2), (1, 4): (1, 2), (2, 0): (2, 1),
          (2, 1): (1, 2), (2, 3): (1, 3), (3, 1): (1, 2), (3, 3): (1, 3), (4, 0): (2, 1),
          (4, 1): (1, 2), (4, 3): (1, 3), (5, 1): (1, 2), (5, 3): (1, 3)}
    table = [["指标类型", "指标名称", "指标\n性质", "指标值", "计量\n单位", "指标\n权重", "全年\n完成值", "评价标准"]]
    for t, n, nat, v, u, w, a in A_ROWS:
        table.append([t, n, nat, v, u, w, a, EVAL_RULE])
    table.append(["合计", "", "", "", "", "100", "", ""])
    return [([14, 30, 22, 30, 22, 22], head, hs),
            ([12, 26, 6, 9, 6, 6, 8, 27], table, shift(blocks(table[1:-1], 0), 1))]


def chongqing_a():
    title = "2023年度项目支出绩效自评表"
    g = a_gold()
    write("q01_cq_pdf_tongliang_medins", "pdf", lambda p: pdftable.render(p, a_tables(), title), g,
          "chongqing_style", "重庆", "医疗保障",
          "The PDF itself (ruled table drawn like an Excel print): real-form 指标类型 mixing a single 数量指标 row with "
          "merged 产出类/效益类/满意度类/管理类 blocks (level2 null below them), 无|合规|无 rows, a 定性 row, "
          "stacked two-line headers (指标/性质), wrapped names, 全年完成值 bare numbers, 合计 row.")
    write("q02_cq_plumber_tongliang_medins", "txt", pdf_text(a_tables(), title, "plumber"), g,
          "chongqing_style", "重庆", "医疗保障",
          "pdfplumber extract_text() of the same PDF: one line per visual line, single spaces between cells, "
          "merged labels and wrapped name pieces on lines of their own around the row line.")
    write("q03_cq_mupdf_tongliang_medins", "txt", pdf_text(a_tables(), title, "mupdf"), g,
          "chongqing_style", "重庆", "医疗保障",
          "PyMuPDF get_text() of the same PDF: one text span per line in drawing order (cell by cell), wrapped cells "
          "as consecutive lines, empty cells absent, merged labels where their cell was drawn.")
    write("q04_cq_layout_tongliang_medins", "txt", pdf_text(a_tables(), title, "plumber_layout"), g,
          "chongqing_style", "重庆", "医疗保障",
          "pdfplumber extract_text(layout=True): columns kept by position, but narrow columns only one space apart "
          "(`≥ 95 % 5`), stacked headers on three lines, merged labels centred between rows.")


# ---------------------------------------------------------------- chongqing declaration B
# 指标类型 printed as 一级-二级 pairs; 指标性质 定量/定性, the sign inside 指标值; XLSX with % formats.

B_ROWS = [  # l1-l2, name, nature, value, unit, weight
    ("产出指标-数量指标", "改造提升农村供水工程处数", "定量", "≥26", "处", 15),
    ("产出指标-数量指标", "新建更换供水管网长度", "定量", "≥48.5", "公里", 10),
    ("产出指标-质量指标", "工程竣工验收合格率", "定量", 1.0, "", 10),
    ("产出指标-时效指标", "工程完工时间", "定性", "2024年11月底前", "", 10),
    ("产出指标-成本指标", "单处工程平均投资", "定量", "≤85", "万元", 5),
    ("效益指标-社会效益指标", "农村自来水普及率", "定量", 0.92, "", 15),
    ("效益指标-可持续影响指标", "工程长效运行管护机制", "定性", "建立健全", "", 10),
    ("满意度指标-服务对象满意度指标", "受益群众满意度", "定量", 0.9, "", 15),
]


def b_value(v):
    if isinstance(v, float):
        return ("=" if v == 1.0 else "≥") + f"{round(v * 100)}%"
    return v


def b_gold():
    inds = []
    for t, n, _nat, v, u, w in B_ROWS:
        l1, l2 = t.split("-")
        inds.append(ind(l1, l2, n, b_value(v) + u, weight=float(w)))
    return [form("农村供水保障工程建设补助资金", "重庆市石柱土家族自治县水利局", "石柱县农村供水管理站", 2024,
                 "target_declaration", inds, total=2210, fiscal=2000, other=210,
                 goal="改造提升农村供水工程26处，新建更换管网48.5公里，农村自来水普及率达到92%")]


def b_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标申报表"
    ws.append(["2024年度项目支出绩效目标申报表"])
    ws.merge_cells("A1:F1")
    ws.append(["项目名称", "农村供水保障工程建设补助资金", None, "主管部门", "重庆市石柱土家族自治县水利局"])
    ws.merge_cells("B2:C2")
    ws.merge_cells("E2:F2")
    ws.append(["实施单位", "石柱县农村供水管理站", None, "项目类别", "一般性项目"])
    ws.merge_cells("B3:C3")
    ws.merge_cells("E3:F3")
    ws.append(["项目资金（万元）", "年度资金总额", 2210, "其中：财政拨款", 2000, None])
    ws.append([None, "其他资金", 210, None, None, None])
    ws.merge_cells("A4:A5")
    ws.append(["年度绩效目标", "改造提升农村供水工程26处，新建更换管网48.5公里，农村自来水普及率达到92%"])
    ws.merge_cells("B6:F6")
    ws.append(["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"])
    for t, n, nat, v, u, w in B_ROWS:
        # a percentage typed with its sign is a text cell (＝ full width: a typed "=" would
        # start a formula); the others are as printed
        ws.append([t, n, nat, b_value(v).replace("=", "＝"), u, w])
    wb.save(path)


def chongqing_b():
    g = b_gold()
    write("q05_cq_xlsx_shizhu_water", "xlsx", b_xlsx, g, "chongqing_style", "重庆", "水利",
          "XLSX declaration: 指标类型 as 一级-二级 pairs on every row, 指标性质 定量/定性 with the sign in 指标值 "
          "(≥26 | 处), percentages typed with their sign and % in 指标值 (≥92%) and an empty 计量单位; "
          "funds in a two-row block under 项目资金（万元）.")
    rows = [["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]]
    for t, n, nat, v, u, w in B_ROWS:
        rows.append([t, n, nat, b_value(v), u, str(w)])
    head = [["项目名称", "农村供水保障工程建设补助资金", "主管部门", "重庆市石柱土家族自治县水利局"],
            ["实施单位", "石柱县农村供水管理站", "项目类别", "一般性项目"],
            ["年度资金总额（万元）", "2210", "其中：财政拨款", "2000"],
            ["", "", "其他资金", "210"],
            ["年度绩效目标", "改造提升农村供水工程26处，新建更换管网48.5公里，农村自来水普及率达到92%", "", ""]]
    tables = [([16, 30, 16, 30], head, {(4, 1): (1, 3), (2, 0): (2, 1), (2, 1): (2, 1)}),
              ([18, 30, 8, 14, 8, 8], rows, {})]
    write("q06_cq_layout_shizhu_water", "txt", pdf_text(tables, "2024年度项目支出绩效目标申报表", "mupdf_sort"), g,
          "chongqing_style", "重庆", "水利",
          "PyMuPDF get_text(sort=True) of the declaration drawn as a PDF: laid-out columns (some one space apart), "
          "一级-二级 type cells wrapped over two lines (产出指标-数量指 / 标), values with their sign.")


# ---------------------------------------------------------------- chongqing self-evaluation C
# tab text copied from a sheet: 指标类型 level-1 names once per block, 正向/反向 nature, 得分 column.

C_ROWS = [  # type, name, nature, value, unit, weight, actual, score
    ("产出指标", "新改建农村公路里程", "正向", "120", "公里", "15", "124.6", "15"),
    ("", "公路安全生命防护工程实施里程", "正向", "60", "公里", "10", "58.2", "9.7"),
    ("", "交工验收合格率", "正向", "100", "%", "10", "100", "10"),
    ("", "单公里建设补助成本", "反向", "45", "万元", "5", "43.8", "5"),
    ("效益指标", "通客车建制村比例", "正向", "100", "%", "15", "100", "15"),
    ("", "农村公路优良中等路率", "正向", "85", "%", "15", "86.1", "15"),
    ("满意度指标", "沿线群众满意度", "正向", "90", "%", "10", "92", "10"),
    ("成本指标", "项目预算控制", "反向", "6000", "万元", "10", "5872", "10"),
]


def c_gold():
    inds, cur = [], None
    for t, n, _nat, v, u, w, a, s in C_ROWS:
        cur = t or cur
        inds.append(ind(cur, None, n, v + u, a, float(w), float(s)))
    return [form("农村公路提档升级补助资金", "重庆市开州区交通运输委员会", "重庆市开州区农村公路服务中心", 2023,
                 "self_evaluation", inds, total=6000, executed=5872, rate=97.87,
                 goal="完成农村公路新改建120公里，实施安全生命防护工程60公里", total_score=99.7, grade="优")]


def chongqing_c():
    lines = ["2023年度项目支出绩效自评表", "",
             "项目名称\t农村公路提档升级补助资金\t\t主管部门\t重庆市开州区交通运输委员会",
             "实施单位\t重庆市开州区农村公路服务中心\t\t项目联系人\t周建平",
             "全年预算数（万元）\t6000\t全年执行数（万元）\t5872\t执行率\t97.87%",
             "年度绩效目标\t完成农村公路新改建120公里，实施安全生命防护工程60公里",
             "指标类型\t指标名称\t指标性质\t指标值\t计量单位\t指标权重\t全年完成值\t得分\t评价标准"]
    for row in C_ROWS:
        lines.append("\t".join(row) + "\t" + EVAL_RULE)
    lines += ["合计\t\t\t\t\t100\t\t99.7", "自评等级\t优"]
    write("q07_cq_tab_kaizhou_transport", "tsv", "\n".join(lines) + "\n", c_gold(), "chongqing_style", "重庆",
          "交通运输",
          "Tab text copied from a sheet: 指标类型 level-1 names once per block (a 成本指标 block after 满意度), "
          "指标性质 正向/反向 (target = value + unit, no sign), 得分 before 评价标准, 执行率 in the funds row, "
          "合计 and 自评等级 rows.")
    rows = [["指标类型", "指标名称", "指标\n性质", "指标值", "计量\n单位", "指标\n权重", "全年\n完成值", "得分", "评价标准"]]
    for row in C_ROWS:
        rows.append(list(row) + [EVAL_RULE])
    rows.append(["合计", "", "", "", "", "100", "", "99.7", ""])
    head = [["项目名称", "农村公路提档升级补助资金", "主管部门", "重庆市开州区交通运输委员会"],
            ["实施单位", "重庆市开州区农村公路服务中心", "项目联系人", "周建平"],
            ["全年预算数（万元）", "6000", "全年执行数（万元）", "5872"],
            ["年度绩效目标", "完成农村公路新改建120公里，实施安全生命防护工程60公里", "", ""]]
    tables = [([16, 30, 16, 30], head, {(3, 1): (1, 3)}),
              ([10, 26, 6, 7, 6, 6, 8, 6, 22], rows, shift(blocks(rows[1:-1], 0), 1))]
    write("q08_cq_plumber_kaizhou_transport", "txt", pdf_text(tables, "2023年度项目支出绩效自评表", "plumber"),
          c_gold(), "chongqing_style", "重庆", "交通运输",
          "pdfplumber text of the same form drawn as a PDF (no 执行率/自评等级 printed there, so the gold keeps "
          "them only where printed): centred level-1 labels on their own lines, 评价标准 wrapped around the row line.")
    gold = c_gold()
    gold[0]["funds"]["execution_rate"] = None
    gold[0]["grade"] = None
    (GOLD / "q08_cq_plumber_kaizhou_transport.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- scoring rubric D

D_ROWS = [  # l1, l2, l3, weight, rule, score
    ("决策（20分）", "项目立项（8分）", "立项依据充分性", 4, "符合法律法规、相关政策及部门职责得4分，否则酌情扣分", 4),
    ("", "", "立项程序规范性", 4, "按规定程序申请设立、审批文件完备得4分", 4),
    ("", "绩效目标（6分）", "绩效目标合理性", 3, "目标与实际工作相符得3分", 2.5),
    ("", "", "绩效指标明确性", 3, "指标细化量化可衡量得3分", 2),
    ("", "资金投入（6分）", "预算编制科学性", 6, "预算编制经论证、标准明确得6分", 6),
    ("过程（20分）", "资金管理（12分）", "资金到位率", 4, "实际到位/计划到位×100%×4分", 4),
    ("", "", "预算执行率", 4, "实际支出/实际到位×100%×4分", 3.8),
    ("", "", "资金使用合规性", 4, "出现违规使用一次扣1分", 4),
    ("", "组织实施（8分）", "管理制度健全性", 4, "制度健全得4分", 4),
    ("", "", "制度执行有效性", 4, "执行有效得4分，否则酌情扣分", 3.5),
    ("产出（30分）", "产出数量（10分）", "培训基层卫生人员人次完成率", 10, "完成率×10分", 10),
    ("", "产出质量（10分）", "培训考核合格率", 10, "≥95%得满分，每低1个百分点扣1分", 9),
    ("", "产出时效（5分）", "培训按期完成率", 5, "按期完成得5分", 5),
    ("", "产出成本（5分）", "人均培训成本控制", 5, "不超过标准得5分", 5),
    ("效益（30分）", "项目效益（30分）", "基层诊疗服务能力提升", 10, "根据县域就诊率变化酌情评分", 9),
    ("", "", "可持续影响", 10, "形成长效培训机制得10分", 10),
    ("", "", "培训对象满意度", 10, "满意度≥90%得满分", 10),
]
D_L1 = {"决策": "决策指标", "过程": "过程指标", "产出": "产出指标", "效益": "效益指标"}


def strip_pts(label):
    return label.split("（")[0]


def d_gold(year=2023):
    inds, l1, l2 = [], None, None
    for a, b, c, w, _r, s in D_ROWS:
        l1 = D_L1[strip_pts(a)] if a else l1
        l2 = strip_pts(b) if b else l2
        inds.append(ind(l1, l2, c, None, None, float(w), float(s)))
    return [form("基层卫生人才能力提升培训项目", "贵阳市卫生健康局", "贵阳市基层卫生人员培训中心", year,
                 "self_evaluation", inds, total=380, executed=361, rate=95.0, total_score=96.8, grade="优")]


def d_rows():
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"]]
    for a, b, c, w, r, s in D_ROWS:
        rows.append([a, b, c, str(w), r, f"{s:g}"])
    rows.append(["合计", "", "", "100", "", "96.8"])
    return rows


def d_tables():
    head = [["项目名称", "基层卫生人才能力提升培训项目", "主管部门", "贵阳市卫生健康局"],
            ["实施单位", "贵阳市基层卫生人员培训中心", "评价等级", "优"],
            ["预算数（万元）", "380", "执行数（万元）", "361"],
            ["预算执行率", "95%", "总得分", "96.8"]]
    rows = d_rows()
    spans = shift(blocks(rows[1:-1], 0), 1)
    spans.update(shift(blocks(rows[1:-1], 1), 1))
    return [([16, 30, 16, 30], head, {}), ([10, 14, 22, 6, 34, 6], rows, spans)]


def rubric_d():
    title = "2023年度项目支出绩效自评评分表"
    write("r01_rub_plumber_guiyang_health", "txt", pdf_text(d_tables(), title, "plumber"), d_gold(),
          "scoring_rubric", "贵州", "卫生健康",
          "pdfplumber text of a ruled rubric PDF: 决策（20分）/项目立项（8分） labels with their points, merged and "
          "centred in their blocks (on lines of their own or inside a row line), 评分标准 text wrapped around the "
          "row line, 分值 before 评分标准 and 得分 after it; head with 评价等级 and 总得分 cells.")
    write("r02_rub_mupdf_guiyang_health", "txt", pdf_text(d_tables(), title, "mupdf_sort"), d_gold(),
          "scoring_rubric", "贵州", "卫生健康",
          "PyMuPDF get_text(sort=True) of the same rubric: laid-out columns, narrow ones one space apart, centred labels.")


E_ROWS = [  # l1, l2, l3, weight, target, actual, score
    ("决策", "项目立项", "立项依据充分性", 5, None, None, 5),
    ("", "", "绩效目标明确性", 5, None, None, 4),
    ("", "资金投入", "资金分配合理性", 5, None, None, 5),
    ("过程", "资金管理", "预算执行率", 10, "≥95%", "97.2%", 10),
    ("", "组织实施", "制度执行有效性", 5, None, None, 4.5),
    ("产出", "数量", "新增公益性岗位数", 15, "≥300个", "316个", 15),
    ("", "质量", "岗位人员在岗率", 10, "≥95%", "96%", 10),
    ("", "时效", "岗位补贴按月发放", 5, "按月发放", "按月发放", 5),
    ("效益", "社会效益", "安置就业困难人员人数", 20, "≥280人", "291人", 20),
    ("", "满意度", "安置人员满意度", 20, "≥90%", "88%", 19.5, ),
]
E_L2 = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "社会效益": "社会效益指标",
        "满意度": "服务对象满意度指标"}


def rubric_e():
    inds, l1, l2 = [], None, None
    for a, b, c, w, t, act, s in E_ROWS:
        l1 = D_L1[a] if a else l1
        l2 = (E_L2.get(b, b)) if b else l2
        inds.append(ind(l1, l2, c, t, act, float(w), float(s)))
    gold = [form("公益性岗位开发补贴", "兰州市人力资源和社会保障局", "兰州市就业服务中心", 2024, "self_evaluation",
                 inds, total=1260, executed=1224.7, total_score=98.0, grade="优")]
    rows = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分"]]
    for a, b, c, w, t, act, s in E_ROWS:
        rows.append([a, b, c, str(w), t or "", act or "", f"{s:g}"])
    text = ("2024年度项目支出绩效自评表 项目名称 公益性岗位开发补贴 主管部门 兰州市人力资源和社会保障局 "
            "实施单位 兰州市就业服务中心 预算金额（万元） 1260 执行金额（万元） 1224.7 ")
    text += " ".join(c for r in rows for c in r if c) + " 总分 100 98 自评等级 优"
    write("r03_rub_oneline_lanzhou_hrss", "txt", text + "\n", gold, "scoring_rubric", "甘肃", "人力资源社会保障",
          "A whole rubric self-evaluation pasted onto one line, single spaces: short labels (决策/过程/产出/效益, "
          "数量/质量/时效/社会效益/满意度) printed once per block, 决策/过程 rows with 分值 and 得分 only, output rows "
          "with 指标值 and 实际完成值 between them; 总分 line with the full points before the score.")
    xrows = [["项目名称", "公益性岗位开发补贴", "主管部门", "兰州市人力资源和社会保障局", "", "", ""],
             ["实施单位", "兰州市就业服务中心", "预算金额（万元）", 1260, "执行金额（万元）", 1224.7, ""]] + rows

    def make(path):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "自评表"
        ws.append(["2024年度项目支出绩效自评表"])
        for r in xrows:
            ws.append([float(c) if isinstance(c, str) and c.replace(".", "").isdigit() and len(c) < 5 else c
                       for c in r])
        ws.append(["总分", None, None, 100, None, None, 98])
        ws.append(["自评等级", "优"])
        first = 4
        for col in (1, 2):
            start = None
            for r in range(first, first + len(E_ROWS) + 1):
                v = ws.cell(r, col).value if r < first + len(E_ROWS) else "x"
                if v:
                    if start is not None and r - start > 1:
                        ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
                    start = r
        wb.save(path)
    write("r04_rub_xlsx_lanzhou_hrss", "xlsx", make, gold, "scoring_rubric", "甘肃", "人力资源社会保障",
          "The same rubric as XLSX: short level labels in vertically merged cells, 分值 before 指标值, numbers as numbers.")


# ---------------------------------------------------------------- label variants F

F_ROWS = [  # l1 printed, l2 printed, l3, target  (canonical names in F_CANON)
    ("产出", "数量指标（或建筑规模指标）", "新建社区嵌入式养老服务站", "≥18个"),
    ("", "", "新增养老床位", "≥360张"),
    ("", "质量", "服务站消防验收合格率", "100%"),
    ("", "时效", "服务站投入运营时间", "2024年12月底前"),
    ("", "成本", "单站建设补助标准", "≤50万元"),
    ("效益", "社会效益", "社区老年人助餐服务覆盖率", "≥80%"),
    ("", "经济效益", "带动养老服务就业岗位", "≥120个"),
    ("", "可持续影响", "服务站持续运营年限", "≥5年"),
    ("满意度指标", "满意度指标", "入住老人及家属满意度", "≥92%"),
]
F_L1 = {"产出": "产出指标", "效益": "效益指标", "满意度指标": "满意度指标"}
F_CANON = {"数量指标（或建筑规模指标）": "数量指标", "质量": "质量指标", "时效": "时效指标", "成本": "成本指标",
           "社会效益": "社会效益指标", "经济效益": "经济效益指标", "可持续影响": "可持续影响指标"}


def f_gold():
    inds, l1, l2 = [], None, None
    for a, b, c, t in F_ROWS:
        l1 = F_L1[a] if a else l1
        if b:
            l2 = "服务对象满意度指标" if b == "满意度指标" else F_CANON[b]
        inds.append(ind(l1, l2, c, t))
    return [form("社区嵌入式养老服务设施建设补助", "厦门市民政局", "厦门市社会福利中心", 2024, "target_declaration",
                 inds, total=960, fiscal=960, goal="建设社区嵌入式养老服务站18个，新增养老床位360张，助餐服务覆盖率达到80%")]


def f_tables(numbered=False):
    head = [["项目名称", "社区嵌入式养老服务设施建设补助", "主管部门", "厦门市民政局"],
            ["实施单位", "厦门市社会福利中心", "资金总额（万元）", "960"],
            ["其中：财政资金", "960", "其他资金", ""],
            ["年度目标", "建设社区嵌入式养老服务站18个，新增养老床位360张，助餐服务覆盖率达到80%", "", ""]]
    rows = [["一级指标", "二级指标", "三级指标", "指标值"]]
    for a, b, c, t in F_ROWS:
        rows.append([a, b, c, t])
    spans = shift(blocks(rows[1:], 0), 1)
    spans.update(shift(blocks(rows[1:], 1), 1))
    return [([16, 30, 16, 30], head, {(3, 1): (1, 3)}), ([10, 16, 34, 14], rows, spans)]


def labels_f():
    title = "2024年项目支出绩效目标申报表"
    write("l01_lbl_plumber_xiamen_civil", "txt", pdf_text(f_tables(), title, "plumber"), f_gold(),
          "label_variants", "福建", "民政",
          "pdfplumber text of a ruled classic declaration with short level-1 labels (产出/效益, 满意度指标 at both levels), "
          "short level-2 labels (质量/时效/成本/社会效益/经济效益/可持续影响) and 数量指标（或建筑规模指标） wrapped in "
          "its narrow column; merged labels centred, so a label starts a row line or stands alone.")
    write("l02_lbl_mupdf_xiamen_civil", "txt", pdf_text(f_tables(), title, "mupdf"), f_gold(),
          "label_variants", "福建", "民政",
          "PyMuPDF get_text() of the same PDF: one span per line in drawing order; the wrapped 二级 label in pieces.")
    write("l03_lbl_pdf_xiamen_civil", "pdf", lambda p: pdftable.render(p, f_tables(), title), f_gold(),
          "label_variants", "福建", "民政", "The PDF itself (ruled table, merged label cells).")


G_ROWS = [  # l1, l2, l3, target, actual, weight, score
    ("产出类", "数量", "完成高标准农田建设面积", "≥2.5万亩", "2.56万亩", 20, 20),
    ("", "质量", "项目工程验收合格率", "≥98%", "100%", 10, 10),
    ("", "时效", "项目完工及时率", "100%", "100%", 10, 10),
    ("效益类", "经济效益", "亩均粮食增产", "≥50公斤", "52公斤", 15, 15),
    ("", "生态效益", "节水灌溉面积占比提高", "≥10%", "9.2%", 15, 13.8),
    ("", "社会效益", "受益农户数", "≥6800户", "7012户", 10, 10),
    ("满意度", "服务对象满意度", "受益农户满意度", "≥90%", "95%", 10, 10),
]
G_CANON = {"产出类": "产出指标", "效益类": "效益指标", "满意度": "满意度指标", "数量": "数量指标",
           "质量": "质量指标", "时效": "时效指标", "经济效益": "经济效益指标", "生态效益": "生态效益指标",
           "社会效益": "社会效益指标", "服务对象满意度": "服务对象满意度指标"}


def oneline_g():
    inds, l1, l2 = [], None, None
    for a, b, c, t, act, w, s in G_ROWS:
        l1 = G_CANON[a] if a else l1
        l2 = G_CANON[b] if b else l2
        inds.append(ind(l1, l2, c, t, act, float(w), float(s)))
    gold = [form("2024年高标准农田建设项目", "驻马店市农业农村局", "驻马店市农田建设服务中心", 2024, "self_evaluation",
                 inds, total=3750, executed=3660, total_score=98.8, grade=None)]
    parts = ["项目支出绩效自评表 （2024年度） 项目名称 2024年高标准农田建设项目 主管部门 驻马店市农业农村局 实施单位 "
             "驻马店市农田建设服务中心 项目资金（万元） 年初预算数 全年预算数 全年执行数 年度资金总额 3750 3750 3660 "
             "年度总体目标 预期目标 实际完成情况 建成高标准农田2.5万亩 建成高标准农田2.56万亩 "
             "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"]
    for a, b, c, t, act, w, s in G_ROWS:
        parts.append(" ".join(x for x in (a, b, c, t, act, str(w), f"{s:g}") if x))
        if c == "节水灌溉面积占比提高":
            parts.append("部分片区灌溉设施调试未完成")
    parts.append("总分 100 98.8")
    gold[0]["indicators"][4]["deviation"] = "部分片区灌溉设施调试未完成"
    gold[0]["goal"] = "建成高标准农田2.5万亩"
    text = " ".join(parts)
    write("o01_ols_oneline_zhumadian_agri", "txt", text + "\n", gold, "one_line_spaces", "河南", "农业农村",
          "A classic self-evaluation on one line (single spaces) with short category labels (产出类/效益类/满意度, "
          "数量/质量/时效/经济效益/生态效益/社会效益/服务对象满意度) printed once per block; a deviation text after "
          "one row's score; 年初/全年预算数 and 全年执行数 in one run.")
    # the same, broken into lines of ~70 characters (a PDF copied from a browser)
    width = 70
    wrapped = "\n".join(text[i:i + width] for i in range(0, len(text), width))
    write("o02_ols_wrapped_zhumadian_agri", "txt", wrapped + "\n", gold, "one_line_spaces", "河南", "农业农村",
          "The same one-line text broken every 70 characters, anywhere (inside names, numbers and labels).")


def oneline_h():
    """A Chongqing declaration pasted onto three lines: head, table header, all rows."""
    rows = [("数量指标", "开展应急救护培训场次", "≥", "150", "场", "20"),
            ("", "培训取证人数", "≥", "4500", "人", "20"),
            ("质量指标", "培训考核合格率", "≥", "95", "%", "15"),
            ("时效指标", "培训任务完成时间", "定性", "11月底前", "", "10"),
            ("社会效益指标", "公众应急救护知识知晓率提升", "≥", "5", "个百分点", "15"),
            ("服务对象满意度指标", "参训人员满意度", "≥", "90", "%", "20")]
    parent = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标",
              "社会效益指标": "效益指标", "服务对象满意度指标": "满意度指标"}
    inds, cur = [], None
    for t, n, nat, v, u, w in rows:
        cur = t or cur
        inds.append(ind(parent[cur], cur, n, cq_target(nat, v, u), weight=float(w)))
    gold = [form("群众性应急救护培训项目", "重庆市永川区红十字会", "重庆市永川区红十字会", 2025, "target_declaration",
                 inds, total=86, fiscal=86, goal="开展应急救护培训150场，培训取证4500人")]
    text = ("重庆市永川区项目支出绩效目标表（2025年度） 项目名称 群众性应急救护培训项目 主管部门 重庆市永川区红十字会 "
            "实施单位 重庆市永川区红十字会 项目资金（万元） 资金总额 86 财政拨款 86 其他资金 0 "
            "年度目标 开展应急救护培训150场，培训取证4500人\n"
            "指标类型 指标名称 指标性质 指标值 计量单位 指标权重\n")
    text += " ".join(" ".join(c for c in r if c) for r in rows) + "\n"
    gold[0]["funds"]["other"] = 0.0
    write("o03_ols_cq_yongchuan_redcross", "txt", text, gold, "one_line_spaces", "重庆", "应急/红十字",
          "A Chongqing declaration pasted onto three lines, single spaces: head, table header, then every row on one "
          "line; 指标类型 (level-2) once per block; 定性 row with no unit; 其他资金 0.")


def main():
    for d in (DOCS, GOLD):
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    chongqing_a()
    chongqing_b()
    chongqing_c()
    rubric_d()
    rubric_e()
    labels_f()
    oneline_g()
    oneline_h()
    (HERE / "meta.json").write_text(json.dumps(META, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(META)} documents")


if __name__ == "__main__":
    main()
