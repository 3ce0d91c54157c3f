"""Write the dev11 set: docs/, gold/ and meta.json from the invented content below.

    python bench/reader_eval/dev11/make_dev11.py

Every name, unit, indicator and number here is invented for this set. Each form is described once
(header fields, funds in 万元, goal, indicator rows with their canonical levels); a *grid builder*
turns it into the rows of cells (+ merged spans) of one template — with the level labels printed
the way the document prints them (short, numbered, letter-spaced) — and a *renderer* prints that
grid as it reaches a user (tab copy, pdftotext -layout, one cell per line, one line with single
spaces, PDF-scrambled one line, run-together text). The gold is written from the form itself
(FORMAT.md: 万元 → 元, target = sign + value + unit, canonical level names, null when not
printed), so document and gold cannot disagree.
"""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

# The text renderers (tab, cell per line, run together, one line, laid out) and the small
# helpers are dev10's: one implementation of each shape for every set that prints it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "dev10"))
from make_dev10 import (  # noqa: E402
    r_cell,
    r_layout,
    r_oneline,
    r_run,
    r_tab,
    vert_label,
    wan,
)

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

L = "<"  # covered by the cell on the left (horizontal merge)
U = "^"  # covered by the cell above (vertical merge)

P, B, S, M = "产出指标", "效益指标", "满意度指标", "管理类指标"
SL = "服务对象满意度指标"


# ---------------------------------------------------------------- content


@dataclass
class Row:
    l1: str
    l2: str | None
    l3: str
    op: str = ""  # printed sign (≥ ≤ =), "" for none
    val: str = ""
    unit: str = ""
    actual: str | None = None  # as printed
    weight: float | None = None
    score: float | None = None
    dev: str | None = None
    nat: str = ""  # 指标性质 word when the form prints one (正向/反向/定性/定量)

    @property
    def target(self) -> str | None:
        t = self.op + self.val + self.unit
        return t or None


@dataclass
class Form:
    kind: str  # target_declaration | self_evaluation | department_target | department_self_evaluation
    name: str
    dept: str | None
    unit: str | None
    year: int | None
    total: float | None = None  # 万元 (self-evaluations: 全年预算数)
    fiscal: float | None = None
    other: float | None = None
    carry: float | None = None
    executed: float | None = None
    plan: tuple | None = None  # self-eval: 年初预算数 (total, fiscal, carry, other)
    goal: str | None = None
    actual_goal: str | None = None
    rows: list[Row] = field(default_factory=list)
    total_score: float | None = None
    grade: str | None = None
    fund_weight: float | None = None
    fund_score: float | None = None
    tasks: list[tuple] = field(default_factory=list)
    gold_name: str | None = None

    def rate(self) -> float | None:
        if self.executed is None or not self.total:
            return None
        return round(self.executed / self.total * 100, 2)


def fmt(x) -> str:
    if x is None:
        return ""
    return f"{x:.2f}".rstrip("0").rstrip(".")


def yuan(x) -> str:
    """an amount in 万元 printed in 元 with thousands separators"""
    if x is None:
        return ""
    return f"{x * 10000:,.2f}"


def gold_of(f: Form, *, funds: tuple = ("total", "fiscal", "carry", "other", "executed"), goal=True,
            score=True, rate=True) -> dict:
    ev = f.kind in ("self_evaluation", "department_self_evaluation")
    get = {"total": f.total, "fiscal": f.fiscal, "carry": f.carry, "other": f.other, "executed": f.executed}
    fund = {k: (wan(get[k]) if k in funds else None) for k in get}
    return {
        "name": f.gold_name or f.name,
        "department": f.dept,
        "unit": f.unit,
        "year": f.year,
        "form": f.kind,
        "funds": {
            "total": fund["total"], "fiscal": fund["fiscal"], "carryover": fund["carry"],
            "other": fund["other"],
            "executed": fund["executed"] if ev else None,
            "execution_rate": f.rate() if ev and rate else None,
        },
        "goal": f.goal if goal else None,
        "total_score": f.total_score if score else None,
        "grade": f.grade if score else None,
        "indicators": [
            {"level1": r.l1, "level2": r.l2, "level3": r.l3, "target": r.target,
             "actual": r.actual if ev else None, "weight": r.weight, "score": r.score if ev else None,
             "deviation": r.dev if ev else None}
            for r in f.rows
        ],
    }


# F01 青海 水利 — Chongqing declaration (指标类型 = level-2 names), tab copy
F01 = Form(
    "target_declaration", "2025年农村牧区供水保障工程维修养护项目", "青海省海南藏族自治州水利局",
    "海南州农村牧区供水管理站", 2025, total=486, fiscal=486, other=0,
    goal="对全州农村牧区集中供水工程开展维修养护，更换老化入户管网，保障1.2万名农牧民饮水安全，"
         "农村牧区自来水普及率达到88%以上。",
    rows=[
        Row(P, "数量指标", "维修养护农村牧区集中供水工程", "≥", "42", "处", weight=15),
        Row(P, "数量指标", "更换老化入户供水管网", "≥", "86", "公里", weight=10),
        Row(P, "质量指标", "维修养护工程验收合格率", "=", "100", "%", weight=10),
        Row(P, "质量指标", "农村牧区自来水普及率", "≥", "88", "%", weight=10),
        Row(P, "时效指标", "维修养护任务完成时间", "", "2025年11月底前", "", weight=10),
        Row(P, "成本指标", "单处工程维修养护补助", "≤", "12", "万元/处", weight=10),
        Row(B, "社会效益指标", "受益农牧民人口", "≥", "1.2", "万人", weight=15),
        Row(B, "可持续影响指标", "工程长效运行管护机制", "", "健全", "", weight=10),
        Row(S, SL, "受益群众满意度", "≥", "90", "%", weight=10),
    ])

# F02 宁夏 林业草原 — Chongqing self-evaluation, 产出类/效益类/满意度类/管理类 types (level-2 null)
F02 = Form(
    "self_evaluation", "2023年国土绿化示范项目", "宁夏回族自治区固原市林业和草原局",
    "固原市林业技术推广服务中心", 2023, total=1260, executed=1198.7,
    goal="完成人工造林3.5万亩、退化林修复1.8万亩，造林成活率达到85%以上，项目区林草覆盖率稳步提高。",
    actual_goal="完成人工造林3.62万亩、退化林修复1.8万亩，造林成活率87.6%，新增林草覆盖面积5.42万亩。",
    rows=[
        Row(P, "数量指标", "人工造林面积", "≥", "3.5", "万亩", "3.62", 15),
        Row(P, None, "退化林修复面积", "≥", "1.8", "万亩", "1.8", 10),
        Row(P, None, "造林成活率", "≥", "85", "%", "87.6", 10),
        Row(P, None, "苗木检验检疫合格率", "=", "100", "%", "100", 5),
        Row(B, None, "新增林草覆盖面积", "≥", "5.3", "万亩", "5.42", 10),
        Row(B, None, "项目区水土流失治理程度", "", "有效改善", "", "有效改善", 10),
        Row(S, None, "项目区群众满意度", "≥", "90", "%", "93", 10),
        Row(M, None, "预算执行率", "≥", "90", "%", "95.13", 10),
        Row(M, None, "资金使用合规性", "", "合规", "", "合规", 10),
        Row(M, None, "政府采购程序性", "", "合规", "", "较合规", 10),
    ])

# F03 西藏 体育 — Chongqing declaration, columns reordered, 正向/反向/定性, no weights, 元
F03 = Form(
    "target_declaration", "2026年全民健身公共服务设施补短板项目", "西藏自治区拉萨市体育局",
    "拉萨市全民健身服务中心", 2026, total=386, fiscal=386, other=None,
    goal="新建改造乡镇（街道）全民健身广场8个，配建健身路径36套，举办全民健身赛事活动12场次，"
         "群众身边的健身设施进一步完善。",
    rows=[
        Row(P, "数量指标", "新建改造乡镇（街道）全民健身广场", "", "8", "个", nat="正向"),
        Row(P, "数量指标", "配建健身路径", "", "36", "套", nat="正向"),
        Row(P, "数量指标", "举办全民健身赛事活动", "", "12", "场次", nat="正向"),
        Row(P, "质量指标", "健身器材安装验收合格率", "", "100", "%", nat="正向"),
        Row(P, "时效指标", "项目完工时间", "", "2026年10月底前", "", nat="定性"),
        Row(P, "成本指标", "单个健身广场建设成本", "", "35", "万元", nat="反向"),
        Row(B, "社会效益指标", "经常参加体育锻炼人数比例", "", "较上年提高", "", nat="定性"),
        Row(B, "社会效益指标", "城区健身设施服务半径", "", "1.5", "公里", nat="反向"),
        Row(S, SL, "健身群众满意度", "", "95", "%", nat="正向"),
    ])

# F04 海南 统计 — Chongqing self-evaluation, short 指标类型, 定量/定性 with the sign in 指标值
F04 = Form(
    "self_evaluation", "2024年第五次全国经济普查数据采集处理项目", "海南省三亚市统计局", "三亚市普查中心",
    2024, total=328.5, executed=316.42,
    goal="完成全市第五次全国经济普查清查登记和数据采集处理，普查数据差错率控制在1%以内，按时上报普查数据。",
    actual_goal="清查登记普查对象2.71万个，普查数据差错率0.6%，数据于2024年4月28日全部上报。",
    rows=[
        Row(P, "数量指标", "普查对象清查登记数量", "≥", "2.6", "万个", "2.71", 15, 15, nat="定量"),
        Row(P, "数量指标", "开展普查员业务培训", "≥", "6", "期", "6", 5, 5, nat="定量"),
        Row(P, "质量指标", "普查数据差错率", "≤", "1", "%", "0.6", 15, 15, nat="定量"),
        Row(P, "质量指标", "普查数据审核通过率", "≥", "98", "%", "99.2", 10, 10, nat="定量"),
        Row(P, "时效指标", "普查数据上报完成时间", "", "2024年4月30日前", "", "2024年4月28日", 10, 10, nat="定性"),
        Row(P, "成本指标", "普查员人均劳务补助", "≤", "3000", "元/人", "2860", 10, 10, nat="定量"),
        Row(B, "社会效益指标", "普查成果对政府决策支撑作用", "", "有效提升", "", "有效提升", 15, 14,
            "普查成果开发应用仍在推进，部分专题分析报告于次年一季度发布", nat="定性"),
        Row(S, SL, "普查对象配合满意度", "≥", "90", "%", "92.5", 10, 10, nat="定量"),
    ],
    total_score=89)

# F05 内蒙古 档案 — Chongqing self-evaluation, one line
F05 = Form(
    "self_evaluation", "2021年馆藏档案数字化加工项目", "内蒙古自治区包头市档案局", "包头市档案馆", 2021,
    total=96, executed=93.8,
    goal="完成馆藏重点档案数字化扫描120万画幅、目录著录18万条，数字化成果质检合格率不低于99%，提升档案利用服务水平。",
    actual_goal="完成扫描126.4万画幅、目录著录18.3万条，质检合格率99.6%。",
    rows=[
        Row(P, "数量指标", "馆藏档案数字化扫描", "≥", "120", "万画幅", "126.4", 20),
        Row(P, "数量指标", "档案目录数据著录", "≥", "18", "万条", "18.3", 10),
        Row(P, "质量指标", "数字化成果质检合格率", "≥", "99", "%", "99.6", 15),
        Row(P, "时效指标", "数字化加工任务完成时间", "", "12月底前", "", "12月20日", 10),
        Row(P, "成本指标", "单幅扫描加工成本", "≤", "0.35", "元/画幅", "0.33", 10),
        Row(B, "社会效益指标", "档案利用服务查档人次", "≥", "1.2", "万人次", "1.35", 15),
        Row(B, "可持续影响指标", "档案原件保护水平", "", "有效提升", "", "有效提升", 10),
        Row(S, SL, "查档群众满意度", "≥", "95", "%", "97", 10),
    ])

# F06 吉林 民族宗教 — declaration with short labels (产出/效益/满意度, 数量指标(或建筑规模指标), 满意度指标 twice)
F06 = Form(
    "target_declaration", "2022年少数民族特色村寨保护与发展项目", "吉林省延边朝鲜族自治州民族宗教事务局",
    "延边州民族事务服务中心", 2022, total=650, fiscal=600, other=50,
    goal="保护修缮少数民族特色村寨8个，改造民居风貌260户，发展特色产业，带动村民增收，促进民族团结进步。",
    rows=[
        Row(P, "数量指标", "特色村寨保护修缮数量", "≥", "8", "个"),
        Row(P, "数量指标", "民居风貌改造户数", "≥", "260", "户"),
        Row(P, "质量指标", "修缮工程验收合格率", "", "100", "%"),
        Row(P, "时效指标", "项目完工时间", "", "2022年11月底前", ""),
        Row(P, "成本指标", "单个村寨补助标准", "≤", "80", "万元"),
        Row(B, "社会效益指标", "带动村民户均增收", "≥", "2000", "元/户"),
        Row(B, "社会效益指标", "民族团结进步示范创建", "", "有效推进", ""),
        Row(B, "可持续影响指标", "特色村寨长效保护机制", "", "逐步建立", ""),
        Row(S, SL, "村民满意度", "≥", "90", "%"),
    ])

# F07 黑龙江 市场监管 — classic self-evaluation with numbered labels 一、产出指标 / （一）数量指标
F07 = Form(
    "self_evaluation", "2021年食品安全抽检监测项目", "黑龙江省齐齐哈尔市市场监督管理局",
    "齐齐哈尔市食品检验检测中心", 2021, plan=(180, 180, None, None), total=180, fiscal=180,
    executed=172.46, fund_weight=10, fund_score=9.58,
    goal="完成食品安全监督抽检4800批次、食用农产品快检1.5万批次，不合格食品核查处置率100%，食品安全抽检合格率保持在97%以上。",
    actual_goal="完成监督抽检4923批次、快检1.62万批次，不合格食品全部核查处置，抽检合格率97.8%。",
    rows=[
        Row(P, "数量指标", "食品安全监督抽检批次", "≥", "4800", "批次", "4923批次", 10, 10),
        Row(P, "数量指标", "食用农产品快检数量", "≥", "1.5", "万批次", "1.62万批次", 10, 10),
        Row(P, "质量指标", "抽检任务完成率", "=", "100", "%", "100%", 10, 10),
        Row(P, "质量指标", "不合格食品核查处置率", "=", "100", "%", "100%", 10, 10),
        Row(P, "时效指标", "抽检结果公布时限", "≤", "20", "个工作日", "18个工作日", 10, 10),
        Row(P, "成本指标", "单批次抽检检验费用", "≤", "600", "元/批次", "585元/批次", 5, 5),
        Row(B, "社会效益指标", "食品安全抽检合格率", "≥", "97", "%", "97.8%", 15, 15),
        Row(B, "可持续影响指标", "食品安全风险防控能力", "", "持续提升", "", "持续提升", 10, 9,
            "风险预警信息化平台尚未建成，计划2022年6月底前完成"),
        Row(S, SL, "社会公众满意度", "≥", "85", "%", "83.6%", 10, 8.5,
            "问卷样本集中于城区，下一年度扩大农村样本并加强宣传"),
    ],
    total_score=97.08, grade="优")

# F08 江西 生态环境 — declaration, letter-spaced level-1 labels, 满意度指标 at both levels
F08 = Form(
    "target_declaration", "2020年重点流域水生态环境保护项目", "江西省九江市生态环境局", "九江市生态环境监测站", 2020,
    total=1200, fiscal=1000, other=200,
    goal="建设水质自动监测站6座，排查整治入河排污口120个，国考断面水质优良比例达到90%以上，流域水环境监管能力明显提升。",
    rows=[
        Row(P, "数量指标", "新建水质自动监测站", "≥", "6", "座"),
        Row(P, "数量指标", "入河排污口排查整治数量", "≥", "120", "个"),
        Row(P, "质量指标", "自动监测数据有效传输率", "≥", "90", "%"),
        Row(P, "时效指标", "监测站建成并联网运行时间", "", "2020年12月底前", ""),
        Row(P, "成本指标", "单座自动监测站建设成本", "≤", "150", "万元"),
        Row(B, "生态效益指标", "国考断面水质优良比例", "≥", "90", "%"),
        Row(B, "社会效益指标", "群众涉水环境信访件数", "", "较上年下降", ""),
        Row(B, "可持续影响指标", "流域水环境监管能力", "", "有效提升", ""),
        Row(S, SL, "沿岸群众满意度", "≥", "85", "%"),
    ])

# F09 广西 退役军人事务 — department target, short labels
F09 = Form(
    "department_target", "广西壮族自治区桂林市退役军人事务局部门整体支出", "桂林市退役军人事务局",
    "桂林市退役军人事务局", 2024, total=2356.8, fiscal=2316.8, other=40,
    gold_name="桂林市退役军人事务局部门整体支出",
    tasks=[("优抚对象抚恤补助", "按标准按时发放各类优抚对象抚恤金和生活补助", "1620.5"),
           ("退役军人就业创业", "组织适应性培训和就业招聘活动，扶持退役军人创业", "318"),
           ("褒扬纪念", "烈士纪念设施维护修缮和纪念活动", "268.3")],
    goal="落实优抚政策，确保抚恤补助资金按时足额发放；开展退役军人适应性培训和就业服务；"
         "维护修缮烈士纪念设施，营造尊崇军人的社会氛围。",
    rows=[
        Row(P, "数量指标", "退役军人适应性培训人数", "≥", "1800", "人"),
        Row(P, "数量指标", "走访慰问困难退役军人和其他优抚对象", "≥", "3200", "人次"),
        Row(P, "数量指标", "烈士纪念设施维护修缮", "≥", "15", "处"),
        Row(P, "质量指标", "抚恤补助资金发放准确率", "=", "100", "%"),
        Row(P, "时效指标", "抚恤补助资金发放时间", "", "每月10日前", ""),
        Row(P, "成本指标", "困难退役军人帮扶援助人均标准", "≤", "5000", "元/人"),
        Row(B, "社会效益指标", "有就业意愿的退役军人就业率", "≥", "90", "%"),
        Row(B, "社会效益指标", "涉退役军人信访事项按期办结率", "≥", "95", "%"),
        Row(S, SL, "退役军人和其他优抚对象满意度", "≥", "92", "%"),
    ])

# F10 新疆 水利 — classic self-evaluation
F10 = Form(
    "self_evaluation", "2023年高效节水灌溉建设项目", "新疆维吾尔自治区昌吉回族自治州水利局",
    "昌吉州农村水利水保工作站", 2023, plan=(4500, 4500, None, None), total=4620, fiscal=4500, carry=120,
    executed=4498.6, fund_weight=10, fund_score=9.74,
    goal="新增高效节水灌溉面积2.5万亩，建设首部泵站4座，亩均节本增效260元以上，农业灌溉用水量较上年减少。",
    actual_goal="新增高效节水灌溉面积2.56万亩，建成首部泵站4座，亩均节本增效280元，灌溉用水量较上年减少3.1%。",
    rows=[
        Row(P, "数量指标", "新增高效节水灌溉面积", "≥", "2.5", "万亩", "2.56万亩", 15, 15),
        Row(P, "数量指标", "建设首部泵站", "≥", "4", "座", "4座", 10, 10),
        Row(P, "质量指标", "工程质量合格率", "=", "100", "%", "100%", 10, 10),
        Row(P, "时效指标", "工程完工时间", "", "2023年10月底前", "", "2023年10月20日", 10, 10),
        Row(P, "成本指标", "亩均建设投资", "≤", "1800", "元/亩", "1760元/亩", 5, 5),
        Row(B, "经济效益指标", "亩均节本增效", "≥", "260", "元", "280元", 15, 15),
        Row(B, "生态效益指标", "农业灌溉用水量", "", "较上年减少", "", "较上年减少3.1%", 10, 10),
        Row(B, "可持续影响指标", "工程运行管护机制", "", "建立", "", "已建立", 5, 5),
        Row(S, SL, "受益农户满意度", "≥", "90", "%", "94%", 10, 10),
    ],
    total_score=99.74, grade="优")

# F11 云南 林业草原 — department self-evaluation
F11 = Form(
    "department_self_evaluation", "云南省普洱市林业和草原局部门整体支出", "普洱市林业和草原局", "普洱市林业和草原局",
    2022, plan=(8620.5, 8420.5, 200, None), total=9035.2, fiscal=8835.2, carry=200, executed=8761.33,
    fund_weight=10, fund_score=9.7, gold_name="普洱市林业和草原局部门整体支出",
    goal="落实森林管护和公益林生态效益补偿，做好森林草原防灭火，发展林下经济，森林覆盖率保持在75.5%以上。",
    actual_goal="完成森林管护1860万亩，兑现公益林补偿722.6万亩，森林火灾受害率0.12‰，森林覆盖率75.62%。",
    rows=[
        Row(P, "数量指标", "森林管护面积", "≥", "1860", "万亩", "1860万亩", 10, 10),
        Row(P, "数量指标", "公益林生态效益补偿兑现面积", "≥", "720", "万亩", "722.6万亩", 10, 10),
        Row(P, "质量指标", "森林火灾受害率", "≤", "0.9", "‰", "0.12‰", 10, 10),
        Row(P, "时效指标", "补偿资金兑付及时率", "≥", "95", "%", "96.3%", 10, 10),
        Row(B, "经济效益指标", "林下经济产值", "≥", "12", "亿元", "12.8亿元", 10, 10),
        Row(B, "生态效益指标", "森林覆盖率", "≥", "75.5", "%", "75.62%", 15, 15),
        Row(B, "社会效益指标", "生态护林员选聘人数", "≥", "5200", "人", "5216人", 15, 15),
        Row(S, SL, "林农满意度", "≥", "90", "%", "89.2%", 10, 9.5,
            "部分偏远乡镇政策宣传不到位，下一步加强补偿政策宣传"),
    ],
    total_score=99.2, grade="优")

# F12 吉林 体育 — declaration, one line
F12 = Form(
    "target_declaration", "2019年冰雪运动进校园项目", "吉林省长春市体育局", "长春市青少年体育运动学校", 2019,
    total=320, fiscal=320, other=0,
    goal="在全市中小学开展冰雪运动进校园活动，浇筑校园冰场40块，培训冰雪运动教师300人次，参与学生达到10万人次。",
    rows=[
        Row(P, "数量指标", "浇筑校园冰场", "≥", "40", "块"),
        Row(P, "数量指标", "培训冰雪运动教师", "≥", "300", "人次"),
        Row(P, "数量指标", "参与冰雪运动学生人次", "≥", "10", "万人次"),
        Row(P, "质量指标", "冰场安全检查合格率", "=", "100", "%"),
        Row(P, "时效指标", "冰场浇筑完成时间", "", "12月底前", ""),
        Row(P, "成本指标", "教师培训补助标准", "≤", "1500", "元/人"),
        Row(B, "社会效益指标", "青少年冰雪运动参与度", "", "较上年提高", ""),
        Row(B, "可持续影响指标", "冰雪运动特色学校创建", "", "持续推进", ""),
        Row(S, SL, "学生及家长满意度", "≥", "90", "%"),
    ])

# F13 海南 生态环境 — classic self-evaluation with long deviation texts
F13 = Form(
    "self_evaluation", "2021年近岸海域生态环境监测项目", "海南省儋州市生态环境局", "儋州市生态环境监测站", 2021,
    plan=(210, 210, None, None), total=210, fiscal=210, executed=188.9, fund_weight=10, fund_score=9,
    goal="开展近岸海域水质监测4期、入海排污口监测2次/年，监测数据有效率不低于95%，近岸海域水质优良比例保持在98%以上。",
    actual_goal="完成近岸海域水质监测4期、入海排污口监测2次，数据有效率96.8%，水质优良比例98.6%。",
    rows=[
        Row(P, "数量指标", "近岸海域水质监测期次", "=", "4", "期", "4期", 10, 10),
        Row(P, "数量指标", "入海排污口监测频次", "", "2次/年", "", "2次/年", 10, 10),
        Row(P, "数量指标", "海洋垃圾和微塑料监测点位", "≥", "12", "个", "10个", 10, 8,
            "受台风影响两处点位无法采样，已向上级报备并在下一年度补测"),
        Row(P, "质量指标", "监测数据有效率", "≥", "95", "%", "96.8%", 10, 10),
        Row(P, "时效指标", "监测报告报送时间", "≤", "15", "个工作日", "12个工作日", 10, 10),
        Row(B, "生态效益指标", "近岸海域水质优良比例", "≥", "98", "%", "98.6%", 20, 20),
        Row(B, "可持续影响指标", "海洋生态环境监测能力", "", "有效提升", "", "有所提升", 10, 8,
            "监测船只租赁周期不稳定，拟申请购置小型监测船并建立长期运维机制"),
        Row(S, SL, "沿海群众满意度", "≥", "90", "%", "91%", 10, 10),
    ],
    total_score=95, grade="优")

# F14 新疆 民族团结 — self-evaluation with short labels, level-1 printed once per block
F14 = Form(
    "self_evaluation", "2025年民族团结进步创建经费", "新疆维吾尔自治区伊犁哈萨克自治州民族宗教事务委员会",
    "伊犁州民族团结进步宣传教育中心", 2025, plan=(260, 260, None, None), total=260, fiscal=260,
    executed=251.3, fund_weight=10, fund_score=9.67,
    goal="开展民族团结进步示范创建，组织宣传教育活动50场次，培训基层民族工作干部800人次，命名示范单位30个。",
    actual_goal="组织宣传教育活动56场次，培训基层干部812人次，命名示范单位30个。",
    rows=[
        Row(P, "数量指标", "民族团结宣传教育活动", "≥", "50", "场次", "56场次", 15, 15),
        Row(P, "数量指标", "培训基层民族工作干部", "≥", "800", "人次", "812人次", 10, 10),
        Row(P, "数量指标", "命名民族团结进步示范单位", "=", "30", "个", "30个", 10, 10),
        Row(P, "质量指标", "培训考核合格率", "≥", "95", "%", "97.5%", 10, 10),
        Row(P, "时效指标", "示范单位命名时间", "", "11月底前", "", "11月28日", 5, 5),
        Row(B, "社会效益指标", "各族群众中华民族共同体意识", "", "有效增强", "", "有效增强", 20, 20),
        Row(B, "可持续影响指标", "示范创建长效机制", "", "健全完善", "", "基本健全", 10, 9,
            "部分县市考核评价办法尚在修订"),
        Row(S, SL, "参与群众满意度", "≥", "90", "%", "95.2%", 10, 10),
    ],
    total_score=98.67, grade="优")

# F15 黑龙江 统计 — declaration with a 备注 column, 元, two-page style scrambling
F15 = Form(
    "target_declaration", "2026年统计调查样本轮换经费", "黑龙江省牡丹江市统计局", "牡丹江市社会经济调查中心", 2026,
    total=86.5, fiscal=86.5, other=None,
    goal="完成城乡住户调查样本轮换和基础信息采集，新增记账户420户，记账数据审核通过率达到98%，按时报送调查数据。",
    rows=[
        Row(P, "数量指标", "住户调查样本轮换户数", "≥", "420", "户"),
        Row(P, "数量指标", "辅助调查员业务培训", "", "2次/年", ""),
        Row(P, "质量指标", "记账数据审核通过率", "≥", "98", "%"),
        Row(P, "时效指标", "季度调查数据报送时限", "≤", "15", "个工作日"),
        Row(P, "成本指标", "记账户补贴标准", "≤", "600", "元/户·年"),
        Row(B, "社会效益指标", "调查数据对民生政策支撑", "", "有效支撑", ""),
        Row(S, SL, "记账户满意度", "≥", "90", "%"),
    ])

# F16 西藏 生态环境 — declaration with long wrapped names and goal
F16 = Form(
    "target_declaration", "2022年重点区域生态保护与修复项目", "西藏自治区林芝市生态环境局", "林芝市生态环境保护服务中心",
    2022, total=2350, fiscal=2000, other=350,
    goal="实施雅鲁藏布江中游重点区域退化草地和湿地生态修复，治理退化草地3.2万亩，修复湿地1800亩，"
         "建设生态监测点位25个，区域生态系统稳定性持续增强。",
    rows=[
        Row(P, "数量指标", "雅鲁藏布江中游重点区域退化草地治理面积", "≥", "3.2", "万亩"),
        Row(P, "数量指标", "湿地生态修复面积（含高原湖泊周边）", "≥", "1800", "亩"),
        Row(P, "数量指标", "生态监测点位建设数量", "≥", "25", "个"),
        Row(P, "质量指标", "修复区植被覆盖度提高", "≥", "10", "个百分点"),
        Row(P, "时效指标", "修复工程完工及验收时间", "", "2022年10月底前", ""),
        Row(P, "成本指标", "退化草地治理亩均成本", "≤", "420", "元/亩"),
        Row(B, "生态效益指标", "区域生态系统稳定性", "", "持续增强", ""),
        Row(B, "社会效益指标", "吸纳当地农牧民参与工程建设", "≥", "600", "人次"),
        Row(S, SL, "项目区农牧民满意度", "≥", "90", "%"),
    ])


# ---------------------------------------------------------------- grid


class Grid:
    def __init__(self, ncols: int):
        self.n = ncols
        self.rows: list[list[str]] = []

    def add(self, *cells):
        cells = list(cells)
        assert len(cells) <= self.n, cells
        cells += [L] * (self.n - len(cells))
        self.rows.append([str(c) if c is not None else "" for c in cells])

    def spans(self) -> dict:
        out = {}
        for r, row in enumerate(self.rows):
            for c, v in enumerate(row):
                if v in (L, U):
                    continue
                w = 1
                while c + w < self.n and row[c + w] == L:
                    w += 1
                h = 1
                while r + h < len(self.rows) and self.rows[r + h][c] == U:
                    h += 1
                if (h, w) != (1, 1):
                    out[(r, c)] = (h, w)
        return out

    def plain(self) -> list[list[str]]:
        return [["" if v in (L, U) else v for v in row] for row in self.rows]




# ---------------------------------------------------------------- printed level labels

SHORT1 = {P: "产出", B: "效益", S: "满意度"}
SHORT2 = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本",
          "经济效益指标": "经济效益", "社会效益指标": "社会效益", "生态效益指标": "生态效益",
          "可持续影响指标": "可持续影响", SL: "服务对象满意度"}
CN = "一二三四五六七八九十"


def spaced(s: str) -> str:
    return " ".join(s)


def labels(rows: list[Row], lab1=None, lab2=None, numbered=False):
    """(printed l1, printed l2) per row; U where the cell is covered by the block's first row."""
    lab1, lab2 = lab1 or {}, lab2 or {}
    out, n1, n2 = [], 0, 0
    for i, r in enumerate(rows):
        same1 = i > 0 and rows[i - 1].l1 == r.l1
        same2 = same1 and rows[i - 1].l2 == r.l2
        if not same1:
            n1, n2 = n1 + 1, 0
        if not same2:
            n2 += 1
        t1 = lab1.get(r.l1, r.l1)
        t2 = lab2.get(r.l2, r.l2) or ""
        if numbered:
            t1 = f"{CN[n1 - 1]}、{t1}"
            t2 = f"（{CN[n2 - 1]}）{t2}"
        out.append((U if same1 else t1, U if same2 else t2))
    return out


def money(x, unit: str) -> str:
    return yuan(x) if unit == "元" else fmt(x)


# ---------------------------------------------------------------- grids


def grid_decl(f: Form, *, lab=None, extra=None, unit_label="实施单位", dept_label="主管部门",
              cur="万元", fund_style="rows", side_label="绩效指标", goal_label="年度绩效目标") -> Grid:
    """一级/二级/三级/指标值 declaration; side_label None: no 绩效指标 column on the left."""
    lab = lab or {}
    side = 1 if side_label else 0
    cols = side + 4 + (1 if extra else 0)
    g = Grid(cols)
    g.add("项目名称", f.name)
    g.add(dept_label, f.dept, L, unit_label, f.unit)
    if fund_style == "rows":
        g.add(f"项目资金（{cur}）", "年度资金总额", money(f.total, cur))
        g.add(U, "其中：财政拨款", money(f.fiscal, cur))
        g.add(U, "其他资金", money(f.other, cur))
    else:
        g.add(f"项目资金（{cur}）", "年度资金总额：" + money(f.total, cur), L,
              "其中：财政拨款：" + money(f.fiscal, cur), "其他资金：" + money(f.other, cur))
    g.add(goal_label, f.goal)
    start = len(g.rows)
    head = ([side_label] if side else []) + ["一级指标", "二级指标", "三级指标", "指标值"] + \
        ([extra[0]] if extra else [])
    g.add(*head)
    for i, (r, (c1, c2)) in enumerate(zip(f.rows, labels(f.rows, **lab), strict=True)):
        cells = ([U] if side else []) + [c1, c2, r.l3, r.target or ""] + ([extra[1][i]] if extra else [])
        g.add(*cells)
    if side:
        vert_label(g, start, 0, side_label)
    return g


def grid_self(f: Form, *, lab=None, unit_label="实施单位") -> Grid:
    """classic 项目支出绩效自评表"""
    lab = lab or {}
    g = Grid(10)
    g.add("项目名称", f.name)
    g.add("主管部门", f.dept, L, L, L, unit_label, f.unit)
    g.add("项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L)
    p = f.plan or (None, None, None, None)
    g.add(U, "年度资金总额", L, fmt(p[0]), fmt(f.total), fmt(f.executed), fmt(f.fund_weight),
          f"{f.rate():.2f}%", fmt(f.fund_score), L)
    g.add(U, "其中：当年财政拨款", L, fmt(p[1]), fmt(f.fiscal), "", "—", "", "—", L)
    g.add(U, "上年结转资金", L, fmt(p[2]), fmt(f.carry), "", "—", "", "—", L)
    g.add(U, "其他资金", L, fmt(p[3]), fmt(f.other), "", "—", "", "—", L)
    g.add("年度总体目标", "预期目标", L, L, L, "实际完成情况")
    g.add(U, f.goal, L, L, L, f.actual_goal)
    start = len(g.rows)
    g.add("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
          "偏差原因分析及改进措施", L)
    for r, (c1, c2) in zip(f.rows, labels(f.rows, **lab), strict=True):
        g.add(U, c1, c2, r.l3, r.target or "", r.actual or "", fmt(r.weight), fmt(r.score), r.dev or "", L)
    vert_label(g, start, 0, "绩效指标")
    g.add("总分", L, L, L, L, L, "100", fmt(f.total_score), ("自评等级：" + f.grade) if f.grade else "", L)
    return g


CQ_HEAD = {"type": "指标类型", "name": "指标名称", "nat": "指标性质", "val": "指标值", "unit": "计量单位",
           "weight": "指标权重", "actual": "全年完成值", "score": "得分", "std": "评价标准", "dev": "偏差原因"}
CLASS = {P: "产出类指标", B: "效益类指标", S: "满意度类指标", M: "管理类指标"}


def cq_type(r: Row, short=False) -> str:
    if r.l2:
        return SHORT2.get(r.l2, r.l2) if short else r.l2
    return CLASS[r.l1]


def cq_std(r: Row) -> str:
    if r.l3 == "预算执行率":
        return "预算执行率90%以上计满分，每低于5%扣1分，扣完为止"
    if r.op or r.nat in ("正向", "反向", "定量"):
        return "达到目标值得满分，未达到按完成比例得分"
    return "达到预期目标得满分，否则酌情扣分"


def grid_cq(f: Form, cols: list[str], *, short=False, cur="万元", exec_rate=True) -> Grid:
    """指标类型/指标名称/指标性质/指标值/计量单位/指标权重 (/全年完成值) table in the column order given."""
    ev = f.kind == "self_evaluation"
    n = len(cols)
    g = Grid(n)
    half = n // 2
    g.add("项目名称", f.name, *[L] * (half - 2), "项目主管部门" if ev else "主管部门", f.dept)
    g.add("项目实施单位" if ev else "实施单位", f.unit)
    if ev:
        g.add(f"项目预算执行情况（{cur}）", "全年预算数（A）", *[L] * (half - 2), "全年执行数（B）", L,
              *(["执行率（B/A）"] if exec_rate else []))
        g.add(U, money(f.total, cur), *[L] * (half - 2), money(f.executed, cur), L,
              *([f"{f.rate():.2f}%"] if exec_rate else []))
        g.add("当年绩效目标", "全年绩效目标", *[L] * (half - 2), "全年目标实际完成情况")
        g.add(U, f.goal, *[L] * (half - 2), f.actual_goal)
    elif n >= 7:
        g.add(f"项目资金（{cur}）", "资金总额", money(f.total, cur), "财政拨款", money(f.fiscal, cur),
              "其他资金", money(f.other, cur))
        g.add("年度目标", f.goal)
    else:
        g.add(f"项目资金（{cur}）", "资金总额：" + money(f.total, cur), L, "财政拨款：" + money(f.fiscal, cur),
              L, "其他资金：" + money(f.other, cur))
        g.add("年度目标", f.goal)
    g.add(*[CQ_HEAD[c] for c in cols])
    prev = None
    for r in f.rows:
        t = cq_type(r, short)
        cell = U if t == prev else t
        prev = t
        vals = {
            "type": cell, "name": r.l3,
            "nat": r.nat or r.op or "无",
            "val": (r.op + r.val) if r.nat in ("定量", "定性") else r.val,
            "unit": r.unit or "无", "weight": fmt(r.weight), "actual": r.actual or "",
            "score": fmt(r.score), "std": cq_std(r), "dev": r.dev or "",
        }
        g.add(*[vals[c] for c in cols])
    return g


def grid_dept_target(f: Form, *, lab=None) -> Grid:
    lab = lab or {}
    g = Grid(6)
    g.add("部门名称", f.unit)
    g.add("年度主要任务", "任务名称", L, "主要内容", L, "预算金额（万元）")
    for a, b, c in f.tasks:
        g.add(U, a, L, b, L, c)
    g.add("年度预算（万元）", "资金总额", fmt(f.total), "财政拨款", fmt(f.fiscal), "其他资金：" + fmt(f.other))
    g.add("年度总体目标", f.goal)
    start = len(g.rows)
    g.add("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    for r, (c1, c2) in zip(f.rows, labels(f.rows, **lab), strict=True):
        g.add(U, c1, c2, r.l3, r.target or "", "")
    vert_label(g, start, 0, "年度绩效指标")
    return g


def grid_dept_self(f: Form, *, lab=None) -> Grid:
    lab = lab or {}
    g = Grid(9)
    g.add("部门（单位）名称", f.unit)
    g.add("预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L)
    p = f.plan
    g.add(U, "年度资金总额", fmt(p[0]), fmt(f.total), fmt(f.executed), fmt(f.fund_weight), f"{f.rate():.2f}%",
          fmt(f.fund_score), L)
    g.add(U, "其中：财政拨款", fmt(p[1]), fmt(f.fiscal), "", "—", "", "—", L)
    g.add(U, "上年结转", fmt(p[2]), fmt(f.carry), "", "—", "", "—", L)
    g.add(U, "其他资金", fmt(p[3]), fmt(f.other), "", "—", "", "—", L)
    g.add("年度总体目标", "预期目标", L, L, "实际完成情况")
    g.add(U, f.goal, L, L, f.actual_goal)
    g.add("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", L)
    for r, (c1, c2) in zip(f.rows, labels(f.rows, **lab), strict=True):
        g.add(c1, c2, r.l3, r.target or "", r.actual or "", fmt(r.weight), fmt(r.score), r.dev or "", L)
    g.add("总分", L, L, L, L, "100", fmt(f.total_score), ("自评等级：" + f.grade) if f.grade else "", L)
    return g


# ---------------------------------------------------------------- text renderers

# ---------------------------------------------------------------- binary renderers


def r_scrambled(g: Grid, *, head_rows: int, cols: list[int], lines: int = 1, split_at: int | None = None) -> str:
    """PDF text whose table columns came out one after another: the rows above the indicator
    table in order, then column by column (each column's printed cells, covered ones absent)."""
    plain = g.rows
    parts = [v for row in plain[:head_rows] for v in row if v and v not in (L, U)]
    body = plain[head_rows:]
    colparts = []
    for c in cols:
        colparts.append([row[c] for row in body if row[c] and row[c] not in (L, U)])
    words = parts + [v for cp in colparts for v in cp]
    if lines == 1 or split_at is None:
        return " ".join(words)
    k = len(parts) + sum(len(cp) for cp in colparts[:split_at])
    return " ".join(words[:k]) + "\n" + " ".join(words[k:])


def head_count(g: Grid, first_head: str) -> int:
    return next(i for i, row in enumerate(g.rows) if row and first_head in row)


DOCS_OUT: dict[str, tuple] = {}


def doc(doc_id: str, text: str, gold: list, family: str, province: str, sector: str, note: str):
    DOCS_OUT[doc_id] = (text, gold, {"family": family, "province": province, "sector": sector, "note": note})


CQ_DECL = ["type", "name", "nat", "val", "unit", "weight", "std"]


def build():  # noqa: PLR0915 — one block per document
    # ---------------- chongqing_style
    g = grid_cq(F01, CQ_DECL)
    doc("c01_cq_tab_qinghai_water",
        "2025年项目支出绩效目标申报表\n\t\t\t\t\t\t金额单位：万元\n" + r_tab(g) + "\n",
        [gold_of(F01)], "chongqing_style", "青海", "水利",
        "Excel copy (tabs, trailing tabs kept) of a Chongqing-template declaration: 指标类型 holds level-2 names "
        "printed once per block, 指标性质 ≥/=/≤ or 无 (qualitative rows, unit 无), value and 计量单位 apart "
        "(万元/处, 1.2 万人), weights, 评价标准 column.")

    g = grid_cq(F02, ["type", "name", "nat", "val", "unit", "weight", "actual", "std"], exec_rate=False)
    doc("c02_cq_layout_ningxia_forestry",
        "                         2023年度项目支出绩效自评表\n"
        + r_layout(g, maxw={0: 14, 1: 14, 2: 4, 3: 8, 4: 4, 5: 4, 6: 8, 7: 18}, gap=2) + "\n",
        [gold_of(F02, funds=("total", "executed"), rate=False)], "chongqing_style", "宁夏", "林业草原",
        "pdftotext -layout of a Chongqing self-evaluation: header labels 指标性质/计量单位/指标权重/全年完成值 "
        "stacked over two lines, one 数量指标 row then 产出类/效益类/满意度类/管理类指标 blocks (level 2 null, "
        "level 1 from the class), 全年完成值 without unit (3.62, 95.13), 评价标准 wrapped over several lines, "
        "only 全年预算数/全年执行数 printed (no 财政拨款; no 执行率 → execution_rate null).")

    g = grid_cq(F03, ["type", "name", "val", "unit", "nat", "weight"], cur="元")
    doc("c03_cq_cell_xizang_sports",
        "2026年度项目支出绩效目标表\n\n" + r_cell(g, covered="blank") + "\n",
        [gold_of(F03)], "chongqing_style", "西藏", "体育",
        "Word copy, one cell per line, covered and empty cells as blank lines: columns in the order "
        "指标类型/指标名称/指标值/计量单位/指标性质/指标权重, natures 正向/反向/定性 (target = value + unit, no "
        "sign), 指标权重 column empty in every row, amounts in 元 with thousands separators.")

    g = grid_cq(F04, ["type", "name", "nat", "val", "unit", "weight", "actual", "score", "dev"], short=True)
    doc("c04_cq_run_hainan_stats",
        "2024年度项目支出绩效自评表\n" + r_run(g, seed=4, lo=22, hi=54) + "\n自评得分：89\n",
        [gold_of(F04, funds=("total", "executed"))], "chongqing_style", "海南", "统计",
        "Run-together text of a Chongqing self-evaluation, broken every 22–54 characters: short 指标类型 "
        "(数量/质量/时效/成本/社会效益/服务对象满意度), 指标性质 定量/定性 with the sign in 指标值 (≥2.6 | 万个), "
        "反向 差错率 ≤1%, 全年完成值 without unit, 得分 and 偏差原因 columns, 自评得分 under the table.")

    g = grid_cq(F05, ["type", "name", "nat", "val", "unit", "weight", "actual", "std"])
    doc("c05_cq_oneline_nmg_archives",
        "2021年度项目支出绩效自评表 " + r_oneline(g) + "\n",
        [gold_of(F05, funds=("total", "executed"))], "chongqing_style", "内蒙古", "档案",
        "The whole Chongqing self-evaluation on one line, cells separated by single spaces: ≥ 1.2 万人次, "
        "0.35 元/画幅, 无 | 12月底前 | 无, 全年完成值 12月20日, 执行率 97.71%.")

    # ---------------- label_variants
    lab06 = {"lab1": {P: "产出", B: "效益", S: "满意度指标"},
             "lab2": {"数量指标": "数量指标(或建筑规模指标)", "质量指标": "质量", "时效指标": "时效",
                      "成本指标": "成本", "社会效益指标": "社会效益", "可持续影响指标": "可持续影响",
                      SL: "满意度指标"}}
    g = grid_decl(F06, lab=lab06, goal_label="年度绩效目标")
    doc("l01_lbl_tab_jilin_ethnic",
        "项目支出绩效目标申报表\n（2022年度）\n\t\t\t\t单位：万元\n" + r_tab(g, trailing=False) + "\n",
        [gold_of(F06)], "label_variants", "吉林", "民族宗教",
        "Tab copy (trailing tabs stripped) with short labels: level 1 产出/效益/满意度指标, level 2 "
        "数量指标(或建筑规模指标)/质量/时效/成本/社会效益/可持续影响, 满意度指标 at both levels; "
        "100% target without a sign, 元/户 unit.")

    g = grid_self(F07, lab={"numbered": True})
    doc("l02_lbl_numbered_heilongjiang_market",
        "项目支出绩效自评表\n（2021年度）\n" + r_tab(g, trailing=False) + "\n",
        [gold_of(F07)], "label_variants", "黑龙江", "市场监管",
        "Classic self-evaluation (tab copy) whose labels are numbered: 一、产出指标 / （一）数量指标 / "
        "（二）质量指标 …, numbering restarting under each level-1 block; ≤20个工作日, 1.5万批次, two deviations.")

    lab08 = {"lab1": {P: spaced(P), B: spaced(B), S: spaced(S)}, "lab2": {SL: "满意度指标"}}
    g = grid_decl(F08, lab=lab08, dept_label="主管预算部门", unit_label="项目实施单位")
    doc("l03_lbl_spaced_jiangxi_ecology",
        "                           项目支出绩效目标申报表\n                               （2020年度）\n"
        "                                                                    单位：万元\n"
        + r_layout(g, maxw={0: 8, 1: 10, 2: 12, 3: 22, 4: 14}) + "\n",
        [gold_of(F08)], "label_variants", "江西", "生态环境",
        "pdftotext -layout with letter-spaced level-1 labels (产 出 指 标, 效 益 指 标, 满 意 度 指 标) on the "
        "middle line of their block, 满意度指标 as level 2 under 满 意 度 指 标, 主管预算部门/项目实施单位 labels, "
        "生态效益指标 row, 较上年下降.")

    lab09 = {"lab1": SHORT1, "lab2": {**SHORT2, SL: "满意度指标"}}
    g = grid_dept_target(F09, lab=lab09)
    doc("l04_lbl_rows_guangxi_veterans",
        "2024年度部门整体支出绩效目标表\n" + r_oneline(g, rows_per_line=1) + "\n",
        [gold_of(F09)], "label_variants", "广西", "退役军人事务",
        "Department target, one table row per line, cells separated by single spaces and covered cells "
        "absent, so most row lines start with a short level-2 label (数量/质量/时效/成本/社会效益) or with the "
        "三级 name; level 1 产出/效益/满意度, level 2 满意度指标; 每月10日前, ≤5000元/人.")

    lab14 = {"lab1": {P: "产出", B: "效益", S: "满意度指标"},
             "lab2": {"数量指标": spaced("数量指标"), "质量指标": spaced("质量指标"), "时效指标": spaced("时效指标"),
                      "社会效益指标": spaced("社会效益"), "可持续影响指标": spaced("可持续影响"),
                      SL: "满意度指标"}}
    g = grid_self(F14, lab=lab14)
    doc("l05_lbl_spaced2_xinjiang_ethnic",
        "2025年度项目支出绩效自评表\n" + r_tab(g) + "\n",
        [gold_of(F14)], "label_variants", "新疆", "民族事务",
        "Classic self-evaluation, tab copy with trailing tabs: level 1 产出/效益/满意度指标, letter-spaced "
        "level-2 labels (数 量 指 标, 社 会 效 益, 可 持 续 影 响), 满意度指标 at both levels.")

    # ---------------- one_line_spaces
    g = grid_decl(F12, fund_style="line")
    doc("o01_ols_jilin_sports", "项目支出绩效目标表（2019年度） " + r_oneline(g) + "\n",
        [gold_of(F12)], "one_line_spaces", "吉林", "体育",
        "The whole declaration on one line, cells separated by single spaces; 年度资金总额：320 label:value "
        "fund cells, ≥10万人次, ≤1500元/人, 12月底前.")

    g = grid_self(F10)
    h = head_count(g, "一级指标")
    doc("o02_ols_scrambled_xinjiang_water",
        "项目支出绩效自评表 （2023年度） " + r_scrambled(g, head_rows=h + 1, cols=[1, 2, 3, 4, 5, 6, 7, 8, 0]) +
        "\n",
        [gold_of(F10)], "one_line_spaces", "新疆", "水利",
        "PDF-scrambled one-line classic self-evaluation: header, funds and goals in order, then the table "
        "column by column (all level-1 labels, all level-2 labels, all 三级 names, all targets, all actuals, "
        "all 分值, all 得分, all deviations), the 总分 cell last; pairing only by position.")

    g = grid_dept_self(F11)
    rows = g.plain()
    h = head_count(g, "三级指标")
    lines = [" ".join(v for row in rows[:7] for v in row if v), " ".join(v for row in rows[7:h] for v in row if v),
             " ".join(v for row in rows[h:] for v in row if v)]
    doc("o03_ols_dept_yunnan_forestry", "2022年度部门整体支出绩效自评表\n" + "\n".join(lines) + "\n",
        [gold_of(F11)], "one_line_spaces", "云南", "林业草原",
        "Department self-evaluation on three lines (head + 预算执行情况, goals, the whole indicator table), "
        "single spaces; ‰ target, 上年结转 200, a deviation text.")

    g = grid_decl(F06, lab=lab06, fund_style="line")
    doc("o04_ols_lbl_jilin_ethnic", "2022年度项目支出绩效目标表 " + r_oneline(g) + "\n",
        [gold_of(F06)], "one_line_spaces", "吉林", "民族宗教",
        "The l01 form with its short labels on one line (产出 数量指标(或建筑规模指标) …, 满意度指标 "
        "满意度指标 村民满意度 ≥90%).")

    g = grid_decl(F15, cur="元", extra=("备注", [""] * len(F15.rows)))
    h = head_count(g, "一级指标")
    doc("o05_ols_scrambled_heilongjiang_stats",
        "2026年度项目支出绩效目标表 " + r_scrambled(g, head_rows=h + 1, cols=[1, 2, 3, 4, 0], lines=2, split_at=3)
        + "\n",
        [gold_of(F15)], "one_line_spaces", "黑龙江", "统计",
        "PDF-scrambled text on two lines: line 1 the header (资金 in 元, 865,000.00) and the labels and 三级 "
        "names column by column, line 2 all targets (≥420户 … ≤600元/户·年, 2次/年).")

    # ---------------- run_together
    g = grid_self(F13)
    doc("r01_run_hainan_ecology", "项目支出绩效自评表（2021年度）\n" + r_run(g, seed=11, lo=30, hi=70) + "\n",
        [gold_of(F13)], "run_together", "海南", "生态环境",
        "Classic self-evaluation run together, broken every 30–70 characters (inside names, numbers and "
        "deviation texts): 2次/年 target, ≤15个工作日, 12 → 10个 with a deviation, 有效提升 → 有所提升.")

    g = grid_dept_target(F09)
    doc("r02_run_dept_guangxi_veterans",
        "2024年部门整体支出绩效目标表\n" + r_run(g, seed=12, lo=40, hi=80) + "\n",
        [gold_of(F09)], "run_together", "广西", "退役军人事务",
        "The l04 department target with full labels, run together and broken every 40–80 characters; "
        "年度主要任务 block before the indicators.")

    g = grid_decl(F16)
    doc("r03_run_xizang_ecology", "项目支出绩效目标申报表\n（2022年度）\n" + r_run(g, seed=13, lo=18, hi=45) + "\n",
        [gold_of(F16)], "run_together", "西藏", "生态环境",
        "Declaration run together, short pieces (18–45 characters): long 三级 names with （…）, "
        "≥10个百分点, ≤420元/亩, qualitative 持续增强.")

    g = grid_decl(F15, cur="元", dept_label="主管预算部门", unit_label="预算单位")
    doc("r04_run_heilongjiang_stats", "2026年项目支出绩效目标表\n" + r_run(g, seed=14, lo=50, hi=110) + "\n",
        [gold_of(F15)], "run_together", "黑龙江", "统计",
        "Declaration in 元 run together in long pieces (50–110 characters): 主管预算部门/预算单位 labels, "
        "2次/年, 元/户·年.")

    g = grid_self(F14, lab={"lab1": SHORT1, "lab2": SHORT2})
    doc("r05_run_lbl_xinjiang_ethnic", "2025年度项目支出绩效自评表\n" + r_run(g, seed=15, lo=25, hi=60) + "\n",
        [gold_of(F14)], "run_together", "新疆", "民族事务",
        "The l05 self-evaluation with short labels (产出数量…, 满意度服务对象满意度) run together.")

    # ---------------- space_columns
    g = grid_decl(F16, dept_label="主管部门", unit_label="实施单位")
    doc("s01_layout_xizang_ecology",
        "                              项目支出绩效目标申报表\n                                  （2022年度）\n"
        "                                                                      单位：万元\n"
        + r_layout(g, maxw={0: 8, 1: 10, 2: 12, 3: 20, 4: 12}) + "\n\n                                 — 3 —\n",
        [gold_of(F16)], "space_columns", "西藏", "生态环境",
        "pdftotext -layout: 三级 names wrapped onto continuation lines (雅鲁藏布江中游重点区域… over three lines), "
        "goal wrapped, merged labels on the middle line of their block, page number footer.")

    g = grid_self(F13)
    doc("s02_layout_hainan_ecology",
        "                                  项目支出绩效自评表\n                                    （2021年度）\n"
        + r_layout(g, maxw={1: 8, 2: 10, 3: 16, 4: 10, 5: 10, 8: 18}, gap=2) + "\n",
        [gold_of(F13)], "space_columns", "海南", "生态环境",
        "pdftotext -layout of the r01 self-evaluation: deviation texts wrapped over three to four "
        "continuation lines, 实际完成情况 goal wrapped, narrow 分值/得分 columns.")

    g = grid_dept_self(F11, lab={"lab2": {SL: "服务对象满意度"}})
    doc("s03_layout_dept_yunnan_forestry",
        "                         2022年度部门整体支出绩效自评表\n                                                单位：万元\n"
        + r_layout(g, maxw={0: 10, 1: 10, 2: 14, 3: 10, 4: 10, 7: 18}, gap=2) + "\n",
        [gold_of(F11)], "space_columns", "云南", "林业草原",
        "pdftotext -layout of the o03 department self-evaluation: 预算执行情况 block with 年初/全年预算数, "
        "服务对象满意度 (→ 服务对象满意度指标), wrapped deviation.")

    g = grid_self(F10)
    doc("s04_layout_xinjiang_water",
        "                              项目支出绩效自评表\n                                （2023年度）\n"
        + r_layout(g, maxw={1: 8, 2: 12, 3: 12, 4: 12, 5: 12, 8: 14}, gap=3) + "\n",
        [gold_of(F10)], "space_columns", "新疆", "水利",
        "pdftotext -layout of the o02 self-evaluation: names and targets wrapped at 12 columns "
        "(2023年10月底前, 较上年减少3.1%), 上年结转资金 120.")

    g = grid_decl(F15, cur="元", extra=("备注", ["", "春秋各1次", "", "", "按月发放", "", "抽样调查"]))
    doc("s05_layout_heilongjiang_stats",
        "                        2026年度项目支出绩效目标表\n                                                   单位：元\n"
        + r_layout(g, maxw={0: 4, 1: 10, 2: 10, 3: 16, 4: 10, 5: 10}) + "\n",
        [gold_of(F15)], "space_columns", "黑龙江", "统计",
        "pdftotext -layout of a declaration in 元 (865,000.00) with a 备注 column, 元/户·年 unit wrapped, "
        "2次/年 target.")


def main():
    build()
    for d in (DOCS, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    meta = {}
    for doc_id, (text, gold, m) in DOCS_OUT.items():
        (DOCS / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (GOLD / f"{doc_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        meta[doc_id] = m
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    rows = sum(len(f["indicators"]) for _, gold, _ in DOCS_OUT.values() for f in gold)
    forms = sum(len(gold) for _, gold, _ in DOCS_OUT.values())
    print(f"{len(DOCS_OUT)} documents, {forms} forms, {rows} indicator rows")


if __name__ == "__main__":
    main()
