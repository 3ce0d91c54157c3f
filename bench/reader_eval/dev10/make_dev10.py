"""Write the dev10 check set: docs/, gold/ and meta.json from the invented content below.

    python bench/reader_eval/dev10/make_dev10.py

Every name, unit, indicator and number here is invented for this set. Each form is described once
(header fields, funds in 万元, goal, indicator rows); a *grid builder* turns it into the rows of cells
(+ merged spans) of one published template, and a *renderer* prints that grid the way it reaches a
user (tab copy, pipe table, pdftotext -layout, one cell per line, PDF text, run-together OCR text,
one line with single spaces, XLSX, DOCX, PDF via ../pdftable.py). The gold is written from the
form itself (FORMAT.md: 万元 → 元, target = sign + value + unit, annual value when a 中期 value is
also printed, null when not printed) — restricted to the rows a document really prints (fragments).
"""

from __future__ import annotations

import contextlib
import json
import random
import shutil
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]  # pdftable.py is shared by the sets

import pdftable  # noqa: E402

DOCS, GOLD = HERE / "docs", HERE / "gold"

L = "<"  # covered by the cell on the left (horizontal merge)
U = "^"  # covered by the cell above (vertical merge)


# ---------------------------------------------------------------- content


@dataclass
class Row:
    l1: str
    l2: str
    l3: str
    op: str = ""
    val: str = ""
    unit: str = ""
    actual: str | None = None
    weight: float | None = None
    score: float | None = None
    dev: str | None = None
    mid: str | None = None  # 中期指标值 (printed, not the gold target)
    note: str = ""  # 指标解释 / 评分标准 (printed only)

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
    mid_goal: str | None = None
    rows: list[Row] = field(default_factory=list)
    total_score: float | None = None
    grade: str | None = None
    fund_weight: float | None = None  # 预算执行率 分值 / 得分 in the funds block
    fund_score: float | None = None
    tasks: list[tuple] = field(default_factory=list)  # department forms: 任务名称, 主要内容, 金额
    gold_name: str | None = None

    def rate(self) -> float | None:
        if self.executed is None or not self.total:
            return None
        return round(self.executed / self.total * 100, 2)


def wan(x):
    return None if x is None else round(x * 10000, 2)


def fmt(x) -> str:
    if x is None:
        return ""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def gold_of(f: Form, rows: list[Row] | None = None, *, header=True, funds=True, goal=True,
            score=True) -> dict:
    rows = f.rows if rows is None else rows
    ev = f.kind in ("self_evaluation", "department_self_evaluation")
    return {
        "name": (f.gold_name or f.name) if header else None,
        "department": f.dept if header else None,
        "unit": f.unit if header else None,
        "year": f.year if header else None,
        "form": f.kind,
        "funds": {
            "total": wan(f.total) if funds else None,
            "fiscal": wan(f.fiscal) if funds else None,
            "carryover": wan(f.carry) if funds else None,
            "other": wan(f.other) if funds else None,
            "executed": wan(f.executed) if funds and ev else None,
            "execution_rate": f.rate() if funds and ev else None,
        },
        "goal": f.goal if goal else None,
        "total_score": f.total_score if score else None,
        "grade": f.grade if score else None,
        "indicators": [
            {"level1": r.l1, "level2": r.l2, "level3": r.l3, "target": r.target,
             "actual": r.actual if ev else None, "weight": r.weight, "score": r.score if ev else None,
             "deviation": r.dev if ev else None}
            for r in rows
        ],
    }


P, B, S = "产出指标", "效益指标", "满意度指标"
SL = "服务对象满意度指标"

# F01 辽宁 科技 — declaration
F01 = Form(
    "target_declaration", "2025年科技型中小企业技术创新能力提升专项", "辽宁省鞍山市科学技术局",
    "鞍山市科技创新服务中心", 2025, total=860, fiscal=800, other=60,
    goal="支持科技型中小企业开展关键技术攻关和研发平台建设，全年完成科技型中小企业评价入库520家，"
         "新认定高新技术企业60家，促成技术合同成交额18亿元，企业研发投入强度稳步提高。",
    rows=[
        Row(P, "数量指标", "科技型中小企业评价入库数量", "≥", "520", "家"),
        Row(P, "数量指标", "新认定高新技术企业数量", "≥", "60", "家"),
        Row(P, "数量指标", "支持企业研发平台（工程技术研究中心）建设数", "≥", "12", "个"),
        Row(P, "质量指标", "项目验收通过率", "≥", "95", "%"),
        Row(P, "时效指标", "补助资金拨付时间", "", "10月底前", ""),
        Row(P, "成本指标", "单个研发平台补助标准", "≤", "30", "万元"),
        Row(B, "经济效益指标", "促成技术合同成交额", "≥", "18", "亿元"),
        Row(B, "社会效益指标", "企业研发投入强度", "", "有所提升", ""),
        Row(B, "可持续影响指标", "科技创新服务体系运行机制", "", "长效运行", ""),
        Row(S, SL, "受支持企业满意度", "≥", "90", "%"),
    ])

# F02 河南 司法 — declaration with 指标解释 column
F02 = Form(
    "target_declaration", "2025年公共法律服务体系建设经费", "河南省洛阳市司法局", "洛阳市公共法律服务中心", 2025,
    total=356.8, fiscal=356.8, other=0,
    goal="建成覆盖城乡的公共法律服务网络，为困难群众提供法律援助案件办理、法律咨询和人民调解服务，"
         "法律援助案件办结率达到100%，群众满意度不低于95%。",
    rows=[
        Row(P, "数量指标", "办理法律援助案件数量", "≥", "3200", "件", note="全年办结的刑事、民事、行政法律援助案件"),
        Row(P, "数量指标", "12348热线及窗口法律咨询人次", "≥", "1.5", "万人次", note="热线、窗口、网络平台咨询合计"),
        Row(P, "数量指标", "村（社区）法律顾问覆盖率", "=", "100", "%", note="配备法律顾问的村（社区）占比"),
        Row(P, "质量指标", "法律援助案件质量评查合格率", "≥", "95", "%", note="抽查案卷合格数/抽查总数"),
        Row(P, "时效指标", "法律援助申请审查办理时限", "≤", "3", "个工作日", note="自受理申请之日起"),
        Row(P, "成本指标", "法律援助办案补贴支出", "≤", "240", "万元", note="按办案补贴标准结算"),
        Row(B, "社会效益指标", "因法律援助不到位引发的群体性事件", "=", "0", "起", note="当年发生数"),
        Row(B, "可持续影响指标", "基层公共法律服务平台运行", "", "持续稳定运行", "", note="定性"),
        Row(S, SL, "受援群众满意度", "≥", "95", "%", note="抽样回访"),
    ])

# F03 湖北 应急管理 — classic self-evaluation
F03 = Form(
    "self_evaluation", "森林防灭火能力建设项目", "湖北省宜昌市应急管理局", "宜昌市森林消防救援支队", 2024,
    plan=(500, 500, None, None), total=548.6, fiscal=500, carry=48.6, other=None, executed=521.37,
    fund_weight=10, fund_score=9.5,
    goal="购置森林防灭火扑救装备，新建改造以水灭火设施，开展专业扑火队伍实战化训练，森林火灾受害率控制在0.9‰以内。",
    actual_goal="购置扑救装备2160台（套），新建蓄水池38座，开展实战化训练41场次，全年森林火灾受害率0.31‰。",
    rows=[
        Row(P, "数量指标", "购置森林防灭火扑救装备", "≥", "2000", "台（套）", "2160台（套）", 10, 10),
        Row(P, "数量指标", "新建以水灭火蓄水池", "≥", "40", "座", "38座", 10, 9,
            "2座蓄水池选址位于生态红线内需重新论证，已调整至2025年一季度完工"),
        Row(P, "数量指标", "专业扑火队伍实战化训练场次", "≥", "36", "场次", "41场次", 5, 5),
        Row(P, "质量指标", "装备验收合格率", "=", "100", "%", "100%", 10, 10),
        Row(P, "时效指标", "防火期前装备配发到位时间", "", "2024年10月31日前", "", "2024年10月25日", 5, 5),
        Row(P, "成本指标", "蓄水池单座建设成本", "≤", "6", "万元", "5.8万元", 10, 10),
        Row(B, "社会效益指标", "森林火灾受害率", "≤", "0.9", "‰", "0.31‰", 15, 15),
        Row(B, "可持续影响指标", "森林火灾综合防控能力", "", "持续提升", "", "明显提升", 15, 14,
            "部分乡镇扑火队伍人员流动较大，下一步建立稳定的补贴保障机制"),
        Row(S, SL, "林区群众满意度", "≥", "90", "%", "93.5%", 10, 10),
    ],
    total_score=97.5, grade="优")

# F04 陕西 住房城乡建设 — mid-term / annual
F04 = Form(
    "target_declaration", "2025年城镇老旧小区改造项目", "陕西省宝鸡市住房和城乡建设局", "宝鸡市城市更新服务中心", 2025,
    total=12600, fiscal=9800, other=2800,
    mid_goal="2025—2027年完成2000年底前建成的城镇老旧小区改造312个，惠及居民3.6万户，基本完成改造任务。",
    goal="2025年完成城镇老旧小区改造118个、惠及居民1.32万户，同步加装电梯60部，改造后小区物业管理覆盖率达到100%。",
    rows=[
        Row(P, "数量指标", "改造城镇老旧小区数量", "≥", "118", "个", mid="≥312个"),
        Row(P, "数量指标", "惠及居民户数", "≥", "1.32", "万户", mid="≥3.6万户"),
        Row(P, "数量指标", "既有住宅加装电梯数量", "≥", "60", "部", mid="≥180部"),
        Row(P, "质量指标", "改造工程竣工验收合格率", "=", "100", "%", mid="=100%"),
        Row(P, "时效指标", "年度改造项目开工时间", "", "2025年6月底前", "", mid="每年6月底前"),
        Row(P, "成本指标", "户均改造投资", "≤", "9.5", "万元", mid="≤9.5万元"),
        Row(B, "社会效益指标", "改造后小区物业管理覆盖率", "=", "100", "%", mid="=100%"),
        Row(B, "生态效益指标", "小区雨污分流改造完成率", "≥", "90", "%", mid="≥95%"),
        Row(S, SL, "改造小区居民满意度", "≥", "90", "%", mid="≥92%"),
    ])

# F05 安徽 医疗保障 — classic self-evaluation
F05 = Form(
    "self_evaluation", "医疗保障基金监管专项经费", "安徽省芜湖市医疗保障局", "芜湖市医疗保障基金监管中心", 2024,
    plan=(180, 180, None, None), total=195, fiscal=180, carry=15, other=None, executed=187.2,
    fund_weight=10, fund_score=9.6,
    goal="开展定点医药机构现场检查全覆盖，推进智能监控系统应用，追回违规使用医保基金，维护基金安全。",
    actual_goal="完成定点医药机构现场检查2148家次，智能监控审核覆盖率100%，追回医保基金3862万元。",
    rows=[
        Row(P, "数量指标", "定点医药机构现场检查覆盖率", "=", "100", "%", "100%", 15, 15),
        Row(P, "数量指标", "飞行检查及专项检查次数", "≥", "6", "次", "5次", 10, 8,
            "省级飞行检查时间调整，1次专项检查并入下年度；将提前制定全年检查计划"),
        Row(P, "质量指标", "智能监控规则审核覆盖率", "≥", "95", "%", "100%", 10, 10),
        Row(P, "时效指标", "举报线索核查办结时限", "≤", "30", "个工作日", "平均18个工作日", 10, 10),
        Row(P, "成本指标", "第三方专业机构检查服务费", "≤", "60", "万元", "57.6万元", 5, 5),
        Row(B, "经济效益指标", "追回违规使用医保基金", "≥", "3000", "万元", "3862万元", 15, 15),
        Row(B, "社会效益指标", "欺诈骗保行为曝光典型案例", "≥", "12", "例", "14例", 15, 15),
        Row(S, SL, "参保群众满意度", "≥", "90", "%", "91.2%", 10, 10),
    ],
    total_score=97.6, grade="优")

# F06 山西 统计 — declaration
F06 = Form(
    "target_declaration", "2025年统计调查专项经费", "山西省晋中市统计局", "晋中市社情民意调查中心", 2025,
    total=142.5, fiscal=142.5, other=None,
    goal="按时完成国家、省、市统计调查任务，开展城乡住户、劳动力、规模以上服务业等专项调查，数据上报及时准确，为党政决策提供统计服务。",
    rows=[
        Row(P, "数量指标", "城乡住户调查样本户数", "≥", "1280", "户"),
        Row(P, "数量指标", "劳动力调查入户访问人次", "≥", "9600", "人次"),
        Row(P, "数量指标", "发布统计分析报告篇数", "≥", "24", "篇"),
        Row(P, "质量指标", "调查数据差错率", "≤", "1", "%"),
        Row(P, "时效指标", "统计数据上报及时率", "=", "100", "%"),
        Row(P, "成本指标", "调查员劳务补助标准", "≤", "150", "元/户·月"),
        Row(B, "社会效益指标", "统计数据服务党政决策", "", "有效支撑", ""),
        Row(S, SL, "调查户及数据使用部门满意度", "≥", "90", "%"),
    ])

# F07 吉林 自然资源 — op/value/unit columns with 指标方向 and 评（扣）分标准
F07 = Form(
    "target_declaration", "耕地保护和国土空间用途管制补助项目", "吉林省四平市自然资源局", "四平市自然资源调查监测中心", 2025,
    total=730, fiscal=650, other=80,
    goal="落实耕地保护目标责任，完成耕地卫片执法图斑核查和耕地“进出平衡”核查，全年耕地保有量不低于下达任务，违法占用耕地问题及时整改。",
    rows=[
        Row(P, "数量指标", "耕地卫片执法图斑核查数量", "≥", "4500", "个", note="完成得满分，每少5%扣1分"),
        Row(P, "数量指标", "耕地保有量", "≥", "1325", "万亩", note="低于任务不得分"),
        Row(P, "数量指标", "永久基本农田保护面积", "≥", "1180", "万亩", note="低于任务不得分"),
        Row(P, "质量指标", "图斑核查成果一次性通过率", "≥", "92", "%", note="每低1个百分点扣0.5分"),
        Row(P, "时效指标", "问题图斑整改完成时限", "≤", "90", "天", note="超期扣分"),
        Row(P, "成本指标", "单个图斑核查成本", "≤", "260", "元", note="超标准不得分"),
        Row(B, "社会效益指标", "新增违法占用耕地面积", "=", "0", "亩", note="发生即扣分"),
        Row(B, "生态效益指标", "耕地质量等级", "", "稳中有升", "", note="定性评价"),
        Row(S, SL, "农村集体经济组织满意度", "≥", "85", "%", note="问卷调查"),
    ])

# F08 海南 退役军人事务 — scoring rubric (决策/过程/产出/效益), with 指标值 / 实际完成值 for 产出/效益
R = "决策指标", "过程指标"
F08 = Form(
    "self_evaluation", "2024年退役军人就业创业培训项目", "海南省儋州市退役军人事务局", "儋州市退役军人服务中心", 2024,
    total=268, fiscal=268, executed=251.92,
    goal="组织退役军人参加职业技能培训和创业培训，培训后就业率不低于80%，帮助退役军人实现稳定就业创业。",
    rows=[
        Row("决策指标", "项目立项", "立项依据充分性", weight=3, score=3),
        Row("决策指标", "项目立项", "立项程序规范性", weight=2, score=2),
        Row("决策指标", "绩效目标", "绩效目标合理性", weight=3, score=3),
        Row("决策指标", "绩效目标", "绩效指标明确性", weight=3, score=2.5, dev="部分指标未细化量化"),
        Row("决策指标", "资金投入", "预算编制科学性", weight=2, score=2),
        Row("决策指标", "资金投入", "资金分配合理性", weight=2, score=2),
        Row("过程指标", "资金管理", "资金到位率", "=", "100", "%", "100%", 4, 4),
        Row("过程指标", "资金管理", "预算执行率", "≥", "90", "%", "94%", 5, 5),
        Row("过程指标", "资金管理", "资金使用合规性", weight=5, score=5),
        Row("过程指标", "组织实施", "管理制度健全性", weight=3, score=3),
        Row("过程指标", "组织实施", "制度执行有效性", weight=3, score=2.5, dev="培训签到台账不完整"),
        Row(P, "数量指标", "参加职业技能培训人数", "≥", "600", "人", "642人", 10, 10),
        Row(P, "数量指标", "参加创业培训人数", "≥", "120", "人", "108人", 5, 4.5, "部分报名人员外出务工未参训"),
        Row(P, "质量指标", "培训合格率", "≥", "90", "%", "95.3%", 8, 8),
        Row(P, "时效指标", "培训任务完成时间", "", "12月底前", "", "11月30日", 5, 5),
        Row(P, "成本指标", "人均培训补贴", "≤", "3500", "元", "3420元", 6, 6),
        Row(B, "社会效益指标", "培训后就业创业率", "≥", "80", "%", "83.6%", 15, 15),
        Row(B, "可持续影响指标", "退役军人就业服务长效机制", "", "逐步健全", "", "基本建立", 6, 5, "跟踪服务机制尚需完善"),
        Row(B, SL, "参训退役军人满意度", "≥", "90", "%", "96%", 10, 10),
    ],
    total_score=97.5, grade="优")
for _r in F08.rows:
    if _r.l1 in R:
        _r.actual = None

# F09 青海 商务 — Chongqing-style declaration (指标类型/指标名称/指标性质/指标值/计量单位/指标权重)
F09 = Form(
    "target_declaration", "县域商业体系建设项目", "青海省海东市商务局", "海东市商务综合服务中心", 2025,
    total=1500, fiscal=1500, other=None,
    goal="改造提升县级物流配送中心和乡镇商贸中心，发展农村电商，完善县乡村三级物流配送体系，农产品网络零售额增长10%以上。",
    rows=[
        Row(P, "数量指标", "改造提升乡镇商贸中心数量", "≥", "16", "个", weight=15),
        Row(P, "数量指标", "新建村级寄递物流综合服务站", "≥", "120", "个", weight=15),
        Row(P, "质量指标", "项目验收合格率", "≥", "98", "%", weight=10),
        Row(P, "时效指标", "建设任务完成时间", "≤", "12", "月", weight=10),
        Row(P, "成本指标", "单个乡镇商贸中心补助额", "≤", "50", "万元", weight=10),
        Row(B, "经济效益指标", "农产品网络零售额增长率", "≥", "10", "%", weight=15),
        Row(B, "社会效益指标", "县乡村三级物流共同配送覆盖率", "≥", "85", "%", weight=15),
        Row(S, SL, "经营主体和农牧民群众满意度", "≥", "90", "%", weight=10),
    ])

# F10 内蒙古 残联 — Chongqing-style self-evaluation (全年完成值)
F10 = Form(
    "self_evaluation", "残疾人基本康复服务项目", "内蒙古自治区赤峰市残疾人联合会", "赤峰市残疾人康复服务指导中心", 2024,
    total=412, fiscal=412, executed=398.6, plan=(412, 412, None, None),
    goal="为持证残疾人提供基本康复服务，实施0-6岁残疾儿童康复救助，适配基本型辅助器具，残疾人基本康复服务覆盖率达到85%以上。",
    rows=[
        Row(P, "数量指标", "0-6岁残疾儿童康复救助人数", "≥", "560", "人", "587人", 15, 15),
        Row(P, "数量指标", "适配基本型辅助器具件数", "≥", "2400", "件", "2265件", 10, 9,
            "部分旗县需求摸底滞后，剩余适配任务已结转至2025年上半年"),
        Row(P, "质量指标", "持证残疾人基本康复服务覆盖率", "≥", "85", "%", "88.4%", 15, 15),
        Row(P, "时效指标", "救助资金拨付及时率", "=", "100", "%", "100%", 10, 10),
        Row(P, "成本指标", "残疾儿童人均康复救助标准", "≤", "2", "万元/人·年", "1.96万元/人·年", 10, 10),
        Row(B, "社会效益指标", "残疾儿童家庭经济负担", "", "有效减轻", "", "有效减轻", 15, 15),
        Row(B, "可持续影响指标", "定点康复机构服务能力", "", "持续提升", "", "持续提升", 15, 15),
        Row(S, SL, "残疾人及家属满意度", "≥", "90", "%", "95.1%", 10, 10),
    ],
    total_score=99)

# F11 北京 统计 — department target
F11 = Form(
    "department_target", "北京市丰台区统计局部门整体支出", "北京市丰台区统计局", "北京市丰台区统计局", 2025,
    total=2860.42, fiscal=2795.42, other=65,
    tasks=[("统计调查与数据采集", "组织实施常规统计报表制度和专项调查，保障基层统计数据质量", "612.3"),
           ("统计分析与信息服务", "编制统计年鉴、开展经济运行监测分析，发布统计信息", "186"),
           ("机构运转保障", "保障机关及所属事业单位人员工资和日常运转", "2062.12")],
    goal="全面完成国家、市、区统计调查任务，统计数据真实准确、上报及时，经济运行监测分析服务区委区政府决策，统计法治建设持续加强。",
    rows=[
        Row(P, "数量指标", "完成国家和市级统计调查项目数", "≥", "42", "项"),
        Row(P, "数量指标", "编印统计年鉴及统计资料", "≥", "3", "册"),
        Row(P, "数量指标", "开展统计执法检查企业数", "≥", "150", "家"),
        Row(P, "质量指标", "联网直报企业数据审核通过率", "≥", "98", "%"),
        Row(P, "时效指标", "月度统计数据上报时间", "", "按国家统一时间节点", ""),
        Row(B, "社会效益指标", "统计分析报告被领导批示采用篇数", "≥", "15", "篇"),
        Row(B, "可持续影响指标", "统计数据质量控制体系", "", "不断完善", ""),
        Row(S, SL, "统计调查对象满意度", "≥", "90", "%"),
    ])

# F12 天津 司法 — department self-evaluation (履职效能 / 管理效率 framework)
F12 = Form(
    "department_self_evaluation", "天津市河东区司法局部门整体支出", "天津市河东区司法局", "天津市河东区司法局", 2024,
    plan=(4350.6, 4250.6, None, 100), total=4512.8, fiscal=4380.3, carry=32.5, other=100, executed=4386.2,
    fund_weight=10, fund_score=9.7,
    goal="推进法治政府建设，做好社区矫正、人民调解、法律援助和普法宣传工作，保障机关正常运转。",
    actual_goal="完成社区矫正对象管理1186人次，调解矛盾纠纷5320件，办理法律援助案件1465件，法治政府建设考核位列全市前列。",
    rows=[
        Row("履职效能", "重点工作履行情况", "社区矫正对象脱管漏管率", "=", "0", "%", "0%", 10, 10),
        Row("履职效能", "重点工作履行情况", "人民调解矛盾纠纷调解成功率", "≥", "96", "%", "98.2%", 10, 10),
        Row("履职效能", "重点工作履行情况", "法律援助案件办理数量", "≥", "1400", "件", "1465件", 10, 10),
        Row("履职效能", "重点工作履行情况", "“八五”普法宣传活动场次", "≥", "200", "场", "186场", 10, 8.5,
            "受场地改造影响部分进社区活动延期；下年度增加线上普法形式"),
        Row("履职效能", "社会效益指标", "法治政府建设群众知晓率", "≥", "85", "%", "87.3%", 10, 10),
        Row("管理效率", "预算管理", "“三公”经费控制率", "≤", "100", "%", "82.6%", 10, 10),
        Row("管理效率", "预算管理", "结转结余率", "≤", "5", "%", "2.8%", 5, 5),
        Row("管理效率", "资产管理", "固定资产账实相符率", "=", "100", "%", "100%", 5, 5),
        Row(S, SL, "服务对象满意度", "≥", "90", "%", "94%", 20, 20),
    ],
    total_score=98.2, grade="优")

# F13 上海 商务 — form inside a budget report
F13 = Form(
    "target_declaration", "消费市场促进与商业网点规划专项", "上海市长宁区商务委员会", "上海市长宁区商务委员会", 2025,
    total=980, fiscal=980, other=None,
    goal="举办促消费主题活动，推进一刻钟便民生活圈建设，提升商业网点布局合理性，社会消费品零售总额保持稳定增长。",
    rows=[
        Row(P, "数量指标", "举办促消费主题活动场次", "≥", "25", "场"),
        Row(P, "数量指标", "新建或提升一刻钟便民生活圈", "≥", "8", "个"),
        Row(P, "质量指标", "商业网点规划评审通过率", "=", "100", "%"),
        Row(P, "时效指标", "活动补贴兑付时间", "≤", "60", "个工作日"),
        Row(B, "经济效益指标", "带动重点商圈销售额增长", "≥", "5", "%"),
        Row(B, "社会效益指标", "便民生活圈居民步行可达率", "≥", "95", "%"),
        Row(S, SL, "参与企业及消费者满意度", "≥", "85", "%"),
    ])

# F14 黑龙江 住房城乡建设 — label variants
F14 = Form(
    "target_declaration", "2025年城市排水防涝设施建设项目", "黑龙江省齐齐哈尔市住房和城乡建设局", "齐齐哈尔市排水有限责任公司", 2025,
    total=3200, fiscal=2600, other=600,
    goal="新建改造雨水管网，整治城市易涝点，提升城市排水防涝能力，汛期主城区不发生严重内涝。",
    rows=[
        Row(P, "数量指标", "新建改造雨水管网长度", "≥", "28.5", "公里"),
        Row(P, "数量指标", "整治城市易涝积水点", "≥", "17", "处"),
        Row(P, "质量指标", "工程质量验收合格率", "=", "100", "%"),
        Row(P, "时效指标", "主体工程完工时间", "", "2025年9月底前", ""),
        Row(P, "成本指标", "雨水管网每公里造价", "≤", "95", "万元"),
        Row(B, "社会效益指标", "汛期主城区严重内涝事件", "=", "0", "起"),
        Row(B, "生态效益指标", "城市排水管网雨污混接点消除率", "≥", "90", "%"),
        Row(B, "可持续影响指标", "排水设施设计使用年限", "≥", "50", "年"),
        Row(S, SL, "周边居民满意度", "≥", "90", "%"),
    ])

# F15 辽宁 医疗保障 — (fragment source) declaration
F15 = Form(
    "target_declaration", "城乡居民医疗救助资金", "辽宁省锦州市医疗保障局", "锦州市医疗保障事务服务中心", 2025,
    total=5600, fiscal=5600, other=None,
    goal="资助困难群众参加城乡居民基本医疗保险，对救助对象政策范围内自付费用给予救助，防范因病返贫致贫。",
    rows=[
        Row(P, "数量指标", "资助参保困难群众人数", "≥", "6.8", "万人"),
        Row(P, "数量指标", "门诊和住院救助人次", "≥", "4.2", "万人次"),
        Row(P, "质量指标", "特困人员参保资助率", "=", "100", "%"),
        Row(P, "质量指标", "救助对象住院费用政策范围内救助比例", "≥", "70", "%"),
        Row(P, "时效指标", "医疗救助“一站式”即时结算率", "≥", "95", "%"),
        Row(P, "成本指标", "年度救助限额", "≤", "5", "万元/人"),
        Row(B, "社会效益指标", "因病返贫致贫发生数", "=", "0", "户"),
        Row(B, "可持续影响指标", "多层次医疗保障制度", "", "不断健全", ""),
        Row(S, SL, "救助对象满意度", "≥", "90", "%"),
    ])

# F16 河南 应急管理 — (fragment source) self-evaluation
F16 = Form(
    "self_evaluation", "安全生产监管执法专项经费", "河南省新乡市应急管理局", "新乡市应急管理综合行政执法支队", 2024,
    plan=(220, 220, None, None), total=220, fiscal=220, executed=206.8, fund_weight=10, fund_score=9.4,
    goal="开展危险化学品、非煤矿山、工贸行业安全生产执法检查，聘请专家指导服务，遏制较大及以上生产安全事故。",
    actual_goal="执法检查企业1356家次，查处隐患4210项，未发生较大及以上生产安全事故。",
    rows=[
        Row(P, "数量指标", "执法检查企业家次", "≥", "1200", "家次", "1356家次", 10, 10),
        Row(P, "数量指标", "聘请专家指导服务企业数", "≥", "300", "家", "312家", 10, 10),
        Row(P, "质量指标", "重大事故隐患整改率", "=", "100", "%", "100%", 10, 10),
        Row(P, "质量指标", "执法案卷评查合格率", "≥", "95", "%", "93%", 5, 4,
            "个别案卷文书不规范；已组织执法文书专题培训"),
        Row(P, "时效指标", "执法检查计划完成时间", "", "12月底前", "", "12月20日", 5, 5),
        Row(P, "成本指标", "专家服务费标准", "≤", "1500", "元/人·天", "1500元/人·天", 10, 10),
        Row(B, "社会效益指标", "较大及以上生产安全事故起数", "=", "0", "起", "0起", 30, 30),
        Row(S, SL, "被检查企业满意度", "≥", "85", "%", "90.6%", 10, 10),
    ],
    total_score=98.4, grade="优")

# F17 湖北 科技 — declaration, one line
F17 = Form(
    "target_declaration", "2025年农业科技特派员服务专项", "湖北省荆州市科学技术局", "荆州市农业科技推广中心", 2025,
    total=260, fiscal=260, other=None,
    goal="选派农业科技特派员深入乡村开展技术服务，推广新品种新技术，带动农民增收。",
    rows=[
        Row(P, "数量指标", "选派科技特派员人数", "≥", "180", "人"),
        Row(P, "数量指标", "开展技术培训场次", "≥", "240", "场次"),
        Row(P, "数量指标", "推广新品种新技术", "≥", "45", "项"),
        Row(P, "质量指标", "服务对象技术掌握率", "≥", "85", "%"),
        Row(P, "时效指标", "特派员到岗时间", "", "3月底前", ""),
        Row(B, "经济效益指标", "示范基地亩均增收", "≥", "400", "元"),
        Row(B, "社会效益指标", "带动农户数", "≥", "1.2", "万户"),
        Row(S, SL, "农户满意度", "≥", "90", "%"),
    ])

# F18 陕西 自然资源 — xlsx declaration
F18 = Form(
    "target_declaration", "地质灾害隐患点综合治理项目", "陕西省安康市自然资源局", "安康市地质环境监测站", 2025,
    total=2450, fiscal=2200, other=250,
    goal="完成地质灾害隐患点工程治理和搬迁避让，更新群测群防监测设备，受威胁群众生命财产安全得到保障。",
    rows=[
        Row(P, "数量指标", "地质灾害隐患点工程治理数量", "≥", "14", "处"),
        Row(P, "数量指标", "群测群防普适型监测设备更新", "≥", "320", "台"),
        Row(P, "质量指标", "治理工程竣工验收合格率", "=", "100", "%"),
        Row(P, "时效指标", "汛前治理工程完工率", "≥", "80", "%"),
        Row(P, "成本指标", "单处隐患点平均治理费用", "≤", "150", "万元"),
        Row(B, "社会效益指标", "受威胁群众因灾死亡人数", "=", "0", "人"),
        Row(B, "生态效益指标", "治理区植被恢复率", "≥", "85", "%"),
        Row(S, SL, "受益群众满意度", "≥", "95", "%"),
    ])

# F19 安徽 退役军人事务 — docx self-evaluation
F19 = Form(
    "self_evaluation", "烈士纪念设施保护管理经费", "安徽省六安市退役军人事务局", "六安市烈士陵园管理处", 2024,
    plan=(150, 150, None, None), total=150, fiscal=150, executed=146.4, fund_weight=10, fund_score=9.8,
    goal="完成零散烈士纪念设施集中迁移保护和修缮，开展英烈纪念活动，烈士纪念设施管理保护规范有序。",
    actual_goal="完成零散烈士墓迁移修缮86座，举办烈士纪念日等主题活动12场，接待瞻仰群众5.6万人次。",
    rows=[
        Row(P, "数量指标", "零散烈士纪念设施迁移修缮数量", "≥", "80", "座", "86座", 15, 15),
        Row(P, "数量指标", "举办英烈纪念主题活动场次", "≥", "10", "场", "12场", 10, 10),
        Row(P, "质量指标", "修缮工程验收合格率", "=", "100", "%", "100%", 15, 15),
        Row(P, "时效指标", "清明节前修缮完成率", "≥", "90", "%", "85%", 10, 8,
            "雨季施工延误，4座于5月完工；今后提前一季度启动招标"),
        Row(B, "社会效益指标", "接待瞻仰祭扫群众人次", "≥", "5", "万人次", "5.6万人次", 20, 20),
        Row(B, "可持续影响指标", "烈士纪念设施管理保护长效机制", "", "健全", "", "已健全", 10, 10),
        Row(S, SL, "烈属及瞻仰群众满意度", "≥", "95", "%", "97.2%", 10, 10),
    ],
    total_score=97.8, grade="优")

# F20 吉林 商务 — pdf classic self-evaluation
F20 = Form(
    "self_evaluation", "外贸企业开拓国际市场补助资金", "吉林省延边州商务局", "延边州对外贸易促进中心", 2024,
    plan=(300, 300, None, None), total=300, fiscal=300, executed=264, fund_weight=10, fund_score=8.8,
    goal="支持外贸企业参加境外展会、开展国际认证，稳定外贸规模，全年外贸进出口额增长5%。",
    actual_goal="支持企业参加境外展会63家次、国际认证21项，全年外贸进出口额增长6.3%。",
    rows=[
        Row(P, "数量指标", "支持企业参加境外展会家次", "≥", "60", "家次", "63家次", 15, 15),
        Row(P, "数量指标", "支持企业开展国际认证项数", "≥", "25", "项", "21项", 10, 8,
            "部分企业认证周期跨年，未在年内完成；将跟踪认证进度"),
        Row(P, "质量指标", "补助资金审核准确率", "=", "100", "%", "100%", 10, 10),
        Row(P, "时效指标", "补助资金兑付时间", "", "12月底前", "", "12月26日", 10, 10),
        Row(B, "经济效益指标", "外贸进出口额增长率", "≥", "5", "%", "6.3%", 20, 20),
        Row(B, "社会效益指标", "新增有进出口实绩企业数", "≥", "15", "家", "18家", 15, 15),
        Row(S, SL, "受补助企业满意度", "≥", "90", "%", "92%", 10, 10),
    ],
    total_score=96.8, grade="优")

# F21 海南 统计 — mid-term / annual, two successive blocks in one table
F21 = Form(
    "target_declaration", "统计数据采集处理平台运维项目", "海南省三亚市统计局", "三亚市统计普查中心", 2025,
    total=185, fiscal=185, other=None,
    mid_goal="三年内建成覆盖全市统计调查对象的数据采集处理平台，实现统计数据采集、审核、汇总全流程电子化。",
    goal="2025年完成平台运维和功能升级，保障联网直报系统稳定运行，数据采集电子化率达到98%。",
    rows=[
        Row(P, "数量指标", "平台接入统计调查对象数量", "≥", "5200", "家", mid="≥6000家"),
        Row(P, "数量指标", "完成功能模块升级数", "≥", "6", "个", mid="≥15个"),
        Row(P, "质量指标", "系统全年正常运行率", "≥", "99", "%", mid="≥99.5%"),
        Row(P, "时效指标", "系统故障响应时间", "≤", "2", "小时", mid="≤1小时"),
        Row(B, "社会效益指标", "数据采集电子化率", "≥", "98", "%", mid="=100%"),
        Row(S, SL, "统计调查对象满意度", "≥", "90", "%", mid="≥92%"),
    ])

# F22 山西 残联 — scoring rubric, no target column (分值/评分标准/得分)
F22 = Form(
    "self_evaluation", "残疾人就业培训和扶持项目", "山西省长治市残疾人联合会", "长治市残疾人就业服务中心", 2024,
    total=96, fiscal=96, executed=91.5,
    goal="开展残疾人职业技能培训，扶持残疾人自主创业和辅助性就业，促进残疾人稳定就业增收。",
    rows=[
        Row("决策指标", "项目立项", "立项依据充分性", weight=4, score=4),
        Row("决策指标", "项目立项", "立项程序规范性", weight=4, score=4),
        Row("决策指标", "绩效目标", "绩效目标合理性", weight=4, score=3),
        Row("决策指标", "绩效目标", "绩效指标明确性", weight=4, score=3),
        Row("决策指标", "资金投入", "预算编制科学性", weight=4, score=4),
        Row("过程指标", "资金管理", "资金到位率", weight=5, score=5),
        Row("过程指标", "资金管理", "预算执行率", weight=5, score=4.8),
        Row("过程指标", "资金管理", "资金使用合规性", weight=5, score=5),
        Row("过程指标", "组织实施", "管理制度健全性", weight=5, score=5),
        Row("过程指标", "组织实施", "制度执行有效性", weight=5, score=4),
        Row(P, "数量指标", "残疾人职业技能培训人数", weight=10, score=10),
        Row(P, "数量指标", "扶持自主创业和辅助性就业人数", weight=8, score=7),
        Row(P, "质量指标", "培训结业合格率", weight=6, score=6),
        Row(P, "时效指标", "培训补贴发放及时性", weight=6, score=6),
        Row(B, "社会效益指标", "培训后实现就业人数", weight=10, score=9),
        Row(B, "经济效益指标", "残疾人家庭收入改善情况", weight=5, score=4),
        Row(B, SL, "参训残疾人满意度", weight=10, score=9),
    ],
    total_score=92.8, grade="优")
F22_NOTES = {
    "立项依据充分性": "项目立项符合国家法律法规、发展政策和部门职责，得满分",
    "立项程序规范性": "按规定程序申请设立，审批文件齐全，得满分",
    "绩效目标合理性": "绩效目标与实际工作内容相关，部分目标与预算匹配不足扣1分",
    "绩效指标明确性": "个别指标未细化量化扣1分",
    "预算编制科学性": "预算内容与项目内容匹配，测算依据充分",
    "资金到位率": "实际到位资金/预算资金×100%",
    "预算执行率": "实际支出/实际到位资金×100%，执行率95.31%",
    "资金使用合规性": "资金使用符合财务管理制度规定",
    "管理制度健全性": "已制定项目及财务管理制度",
    "制度执行有效性": "部分培训台账不完整扣1分",
    "残疾人职业技能培训人数": "目标≥800人，实际完成826人",
    "扶持自主创业和辅助性就业人数": "目标≥150人，实际完成138人，按比例扣分",
    "培训结业合格率": "目标≥90%，实际94%",
    "培训补贴发放及时性": "培训结束后30日内发放",
    "培训后实现就业人数": "目标≥400人，实际376人",
    "残疾人家庭收入改善情况": "有所改善，缺少量化数据扣1分",
    "参训残疾人满意度": "问卷调查满意度91%",
}

# F23 北京 科技 — department target, xlsx-ish / pipe
F23 = Form(
    "department_target", "北京市海淀区科学技术委员会部门整体支出", "北京市海淀区科学技术委员会",
    "北京市海淀区科学技术委员会", 2025, total=18650, fiscal=18200, other=450,
    tasks=[("科技创新企业培育", "支持高新技术企业、专精特新企业研发投入", "9800"),
           ("科技成果转化", "建设概念验证平台和中试基地，支持技术转移机构", "5260"),
           ("机构运行保障", "保障人员经费及日常公用经费", "3590")],
    goal="培育壮大科技创新企业群体，促进科技成果就地转化，区域创新能力持续走在全国前列。",
    rows=[
        Row(P, "数量指标", "支持高新技术企业研发项目数", "≥", "350", "项"),
        Row(P, "数量指标", "建设概念验证平台数量", "≥", "8", "个"),
        Row(P, "质量指标", "资助项目按期验收率", "≥", "90", "%"),
        Row(P, "时效指标", "资金拨付及时率", "=", "100", "%"),
        Row(B, "经济效益指标", "技术合同成交额", "≥", "2800", "亿元"),
        Row(B, "社会效益指标", "新增国家级专精特新“小巨人”企业", "≥", "30", "家"),
        Row(S, SL, "科技企业满意度", "≥", "90", "%"),
    ])

# F24 青海 应急管理 — department self-evaluation, layout
F24 = Form(
    "department_self_evaluation", "青海省西宁市应急管理局部门整体支出", "青海省西宁市应急管理局",
    "青海省西宁市应急管理局", 2024,
    plan=(3120, 3120, None, None), total=3386.5, fiscal=3306.5, carry=80, other=None, executed=3198.7,
    fund_weight=10, fund_score=9.4,
    goal="健全应急指挥体系，开展安全生产执法和自然灾害防治，提升应急救援保障能力，保障机关正常运转。",
    actual_goal="全年生产安全事故起数和死亡人数双下降，完成应急物资储备和救援队伍建设任务。",
    rows=[
        Row(P, "数量指标", "安全生产执法检查企业数", "≥", "2000", "家", "2214家", 10, 10),
        Row(P, "数量指标", "应急救援演练场次", "≥", "24", "场", "26场", 10, 10),
        Row(P, "数量指标", "储备救灾物资品种", "≥", "35", "种", "38种", 5, 5),
        Row(P, "质量指标", "应急预案备案审查率", "=", "100", "%", "100%", 10, 10),
        Row(P, "时效指标", "灾情信息报送时限", "≤", "2", "小时", "1小时", 10, 10),
        Row(B, "社会效益指标", "生产安全事故死亡人数同比下降", "≥", "5", "%", "3.2%", 15, 12,
            "交通领域事故占比上升；将加强部门联合执法"),
        Row(B, "可持续影响指标", "应急管理信息化水平", "", "持续提升", "", "持续提升", 10, 10),
        Row(S, SL, "社会公众满意度", "≥", "85", "%", "88%", 20, 20),
    ],
    total_score=96.4, grade="优")

# F25 湖北 住房城乡建设 — op_value_unit cell per line
F25 = Form(
    "target_declaration", "农村危房改造和抗震改造补助资金", "湖北省恩施州住房和城乡建设局", "恩施州村镇建设服务中心", 2025,
    total=4380, fiscal=4380, other=None,
    goal="对农村低收入群体等重点对象危房实施改造，同步开展农房抗震改造，保障农村群众住房安全。",
    rows=[
        Row(P, "数量指标", "农村低收入群体危房改造户数", "≥", "1460", "户", note="按下达计划户数"),
        Row(P, "数量指标", "农房抗震改造户数", "≥", "300", "户", note="按下达计划户数"),
        Row(P, "质量指标", "改造农房竣工验收合格率", "=", "100", "%", note="验收合格户数/竣工户数"),
        Row(P, "时效指标", "改造任务竣工时间", "≤", "12", "月", note="当年12月底前竣工"),
        Row(P, "成本指标", "户均补助标准", "≤", "3", "万元", note="按省定标准"),
        Row(B, "社会效益指标", "重点对象住房安全保障率", "=", "100", "%", note="动态清零"),
        Row(S, SL, "改造户满意度", "≥", "95", "%", note="入户调查"),
    ])

# F26 上海 退役军人 — mixed report with two forms? (one form, self-eval tab inside 决算 report)
F26 = Form(
    "self_evaluation", "退役军人服务站标准化建设经费", "上海市静安区退役军人事务局", "上海市静安区退役军人服务中心", 2024,
    plan=(120, 120, None, None), total=120, fiscal=120, executed=118.3, fund_weight=10, fund_score=10,
    goal="完成街道退役军人服务站标准化提升，开展常态化联系和走访慰问，服务保障对象全覆盖。",
    actual_goal="13个街道服务站全部完成标准化提升，走访慰问服务对象8620人次。",
    rows=[
        Row(P, "数量指标", "服务站标准化提升数量", "=", "13", "个", "13个", 20, 20),
        Row(P, "数量指标", "走访慰问服务对象人次", "≥", "8000", "人次", "8620人次", 15, 15),
        Row(P, "质量指标", "服务站建设达标率", "=", "100", "%", "100%", 15, 15),
        Row(P, "时效指标", "建设任务完成时间", "", "2024年9月底前", "", "2024年9月", 10, 10),
        Row(B, "社会效益指标", "退役军人信访事项按期办结率", "≥", "95", "%", "98%", 20, 20),
        Row(S, SL, "退役军人满意度", "≥", "90", "%", "95%", 10, 10),
    ],
    total_score=100, grade="优")

# F27 内蒙古 医疗保障 — run-together declaration
F27 = Form(
    "target_declaration", "2025年医疗保障信息化建设项目", "内蒙古自治区包头市医疗保障局", "包头市医疗保障信息中心", 2025,
    total=690, fiscal=690, other=None,
    goal="完善医保信息平台功能，推进医保电子凭证和移动支付应用，提升医保经办服务便利化水平。",
    rows=[
        Row(P, "数量指标", "接入医保信息平台定点医药机构数", "≥", "2100", "家"),
        Row(P, "数量指标", "医保电子凭证激活人数", "≥", "180", "万人"),
        Row(P, "质量指标", "信息平台系统可用率", "≥", "99.9", "%"),
        Row(P, "时效指标", "异地就医直接结算备案办理时限", "≤", "1", "个工作日"),
        Row(P, "成本指标", "系统运维费用", "≤", "320", "万元"),
        Row(B, "社会效益指标", "医保业务“网上办”“掌上办”比例", "≥", "80", "%"),
        Row(S, SL, "参保群众满意度", "≥", "90", "%"),
    ])


# F28 上海 自然资源 — Word table copy with tabs, funds as a header row + value row
F28 = Form(
    "target_declaration", "2025年度城市更新地块土壤污染状况调查项目", "上海市闵行区规划和自然资源局",
    "上海市闵行区土地储备中心", 2025, total=425.6, fiscal=385.6, other=40,
    goal="完成拟收储地块土壤污染状况初步调查和详细调查，建立地块环境档案，确保收储地块安全利用率达到100%。",
    rows=[
        Row(P, "数量指标", "完成地块土壤污染状况初步调查数量", "≥", "32", "幅"),
        Row(P, "数量指标", "完成详细调查及风险评估地块数量", "≥", "6", "幅"),
        Row(P, "质量指标", "调查报告专家评审一次通过率", "≥", "90", "%"),
        Row(P, "时效指标", "调查报告提交时间", "", "地块收储前", ""),
        Row(P, "成本指标", "单幅地块初步调查费用", "≤", "9.8", "万元"),
        Row(B, "生态效益指标", "收储地块安全利用率", "=", "100", "%"),
        Row(B, "可持续影响指标", "地块环境档案建档率", "=", "100", "%"),
        Row(S, SL, "用地单位满意度", "≥", "90", "%"),
    ])

# F29 吉林 残联 — classic self-evaluation as a pipe table
F29 = Form(
    "self_evaluation", "困难残疾人生活补贴和重度残疾人护理补贴", "吉林省白山市残疾人联合会", "白山市残疾人联合会", 2024,
    plan=(2360, 2360, None, None), total=2412.8, fiscal=2360, carry=52.8, other=None, executed=2406.5,
    fund_weight=10, fund_score=10,
    goal="按时足额发放困难残疾人生活补贴和重度残疾人护理补贴，符合条件对象应享尽享，补贴资金精准发放到人。",
    actual_goal="全年发放两项补贴共23.6万人次，精准发放率100%，未发生冒领、错发问题。",
    rows=[
        Row(P, "数量指标", "困难残疾人生活补贴发放人次", "≥", "11", "万人次", "11.4万人次", 15, 15),
        Row(P, "数量指标", "重度残疾人护理补贴发放人次", "≥", "12", "万人次", "12.2万人次", 15, 15),
        Row(P, "质量指标", "补贴资金精准发放率", "=", "100", "%", "100%", 15, 15),
        Row(P, "时效指标", "补贴按月发放及时率", "≥", "98", "%", "96%", 10, 9,
            "第一季度系统升级导致两个月延迟发放；已协调银行提前代发"),
        Row(P, "成本指标", "补贴标准", "", "按省定标准执行", "", "按省定标准执行", 5, 5),
        Row(B, "社会效益指标", "残疾人基本生活保障水平", "", "稳步提高", "", "稳步提高", 20, 20),
        Row(S, SL, "补贴对象满意度", "≥", "95", "%", "98%", 10, 10),
    ],
    total_score=99, grade="优")

# F30 青海 科技 — label variants: level-1 as section lines, short level-2 labels at row starts
F30 = Form(
    "target_declaration", "高原特色生物资源科技创新平台建设项目", "青海省科学技术厅", "青海省高原生物资源研究中心", 2025,
    total=1180, fiscal=1100, other=80,
    goal="建设高原特色生物资源种质库和公共检测平台，开展枸杞、藜麦等特色资源关键技术攻关，形成一批可转化的科技成果。",
    rows=[
        Row(P, "数量指标", "新增入库保存种质资源份数", "≥", "1500", "份"),
        Row(P, "数量指标", "开展关键技术攻关课题数", "≥", "8", "项"),
        Row(P, "数量指标", "申请发明专利数量", "≥", "12", "件"),
        Row(P, "质量指标", "公共检测平台通过CMA资质认定", "", "通过", ""),
        Row(P, "时效指标", "平台建设完成时间", "", "2025年11月底前", ""),
        Row(B, "经济效益指标", "成果转化合同金额", "≥", "800", "万元"),
        Row(B, "社会效益指标", "带动特色种植农户", "≥", "2000", "户"),
        Row(S, SL, "合作企业满意度", "≥", "90", "%"),
    ])

# F31 河南 住建 — xlsx op/value/unit with numeric percent cells
F31 = Form(
    "target_declaration", "2025年保障性租赁住房筹集建设补助资金", "河南省郑州市住房保障和房地产管理局",
    "郑州市住房保障服务中心", 2025, total=8650, fiscal=8650, other=0,
    goal="筹集建设保障性租赁住房，缓解新市民、青年人住房困难，年度筹集房源不少于6000套（间）。",
    rows=[
        Row(P, "数量指标", "筹集保障性租赁住房套（间）数", "≥", "6000", "套（间）", note="以项目认定书为准"),
        Row(P, "质量指标", "项目竣工验收合格率", "=", "100", "%", note="竣工验收合格项目/竣工项目"),
        Row(P, "时效指标", "补助资金下达时限", "≤", "30", "日", note="收到资金后"),
        Row(P, "成本指标", "每套（间）补助标准", "≤", "1.5", "万元", note="按文件标准"),
        Row(B, "社会效益指标", "新市民青年人住房困难缓解率", "≥", "85", "%", note="抽样调查"),
        Row(B, "可持续影响指标", "保障性租赁住房出租率", "≥", "90", "%", note="运营满一年项目"),
        Row(S, SL, "承租人满意度", "≥", "90", "%", note="问卷调查"),
    ])

# F32 辽宁 统计 — docx with header and goal as paragraphs
F32 = Form(
    "target_declaration", "统计执法检查和统计督察专项", "辽宁省大连市统计局", "大连市统计执法监督局", 2025,
    total=68, fiscal=68, other=None,
    goal="开展统计执法“双随机、一公开”检查和统计造假弄虚作假专项治理，依法查处统计违法案件，统计数据质量持续提高。",
    rows=[
        Row(P, "数量指标", "“双随机”抽查调查对象数量", "≥", "260", "家"),
        Row(P, "数量指标", "开展统计督察区县（市）数", "≥", "4", "个"),
        Row(P, "质量指标", "立案案件按期结案率", "=", "100", "%"),
        Row(P, "时效指标", "统计违法举报核查时限", "≤", "15", "个工作日"),
        Row(B, "社会效益指标", "统计违法案件曝光率", "≥", "90", "%"),
        Row(B, "可持续影响指标", "防范惩治统计造假长效机制", "", "进一步健全", ""),
        Row(S, SL, "被检查单位满意度", "≥", "85", "%"),
    ])

# F33/F34 安徽 — two project forms in one county budget appendix
F33 = Form(
    "target_declaration", "2025年县级应急物资储备库运行维护经费", "安徽省金寨县应急管理局", "金寨县应急物资储备中心", 2025,
    total=46.5, fiscal=46.5, other=None,
    goal="保障县级应急物资储备库正常运行，完成储备物资轮换更新，汛期和森林防火期物资调拨及时。",
    rows=[
        Row(P, "数量指标", "储备物资品种", "≥", "28", "种"),
        Row(P, "数量指标", "年度轮换更新物资件数", "≥", "1200", "件"),
        Row(P, "质量指标", "储备物资完好率", "≥", "98", "%"),
        Row(P, "时效指标", "应急物资调拨到达乡镇时间", "≤", "4", "小时"),
        Row(B, "社会效益指标", "受灾群众基本生活得到初步救助时间", "≤", "12", "小时"),
        Row(S, SL, "乡镇及受灾群众满意度", "≥", "90", "%"),
    ])
F34 = Form(
    "target_declaration", "2025年基层应急救援队伍建设补助", "安徽省金寨县应急管理局", "金寨县应急管理局", 2025,
    total=120, fiscal=100, other=20,
    goal="为23个乡镇（街道）综合应急救援队配备基本装备，开展培训演练，提升基层先期处置能力。",
    rows=[
        Row(P, "数量指标", "配备装备的乡镇（街道）应急救援队数量", "=", "23", "支"),
        Row(P, "数量指标", "组织培训演练场次", "≥", "46", "场次"),
        Row(P, "质量指标", "队员持证上岗率", "≥", "80", "%"),
        Row(P, "成本指标", "每支队伍装备补助", "≤", "4", "万元"),
        Row(B, "社会效益指标", "基层突发事件先期处置到场时间", "≤", "30", "分钟"),
        Row(S, SL, "群众安全感满意度", "≥", "90", "%"),
    ])

# ---------------------------------------------------------------- grids


class Grid:
    def __init__(self, ncols: int):
        self.n = ncols
        self.rows: list[list[str]] = []

    def add(self, *cells):
        cells = list(cells)
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


def merged_levels(rows: list[Row], lbl1=None, lbl2=None):
    """(l1 cell, l2 cell) per row: printed once per block, U below."""
    lbl1, lbl2 = lbl1 or {}, lbl2 or {}
    out = []
    for i, r in enumerate(rows):
        same1 = i > 0 and rows[i - 1].l1 == r.l1
        same2 = same1 and rows[i - 1].l2 == r.l2
        out.append((U if same1 else lbl1.get(r.l1, r.l1), U if same2 else lbl2.get(r.l2, r.l2)))
    return out


def vert_label(g: Grid, start: int, col: int, text: str):
    g.rows[start][col] = text
    for r in range(start + 1, len(g.rows)):
        g.rows[r][col] = U


def grid_declaration(f: Form, *, extra=None, lbl1=None, lbl2=None, unit_label="实施单位",
                     dept_label="主管部门", fund_style="rows", mid=False) -> Grid:
    cols = 5 + (1 if extra else 0) + (1 if mid else 0)
    g = Grid(cols)
    g.add("项目名称", f.name)
    g.add(dept_label, f.dept, L, unit_label, f.unit) if cols >= 5 else None
    if fund_style == "rows":
        g.add("项目资金（万元）", "年度资金总额", fmt(f.total))
        g.add(U, "其中：财政拨款", fmt(f.fiscal))
        g.add(U, "其他资金", fmt(f.other))
    else:  # one line of label/value pairs
        g.add("项目资金（万元）", "年度资金总额：" + fmt(f.total), L, "其中：财政拨款：" + fmt(f.fiscal),
              "其他资金：" + fmt(f.other))
    if mid:
        g.add("总体目标", "中期目标（2025—2027年）", L, L, "年度目标")
        g.add(U, f.mid_goal, L, L, f.goal)
    else:
        g.add("年度总体目标", f.goal)
    start = len(g.rows)
    head = ["绩效指标", "一级指标", "二级指标", "三级指标"]
    if mid:
        head += ["中期指标值", "年度指标值"]
    else:
        head += ["指标值"]
    if extra:
        head += [extra]
    g.add(*head)
    for r, (c1, c2) in zip(f.rows, merged_levels(f.rows, lbl1, lbl2), strict=True):
        cells = [U, c1, c2, r.l3]
        cells += [r.mid, r.target or ""] if mid else [r.target or ""]
        if extra:
            cells += [r.note]
        g.add(*cells)
    vert_label(g, start, 0, "绩效指标")
    return g


def grid_self_eval(f: Form, *, lbl1=None, lbl2=None, merge_l1_points=False) -> Grid:
    g = Grid(10)
    g.add("项目名称", f.name)
    g.add("主管部门", f.dept, L, L, L, "实施单位", f.unit)
    g.add("项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L)
    p = f.plan or (None, None, None, None)
    rate = f"{f.rate():.2f}%" if f.rate() is not None else ""
    g.add(U, "年度资金总额", L, fmt(p[0]), fmt(f.total), fmt(f.executed), fmt(f.fund_weight), rate,
          fmt(f.fund_score), L)
    g.add(U, "其中：当年财政拨款", L, fmt(p[1]), fmt(f.fiscal), "", "—", "", "—", L)
    g.add(U, "上年结转资金", L, fmt(p[2]), fmt(f.carry), "", "—", "", "—", L)
    g.add(U, "其他资金", L, fmt(p[3]), fmt(f.other), "", "—", "", "—", L)
    g.add("年度总体目标", "预期目标", L, L, L, "实际完成情况")
    g.add(U, f.goal, L, L, L, f.actual_goal)
    start = len(g.rows)
    g.add("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
          "偏差原因分析及改进措施", L)
    lv = merged_levels(f.rows, lbl1, lbl2)
    pts = {}
    for r in f.rows:
        pts[r.l1] = pts.get(r.l1, 0) + (r.weight or 0)
    for r, (c1, c2) in zip(f.rows, lv, strict=True):
        if merge_l1_points and c1 != U:
            c1 = f"{c1}（{fmt(pts[r.l1])}分）"
        g.add(U, c1, c2, r.l3, r.target or "", r.actual or "", fmt(r.weight), fmt(r.score), r.dev or "", L)
    vert_label(g, start, 0, "绩效指标")
    total_w = sum(r.weight or 0 for r in f.rows) + (f.fund_weight or 0)
    g.add("总分", L, L, L, L, L, fmt(total_w), fmt(f.total_score),
          ("自评等级：" + f.grade) if f.grade else "", L)
    return g


def grid_chongqing(f: Form, *, evaluation=False, type_labels=None) -> Grid:
    cols = 9 if evaluation else 8
    g = Grid(cols)
    g.add("项目名称", f.name)
    g.add("主管部门", f.dept, L, L, "实施单位", f.unit)
    if evaluation:
        g.add("全年预算数（A）", L, L, "全年执行数（B）", L, L, "执行率（B/A）", L, L)
        g.add(fmt(f.total), L, L, fmt(f.executed), L, L, f"{f.rate():.2f}%", L, L)
        g.add("年度目标", L, L, L, "实际完成情况")
        g.add(f.goal, L, L, L, "各项任务均按计划完成，服务覆盖率和满意度达到预期。")
        head = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "全年完成值", "得分", "未完成原因"]
    else:
        g.add("项目资金（万元）", "资金总额", fmt(f.total), "财政拨款", fmt(f.fiscal), "其他资金", fmt(f.other), L)
        g.add("年度目标", f.goal)
        head = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "评价标准", L]
    g.add(*head)
    type_labels = type_labels or {}
    prev = None
    for r in f.rows:
        t = type_labels.get(r.l2, r.l2)
        cell = U if t == prev else t
        prev = t
        op = r.op if r.op else "无"
        val = r.val
        unit = r.unit if r.unit else "无"
        if evaluation:
            act = (r.actual or "").replace(r.unit, "") if r.unit and r.unit != "%" else (r.actual or "")
            g.add(cell, r.l3, op, val, unit, fmt(r.weight), act, fmt(r.score), r.dev or "")
        else:
            std = "达到指标值得满分，未达到按比例扣分" if r.op else "达到预期得满分，否则酌情扣分"
            g.add(cell, r.l3, op, val, unit, fmt(r.weight), std, L)
    return g


def grid_ovu(f: Form, *, direction=True) -> Grid:
    cols = 9 if direction else 8
    g = Grid(cols)
    g.add("项目名称", f.name, L, L, "项目单位", f.unit)
    g.add("主管部门", f.dept, L, L, "资金总额（万元）", fmt(f.total))
    g.add("其中：财政资金（万元）", fmt(f.fiscal), L, L, "其他资金（万元）", fmt(f.other))
    g.add("项目绩效目标", f.goal)
    head = ["一级指标", "二级指标", "三级指标"] + (["指标方向"] if direction else []) + \
        ["运算符", "指标值", "计量单位", "评（扣）分标准", "备注"]
    g.add(*head[:cols])
    for r, (c1, c2) in zip(f.rows, merged_levels(f.rows), strict=True):
        dirn = "正向" if r.op in ("≥", "=") else ("反向" if r.op == "≤" else "定性")
        cells = [c1, c2, r.l3] + ([dirn] if direction else []) + [r.op, r.val, r.unit, r.note, ""]
        g.add(*cells[:cols])
    return g


def grid_rubric(f: Form, *, with_values: bool, notes=None) -> Grid:
    notes = notes or {}
    lab1 = {"决策指标": "决策", "过程指标": "过程", "产出指标": "产出", "效益指标": "效益"}
    if with_values:
        g = Grid(8)
        g.add("一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "扣分原因")
    else:
        g = Grid(6)
        g.add("一级指标", "二级指标", "三级指标", "分值", "评分依据及说明", "得分")
    pts = {}
    for r in f.rows:
        pts[r.l1] = pts.get(r.l1, 0) + r.weight
    for r, (c1, c2) in zip(f.rows, merged_levels(f.rows), strict=True):
        if c1 != U:
            c1 = f"{lab1[r.l1]}（{fmt(pts[r.l1])}分）"
        if with_values:
            reason = r.dev or ""
            g.add(c1, c2, r.l3, r.target or "", r.actual or "", fmt(r.weight), fmt(r.score), reason)
        else:
            g.add(c1, c2, r.l3, fmt(r.weight), notes.get(r.l3, ""), fmt(r.score))
    g.add("合计", L, L, *(["", "", "100", fmt(f.total_score), ""] if with_values else
                          ["100", "", fmt(f.total_score)]))
    return g


def grid_dept_target(f: Form) -> Grid:
    g = Grid(6)
    g.add("部门名称", f.unit)
    g.add("年度主要任务", "任务名称", L, "主要内容", L, "预算金额（万元）")
    for a, b, c in f.tasks:
        g.add(U, a, L, b, L, c)
    g.add("年度预算（万元）", "资金总额", fmt(f.total), "财政拨款", fmt(f.fiscal), "")
    g.rows[-1][5] = "其他资金：" + fmt(f.other)
    g.add("年度总体目标", f.goal)
    start = len(g.rows)
    g.add("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    for r, (c1, c2) in zip(f.rows, merged_levels(f.rows), strict=True):
        g.add(U, c1, c2, r.l3, r.target or "", "")
    vert_label(g, start, 0, "年度绩效指标")
    return g


def grid_dept_self(f: Form) -> Grid:
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
    for r, (c1, c2) in zip(f.rows, merged_levels(f.rows), strict=True):
        g.add(c1, c2, r.l3, r.target or "", r.actual or "", fmt(r.weight), fmt(r.score), r.dev or "", L)
    g.add("总分", L, L, L, L, "100", fmt(f.total_score), ("自评等级：" + f.grade) if f.grade else "", L)
    return g


# ---------------------------------------------------------------- text renderers


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s: str, width: int) -> list[str]:
    out, cur = [], ""
    for ch in s:
        if dw(cur + ch) > width and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + [cur] if cur or not out else out


def r_tab(g: Grid, *, trailing=True) -> str:
    lines = []
    for row in g.plain():
        line = "\t".join(row)
        lines.append(line if trailing else line.rstrip("\t"))
    return "\n".join(lines)


def r_pipe(g: Grid) -> str:
    rows = g.plain()
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * g.n]
    out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(out)


def r_cell(g: Grid, *, covered="skip", suffix="") -> str:
    """one cell per line; covered cells skipped (HTML copy) or blank lines (Word copy)."""
    out = []
    for row in g.rows:
        for v in row:
            if v in (L, U):
                if covered == "blank":
                    out.append(suffix.strip() and suffix or "")
                continue
            out.append(v + suffix if v else (" " if covered == "blank" else "") + suffix)
    return "\n".join(out)


def r_tokens(g: Grid, *, width=9, seed=0) -> str:
    """PDF text without layout: one cell per line, long cells broken every `width` characters."""
    out = []
    for row in g.plain():
        for v in row:
            if not v:
                continue
            while len(v) > width:
                out.append(v[:width])
                v = v[width:]
            out.append(v)
    return "\n".join(out)


def r_run(g: Grid, *, seed: int, lo=28, hi=60) -> str:
    text = "".join(v for row in g.plain() for v in row if v)
    rnd = random.Random(seed)
    out, i = [], 0
    while i < len(text):
        n = rnd.randint(lo, hi)
        out.append(text[i:i + n])
        i += n
    return "\n".join(out)


def r_oneline(g: Grid, *, rows_per_line=None) -> str:
    cells_rows = [[v for v in row if v] for row in g.plain()]
    if rows_per_line is None:
        return " ".join(v for row in cells_rows for v in row)
    return "\n".join(" ".join(row) for row in cells_rows if row)


def r_layout(g: Grid, *, maxw=None, gap=3, indent=0) -> str:
    """pdftotext -layout: columns aligned by spaces, wrapped cells continue on the next line(s),
    vertically merged labels printed on the middle row of their block."""
    maxw = maxw or {}
    rows = g.rows
    spans = g.spans()
    n = g.n
    colw = [4] * n
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v in (L, U) or not v:
                continue
            h, w = spans.get((r, c), (1, 1))
            if w == 1:
                colw[c] = max(colw[c], min(dw(v), maxw.get(c, 24)))
    for r, row in enumerate(rows):  # a cell merged up to the right edge widens the last column
        for c, v in enumerate(row):
            h, w = spans.get((r, c), (1, 1))
            if v and v not in (L, U) and w > 1 and c + w == n:
                have = sum(colw[c:n]) + gap * (w - 1)
                want = min(dw(v), maxw.get(c, 24))
                if want > have:
                    colw[n - 1] += want - have
    xs = [indent]
    for w in colw:
        xs.append(xs[-1] + w + gap)
    # place (line_index -> list of (x, text))
    lines: list[list[tuple[int, str]]] = []
    base = []  # first output line of each grid row
    pending_vert = []
    for r, row in enumerate(rows):
        start = len(lines)
        base.append(start)
        block: list[list[tuple[int, str]]] = [[]]
        for c, v in enumerate(row):
            if v in (L, U) or not v:
                continue
            h, w = spans.get((r, c), (1, 1))
            if h > 1:
                pending_vert.append((r, c, h, v))
                continue
            width = xs[c + w] - xs[c] - gap
            parts = wrap(v, max(width, 4))
            while len(block) < len(parts):
                block.append([])
            for k, part in enumerate(parts):
                block[k].append((xs[c], part))
        lines.extend(block)
    base.append(len(lines))
    for r, c, h, v in pending_vert:
        first, last = base[r], base[r + h] - 1
        width = xs[c + spans[(r, c)][1]] - xs[c] - gap
        parts = wrap(v, max(width, 4))
        mid = (first + last) // 2 - (len(parts) - 1) // 2
        for k, part in enumerate(parts):
            idx = min(max(mid + k, first), len(lines) - 1)
            lines[idx].append((xs[c], part))
    out = []
    for items in lines:
        s = ""
        for x, t in sorted(items):
            if dw(s) < x:
                s += " " * (x - dw(s))
            elif s:
                s += " "
            s += t
        out.append(s.rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------- binary renderers


def _grid_pdf_widths(g: Grid, base=None) -> list[float]:
    if base:
        return base
    plain = g.plain()
    spans = g.spans()
    w = [4.0] * g.n
    for r, row in enumerate(plain):
        for c, v in enumerate(row):
            if v and spans.get((r, c), (1, 1))[1] == 1:
                w[c] = max(w[c], min(len(v), 14))
    return w


def write_pdf(path: Path, g: Grid, title: str, widths=None):
    pdftable.render(str(path), [(_grid_pdf_widths(g, widths), g.plain(), g.spans())], title=title)


def pdf_text(g: Grid, title: str, mode: str, widths=None) -> str:
    import pymupdf

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "x.pdf"
        write_pdf(p, g, title, widths)
        with pymupdf.open(str(p)) as doc:
            return "".join(pg.get_text(sort=(mode == "sort")) for pg in doc)


def write_xlsx_sheet(ws, g: Grid, *, top: list[str], start_row=1, pct_cols=(), num=True, colw=None):
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    r0 = start_row
    for i, t in enumerate(top):
        ws.cell(r0 + i, 1, t)
        if i == 0:
            ws.cell(r0 + i, 1).font = Font(bold=True, size=14)
            ws.merge_cells(start_row=r0 + i, start_column=1, end_row=r0 + i, end_column=g.n)
            ws.cell(r0 + i, 1).alignment = Alignment(horizontal="center")
    r0 += len(top)
    spans = g.spans()
    for r, row in enumerate(g.plain()):
        for c, v in enumerate(row):
            cell = ws.cell(r0 + r, c + 1)
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if v == "":
                continue
            val: object = v
            if num:
                with contextlib.suppress(ValueError):
                    val = float(v) if "." in v else int(v)
            if isinstance(val, str) and v.endswith("%") and (r, c) in pct_cols:
                try:
                    val = float(v[:-1]) / 100
                    dec = len(v[:-1].split(".")[1]) if "." in v else 0
                    cell.number_format = "0." + "0" * dec + "%" if dec else "0%"
                except ValueError:
                    val = v
            cell.value = val
            if isinstance(val, str) and val.startswith("="):
                cell.data_type = "s"  # a target such as =100% is text, not a formula
    for (r, c), (h, w) in spans.items():
        ws.merge_cells(start_row=r0 + r, start_column=c + 1, end_row=r0 + r + h - 1, end_column=c + w)
    for c, w in enumerate(colw or []):
        ws.column_dimensions[chr(65 + c)].width = w
    return r0 + len(g.rows)


def write_docx(path: Path, paras_before: list[str], g: Grid, paras_after: list[str], *, title=None):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    if title:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(title)
        run.bold = True
    for t in paras_before:
        d.add_paragraph(t)
    t = d.add_table(rows=len(g.rows), cols=g.n)
    t.style = "Table Grid"
    plain = g.plain()
    for r, row in enumerate(plain):
        for c, v in enumerate(row):
            if v:
                t.cell(r, c).text = v
    for (r, c), (h, w) in g.spans().items():
        a = t.cell(r, c)
        b = t.cell(r + h - 1, c + w - 1)
        text = plain[r][c]
        m = a.merge(b)
        m.text = text
    for tx in paras_after:
        d.add_paragraph(tx)
    d.save(str(path))


# ---------------------------------------------------------------- documents

DOCS_OUT: dict[str, tuple] = {}  # doc_id -> (ext, content or writer, gold list, meta)


def doc(doc_id: str, ext: str, content, gold: list, family: str, province: str, sector: str, note: str,
        encoding="utf-8"):
    DOCS_OUT[doc_id] = (ext, content, gold, {"family": family, "province": province, "sector": sector,
                                               "note": note}, encoding)


def build():  # noqa: C901 — one block per document
    # ---- F01 辽宁 科技: tab (Excel copy), layout, PDF
    g = grid_declaration(F01)
    pre = "项目支出绩效目标申报表\n（2025年度）\n填报单位（盖章）：鞍山市科技创新服务中心\t\t\t\t单位：万元\n"
    doc("a01_tab_liaoning_sci", "txt", pre + r_tab(g) + "\n填表人：刘晓明\t联系电话：0412-5536217\t填报日期：2024年10月18日\n",
        [gold_of(F01)], "tab_table", "辽宁", "科技",
        "Excel copy (tabs, trailing tabs kept): title + 年度 + 填报单位/单位：万元 line above; 项目资金 three rows "
        "with the label merged; 绩效指标 column merged over the whole indicator block; long 三级 name with （…）.")
    doc("a02_layout_liaoning_sci", "txt",
        "                         项目支出绩效目标申报表\n                              （2025年度）\n"
        "                                                                        单位：万元\n"
        + r_layout(g, maxw={3: 22, 4: 12, 1: 10}) + "\n\n                                   — 1 —\n",
        [gold_of(F01)], "space_columns", "辽宁", "科技",
        "pdftotext -layout of a01: 项目资金 and 绩效指标 labels printed on the middle row of their block, long goal "
        "and 三级 names wrapped onto continuation lines, page number footer.")
    doc("a03_pdf_liaoning_sci", "pdf", ("pdf", g, "项目支出绩效目标申报表（2025年度）", None),
        [gold_of(F01)], "space_columns", "辽宁", "科技",
        "Ruled PDF table (pdftable.py) of the a01 form: wrapped cells inside their boxes, merged labels centred.")

    # ---- F02 河南 司法: cell per line with ' |' (web copy of a published table), PDF plain text
    g = grid_declaration(F02, extra="指标解释", unit_label="项目实施单位", dept_label="主管预算部门")
    pre = "洛阳市2025年度项目支出绩效目标表 |\n单位：万元 |\n"
    doc("b01_cell_henan_justice", "txt", pre + r_cell(g, covered="skip", suffix=" |") + "\n",
        [gold_of(F02)], "cell_per_line", "河南", "司法",
        "Web-page copy of a table: one cell per line, each followed by ' |', merged cells once and covered cells "
        "absent; 指标解释 column after the 指标值; 主管预算部门/项目实施单位 labels; target 0起 and ≤3个工作日.")
    doc("b02_tok_henan_justice", "txt", pdf_text(g, "2025年度项目支出绩效目标表", "plain",
                                                 [6, 6, 7, 12, 6, 10]),
        [gold_of(F02)], "token_per_line", "河南", "司法",
        "PyMuPDF plain text of the b01 form printed as a ruled PDF: each line of each wrapped cell on its own line, "
        "merged labels where the PDF put them, 万人次/个工作日 values broken inside their cell.")

    # ---- F03 湖北 应急管理: classic self-eval, tab + layout + xlsx
    g = grid_self_eval(F03, merge_l1_points=True)
    pre = "附件2\n项目支出绩效自评表\n（2024年度）\n"
    doc("c01_se_tab_hubei_emergency", "txt", pre + r_tab(g, trailing=False) +
        "\n说明：执行率=全年执行数/全年预算数；得分保留两位小数。\n",
        [gold_of(F03)], "self_eval_classic", "湖北", "应急管理",
        "WPS copy, trailing tabs stripped: 年初预算数/全年预算数/全年执行数/分值/执行率/得分 block with 上年结转资金, "
        "预期目标/实际完成情况 side by side, 产出指标（50分） style level-1 labels, ‰ unit, 总分 row with 自评等级.")
    doc("c02_se_layout_hubei_emergency", "txt",
        "附件2\n                                 项目支出绩效自评表\n                                   （2024年度）\n"
        + r_layout(g, maxw={3: 16, 8: 20, 6: 6, 1: 10, 4: 12, 5: 12}, gap=2) + "\n",
        [gold_of(F03)], "space_columns", "湖北", "应急管理",
        "pdftotext -layout of c01: deviation texts wrapped over several continuation lines, narrow columns, "
        "level-1 labels with points on the middle row of their block.")

    def c03(path, g=g):
        import openpyxl

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "自评表"
        pct = {(r, c) for r in range(len(g.rows)) for c in range(10)}
        write_xlsx_sheet(ws, g, top=["项目支出绩效自评表", "（2024年度）"], pct_cols=pct,
                         colw=[10, 12, 12, 26, 14, 14, 7, 7, 30, 4])
        ws2 = wb.create_sheet("填报说明")
        ws2["A1"] = "1.执行率按全年执行数/全年预算数计算。"
        ws2["A2"] = "2.偏差原因需说明未完成原因及改进措施。"
        wb.save(str(path))

    doc("c03_se_xlsx_hubei_emergency", "xlsx", ("writer", c03), [gold_of(F03)], "xlsx", "湖北", "应急管理",
        "XLSX of c01: merged header block under a merged title, amounts numeric, 执行率 and every % value stored "
        "as fractions with percent number formats (0.95 → 95%, 0.9504 → 95.04%), second sheet 填报说明.")

    # ---- F04 陕西 住建: midterm/annual tab + docx
    g = grid_declaration(F04, mid=True)
    doc("d01_mid_tab_shaanxi_housing", "txt",
        "陕西省省级项目支出绩效目标表（2025—2027年）\n\t\t\t\t\t金额单位：万元\n" + r_tab(g) +
        "\n\n注：中期目标为项目实施周期内目标，年度目标为2025年度目标。\n",
        [gold_of(F04)], "midterm_annual", "陕西", "住房城乡建设",
        "Multi-year declaration: 中期目标 and 年度目标 side by side, 中期指标值 and 年度指标值 columns (gold = annual), "
        "title with 2025—2027年 span (year from 年度目标 column and the note).")

    def d02(path, g=g):
        write_docx(path, ["（2025年度）", "主管部门：陕西省宝鸡市住房和城乡建设局", "单位：万元"], g,
                   ["填报人：赵静    审核人：马建军"], title="项目支出绩效目标表")

    doc("d02_mid_docx_shaanxi_housing", "docx", ("writer", d02), [gold_of(F04)], "docx", "陕西", "住房城乡建设",
        "DOCX of d01: title and 主管部门 as paragraphs, one table with merged cells (vertical 绩效指标/一级/二级 and "
        "horizontal goal cells), 中期/年度 value columns.")

    # ---- F05 安徽 医保: self-eval layout (wide), one line
    g = grid_self_eval(F05)
    doc("e01_se_layout_anhui_medins", "txt",
        "   2024年度芜湖市市级项目支出绩效自评表\n" + r_layout(g, maxw={3: 20, 8: 26, 1: 10, 2: 12}, gap=4, indent=2)
        + "\n  填报单位：芜湖市医疗保障基金监管中心                               填报日期：2025年2月\n",
        [gold_of(F05)], "space_columns", "安徽", "医疗保障",
        "pdftotext -layout self-evaluation, indented two spaces, wide gaps; 个工作日 and 万元 targets, actual "
        "「平均18个工作日」, deviation wrapped; year only in the title line.")
    doc("e02_se_ols_anhui_medins", "txt",
        "2024年度芜湖市市级项目支出绩效自评表 " + r_oneline(g) + "\n",
        [gold_of(F05)], "one_line_spaces", "安徽", "医疗保障",
        "The e01 self-evaluation pasted as one line, cells separated by single spaces, empty cells dropped.")

    # ---- F06 山西 统计: run together + pipe
    g = grid_declaration(F06)
    doc("f01_run_shanxi_stats", "txt",
        "项目支出绩效目标表（2025年度）单位：万元\n" + r_run(g, seed=6) + "\n",
        [gold_of(F06)], "run_together", "山西", "统计",
        "OCR-like run-together text: every cell glued to the next, line breaks every 28–60 characters even inside "
        "names and values; 元/户·月 unit; empty 其他资金 cell absent.")
    doc("f02_pipe_shanxi_stats", "md",
        "### 项目支出绩效目标表（2025年度）\n\n单位：万元\n\n" + r_pipe(g) + "\n",
        [gold_of(F06)], "pipe_table", "山西", "统计",
        "Markdown pipe table of the f01 form: label/value pairs side by side in one row, merged cells empty.")

    # ---- F07 吉林 自然资源: op/value/unit, tab + cell per line blank lines
    g = grid_ovu(F07)
    doc("g01_ovu_tab_jilin_natres", "txt",
        "四平市2025年市级项目支出绩效目标申报表\n" + r_tab(g) + "\n",
        [gold_of(F07)], "op_value_unit", "吉林", "自然资源",
        "运算符 / 指标值 / 计量单位 in separate cells, 指标方向 正向/反向/定性, 评（扣）分标准 and empty 备注 columns; "
        "header label/value pairs in a 9-column grid; qualitative row with empty 运算符/计量单位.")
    doc("g02_ovu_cell_jilin_natres", "txt",
        "四平市2025年市级项目支出绩效目标申报表\n" + r_cell(g, covered="blank") + "\n",
        [gold_of(F07)], "cell_per_line", "吉林", "自然资源",
        "Word copy of g01, one cell per line, empty and merged-away cells as space-only lines (the grid stays regular).")

    # ---- F08 海南 退役军人: rubric with values, tab + PDF
    g = grid_rubric(F08, with_values=True)
    head8 = ("2024年度项目支出绩效自评表（评分表）\n项目名称：2024年退役军人就业创业培训项目\n"
             "主管部门：海南省儋州市退役军人事务局\t实施单位：儋州市退役军人服务中心\n"
             "预算资金：268万元（均为财政拨款）\t实际支出：251.92万元\t预算执行率：94%\n"
             "年度目标：" + F08.goal + "\n")
    gold8 = gold_of(F08)
    gold8["funds"]["execution_rate"] = 94.0
    doc("h01_rub_tab_hainan_veterans", "txt", head8 + r_tab(g) + "\n评价等级：优\n",
        [gold8], "scoring_rubric", "海南", "退役军人事务",
        "Scoring rubric 决策/过程/产出/效益 (printed with points 决策（15分）…) → 决策指标/过程指标/产出指标/效益指标; "
        "决策 rows without 指标值; 过程 rows 资金到位率/预算执行率 with targets; header as prose lines above the tab table; "
        "execution rate printed rounded 94%.")
    doc("h02_rub_pdf_hainan_veterans", "pdf", ("pdf", g, "2024年度项目支出绩效自评表（评分表）", [6, 7, 14, 7, 8, 4, 4, 10]),
        [dict(gold8, name=None, department=None, unit=None,
              funds={k: None for k in gold8["funds"]}, goal=None, grade=None)],
        "scoring_rubric", "海南", "退役军人事务",
        "PDF of the h01 rubric table only (title, no header block): name/department/funds/goal not printed → null; "
        "year from the title.")

    # ---- F09 青海 商务: chongqing declaration tab + tokens
    g = grid_chongqing(F09)
    doc("i01_cq_tab_qinghai_commerce", "txt",
        "2025年项目支出绩效目标表\n" + r_tab(g) + "\n",
        [gold_of(F09)], "chongqing_style", "青海", "商务",
        "指标类型/指标名称/指标性质/指标值/计量单位/指标权重/评价标准 declaration: level-2 names in 指标类型, "
        "weights, bare value + unit cells, 月 as unit for a time limit.")
    doc("i02_cq_tok_qinghai_commerce", "txt",
        "2025年项目支出绩效目标表\n" + r_tokens(g, width=8) + "\n",
        [gold_of(F09)], "token_per_line", "青海", "商务",
        "i01 as PDF text one cell per line, cells over 8 characters broken into pieces on successive lines.")

    # ---- F10 内蒙古 残联: chongqing self-eval layout
    g = grid_chongqing(F10, evaluation=True, type_labels={"数量指标": "数量", "质量指标": "质量", "时效指标": "时效",
                                                         "成本指标": "成本", "社会效益指标": "社会效益",
                                                         "可持续影响指标": "可持续影响",
                                                         SL: "服务对象满意度"})
    gold10 = gold_of(F10)
    gold10["funds"]["fiscal"] = None  # not printed in this template (全年预算数/执行数 only)
    doc("j01_cq_layout_nmg_disabled", "txt",
        "                   2024年度项目支出绩效自评表\n                                                   单位：万元\n" + r_layout(g, maxw={1: 18, 8: 22}, gap=2) +
        "\n                                                       总分：99\n",
        [fix_cq_actuals(gold10, F10)], "chongqing_style", "内蒙古", "残联",
        "Chongqing-style self-evaluation in -layout text: 指标类型 short names (数量/质量/…/服务对象满意度), "
        "指标性质 ≥/=/无, 计量单位 无 for qualitative rows, 全年完成值 without unit, 全年预算数（A）/执行数（B） stacked, "
        "总分 below the table.")

    # ---- F11 北京 统计: dept target tab + docx
    g = grid_dept_target(F11)
    doc("k01_dept_tab_beijing_stats", "txt",
        "2025年部门整体支出绩效目标申报表\n\t\t\t\t\t单位：万元\n" + r_tab(g) + "\n",
        [gold_of(F11)], "department_target", "北京", "统计",
        "部门整体支出绩效目标申报表: 部门名称, 年度主要任务 (任务名称/主要内容/预算金额, not indicators), "
        "年度预算 row with 其他资金 in the last cell as 「其他资金：65」, 年度绩效指标 block.")

    def k02(path, g=g):
        write_docx(path, ["（2025年度）", "编报单位：北京市丰台区统计局（盖章）"], g, ["单位负责人：    填表人："],
                   title="部门整体支出绩效目标申报表")

    doc("k02_dept_docx_beijing_stats", "docx", ("writer", k02), [gold_of(F11)], "docx", "北京", "统计",
        "DOCX of k01, merged 年度主要任务 and 年度绩效指标 labels, title and year as paragraphs.")

    # ---- F12 天津 司法: dept self-eval layout + xlsx
    g = grid_dept_self(F12)
    doc("l01_dse_layout_tianjin_justice", "txt",
        "                         2024年度部门整体支出绩效自评表\n" + r_layout(g, maxw={2: 18, 7: 22, 0: 10}, gap=2)
        + "\n",
        [gold_of(F12)], "department_self_eval", "天津", "司法",
        "Department self-evaluation in -layout text: 履职效能/管理效率 framework with printed level-2 names "
        "(重点工作履行情况, 预算管理, 资产管理), 上年结转 and 其他资金, “三公”经费控制率 ≤100%.")

    def l02(path, g=g):
        import openpyxl

        wb = openpyxl.Workbook()
        ws0 = wb.active
        ws0.title = "封面"
        ws0["A1"] = "天津市河东区司法局2024年度部门整体支出绩效自评材料"
        ws = wb.create_sheet("部门整体自评表")
        pct = {(r, c) for r in range(len(g.rows)) for c in (3, 4, 6)}
        write_xlsx_sheet(ws, g, top=["部门整体支出绩效自评表", "（2024年度）", "单位：万元"], pct_cols=pct,
                         colw=[12, 16, 26, 12, 12, 8, 8, 28, 4])
        wb.save(str(path))

    doc("l02_dse_xlsx_tianjin_justice", "xlsx", ("writer", l02), [gold_of(F12)], "xlsx", "天津", "司法",
        "XLSX with a cover sheet first and the form on sheet 2, three header lines above the table, % targets/"
        "actuals and 执行率 as fractions with percent formats.")

    # ---- F13 上海 商务: mixed report with one form inside; F-none report
    g = grid_declaration(F13, fund_style="line")
    rep = (
        "上海市长宁区商务委员会2025年度部门预算\n\n目  录\n第一部分 部门概况\n第二部分 2025年度部门预算表\n"
        "第三部分 2025年度部门预算情况说明\n第四部分 其他相关情况说明\n\n"
        "一、收支预算总体情况\n2025年度收入预算总计5286.41万元，比上年减少3.2%，主要原因是商贸发展专项资金压减。\n\n"
        "财政拨款支出预算表\n单位：万元\n功能分类科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "201\t一般公共服务支出\t4120.35\t2930.35\t1190\n20113\t商贸事务\t4120.35\t2930.35\t1190\n"
        "2011308\t招商引资\t210\t\t210\n208\t社会保障和就业支出\t628.06\t628.06\t\n合计\t\t5286.41\t4096.41\t1190\n\n"
        "四、预算绩效情况说明\n2025年本部门纳入绩效目标管理的项目3个，涉及预算1190万元。"
        "重点项目绩效目标如下：\n\n项目支出绩效目标表\n" + r_tab(g) +
        "\n\n五、其他情况说明\n（一）机关运行经费：2025年机关运行经费预算132.6万元。\n"
        "（二）政府采购情况：政府采购预算总额286万元，其中服务类286万元。\n"
    )
    doc("m01_mix_shanghai_commerce", "txt", rep, [gold_of(F13)], "mixed_report", "上海", "商务",
        "Department budget report: contents, narrative, a tab 财政拨款支出预算表 (not a form) and one project form "
        "whose 项目资金 is one row of 「年度资金总额：980」 label:value cells (其他资金 empty); 实施单位 = 主管部门.")
    rep2 = (
        "黑龙江省哈尔滨市道里区应急管理局\n2025年部门预算公开说明\n\n"
        "一、部门主要职责\n负责本区应急管理、安全生产综合监督管理和防灾减灾救灾工作。\n\n"
        "二、部门预算单位构成\n本部门预算包括局机关和区应急救援保障中心2个单位。\n\n"
        "三、收支预算情况\n                        收支预算总表\n                                             单位：万元\n"
        "  收入项目                  预算数      支出项目                   预算数\n"
        "  一般公共预算拨款          1862.37     一般公共服务支出            15.2\n"
        "  政府性基金预算拨款        0           社会保障和就业支出          168.44\n"
        "                                        卫生健康支出                72.1\n"
        "                                        灾害防治及应急管理支出      1606.63\n"
        "  收入总计                  1862.37     支出总计                    1862.37\n\n"
        "四、预算绩效管理情况\n根据预算绩效管理要求，本部门2025年项目支出全部编制绩效目标，"
        "涉及项目6个、资金586万元，绩效目标由各项目单位负责填报，详见单位的项目绩效目标表。"
        "本部门将加强绩效运行监控，确保绩效目标如期实现。\n\n"
        "五、政府采购预算情况\n2025年政府采购预算218万元，其中货物类168万元、服务类50万元。\n\n"
        "六、国有资产占用情况\n截至2024年底，本部门共有车辆4辆，其中应急保障用车3辆。\n"
    )
    doc("m02_mix_none_heilongjiang_emergency", "txt", rep2, [], "mixed_report", "黑龙江", "应急管理",
        "Budget explanation with a space-aligned 收支预算总表 and a 预算绩效管理情况 paragraph that only refers to the "
        "project forms → gold [].")

    # ---- F14 黑龙江 住建: label variants tab + run
    lbl1 = {P: "产出", B: "效益", S: "满意度"}
    lbl2 = {"数量指标": "数量指标（或建筑规模指标）", "社会效益指标": "社会效益", "生态效益指标": "环境效益",
            "可持续影响指标": "可持续影响", SL: "服务对象满意度"}
    g = grid_declaration(F14, lbl1=lbl1, lbl2=lbl2)
    doc("n01_lbl_tab_heilongjiang_housing", "txt",
        "2025年度黑龙江省项目支出绩效目标表\n" + r_tab(g) + "\n备注：本表金额单位为万元。\n",
        [gold_of(F14)], "label_variants", "黑龙江", "住房城乡建设",
        "Short level labels (产出/效益/满意度; 数量指标（或建筑规模指标）, 社会效益, 环境效益, 可持续影响, 服务对象满意度) "
        "printed once per block; unit note after the table.")
    doc("n02_lbl_run_heilongjiang_housing", "txt",
        "2025年度黑龙江省项目支出绩效目标表\n" + r_run(g, seed=14, lo=35, hi=75) + "\n",
        [gold_of(F14)], "run_together", "黑龙江", "住房城乡建设",
        "n01 run together (short labels glued to names: 产出数量指标（或建筑规模指标）新建改造…), arbitrary breaks.")

    # ---- F15 辽宁 医保: fragment (page 2, layout) — starts in the 产出 block
    g = grid_declaration(F15)
    full = r_layout(g, maxw={3: 26, 1: 10})
    lines = full.split("\n")
    # keep from the first 质量指标 row on (page 2)
    k = next(i for i, ln in enumerate(lines) if "特困人员参保资助率" in ln)
    frag = "                                                        第 2 页，共 2 页\n" + "\n".join(lines[k:]) + \
        "\n\n审核人：周丽                         填报日期：2024年11月6日\n"
    doc("o01_frag_layout_liaoning_medins", "txt", frag,
        [gold_of(F15, F15.rows[2:], header=False, funds=False, goal=False)], "fragment", "辽宁", "医疗保障",
        "Page 2 of a -layout declaration: begins at the 质量指标 rows (no header, no column titles); level-1 "
        "labels 产出指标/效益指标 appear only where they fall on this page; signature line after.")
    # F16 河南 应急: fragment of a self-eval (tab), starts mid 产出 block, ends with 总分
    g = grid_self_eval(F16)
    tab = r_tab(g, trailing=False).split("\n")
    k = next(i for i, ln in enumerate(tab) if "重大事故隐患整改率" in ln)
    frag2 = "\n".join(tab[k:]) + "\n"
    gold16 = gold_of(F16, F16.rows[2:], header=False, funds=False, goal=False)
    gold16["form"] = "self_evaluation"
    doc("o02_frag_tab_henan_emergency", "txt", frag2, [gold16], "fragment", "河南", "应急管理",
        "Second part of a tab-copied self-evaluation: starts at the third 产出 row with empty level-1/level-2 cells "
        "(they were above the cut), keeps the 偏差原因 cells and the 总分 row with 自评等级：良.")

    # ---- F17 湖北 科技: one line + scrambled one line
    g = grid_declaration(F17, fund_style="line")
    doc("p01_ols_hubei_sci", "txt", r_oneline(g, rows_per_line=1) + "\n",
        [dict(gold_of(F17), year=2025)], "one_line_spaces", "湖北", "科技",
        "One table row per line, cells separated by single spaces (no title; year only in the project name).")
    names = " ".join(r.l3 for r in F17.rows)
    vals = " ".join(r.target for r in F17.rows)
    l1s = "产出指标 效益指标 满意度指标"
    l2s = " ".join(dict.fromkeys(r.l2 for r in F17.rows))
    scr = ("项目支出绩效目标表 项目名称 " + F17.name + " 主管部门 " + F17.dept + " 实施单位 " + F17.unit +
           " 项目资金（万元） 年度资金总额：260 其中：财政拨款：260 其他资金： 年度总体目标 " + F17.goal +
           " 绩效指标 一级指标 二级指标 三级指标 指标值 " + l1s + " " + l2s + " " + names + " " + vals + "\n")
    doc("p02_ols_scrambled_hubei_sci", "txt", scr, [gold_of(F17)], "one_line_spaces", "湖北", "科技",
        "PDF-scrambled one-line copy: header in order, then all level-1 labels, all level-2 labels, all 三级 names and "
        "only then all values (pairing by position).")

    # ---- F18 陕西 自然资源: xlsx several sheets, header block above
    def q01(path):
        import openpyxl

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "项目基本信息"
        for i, (a, b) in enumerate([("项目名称", F18.name), ("项目类别", "延续项目"), ("项目期限", "2025年1月—2025年12月"),
                                    ("项目负责人", "韩卫东"), ("联系电话", "0915-3268841")], start=1):
            ws.cell(i, 1, a)
            ws.cell(i, 2, b)
        ws2 = wb.create_sheet("绩效目标表")
        gg = grid_declaration(F18)
        pct = {(r, 4) for r in range(len(gg.rows))}
        write_xlsx_sheet(ws2, gg, top=["2025年度项目支出绩效目标表", "", "单位：万元"], pct_cols=pct,
                         colw=[10, 12, 14, 30, 14])
        ws3 = wb.create_sheet("支出明细")
        ws3.append(["支出内容", "金额（万元）", "测算依据"])
        ws3.append(["工程治理", 2100, "14处×150万元"])
        ws3.append(["监测设备更新", 350, "320台"])
        wb.save(str(path))

    doc("q01_xlsx_shaanxi_natres", "xlsx", ("writer", q01), [gold_of(F18)], "xlsx", "陕西", "自然资源",
        "XLSX with three sheets (项目基本信息, 绩效目标表, 支出明细 — only the second is a form): merged title and an "
        "empty line and 单位：万元 above the table, %-targets with a sign stay text, 「=100%」 text; amounts numeric.")

    # ---- F19 安徽 退役军人: docx self-eval
    g19 = grid_self_eval(F19)

    def r01(path):
        write_docx(path, ["（2024年度）"], g19, ["项目负责人：吴刚    财务负责人：钱雯    填报日期：2025年3月10日"],
                   title="项目支出绩效自评表")

    doc("r01_se_docx_anhui_veterans", "docx", ("writer", r01), [gold_of(F19)], "docx", "安徽", "退役军人事务",
        "DOCX classic self-evaluation: one table with the funds block, goal side by side and the indicator block "
        "merged; 总分 row; signature paragraph.")
    doc("r02_se_cell_anhui_veterans", "txt", "项目支出绩效自评表\n（2024年度）\n" + r_cell(g19, covered="skip") + "\n",
        [gold_of(F19)], "self_eval_classic", "安徽", "退役军人事务",
        "r01 copied from the Word table one cell per line, merged cells once, empty cells as empty lines.")

    # ---- F20 吉林 商务: PDF self-eval + mupdf sort text
    g20 = grid_self_eval(F20)
    w20 = [6, 7, 7, 13, 8, 8, 4, 4, 12, 1]
    doc("s01_se_pdf_jilin_commerce", "pdf", ("pdf", g20, "项目支出绩效自评表（2024年度）", w20),
        [gold_of(F20)], "self_eval_classic", "吉林", "商务",
        "Ruled PDF classic self-evaluation: wrapped deviation text, execution rate 88.00%, 总分 row.")
    doc("s02_se_sorttext_jilin_commerce", "txt", pdf_text(g20, "项目支出绩效自评表（2024年度）", "sort", w20),
        [gold_of(F20)], "token_per_line", "吉林", "商务",
        "PyMuPDF sorted text of s01 (what a user gets copying from the PDF viewer): cells of one visual row on one "
        "line when their baselines agree, wrapped cells interleaved with neighbours.")

    # ---- F21 海南 统计: midterm two blocks (长期/年度) layout
    gm = Grid(5)
    gm.add("项目名称", F21.name)
    gm.add("主管部门", F21.dept, L, "实施单位", F21.unit)
    gm.add("项目资金（万元）", "年度资金总额", fmt(F21.total), "其中：财政拨款", fmt(F21.fiscal))
    gm.add("绩效目标", "中期目标", L, "年度目标", L)
    gm.add(U, F21.mid_goal, L, F21.goal, L)
    gm.add("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    for r, (c1, c2) in zip(F21.rows, merged_levels(F21.rows), strict=True):
        gm.add(c1, c2, r.l3, r.mid, r.target)
    doc("t01_mid_layout_hainan_stats", "txt",
        "               三亚市市级项目支出绩效目标申报表（2025年度）\n                                      金额单位：万元\n"
        + r_layout(gm, maxw={1: 24, 3: 24, 2: 24}) + "\n",
        [gold_of(F21)], "midterm_annual", "海南", "统计",
        "-layout declaration with 中期目标|年度目标 side by side (wrapped in parallel) and 中期指标值/年度指标值 columns; "
        "其他资金 row absent.")
    doc("t02_mid_cell_hainan_stats", "txt",
        "三亚市市级项目支出绩效目标申报表（2025年度）\n" + r_cell(gm, covered="skip") + "\n",
        [gold_of(F21)], "midterm_annual", "海南", "统计",
        "t01 one cell per line; the 中期 value precedes the 年度 value of each row.")

    # ---- F22 山西 残联: rubric without target (xlsx + tab)
    g22 = grid_rubric(F22, with_values=False, notes=F22_NOTES)
    gold22 = gold_of(F22)

    def u01(path):
        import openpyxl

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "评分表"
        ws["A1"] = "残疾人就业培训和扶持项目绩效评价指标体系及评分表"
        ws.merge_cells("A1:F1")
        ws["A2"] = "主管部门：山西省长治市残疾人联合会"
        ws["D2"] = "实施单位：长治市残疾人就业服务中心"
        ws["A3"] = "评价年度：2024年度    预算资金96万元，实际支出91.5万元，执行率95.31%"
        write_xlsx_sheet(ws, g22, top=[], start_row=5, colw=[14, 12, 28, 8, 46, 8])
        wb.save(str(path))

    gold22u = dict(gold22, goal=None)
    gold22u["funds"] = dict(gold22["funds"], fiscal=None)
    doc("u01_rub_xlsx_shanxi_disabled", "xlsx", ("writer", u01), [gold22u], "scoring_rubric", "山西", "残联",
        "XLSX rubric 一级/二级/三级/分值/评分依据及说明/得分 (no target column → targets null), 决策（20分）… labels, "
        "项目立项/绩效目标/资金投入/资金管理/组织实施 level-2 names; header as loose cells above the table (no 财政拨款 split, "
        "no goal); 合计 row.")
    doc("u02_rub_tab_shanxi_disabled", "txt",
        "长治市2024年度项目绩效自评\n项目名称：" + F22.name + "\n主管部门：" + F22.dept + "\t实施单位：" + F22.unit +
        "\n项目资金：年度预算96万元，其中财政拨款96万元；全年执行91.5万元，预算执行率95.31%。\n项目年度目标：" + F22.goal +
        "\n\n附表 绩效评价指标评分表\n" + r_tab(g22) + "\n评价等级：优\n",
        [gold22], "scoring_rubric", "山西", "残联",
        "Tab rubric under a prose header (项目资金 sentence with 年度预算/财政拨款/全年执行), 评价等级 after the table.")

    # ---- F23 北京 科技: department target pipe + ols
    g23 = grid_dept_target(F23)
    doc("v01_dept_pipe_beijing_sci", "md", "## 2025年度部门整体支出绩效目标表\n\n" + r_pipe(g23) + "\n",
        [gold_of(F23)], "department_target", "北京", "科技",
        "Markdown pipe table of a department target form: task table rows inside the same table, 「其他资金：450」 "
        "cell, 「新增国家级专精特新“小巨人”企业」 with quotes.")
    doc("v02_dept_ols_beijing_sci", "txt", "2025年度部门整体支出绩效目标表 " + r_oneline(g23) + "\n",
        [gold_of(F23)], "one_line_spaces", "北京", "科技",
        "v01 flattened onto one line with single spaces.")

    # ---- F24 青海 应急: department self-eval tab + token
    g24 = grid_dept_self(F24)
    doc("w01_dse_tab_qinghai_emergency", "txt",
        "2024年度部门整体支出绩效自评表\n\t\t\t\t\t\t\t金额单位：万元\n" + r_tab(g24) + "\n",
        [gold_of(F24)], "department_self_eval", "青海", "应急管理",
        "Tab department self-evaluation with 产出/效益/满意度 indicators, 上年结转 80, one deviation text, 总分 row.")
    doc("w02_dse_tok_qinghai_emergency", "txt",
        "2024年度部门整体支出绩效自评表\n" + r_tokens(g24, width=10) + "\n",
        [gold_of(F24)], "department_self_eval", "青海", "应急管理",
        "w01 one cell per line, long cells broken every 10 characters (PDF text).")

    # ---- F25 湖北 住建: ovu cell per line (no 指标方向) + layout
    g25 = grid_ovu(F25, direction=False)
    doc("x01_ovu_cell_hubei_housing", "txt", "恩施州2025年项目支出绩效目标表\n" + r_cell(g25, covered="skip") + "\n",
        [gold_of(F25)], "op_value_unit", "湖北", "住房城乡建设",
        "运算符/指标值/计量单位 columns without 指标方向, one cell per line (HTML copy), empty 备注 cells as blank lines.")
    doc("x02_ovu_layout_hubei_housing", "txt",
        "                    恩施州2025年项目支出绩效目标表\n" + r_layout(g25, maxw={2: 20, 6: 16, 7: 4}) + "\n",
        [gold_of(F25)], "op_value_unit", "湖北", "住房城乡建设",
        "x01 in -layout text: ≥ | 1460 | 户 in three aligned columns, 评分标准 wrapped.")

    # ---- F26 上海 退役军人: 决算 report with a self-eval inside (tab) — mixed
    g26 = grid_self_eval(F26)
    rep3 = (
        "上海市静安区退役军人事务局2024年度部门决算\n\n第四部分 2024年度部门绩效评价情况\n"
        "一、绩效评价工作开展情况\n2024年本部门对全部5个项目开展绩效自评，自评项目涉及资金486.3万元，"
        "自评结果均为优。选取重点项目自评情况公开如下。\n\n"
        "二、项目绩效自评结果\n项目支出绩效自评表\n（2024年度）\n" + r_tab(g26, trailing=False) +
        "\n\n三、部门决算中项目绩效评价结果\n本部门无委托第三方开展的重点绩效评价项目。\n"
        "四、一般公共预算财政拨款“三公”经费支出决算情况\n单位：万元\n"
        "合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费\n3.6\t0\t3.2\t0.4\n"
    )
    doc("y01_mix_se_shanghai_veterans", "txt", rep3, [gold_of(F26)], "mixed_report", "上海", "退役军人事务",
        "Final-accounts report part 4 with narrative, one classic self-evaluation (tab) inside and a 三公经费 tab "
        "table after it (not a form).")

    # ---- F27 内蒙古 医保: run-together declaration (ocr-like, small breaks) + layout
    g27 = grid_declaration(F27)
    doc("z01_run_nmg_medins", "txt", "项目支出绩效目标申报表(2025年度)\n" + r_run(g27, seed=27, lo=18, hi=40) + "\n",
        [gold_of(F27)], "run_together", "内蒙古", "医疗保障",
        "Run-together OCR text with short lines (18–40 characters), breaks inside values like 99.9%; quoted "
        "「网上办」「掌上办」 name.")
    doc("z02_layout_nmg_medins", "txt", "             项目支出绩效目标申报表(2025年度)\n" +
        r_layout(g27, maxw={3: 20, 4: 10}) + "\n",
        [gold_of(F27)], "space_columns", "内蒙古", "医疗保障",
        "-layout text of z01: 个工作日 target wrapped onto a continuation line in a narrow 指标值 column.")


    # ---- F28 上海 自然资源: Word copy, tabs, funds header + value row, empty row before the table
    g = Grid(6)
    g.add("项目名称", F28.name)
    g.add("主管部门", F28.dept, L, "实施单位", F28.unit, L)
    g.add("项目资金（万元）", "资金总额", L, "其中：财政拨款", L, "其他资金")
    g.add(U, fmt(F28.total), L, fmt(F28.fiscal), L, fmt(F28.other))
    g.add("年度绩效目标", F28.goal)
    g.add("", "", "", "", "", "")
    g.add("一级指标", "二级指标", "三级指标", "指标值", "备注", L)
    for r, (c1, c2) in zip(F28.rows, merged_levels(F28.rows), strict=True):
        g.add(c1, c2, r.l3, r.target, "", L)
    doc("a04_tab_shanghai_natres", "txt",
        "附件3\n闵行区2025年度项目绩效目标申报表\n\n" + r_tab(g) + "\n填报人：沈佳\t\t\t审核人：顾文彬\n",
        [gold_of(F28)], "tab_table", "上海", "自然资源",
        "Word-table copy with tabs: 资金总额/其中：财政拨款/其他资金 as a label row with the values on the row below, "
        "an empty tab row before the indicator header, 一级/二级 printed once per block, empty 备注 column.")

    # ---- F29 吉林 残联: pipe self-eval
    g = grid_self_eval(F29)
    doc("c04_se_pipe_jilin_disabled", "md",
        "**2024年度项目支出绩效自评表**\n\n" + r_pipe(g) + "\n\n> 注：本表资金单位为万元。\n",
        [gold_of(F29)], "pipe_table", "吉林", "残联",
        "Markdown pipe table of a classic self-evaluation (实施单位 = 主管部门, 上年结转资金 52.8, 万人次 values, "
        "a qualitative cost row 按省定标准执行), unit note after the table.")

    # ---- F30 青海 科技: label variants with section lines and short level-2 labels
    short = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "经济效益指标": "经济效益",
             "社会效益指标": "社会效益", SL: "服务对象满意度"}
    sec = {P: "（一）产出类指标", B: "（二）效益类指标", S: "（三）满意度类指标"}
    lines = ["青海省省级科技项目绩效目标表", "（2025年度）", "项目名称：" + F30.name,
             "主管部门：" + F30.dept + "      实施单位：" + F30.unit,
             "项目资金：1180万元，其中财政资金1100万元、自筹资金80万元",
             "年度绩效目标：" + F30.goal, "绩效指标：", "二级指标    三级指标                          指标值"]
    prev1 = prev2 = None
    for r in F30.rows:
        if r.l1 != prev1:
            lines.append(sec[r.l1])
            prev2 = None
        lab = short[r.l2] if r.l2 != prev2 else ""
        lines.append(lab + " " * max(2 if lab else 12, 12 - dw(lab)) + r.l3 + " " * max(2, 34 - dw(r.l3)) + r.target)
        prev1, prev2 = r.l1, r.l2
    gold30 = gold_of(F30)
    doc("n03_lbl_sections_qinghai_sci", "txt", "\n".join(lines) + "\n", [gold30], "label_variants", "青海", "科技",
        "Level-1 names as section lines （一）产出类指标/（二）效益类指标/（三）满意度类指标, short level-2 labels "
        "(数量/质量/时效/经济效益/社会效益/服务对象满意度) at the start of the first row of their block; header as "
        "「label：value」 lines, funds in one sentence (财政资金/自筹资金).")
    lbl1b = {P: "产出", B: "效益", S: "满意度指标"}
    lbl2b = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "经济效益指标": "经济效益",
             "社会效益指标": "社会效益", SL: "满意度指标"}
    gold30b = gold_of(F30)
    g = grid_declaration(F30, lbl1=lbl1b, lbl2=lbl2b)
    doc("n04_lbl_cell_qinghai_sci", "txt", "2025年度项目支出绩效目标表\n" + r_cell(g, covered="skip") + "\n",
        [gold30b], "label_variants", "青海", "科技",
        "One cell per line with short labels 产出/效益 and 数量/质量/时效/经济效益/社会效益, and 满意度指标 printed at "
        "both levels (level 2 → 服务对象满意度指标).")

    # ---- F31 河南 住建: xlsx op/value/unit, percent numbers
    def q02(path):
        import openpyxl
        from openpyxl.styles import Alignment

        wb = openpyxl.Workbook()
        ws0 = wb.active
        ws0.title = "填报说明"
        ws0["A1"] = "1.指标值为百分比的，直接填写小数并设置百分比格式。"
        ws0["A2"] = "2.金额单位：万元。"
        ws = wb.create_sheet("绩效目标")
        ws["A1"] = "2025年度项目支出绩效目标申报表"
        ws.merge_cells("A1:G1")
        ws["A1"].alignment = Alignment(horizontal="center")
        hdr = [("项目名称", F31.name), ("主管部门", F31.dept), ("实施单位", F31.unit)]
        r0 = 2
        for i, (a, b) in enumerate(hdr):
            ws.cell(r0 + i, 1, a)
            ws.cell(r0 + i, 2, b)
            ws.merge_cells(start_row=r0 + i, start_column=2, end_row=r0 + i, end_column=7)
        ws.cell(5, 1, "资金情况（万元）")
        ws.cell(5, 2, "年度资金总额")
        ws.cell(5, 3, F31.total)
        ws.cell(5, 4, "其中：财政拨款")
        ws.cell(5, 5, F31.fiscal)
        ws.cell(5, 6, "其他资金")
        ws.cell(5, 7, F31.other)
        ws.cell(6, 1, "年度绩效目标")
        ws.cell(6, 2, F31.goal)
        ws.merge_cells("B6:G6")
        heads = ["一级指标", "二级指标", "三级指标", "符号", "指标值", "单位", "指标说明"]
        for c, h in enumerate(heads, 1):
            ws.cell(7, c, h)
        r = 8
        for row, (c1, c2) in zip(F31.rows, merged_levels(F31.rows), strict=True):
            if c1 != U:
                ws.cell(r, 1, c1)
            if c2 != U:
                ws.cell(r, 2, c2)
            ws.cell(r, 3, row.l3)
            ws.cell(r, 4, row.op).data_type = "s"  # 「=」 is text, not a formula
            if row.unit == "%":
                cell = ws.cell(r, 5, float(row.val) / 100)
                cell.number_format = "0%"
            else:
                ws.cell(r, 5, float(row.val) if "." in row.val else int(row.val))
                ws.cell(r, 6, row.unit)
            ws.cell(r, 7, row.note)
            r += 1
        # level blocks merged
        start = 8
        rows = F31.rows
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1].l1 == rows[i].l1:
                j += 1
            if j > i:
                ws.merge_cells(start_row=start + i, start_column=1, end_row=start + j, end_column=1)
            i = j + 1
        for col, w in zip("ABCDEFG", (10, 14, 30, 6, 10, 10, 24), strict=True):
            ws.column_dimensions[col].width = w
        wb.save(str(path))

    doc("q02_ovu_xlsx_henan_housing", "xlsx", ("writer", q02), [gold_of(F31)], "xlsx", "河南", "住房城乡建设",
        "XLSX, form on the second sheet: header block as label/value cells (B..G merged), funds in one row, "
        "符号/指标值/单位 columns; % values stored as 1 / 0.85 / 0.9 with format 0% and the 单位 cell empty; "
        "套（间） unit; 其他资金 0.")

    # ---- F32 辽宁 统计: docx with paragraphs
    g = Grid(5)
    g.add("一级指标", "二级指标", "三级指标", "指标值", "评分标准")
    for r, (c1, c2) in zip(F32.rows, merged_levels(F32.rows), strict=True):
        g.add(c1, c2, r.l3, r.target, "完成目标值得满分" if r.op else "视完成情况评分")

    def r03(path, g=g):
        write_docx(path, [
            "（2025年度）",
            "项目名称：" + F32.name,
            "主管部门：" + F32.dept + "          实施单位：" + F32.unit,
            "项目资金：68万元（其中：财政拨款68万元）",
            "年度绩效目标：" + F32.goal,
            "年度绩效指标：",
        ], g, ["注：指标值中“≥”表示不低于，“≤”表示不高于。"], title="大连市市级项目支出绩效目标表")

    doc("r03_docx_paras_liaoning_stats", "docx", ("writer", r03), [gold_of(F32)], "docx", "辽宁", "统计",
        "DOCX whose header (项目名称/主管部门/实施单位/项目资金) and 年度绩效目标 are paragraphs; only the indicator "
        "table is a Word table (一级/二级 merged, 评分标准 column); quoted 「双随机」 name.")


    # ---- F16 whole self-eval over two pages (-layout with footer/header inside the table)
    g = grid_self_eval(F16)
    lay = r_layout(g, maxw={3: 18, 8: 22, 1: 10}, gap=2).split("\n")
    k = next(i for i, ln in enumerate(lay) if "执法检查计划完成时" in ln)
    lay = lay[:k] + ["", "                                      第 1 页 共 2 页", "\f新乡市2024年度项目支出绩效自评表（续）",
                     lay[next(i for i, ln in enumerate(lay) if "一级指标" in ln)]] + lay[k:]
    doc("z03_se_layout_pagebreak_henan_emergency", "txt",
        "                       新乡市2024年度项目支出绩效自评表\n" + "\n".join(lay) + "\n                                      第 2 页 共 2 页\n",
        [gold_of(F16)], "self_eval_classic", "河南", "应急管理",
        "Whole -layout self-evaluation over two pages: a page footer, a form feed, a 「（续）」 title and the repeated "
        "column-title line fall inside the 产出指标 block (between 质量指标 and 时效指标); same form as the o02 fragment.")

    # ---- F28 run-together with full-width digits (OCR)
    g = grid_declaration(F28)
    fw = str.maketrans("0123456789%.", "０１２３４５６７８９％．")
    doc("f03_run_fullwidth_shanghai_natres", "txt", r_run(g, seed=28, lo=30, hi=55).translate(fw) + "\n",
        [gold_of(F28)], "run_together", "上海", "自然资源",
        "OCR text of the a04 form (printed in the usual 5-column declaration grid) run together with full-width digits, ％ and ． "
        "(targets compare width-folded); no title line.")

    # ---- F33 + F34: county budget appendix holding two forms
    ga, gb = grid_declaration(F33), grid_declaration(F34, fund_style="line")
    txt = ("金寨县应急管理局2025年部门预算\n\n附件：重点项目绩效目标表\n\n表1\n项目支出绩效目标表\n（2025年度）\n"
           + r_tab(ga, trailing=False) + "\n\n表2\n项目支出绩效目标表\n（2025年度）\n" + r_tab(gb, trailing=False) +
           "\n\n说明：上述项目绩效目标已经县财政局审核。\n")
    doc("y02_mix_two_forms_anhui_emergency", "txt", txt, [gold_of(F33), gold_of(F34)], "mixed_report", "安徽",
        "应急管理",
        "Budget appendix with two project forms one after the other (tab copies, the second with 「年度资金总额：120」 "
        "label:value fund cells); same 主管部门, 实施单位 = 主管部门 in the second.")


def fix_cq_actuals(gold: dict, f: Form) -> dict:
    """Chongqing-style self-evaluation prints 全年完成值 without the unit (unit column) except for %."""
    for it, r in zip(gold["indicators"], f.rows, strict=True):
        if r.actual and r.unit and r.unit != "%":
            it["actual"] = r.actual.replace(r.unit, "")
    return gold


def main():
    build()
    for d in (DOCS, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    meta = {}
    for doc_id, (ext, content, gold, m, enc) in DOCS_OUT.items():
        path = DOCS / f"{doc_id}.{ext}"
        if isinstance(content, str):
            path.write_text(content, encoding=enc)
        elif content[0] == "pdf":
            write_pdf(path, content[1], content[2], content[3])
        else:
            content[1](path)
        (GOLD / f"{doc_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        meta[doc_id] = m
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    rows = sum(len(f["indicators"]) for _, _, gold, _, _ in DOCS_OUT.values() for f in gold)
    forms = sum(len(gold) for _, _, gold, _, _ in DOCS_OUT.values())
    print(f"{len(DOCS_OUT)} documents, {forms} forms, {rows} indicator rows")


if __name__ == "__main__":
    main()
