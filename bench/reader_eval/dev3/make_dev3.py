"""Writes the dev3 set (docs/, gold/, meta.json) from this file's own invented content.

    python bench/reader_eval/dev3/make_dev3.py

Each document is written by hand below as a table of printed cells (labels as the form prints
them) in one of the extraction shapes of render.py, and its gold beside it, the labels in their
canonical names (FORMAT.md) as a careful reader would write them. Provinces' units, projects,
indicators and numbers are invented.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render as R  # noqa: E402

DOCS, GOLD = HERE / "docs", HERE / "gold"
META: dict[str, dict[str, str]] = {}

# printed label → canonical name (FORMAT.md), written by hand for the labels this set prints
L1 = {"产出指标": "产出指标", "效益指标": "效益指标", "满意度指标": "满意度指标", "成本指标": "成本指标",
      "产出": "产出指标", "效益": "效益指标", "满意度": "满意度指标", "成本": "成本指标",
      "决策": "决策指标", "过程": "过程指标", "决策指标": "决策指标", "过程指标": "过程指标",
      "产出目标": "产出指标", "效益目标": "效益指标", "满意度目标": "满意度指标",
      "产 出 指 标": "产出指标", "效 益 指 标": "效益指标", "满 意 度 指 标": "满意度指标",
      "1.产出指标": "产出指标", "2.效益指标": "效益指标", "3.满意度指标": "满意度指标",
      "产出指标(50分)": "产出指标", "效益指标(30分)": "效益指标", "满意度指标(10分)": "满意度指标",
      "产出指标（50分）": "产出指标", "效益指标（30分）": "效益指标", "满意度指标（10分）": "满意度指标"}
L2 = {}
for _canon in ("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标",
               "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标"):
    _core = _canon[:-2]
    L2[_canon] = L2[_core] = L2[_core + "目标"] = _canon
    L2[" ".join(_canon)] = _canon
L2["环境效益指标"] = "生态效益指标"
L2["社会公众或服务对象满意度指标"] = "服务对象满意度指标"
L2["满意度"] = "服务对象满意度指标"
PARENT = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
          "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标",
          "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标"}


def ind(l1, l2, l3, target=None, actual=None, weight=None, score=None, dev=None):
    return {"level1": l1, "level2": l2, "level3": l3, "target": target, "actual": actual,
            "weight": weight, "score": score, "deviation": dev}


def form(name, dept, unit, year, kind, inds, *, total=None, fiscal=None, carryover=None,
         other=None, executed=None, rate=None, goal=None, total_score=None, grade=None):
    def yuan(v):
        return None if v is None else round(v * 10000, 2)
    return {"name": name, "department": dept, "unit": unit, "year": year, "form": kind,
            "funds": {"total": yuan(total), "fiscal": yuan(fiscal), "carryover": yuan(carryover),
                      "other": yuan(other), "executed": yuan(executed), "execution_rate": rate},
            "goal": goal, "total_score": total_score, "grade": grade, "indicators": inds}


def write(doc_id: str, ext: str, content, gold: list, family: str, province: str, sector: str,
          note: str) -> None:
    path = DOCS / f"{doc_id}.{ext}"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif callable(content):
        content(path)
    else:
        path.write_text(content, encoding="utf-8")
    (GOLD / f"{doc_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    META[doc_id] = {"family": family, "province": province, "sector": sector, "note": note}


def once(rows: list[list[str]], cols: list[int]) -> list[list[str]]:
    """Merged labels: printed in the block's first row only."""
    out, prev = [], {c: None for c in cols}
    for r in rows:
        r = list(r)
        for c in cols:
            if r[c] == prev[c]:
                r[c] = ""
            else:
                prev[c] = r[c]
        out.append(r)
    return out


# ---------------------------------------------------------------- chongqing_style

def cq_target(nature: str, value: str, unit: str) -> str:
    if nature in ("≥", "≤", "=", ">", "<"):
        return nature + value + unit
    return value + unit


def c01() -> None:
    """Word file: head table and indicator table, 指标类型 vertically merged."""
    from docx import Document
    name, dept, unit = ("梁平区柚子产业基地提质增效补助", "重庆市梁平区农业农村委员会",
                        "重庆市梁平区经济作物技术推广站")
    goal = ("完成柚园提质改造3000亩，建设病虫害绿色防控示范点15个，改造柚园优质果率达到85%以上，"
            "带动1200户种植户亩均增收600元以上。")
    rows = [
        ("数量指标", "柚园提质改造面积", "≥", "3000", "亩", "12"),
        ("数量指标", "病虫害绿色防控示范点", "≥", "15", "个", "8"),
        ("质量指标", "改造柚园优质果率", "≥", "85", "%", "10"),
        ("质量指标", "补植苗木成活率", "≥", "92", "%", "8"),
        ("时效指标", "改造任务完成时限", "≤", "10", "月", "6"),
        ("成本指标", "每亩提质改造补助标准", "≤", "800", "元", "8"),
        ("经济效益指标", "改造柚园亩均增收", "≥", "600", "元", "12"),
        ("社会效益指标", "带动种植户数", "≥", "1200", "户", "10"),
        ("生态效益指标", "化学农药使用量减少比例", "≥", "10", "%", "8"),
        ("可持续影响指标", "柚子产业品牌影响力", "定性", "逐步提升", "", "8"),
        ("服务对象满意度指标", "种植户满意度", "≥", "90", "%", "10"),
    ]
    inds = [ind(PARENT[t], t, n, cq_target(s, v, u), weight=float(w)) for t, n, s, v, u, w in rows]
    gold = [form(name, dept, unit, 2025, "target_declaration", inds, total=330, fiscal=300,
                 other=30, goal=goal)]

    def make(path: Path) -> None:
        doc = Document()
        doc.add_paragraph("2025年项目支出绩效目标表")
        doc.add_paragraph("填报单位（盖章）：重庆市梁平区经济作物技术推广站    金额单位：万元")
        head = doc.add_table(rows=6, cols=4)
        cells = [("项目名称", name, "项目编码", "500155250000000213"),
                 ("主管部门", dept, "实施单位", unit),
                 ("项目资金", "资金总额：330.00", "财政拨款：300.00", "其他资金：30.00"),
                 ("项目期限", "2025年1月至2025年12月", "项目类型", "专项业务类"),
                 ("项目概况", "对全区重点柚园实施品种改良、土壤改良和病虫害绿色防控，提升果品品质。", "", ""),
                 ("当年绩效目标", goal, "", "")]
        for i, r in enumerate(cells):
            for j, c in enumerate(r):
                head.cell(i, j).text = c
        for i in (4, 5):
            m = head.cell(i, 1).merge(head.cell(i, 3))
            m.text = cells[i][1]
        doc.add_paragraph("绩效指标")
        t = doc.add_table(rows=len(rows) + 1, cols=6)
        for j, h in enumerate(["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]):
            t.cell(0, j).text = h
        start = 1
        for i, r in enumerate(rows, start=1):
            for j, c in enumerate(r[1:], start=1):
                t.cell(i, j).text = c
            last = i == len(rows) or rows[i][0] != r[0]
            if last:
                m = t.cell(start, 0).merge(t.cell(i, 0)) if i > start else t.cell(i, 0)
                m.text = r[0]
                start = i + 1
        doc.add_paragraph("填表人：何静    联系电话：023-53221876")
        doc.save(path)

    write("c01_cq_docx_liangping_agri", "docx", make, gold, "chongqing_style", "重庆", "农业农村",
          "Word declaration: head in a 4-column table (资金总额/财政拨款/其他资金 as 'label：value' cells), "
          "indicator table 指标类型|指标名称|指标性质|指标值|计量单位|指标权重 with 指标类型 (level-2 names) "
          "vertically merged; one 定性 row with an empty unit.")


def c02() -> None:
    """pdftotext -layout self-evaluation, 指标类型 = level-1 names centred, wrapped 评价标准."""
    name, dept, unit = ("璧山区城市社区养老服务站运营补助", "重庆市璧山区民政局",
                        "重庆市璧山区社会福利服务中心")
    goal = "支持全区42个社区养老服务站正常运营，全年提供助餐服务18万人次以上，老年人助餐服务覆盖率达到60%。"
    rows = [
        ("产出指标", "运营社区养老服务站数量", "≥", "42", "个", "15", "42"),
        ("产出指标", "提供助餐服务人次", "≥", "18", "万人次", "15", "19.6"),
        ("产出指标", "服务站消防安全检查合格率", "=", "100", "%", "10", "100"),
        ("产出指标", "补助资金拨付及时率", "≥", "95", "%", "10", "97"),
        ("效益指标", "辖区老年人助餐服务覆盖率", "≥", "60", "%", "15", "63.5"),
        ("效益指标", "服务站持续运营机制", "定性", "健全", "", "15", "健全"),
        ("满意度指标", "接受服务老年人满意度", "≥", "90", "%", "20", "94.2"),
    ]
    std = "完成值达到指标值得满分，未达到的按完成比例计分"
    inds = [ind(t, None, n, cq_target(s, v, u), a, float(w)) for t, n, s, v, u, w, a in rows]
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=560, executed=548.8,
                 rate=98.0, goal=goal)]
    table = [["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "评价标准"]]
    table += [[t, n, s, v, u, w, a, std] for t, n, s, v, u, w, a in rows]
    table = once(table, [0])
    head = R.layout([["项目名称", name, "", ""],
                     ["主管部门", dept, "实施单位", unit],
                     ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                     ["", "560.00", "560.00", "548.80", "98.00%"]], gap=4)
    text = ("                         2024年度项目绩效自评表\n\n" + head
            + "年度目标      " + goal[:34] + "\n              " + goal[34:] + "\n"
            + "实际完成情况  全年42个服务站均正常运营，提供助餐服务19.6万人次，覆盖率63.5%。\n\n"
            + R.layout(table, wraps={1: 9, 7: 11}, centre=(0,)) + "\n                                        第 1 页\n")
    write("c02_cq_layout_selfeval_bishan_civil", "txt", text, gold, "chongqing_style", "重庆", "民政",
          "pdftotext -layout Chongqing self-evaluation: 指标类型 holds level-1 names (产出指标/效益指标/"
          "满意度指标, level2 null) centred in their blocks; 全年完成值 without unit; long 评价标准 and "
          "names wrapped onto continuation lines; funds as a label row above a value row; no 得分 column.")


def c03() -> None:
    """PDF text, one table row per line, single spaces; 指标类型 printed once per block."""
    name, dept, unit = ("荣昌区生猪良种补贴", "重庆市荣昌区农业农村委员会", "重庆市荣昌区畜牧技术推广站")
    rows = [
        ("数量指标", "良种能繁母猪补贴头数", "≥", "2.6", "万头", "10", "2.72", "10"),
        ("数量指标", "人工授精站点覆盖镇街数", "≥", "21", "个", "8", "21", "8"),
        ("质量指标", "补贴种猪良种率", "=", "100", "%", "10", "100", "10"),
        ("质量指标", "精液质量抽检合格率", "≥", "98", "%", "10", "99.1", "10"),
        ("时效指标", "补贴资金兑付时间", "≤", "11", "月", "6", "11", "6"),
        ("成本指标", "每头能繁母猪补贴标准", "≤", "40", "元", "8", "40", "8"),
        ("经济效益指标", "养殖户户均增收", "≥", "1500", "元", "14", "1380", "12.9"),
        ("社会效益指标", "带动养殖户数", "≥", "3200", "户", "12", "3350", "12"),
        ("可持续影响指标", "良种繁育体系运行情况", "定性", "稳定运行", "", "10", "稳定运行", "10"),
        ("服务对象满意度指标", "养殖户满意度", "≥", "90", "%", "12", "93", "12"),
    ]
    inds = [ind(PARENT[t], t, n, cq_target(s, v, u), a, float(w), float(sc))
            for t, n, s, v, u, w, a, sc in rows]
    goal = "对全区2.6万头良种能繁母猪给予补贴，提升生猪良种覆盖率，带动养殖户增收。"
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=104, fiscal=104,
                 executed=104, rate=100, goal=goal, total_score=98.9, grade="优")]
    table = [["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "评价标准", "得分"]]
    table += [[t, n, s, v, u, w, a, "达到指标值得满分", sc] for t, n, s, v, u, w, a, sc in rows]
    table = once(table, [0])
    lines = ["重庆市荣昌区2024年度项目绩效自评表",
             f"项目名称 {name} 项目编码 500153240000000045",
             f"主管部门 {dept} 实施单位 {unit}",
             "项目资金（万元） 年初预算数 全年预算数 全年执行数 执行率",
             "资金总额 104.00 104.00 104.00 100.00%",
             "其中：财政拨款 104.00 104.00 104.00",
             f"年度目标 {goal}",
             "绩效指标"]
    text = "\n".join(lines) + "\n" + R.line_per_row(table) + "总分 100 98.9\n自评等级 优\n"
    write("c03_cq_lines_rongchang_agri", "txt", text, gold, "chongqing_style", "重庆", "农业农村",
          "PDF text as pypdf gives it: each table row on one line, cells separated by single spaces, "
          "指标类型 (level-2 names) only on a block's first row, 定性 row with an empty unit, 评价标准 and "
          "得分 after 全年完成值; head fields as 'label value' pairs on lines; 总分 and 自评等级 lines.")


def c04() -> None:
    """CSV self-evaluation, other column order, sign inside 指标值, 指标性质 定量/定性."""
    name, dept, unit = ("武隆区旅游厕所改造提升", "重庆市武隆区文化和旅游发展委员会", "重庆市武隆区旅游服务中心")
    rows = [
        ("数量指标", "新建改造旅游厕所座数", "12", "定量", "≥28", "座", "30", "12", ""),
        ("数量指标", "智慧厕所管理系统接入数", "8", "定量", "≥20", "座", "18", "7.2",
         "两座厕所供电线路未改造完成，系统延至次年接入"),
        ("质量指标", "改造厕所验收合格率", "10", "定量", "=100", "%", "100", "10", ""),
        ("质量指标", "厕所卫生达标率", "8", "定量", "≥95", "%", "96", "8", ""),
        ("时效指标", "项目完工时间", "8", "定量", "≤11", "月", "11", "8", ""),
        ("成本指标", "单座厕所改造平均成本", "10", "定量", "≤18", "万元", "17.4", "10", ""),
        ("社会效益指标", "游客如厕平均排队时间", "10", "定量", "≤5", "分钟", "4", "10", ""),
        ("生态效益指标", "厕所粪污无害化处理情况", "10", "定性", "全部无害化处理", "", "全部无害化处理", "10", ""),
        ("可持续影响指标", "旅游厕所管护长效机制", "8", "定性", "建立", "", "建立", "8", ""),
        ("服务对象满意度指标", "游客满意度", "16", "定量", "≥90", "%", "92", "16", ""),
    ]
    inds = [ind(PARENT[t], t, n, v + u, a, float(w), float(sc), d or None)
            for t, n, w, s, v, u, a, sc, d in rows]
    goal = "新建改造旅游厕所28座以上，20座厕所接入智慧管理系统，游客满意度达到90%以上。"
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=620, fiscal=600, other=20,
                 executed=598.6, rate=96.55, goal=goal, total_score=99.2, grade="优")]
    table = [["2024年度项目支出绩效自评表"] + [""] * 9,
             ["项目名称", name, "", "主管部门", dept, "", "实施单位", unit, "", ""],
             ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "", "", ""],
             ["", "年度资金总额", "620", "620", "598.6", "96.55%", "", "", "", ""],
             ["", "其中：财政拨款", "600", "600", "580", "", "", "", "", ""],
             ["", "其他资金", "20", "20", "18.6", "", "", "", "", ""],
             ["年度目标", goal, "", "", "", "", "", "", "", ""],
             ["指标类型", "指标名称", "指标权重", "指标性质", "指标值", "计量单位", "全年完成值", "得分",
              "评价标准", "未完成原因"]]
    table += [[t, n, w, s, v, u, a, sc, "按完成比例计分", d] for t, n, w, s, v, u, a, sc, d in rows]
    table += [["合计", "", "100", "", "", "", "", "99.2", "", ""], ["自评等级", "优"] + [""] * 8]
    write("c04_cq_csv_wulong_culture", "csv", "\ufeff" + R.csv_text(table), gold, "chongqing_style",
          "重庆", "文化旅游",
          "CSV (UTF-8 BOM) Chongqing self-evaluation with the columns reordered: 指标权重 right after "
          "指标名称, 指标性质 is 定量/定性 and the sign sits in 指标值 (≥28 | 座), 得分 before 评价标准, a "
          "未完成原因 column; 指标类型 (level-2) on every row; 合计 and 自评等级 rows.")


def c05() -> None:
    """XLSX self-evaluation with merged level-1 指标类型 and percent-formatted values."""
    from openpyxl import Workbook
    name, dept, unit = ("大足区石刻文物数字化保护", "重庆市大足区文化和旅游发展委员会", "重庆市大足区文物保护中心")
    P = "pct"
    rows = [
        ("产出指标", "石刻造像三维数据采集龛数", "≥", 120, "龛", 15, 126, 15),
        ("产出指标", "数字化档案入库率", "≥", (0.95, P), "", 15, (0.97, P), 15),
        ("产出指标", "采集数据精度达标率", "=", (1, P), "", 10, (1, P), 10),
        ("产出指标", "数字化采集完成时间", "≤", 12, "月", 10, 12, 10),
        ("效益指标", "线上数字展览访问量", "≥", 50, "万人次", 15, 46.8, 14),
        ("效益指标", "文物保护档案完整性", "定性", "完整", "", 15, "完整", 15),
        ("满意度指标", "研究机构使用满意度", "≥", (0.9, P), "", 20, (0.95, P), 20),
    ]

    def shown(v):
        if isinstance(v, tuple):
            return f"{round(v[0] * 100)}%"
        return f"{v:g}" if isinstance(v, float) else str(v)
    inds = []
    for t, n, s, v, u, w, a, sc in rows:
        target = (s if s != "定性" else "") + shown(v) + u
        inds.append(ind(t, None, n, target, shown(a), float(w), float(sc)))
    goal = "完成石刻造像三维数据采集120龛以上，数字化档案入库率达到95%，线上数字展览访问量达到50万人次。"
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=300,
                 executed=286.5, rate=95.5, goal=goal, total_score=99, grade="优")]

    def make(path: Path) -> None:
        wb = Workbook()
        ws = wb.active
        ws.title = "自评表"
        ws.append(["2024年度项目绩效自评表"])
        ws.merge_cells("A1:I1")
        ws.append(["项目名称", name, None, None, "主管部门", dept])
        ws.append(["实施单位", unit, None, None, "项目编码", "500111240000000302"])
        ws.append(["项目资金（万元）", "年初预算数", None, "全年预算数", None, "全年执行数", None, "执行率"])
        ws.append([None, 300, None, 300, None, 286.5, None, 0.955])
        ws.cell(5, 8).number_format = "0.00%"
        for c in (2, 4, 6):
            ws.cell(5, c).number_format = "0.00"
        ws.merge_cells("A4:A5")
        ws.append(["年度目标", goal])
        ws.merge_cells("B6:I6")
        ws.append(["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "得分",
                   "评价标准"])
        first = 8
        start = first
        for i, (t, n, s, v, u, w, a, sc) in enumerate(rows):
            r = first + i
            ws.cell(r, 1, t if (i == 0 or rows[i - 1][0] != t) else None)
            ws.cell(r, 2, n)
            ws.cell(r, 3, s)
            for col, val in ((4, v), (7, a)):
                if isinstance(val, tuple):
                    ws.cell(r, col, val[0]).number_format = "0%"
                else:
                    ws.cell(r, col, val)
            ws.cell(r, 5, u or None)
            ws.cell(r, 6, w)
            ws.cell(r, 8, sc)
            ws.cell(r, 9, "完成值达到指标值得满分")
            if i == len(rows) - 1 or rows[i + 1][0] != t:
                if r > start:
                    ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
                start = r + 1
        end = first + len(rows)
        ws.cell(end, 1, "合计")
        ws.cell(end, 6, 100)
        ws.cell(end, 8, 99)
        ws.cell(end + 1, 1, "自评等级")
        ws.cell(end + 1, 2, "优")
        wb.save(path)

    write("c05_cq_xlsx_dazu_heritage", "xlsx", make, gold, "chongqing_style", "重庆", "文化旅游",
          "XLSX Chongqing self-evaluation: 指标类型 = level-1 names in vertically merged cells (level2 "
          "null), 指标值 and 全年完成值 fractions with a 0% format and an empty 计量单位 (0.95 → ≥95%, "
          "actual 97%), funds with 0.00 / 0.00% formats in label-above-value blocks, 合计 and 自评等级.")


def c06() -> None:
    """Markdown page with two Chongqing declarations, a 序号 column, 评价标准 column."""
    std = "达到指标值得满分"
    a = ("忠县农村客运班线运营补贴", "重庆市忠县交通运输委员会", "重庆市忠县道路运输事务中心",
         "保障全县46条农村客运班线稳定运营，通客车建制村覆盖率保持100%，年运送农村旅客85万人次以上。",
         (380, 380, None), [
             ("数量指标", "补贴农村客运班线条数", "≥", "46", "条", "15"),
             ("数量指标", "通客车建制村覆盖率", "=", "100", "%", "10"),
             ("质量指标", "客运车辆安全检验合格率", "=", "100", "%", "10"),
             ("时效指标", "补贴资金发放时间", "≤", "12", "月", "5"),
             ("成本指标", "单车年度运营补贴标准", "≤", "3.5", "万元", "10"),
             ("社会效益指标", "年运送农村旅客人次", "≥", "85", "万人次", "20"),
             ("可持续影响指标", "农村客运持续稳定运行", "定性", "稳定", "", "15"),
             ("服务对象满意度指标", "乘客满意度", "≥", "88", "%", "15")])
    b = ("忠县中小学校舍维修改造", "重庆市忠县教育委员会", "重庆市忠县教育后勤服务中心",
         "完成1.8万平方米中小学校舍维修改造，工程验收合格率100%，8月底前完工，保障秋季正常开学。",
         (1250, 1100, 150), [
             ("数量指标", "维修改造校舍面积", "≥", "1.8", "万平方米", "20"),
             ("质量指标", "工程验收合格率", "=", "100", "%", "15"),
             ("时效指标", "工程完工时间", "≤", "8", "月", "10"),
             ("成本指标", "每平方米维修改造成本", "≤", "650", "元", "10"),
             ("社会效益指标", "受益学生人数", "≥", "9500", "人", "20"),
             ("可持续影响指标", "校舍安全隐患动态清零机制", "定性", "长效运行", "", "10"),
             ("服务对象满意度指标", "师生满意度", "≥", "90", "%", "15")])
    text, gold = "# 忠县2025年部门预算项目绩效目标公开\n\n", []
    for k, (name, dept, unit, goal, (tot, fis, oth), rows) in enumerate((a, b), start=1):
        head = [["项目名称", name, "项目编码", f"50023325000000{k:04d}"],
                ["主管部门", dept, "实施单位", unit],
                ["资金总额（万元）", f"{tot:.2f}", "其中：财政拨款", f"{fis:.2f}"],
                ["其他资金", f"{oth:.2f}" if oth else "0.00", "项目期限", "1年"],
                ["当年绩效目标", goal, "", ""]]
        table = [["序号", "指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "评价标准"]]
        table += [[str(i), t, n, s, v, u, w, std] for i, (t, n, s, v, u, w) in enumerate(rows, 1)]
        text += (f"## {k}. {name}绩效目标表\n\n" + R.pipe(head[:1], header_at=0) + R.pipe(head[1:])
                 + "\n" + R.pipe(table, header_at=0) + "\n")
        inds = [ind(PARENT[t], t, n, cq_target(s, v, u), weight=float(w)) for t, n, s, v, u, w in rows]
        gold.append(form(name, dept, unit, 2025, "target_declaration", inds, total=tot, fiscal=fis,
                         other=oth if oth else 0, goal=goal))
    write("c06_cq_md_two_zhongxian", "md", text, gold, "chongqing_style", "重庆", "交通运输/教育",
          "Markdown page with two Chongqing declarations, each a head table (first row taken as the "
          "markdown header) and an indicator table with a leading 序号 column and a 评价标准 column; "
          "the form title only as a markdown heading; 其他资金 0.00 in one.")


# ---------------------------------------------------------------- scoring_rubric

RUBRIC_A = [  # (一级, 二级, 三级, 分值, 得分)
    ("决策", "项目立项", "立项依据充分性", 3, 3), ("决策", "项目立项", "立项程序规范性", 3, 3),
    ("决策", "绩效目标", "绩效目标合理性", 4, 3.5), ("决策", "绩效目标", "绩效指标明确性", 4, 3),
    ("决策", "资金投入", "预算编制科学性", 3, 3), ("决策", "资金投入", "资金分配合理性", 3, 2.5),
    ("过程", "资金管理", "资金到位率", 4, 4), ("过程", "资金管理", "预算执行率", 4, 3.8),
    ("过程", "资金管理", "资金使用合规性", 4, 4), ("过程", "组织实施", "管理制度健全性", 4, 4),
    ("过程", "组织实施", "制度执行有效性", 4, 3.5),
    ("产出", "产出数量", "传承人带徒人数完成率", 8, 8), ("产出", "产出数量", "古窑址保护修缮完成率", 7, 6.3),
    ("产出", "产出质量", "修缮工程验收合格率", 10, 10), ("产出", "产出时效", "项目完成及时性", 8, 7),
    ("产出", "产出成本", "成本控制率", 7, 7),
    ("效益", "项目效益", "陶瓷技艺传承影响力", 8, 7.5), ("效益", "项目效益", "可持续影响", 6, 6),
    ("效益", "项目效益", "服务对象满意度", 6, 5.6),
]


def r01() -> None:
    """XLSX rubric: merged 一级/二级 with their points in their own columns."""
    from openpyxl import Workbook
    name, dept, unit = ("景德镇市陶瓷文化遗产保护专项", "景德镇市文化广电新闻出版旅游局", "景德镇市非物质文化遗产保护中心")
    inds = [ind(L1[a], b, c, weight=float(w), score=float(s)) for a, b, c, w, s in RUBRIC_A]
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=800, executed=776,
                 rate=97.0, total_score=94.7, grade="优")]
    l1pts = {"决策": 20, "过程": 20, "产出": 40, "效益": 20}
    l2pts: dict[str, float] = {}
    for _a, b, _c, w, _s in RUBRIC_A:
        l2pts[b] = l2pts.get(b, 0) + w

    def make(path: Path) -> None:
        wb = Workbook()
        ws = wb.active
        ws.title = "评分表"
        ws.append(["项目支出绩效自评指标体系及评分表"])
        ws.merge_cells("A1:H1")
        ws.append(["项目名称", name, None, None, "评价年度", "2024年"])
        ws.append(["主管部门", dept, None, None, "实施单位", unit])
        ws.append(["全年预算数（万元）", 800, None, None, "全年执行数（万元）", 776, "执行率", 0.97])
        ws.cell(4, 8).number_format = "0%"
        ws.append(["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准", "得分"])
        r0 = 6
        for i, (a, b, c, w, s) in enumerate(RUBRIC_A):
            r = r0 + i
            new1 = i == 0 or RUBRIC_A[i - 1][0] != a
            new2 = i == 0 or RUBRIC_A[i - 1][1] != b
            if new1:
                ws.cell(r, 1, a)
                ws.cell(r, 2, l1pts[a])
            if new2:
                ws.cell(r, 3, b)
                ws.cell(r, 4, l2pts[b])
            ws.cell(r, 5, c)
            ws.cell(r, 6, w)
            ws.cell(r, 7, "符合要求得满分，每发现一处问题扣0.5分")
            ws.cell(r, 8, s)
        for col, key in ((1, 0), (2, 0), (3, 1), (4, 1)):
            start = r0
            for i in range(len(RUBRIC_A)):
                last = i == len(RUBRIC_A) - 1 or RUBRIC_A[i + 1][key] != RUBRIC_A[i][key]
                if last:
                    if r0 + i > start:
                        ws.merge_cells(start_row=start, start_column=col, end_row=r0 + i,
                                       end_column=col)
                    start = r0 + i + 1
        end = r0 + len(RUBRIC_A)
        ws.cell(end, 1, "合计")
        ws.cell(end, 2, 100)
        ws.cell(end, 8, 94.7)
        ws.cell(end + 1, 1, "评价等级")
        ws.cell(end + 1, 2, "优")
        wb.save(path)

    write("r01_rub_xlsx_jingdezhen_culture", "xlsx", make, gold, "scoring_rubric", "江西", "文化旅游",
          "XLSX rubric 决策/过程/产出/效益 (printed short) with each level's points in a column of its own "
          "(一级指标|分值|二级指标|分值|三级指标|分值|评分标准|得分), 一级/二级 and their points in "
          "vertically merged cells; no targets; 合计 and 评价等级 rows; one 三级 named 可持续影响.")


def r02() -> None:
    """Rubric on a few PDF lines: points in brackets after every label, the score after the 三级."""
    name, dept, unit = ("株洲市职业技能提升培训补贴", "株洲市人力资源和社会保障局", "株洲市就业服务中心")
    rub = [
        ("决策", 20, "项目立项", 8, "立项依据充分性", 4, 4), ("决策", 20, "项目立项", 8, "立项程序规范性", 4, 4),
        ("决策", 20, "绩效目标", 6, "绩效目标合理性", 3, 3), ("决策", 20, "绩效目标", 6, "绩效指标明确性", 3, 2.5),
        ("决策", 20, "资金投入", 6, "预算编制科学性", 3, 3), ("决策", 20, "资金投入", 6, "资金分配合理性", 3, 3),
        ("过程", 20, "资金管理", 14, "资金到位率", 5, 5), ("过程", 20, "资金管理", 14, "预算执行率", 5, 4.6),
        ("过程", 20, "资金管理", 14, "资金使用合规性", 4, 4), ("过程", 20, "组织实施", 6, "管理制度健全性", 3, 3),
        ("过程", 20, "组织实施", 6, "制度执行有效性", 3, 2.5),
        ("产出", 40, "产出数量", 18, "培训人数完成率", 10, 10), ("产出", 40, "产出数量", 18, "取证人数完成率", 8, 7.2),
        ("产出", 40, "产出质量", 8, "培训合格率", 8, 8), ("产出", 40, "产出时效", 7, "补贴发放及时率", 7, 7),
        ("产出", 40, "产出成本", 7, "人均培训补贴标准执行情况", 7, 7),
        ("效益", 20, "项目效益", 20, "参训人员就业率", 8, 7), ("效益", 20, "项目效益", 20, "企业技能人才缺口缓解程度", 6, 5),
        ("效益", 20, "项目效益", 20, "参训人员满意度", 6, 5.8),
    ]
    inds = [ind(L1[a], b, c, weight=float(w), score=float(s)) for a, _, b, _, c, w, s in rub]
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=1200, executed=1152,
                 rate=96.0, total_score=95.6, grade="优")]
    toks = ["2024年度项目支出绩效自评评分表", f"项目名称：{name}", f"主管部门：{dept}", f"实施单位：{unit}",
            "全年预算数：1200万元", "全年执行数：1152万元", "预算执行率：96%",
            "一级指标", "二级指标", "三级指标", "得分"]
    prev1 = prev2 = None
    for a, p1, b, p2, c, w, s in rub:
        if a != prev1:
            toks.append(f"{a}({p1}分)")
        if b != prev2:
            toks.append(f"{b}({p2}分)")
        prev1, prev2 = a, b
        toks += [f"{c}({w}分)", f"{s:g}"]
    toks += ["总分", "95.6", "评价等级：优"]
    flat = " ".join(toks)
    lines, k = [], 0
    for cut in (97, 83, 91, 88, 95, 90, 99, 86):  # PDF line ends at page width, anywhere
        lines.append(flat[k:k + cut])
        k += cut
    lines.append(flat[k:])
    write("r02_rub_lines_zhuzhou_hrss", "txt", "\n".join(lines) + "\n", gold, "scoring_rubric", "湖南",
          "人力资源社会保障",
          "Rubric extracted from a PDF as single-space-separated text broken at the page width (line "
          "breaks fall anywhere, also inside a label): every label carries its points in brackets "
          "(决策(20分) 项目立项(8分) 立项依据充分性(4分) 4), the 三级 points are its weight and the number "
          "after it the score; head fields 'label：value' on the same run.")


def r03() -> None:
    """Word rubric with targets and actuals on 产出/效益 rows."""
    from docx import Document
    name, dept, unit = ("潍坊市农村生活污水治理奖补", "潍坊市生态环境局", "潍坊市农村环境综合整治服务中心")
    rub = [
        ("决策指标", "项目立项", "立项依据充分性", 4, "", "", 4, ""),
        ("决策指标", "项目立项", "立项程序规范性", 3, "", "", 3, ""),
        ("决策指标", "绩效目标", "绩效目标明确性", 4, "", "", 3.5, "部分指标未细化到村"),
        ("决策指标", "资金投入", "资金分配合理性", 4, "", "", 4, ""),
        ("过程指标", "资金管理", "预算执行率", 5, "≥95%", "93.6%", 4.7, "部分奖补资金待工程审计后拨付"),
        ("过程指标", "资金管理", "资金使用合规性", 5, "", "", 5, ""),
        ("过程指标", "组织实施", "制度执行有效性", 5, "", "", 4.5, ""),
        ("产出指标", "数量指标", "完成污水治理行政村数", 10, "≥85个", "88个", 10, ""),
        ("产出指标", "数量指标", "新建污水处理设施座数", 8, "≥40座", "41座", 8, ""),
        ("产出指标", "质量指标", "设施出水水质达标率", 8, "≥90%", "91.5%", 8, ""),
        ("产出指标", "时效指标", "年度治理任务完成时间", 6, "2024年11月底前", "2024年11月", 6, ""),
        ("产出指标", "成本指标", "单村治理奖补标准", 8, "≤30万元", "28.6万元", 8, ""),
        ("效益指标", "生态效益指标", "农村生活污水治理率提高", 10, "≥5个百分点", "5.8个百分点", 10, ""),
        ("效益指标", "社会效益指标", "受益农户数", 10, "≥2.1万户", "2.2万户", 10, ""),
        ("效益指标", "服务对象满意度指标", "受益群众满意度", 10, "≥90%", "94%", 10, ""),
    ]
    inds = [ind(a, b, c, t or None, x or None, float(w), float(s), d or None)
            for a, b, c, w, t, x, s, d in rub]
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=2600, executed=2433.6,
                 rate=93.6, goal="完成85个以上行政村生活污水治理，新建污水处理设施40座以上，设施出水水质达标率90%以上。",
                 total_score=98.7, grade="优")]

    def make(path: Path) -> None:
        doc = Document()
        doc.add_paragraph("潍坊市2024年度项目支出绩效自评表")
        doc.add_paragraph(f"项目名称：{name}")
        doc.add_paragraph(f"主管部门：{dept}        实施单位：{unit}")
        doc.add_paragraph("全年预算数：2600万元   全年执行数：2433.6万元   执行率：93.6%")
        doc.add_paragraph("年度绩效目标：" + gold[0]["goal"])
        t = doc.add_table(rows=len(rub) + 2, cols=8)
        for j, h in enumerate(["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "偏差原因"]):
            t.cell(0, j).text = h
        for i, (_a, _b, c, w, tg, x, s, d) in enumerate(rub, start=1):
            for j, v in enumerate((c, f"{w:g}", tg, x, f"{s:g}", d), start=2):
                t.cell(i, j).text = v
        for col, key in ((0, 0), (1, 1)):
            start = 1
            for i in range(1, len(rub) + 1):
                last = i == len(rub) or rub[i][key] != rub[i - 1][key]
                if last:
                    m = t.cell(start, col).merge(t.cell(i, col)) if i > start else t.cell(i, col)
                    m.text = rub[i - 1][key]
                    start = i + 1
        end = len(rub) + 1
        t.cell(end, 0).text = "总分"
        t.cell(end, 3).text = "100"
        t.cell(end, 6).text = "98.7"
        doc.add_paragraph("自评等级：优")
        doc.save(path)

    write("r03_rub_docx_weifang_env", "docx", make, gold, "scoring_rubric", "山东", "生态环境",
          "Word rubric self-evaluation: 决策指标/过程指标 rows scored without targets, 产出/效益 rows with "
          "指标值 and 实际完成值; 分值 before the values; 一级/二级 vertically merged; 总分 row; head in "
          "paragraphs, grade in a closing paragraph.")


def r04() -> None:
    """Rubric as an outline: one 指标 column with numbered labels at three depths."""
    name, dept, unit = ("莆田市城区道路照明设施维护", "莆田市城市管理局", "莆田市路灯管理所")
    rub = [
        ("决策", 15, "项目立项", 5, "立项依据充分性", 3, 3), ("决策", 15, "项目立项", 5, "立项程序规范性", 2, 2),
        ("决策", 15, "绩效目标", 5, "绩效目标合理性", 5, 4), ("决策", 15, "资金投入", 5, "预算编制科学性", 5, 4.5),
        ("过程", 25, "资金管理", 15, "资金到位率", 5, 5), ("过程", 25, "资金管理", 15, "预算执行率", 5, 4.8),
        ("过程", 25, "资金管理", 15, "资金使用合规性", 5, 5), ("过程", 25, "组织实施", 10, "管理制度健全性", 5, 5),
        ("过程", 25, "组织实施", 10, "制度执行有效性", 5, 4),
        ("产出", 35, "产出数量", 15, "路灯设施维护数量完成率", 15, 15), ("产出", 35, "产出质量", 10, "城区道路亮灯率", 10, 9.5),
        ("产出", 35, "产出时效", 10, "故障路灯修复及时率", 10, 9),
        ("效益", 25, "项目效益", 25, "夜间道路交通事故下降情况", 10, 8), ("效益", 25, "项目效益", 25, "照明节能改造节电率", 8, 8),
        ("效益", 25, "项目效益", 25, "市民满意度", 7, 6.5),
    ]
    inds = [ind(L1[a], b, c, weight=float(w), score=float(s)) for a, _, b, _, c, w, s in rub]
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total_score=93.3, grade="优")]
    cn1 = "一二三四"
    cn2 = "一二三四五六七八九十"
    table = [["评价指标", "分值", "得分", "评分说明"]]
    prev1 = prev2 = None
    n1 = n2 = 0
    for n3, (a, p1, b, p2, c, w, s) in enumerate(rub, start=1):
        if a != prev1:
            table.append([f"{cn1[n1]}、{a}（{p1}分）", str(p1), "", ""])
            n1 += 1
        if b != prev2:
            table.append([f"（{cn2[n2]}）{b}（{p2}分）", str(p2), "", ""])
            n2 += 1
        prev1, prev2 = a, b
        table.append([f"{n3}.{c}", f"{w}", f"{s:g}", "" if s == w else "按评分标准扣分"])
    table.append(["合计", "100", "93.3", ""])
    text = (f"附件2\n\n{name}项目绩效自评评分表\n\n项目名称\n{name}\n主管部门\n{dept}\n实施单位\n{unit}\n"
            "评价年度\n2024年\n\n" + R.cells(table) + "\n自评等级\n优\n")
    write("r04_rub_outline_putian_urban", "txt", text, gold, "scoring_rubric", "福建", "城市管理",
          "Rubric as one cell per line (blank lines for empty cells) where one 评价指标 column holds the "
          "whole tree as numbered labels: 一、决策（15分） / （一）项目立项（5分） / 1.立项依据充分性, with "
          "分值 | 得分 | 评分说明 beside; gold drops numbering and points from the labels.")


def r05() -> None:
    """Markdown rubric with 指标解释 / 评分标准 before 分值 / 得分 and a 合计 row."""
    name, dept, unit = ("曲靖市农村义务教育学生营养改善计划", "曲靖市教育体育局", "曲靖市学生资助管理中心")
    rub = [
        ("决策", "项目立项", "立项依据充分性", 5, 5), ("决策", "绩效目标", "绩效目标合理性", 5, 4),
        ("决策", "资金投入", "资金分配合理性", 5, 5),
        ("过程", "资金管理", "预算执行率", 6, 5.7), ("过程", "资金管理", "资金使用合规性", 6, 6),
        ("过程", "组织实施", "管理制度健全性", 4, 4), ("过程", "组织实施", "制度执行有效性", 4, 3.5),
        ("产出", "产出数量", "受助学生覆盖率", 15, 15), ("产出", "产出质量", "供餐食品安全事故发生数", 10, 10),
        ("产出", "产出时效", "补助资金拨付及时性", 8, 7), ("产出", "产出成本", "生均膳食补助标准执行情况", 7, 7),
        ("效益", "项目效益", "学生营养健康状况改善", 10, 8.5), ("效益", "项目效益", "学生在校就餐率", 7, 7),
        ("效益", "项目效益", "学生及家长满意度", 8, 7.3),
    ]
    inds = [ind(L1[a], b, c, weight=float(w), score=float(s)) for a, b, c, w, s in rub]
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=15600, executed=15132,
                 rate=97.0, total_score=95, grade="优")]
    table = [["一级指标", "二级指标", "三级指标", "指标解释", "评分标准", "分值", "得分"]]
    table += [[a, b, c, f"考察{c}情况", "符合得满分，否则酌情扣分", f"{w}", f"{s:g}"] for a, b, c, w, s in rub]
    table = once(table, [0, 1])
    table.append(["合计", "", "", "", "", "100", "95"])
    head = [["项目名称", name, "评价年度", "2024年"], ["主管部门", dept, "实施单位", unit],
            ["全年预算数（万元）", "15600", "全年执行数（万元）", "15132"], ["预算执行率", "97%", "", ""]]
    text = (f"# {name}绩效自评报告（2024年度）\n\n项目由{dept}主管，{unit}组织实施。\n\n"
            "附表：项目支出绩效评价评分表\n\n" + R.pipe(head[:1], header_at=0) + R.pipe(head[1:]) + "\n"
            + R.pipe(table, header_at=0) + "\n经综合评价，本项目自评得分95分，评价等级为“优”。\n")
    write("r05_rub_md_qujing_edu", "md", text, gold, "scoring_rubric", "云南", "教育",
          "Markdown rubric inside a narrative report: a head table (first row as the markdown header), "
          "labels printed once per block (empty cells below), 指标解释 and 评分标准 columns before 分值|得分, "
          "合计 row; grade only in a closing sentence.")


# ---------------------------------------------------------------- label_variants

def l01() -> None:
    """TSV declaration whose category labels end in 目标 (产出目标 / 数量目标 …)."""
    name, dept, unit = ("大同市黄花产业融合发展补助", "大同市农业农村局", "大同市特色农业发展服务中心")
    rows = [
        ("产出目标", "数量目标", "黄花标准化种植基地面积", "≥2.5万亩"),
        ("产出目标", "数量目标", "新建黄花冷链仓储库容", "≥6000吨"),
        ("产出目标", "质量目标", "黄花产品抽检合格率", "≥98%"),
        ("产出目标", "时效目标", "冷链仓储项目建成时间", "2025年10月底前"),
        ("产出目标", "成本目标", "每亩种植基地建设补助", "≤500元"),
        ("效益目标", "经济效益目标", "黄花产业综合产值增长率", "≥8%"),
        ("效益目标", "社会效益目标", "带动农户就业人数", "≥1.2万人"),
        ("效益目标", "生态效益目标", "种植区水土流失治理面积", "≥3000亩"),
        ("效益目标", "可持续影响目标", "黄花产业品牌建设", "持续提升"),
        ("满意度目标", "服务对象满意度目标", "种植户满意度", "≥90%"),
    ]
    goal = "建设黄花标准化种植基地2.5万亩，新建冷链仓储库容6000吨，带动1.2万名农户就业增收。"
    inds = [ind(L1[a], L2[b], c, t) for a, b, c, t in rows]
    gold = [form(name, dept, unit, 2025, "target_declaration", inds, total=2000, fiscal=2000, goal=goal)]
    table = [["项目绩效目标表（2025年度）"],
             ["项目名称", name, "项目属性", "延续项目"],
             ["主管部门", dept, "实施单位", unit],
             ["项目资金（万元）", "年度资金总额", "2000"],
             ["", "其中：财政拨款", "2000"],
             ["", "其他资金", ""],
             ["年度绩效目标", goal],
             ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
    table += once([["", a, b, c, t] for a, b, c, t in rows], [1, 2])
    write("l01_lbl_target_words_datong_agri", "txt", R.tab(table), gold, "label_variants", "山西",
          "农业农村",
          "TSV declaration whose category labels say 目标 instead of 指标 (产出目标/数量目标/质量目标/时效目标/"
          "成本目标, 效益目标/经济效益目标/…/可持续影响目标, 满意度目标/服务对象满意度目标; gold writes the "
          "canonical 指标 names); a leading 绩效指标 row-label column; labels printed once per block.")


def l02() -> None:
    """pdftotext -layout with letter-spaced labels (产 出 指 标)."""
    name, dept, unit = ("柳州市螺蛳粉产业园公共服务平台建设", "柳州市商务局", "柳州市螺蛳粉产业发展服务中心")
    rows = [
        ("产 出 指 标", "数 量 指 标", "入园企业公共检测服务批次", "≥1200批次"),
        ("产 出 指 标", "数 量 指 标", "产业工人技能培训人次", "≥3000人次"),
        ("产 出 指 标", "质 量 指 标", "检测报告准确率", "≥99%"),
        ("产 出 指 标", "时 效 指 标", "检测报告出具时限", "≤5个工作日"),
        ("产 出 指 标", "成 本 指 标", "平台年度运维成本", "≤180万元"),
        ("效 益 指 标", "经 济 效 益 指 标", "园区企业年产值增长率", "≥10%"),
        ("效 益 指 标", "社 会 效 益 指 标", "新增就业岗位", "≥800个"),
        ("满 意 度 指 标", "服 务 对 象 满 意 度 指 标", "入园企业满意度", "≥92%"),
    ]
    goal = "建成产业园公共检测与培训服务平台，全年完成公共检测1200批次以上，培训产业工人3000人次，新增就业岗位800个。"
    inds = [ind(L1[a], L2[b], c, t) for a, b, c, t in rows]
    gold = [form(name, dept, unit, 2025, "target_declaration", inds, total=650, fiscal=500, other=150,
                 goal=goal)]
    table = [["一 级 指 标", "二 级 指 标", "三 级 指 标", "指 标 值"]]
    table += [list(r) for r in rows]
    table = R.centre_merged(once(table, [0, 1]), [0, 1])
    head = R.layout([["项 目 名 称", name, "", ""],
                     ["主 管 部 门", dept, "实 施 单 位", unit],
                     ["项目资金（万元）", "年度资金总额", "650"],
                     ["", "其中：财政拨款", "500"],
                     ["", "其他资金", "150"]], gap=4)
    text = ("                    项目支出绩效目标申报表\n                        （2025年度）\n\n" + head
            + "年度绩效目标    " + goal + "\n\n" + R.layout(table, gap=4))
    write("l02_lbl_spaced_liuzhou_commerce", "txt", text, gold, "label_variants", "广西", "商务",
          "pdftotext -layout declaration whose labels are letter-spaced with single spaces (产 出 指 标, "
          "服 务 对 象 满 意 度 指 标, 一 级 指 标, 项 目 名 称), columns separated by 4+ spaces, category "
          "labels centred in their blocks.")


def l03() -> None:
    """Markdown declaration: numbered level-1 labels, long level-2 variants, labels on every row."""
    name, dept, unit = ("南通市江海堤防日常维护", "南通市水利局", "南通市江海堤防管理处")
    rows = [
        ("1.产出指标", "数量指标", "堤防日常巡查里程", "≥210公里"),
        ("1.产出指标", "数量指标", "堤顶道路修补面积", "≥1.5万平方米"),
        ("1.产出指标", "质量指标", "堤防工程完好率", "≥95%"),
        ("1.产出指标", "时效指标", "汛前检查完成时间", "5月31日前"),
        ("1.产出指标", "成本指标", "每公里堤防年维护费用", "≤1.2万元"),
        ("2.效益指标", "社会效益指标", "保护人口", "≥85万人"),
        ("2.效益指标", "环境效益指标", "堤防绿化养护面积", "≥60万平方米"),
        ("2.效益指标", "可持续影响指标", "堤防管护责任落实率", "100%"),
        ("3.满意度指标", "社会公众或服务对象满意度指标", "沿江群众满意度", "≥90%"),
    ]
    goal = "完成江海堤防210公里日常巡查养护，堤防工程完好率95%以上，确保安全度汛。"
    inds = [ind(L1[a], L2[b], c, t) for a, b, c, t in rows]
    gold = [form(name, dept, unit, 2025, "target_declaration", inds, total=252, fiscal=252, goal=goal)]
    head = [["项目名称", name, "主管部门", dept], ["实施单位", unit, "项目期限", "2025年"],
            ["项目资金（万元）", "年度资金总额：252", "其中：财政拨款：252", "其他资金：0"],
            ["年度绩效目标", goal, "", ""]]
    table = [["一级指标", "二级指标", "三级指标", "指标值"]] + [list(r) for r in rows]
    text = ("**2025年度项目支出绩效目标表**\n\n" + R.pipe(head[:1], header_at=0) + R.pipe(head[1:])
            + "\n" + R.pipe(table, header_at=0))
    gold[0]["funds"]["other"] = 0.0
    write("l03_lbl_numbered_nantong_water", "md", text, gold, "label_variants", "江苏", "水利",
          "Markdown declaration with numbered level-1 labels (1.产出指标 2.效益指标 3.满意度指标), "
          "环境效益指标 and 社会公众或服务对象满意度指标 as level-2 variants, labels on every row; "
          "funds as 'label：value' cells.")


def l04() -> None:
    """Cell per line, short labels at both levels, 成本 as a level-1 with short cost labels."""
    name, dept, unit = ("宜宾市长江岸线生态修复", "宜宾市自然资源和规划局", "宜宾市国土空间生态修复中心")
    rows = [
        ("产出", "数量", "岸线生态修复长度", "≥12公里"),
        ("产出", "数量", "补植乡土树种株数", "≥4.5万株"),
        ("产出", "质量", "苗木成活率", "≥90%"),
        ("产出", "时效", "修复工程完工时间", "2025年11月底前"),
        ("成本", "经济成本", "每公里岸线修复成本", "≤85万元"),
        ("成本", "社会成本", "施工期间群众投诉件数", "≤5件"),
        ("效益", "生态效益", "修复区植被覆盖率", "≥80%"),
        ("效益", "社会效益", "新增滨江休闲空间面积", "≥6万平方米"),
        ("满意度", "满意度", "周边居民满意度", "≥90%"),
    ]
    goal = "修复长江岸线12公里，补植乡土树种4.5万株，修复区植被覆盖率达到80%以上。"
    inds = []
    for a, b, c, t in rows:
        l2 = {"经济成本": "经济成本指标", "社会成本": "社会成本指标"}.get(b) or L2[b]
        inds.append(ind(L1[a], l2, c, t))
    gold = [form(name, dept, unit, 2025, "target_declaration", inds, total=1180, fiscal=1000,
                 other=180, goal=goal)]
    table = [["项目名称", name], ["主管部门", dept], ["实施单位", unit],
             ["资金总额（万元）", "1180"], ["其中：财政资金", "1000"], ["其他资金", "180"],
             ["年度目标", goal], ["一级指标", "二级指标", "三级指标", "指标值"]]
    table += once([list(r) for r in rows], [0, 1])
    text = "2025年项目绩效目标表\n\n" + R.cells(table, empty=" ")
    write("l04_lbl_short_cells_yibin_natres", "txt", text, gold, "label_variants", "四川", "自然资源",
          "One cell per line, empty cells as a single space line: short labels at both levels (产出/数量, "
          "成本/经济成本/社会成本 as the 2021 framework's level-1 成本指标, 效益/生态效益, 满意度/满意度), "
          "printed once per block.")


def l05() -> None:
    """TSV self-evaluation with only one category column (指标类别) holding short level-2 names."""
    name, dept, unit = ("台州市海洋渔船安全救生设备配备补助", "台州市海洋与渔业局", "台州市渔业安全管理站")
    rows = [
        ("数量", "配备救生筏渔船艘数", "≥420艘", "436艘", 15, 15, ""),
        ("数量", "北斗终端更新套数", "≥300套", "288套", 10, 9.6, "部分渔船年内未回港，安装顺延"),
        ("质量", "救生设备检验合格率", "100%", "100%", 15, 15, ""),
        ("时效", "补助资金兑付时限", "10月底前", "10月底前", 10, 10, ""),
        ("成本", "单船救生筏补助标准", "≤0.8万元", "0.8万元", 10, 10, ""),
        ("社会效益", "渔船海上遇险人员获救率", "≥95%", "97%", 20, 20, ""),
        ("服务对象满意度", "渔民满意度", "≥90%", "93%", 20, 20, ""),
    ]
    inds = [ind(PARENT[L2[a]], L2[a], b, t, x, float(w), float(s), d or None) for a, b, t, x, w, s, d in rows]
    goal = "为420艘以上海洋渔船配备救生筏，更新北斗终端300套，提升渔船海上遇险自救能力。"
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=540,
                 executed=529.2, rate=98.0, goal=goal, total_score=99.6, grade="优")]
    table = [["台州市2024年度项目绩效自评表"],
             ["项目名称", name], ["主管部门", dept, "实施单位", unit],
             ["预算数（万元）", "540", "执行数（万元）", "529.2", "执行率", "98%"],
             ["年度目标", goal],
             ["指标类别", "具体指标", "预期值", "实际值", "分值", "得分", "偏差说明"]]
    table += once([[a, b, t, x, str(w), f"{s:g}", d] for a, b, t, x, w, s, d in rows], [0])
    table += [["合计", "", "", "", "100", "99.6"], ["自评等级", "优"]]
    write("l05_lbl_onecolumn_taizhou_fishery", "txt", R.tab(table), gold, "label_variants", "浙江",
          "农业农村",
          "TSV self-evaluation with a single category column 指标类别 holding short level-2 names (数量, "
          "质量, 时效, 成本, 社会效益, 服务对象满意度; level1 implied) and unusual headers 具体指标/预期值/"
          "实际值/偏差说明; labels printed once per block.")


# ---------------------------------------------------------------- one_line_spaces

def o01() -> None:
    """Declaration, one table row per line, single spaces, labels printed once per block."""
    name, dept, unit = ("芜湖市老旧小区加装电梯补助", "芜湖市住房和城乡建设局", "芜湖市城市更新服务中心")
    rows = [
        ("产出指标", "数量指标", "完成加装电梯部数", "≥180部"),
        ("产出指标", "数量指标", "惠及老旧小区个数", "≥45个"),
        ("产出指标", "质量指标", "电梯验收合格率", "100%"),
        ("产出指标", "时效指标", "补助资金拨付时限", "验收后60日内"),
        ("产出指标", "成本指标", "每部电梯补助标准", "≤20万元"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥2700户"),
        ("效益指标", "可持续影响指标", "电梯运维长效管理机制", "基本建立"),
        ("满意度指标", "服务对象满意度指标", "加装电梯小区居民满意度", "≥90%"),
    ]
    goal = "全年完成老旧小区加装电梯180部以上，惠及45个小区2700户居民。"
    inds = [ind(a, b, c, t) for a, b, c, t in rows]
    gold = [form(name, dept, unit, 2025, "target_declaration", inds, total=3600, fiscal=3600, goal=goal)]
    table = [["一级指标", "二级指标", "三级指标", "指标值"]] + once([list(r) for r in rows], [0, 1])
    text = ("项目绩效目标申报表（2025年度）\n"
            f"项目名称 {name} 主管部门 {dept}\n实施单位 {unit} 项目属性 新增项目\n"
            "项目资金（万元） 年度资金总额 3600 其中：财政拨款 3600 其他资金 0\n"
            f"年度绩效目标 {goal}\n绩效指标\n" + R.line_per_row(table))
    gold[0]["funds"]["other"] = 0.0
    write("o01_ols_rows_wuhu_housing", "txt", text, gold, "one_line_spaces", "安徽", "住房城乡建设",
          "PDF text (PyMuPDF/pypdf style): every table row on its own line with single spaces, labels "
          "only on a block's first row (so row lines start with a level-2 label or with the 三级 name), "
          "head as 'label value' pairs two per line.")


def o02() -> None:
    """Whole self-evaluation on one line; 分值 before the target; points in the level-1 labels."""
    name, dept, unit = ("南充市农村公路养护补助", "南充市交通运输局", "南充市农村公路管理所")
    rows = [
        ("产出指标(50分)", "数量指标", "农村公路日常养护里程", 10, "≥3200公里", "3260公里", 10, ""),
        ("产出指标(50分)", "数量指标", "危桥改造座数", 10, "≥12座", "11座", 9.2, "1座危桥因汛期延后开工"),
        ("产出指标(50分)", "质量指标", "养护路段优良中等路率", 10, "≥85%", "87.3%", 10, ""),
        ("产出指标(50分)", "时效指标", "养护资金拨付及时率", 10, "≥95%", "96%", 10, ""),
        ("产出指标(50分)", "成本指标", "每公里年均养护补助", 10, "≤1万元", "0.98万元", 10, ""),
        ("效益指标(30分)", "社会效益指标", "农村公路安全通行保障率", 15, "≥98%", "99%", 15, ""),
        ("效益指标(30分)", "可持续影响指标", "路长制落实率", 15, "100%", "100%", 15, ""),
        ("满意度指标(10分)", "服务对象满意度指标", "沿线群众满意度", 10, "≥90%", "92%", 10, ""),
    ]
    inds = [ind(L1[a], b, c, t, x, float(w), float(s), d or None) for a, b, c, w, t, x, s, d in rows]
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=3850, fiscal=3850,
                 executed=3811.5, rate=99.0, goal="完成3200公里农村公路日常养护和12座危桥改造，优良中等路率达到85%以上。",
                 total_score=99.1, grade=None)]
    toks = ["项目支出绩效自评表", "（2024年度）", "项目名称", name, "主管部门", dept, "实施单位", unit,
            "资金情况（万元）", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分",
            "年度资金总额：", "3850", "3811.5", "10", "99.00%", "9.9", "其中：本年财政拨款", "3850", "3811.5",
            "其他资金", "年度总体目标", "年初设定目标", "年度总体目标完成情况综述", gold[0]["goal"],
            "全年完成农村公路日常养护3260公里，改造危桥11座，优良中等路率87.3%。",
            "绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
            "未完成原因及拟采取的改进措施"]
    prev1 = prev2 = None
    for a, b, c, w, t, x, s, d in rows:
        if a != prev1:
            toks.append(a)
        if b != prev2:
            toks.append(b)
        prev1, prev2 = a, b
        toks += [c, str(w), t, x, f"{s:g}"] + ([d] if d else [])
    toks += ["总分", "100", "99.1"]
    write("o02_ols_one_nanchong_transport", "txt", " ".join(toks) + "\n", gold, "one_line_spaces",
          "四川", "交通运输",
          "A whole classic self-evaluation on one line, single spaces: 分值 printed before 年度指标值 "
          "(三级 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因), points in the level-1 labels "
          "(产出指标(50分)), funds row with (A)/(B) headings and a 9.9 budget score; total_score is the "
          "indicator table's 总分 (99.1).")


def o03() -> None:
    """One line; 指标性质 / 指标值 / 度量单位 as separate space-separated tokens."""
    name, dept, unit = ("保定市基层医疗卫生机构能力提升", "保定市卫生健康委员会", "保定市基层卫生指导中心")
    rows = [
        ("产出指标", "数量指标", "配备数字化医疗设备的乡镇卫生院", "≥", "60", "个"),
        ("产出指标", "数量指标", "基层医务人员进修培训", "≥", "900", "人次"),
        ("产出指标", "质量指标", "设备安装验收合格率", "=", "100", "%"),
        ("产出指标", "时效指标", "设备配备完成时间", "≤", "9", "月"),
        ("产出指标", "成本指标", "单个卫生院设备购置费用", "≤", "35", "万元"),
        ("效益指标", "社会效益指标", "县域内就诊率", "≥", "90", "%"),
        ("效益指标", "可持续影响指标", "基层首诊制度运行情况", "定性", "持续改善", ""),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", "90", "%"),
    ]
    goal = "为60个乡镇卫生院配备数字化医疗设备，培训基层医务人员900人次，县域内就诊率达到90%。"
    inds = [ind(a, b, c, (s if s != "定性" else "") + v + u) for a, b, c, s, v, u in rows]
    gold = [form(name, dept, unit, 2025, "target_declaration", inds, total=2100, fiscal=2100, goal=goal)]
    toks = ["2025年度项目绩效目标表", "项目名称", name, "主管部门", dept, "实施单位", unit,
            "项目资金（万元）", "资金总额", "2100", "财政拨款", "2100", "年度目标", goal,
            "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]
    prev1 = prev2 = None
    for a, b, c, s, v, u in rows:
        if a != prev1:
            toks.append(a)
        if b != prev2:
            toks.append(b)
        prev1, prev2 = a, b
        toks += [c, s, v] + ([u] if u else [])
    write("o03_ols_ovu_baoding_health", "txt", " ".join(toks) + "\n", gold, "one_line_spaces", "河北",
          "卫生健康",
          "A whole declaration on one line, single spaces, with 指标性质 | 指标值 | 度量单位 as separate "
          "tokens (≥ 60 个 → ≥60个; 定性 持续改善 with no unit); labels printed once.")


def o04() -> None:
    """Self-evaluation as single-spaced text broken at page width, breaks inside names/numbers."""
    name, dept, unit = ("湛江市红树林保护修复", "湛江市林业局", "湛江市红树林保护中心")
    rows = [
        ("产出指标", "数量指标", "红树林营造面积", "≥1500亩", "1560亩", 15, 15, ""),
        ("产出指标", "数量指标", "红树林修复面积", "≥2800亩", "2650亩", 15, 14.2, "部分修复地块滩涂高程调整，延至次年"),
        ("产出指标", "质量指标", "造林成活率", "≥85%", "88%", 10, 10, ""),
        ("产出指标", "时效指标", "营造任务完成时间", "2024年12月底前", "2024年12月", 10, 10, ""),
        ("效益指标", "生态效益指标", "红树林湿地鸟类种数", "≥120种", "126种", 15, 15, ""),
        ("效益指标", "社会效益指标", "带动沿海群众参与管护人数", "≥300人", "320人", 15, 15, ""),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%", "95%", 10, 10, ""),
    ]
    inds = [ind(a, b, c, t, x, float(w), float(s), d or None) for a, b, c, t, x, w, s, d in rows]
    gold = [form(name, dept, unit, 2024, "self_evaluation", inds, total=2300, fiscal=2300,
                 executed=2231, rate=97.0, goal="营造红树林1500亩、修复红树林2800亩，造林成活率85%以上。",
                 total_score=98.9, grade="优")]
    toks = ["2024年度项目支出绩效自评表", "项目名称", name, "主管部门", dept, "实施单位", unit,
            "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
            "年度资金总额", "2300", "2300", "2231", "10", "97%", "9.7", "其中：财政拨款", "2300", "2300", "2231",
            "年度总体目标", "预期目标", "实际完成情况", gold[0]["goal"],
            "营造红树林1560亩、修复2650亩，成活率88%。", "绩效指标", "一级指标", "二级指标", "三级指标",
            "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    prev1 = prev2 = None
    for a, b, c, t, x, w, s, d in rows:
        if a != prev1:
            toks.append(a)
        if b != prev2:
            toks.append(b)
        prev1, prev2 = a, b
        toks += [c, t, x, str(w), f"{s:g}"] + ([d] if d else [])
    toks += ["总分", "100", "98.9", "自评等级", "优"]
    flat = " ".join(toks)
    lines, k = [], 0
    for cut in (61, 58, 66, 63, 57, 64, 60, 62, 59, 65, 61, 58, 63):
        lines.append(flat[k:k + cut])
        k += cut
    lines.append(flat[k:])
    write("o04_ols_wrapped_zhanjiang_forest", "txt", "\n".join(lines) + "\n", gold, "one_line_spaces",
          "广东", "林业",
          "Classic self-evaluation as single-space-separated text broken at the page width every ~60 "
          "characters, so breaks fall inside names, numbers and labels; labels printed once, deviation "
          "text only where there is one.")


def o05() -> None:
    """One row per line; merged labels land on their block's middle row (reading order)."""
    name, dept, unit = ("荆州市公共法律服务体系建设", "荆州市司法局", "荆州市公共法律服务中心")
    rows = [
        ("产出指标", "数量指标", "建成村（社区）公共法律服务工作室", "≥1200个"),
        ("产出指标", "数量指标", "开展法治宣传活动场次", "≥500场"),
        ("产出指标", "数量指标", "提供法律援助案件数", "≥2600件"),
        ("产出指标", "质量指标", "法律援助案件质量评查合格率", "≥95%"),
        ("产出指标", "时效指标", "法律咨询响应时间", "≤24小时"),
        ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", "≥95%"),
        ("效益指标", "社会效益指标", "群众法治意识提升", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥95%"),
    ]
    goal = "建成覆盖城乡的公共法律服务网络，办理法律援助案件2600件以上，矛盾纠纷调解成功率95%以上。"
    inds = [ind(a, b, c, t) for a, b, c, t in rows]
    gold = [form(name, dept, unit, 2025, "target_declaration", inds, total=460, fiscal=460, goal=goal)]
    table = [["一级指标", "二级指标", "三级指标", "指标值"]] + [list(r) for r in rows]
    table = R.centre_merged(once(table, [0, 1]), [0, 1])
    text = ("2025年度项目支出绩效目标表\n"
            f"项目名称 {name}\n主管部门 {dept} 实施单位 {unit}\n"
            "项目资金（万元） 年度资金总额 460 财政拨款 460\n"
            f"年度绩效目标 {goal}\n" + R.line_per_row(table))
    write("o05_ols_centred_jingzhou_justice", "txt", text, gold, "one_line_spaces", "湖北", "司法",
          "PDF text, one row per line with single spaces, where each merged label is vertically centred "
          "so it appears on its block's middle row (数量指标 on the 2nd of 3 rows; 产出指标 on the 3rd of 5) "
          "between the row's cells, not on the block's first row.")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for make in (c01, c02, c03, c04, c05, c06, r01, r02, r03, r04, r05, l01, l02, l03, l04, l05,
                 o01, o02, o03, o04, o05):
        make()
    (HERE / "meta.json").write_text(json.dumps(META, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    print(f"{len(META)} documents")


if __name__ == "__main__":
    main()
