"""Writes the binary documents (xlsx / docx) of the frozen reader test set from the set's own,
invented content.  Run:  python bench/reader_eval/test/make_binary.py

The gold of these documents was written from the same content (values as a spreadsheet program
DISPLAYS them: 0.95 with a percent format is "95%").
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"

# A cell value is a str, or (number, number_format).
PCT0 = "0%"
PCT2 = "0.00%"
MONEY = "#,##0.00"


def disp(v):
    """What a spreadsheet shows for a cell value."""
    if v is None:
        return ""
    if isinstance(v, tuple):
        x, fmt = v
        if fmt.endswith("%"):
            decimals = len(fmt.split(".")[1]) - 1 if "." in fmt else 0
            return f"{x * 100:.{decimals}f}%"
        if fmt == MONEY:
            return f"{x:,.2f}"
        return str(x)
    return str(v)


# ---------------------------------------------------------------------------------------------
# t36 xlsx, 安徽, education, target declaration (sheet 2 of 3)
T36 = dict(
    name="县域普通高中办学条件改善项目",
    dept="六安市裕安区教育体育局",
    unit="六安市裕安区第一中学",
    year=2024,
    funds=dict(total=1280.0, fiscal=1080.0, other=200.0),  # 万元
    goal="新建理化生实验室12间、改造学生宿舍2栋，购置教学设备1850台（套），普通高中标准化实验室达标率达到100%，改善县域高中办学条件。",
    rows=[
        # l1, l2, l3, target
        ("产出指标", "数量指标", "新建理化生实验室", "≥12间"),
        ("", "", "改造学生宿舍", "2栋"),
        ("", "", "购置教学仪器设备", "≥1850台（套）"),
        ("", "", "新增学位", "≥600个"),
        ("", "质量指标", "标准化实验室达标率", (1, PCT0)),
        ("", "", "设备采购验收合格率", (1, PCT0)),
        ("", "", "宿舍改造工程质量合格率", (1, PCT0)),
        ("", "时效指标", "实验室建设完成时间", "2024年8月底前"),
        ("", "", "设备安装调试完成时间", "2024年9月开学前"),
        ("", "成本指标", "生均宿舍改造成本", "≤4500元"),
        ("效益指标", "经济效益指标", "", ""),
        ("", "社会效益指标", "普通高中毛入学率", (0.93, PCT0)),
        ("", "", "实验教学开出率", "≥95%"),
        ("", "生态效益指标", "", ""),
        ("", "可持续影响指标", "县域高中办学条件", "持续改善"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", (0.9, PCT0)),
        ("", "", "家长满意度", (0.9, PCT0)),
    ],
)

# t37 xlsx, 河南, health, two classic self-evaluations on two sheets (+ an instructions sheet)
T37 = [
    dict(
        sheet="医疗服务与保障能力提升",
        name="医疗服务与保障能力提升（公立医院综合改革）补助资金",
        dept="南阳市卧龙区卫生健康委员会",
        unit="南阳市卧龙区人民医院",
        year=2023,
        money=[  # label, 年初, 全年, 执行, 分值, 执行率, 得分  (万元)
            ("年度资金总额", 580.0, 612.0, 588.74, 10, (0.962, PCT2), 9.62),
            ("其中：当年财政拨款", 580.0, 580.0, 556.74, None, None, None),
            ("上年结转资金", None, 32.0, 32.0, None, None, None),
            ("其他资金", None, None, None, None, None, None),
        ],
        goal="落实公立医院综合改革补助政策，支持医院开展重点专科建设和人才培养，县域内就诊率达到90%以上，患者满意度达到90%以上。",
        real="建成市级重点专科2个，培养骨干医师28人，县域内就诊率91.3%。",
        rows=[
            # l1, l2, l3, target, actual, weight, score, deviation
            ("产出指标", "数量指标", "建设市级重点专科", "≥2个", "2个", 10, 10, ""),
            ("", "", "培养骨干医师", "≥25人", "28人", 10, 10, ""),
            ("", "", "开展远程会诊", "≥600例", "542例", 5, 4.5, "基层医疗机构远程设备更新滞后，下年度纳入医共体统一采购"),
            ("", "质量指标", "门诊处方合格率", (0.95, PCT0), (0.973, "0.0%"), 10, 10, ""),
            ("", "", "三四级手术占比", "≥30%", "33.6%", 5, 5, ""),
            ("", "时效指标", "补助资金拨付及时率", (1, PCT0), (1, PCT0), 10, 10, ""),
            ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "91.3%", 15, 15, ""),
            ("", "", "次均住院费用增幅", "≤5%", "3.2%", 10, 10, ""),
            ("", "可持续影响指标", "医院运行机制", "逐步完善", "逐步完善", 5, 5, ""),
            ("满意度指标", "服务对象满意度指标", "患者满意度", (0.9, PCT0), (0.925, "0.0%"), 10, 10, ""),
        ],
        total_score=99.12,
    ),
    dict(
        sheet="计划生育家庭扶助",
        name="计划生育家庭奖励扶助资金",
        dept="南阳市卧龙区卫生健康委员会",
        unit="南阳市卧龙区人口家庭服务中心",
        year=2023,
        money=[
            ("年度资金总额", 1426.8, 1426.8, 1426.8, 10, (1, PCT2), 10),
            ("其中：当年财政拨款", 1426.8, 1426.8, 1426.8, None, None, None),
            ("上年结转资金", None, None, None, None, None, None),
            ("其他资金", None, None, None, None, None, None),
        ],
        goal="按标准向符合条件的计划生育家庭发放奖励扶助金和特别扶助金，确保资金足额、及时发放到位。",
        real="全年发放奖励扶助1.52万人、特别扶助1386人，资金全部通过社保卡发放。",
        rows=[
            ("产出指标", "数量指标", "农村部分计划生育家庭奖励扶助人数", "≥1.5万人", "1.52万人", 15, 15, ""),
            ("", "", "计划生育特别扶助人数", "≥1350人", "1386人", 15, 15, ""),
            ("", "质量指标", "扶助对象资格确认准确率", (1, PCT0), (1, PCT0), 15, 15, ""),
            ("", "时效指标", "扶助资金发放时间", "6月30日前", "6月26日", 10, 10, ""),
            ("效益指标", "社会效益指标", "计划生育家庭发展能力", "有所提升", "有所提升", 15, 15, ""),
            ("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥95%", "97.6%", 20, 20, ""),
        ],
        total_score=100,
    ),
]

# t38 docx, 湖北, agriculture, target declaration
T38 = dict(
    name="农作物重大病虫害统防统治补助项目",
    dept="荆州市公安县农业农村局",
    unit="公安县植物保护站",
    year=2025,
    funds=dict(total=486.0, fiscal=486.0, other=None),
    goal="开展水稻、油菜等主要农作物重大病虫害统防统治42万亩次，病虫害绿色防控覆盖率达到50%以上，农作物病虫危害损失率控制在5%以内。",
    rows=[
        ("产出指标", "数量指标", "主要农作物病虫害统防统治面积", "≥42万亩次"),
        ("", "", "建设病虫害智能监测点", "≥8个"),
        ("", "", "培训新型农业经营主体及植保专业化服务组织人员", "≥1200人次"),
        ("", "质量指标", "重大病虫害防治处置率", "≥90%"),
        ("", "", "病虫害绿色防控覆盖率", "≥50%"),
        ("", "时效指标", "防控物资发放到位时间", "病虫发生关键期前"),
        ("", "成本指标", "统防统治亩次补助标准", "≤10元/亩次"),
        ("效益指标", "经济效益指标", "挽回粮油作物产量损失", "≥3.2万吨"),
        ("", "社会效益指标", "农作物病虫危害损失率", "≤5%"),
        ("", "生态效益指标", "化学农药使用量", "较上年减少"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ],
)

# t39 docx, 新疆, ecology, self-evaluation with the header inside the table
T39 = dict(
    name="重点区域大气污染防治项目",
    dept="克拉玛依市生态环境局",
    unit="克拉玛依市生态环境监测站",
    year=2023,
    money=("2,350.00", "2,350.00", "2,186.90", "10", "93.06%", "9.31"),  # 年初 全年 执行 分值 执行率 得分
    goal="完成燃煤锅炉清洁能源替代和重点企业挥发性有机物综合治理，PM2.5年均浓度控制在28微克/立方米以内，优良天数比例保持在88%以上。",
    real="完成燃煤锅炉替代46台、VOCs治理企业19家，PM2.5年均浓度26微克/立方米。",
    rows=[
        ("产出指标", "数量指标", "燃煤锅炉清洁能源替代", "≥45台", "46台", 10, 10, ""),
        ("", "", "重点企业挥发性有机物综合治理", "≥20家", "19家", 10, 9.5, "1家企业停产整顿，治理工程顺延"),
        ("", "", "建设大气颗粒物组分监测站", "1座", "1座", 5, 5, ""),
        ("", "质量指标", "治理设施验收合格率", "100%", "100%", 10, 10, ""),
        ("", "时效指标", "采暖季前完成锅炉替代", "10月15日前", "10月12日", 10, 10, ""),
        ("", "成本指标", "每蒸吨锅炉替代补助", "≤8万元", "7.6万元", 5, 5, ""),
        ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤28微克/立方米", "26微克/立方米", 15, 15, ""),
        ("", "", "空气质量优良天数比例", "≥88%", "90.4%", 10, 10, ""),
        ("", "社会效益指标", "重污染天气应对能力", "明显提升", "明显提升", 5, 5, ""),
        ("满意度指标", "服务对象满意度指标", "公众对大气环境满意度", "≥85%", "87.1%", 10, 10, ""),
    ],
    total_score=98.81,
    grade="优",
)

# t40 xlsx, 广东, public security, department target
T40 = dict(
    dept="茂名市电白区公安局",
    year=2025,
    staff=("财政供养人员数", 1268, "下属二级单位数", 0),
    funds=dict(basic=38640.5, project=9212.3, fiscal=46852.8, other=1000.0, total=47852.8),
    goal=("目标1：保持社会治安大局持续稳定，刑事案件发案数同比下降；\n目标2：推进智慧新警务建设，完成视频监控扩容升级；\n"
          "目标3：深化“放管服”改革，户政、出入境业务网上办理率达到85%。"),
    tasks=[
        ("社会治安防控体系建设", "视频监控扩容、治安卡口运维", 2260.0, "重点区域视频监控覆盖率达到100%"),
        ("执法办案中心运行", "执法办案管理中心运行维护及涉案财物管理", 860.0, "执法办案规范化水平提升"),
        ("道路交通安全管理", "交通信号设施维护、交通安全宣传", 1320.0, "道路交通事故死亡人数下降"),
    ],
    rows=[
        ("产出指标", "数量指标", "新增视频监控点位", "≥420个"),
        ("", "", "开展治安巡逻防控", "≥2.2万班次"),
        ("", "", "打击处理各类违法犯罪人员", "≥1800人"),
        ("", "质量指标", "重点区域视频监控覆盖率", (1, PCT0)),
        ("", "", "刑事案件破案率", "≥55%"),
        ("", "", "户政、出入境业务网上办理率", (0.85, PCT0)),
        ("", "时效指标", "110警情平均到场时间", "≤10分钟"),
        ("", "成本指标", "", ""),
        ("效益指标", "社会效益指标", "刑事案件发案数", "同比下降"),
        ("", "", "群众安全感", "≥98%"),
        ("", "可持续影响指标", "智慧新警务建设", "持续推进"),
        ("满意度指标", "服务对象满意度", "群众对公安工作满意度", (0.95, PCT0)),
        ("", "", "办事群众好评率", "≧98%"),
    ],
)

# t41 xlsx, 重庆, agriculture, Chongqing-style self-evaluation
T41 = dict(
    name="耕地地力保护补贴及农业生产发展资金",
    dept="重庆市万州区农业农村委员会",
    unit="重庆市万州区农业技术推广站",
    contact="陈志刚",
    year=2023,
    budget=8624.0, executed=8431.66,  # 万元
    goal="发放耕地地力保护补贴覆盖耕地146万亩，推广农业主推技术12项，粮食播种面积稳定在135万亩以上。",
    real="发放耕地地力保护补贴覆盖耕地147.2万亩，推广主推技术13项，粮食播种面积136.4万亩。",
    rows=[
        # type, name, op, value, unit, weight, actual, criteria
        ("产出指标", "耕地地力保护补贴覆盖面积", "≥", 146, "万亩", 15, 147.2, "完成目标值得满分，未完成按比例计分"),
        ("", "推广农业主推技术", "≥", 12, "项", 10, 13, "完成目标值得满分，未完成按比例计分"),
        ("", "补贴资金发放准确率", "=", 100, "%", 10, (1, PCT0), "完成得满分，每错发一户扣1分"),
        ("", "补贴资金兑付时间", "定性", "6月底前", "无", 5, "6月25日", "按时兑付得满分，延迟不得分"),
        ("效益指标", "粮食播种面积", "≥", 135, "万亩", 15, 136.4, "完成目标值得满分，未完成按比例计分"),
        ("", "农民种粮积极性", "定性", "有效调动", "无", 10, "有效调动", "视政策效果打分"),
        ("满意度指标", "补贴对象满意度", "≥", 90, "%", 15, 93, "完成目标值得满分，未完成按比例计分"),
        ("管理类指标", "预算执行率", "≥", 90, "%", 10, (0.9777, PCT0), "执行率≥90%得满分，每降低5个百分点扣1分"),
        ("", "资金使用合规性", "无", "合规", "无", 5, "合规", "出现违规使用情况每例扣1分"),
        ("", "管理制度健全性", "无", "健全", "无", 5, "健全", "视制度建立情况打分"),
    ],
)


# ---------------------------------------------------------------------------------------------
def _xlsx_t36(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    d = T36
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "项目基本信息"
    for r in [("项目编码", "34150324000000000186"), ("项目名称", d["name"]), ("项目类别", "其他运转类"),
              ("项目负责人", "王立新"), ("联系电话", "0564-3321906"), ("项目期限", "2024年1月—2024年12月"),
              ("申报理由", "部分高中实验室设备老化、宿舍容量不足，难以满足新课程新教材实施要求。")]:
        ws0.append(list(r))
    ws = wb.create_sheet("绩效目标申报表")
    ws.append(["项目支出绩效目标申报表"])
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["（2024年度）"])
    ws.merge_cells("A2:F2")
    ws.append(["项目名称", d["name"], None, None, None, None])
    ws.merge_cells("B3:F3")
    ws.append(["主管部门", d["dept"], None, "实施单位", d["unit"], None])
    ws.merge_cells("B4:C4")
    ws.merge_cells("E4:F4")
    ws.append(["项目资金\n（万元）", "年度资金总额", None, d["funds"]["total"], None, None])
    ws.append([None, "其中：财政拨款", None, d["funds"]["fiscal"], None, None])
    ws.append([None, "其他资金", None, d["funds"]["other"], None, None])
    ws.merge_cells("A5:A7")
    for r in (5, 6, 7):
        ws.merge_cells(f"B{r}:C{r}")
        ws.merge_cells(f"D{r}:F{r}")
        ws.cell(r, 4).number_format = MONEY
    ws.append(["年度目标", d["goal"], None, None, None, None])
    ws.merge_cells("B8:F8")
    ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"])
    start = 10
    for i, (l1, l2, l3, tg) in enumerate(d["rows"]):
        r = start + i
        ws.cell(r, 2, l1 or None)
        ws.cell(r, 3, l2 or None)
        ws.cell(r, 4, l3 or None)
        if isinstance(tg, tuple):
            c = ws.cell(r, 5, tg[0])
            c.number_format = tg[1]
        else:
            ws.cell(r, 5, tg or None)
    end = start + len(d["rows"]) - 1
    ws.merge_cells(f"A9:A{end}")
    # merge level-1 / level-2 blocks (text kept in the first cell only)
    for col in (2, 3):
        top = start
        for r in range(start + 1, end + 2):
            if r > end or ws.cell(r, col).value or (col == 3 and ws.cell(r, 2).value):
                if r - 1 > top:
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
                top = r
    ws.append(["填报单位（盖章）：", None, None, "填报日期：", "2023年11月", None])
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.column_dimensions["D"].width = 30
    ws3 = wb.create_sheet("支出明细")
    ws3.append(["支出内容", "数量", "单价（万元）", "金额（万元）"])
    ws3.append(["理化生实验室建设", 12, 38.5, 462])
    ws3.append(["学生宿舍改造", 2, 209, 418])
    ws3.append(["教学仪器设备购置", 1850, 0.2162, 400])
    ws3.append(["合计", None, None, "=SUM(D2:D4)"])
    wb.save(path)


def _xlsx_t37(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    wb.remove(wb.active)
    for d in T37:
        ws = wb.create_sheet(d["sheet"])
        ws.append(["项目支出绩效自评表"])
        ws.merge_cells("A1:I1")
        ws.append([f"（{d['year']}年度）"])
        ws.merge_cells("A2:I2")
        ws.append(["项目名称", d["name"]])
        ws.merge_cells("B3:I3")
        ws.append(["主管部门", d["dept"], None, None, None, "实施单位", d["unit"]])
        ws.merge_cells("B4:E4")
        ws.merge_cells("G4:I4")
        ws.append(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        for lab, a, b, c, pts, rate, sc in d["money"]:
            ws.append([None, lab, a, b, c, pts if pts is not None else "—", None if rate is None else rate[0],
                       sc if sc is not None else "—"])
            r = ws.max_row
            for col in (3, 4, 5):
                ws.cell(r, col).number_format = MONEY
            if rate is not None:
                ws.cell(r, 7).number_format = rate[1]
            else:
                ws.cell(r, 7, "—")
        ws.merge_cells("A5:A9")
        ws.append(["年度总体目标", "预期目标", None, None, None, "实际完成情况"])
        ws.append([None, d["goal"], None, None, None, d["real"]])
        r = ws.max_row
        ws.merge_cells(f"A{r-1}:A{r}")
        ws.merge_cells(f"B{r-1}:E{r-1}")
        ws.merge_cells(f"B{r}:E{r}")
        ws.merge_cells(f"F{r-1}:I{r-1}")
        ws.merge_cells(f"F{r}:I{r}")
        ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        head = ws.max_row
        for l1, l2, l3, tg, ac, w, s, dv in d["rows"]:
            ws.append([None, l1 or None, l2 or None, l3, None, None, w, s, dv or None])
            r = ws.max_row
            for col, v in ((5, tg), (6, ac)):
                if isinstance(v, tuple):
                    ws.cell(r, col, v[0]).number_format = v[1]
                else:
                    ws.cell(r, col, v)
        end = ws.max_row
        ws.merge_cells(f"A{head}:A{end}")
        for col in (2, 3):
            top = head + 1
            for r in range(head + 2, end + 2):
                if r > end or ws.cell(r, col).value or (col == 3 and ws.cell(r, 2).value):
                    if r - 1 > top:
                        ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
                    top = r
        ws.append(["总分", None, None, None, None, None, "=SUM(G12:G%d)+10" % end, d["total_score"], None])
        ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="center")
    ws = wb.create_sheet("填表说明")
    ws.append(["1.全年预算数=上年结转+年初预算+本年追加追减预算。"])
    ws.append(["2.偏差原因分析须针对未完成指标逐项说明。"])
    wb.save(path)


def _docx_t38(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = T38
    doc = Document()
    p = doc.add_paragraph("附件1")
    h = doc.add_paragraph("2025年项目支出绩效目标申报表")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(f"项目名称：{d['name']}")
    doc.add_paragraph(f"主管部门：{d['dept']}　　　　实施单位：{d['unit']}")
    doc.add_paragraph(f"项目资金（万元）：年度资金总额 {d['funds']['total']:.2f}，其中财政拨款 {d['funds']['fiscal']:.2f}，其他资金 —")
    doc.add_paragraph("年度绩效目标：")
    doc.add_paragraph(d["goal"])
    doc.add_paragraph("绩效指标：")
    rows = d["rows"]
    t = doc.add_table(rows=len(rows) + 1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        t.cell(0, j).text = h
    for i, (l1, l2, l3, tg) in enumerate(rows, start=1):
        if l1:
            t.cell(i, 0).text = l1
        if l2:
            t.cell(i, 1).text = l2
        t.cell(i, 2).text = l3
        t.cell(i, 3).text = tg
    # vertical merges for level-1 and level-2 blocks
    for col in (0, 1):
        top = 1
        for i in range(2, len(rows) + 2):
            brk = i > len(rows) or rows[i - 1][col] or (col == 1 and rows[i - 1][0])
            if brk:
                if i - 1 > top:
                    txt = t.cell(top, col).text
                    m = t.cell(top, col).merge(t.cell(i - 1, col))
                    m.text = txt
                top = i
    doc.add_paragraph("注：指标值为年度目标值。")
    doc.save(path)


def _docx_t39(path):
    from docx import Document

    d = T39
    doc = Document()
    doc.add_paragraph("附件2")
    doc.add_paragraph("克拉玛依市生态环境局2023年度项目支出绩效自评表")
    n = 9 + len(d["rows"]) + 1
    t = doc.add_table(rows=n, cols=9)
    t.style = "Table Grid"

    def put(r, c, s):
        t.cell(r, c).text = s

    put(0, 0, "项目名称")
    put(0, 1, d["name"])
    t.cell(0, 1).merge(t.cell(0, 8)).text = d["name"]
    put(1, 0, "主管部门")
    t.cell(1, 1).merge(t.cell(1, 3)).text = d["dept"]
    t.cell(1, 4).merge(t.cell(1, 5)).text = "实施单位"
    t.cell(1, 6).merge(t.cell(1, 8)).text = d["unit"]
    hdr = ["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for j, h in enumerate(hdr):
        if h:
            put(2, j, h)
    put(3, 1, "年度资金总额")
    for j, v in enumerate(d["money"]):
        put(3, 2 + j, v)
    put(4, 1, "其中：当年财政拨款")
    for j, v in enumerate(d["money"][:3]):
        put(4, 2 + j, v)
    put(5, 1, "上年结转资金")
    put(6, 1, "其他资金")
    m = t.cell(2, 0).merge(t.cell(6, 0))
    m.text = "项目资金（万元）"
    put(7, 0, "年度总体目标")
    t.cell(7, 1).merge(t.cell(7, 4)).text = "预期目标：" + d["goal"]
    t.cell(7, 5).merge(t.cell(7, 8)).text = "实际完成情况：" + d["real"]
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    put(8, 0, "绩效指标")
    for j, h in enumerate(heads):
        put(8, 1 + j, h)
    for i, (l1, l2, l3, tg, ac, w, s, dv) in enumerate(d["rows"]):
        r = 9 + i
        if l1:
            put(r, 1, l1)
        if l2:
            put(r, 2, l2)
        put(r, 3, l3)
        put(r, 4, tg)
        put(r, 5, ac)
        put(r, 6, str(w))
        put(r, 7, str(s))
        if dv:
            put(r, 8, dv)
    last = 9 + len(d["rows"]) - 1
    t.cell(8, 0).merge(t.cell(last, 0)).text = "绩效指标"
    # merge level-1 blocks only (level-2 labels repeated cells stay separate)
    rows = d["rows"]
    top = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0]:
            if i - 1 > top:
                txt = t.cell(9 + top, 1).text
                t.cell(9 + top, 1).merge(t.cell(9 + i - 1, 1)).text = txt
            top = i
    put(n - 1, 0, "总分")
    put(n - 1, 6, "100")
    put(n - 1, 7, str(d["total_score"]))
    doc.add_paragraph(f"自评等级：{d['grade']}")
    doc.add_paragraph("填报人：        审核人：        填报日期：2024年3月20日")
    doc.save(path)


def _xlsx_t40(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    d = T40
    f = d["funds"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([f"{d['year']}年部门整体支出绩效目标表"])
    ws.merge_cells("A1:E1")
    ws.append(["部门名称", d["dept"]])
    ws.merge_cells("B2:E2")
    ws.append(["基本信息", d["staff"][0], d["staff"][1], d["staff"][2], d["staff"][3]])
    ws.append(["预算整体情况", "部门预算支出", "预算金额（万元）", "收入来源", "预算金额（万元）"])
    ws.append([None, "基本支出", f["basic"], "财政拨款", f["fiscal"]])
    ws.append([None, "项目支出", f["project"], "其他资金", f["other"]])
    ws.append([None, "合计", f["total"], "合计", f["total"]])
    ws.merge_cells("A4:A7")
    for r in (5, 6, 7):
        ws.cell(r, 3).number_format = MONEY
        ws.cell(r, 5).number_format = MONEY
    ws.append(["总体绩效目标", d["goal"]])
    ws.merge_cells("B8:E8")
    ws.append(["年度重点工作任务", "任务名称", "工作内容", "预算金额（万元）", "预期目标"])
    for task in d["tasks"]:
        ws.append([None] + list(task))
    ws.merge_cells(f"A9:A{ws.max_row}")
    ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"])
    head = ws.max_row
    for l1, l2, l3, tg in d["rows"]:
        ws.append([None, l1 or None, l2 or None, l3 or None, None])
        r = ws.max_row
        if isinstance(tg, tuple):
            ws.cell(r, 5, tg[0]).number_format = tg[1]
        elif tg:
            ws.cell(r, 5, tg)
    end = ws.max_row
    ws.merge_cells(f"A{head}:A{end}")
    for col in (2, 3):
        top = head + 1
        for r in range(head + 2, end + 2):
            if r > end or ws.cell(r, col).value or (col == 3 and ws.cell(r, 2).value):
                if r - 1 > top:
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
                top = r
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(path)


def _xlsx_t41(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    d = T41
    wb = Workbook()
    ws = wb.active
    ws.title = "耕地地力保护"
    ws.append([f"{d['year']}年度项目支出绩效自评表"])
    ws.merge_cells("A1:O1")
    ws.append(["项目名称", d["name"], None, None, None, None, "项目联系人", None, d["contact"]])
    ws.merge_cells("B2:F2")
    ws.merge_cells("G2:H2")
    ws.merge_cells("I2:O2")
    ws.append(["项目实施单位", d["unit"], None, None, None, None, "项目主管部门", None, d["dept"]])
    ws.merge_cells("B3:F3")
    ws.merge_cells("G3:H3")
    ws.merge_cells("I3:O3")
    ws.append(["预算执行情况（万元）", "全年预算数（A）\n（含上年结转及年中调整）", None, None, None,
               "全年执行数（B）"])
    ws.append([None, d["budget"], None, None, None, d["executed"]])
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:E4")
    ws.merge_cells("B5:E5")
    ws.merge_cells("F4:O4")
    ws.merge_cells("F5:O5")
    ws.append(["当年绩效目标", "全年绩效目标", None, None, None, None, None, "全年目标实际完成情况"])
    ws.append([None, d["goal"], None, None, None, None, None, d["real"]])
    ws.merge_cells("A6:A7")
    ws.merge_cells("B6:G6")
    ws.merge_cells("H6:O6")
    ws.merge_cells("B7:G7")
    ws.merge_cells("H7:O7")
    ws.append(["指标类型", "指标名称", "指标\n性质", "指标值", "计量\n单位", "指标\n权重", "全年\n完成值", "评价标准"])
    head = ws.max_row
    ws.merge_cells(f"H{head}:N{head}")
    for typ, name, op, val, unit, w, ac, crit in d["rows"]:
        ws.append([typ or None, name, op, val, unit, w, None, crit])
        r = ws.max_row
        if isinstance(ac, tuple):
            ws.cell(r, 7, ac[0]).number_format = ac[1]
        else:
            ws.cell(r, 7, ac)
        ws.merge_cells(f"H{r}:N{r}")
    end = ws.max_row
    top = head + 1
    for r in range(head + 2, end + 2):
        if r > end or ws.cell(r, 1).value:
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
            top = r
    ws.append(["合计", None, None, None, None, "=SUM(F9:F%d)" % end])
    ws.merge_cells(f"A{ws.max_row}:E{ws.max_row}")
    ws.append(["说明", "未完成指标原因及改进措施：补贴对象满意度调查覆盖面偏小，下年度扩大抽样范围。"])
    ws.merge_cells(f"B{ws.max_row}:O{ws.max_row}")
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(path)


DOCS_OUT = {
    "t36_xlsx_anhui_edu.xlsx": _xlsx_t36,
    "t37_xlsx_henan_health.xlsx": _xlsx_t37,
    "t38_docx_hubei_agri.docx": _docx_t38,
    "t39_docx_xinjiang_env.docx": _docx_t39,
    "t40_xlsx_guangdong_police.xlsx": _xlsx_t40,
    "t41_xlsx_chongqing_agri.xlsx": _xlsx_t41,
}


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, fn in DOCS_OUT.items():
        fn(DOCS / name)
        print("wrote", DOCS / name)


if __name__ == "__main__":
    main()
