"""Writes the binary documents of the dev2 set from this file's own (invented) content.

    python bench/reader_eval/dev2/make_binary.py

n06_cq_xlsx_yubei_culture.xlsx: two Chongqing-style 项目支出绩效目标表 sheets (merged 指标类型 cells,
percent-formatted 指标值 cells with an empty 计量单位, amounts with a 0.00 format) and a notes sheet.
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent

# (指标类型, 指标名称, 指标性质, 指标值, 计量单位, 指标权重, percent format?)
SHEETS = [
    {
        "title": "公共文化服务体系建设",
        "name": "公共文化服务体系建设补助",
        "code": "500112250000000087",
        "dept": "重庆市渝北区文化和旅游发展委员会",
        "unit": "重庆市渝北区文化馆",
        "funds": (420.0, 400.0, 20.0),
        "goal": "全年开展基层群众文化活动360场次、公益性文化培训120期、送文艺演出下乡80场，基层综合性文化服务中心达标率达到95%，群众满意度达到90%以上。",
        "rows": [
            ("数量指标", "开展基层群众文化活动场次", "≥", 360, "场次", 10, False),
            ("数量指标", "开展公益性文化艺术培训期数", "≥", 120, "期", 8, False),
            ("数量指标", "送文艺演出下乡场次", "≥", 80, "场", 8, False),
            ("质量指标", "基层综合性文化服务中心达标率", "≥", 0.95, None, 8, True),
            ("质量指标", "文化活动安全责任事故发生数", "=", 0, "起", 6, False),
            ("时效指标", "年度活动计划完成时间", "≤", 12, "月", 6, False),
            ("成本指标", "单场次送文艺演出补助标准", "≤", 1.5, "万元", 6, False),
            ("成本指标", "公益培训人均培训成本", "≤", 300, "元", 10, False),
            ("社会效益指标", "参与群众文化活动人次", "≥", 25, "万人次", 10, False),
            ("社会效益指标", "公共文化设施免费开放率", "=", 1, None, 8, True),
            ("可持续影响指标", "公共文化服务体系长效运行", "定性", "持续完善", None, 10, False),
            ("服务对象满意度指标", "群众对公共文化服务满意度", "≥", 0.9, None, 10, True),
        ],
    },
    {
        "title": "非遗保护传承",
        "name": "非物质文化遗产保护传承专项",
        "code": "500112250000000102",
        "dept": "重庆市渝北区文化和旅游发展委员会",
        "unit": "重庆市渝北区非物质文化遗产保护中心",
        "funds": (85.0, 85.0, 0.0),
        "goal": "完成12项区级非遗代表性项目记录建档，组织传承人开展授课活动60场次，推动非遗进校园覆盖20所学校。",
        "rows": [
            ("产出指标", "非遗代表性项目记录建档数", "≥", 12, "项", 15, False),
            ("产出指标", "非遗传承人授课活动场次", "≥", 60, "场次", 15, False),
            ("产出指标", "非遗进校园覆盖学校数", "≥", 20, "所", 10, False),
            ("产出指标", "传承人补助发放准确率", "=", 1, None, 10, True),
            ("效益指标", "非遗传承人群规模", "定性", "稳步扩大", None, 15, False),
            ("效益指标", "非遗项目社会知晓度", "≥", 0.8, None, 10, True),
            ("满意度指标", "参与学员满意度", "≥", 90, "%", 15, False),
            ("满意度指标", "代表性传承人满意度", "≥", 90, "%", 10, False),
        ],
    },
]


def write_sheet(ws, s):
    ws.merge_cells("A1:F1")
    ws["A1"] = "2025年项目支出绩效目标表"
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["F2"] = "单位：万元"
    ws["A3"], ws["B3"], ws["D3"], ws["E3"] = "项目名称", s["name"], "项目编码", s["code"]
    ws.merge_cells("B3:C3")
    ws.merge_cells("E3:F3")
    ws["A4"], ws["B4"], ws["D4"], ws["E4"] = "主管部门", s["dept"], "实施单位", s["unit"]
    ws.merge_cells("B4:C4")
    ws.merge_cells("E4:F4")
    total, fiscal, other = s["funds"]
    ws.merge_cells("A5:A6")
    ws["A5"] = "项目资金"
    ws["B5"], ws["C5"], ws["D5"], ws["E5"] = "资金总额", total, "财政拨款", fiscal
    ws["D6"], ws["E6"] = "其他资金", other
    for c in ("C5", "E5", "E6"):
        ws[c].number_format = "0.00"
    ws["A7"], ws["B7"] = "当年绩效目标", s["goal"]
    ws.merge_cells("B7:F7")
    ws["B7"].alignment = Alignment(wrap_text=True)
    heads = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]
    for k, h in enumerate(heads):
        ws.cell(row=8, column=k + 1, value=h)
    r0 = 9
    start = r0
    for k, (typ, name, op, val, unit, w, pct) in enumerate(s["rows"]):
        r = r0 + k
        if k == 0 or s["rows"][k - 1][0] != typ:
            ws.cell(row=r, column=1, value=typ)
            start = r
        ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=3, value=op)
        c = ws.cell(row=r, column=4, value=val)
        if pct:
            c.number_format = "0%"
        if unit:
            ws.cell(row=r, column=5, value=unit)
        ws.cell(row=r, column=6, value=w)
        last = k == len(s["rows"]) - 1 or s["rows"][k + 1][0] != typ
        if last and r > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
    end = r0 + len(s["rows"])
    ws.cell(row=end, column=1, value="合计")
    ws.cell(row=end, column=6, value=sum(x[5] for x in s["rows"]))
    for col, width in zip("ABCDEF", (16, 34, 10, 12, 10, 10)):
        ws.column_dimensions[col].width = width


def main():
    wb = Workbook()
    wb.remove(wb.active)
    for s in SHEETS:
        write_sheet(wb.create_sheet(s["title"]), s)
    ws = wb.create_sheet("填报说明")
    ws["A1"] = "填报说明"
    ws["A2"] = "1.指标性质填写≥、≤、=或定性；定性指标的指标值填写文字描述，计量单位可不填。"
    ws["A3"] = "2.指标权重合计为100。"
    out = HERE / "docs" / "n06_cq_xlsx_yubei_culture.xlsx"
    out.parent.mkdir(exist_ok=True)
    wb.save(out)
    return out


if __name__ == "__main__":
    print(main())
