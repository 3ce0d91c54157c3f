"""Writes the binary documents of the dev set (xlsx / docx) from this set's own invented content.

    python3 make_binary.py        # writes docs/d41_*.xlsx, d42_*.xlsx, d43_*.docx, d44_*.docx

Content (units, projects, indicators, numbers) is invented for the set; the layouts follow the
shapes in which such forms are published (merged ranges, percent number formats, header blocks,
Word tables with merged cells and header paragraphs).
"""
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')

# ------------------------------------------------------------------ content
# indicator rows: (一级, 二级, 三级, 指标值, [实际完成值, 分值, 得分, 偏差原因])
# a value given as ('pct', 0.95) is written as the number 0.95 with a percent format;
# ('fmt', 0.95, '"≥"0%') with the given custom format.

D41_A = dict(
    title='2025年度项目支出绩效目标申报表',
    name='全域旅游示范区创建及智慧旅游平台运维',
    department='武夷山市文化体育和旅游局',
    unit='武夷山市旅游服务中心',
    total=480.0, fiscal=430.0, carry=50.0, other=None,
    goal='持续推进全域旅游示范区创建，完成智慧旅游平台升级及运维，全年接待游客1800万人次以上，旅游总收入同比增长8%以上。',
    rows=[
        ('产出指标', '数量指标', '智慧旅游平台接入景区数量', '≥28个'),
        ('产出指标', '数量指标', '开展旅游宣传营销活动', '≥15场'),
        ('产出指标', '数量指标', '培训旅游从业人员', '≥1200人次'),
        ('产出指标', '质量指标', '平台系统正常运行率', ('pct', 0.99)),
        ('产出指标', '质量指标', '旅游投诉处理结案率', ('pct', 1)),
        ('产出指标', '时效指标', '平台升级完成时间', '2025年6月底前'),
        ('产出指标', '成本指标', '平台年运维费用', '≤120万元'),
        ('效益指标', '经济效益指标', '旅游总收入增长率', '≥8%'),
        ('效益指标', '社会效益指标', '年接待游客人次', '≥1800万人次'),
        ('效益指标', '生态效益指标', None, None),
        ('效益指标', '可持续影响指标', '全域旅游品牌影响力', '持续提升'),
        ('满意度指标', '服务对象满意度指标', '游客满意度', ('pct', 0.92)),
    ])

D41_B = dict(
    title='项目支出绩效自评表',
    year_line='（2024年度）',
    name='非物质文化遗产保护传承补助',
    department='武夷山市文化体育和旅游局',
    unit='武夷山市文化馆',
    budget=(150.0, 162.0, 158.96, 10, ('pct', 0.98123), 9.81),
    fiscal=(150.0, 150.0, 146.96), carry=(None, 12.0, 12.0),
    goal='支持国家级、省级非遗代表性传承人开展传承活动，建设非遗传习所4个，开展非遗进校园活动30场。',
    achieved='支持传承人开展传习活动，建成非遗传习所4个，开展非遗进校园活动32场。',
    rows=[
        ('产出指标', '数量指标', '资助非遗代表性传承人', '≥36人', '38人', 10, 10, None),
        ('产出指标', '数量指标', '建设非遗传习所', '4个', '4个', 10, 10, None),
        ('产出指标', '数量指标', '开展非遗进校园活动', '≥30场', '32场', 10, 10, None),
        ('产出指标', '质量指标', '传承人年度考核合格率', ('fmt', 0.95, '"≥"0%'), ('pct', 0.974), 10, 10, None),
        ('产出指标', '时效指标', '补助资金拨付及时率', ('pct', 1), ('pct', 0.9), 10, 9,
         '下半年2名传承人资格复核，补助延后拨付'),
        ('效益指标', '社会效益指标', '非遗项目保护传承率', ('pct', 1), ('pct', 1), 15, 15, None),
        ('效益指标', '可持续影响指标', '非遗传承人才梯队', '逐步健全', '逐步健全', 15, 14,
         '青年传承人储备不足，拟扩大学徒补助范围'),
        ('满意度指标', '服务对象满意度指标', '传承人及学员满意度', ('fmt', 0.9, '"≥"0%'), ('pct', 0.955), 10, 10, None),
    ],
    total_score=97.81)

D42 = dict(
    unit_line='单位名称：西宁市城北区医疗保障局                                  金额单位：万元',
    title='2024年度项目支出绩效自评表',
    name='城乡居民医疗救助资金',
    department='西宁市城北区医疗保障局',
    unit='西宁市城北区医疗保障服务中心',
    budget=(980.0, 1046.0, 1021.7, 10, ('pct', 0.9768), 9.77),
    fiscal=(980.0, 980.0, 955.7), carry=(None, 66.0, 66.0),
    goal='对特困、低保、低保边缘等困难群众参加城乡居民医保给予资助，开展门诊和住院医疗救助，防范因病致贫返贫。',
    achieved='资助困难群众参保1.12万人，实施医疗救助2.36万人次，政策范围内住院费用救助比例71.5%。',
    rows=[
        ('产出指标', '数量指标', '资助困难群众参保人数', '≥1.1万人', '1.12万人', 10, 10, None),
        ('产出指标', '数量指标', '实施医疗救助人次', '≥2.2万人次', '2.36万人次', 10, 10, None),
        ('产出指标', '质量指标', '特困人员参保资助比例', ('pct', 1), ('pct', 1), 10, 10, None),
        ('产出指标', '质量指标', '政策范围内住院费用救助比例', ('fmt', 0.7, '"≥"0%'), ('pct', 0.715), 10, 10, None),
        ('产出指标', '时效指标', '“一站式”即时结算率', ('fmt', 0.95, '"≥"0%'), ('pct', 0.928), 10, 9.4,
         '部分省外就医费用需手工报销，下一步推动异地结算'),
        ('效益指标', '社会效益指标', '困难群众参保率', ('fmt', 0.99, '"≥"0%'), ('pct', 0.996), 15, 15, None),
        ('效益指标', '社会效益指标', '因病致贫返贫发生数', '0户', '0户', 15, 15, None),
        ('满意度指标', '服务对象满意度指标', '救助对象满意度', ('fmt', 0.9, '"≥"0%'), ('pct', 0.94), 10, 10, None),
    ],
    total_score=99.17, grade='优')

D43 = dict(
    name='孕产妇和儿童健康管理项目',
    department='海口市龙华区卫生健康委员会',
    unit='海口市龙华区妇幼保健院',
    total=185.6, fiscal=185.6,
    goal='为辖区孕产妇和0-6岁儿童提供免费健康管理服务，孕产妇系统管理率和3岁以下儿童系统管理率均达到90%以上，降低孕产妇和婴儿死亡率。',
    rows=[
        ('产出指标', '数量指标', '孕产妇免费产前检查人数', '≥6500人'),
        ('产出指标', '数量指标', '新生儿疾病筛查人数', '≥6200人'),
        ('产出指标', '数量指标', '0-6岁儿童健康管理人数', '≥4.8万人'),
        ('产出指标', '质量指标', '孕产妇系统管理率', '≥90%'),
        ('产出指标', '质量指标', '3岁以下儿童系统管理率', '≥90%'),
        ('产出指标', '质量指标', '新生儿听力筛查率', '≥95%'),
        ('产出指标', '时效指标', '资金拨付完成时间', '2025年11月底前'),
        ('产出指标', '成本指标', '新生儿疾病筛查补助标准', '≤180元/人'),
        ('效益指标', '社会效益指标', '孕产妇死亡率', '≤10/10万'),
        ('效益指标', '社会效益指标', '婴儿死亡率', '≤4‰'),
        ('效益指标', '可持续影响指标', '妇幼健康服务体系', '不断健全'),
        ('满意度指标', '服务对象满意度指标', '孕产妇及儿童家长满意度', '≥90%'),
    ])

D44 = dict(
    name='2024年公益性岗位补贴资金',
    department='晋中市榆次区人力资源和社会保障局',
    unit='榆次区就业服务中心',
    budget=('612.00', '655.40', '655.40', '10', '100%', '10'),
    fiscal=('612.00', '612.00', '612.00'), carry=('', '43.40', '43.40'),
    goal='开发公益性岗位安置就业困难人员1300人以上，按月足额发放岗位补贴和社会保险补贴，实现零就业家庭动态清零。',
    achieved='全年安置就业困难人员1342人，岗位补贴及社保补贴全部按月发放，零就业家庭动态清零。',
    rows=[
        ('产出指标', '数量指标', '公益性岗位安置就业困难人员', '≥1300人', '1342人', 15, 15, ''),
        ('产出指标', '数量指标', '其中：安置脱贫劳动力', '≥260人', '251人', 10, 9.6, '部分脱贫劳动力外出务工，未申请岗位'),
        ('产出指标', '质量指标', '补贴发放准确率', '100%', '100%', 10, 10, ''),
        ('产出指标', '时效指标', '补贴按月发放', '每月10日前', '每月10日前', 10, 10, ''),
        ('产出指标', '成本指标', '公益性岗位补贴标准', '按最低工资标准', '按最低工资标准', 5, 5, ''),
        ('效益指标', '社会效益指标', '零就业家庭动态清零率', '100%', '100%', 15, 15, ''),
        ('效益指标', '可持续影响指标', '公益性岗位退出转岗就业人数', '≥80人', '72人', 15, 13.5, '区内企业用工需求下降，转岗渠道有限'),
        ('满意度指标', '服务对象满意度指标', '上岗人员满意度', '≥90%', '93%', 10, 10, ''),
    ],
    total_score='98.1', grade='优')


# ------------------------------------------------------------------ xlsx helpers
def _put(ws, ref, value, fmt=None, bold=False):
    c = ws[ref]
    if isinstance(value, tuple):
        if value[0] == 'pct':
            c.value = value[1]
            c.number_format = '0.00%' if round(value[1] * 100, 2) != round(value[1] * 100, 1) else (
                '0.0%' if round(value[1] * 100, 1) != round(value[1] * 100) else '0%')
        else:
            c.value = value[1]
            c.number_format = value[2]
    else:
        c.value = value
        if fmt:
            c.number_format = fmt
    c.alignment = Alignment(wrap_text=True, vertical='center')
    if bold:
        c.font = Font(bold=True)
    return c


def _merge_runs(ws, col, first_row, labels):
    """write a label column with vertical merges over runs of equal labels"""
    i = 0
    while i < len(labels):
        j = i
        while j + 1 < len(labels) and labels[j + 1] == labels[i]:
            j += 1
        _put(ws, f'{col}{first_row + i}', labels[i])
        if j > i:
            ws.merge_cells(f'{col}{first_row + i}:{col}{first_row + j}')
        i = j + 1


def write_d41():
    wb = Workbook()
    ws = wb.active
    ws.title = '绩效目标申报表'
    a = D41_A
    _put(ws, 'A1', a['title'], bold=True)
    ws.merge_cells('A1:F1')
    _put(ws, 'A2', '（2025年度）')
    ws.merge_cells('A2:F2')
    _put(ws, 'A3', '项目名称'); _put(ws, 'C3', a['name']); ws.merge_cells('A3:B3'); ws.merge_cells('C3:F3')
    _put(ws, 'A4', '主管部门'); _put(ws, 'C4', a['department']); _put(ws, 'D4', '实施单位'); _put(ws, 'E4', a['unit'])
    ws.merge_cells('A4:B4'); ws.merge_cells('E4:F4')
    _put(ws, 'A5', '项目资金（万元）'); ws.merge_cells('A5:B8')
    for r, (lab, v) in enumerate([('年度资金总额', a['total']), ('其中：财政拨款', a['fiscal']),
                                  ('上年结转资金', a['carry']), ('其他资金', a['other'])], start=5):
        _put(ws, f'C{r}', lab)
        ws.merge_cells(f'C{r}:D{r}')
        if v is not None:
            _put(ws, f'E{r}', v, '#,##0.00')
        ws.merge_cells(f'E{r}:F{r}')
    _put(ws, 'A9', '年度目标'); _put(ws, 'C9', a['goal']); ws.merge_cells('A9:B9'); ws.merge_cells('C9:F9')
    _put(ws, 'A10', '绩效指标'); _put(ws, 'B10', '一级指标'); _put(ws, 'C10', '二级指标'); _put(ws, 'D10', '三级指标')
    ws.merge_cells('D10:E10'); _put(ws, 'F10', '指标值')
    rows = a['rows']
    first = 11
    _merge_runs(ws, 'B', first, [r[0] for r in rows])
    _merge_runs(ws, 'C', first, [r[1] for r in rows])
    for k, r in enumerate(rows):
        n = first + k
        if r[2]:
            _put(ws, f'D{n}', r[2])
        ws.merge_cells(f'D{n}:E{n}')
        if r[3] is not None:
            _put(ws, f'F{n}', r[3])
    ws.merge_cells(f'A10:A{first + len(rows) - 1}')
    for col, w in zip('ABCDEF', (10, 12, 18, 22, 14, 16)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet('自评表')
    b = D41_B
    _put(ws2, 'A1', b['title'], bold=True); ws2.merge_cells('A1:I1')
    _put(ws2, 'A2', b['year_line']); ws2.merge_cells('A2:I2')
    _put(ws2, 'A3', '项目名称'); _put(ws2, 'C3', b['name']); ws2.merge_cells('A3:B3'); ws2.merge_cells('C3:I3')
    _put(ws2, 'A4', '主管部门'); _put(ws2, 'C4', b['department']); _put(ws2, 'F4', '实施单位'); _put(ws2, 'G4', b['unit'])
    ws2.merge_cells('A4:B4'); ws2.merge_cells('C4:E4'); ws2.merge_cells('G4:I4')
    _put(ws2, 'A5', '项目资金（万元）'); ws2.merge_cells('A5:B8')
    for col, lab in zip('DEFGHI', ('年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分')):
        _put(ws2, f'{col}5', lab)
    _put(ws2, 'C6', '年度资金总额')
    for col, v in zip('DEFGHI', b['budget']):
        _put(ws2, f'{col}6', v, '#,##0.00' if isinstance(v, float) else None)
    _put(ws2, 'C7', '其中：财政拨款')
    for col, v in zip('DEF', b['fiscal']):
        if v is not None:
            _put(ws2, f'{col}7', v, '#,##0.00')
    _put(ws2, 'C8', '上年结转资金')
    for col, v in zip('DEF', b['carry']):
        if v is not None:
            _put(ws2, f'{col}8', v, '#,##0.00')
    _put(ws2, 'A9', '年度总体目标'); ws2.merge_cells('A9:A10')
    _put(ws2, 'B9', '预期目标'); ws2.merge_cells('B9:E9'); _put(ws2, 'F9', '实际完成情况'); ws2.merge_cells('F9:I9')
    _put(ws2, 'B10', b['goal']); ws2.merge_cells('B10:E10'); _put(ws2, 'F10', b['achieved']); ws2.merge_cells('F10:I10')
    for col, lab in zip('ABCDEFGHI', ('绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值',
                                       '分值', '得分', '偏差原因分析及改进措施')):
        _put(ws2, f'{col}11', lab)
    rows = b['rows']
    first = 12
    _merge_runs(ws2, 'B', first, [r[0] for r in rows])
    _merge_runs(ws2, 'C', first, [r[1] for r in rows])
    for k, r in enumerate(rows):
        n = first + k
        _put(ws2, f'D{n}', r[2]); _put(ws2, f'E{n}', r[3]); _put(ws2, f'F{n}', r[4])
        _put(ws2, f'G{n}', r[5]); _put(ws2, f'H{n}', r[6])
        if r[7]:
            _put(ws2, f'I{n}', r[7])
    ws2.merge_cells(f'A11:A{first + len(rows) - 1}')
    n = first + len(rows)
    _put(ws2, f'A{n}', '总分'); ws2.merge_cells(f'A{n}:F{n}'); _put(ws2, f'G{n}', 100); _put(ws2, f'H{n}', b['total_score'])

    ws3 = wb.create_sheet('填报说明')
    ws3['A1'] = '填报说明'
    ws3['A2'] = '1.绩效指标应细化、量化，定量指标须填写计量单位。'
    ws3['A3'] = '2.自评得分保留两位小数，预算执行率分值统一为10分。'
    wb.save(os.path.join(DOCS, 'd41_xlsx_fujian_culture.xlsx'))


def write_d42():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Sheet1'
    d = D42
    _put(ws, 'A1', '附件2'); _put(ws, 'A2', d['title'], bold=True); ws.merge_cells('A2:I2')
    _put(ws, 'A3', d['unit_line']); ws.merge_cells('A3:I3')
    _put(ws, 'A4', '项目名称'); _put(ws, 'C4', d['name']); ws.merge_cells('A4:B4'); ws.merge_cells('C4:I4')
    _put(ws, 'A5', '主管部门'); _put(ws, 'C5', d['department']); _put(ws, 'F5', '实施单位'); _put(ws, 'G5', d['unit'])
    ws.merge_cells('A5:B5'); ws.merge_cells('C5:E5'); ws.merge_cells('G5:I5')
    _put(ws, 'A6', '项目资金'); ws.merge_cells('A6:B9')
    for col, lab in zip('DEFGHI', ('年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分')):
        _put(ws, f'{col}6', lab)
    _put(ws, 'C7', '年度资金总额：')
    for col, v in zip('DEFGHI', d['budget']):
        _put(ws, f'{col}7', v, '0.00' if isinstance(v, float) else None)
    _put(ws, 'C8', '其中：当年财政拨款')
    for col, v in zip('DEF', d['fiscal']):
        _put(ws, f'{col}8', v, '0.00')
    _put(ws, 'C9', '上年结转资金')
    for col, v in zip('DEF', d['carry']):
        if v is not None:
            _put(ws, f'{col}9', v, '0.00')
    _put(ws, 'A10', '年度总体目标'); ws.merge_cells('A10:A11')
    _put(ws, 'B10', '预期目标'); ws.merge_cells('B10:E10'); _put(ws, 'F10', '实际完成情况'); ws.merge_cells('F10:I10')
    _put(ws, 'B11', d['goal']); ws.merge_cells('B11:E11'); _put(ws, 'F11', d['achieved']); ws.merge_cells('F11:I11')
    for col, lab in zip('ABCDEFGHI', ('绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值',
                                       '分值', '得分', '偏差原因分析及改进措施')):
        _put(ws, f'{col}12', lab)
    rows = d['rows']
    first = 13
    _merge_runs(ws, 'B', first, [r[0] for r in rows])
    _merge_runs(ws, 'C', first, [r[1] for r in rows])
    for k, r in enumerate(rows):
        n = first + k
        _put(ws, f'D{n}', r[2]); _put(ws, f'E{n}', r[3]); _put(ws, f'F{n}', r[4])
        _put(ws, f'G{n}', r[5]); _put(ws, f'H{n}', r[6])
        if r[7]:
            _put(ws, f'I{n}', r[7])
    ws.merge_cells(f'A12:A{first + len(rows) - 1}')
    n = first + len(rows)
    _put(ws, f'A{n}', '总分'); ws.merge_cells(f'A{n}:F{n}'); _put(ws, f'G{n}', 100); _put(ws, f'H{n}', d['total_score'])
    _put(ws, f'A{n + 1}', '自评等级'); ws.merge_cells(f'A{n + 1}:F{n + 1}'); _put(ws, f'G{n + 1}', d['grade'])
    ws.merge_cells(f'G{n + 1}:I{n + 1}')
    _put(ws, f'A{n + 2}', '填报人：            联系电话：            填报日期：2025年3月12日'); ws.merge_cells(f'A{n + 2}:I{n + 2}')
    wb.save(os.path.join(DOCS, 'd42_xlsx_qinghai_medins.xlsx'))


# ------------------------------------------------------------------ docx helpers
def _table_rows_with_merges(table, first_row, col, labels):
    i = 0
    while i < len(labels):
        j = i
        while j + 1 < len(labels) and labels[j + 1] == labels[i]:
            j += 1
        top = table.cell(first_row + i, col)
        if j > i:
            top = top.merge(table.cell(first_row + j, col))
        top.text = labels[i]
        i = j + 1


def write_d43():
    d = D43
    doc = Document()
    style = doc.styles['Normal']
    style.font.size = Pt(10.5)
    doc.add_paragraph('附件1')
    h = doc.add_paragraph('2025年度项目支出绩效目标申报表')
    h.runs[0].bold = True
    doc.add_paragraph(f'项目名称：{d["name"]}')
    doc.add_paragraph(f'主管部门：{d["department"]}　　　　实施单位：{d["unit"]}')
    doc.add_paragraph(f'项目资金（万元）：年度资金总额 {d["total"]:.2f}，其中：财政拨款 {d["fiscal"]:.2f}，其他资金 0.00')
    doc.add_paragraph(f'年度绩效目标：{d["goal"]}')
    rows = d['rows']
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = 'Table Grid'
    for k, lab in enumerate(('一级指标', '二级指标', '三级指标', '指标值')):
        t.cell(0, k).text = lab
    _table_rows_with_merges(t, 1, 0, [r[0] for r in rows])
    _table_rows_with_merges(t, 1, 1, [r[1] for r in rows])
    for k, r in enumerate(rows, start=1):
        t.cell(k, 2).text = r[2]
        t.cell(k, 3).text = r[3]
    doc.add_paragraph('')
    doc.add_paragraph('填报人：　　　　　　联系电话：0898-6653XXXX')
    doc.save(os.path.join(DOCS, 'd43_docx_hainan_health.docx'))


def write_d44():
    d = D44
    doc = Document()
    doc.add_paragraph('项目支出绩效自评表').runs[0].bold = True
    doc.add_paragraph('（2024年度）')
    rows = d['rows']
    head = 9
    t = doc.add_table(rows=head + len(rows) + 1, cols=9)
    t.style = 'Table Grid'

    def m(r1, c1, r2, c2, text):
        c = t.cell(r1, c1)
        if (r1, c1) != (r2, c2):
            c = c.merge(t.cell(r2, c2))
        c.text = text
    m(0, 0, 0, 1, '项目名称'); m(0, 2, 0, 8, d['name'])
    m(1, 0, 1, 1, '主管部门'); m(1, 2, 1, 4, d['department']); t.cell(1, 5).text = '实施单位'; m(1, 6, 1, 8, d['unit'])
    m(2, 0, 5, 1, '项目资金（万元）')
    for k, lab in enumerate(('年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分')):
        t.cell(2, 3 + k).text = lab
    t.cell(3, 2).text = '年度资金总额'
    for k, v in enumerate(d['budget']):
        t.cell(3, 3 + k).text = v
    t.cell(4, 2).text = '其中：财政拨款'
    t.cell(5, 2).text = '上年结转资金'
    for k in range(3):
        t.cell(4, 3 + k).text = d['fiscal'][k]
        t.cell(5, 3 + k).text = d['carry'][k]
    for r in (4, 5):
        for c in (6, 8):
            t.cell(r, c).text = '—'
    m(6, 0, 7, 0, '年度总体目标'); m(6, 1, 6, 4, '预期目标'); m(6, 5, 6, 8, '实际完成情况')
    m(7, 1, 7, 4, d['goal']); m(7, 5, 7, 8, d['achieved'])
    for k, lab in enumerate(('绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分',
                             '偏差原因分析及改进措施')):
        t.cell(8, k).text = lab
    _table_rows_with_merges(t, head, 1, [r[0] for r in rows])
    _table_rows_with_merges(t, head, 2, [r[1] for r in rows])
    for k, r in enumerate(rows, start=head):
        for c, v in zip(range(3, 9), r[2:]):
            t.cell(k, c).text = str(v)
    m(8, 0, head + len(rows) - 1, 0, '绩效指标')
    last = head + len(rows)
    m(last, 0, last, 5, '总分'); t.cell(last, 6).text = '100'; t.cell(last, 7).text = d['total_score']
    t.cell(last, 8).text = f'自评等级：{d["grade"]}'
    doc.add_paragraph('说明：偏差原因须逐项说明。')
    doc.save(os.path.join(DOCS, 'd44_docx_shanxi_hr.docx'))


if __name__ == '__main__':
    os.makedirs(DOCS, exist_ok=True)
    write_d41()
    write_d42()
    write_d43()
    write_d44()
    print('written: d41 d42 (xlsx), d43 d44 (docx)')
