"""Write the dev14 set: docs/, gold/ and meta.json from the invented content below.

    python bench/reader_eval/dev14/make_dev14.py

Every name, unit, indicator and number in this file is invented for this set. The content model,
templates and renderers are imported from dev12's generator (make_dev12.py); this file holds the
dev14 forms and a few extra shapes (declarations without a budget block, scrambled declarations and
department targets, centred-label layouts with narrow columns, cell-per-line copies with blank or
space-only empty cells). The gold is written from the form itself (FORMAT.md), so a document and its
gold cannot disagree.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"

_spec = importlib.util.spec_from_file_location("make_dev12", HERE.parent / "dev12" / "make_dev12.py")
d12 = importlib.util.module_from_spec(_spec)
sys.modules["make_dev12"] = d12
_spec.loader.exec_module(d12)

Row, Form = d12.Row, d12.Form
P, B, S, SL = d12.P, d12.B, d12.S, d12.SL
C = "成本指标"
gold_of, render_tab, render_cells = d12.gold_of, d12.render_tab, d12.render_cells
render_oneline, render_rowlines, render_run = d12.render_oneline, d12.render_rowlines, d12.render_run
render_layout, flat_cells, scrambled = d12.render_layout, d12.flat_cells, d12.scrambled
classic_decl, classic_self = d12.classic_decl, d12.classic_self
cq_decl, cq_self = d12.cq_decl, d12.cq_self
dept_target, dept_self = d12.dept_target, d12.dept_self
SHORT1, SHORT2, NUM1, numbered2 = d12.SHORT1, d12.SHORT2, d12.NUM1, d12.numbered2

STD = "完成目标值得满分，每低1%扣0.5分"
QUAL = "达到预期效果得满分，部分达到酌情扣分"

CQ_SELF_FUNDS = ("total", "executed")
CQ_DECL_FUNDS = ("total", "fiscal", "other")
DT_FUNDS = ("total", "fiscal", "other")


def with_notes(f: Form) -> Form:
    for r in f.rows:
        if not r.note:
            r.note = QUAL if not (r.op or r.unit) else STD
    return f


def directional(f: Form) -> Form:
    g = copy.deepcopy(f)
    for r in g.rows:
        r.nat = "定性" if not (r.op or r.unit) else ("反向" if r.op == "≤" else "正向")
        r.op = ""
    return g


def no_funds(secs):
    """a declaration printed without its budget block (rows 项目资金 … 其他资金 dropped)"""
    secs = copy.deepcopy(secs)
    secs[1]["rows"] = [r for r in secs[1]["rows"]
                       if not (r[0].startswith("项目资金") or (r[0] == "" and ("资金" in r[1] or "拨款" in r[1])))]
    return secs


def scrambled_text(secs, table=2, breaks=False):
    """header in reading order, the indicator table column by column (PDF-scrambled)"""
    parts = [flat_cells(secs[:table]), scrambled(secs[table]), flat_cells(secs[table + 1:])]
    if breaks:
        return "\n".join(" ".join(p) for p in parts if p) + "\n"
    return " ".join(c for p in parts for c in p) + "\n"


# ---------------------------------------------------------------- chongqing_style forms

C1 = with_notes(Form(
    "target_declaration", "2025年乡镇自动气象站运维保障项目", "江苏省盐城市气象局", "盐城市气象台",
    2025, total=146, fiscal=146, other=0,
    goal="保障全市乡镇自动气象站稳定运行，全年站点数据到报率不低于98.5%，故障站点48小时内修复，"
         "为农业生产和防灾减灾提供精细化气象服务。",
    rows=[
        Row(P, "数量指标", "运维乡镇自动气象站", "≥", "213", "个", weight=15),
        Row(P, "数量指标", "更换老化温湿度传感器", "≥", "64", "套", weight=10),
        Row(P, "质量指标", "站点观测数据到报率", "≥", "98.5", "%", weight=15),
        Row(P, "时效指标", "故障站点修复时限", "≤", "48", "小时", weight=10),
        Row(P, "成本指标", "单站年度运维费用", "≤", "6300", "元/站", weight=10),
        Row(B, "社会效益指标", "气象灾害预警信息覆盖", "", "乡镇全覆盖", "", weight=15),
        Row(B, "可持续影响指标", "站网运维长效机制", "", "健全完善", "", weight=10),
        Row(S, SL, "涉农经营主体对气象服务满意度", "≥", "92", "%", weight=15),
    ]))

C2 = with_notes(Form(
    "self_evaluation", "2024年地震监测台网运行维护项目", "浙江省丽水市地震局", "丽水市地震监测中心",
    2024, total=312.8, executed=301.15,
    goal="维护全市地震监测台站和强震动观测点，台网数据连续率保持在99%以上，完成地震速报任务，"
         "开展防震减灾科普进校园活动。",
    actual_goal="维护监测台站27个、强震动观测点58个，台网数据连续率99.32%，速报均在规定时限内完成，"
                "科普进校园活动41场。",
    rows=[
        Row(P, "数量指标", "维护地震监测台站", "=", "27", "个", "27", 10, 10),
        Row(P, "数量指标", "维护强震动观测点", "≥", "55", "个", "58", 10, 10),
        Row(P, "数量指标", "防震减灾科普进校园", "≥", "45", "场", "41", 10, 9,
            "第四季度部分学校调整教学安排，4场活动顺延至次年春季学期"),
        Row(P, "质量指标", "台网数据连续率", "≥", "99", "%", "99.32", 15, 15),
        Row(P, "时效指标", "地震自动速报时间", "≤", "2", "分钟", "1.6", 10, 10),
        Row(B, "社会效益指标", "公众防震减灾意识", "", "逐步增强", "", "逐步增强", 15, 14),
        Row(B, "可持续影响指标", "监测设备完好率", "≥", "95", "%", "96.8", 10, 10),
        Row(S, SL, "社会公众满意度", "≥", "90", "%", "93.5", 10, 10),
    ], total_score=98))

C3 = directional(Form(
    "self_evaluation", "2023年归侨侨眷帮扶慰问项目", "广东省江门市人民政府侨务办公室",
    "江门市归国华侨联合会", 2023, total=88, executed=86.9,
    goal="走访慰问困难归侨侨眷，开展侨界法律咨询服务，侨法宣传覆盖全市各镇（街）。",
    actual_goal="慰问困难归侨侨眷1265户，开展侨界法律咨询服务34场，侨法宣传覆盖全部镇（街）。",
    rows=[
        Row(P, "数量指标", "走访慰问困难归侨侨眷", "≥", "1200", "户", "1265", 20, 20),
        Row(P, "数量指标", "侨界法律咨询服务", "≥", "30", "场", "34", 10, 10),
        Row(P, "质量指标", "慰问金发放准确率", "=", "100", "%", "100", 15, 15),
        Row(P, "时效指标", "春节慰问金发放完成时限", "≤", "15", "日", "12", 10, 10),
        Row(P, "成本指标", "户均慰问标准", "≤", "600", "元", "600", 10, 10),
        Row(B, "社会效益指标", "侨界群众获得感", "", "明显增强", "", "明显增强", 15, 15),
        Row(S, SL, "受慰问归侨侨眷满意度", "≥", "95", "%", "97.2", 20, 20),
    ], total_score=100))

C4 = Form(
    "target_declaration", "2026年无偿献血者招募与血液安全保障项目", "四川省绵阳市卫生健康委员会",
    "绵阳市中心血站", 2026, total=432.6, fiscal=392.6, other=40,
    goal="招募无偿献血者不少于5.2万人次，采集全血和成分血满足临床用血需求，血液检测合格率保持100%，"
         "临床用血保障率达到99%以上。",
    rows=[
        Row(P, "数量指标", "招募无偿献血者", "≥", "5.2", "万人次", weight=15),
        Row(P, "数量指标", "采集全血量", "≥", "17.5", "吨", weight=10),
        Row(P, "数量指标", "新建固定献血屋", "=", "3", "座", weight=10),
        Row(P, "质量指标", "发出血液检测合格率", "=", "100", "%", weight=15),
        Row(P, "时效指标", "急救用血送达时间", "≤", "40", "分钟", weight=10),
        Row(P, "成本指标", "献血者纪念品单价", "≤", "45", "元/份", weight=5),
        Row(B, "社会效益指标", "临床用血保障率", "≥", "99", "%", weight=15),
        Row(B, "可持续影响指标", "固定献血者队伍", "", "稳步扩大", "", weight=10),
        Row(S, SL, "献血者满意度", "≥", "93", "%", weight=10),
    ])

C5 = Form(
    "self_evaluation", "2025年惠民殡葬基本服务补助项目", "云南省曲靖市民政局", "曲靖市殡仪馆",
    2025, total=265, executed=258.3,
    goal="对辖区居民遗体接运、暂存、火化、骨灰寄存四项基本殡葬服务费用实行免除，推进节地生态安葬。",
    actual_goal="免除基本殡葬服务费用8842例，节地生态安葬比例达到41%，服务全部按规范流程实施。",
    rows=[
        Row(P, "数量指标", "减免基本殡葬服务", "≥", "8500", "例", "8842", 20, 20),
        Row(P, "质量指标", "减免政策落实率", "=", "100", "%", "100", 15, 15),
        Row(P, "时效指标", "补助资金结算周期", "", "按季度结算", "", "按季度结算", 10, 10),
        Row(P, "成本指标", "例均基本服务减免标准", "≤", "300", "元", "292", 10, 10),
        Row(B, "社会效益指标", "节地生态安葬比例", "≥", "45", "%", "41", 15, 12,
            "群众传统安葬观念转变需要过程，下一年度加大生态安葬奖补宣传"),
        Row(B, "生态效益指标", "殡仪车辆尾气达标排放", "", "全部达标", "", "全部达标", 10, 10),
        Row(S, SL, "丧属满意度", "≥", "90", "%", "94.6", 20, 20),
    ], total_score=97)

# ---------------------------------------------------------------- label_variants forms

L1 = Form(
    "target_declaration", "2024年妇女儿童维权服务站建设项目", "陕西省汉中市妇女联合会",
    "汉中市妇女儿童活动中心", 2024, total=74.5, fiscal=74.5, carry=0, other=0,
    goal="在全市镇（街道）建设妇女儿童维权服务站，开展家庭教育指导和婚姻家庭纠纷调解，维权服务覆盖率达到90%。",
    rows=[
        Row(P, "数量指标", "建设妇女儿童维权服务站", "≥", "36", "个"),
        Row(P, "数量指标", "开展家庭教育指导讲座", "≥", "120", "场"),
        Row(P, "质量指标", "服务站建设验收合格率", "=", "100", "%"),
        Row(P, "时效指标", "服务站挂牌运行时间", "", "2024年9月底前", ""),
        Row(P, "成本指标", "单个服务站建设补助", "≤", "1.8", "万元"),
        Row(B, "社会效益指标", "婚姻家庭纠纷调解成功率", "≥", "85", "%"),
        Row(B, "可持续影响指标", "妇女儿童维权服务网络", "", "持续健全", ""),
        Row(S, SL, "服务对象满意度", "≥", "90", "%"),
    ])
L1_L1 = SHORT1
L1_L2 = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本",
         "社会效益指标": "社会效益", "可持续影响指标": "可持续影响", SL: "服务对象满意度"}

L2 = Form(
    "self_evaluation", "2025年全民科学素质提升行动项目", "江苏省南通市科学技术协会", "南通市科技馆",
    2025, total=158, fiscal=158, carry=0, other=0, executed=151.22, plan=(150, 150, 0, 0),
    fund_weight=10, fund_score=9.6,
    goal="举办科技活动周和科普日主场活动，开展流动科技馆巡展和青少年科技创新大赛，公民具备科学素质比例稳步提升。",
    actual_goal="举办主场活动2场、流动科技馆巡展18站，青少年科技创新大赛参赛作品1460件，科普受众约42万人次。",
    rows=[
        Row(P, "数量指标", "流动科技馆巡展站点", "≥", "16", "站", "18站", 10, 10),
        Row(P, "数量指标", "青少年科技创新大赛参赛作品", "≥", "1300", "件", "1460件", 10, 10),
        Row(P, "数量指标", "科普受众人次", "≥", "40", "万人次", "42万人次", 10, 10),
        Row(P, "质量指标", "展品完好率", "≥", "95", "%", "97%", 10, 10),
        Row(P, "时效指标", "科普日主场活动举办时间", "", "9月底前", "", "9月16日", 10, 10),
        Row(B, "社会效益指标", "公民具备科学素质比例", "≥", "16", "%", "15.6%", 20, 18,
            "省级抽样调查口径调整，下一年度加强农村和老年群体科普"),
        Row(B, "可持续影响指标", "科普志愿者队伍", "", "持续壮大", "", "新增注册志愿者860人", 10, 10),
        Row(S, SL, "参与公众满意度", "≥", "90", "%", "92.4%", 10, 10),
    ], total_score=97.6, grade="优")
L2_L1 = {P: "产出指标（50分）", B: "效益指标（30分）", S: "满意度指标（10分）"}
L2_L2 = {SL: "满意度指标"}

L3 = Form(
    "target_declaration", "2026年基层供销社综合服务中心改造提升项目", "浙江省衢州市供销合作社联合社",
    "衢州市供销社农资有限公司", 2026, total=560, fiscal=420, carry=40, other=100,
    goal="改造提升基层供销社为农服务中心，建设农产品冷链集配点，农资统一配送覆盖全部乡镇，带动农户增收。",
    rows=[
        Row(P, "数量指标", "改造为农服务中心建筑面积", "≥", "8600", "平方米"),
        Row(P, "数量指标", "建设农产品冷链集配点", "≥", "9", "个"),
        Row(P, "质量指标", "改造工程竣工验收合格率", "=", "100", "%"),
        Row(P, "时效指标", "项目完工时间", "", "2026年10月底前", ""),
        Row(P, "成本指标", "冷链集配点单点建设投入", "≤", "35", "万元"),
        Row(B, "经济效益指标", "带动农户户均增收", "≥", "1200", "元"),
        Row(B, "社会效益指标", "农资统一配送乡镇覆盖率", "=", "100", "%"),
        Row(S, SL, "入社农户满意度", "≥", "90", "%"),
        Row(S, SL, "乡镇经营网点满意度", "≥", "88", "%"),
    ])
L3_L2 = {"数量指标": "数量指标(或建筑规模指标)", SL: "满意度指标"}

L4 = Form(
    "department_target", "广东省佛山市人民防空办公室部门整体支出", "广东省佛山市人民防空办公室",
    "广东省佛山市人民防空办公室", 2025, total=3860, fiscal=3560, other=300,
    goal="完善人防指挥通信体系，推进人防工程维护管理和警报设施建设，开展防空防灾宣传教育和疏散演练，"
         "提升城市防护能力。",
    tasks=[("人防警报设施建设", "新建和更新防空警报器，维护警报控制终端", 980),
           ("人防工程维护管理", "公用人防工程巡查维护和平战转换准备", 1640),
           ("防空防灾宣传演练", "组织警报试鸣、疏散演练和宣传教育进社区", 420)],
    rows=[
        Row(P, "数量指标", "新建和更新防空警报器", "≥", "42", "台"),
        Row(P, "数量指标", "公用人防工程巡查维护", "≥", "126", "处"),
        Row(P, "质量指标", "警报鸣响率", "≥", "98", "%"),
        Row(P, "时效指标", "防空警报试鸣完成时间", "", "9月第三个星期六", ""),
        Row(C, "经济成本指标", "单台警报器更新费用", "≤", "8.5", "万元"),
        Row(C, "社会成本指标", "演练对交通出行影响时长", "≤", "30", "分钟"),
        Row(C, "生态环境成本指标", "工程维护废弃物规范处置率", "=", "100", "%"),
        Row(B, "社会效益指标", "市民防空防灾知识知晓率", "≥", "75", "%"),
        Row(S, SL, "社区居民满意度", "≥", "90", "%"),
    ])
L4_L2 = {"社会效益指标": "社会效益"}

L5 = Form(
    "self_evaluation", "2024年信访积案化解专项经费项目", "四川省德阳市信访局", "德阳市人民来访接待中心",
    2024, total=96, fiscal=96, carry=0, other=0, executed=93.5, plan=(90, 90, 0, 0),
    fund_weight=10, fund_score=9.7,
    goal="开展信访积案集中化解，落实领导干部接访下访制度，初次信访事项按期办结率达到95%以上。",
    actual_goal="化解信访积案173件，领导干部接访下访312人次，初次信访事项按期办结率97.1%。",
    rows=[
        Row(P, "数量指标", "化解信访积案", "≥", "160", "件", "173件", 15, 15),
        Row(P, "数量指标", "领导干部接访下访", "≥", "300", "人次", "312人次", 10, 10),
        Row(P, "质量指标", "初次信访事项按期办结率", "≥", "95", "%", "97.1%", 15, 15),
        Row(P, "时效指标", "网上信访事项受理告知时限", "≤", "15", "日", "10日", 10, 10),
        Row(B, "社会效益指标", "重复信访率", "≤", "8", "%", "8.6%", 15, 13,
            "个别历史遗留问题涉及多部门，已纳入次年领导包案化解"),
        Row(B, "可持续影响指标", "矛盾纠纷多元化解机制", "", "有效运行", "", "有效运行", 15, 15),
        Row(S, SL, "信访群众满意度", "≥", "85", "%", "88.3%", 10, 10),
    ], total_score=97.7, grade="优")

# ---------------------------------------------------------------- one_line_spaces forms

O1 = Form(
    "target_declaration", "2025年政府投资项目审计专项经费", "陕西省宝鸡市审计局", "宝鸡市政府投资审计中心",
    2025, total=138, fiscal=138, carry=0, other=0,
    goal="对市级政府投资重点项目开展竣工决算审计和跟踪审计，审减不合理投资，审计整改率达到90%以上。",
    rows=[
        Row(P, "数量指标", "完成政府投资项目竣工决算审计", "≥", "48", "个"),
        Row(P, "数量指标", "开展重点项目跟踪审计", "≥", "6", "个"),
        Row(P, "质量指标", "审计报告复核通过率", "=", "100", "%"),
        Row(P, "时效指标", "单个项目审计完成时限", "≤", "60", "日"),
        Row(P, "成本指标", "委托中介机构审计费用", "≤", "95", "万元"),
        Row(B, "经济效益指标", "审减不合理投资", "≥", "1.2", "亿元"),
        Row(B, "社会效益指标", "审计发现问题整改率", "≥", "90", "%"),
        Row(S, SL, "被审计单位满意度", "≥", "85", "%"),
    ])

O2 = Form(
    "self_evaluation", "2024年体育彩票公益金全民健身设施项目", "云南省玉溪市体育局", "玉溪市全民健身中心",
    2024, total=620, fiscal=620, carry=0, other=0, executed=598.7, plan=(600, 600, 0, 0),
    fund_weight=10, fund_score=9.7,
    goal="使用体育彩票公益金建设社区健身路径和多功能运动场，更新老旧健身器材，经常参加体育锻炼人数比例持续提高。",
    actual_goal="建成社区健身路径74条、多功能运动场12片，更新器材1380件，经常参加体育锻炼人数比例达到41.5%。",
    rows=[
        Row(P, "数量指标", "建设社区健身路径", "≥", "70", "条", "74", 10, 10),
        Row(P, "数量指标", "建设多功能运动场", "≥", "12", "片", "12", 10, 10),
        Row(P, "数量指标", "更新老旧健身器材", "≥", "1500", "件", "1380", 10, 9,
            "器材招标流标一次，剩余120件已于次年1月完成安装"),
        Row(P, "质量指标", "健身器材国家标准符合率", "=", "100", "%", "100", 10, 10),
        Row(P, "时效指标", "设施建成投用时间", "", "11月底前", "", "11月28日", 10, 10),
        Row(B, "社会效益指标", "经常参加体育锻炼人数比例", "≥", "41", "%", "41.5", 20, 20),
        Row(B, "可持续影响指标", "设施管护责任落实率", "=", "100", "%", "100", 10, 10),
        Row(S, SL, "健身群众满意度", "≥", "90", "%", "93", 10, 10),
    ], total_score=98.7)

O3 = Form(
    "target_declaration", "2026年公共图书馆总分馆体系建设项目", "江苏省扬州市文化广电和旅游局",
    "扬州市图书馆", 2026, total=245, fiscal=225, carry=0, other=20,
    goal="建设县级图书馆分馆和城市书房，实现通借通还，年图书流通量达到180万册次，提升公共阅读服务均等化水平。",
    rows=[
        Row(P, "数量指标", "新建城市书房", "≥", "8", "个"),
        Row(P, "数量指标", "新增馆藏纸质图书", "≥", "6.5", "万册"),
        Row(P, "数量指标", "举办全民阅读推广活动", "≥", "260", "场"),
        Row(P, "质量指标", "分馆通借通还实现率", "=", "100", "%"),
        Row(P, "时效指标", "城市书房开放时间", "", "2026年12月底前", ""),
        Row(B, "社会效益指标", "年图书流通量", "≥", "180", "万册次"),
        Row(B, "可持续影响指标", "总分馆服务体系", "", "长效运行", ""),
        Row(S, SL, "读者满意度", "≥", "95", "%"),
    ])

O4 = Form(
    "department_self_evaluation", "浙江省湖州市疾病预防控制中心部门整体支出", "浙江省湖州市疾病预防控制中心",
    "浙江省湖州市疾病预防控制中心", 2023, total=5280, fiscal=4960, carry=120, other=200, executed=5106.4,
    plan=(5010, 4800, 120, 90), fund_weight=10, fund_score=9.7,
    goal="做好传染病监测预警和免疫规划，开展慢性病及危害因素监测，完成食品安全风险监测任务，突发公共卫生事件处置及时率100%。",
    actual_goal="法定传染病报告及时率99.8%，适龄儿童免疫规划疫苗接种率98.6%，完成食品安全风险监测样品2130份，突发事件均及时处置。",
    rows=[
        Row(P, "数量指标", "食品安全风险监测样品", "≥", "2000", "份", "2130份", 10, 10),
        Row(P, "数量指标", "病媒生物监测点", "≥", "48", "个", "48个", 5, 5),
        Row(P, "质量指标", "法定传染病报告及时率", "≥", "99", "%", "99.8%", 15, 15),
        Row(P, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥", "98", "%", "98.6%", 15, 15),
        Row(P, "时效指标", "突发公共卫生事件处置及时率", "=", "100", "%", "100%", 10, 10),
        Row(B, "社会效益指标", "居民健康素养水平", "≥", "38", "%", "37.2%", 15, 13,
            "农村老年人群健康素养提升较慢，将开展入户健康教育"),
        Row(B, "可持续影响指标", "疾控信息化监测平台", "", "稳定运行", "", "稳定运行", 10, 10),
        Row(S, SL, "服务对象满意度", "≥", "90", "%", "92.1%", 10, 10),
    ], total_score=97.7, grade="优")

O5 = Form(
    "department_target", "广东省韶关市粮食和物资储备局部门整体支出", "广东省韶关市粮食和物资储备局",
    "广东省韶关市粮食和物资储备局", 2024, total=2140, fiscal=2140, other=0,
    goal="落实市级储备粮油轮换和管理，加强救灾物资储备，确保储备粮数量真实、质量良好、储存安全，提升应急保障能力。",
    tasks=[("市级储备粮管理", "储备粮保管费用和轮换价差补贴", 1520),
           ("救灾物资储备", "采购补充帐篷、折叠床等救灾物资", 380),
           ("粮食质量安全监测", "收购和库存粮食质量安全抽检", 240)],
    rows=[
        Row(P, "数量指标", "市级储备粮规模", "≥", "4.2", "万吨"),
        Row(P, "数量指标", "粮食质量安全抽检样品", "≥", "320", "份"),
        Row(P, "质量指标", "储备粮质量达标率", "=", "100", "%"),
        Row(P, "时效指标", "储备粮年度轮换完成时间", "", "10月底前", ""),
        Row(P, "成本指标", "每吨储备粮年度保管费用", "≤", "110", "元"),
        Row(B, "社会效益指标", "应急状态下物资调运到位时间", "≤", "12", "小时"),
        Row(B, "可持续影响指标", "粮食储备安全管理", "", "持续规范", ""),
        Row(S, SL, "承储企业满意度", "≥", "90", "%"),
    ])

# ---------------------------------------------------------------- run_together forms

R1 = Form(
    "target_declaration", "2025年城乡公交新能源车辆更新项目", "四川省乐山市交通运输局", "乐山市公共交通有限公司",
    2025, total=2360, fiscal=1860, carry=0, other=500,
    goal="更新新能源城乡公交车辆，建设充电桩，城乡公交线路准点率达到92%以上，降低运营碳排放。",
    rows=[
        Row(P, "数量指标", "更新新能源城乡公交车", "≥", "58", "辆"),
        Row(P, "数量指标", "建设公交场站充电桩", "≥", "36", "个"),
        Row(P, "质量指标", "车辆上牌检验合格率", "=", "100", "%"),
        Row(P, "时效指标", "新车投入运营时间", "", "2025年8月31日前", ""),
        Row(P, "成本指标", "单车购置补助", "≤", "32", "万元"),
        Row(B, "社会效益指标", "城乡公交线路准点率", "≥", "92", "%"),
        Row(B, "生态效益指标", "年减少二氧化碳排放", "≥", "2600", "吨"),
        Row(S, SL, "乘客满意度", "≥", "90", "%"),
    ])

R2 = Form(
    "self_evaluation", "2023年人工影响天气作业项目", "陕西省渭南市气象局", "渭南市人工影响天气办公室",
    2023, total=205.6, fiscal=205.6, carry=0, other=0, executed=199.82, plan=(200, 200, 0, 0),
    fund_weight=10, fund_score=9.7,
    goal="开展增雨（雪）和防雹作业，作业点安全检查全覆盖，减轻冰雹灾害损失，服务农业抗旱和生态修复。",
    actual_goal="组织增雨作业96次、防雹作业63次，作业点安全检查覆盖率100%，防雹保护区雹灾损失同比下降。",
    rows=[
        Row(P, "数量指标", "组织增雨（雪）作业", "≥", "90", "次", "96次", 10, 10),
        Row(P, "数量指标", "组织防雹作业", "≥", "60", "次", "63次", 10, 10),
        Row(P, "质量指标", "作业点安全检查覆盖率", "=", "100", "%", "100%", 15, 15),
        Row(P, "时效指标", "作业指令响应时间", "≤", "10", "分钟", "8分钟", 10, 10),
        Row(P, "成本指标", "单枚增雨火箭弹采购价", "≤", "4800", "元", "4750元", 5, 5),
        Row(B, "经济效益指标", "防雹保护区减少农业损失", "≥", "3000", "万元", "3260万元", 15, 15),
        Row(B, "生态效益指标", "重点生态区增雨作业覆盖", "", "基本覆盖", "", "基本覆盖", 15, 14),
        Row(S, SL, "种植户满意度", "≥", "90", "%", "89.2%", 10, 9,
            "个别防雹保护区作业时机受空域申请影响，已与空管部门建立快速审批通道"),
    ], total_score=97.7)

R3 = Form(
    "department_target", "云南省大理白族自治州科学技术协会部门整体支出", "云南省大理白族自治州科学技术协会",
    "云南省大理白族自治州科学技术协会", 2026, total=685, fiscal=665, other=20,
    goal="实施基层科普行动计划，建设乡村科普e站，服务科技工作者和企业创新，公民具备科学素质比例达到13%。",
    tasks=[("基层科普行动", "建设乡村科普e站，奖补科普示范基地", 320),
           ("科技社团服务", "学术交流和院士专家工作站建设", 185),
           ("青少年科技教育", "青少年科技创新大赛和科学营", 180)],
    rows=[
        Row(P, "数量指标", "建设乡村科普e站", "≥", "60", "个"),
        Row(P, "数量指标", "新建院士专家工作站", "≥", "3", "家"),
        Row(P, "数量指标", "举办学术交流活动", "≥", "25", "场"),
        Row(P, "质量指标", "科普示范基地复核合格率", "≥", "95", "%"),
        Row(P, "时效指标", "科普奖补资金拨付时间", "", "6月底前", ""),
        Row(B, "社会效益指标", "公民具备科学素质比例", "≥", "13", "%"),
        Row(B, "可持续影响指标", "基层科普服务能力", "", "明显提升", ""),
        Row(S, SL, "科技工作者满意度", "≥", "90", "%"),
    ])

R4 = Form(
    "department_self_evaluation", "江苏省泰州市疾病预防控制中心部门整体支出", "江苏省泰州市疾病预防控制中心",
    "江苏省泰州市疾病预防控制中心", 2024, total=4320, fiscal=4100, carry=80, other=140, executed=4211.6,
    plan=(4150, 3980, 80, 90), fund_weight=10, fund_score=9.7,
    goal="完成重点传染病和地方病监测，开展职业病危害因素监测，推进艾滋病和结核病综合防治，维护公众健康。",
    actual_goal="完成重点传染病监测哨点报告任务，职业病危害因素监测企业412家，结核病患者成功治疗率93.5%。",
    rows=[
        Row(P, "数量指标", "职业病危害因素监测企业", "≥", "400", "家", "412家", 10, 10),
        Row(P, "数量指标", "艾滋病自愿咨询检测", "≥", "2.6", "万人次", "2.71万人次", 10, 10),
        Row(P, "质量指标", "结核病患者成功治疗率", "≥", "90", "%", "93.5%", 15, 15),
        Row(P, "质量指标", "实验室检测能力验证合格率", "=", "100", "%", "100%", 10, 10),
        Row(P, "时效指标", "传染病疫情网络直报及时率", "≥", "99", "%", "99.6%", 10, 10),
        Row(B, "社会效益指标", "甲乙类传染病报告发病率", "≤", "180", "/10万", "172/10万", 15, 15),
        Row(B, "可持续影响指标", "重大疫情应急处置队伍", "", "常备不懈", "", "常备不懈", 10, 10),
        Row(S, SL, "群众满意度", "≥", "90", "%", "91.3%", 10, 10),
    ], total_score=99.7, grade="优")

R5 = Form(
    "target_declaration", "2024年节地生态安葬奖补项目", "浙江省台州市民政局", "台州市殡葬管理所",
    2024, total=128, fiscal=128, carry=0, other=0,
    goal="对选择树葬、花坛葬、海葬等节地生态安葬方式的家庭给予奖补，节地生态安葬率提高到55%。",
    rows=[
        Row(P, "数量指标", "奖补节地生态安葬家庭", "≥", "2100", "户"),
        Row(P, "数量指标", "组织海葬活动", "≥", "6", "批次"),
        Row(P, "质量指标", "奖补资金发放准确率", "=", "100", "%"),
        Row(P, "时效指标", "奖补申请审核办结时限", "≤", "20", "个工作日"),
        Row(P, "成本指标", "户均奖补标准", "≤", "2000", "元"),
        Row(B, "社会效益指标", "节地生态安葬率", "≥", "55", "%"),
        Row(B, "生态效益指标", "节约公墓土地", "≥", "12", "亩"),
        Row(S, SL, "奖补家庭满意度", "≥", "92", "%"),
    ])
R5_L1 = SHORT1
R5_L2 = {"社会效益指标": "社会效益", "生态效益指标": "生态效益", SL: "满意度指标"}

# ---------------------------------------------------------------- space_columns forms

S1 = Form(
    "target_declaration", "2025年地震预警信息发布终端建设及重点设防类建筑抗震性能普查项目",
    "广东省汕头市地震局", "汕头市地震监测预报与应急救援保障服务中心", 2025,
    total=286, fiscal=286, carry=0, other=0,
    goal="在全市中小学校、医院和人员密集场所建设地震预警信息发布终端，完成重点设防类建筑抗震性能普查，"
         "预警信息发布时间控制在震后10秒以内。",
    rows=[
        Row(P, "数量指标", "中小学校和医院地震预警信息发布终端安装数量", "≥", "420", "台"),
        Row(P, "数量指标", "重点设防类建筑抗震性能普查栋数", "≥", "1350", "栋"),
        Row(P, "质量指标", "预警终端联调测试通过率", "=", "100", "%"),
        Row(P, "时效指标", "预警信息自动发布时间", "≤", "10", "秒"),
        Row(P, "成本指标", "单台预警终端采购安装费用", "≤", "3200", "元"),
        Row(B, "社会效益指标", "人员密集场所地震预警信息接收覆盖率", "≥", "90", "%"),
        Row(B, "可持续影响指标", "抗震设防隐患数据库", "", "建成并动态更新", ""),
        Row(S, SL, "学校和医院使用单位满意度", "≥", "90", "%"),
    ])

S2 = Form(
    "self_evaluation", "2024年经济责任审计和自然资源资产离任审计项目", "四川省南充市审计局",
    "南充市经济责任审计服务中心", 2024, total=112, fiscal=112, carry=0, other=0, executed=106.8,
    plan=(110, 110, 0, 0), fund_weight=10, fund_score=9.5,
    goal="完成党政主要领导干部经济责任审计和自然资源资产离任审计，审计发现问题按期整改，推动领导干部履职尽责。",
    actual_goal="完成经济责任审计32项、自然资源资产离任审计9项，问题整改率87.5%，移送问题线索全部办结。",
    rows=[
        Row(P, "数量指标", "完成领导干部经济责任审计", "≥", "30", "项", "32项", 15, 15),
        Row(P, "数量指标", "完成自然资源资产离任审计", "≥", "10", "项", "9项", 10, 9,
            "1个县区因领导干部岗位调整，审计项目调整至下一年度计划实施"),
        Row(P, "质量指标", "审计报告质量复核优良率", "≥", "90", "%", "93.8%", 15, 15),
        Row(P, "时效指标", "审计报告出具时间", "", "审计实施结束后30日内", "", "按时出具", 10, 10),
        Row(B, "社会效益指标", "审计发现问题整改率", "≥", "90", "%", "87.5%", 20, 18,
            "部分问题涉及资产权属清理和历史债务化解，整改周期较长，已建立整改台账跟踪督办"),
        Row(B, "可持续影响指标", "审计整改长效机制", "", "逐步完善", "", "逐步完善", 10, 10),
        Row(S, SL, "被审计领导干部满意度", "≥", "85", "%", "90%", 10, 10),
    ], total_score=96.5, grade="优")

S3 = Form(
    "department_self_evaluation", "陕西省延安市供销合作社联合社部门整体支出", "陕西省延安市供销合作社联合社",
    "陕西省延安市供销合作社联合社", 2025, total=1260, fiscal=1180, carry=30, other=50, executed=1198.4,
    plan=(1200, 1130, 30, 40), fund_weight=10, fund_score=9.5,
    goal="推进供销社综合改革，建设县乡村三级农产品流通网络，开展农业社会化服务，助力苹果产业提质增效。",
    actual_goal="新建村级综合服务社46个，开展土地托管服务面积12.6万亩，苹果产地冷库新增库容1.8万吨。",
    rows=[
        Row(P, "数量指标", "新建村级综合服务社", "≥", "45", "个", "46个", 10, 10),
        Row(P, "数量指标", "农业社会化服务土地托管面积", "≥", "12", "万亩", "12.6万亩", 15, 15),
        Row(P, "数量指标", "苹果产地冷库新增库容", "≥", "2", "万吨", "1.8万吨", 10, 8,
            "2座冷库受土建审批延迟影响未按期完工，预计次年5月投入使用"),
        Row(P, "质量指标", "农资商品抽检合格率", "≥", "98", "%", "99.1%", 10, 10),
        Row(P, "时效指标", "春耕农资储备到位时间", "", "2月底前", "", "2月20日", 10, 10),
        Row(B, "经济效益指标", "系统农产品销售额增长率", "≥", "8", "%", "9.4%", 15, 15),
        Row(B, "社会效益指标", "为农服务中心乡镇覆盖率", "≥", "85", "%", "86.7%", 10, 10),
        Row(S, SL, "社员群众满意度", "≥", "90", "%", "91.5%", 10, 10),
    ], total_score=97.5, grade="优")

S4 = Form(
    "department_target", "云南省红河哈尼族彝族自治州人民防空办公室部门整体支出",
    "云南省红河哈尼族彝族自治州人民防空办公室", "云南省红河哈尼族彝族自治州人民防空办公室", 2023,
    total=1780, fiscal=1680, other=100,
    goal="建设州级人防指挥所信息化系统，完成防空警报器新建和维护，组织人防专业队伍训练，"
         "城区警报音响覆盖率达到95%以上。",
    tasks=[("人防指挥信息化建设", "州级人防指挥所信息化系统升级和机动指挥通信保障能力建设", 860),
           ("防空警报建设维护", "城区防空警报器新建、维护和多媒体警报终端接入", 540),
           ("人防专业队伍训练", "组织抢险抢修、医疗救护、信息防护等专业队伍训练", 380)],
    rows=[
        Row(P, "数量指标", "新建电声防空警报器", "≥", "28", "台"),
        Row(P, "数量指标", "人防专业队伍训练人次", "≥", "1600", "人次"),
        Row(P, "质量指标", "城区警报音响覆盖率", "≥", "95", "%"),
        Row(P, "时效指标", "指挥所信息化系统升级完成时间", "", "2023年11月底前", ""),
        Row(P, "成本指标", "单台电声警报器建设成本", "≤", "9.6", "万元"),
        Row(B, "社会效益指标", "城市综合防护能力", "", "明显提升", ""),
        Row(B, "可持续影响指标", "人防工程和设施维护管理机制", "", "长效运行", ""),
        Row(S, SL, "城区居民对人防宣传演练满意度", "≥", "88", "%"),
    ])

S5 = Form(
    "target_declaration", "2026年临床用血核酸检测及冷链运输保障项目", "江苏省淮安市卫生健康委员会",
    "淮安市中心血站", 2026, total=318.4, fiscal=318.4, carry=0, other=0,
    goal="对全部采集血液开展核酸检测，建设血液冷链运输监控系统，保障临床用血安全及时。",
    rows=[
        Row(P, "数量指标", "血液标本核酸检测", "≥", "9.6", "万份", note="含全血及单采血小板"),
        Row(P, "数量指标", "配备冷链运输车辆", "=", "4", "辆"),
        Row(P, "质量指标", "核酸检测室间质评合格率", "=", "100", "%", note="国家卫生健康委临检中心组织"),
        Row(P, "时效指标", "冷链运输监控系统上线时间", "", "2026年6月30日前", ""),
        Row(P, "成本指标", "单份核酸检测试剂成本", "≤", "22", "元", note="按集中采购中标价"),
        Row(B, "社会效益指标", "输血传播疾病残余风险", "", "有效降低", ""),
        Row(B, "可持续影响指标", "血液全程冷链温度记录完整率", "=", "100", "%"),
        Row(S, SL, "临床用血医疗机构满意度", "≥", "95", "%", note="年度问卷调查"),
    ])

# ---------------------------------------------------------------- cell_per_line forms

P1 = Form(
    "target_declaration", "2024年乡镇图书馆分馆数字资源建设项目", "浙江省金华市文化广电旅游局",
    "金华市图书馆", 2024, total=96.8, fiscal=96.8, carry=0, other=0,
    goal="为乡镇图书馆分馆配置数字阅读终端和电子图书资源，开展数字阅读推广，数字资源年访问量达到120万次。",
    rows=[
        Row(P, "数量指标", "配置数字阅读终端", "≥", "52", "台"),
        Row(P, "数量指标", "采购电子图书", "≥", "3.5", "万种"),
        Row(P, "质量指标", "终端设备正常运行率", "≥", "97", "%"),
        Row(P, "时效指标", "数字资源上线时间", "", "2024年7月底前", ""),
        Row(B, "社会效益指标", "数字资源年访问量", "≥", "120", "万次"),
        Row(B, "可持续影响指标", "数字阅读服务能力", "", "持续增强", ""),
        Row(S, SL, "乡镇读者满意度", "≥", "92", "%"),
    ])

P2 = Form(
    "self_evaluation", "2025年体育彩票公益金青少年体育培训项目", "广东省梅州市文化广电旅游体育局",
    "梅州市业余体育学校", 2025, total=168, fiscal=168, carry=0, other=0, executed=162.4,
    plan=(160, 160, 0, 0), fund_weight=10, fund_score=9.7,
    goal="利用体育彩票公益金开展足球、游泳等青少年体育项目免费培训，培养后备人才，青少年体质健康达标率提升。",
    actual_goal="开展青少年免费培训5420人次，输送省级后备人才23名，青少年体质健康达标率93.1%。",
    rows=[
        Row(P, "数量指标", "青少年免费体育培训", "≥", "5000", "人次", "5420人次", 15, 15),
        Row(P, "数量指标", "输送省级体育后备人才", "≥", "25", "名", "23名", 10, 9,
            "游泳项目省队选拔推迟，2名拟输送运动员次年完成选拔"),
        Row(P, "质量指标", "持证教练员带训比例", "=", "100", "%", "100%", 10, 10),
        Row(P, "时效指标", "暑期集训开班时间", "", "7月10日前", "", "7月8日", 10, 10),
        Row(P, "成本指标", "人均培训补助", "≤", "300", "元", "296元", 5, 5),
        Row(B, "社会效益指标", "青少年体质健康达标率", "≥", "92", "%", "93.1%", 20, 20),
        Row(B, "可持续影响指标", "青少年体育后备人才梯队", "", "逐步形成", "", "逐步形成", 10, 10),
        Row(S, SL, "学员家长满意度", "≥", "90", "%", "95%", 10, 10),
    ], total_score=98.7, grade="优")

P3 = Form(
    "department_target", "四川省遂宁市信访局部门整体支出", "四川省遂宁市信访局", "四川省遂宁市信访局", 2025,
    total=862, fiscal=862, other=0,
    goal="畅通和规范群众诉求表达渠道，推进信访工作法治化，深化矛盾纠纷源头化解，初信初访一次性化解率达到90%。",
    tasks=[("信访接待服务", "人民来访接待中心运行和网上信访平台维护", 310),
           ("矛盾纠纷化解", "信访积案化解和疑难信访事项第三方评估", 420),
           ("信访法治宣传", "《信访工作条例》宣传和信访干部培训", 132)],
    rows=[
        Row(P, "数量指标", "接待群众来访", "≥", "6000", "人次"),
        Row(P, "数量指标", "开展信访干部业务培训", "≥", "8", "期"),
        Row(P, "质量指标", "初信初访一次性化解率", "≥", "90", "%"),
        Row(P, "时效指标", "信访事项按期受理率", "=", "100", "%"),
        Row(B, "社会效益指标", "群众诉求表达渠道", "", "畅通有序", ""),
        Row(B, "可持续影响指标", "信访工作法治化水平", "", "稳步提高", ""),
        Row(S, SL, "来访群众满意度", "≥", "85", "%"),
    ])

P4 = Form(
    "department_self_evaluation", "陕西省榆林市粮食和物资储备局部门整体支出", "陕西省榆林市粮食和物资储备局",
    "陕西省榆林市粮食和物资储备局", 2023, total=1960, fiscal=1900, carry=60, other=0, executed=1914.2,
    plan=(1880, 1820, 60, 0), fund_weight=10, fund_score=9.8,
    goal="保障市级储备粮油安全，推进粮食仓储设施提档升级，落实粮食安全责任制考核，应急供应网点覆盖全部乡镇。",
    actual_goal="市级储备粮油数量真实质量良好，完成仓房维修改造4.6万吨仓容，应急供应网点覆盖全部乡镇。",
    rows=[
        Row(P, "数量指标", "市级储备粮油库存", "≥", "3.5", "万吨", "3.52万吨", 15, 15),
        Row(P, "数量指标", "维修改造仓容", "≥", "4.5", "万吨", "4.6万吨", 10, 10),
        Row(P, "质量指标", "储备粮油宜存率", "=", "100", "%", "100%", 15, 15),
        Row(P, "时效指标", "粮食安全责任制考核完成时间", "", "3月底前", "", "3月25日", 10, 10),
        Row(B, "社会效益指标", "粮食应急供应网点乡镇覆盖率", "=", "100", "%", "100%", 15, 15),
        Row(B, "经济效益指标", "储备粮轮换价差亏损控制", "≤", "180", "万元", "196万元", 10, 8,
            "新粮上市价格低于预期导致轮换价差扩大，次年将优化轮换时机"),
        Row(S, SL, "承储企业和种粮农户满意度", "≥", "90", "%", "91.8%", 15, 15),
    ], total_score=97.8, grade="优")

P5 = Form(
    "self_evaluation", "2024年农村留守妇女技能培训项目", "江苏省宿迁市妇女联合会", "宿迁市妇女儿童发展服务中心",
    2024, total=63, fiscal=63, carry=0, other=0, executed=61.74, plan=(60, 60, 0, 0),
    fund_weight=10, fund_score=9.8,
    goal="面向农村留守妇女开展家政、电商、手工编织等技能培训，培训后就业创业率达到60%以上。",
    actual_goal="培训农村留守妇女2140人次，培训后就业创业率62.3%，培育巾帼电商带头人35名。",
    rows=[
        Row(P, "数量指标", "培训农村留守妇女", "≥", "2000", "人次", "2140人次", 20, 20),
        Row(P, "数量指标", "培育巾帼电商带头人", "≥", "40", "名", "35名", 10, 8,
            "电商培训报名人数不足，下一年度联合直播基地开展订单式培训"),
        Row(P, "质量指标", "培训结业考核合格率", "≥", "90", "%", "94.5%", 10, 10),
        Row(P, "时效指标", "培训任务完成时间", "", "11月底前", "", "11月20日", 10, 10),
        Row(B, "经济效益指标", "参训妇女月均增收", "≥", "800", "元", "860元", 10, 10),
        Row(B, "社会效益指标", "培训后就业创业率", "≥", "60", "%", "62.3%", 20, 20),
        Row(S, SL, "参训妇女满意度", "≥", "90", "%", "96%", 10, 10),
    ], total_score=97.8)

# ---------------------------------------------------------------- documents

C3L = {r.l2: d12.SHORT2.get(r.l2, r.l2) for r in C3.rows}


def docs():
    """(doc_id, family, province, sector, note, text, gold forms)"""
    D = []

    def add(i, fam, prov, sec, note, text, *gold):
        D.append((i, fam, prov, sec, note, text, list(gold)))

    # chongqing_style
    add("c01_cq_tab_jiangsu_weather", "chongqing_style", "江苏", "气象",
        "Excel tab copy of a Chongqing declaration with a 评价标准 column: 指标性质 定量/定性 with the operator "
        "inside 指标值, 计量单位 in its own column (元/站, 小时), qualitative rows with an empty unit, 其他资金 0.",
        render_tab(cq_decl(C1, "l2", "dinglian", crit=True)), gold_of(C1, funds=CQ_DECL_FUNDS))
    add("c02_cq_layout_zhejiang_quake", "chongqing_style", "浙江", "地震",
        "pdftotext -layout of a Chongqing self-evaluation: operator as 指标性质 (≥/=/≤/无), 计量单位, 指标权重, "
        "全年完成值, 得分, wrapped 偏差原因 and 评价标准 columns, type labels centred on their blocks.",
        render_layout(cq_self(C2, "l2", "sign", crit=True, w=[10, 16, 4, 6, 4, 4, 6, 4, 16, 14])),
        gold_of(C2, funds=CQ_SELF_FUNDS))
    add("c03_cq_oneline_guangdong_overseas", "chongqing_style", "广东", "侨务",
        "Chongqing self-evaluation on one line: short types (数量/质量/时效/成本/社会效益/服务对象满意度), natures "
        "正向/反向/定性 with no sign (target = value + unit), 得分 column, no 偏差原因.",
        render_oneline(cq_self(C3, "short", "direction", cols=("score",))),
        gold_of(C3, funds=CQ_SELF_FUNDS))
    add("c04_cq_run_sichuan_bloodbank", "chongqing_style", "四川", "血站",
        "Chongqing declaration run together (lines broken 12–70 characters, inside numbers and names): "
        "≥/=/≤/无 natures, value and unit glued (5.2万人次, 元/份), 指标权重 digits glued to the next type.",
        render_run(cq_decl(C4), seed=1401, lo=12, hi=70), gold_of(C4, funds=CQ_DECL_FUNDS))
    add("c05_cq_cell_yunnan_funeral", "chongqing_style", "云南", "殡葬",
        "Word copy one cell per line of a Chongqing self-evaluation: 定量/定性 natures with the sign in 指标值, "
        "empty cells as blank lines, 得分 and 偏差原因, 自评得分 line.",
        render_cells(cq_self(C5, "l2", "dinglian")), gold_of(C5, funds=CQ_SELF_FUNDS))

    # label_variants
    add("l01_lbl_tab_shaanxi_women", "label_variants", "陕西", "妇联",
        "tab copy of a classic declaration with short labels at both levels (产出/效益/满意度; 数量/质量/时效/成本/"
        "社会效益/可持续影响/服务对象满意度), 上年结转资金 0 and 其他资金 0.",
        render_tab(classic_decl(L1, L1_L1, L1_L2)), gold_of(L1))
    add("l02_lbl_layout_jiangsu_sci", "label_variants", "江苏", "科协",
        "pdftotext -layout of a classic self-evaluation with level 1 printed with points (产出指标（50分）…) and "
        "满意度指标 at both levels; labels wrapped in a narrow first column, actuals with units, 自评等级.",
        render_layout(classic_self(L2, L2_L1, L2_L2, w=[8, 10, 16, 10, 12, 4, 4, 16])), gold_of(L2))
    add("l03_lbl_cells_zhejiang_coop", "label_variants", "浙江", "供销",
        "Word copy one cell per line of a declaration with 数量指标(或建筑规模指标) and 满意度指标 at both levels "
        "(two satisfaction rows), blank lines for merged/empty cells.",
        render_cells(classic_decl(L3, None, L3_L2)), gold_of(L3))
    add("l04_lbl_rows_guangdong_airdef", "label_variants", "广东", "人防",
        "department target as PDF text one row per line: 成本指标 as a level-1 block with 经济成本指标/社会成本指标/"
        "生态环境成本指标, 社会效益 short, merged labels in the middle row of their blocks.",
        render_rowlines(dept_target(L4, None, L4_L2)), gold_of(L4, funds=DT_FUNDS))
    add("l05_lbl_numbered_sichuan_petition", "label_variants", "四川", "信访",
        "tab copy (trailing tabs stripped) of a classic self-evaluation with numbered labels 一、产出指标 / "
        "（一）数量指标 (numbering restarting under each level 1), 自评等级.",
        render_tab(classic_self(L5, NUM1, numbered2(L5.rows)), trailing=False), gold_of(L5))

    # one_line_spaces
    add("o01_ols_shaanxi_audit", "one_line_spaces", "陕西", "审计",
        "classic declaration on one line in row order, single spaces, empty cells dropped (亿元 target).",
        render_oneline(classic_decl(O1)), gold_of(O1))
    add("o02_ols_scrambled_yunnan_lottery", "one_line_spaces", "云南", "体育彩票",
        "PDF-scrambled classic self-evaluation on one line: header in reading order, then the table column by "
        "column (all level 1, all level 2, all names, all targets, all actuals, all 分值, all 得分, deviation), 总分.",
        scrambled_text(classic_self(O2)), gold_of(O2))
    add("o03_ols_scrambled_jiangsu_library", "one_line_spaces", "江苏", "公共图书馆",
        "PDF-scrambled declaration (no actual/weight/score columns) on three lines: header line, then all "
        "labels, all names and all targets column by column on one line.",
        scrambled_text(classic_decl(O3), breaks=True), gold_of(O3))
    add("o04_ols_dept_zhejiang_cdc", "one_line_spaces", "浙江", "疾控",
        "department self-evaluation in row order on three lines (header+funds+goals / table / 总分), single "
        "spaces; two 质量指标 rows.",
        render_oneline(dept_self(O4), breaks={2, 3}), gold_of(O4))
    add("o05_ols_scrambled_dept_guangdong_grain", "one_line_spaces", "广东", "粮食和物资储备",
        "department target on one line, indicator table PDF-scrambled (all level 1, all level 2, all names, "
        "all targets); 年度主要任务 rows in reading order.",
        scrambled_text(dept_target(O5)), gold_of(O5, funds=DT_FUNDS))

    # run_together
    add("r01_run_nofunds_sichuan_bus", "run_together", "四川", "公交",
        "declaration run together without a budget block (header, goal, table only), lines broken 10–50 "
        "characters inside numbers and labels; date target 2025年8月31日前.",
        render_run(no_funds(classic_decl(R1)), seed=1402, lo=10, hi=50), gold_of(R1, funds=()))
    add("r02_run_shaanxi_weather", "run_together", "陕西", "气象",
        "classic self-evaluation run together with its budget block (年初/全年/执行/分值/执行率/得分 glued), lines "
        "broken 25–90 characters; deviation text on the last row before 总分.",
        render_run(classic_self(R2), seed=1403, lo=25, hi=90), gold_of(R2))
    add("r03_run_dept_yunnan_sci", "run_together", "云南", "科协",
        "department target run together including the title, lines broken 15–65 characters; task amounts glued "
        "to the next task name; qualitative 明显提升 glued to the next level-1 label.",
        render_run(dept_target(R3), seed=1404, lo=15, hi=65, first_line_break=False),
        gold_of(R3, funds=DT_FUNDS))
    add("r04_run_dept_jiangsu_cdc", "run_together", "江苏", "疾控",
        "department self-evaluation run together, lines broken 30–120 characters; targets with /10万 units.",
        render_run(dept_self(R4), seed=1405, lo=30, hi=120), gold_of(R4))
    add("r05_run_lbl_zhejiang_funeral", "run_together", "浙江", "殡葬",
        "declaration in 元 (thousands separators) run together with short labels (产出/效益/满意度, 社会效益/"
        "生态效益, 满意度指标 at level 2), lines broken 20–80 characters.",
        render_run(classic_decl(R5, R5_L1, R5_L2, unit="元"), seed=1406, lo=20, hi=80), gold_of(R5))

    # space_columns
    add("s01_layout_guangdong_quake", "space_columns", "广东", "地震",
        "pdftotext -layout of a declaration: long project name, implementing unit and 三级 names wrapped onto "
        "continuation lines, goal over several lines, labels centred on their merged blocks.",
        render_layout(classic_decl(S1, w=[12, 14, 22, 12])), gold_of(S1))
    add("s02_layout_sichuan_audit", "space_columns", "四川", "审计",
        "pdftotext -layout of a classic self-evaluation with narrow columns: qualitative target 审计实施结束后30日内 "
        "wrapped, long deviation texts over several lines, wrapped level labels.",
        render_layout(classic_self(S2, w=[8, 8, 14, 10, 8, 4, 4, 20])), gold_of(S2))
    add("s03_layout_dept_shaanxi_coop", "space_columns", "陕西", "供销",
        "pdftotext -layout of a department self-evaluation: wrapped label cells (部门（单位）名称, 预算执行情况（万元）), "
        "department name wrapped, wrapped names and deviation text.",
        render_layout(dept_self(S3, w=[8, 10, 14, 10, 10, 4, 4, 16])), gold_of(S3))
    add("s04_layout_dept_yunnan_airdef", "space_columns", "云南", "人防",
        "pdftotext -layout of a department target: long department name wrapped, task contents wrapped, "
        "date target 2023年11月底前 wrapped in a narrow value column.",
        render_layout(dept_target(S4, w=[12, 12, 22, 10])), gold_of(S4, funds=DT_FUNDS))
    add("s05_layout_jiangsu_bloodbank", "space_columns", "江苏", "血站",
        "pdftotext -layout of a declaration in 元 with a 备注 column (notes wrapped), wrapped names and "
        "2026年6月30日前 wrapped.",
        render_layout(classic_decl(S5, unit="元", note_col=True, w=[10, 12, 16, 10, 14])), gold_of(S5))

    # cell_per_line
    add("p01_cells_zhejiang_library", "cell_per_line", "浙江", "公共图书馆",
        "Word copy one cell per line of a declaration: merged labels printed once, empty cells as blank lines.",
        render_cells(classic_decl(P1)), gold_of(P1))
    add("p02_cells_guangdong_lottery", "cell_per_line", "广东", "体育彩票",
        "HTML copy one cell per line of a classic self-evaluation: empty cells as space-only lines, actuals with "
        "units, deviation texts, 自评等级.",
        render_cells(classic_self(P2), blank=" "), gold_of(P2))
    add("p03_cells_dept_sichuan_petition", "cell_per_line", "四川", "信访",
        "one cell per line of a department target: tasks with amounts, budget, goal; qualitative targets.",
        render_cells(dept_target(P3)), gold_of(P3, funds=DT_FUNDS))
    add("p04_cells_dept_shaanxi_grain", "cell_per_line", "陕西", "粮食和物资储备",
        "one cell per line of a department self-evaluation, blank lines for empty cells, 经济效益指标 after "
        "社会效益指标.",
        render_cells(dept_self(P4)), gold_of(P4))
    add("p05_cells_jiangsu_women", "cell_per_line", "江苏", "妇联",
        "one cell per line of a classic self-evaluation with short labels (产出/效益/满意度), empty cells as "
        "blank lines.",
        render_cells(classic_self(P5, SHORT1, None)), gold_of(P5))
    return D


def main():
    for d in (DOCS, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    meta = {}
    all_docs = docs()
    for i, fam, prov, sec, note, text, gold in all_docs:
        (DOCS / f"{i}.txt").write_text(text, "utf-8")
        (GOLD / f"{i}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
        meta[i] = {"family": fam, "province": prov, "sector": sec, "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8")
    n_forms = sum(len(g) for *_, g in all_docs)
    n_rows = sum(len(f["indicators"]) for *_, g in all_docs for f in g)
    print(f"{len(meta)} documents, {n_forms} forms, {n_rows} indicator rows")


if __name__ == "__main__":
    main()
