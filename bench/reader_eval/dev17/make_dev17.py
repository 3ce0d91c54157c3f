"""Write the dev17 reader check set (docs/*.txt, gold/*.json, meta.json).

All content (names, units, indicators, numbers) is invented for this set.
Run:  python bench/reader_eval/dev17/make_dev17.py
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

P, E, S, C = "产出指标", "效益指标", "满意度指标", "成本指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
JJ, SH, ST, KC, MY = "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"
JC, SC = "经济成本指标", "社会成本指标"


def ind(l1, l2, l3, op, val, unit, act=None, w=None, s=None, dev=None):
    return {"l1": l1, "l2": l2, "l3": l3, "op": op, "val": val, "unit": unit,
            "act": act, "w": w, "s": s, "dev": dev}


# ---------------------------------------------------------------- content
FORMS: dict[str, dict] = {}

FORMS["heilongjiang_post"] = {
    "kind": "decl", "year": 2025, "money": "万元",
    "name": "2025年农村邮政普遍服务网点提质项目",
    "dept": "黑龙江省绥化市邮政管理局", "unit": "绥化市邮政业安全发展中心",
    "funds": {"total": 386.5, "fiscal": 386.5, "carryover": 0, "other": 0},
    "goal": "对全市乡镇邮政普遍服务网点进行标准化改造，新增村级寄递物流综合服务站，实现建制村通邮率保持100%，农村群众用邮满意度达到90%以上。",
    "ind": [
        ind(P, SL, "改造乡镇邮政普遍服务网点", "≥", "42", "个"),
        ind(P, SL, "新建村级寄递物流综合服务站", "≥", "115", "个"),
        ind(P, ZL, "改造网点验收合格率", "=", "100", "%"),
        ind(P, SX, "改造任务完成时限", "", "2025年10月底前", ""),
        ind(P, CB, "单个网点改造补助标准", "≤", "4.5", "万元/个"),
        ind(E, SH, "建制村直接通邮率", "=", "100", "%"),
        ind(E, KC, "网点长效运营机制", "", "基本建立", ""),
        ind(S, MY, "农村群众用邮满意度", "≥", "90", "%"),
    ],
}

FORMS["jilin_assist"] = {
    "kind": "self", "year": 2024, "money": "万元",
    "name": "城乡最低生活保障和特困人员救助供养资金",
    "dept": "吉林省白山市民政局", "unit": "白山市社会救助服务中心",
    "funds": {"init": 9820, "total": 10146.8, "fiscal": 10146.8, "carryover": None, "other": None,
              "executed": 9987.3, "fscore": 9.84},
    "goal": "按时足额发放城乡低保金和特困人员供养金，保障困难群众基本生活，动态管理做到应保尽保、应退尽退。",
    "actual_goal": "全年累计保障城乡低保对象2.86万人、特困人员3120人，资金按月足额发放，开展低保专项治理2次。",
    "grade": "优",
    "ind": [
        ind(P, SL, "城乡低保保障人数", "≥", "2.8", "万人", "2.86万人", 15, 15),
        ind(P, SL, "特困人员救助供养人数", "≥", "3000", "人", "3120人", 10, 10),
        ind(P, ZL, "救助对象认定准确率", "≥", "98", "%", "98.6%", 10, 10),
        ind(P, SX, "救助资金发放时间", "", "每月10日前", "", "每月10日前", 10, 10),
        ind(E, SH, "困难群众基本生活保障水平", "", "稳步提高", "", "稳步提高", 15, 14,
            "部分县区提标文件下达较晚，下年度提前测算标准"),
        ind(E, KC, "社会救助动态管理机制", "", "持续运行", "", "持续运行", 10, 10),
        ind(S, MY, "救助对象满意度", "≥", "92", "%", "90.4%", 20, 19,
            "边远乡镇入户回访不足，下年度增加回访频次"),
    ],
}

FORMS["neimenggu_village_tv"] = {
    "kind": "decl", "year": 2026, "money": "万元",
    "name": "2026年广播电视村村通户户通运行维护项目",
    "dept": "内蒙古自治区赤峰市文化旅游体育局", "unit": "赤峰市广播电视传输保障中心",
    "funds": {"total": 624, "fiscal": 580, "carryover": 44, "other": 0},
    "goal": "保障全市农村牧区直播卫星户户通设备正常运行，完成故障设备维修更换，节目信号入户率保持在98%以上，提升农牧民收听收看质量。",
    "ind": [
        ind(P, SL, "维修更换户户通设备", "≥", "6800", "套"),
        ind(P, SL, "巡检村级广播电视设施", "≥", "1260", "个"),
        ind(P, ZL, "故障设备修复率", "≥", "97", "%"),
        ind(P, SX, "故障报修响应时间", "≤", "48", "小时"),
        ind(P, CB, "单套设备维修更换成本", "≤", "360", "元"),
        ind(E, SH, "农村牧区节目信号入户率", "≥", "98", "%"),
        ind(E, KC, "设施运维服务保障期", "≥", "3", "年"),
        ind(S, MY, "农牧民收视满意度", "≥", "91", "%"),
    ],
}

FORMS["xinjiang_realestate"] = {
    "kind": "self", "year": 2025, "money": "万元",
    "name": "不动产登记信息平台升级及存量档案数字化项目",
    "dept": "新疆维吾尔自治区昌吉州自然资源局", "unit": "昌吉州不动产登记中心",
    "funds": {"init": 468, "total": 468, "fiscal": 468, "carryover": None, "other": None,
              "executed": 451.2, "fscore": 9.64},
    "goal": "完成不动产登记信息平台升级改造，对存量纸质登记档案进行数字化加工，一般登记业务办理时限压缩至3个工作日以内。",
    "actual_goal": "平台升级完成并上线运行，数字化加工档案41.3万卷，一般登记业务平均办理时限2.6个工作日。",
    "grade": "优",
    "ind": [
        ind(P, SL, "存量登记档案数字化加工", "≥", "40", "万卷", "41.3万卷", 15, 15),
        ind(P, SL, "接入登记业务系统的部门", "≥", "6", "个", "6个", 10, 10),
        ind(P, ZL, "数字化档案质检合格率", "≥", "99", "%", "99.4%", 10, 10),
        ind(P, SX, "平台升级上线时间", "", "2025年9月底前", "", "2025年11月", 5, 3,
            "等保测评排队时间较长，上线推迟约两个月"),
        ind(C, JC, "档案数字化加工单价", "≤", "8.5", "元/卷", "8.2元/卷", 10, 10),
        ind(E, SH, "一般登记业务办理时限", "≤", "3", "个工作日", "2.6个工作日", 15, 15),
        ind(E, KC, "登记数据共享应用", "", "持续深化", "", "持续深化", 10, 10),
        ind(S, MY, "办事群众满意度", "≥", "95", "%", "96.2%", 15, 15),
    ],
}

FORMS["xizang_survey"] = {
    "kind": "decl", "year": 2024, "money": "万元",
    "name": "2024年基础测绘及地理信息数据更新项目",
    "dept": "西藏自治区林芝市自然资源局", "unit": "林芝市测绘地理信息中心",
    "funds": {"total": 735, "fiscal": 735, "carryover": None, "other": None},
    "goal": "完成重点区域1:2000数字线划图更新和基础地理信息数据库维护，建成卫星导航定位基准站，为国土空间规划和防灾减灾提供测绘保障。",
    "ind": [
        ind(P, SL, "1:2000数字线划图更新面积", "≥", "320", "平方公里"),
        ind(P, SL, "新建卫星导航定位基准站", "=", "4", "座"),
        ind(P, ZL, "测绘成果质量检验合格率", "=", "100", "%"),
        ind(P, SX, "成果提交时间", "", "2024年11月30日前", ""),
        ind(E, SH, "地理信息公共服务平台在线服务次数", "≥", "1.5", "万次"),
        ind(E, KC, "基础地理信息数据现势性", "", "明显提升", ""),
        ind(S, MY, "成果使用单位满意度", "≥", "90", "%"),
    ],
}

FORMS["qinghai_broadcast"] = {
    "kind": "dept", "year": 2025, "money": "万元",
    "name": "海东市广播电视台部门整体支出",
    "dept": "海东市广播电视台", "unit": "海东市广播电视台",
    "funds": {"total": 3862.4, "fiscal": 3712.4, "carryover": None, "other": 150},
    "tasks": [
        ("应急广播体系建设", "建设市县两级应急广播平台，完善乡村应急广播终端", 1260),
        ("广播电视节目制作播出", "自办新闻、专题节目制作播出及安全播出保障", 1684.4),
        ("台站运行维护", "发射台站设备运维和电费保障", 918),
    ],
    "goal": "建成覆盖全市的应急广播体系，做好广播电视安全播出，提升自办节目质量和传播力，重要保障期安全播出零事故。",
    "ind": [
        ind(P, SL, "新建更新乡村应急广播终端", "≥", "2400", "个"),
        ind(P, SL, "自办新闻节目播出时长", "≥", "2200", "小时"),
        ind(P, ZL, "重要保障期安全播出事故", "=", "0", "次"),
        ind(P, SX, "应急信息发布响应时间", "≤", "10", "分钟"),
        ind(E, SH, "应急广播行政村覆盖率", "≥", "96", "%"),
        ind(E, SH, "融媒体平台年浏览量", "≥", "3500", "万人次"),
        ind(S, MY, "听众观众满意度", "≥", "88", "%"),
    ],
}

FORMS["ningxia_tempaid"] = {
    "kind": "decl", "year": 2023, "money": "万元",
    "name": "2023年临时救助及急难型救助资金",
    "dept": "宁夏回族自治区石嘴山市民政局", "unit": "石嘴山市民政局社会救助科",
    "funds": {"total": 1180, "fiscal": 1120, "carryover": 60, "other": None},
    "goal": "对遭遇突发性、紧迫性、临时性生活困难的家庭和个人及时给予临时救助，急难型救助实行先行救助，救助资金足额及时发放。",
    "ind": [
        ind(P, SL, "临时救助人次", "≥", "5200", "人次"),
        ind(P, SL, "急难型先行救助人次", "≥", "600", "人次"),
        ind(P, ZL, "救助对象审核准确率", "≥", "98", "%"),
        ind(P, SX, "急难型救助审批时限", "≤", "24", "小时"),
        ind(P, CB, "人均临时救助标准", "", "按规定标准执行", ""),
        ind(E, SH, "困难群众急难问题解决率", "≥", "95", "%"),
        ind(E, KC, "临时救助“救急难”工作机制", "", "长期有效", ""),
        ind(S, MY, "受助群众满意度", "≥", "93", "%"),
    ],
}

FORMS["hainan_legalaid"] = {
    "kind": "dself", "year": 2024, "money": "万元",
    "name": "三亚市司法局部门整体支出",
    "dept": "三亚市司法局", "unit": "三亚市司法局",
    "funds": {"init": 5240.6, "total": 5518.2, "fiscal": 5318.2, "carryover": 200, "other": None,
              "executed": 5402.7, "fscore": 9.79},
    "goal": "做好法律援助、人民调解、社区矫正和普法依法治市工作，法律援助案件质量评查优良率不低于90%，矛盾纠纷调解成功率达到96%以上。",
    "actual_goal": "全年办理法律援助案件3864件，调解矛盾纠纷1.27万件，调解成功率97.3%，社区矫正对象再犯罪率控制在0.2%以内。",
    "grade": "优",
    "ind": [
        ind(P, SL, "办理法律援助案件", "≥", "3600", "件", "3864件", 10, 10),
        ind(P, SL, "调解矛盾纠纷", "≥", "1.2", "万件", "1.27万件", 10, 10),
        ind(P, ZL, "法律援助案件质量评查优良率", "≥", "90", "%", "92.5%", 10, 10),
        ind(P, SX, "法律援助申请审查办结时限", "≤", "7", "日", "5日", 10, 10),
        ind(C, JC, "法律援助案件平均补贴", "≤", "1800", "元/件", "1760元/件", 5, 5),
        ind(E, SH, "矛盾纠纷调解成功率", "≥", "96", "%", "97.3%", 15, 15),
        ind(E, SH, "社区矫正对象再犯罪率", "≤", "0.2", "%", "0.16%", 10, 10),
        ind(S, MY, "受援群众满意度", "≥", "95", "%", "93.8%", 20, 18.5,
            "个别案件承办律师与受援人沟通不及时，已纳入律师年度考核"),
    ],
}

# ---- Chongqing template forms (cq: type style, nature style)
FORMS["jilin_orphan"] = {
    "kind": "self", "cq": True, "year": 2024, "money": "万元",
    "name": "孤儿和事实无人抚养儿童基本生活保障资金",
    "dept": "吉林省延边州民政局", "unit": "延边州儿童福利院",
    "funds": {"total": 1466, "executed": 1428.3},
    "goal": "按月足额发放孤儿和事实无人抚养儿童基本生活费，集中养育孤儿每人每月不低于1800元，社会散居孤儿不低于1400元。",
    "actual_goal": "全年保障孤儿和事实无人抚养儿童716人，生活费按月足额发放，保障标准落实到位。",
    "ind": [
        ind(P, SL, "保障孤儿和事实无人抚养儿童人数", "≥", "700", "人", "716", 15),
        ind(P, SL, "开展儿童关爱走访", "≥", "4", "次", "4", 10),
        ind(P, ZL, "保障对象认定准确率", "=", "100", "%", "100", 10),
        ind(P, SX, "生活费按月发放及时率", "≥", "98", "%", "100", 10),
        ind(E, SH, "集中养育孤儿月保障标准", "≥", "1800", "元", "1850", 15),
        ind(E, SH, "儿童基本生活保障水平", "无", "稳步提升", "无", "稳步提升", 10),
        ind(S, MY, "儿童监护人满意度", "≥", "92", "%", "94", 10),
        ind("管理类指标", None, "预算执行率", "≥", "95", "%", "97.43", 10),
        ind("管理类指标", None, "资金使用合规性", "无", "合规", "无", "合规", 10),
    ],
}

FORMS["neimenggu_placenames"] = {
    "kind": "decl", "cq": True, "year": 2025, "money": "万元",
    "name": "第二次全国地名普查成果转化应用项目",
    "dept": "内蒙古自治区呼伦贝尔市民政局", "unit": "呼伦贝尔市地名服务中心",
    "funds": {"total": 215.6, "fiscal": 215.6, "other": 0},
    "goal": "完成地名普查成果数据库更新和地名标志设置，编纂出版标准地名录，开展乡村地名文化保护，地名信息公共服务更加便捷。",
    "ind": [
        ind(P, SL, "设置更新地名标志", "≥", "1850", "块", w=20),
        ind(P, SL, "编纂出版标准地名录", "=", "1", "部", w=10),
        ind(P, ZL, "地名标志设置规范率", "≥", "98", "%", w=10),
        ind(P, SX, "成果数据库更新完成时间", "≤", "10", "月", w=10),
        ind(P, CB, "单块地名标志制作安装成本", "≤", "420", "元/块", w=10),
        ind(E, SH, "地名信息公共服务查询量", "≥", "8", "万次", w=15),
        ind(E, KC, "乡村地名文化保护", "无", "有效传承", "无", w=10),
        ind(S, MY, "社会公众满意度", "≥", "90", "%", w=15),
    ],
}

FORMS["xinjiang_drugs"] = {
    "kind": "self", "cq": True, "year": 2023, "money": "万元",
    "name": "禁毒宣传教育及社区戒毒康复工作经费",
    "dept": "新疆维吾尔自治区哈密市公安局", "unit": "哈密市禁毒委员会办公室",
    "funds": {"total": 286, "executed": 279.4},
    "goal": "开展禁毒宣传“六进”活动，落实社区戒毒社区康复人员帮扶管控，全市吸毒人员占比持续下降，毒品预防教育覆盖全部中小学校。",
    "actual_goal": "开展禁毒宣传活动312场，社区戒毒社区康复执行率98.6%，毒品预防教育实现中小学全覆盖。",
    "ind": [
        ind(P, SL, "开展禁毒宣传活动", "≥", "300", "场", "312", 15, 15),
        ind(P, SL, "培训禁毒社工", "≥", "120", "人次", "108", 10, 9, "部分社工岗位调整，下年度补训"),
        ind(P, ZL, "社区戒毒社区康复执行率", "≥", "98", "%", "98.6", 15, 15),
        ind(P, SX, "宣传物料发放时间", "≤", "6", "月", "6", 10, 10),
        ind(E, SH, "中小学毒品预防教育覆盖率", "=", "100", "%", "100", 20, 20),
        ind(E, KC, "禁毒社会化工作体系", "无", "持续完善", "无", "持续完善", 10, 10),
        ind(S, MY, "社区群众禁毒工作满意度", "≥", "90", "%", "92.7", 20, 20),
    ],
}

FORMS["hainan_notary"] = {
    "kind": "decl", "cq": True, "year": 2026, "money": "元",
    "name": "公证法律服务便民提升项目",
    "dept": "海南省儋州市司法局", "unit": "儋州市公证处",
    "funds": {"total": 86.2, "fiscal": 86.2, "other": 0},
    "goal": "推行公证服务“最多跑一次”，建设线上公证服务平台，为困难群众减免公证费用，公证质量抽查合格率保持100%。",
    "ind": [
        ind(P, SL, "办理公证事项", "≥", "6500", "件", w=15),
        ind(P, SL, "为困难群众减免公证费用件数", "≥", "400", "件", w=10),
        ind(P, ZL, "公证质量抽查合格率", "≥", "100", "%", w=15),
        ind(P, SX, "一般公证事项出证时限", "≤", "5", "个工作日", w=10),
        ind(E, SH, "“最多跑一次”公证事项占比", "≥", "85", "%", w=15),
        ind(E, SH, "公证服务便利化水平", "", "明显提高", "", w=20),
        ind(S, MY, "公证当事人满意度", "≥", "95", "%", w=15),
    ],
}

FORMS["ningxia_arbitration"] = {
    "kind": "self", "cq": True, "year": 2025, "money": "万元",
    "name": "劳动人事争议仲裁院办案经费",
    "dept": "宁夏回族自治区吴忠市人力资源和社会保障局", "unit": "吴忠市劳动人事争议仲裁院",
    "funds": {"total": 132.5, "executed": 129.8},
    "goal": "依法及时处理劳动人事争议案件，推进仲裁院标准化建设，案件结案率达到95%以上，调解率不低于60%。",
    "actual_goal": "全年受理劳动人事争议案件2184件，结案率96.8%，调解率63.5%，仲裁案件按期结案。",
    "ind": [
        ind(P, SL, "受理劳动人事争议案件", "正向", "2000", "件", "2184", 15, 15),
        ind(P, SL, "开展仲裁员业务培训", "正向", "3", "期", "3", 10, 10),
        ind(P, ZL, "仲裁案件结案率", "正向", "95", "%", "96.8", 15, 15),
        ind(P, SX, "仲裁案件平均审理天数", "反向", "45", "天", "41", 10, 10),
        ind(E, SH, "劳动人事争议调解率", "正向", "60", "%", "63.5", 15, 15),
        ind(E, KC, "仲裁院标准化建设", "定性", "持续推进", "", "持续推进", 10, 10),
        ind(S, MY, "争议当事人满意度", "正向", "90", "%", "88.6", 25, 24),
    ],
}

FORMS["qinghai_forensic"] = {
    "kind": "self", "cq": True, "year": 2026, "money": "万元",
    "name": "司法鉴定机构规范化管理及质量评查经费",
    "dept": "青海省西宁市司法局", "unit": "西宁市司法鉴定管理办公室",
    "funds": {"total": 74.8, "executed": 71.9},
    "goal": "开展司法鉴定机构执业检查和质量评查，组织鉴定人继续教育培训，鉴定投诉按期办结，司法鉴定行业规范化水平进一步提升。",
    "actual_goal": "完成26家司法鉴定机构执业检查，评查鉴定文书520份，培训鉴定人410人次，投诉全部按期办结。",
    "ind": [
        ind(P, SL, "司法鉴定机构执业检查", "≥", "26", "家", "26", 15, 15),
        ind(P, SL, "评查司法鉴定文书", "≥", "500", "份", "520", 10, 10),
        ind(P, SL, "鉴定人继续教育培训", "≥", "400", "人次", "410", 10, 10),
        ind(P, ZL, "鉴定投诉按期办结率", "=", "100", "%", "100", 10, 10),
        ind(E, SH, "司法鉴定行业规范化水平", "无", "进一步提升", "无", "进一步提升", 15, 15),
        ind(S, MY, "鉴定委托人满意度", "≥", "90", "%", "86.5", 15, 13, "个别鉴定周期偏长，已督促机构压缩时限"),
        ind("管理类指标", None, "预算执行率", "≥", "95", "%", "96.12", 10, 10),
        ind("管理类指标", None, "财务监控有效性", "无", "有效", "无", "有效", 15, 15),
    ],
}

# ---- one_line_spaces
FORMS["heilongjiang_mediation"] = {
    "kind": "decl", "year": 2026, "money": "万元",
    "name": "2026年人民调解员以案定补经费",
    "dept": "黑龙江省牡丹江市司法局", "unit": "牡丹江市人民调解工作指导中心",
    "funds": {"total": 168, "fiscal": 168, "carryover": 0, "other": 0},
    "goal": "对人民调解员成功调解的矛盾纠纷实行以案定补，调动调解员积极性，全年调解矛盾纠纷9000件以上，调解成功率达到97%。",
    "ind": [
        ind(P, SL, "以案定补调解案件", "≥", "9000", "件"),
        ind(P, SL, "培训专兼职人民调解员", "≥", "1600", "人次"),
        ind(P, ZL, "调解卷宗规范率", "≥", "95", "%"),
        ind(P, SX, "补贴发放时间", "", "每季度首月", ""),
        ind(P, CB, "一般纠纷每件补贴标准", "≤", "150", "元"),
        ind(E, SH, "矛盾纠纷调解成功率", "≥", "97", "%"),
        ind(E, SH, "民转刑案件发生数", "=", "0", "件"),
        ind(S, MY, "纠纷当事人满意度", "≥", "94", "%"),
    ],
}

FORMS["xizang_fraud"] = {
    "kind": "self", "year": 2025, "money": "万元",
    "name": "打击治理电信网络诈骗宣传防范专项经费",
    "dept": "西藏自治区日喀则市公安局", "unit": "日喀则市反电信网络诈骗中心",
    "funds": {"init": 96, "total": 112, "fiscal": 112, "carryover": None, "other": None,
              "executed": 108.6, "fscore": 9.7},
    "goal": "开展反诈宣传进村入户，推广国家反诈中心APP，及时预警劝阻潜在受害群众，电信网络诈骗案件发案数同比下降。",
    "actual_goal": "开展反诈宣传活动486场，国家反诈中心APP注册率达到68%，预警劝阻4210人次，发案数同比下降21.4%。",
    "grade": "优",
    "ind": [
        ind(P, SL, "开展反诈宣传活动", "≥", "450", "场", "486场", 15, 15),
        ind(P, SL, "预警劝阻潜在受害群众", "≥", "4000", "人次", "4210人次", 15, 15),
        ind(P, ZL, "国家反诈中心APP注册率", "≥", "70", "%", "68%", 10, 9,
            "牧区群众智能手机使用率低，下一步以村为单位集中推广"),
        ind(P, SX, "预警信息处置时限", "≤", "30", "分钟", "25分钟", 10, 10),
        ind(E, SH, "电信网络诈骗发案数同比下降", "≥", "15", "%", "21.4%", 20, 20),
        ind(E, KC, "全民反诈意识", "", "明显增强", "", "明显增强", 10, 10),
        ind(S, MY, "群众反诈宣传满意度", "≥", "90", "%", "93%", 10, 10),
    ],
}

FORMS["jilin_fire"] = {
    "kind": "dself", "year": 2025, "money": "万元",
    "name": "松原市应急管理局部门整体支出",
    "dept": "松原市应急管理局", "unit": "松原市应急管理局",
    "funds": {"init": 4186.5, "total": 4402.5, "fiscal": 4302.5, "carryover": 100, "other": None,
              "executed": 4291.8, "fscore": 9.75},
    "goal": "加强安全生产监管执法和消防安全综合治理，完善应急物资储备，生产安全事故起数和死亡人数实现双下降，火灾形势总体平稳。",
    "actual_goal": "开展安全生产执法检查2360家次，整改火灾隐患1.42万处，生产安全事故起数同比下降12.5%，未发生较大以上火灾。",
    "grade": "优",
    "ind": [
        ind(P, SL, "安全生产执法检查企业", "≥", "2200", "家次", "2360家次", 10, 10),
        ind(P, SL, "整改火灾隐患", "≥", "1.3", "万处", "1.42万处", 10, 10),
        ind(P, ZL, "重大事故隐患整改销号率", "=", "100", "%", "100%", 15, 15),
        ind(P, SX, "应急物资补充到位时间", "", "汛期前", "", "5月底", 10, 10),
        ind(E, SH, "生产安全事故起数同比下降", "≥", "10", "%", "12.5%", 15, 15),
        ind(E, SH, "较大以上火灾事故", "=", "0", "起", "0起", 10, 10),
        ind(S, MY, "企业和群众满意度", "≥", "90", "%", "88%", 20, 19, "执法服务指导不够，下年度推行“执法+服务”"),
    ],
}

FORMS["xinjiang_safety"] = {
    "kind": "dept", "year": 2026, "money": "万元",
    "name": "克拉玛依市应急管理局部门整体支出",
    "dept": "克拉玛依市应急管理局", "unit": "克拉玛依市应急管理局",
    "funds": {"total": 2946.3, "fiscal": 2946.3, "carryover": None, "other": 0},
    "tasks": [
        ("安全生产监管执法", "危化品、油气开采企业执法检查和专家指导服务", 864.3),
        ("应急救援能力建设", "应急救援队伍训练、装备购置和综合演练", 1232),
        ("防灾减灾宣传", "防灾减灾日、安全生产月宣传活动", 150),
    ],
    "goal": "压实企业安全生产主体责任，提升危化品和油气开采领域本质安全水平，加强应急救援能力建设，坚决遏制较大以上生产安全事故。",
    "ind": [
        ind(P, SL, "危化品和油气开采企业执法检查", "≥", "480", "家次"),
        ind(P, SL, "组织综合应急演练", "≥", "12", "次"),
        ind(P, ZL, "执法案卷评查合格率", "≥", "95", "%"),
        ind(P, SX, "重大隐患挂牌督办整改时限", "", "按期整改", ""),
        ind(E, SH, "较大以上生产安全事故", "=", "0", "起"),
        ind(E, SH, "亿元GDP生产安全事故死亡率同比下降", "≥", "5", "%"),
        ind(S, MY, "企业对执法服务满意度", "≥", "90", "%"),
    ],
}

# ---- run_together
FORMS["hainan_flood"] = {
    "kind": "self", "year": 2024, "money": "万元",
    "name": "防汛抗旱物资储备及山洪灾害监测预警运维项目",
    "dept": "海南省琼海市水务局", "unit": "琼海市防汛抗旱服务中心",
    "funds": {"init": 355, "total": 355, "fiscal": 355, "carryover": None, "other": None,
              "executed": 338.7, "fscore": 9.54},
    "goal": "补充储备防汛抗旱物资，保障山洪灾害监测预警系统正常运行，汛期预警信息及时发布，确保不发生因灾死亡事件。",
    "actual_goal": "补充储备编织袋、救生衣等物资12类，监测站点完好率97.5%，发布预警信息186条，未发生因灾死亡事件。",
    "grade": "优",
    "ind": [
        ind(P, SL, "补充储备防汛物资种类", "≥", "10", "类", "12类", 10, 10),
        ind(P, SL, "运维山洪灾害监测站点", "≥", "140", "个", "146个", 10, 10),
        ind(P, ZL, "监测站点设备完好率", "≥", "98", "%", "97.5%", 15, 14,
            "台风过境损坏站点3个，已在汛后修复"),
        ind(P, SX, "物资储备到位时间", "", "5月31日前", "", "5月28日", 10, 10),
        ind(P, CB, "站点年均运维成本", "≤", "1.2", "万元/个", "1.15万元/个", 10, 10),
        ind(E, SH, "因灾死亡事件", "=", "0", "起", "0起", 15, 15),
        ind(E, KC, "山洪灾害防御能力", "", "持续提升", "", "持续提升", 10, 10),
        ind(S, MY, "沿河群众满意度", "≥", "90", "%", "92%", 10, 10),
    ],
}

FORMS["ningxia_minors"] = {
    "kind": "dept", "year": 2024, "money": "万元",
    "name": "固原市民政局部门整体支出",
    "dept": "固原市民政局", "unit": "固原市民政局",
    "funds": {"total": 6230.8, "fiscal": 6030.8, "carryover": None, "other": 200},
    "tasks": [
        ("未成年人保护", "未成年人救助保护机构运行和农村留守儿童关爱服务", 486),
        ("社会救助", "城乡低保、特困供养和临时救助", 5210.8),
        ("基层政权建设", "村（社区）规范化建设和社会组织管理", 534),
    ],
    "goal": "健全未成年人保护工作体系，做好农村留守儿童和困境儿童关爱服务，兜牢困难群众基本生活底线，提升基层治理水平。",
    "ind": [
        ind(P, SL, "困境儿童和留守儿童关爱走访", "≥", "4800", "人次"),
        ind(P, SL, "乡镇未成年人保护工作站建成数", "≥", "65", "个"),
        ind(P, ZL, "困境儿童信息动态更新率", "=", "100", "%"),
        ind(P, SX, "社会救助资金发放", "", "按月发放", ""),
        ind(E, SH, "困难群众基本生活", "", "有效保障", ""),
        ind(E, KC, "未成年人保护工作机制", "", "健全完善", ""),
        ind(S, MY, "服务对象满意度", "≥", "90", "%"),
    ],
}

FORMS["heilongjiang_safety"] = {
    "kind": "decl", "year": 2023, "money": "元",
    "name": "2023年工贸企业安全生产标准化提升项目",
    "dept": "黑龙江省大庆市应急管理局", "unit": "大庆市安全生产技术服务中心",
    "funds": {"total": 126.85, "fiscal": 118.85, "carryover": 8, "other": 0},
    "goal": "指导工贸企业开展安全生产标准化建设，组织专家开展隐患排查和安全培训，规上工贸企业标准化达标率达到85%以上。",
    "ind": [
        ind(P, SL, "专家指导服务工贸企业", "≥", "320", "家"),
        ind(P, SL, "企业主要负责人安全培训", "≥", "900", "人"),
        ind(P, ZL, "排查隐患整改率", "≥", "96", "%"),
        ind(P, SX, "专家服务完成时间", "", "2023年11月底前", ""),
        ind(P, CB, "每家企业专家服务费", "≤", "3500", "元"),
        ind(E, SH, "规上工贸企业标准化达标率", "≥", "85", "%"),
        ind(E, KC, "企业安全管理水平", "", "稳步提高", ""),
        ind(S, MY, "服务企业满意度", "≥", "90", "%"),
    ],
}

FORMS["xizang_tv_cq"] = {
    "kind": "self", "cq": True, "year": 2024, "money": "万元",
    "name": "高海拔地区无线广播电视发射台站运行保障经费",
    "dept": "西藏自治区那曲市文化局", "unit": "那曲市广播电视发射台",
    "funds": {"total": 412, "executed": 398.6},
    "goal": "保障高海拔发射台站设备稳定运行，确保中央和自治区广播电视节目无线覆盖，安全播出停播率控制在规定范围内。",
    "actual_goal": "15座发射台站全年安全运行，节目无线覆盖率达到96.2%，停播率为每百小时8秒。",
    "ind": [
        ind(P, SL, "保障运行发射台站", "=", "15", "座", "15", 15, 15),
        ind(P, SL, "发射设备巡检", "≥", "180", "次", "192", 10, 10),
        ind(P, ZL, "节目停播率", "≤", "10", "秒/百小时", "8", 15, 15),
        ind(P, SX, "设备故障修复时间", "≤", "24", "小时", "26", 10, 8, "冬季道路结冰，备件运输延误"),
        ind(E, SH, "节目无线覆盖率", "≥", "96", "%", "96.2", 20, 20),
        ind(E, KC, "台站值守人员队伍", "无", "保持稳定", "无", "保持稳定", 10, 10),
        ind(S, MY, "农牧民收听收看满意度", "≥", "90", "%", "91.4", 20, 20),
    ],
}

# ---- space_columns
FORMS["jilin_flood"] = {
    "kind": "decl", "year": 2025, "money": "万元",
    "name": "2025年中小河流防汛抗旱能力提升及水毁工程修复项目",
    "dept": "吉林省通化市水利局", "unit": "通化市河道管理站（通化市防汛抗旱物资储备中心）",
    "funds": {"total": 1580, "fiscal": 1400, "carryover": 180, "other": 0},
    "goal": "修复2024年汛期水毁堤防护岸工程，对重点河段实施清淤疏浚，补充防汛抗旱物资储备，提升中小河流防洪标准和城乡抗旱供水保障能力。",
    "ind": [
        ind(P, SL, "修复水毁堤防护岸长度", "≥", "18.6", "公里"),
        ind(P, SL, "重点河段清淤疏浚土方量", "≥", "42", "万立方米"),
        ind(P, ZL, "水毁修复工程质量验收合格率", "=", "100", "%"),
        ind(P, SX, "水毁工程主汛期前完工率", "≥", "90", "%"),
        ind(P, CB, "每公里堤防修复平均成本", "≤", "55", "万元"),
        ind(E, SH, "受保护沿河村屯人口", "≥", "6.5", "万人"),
        ind(E, ST, "河道行洪能力和水生态环境", "", "明显改善", ""),
        ind(S, MY, "沿河受益群众满意度", "≥", "92", "%"),
    ],
}

FORMS["neimenggu_legalaid"] = {
    "kind": "self", "year": 2023, "money": "万元",
    "name": "法律援助中央补助地方专项资金",
    "dept": "内蒙古自治区乌兰察布市司法局", "unit": "乌兰察布市法律援助中心",
    "funds": {"init": 246, "total": 268.5, "fiscal": 268.5, "carryover": None, "other": None,
              "executed": 255.2, "fscore": 9.5},
    "goal": "为经济困难公民和特殊案件当事人提供法律援助服务，扩大法律援助覆盖面，推进法律援助工作站向苏木乡镇延伸。",
    "actual_goal": "全年办理法律援助案件2476件，提供法律咨询1.9万人次，新建苏木乡镇法律援助工作站12个。",
    "grade": "良",
    "ind": [
        ind(P, SL, "办理法律援助案件", "≥", "2400", "件", "2476件", 15, 15),
        ind(P, SL, "新建苏木乡镇法律援助工作站", "≥", "15", "个", "12个", 10, 8,
            "部分苏木乡镇办公用房未落实，3个工作站建设顺延至下一年度"),
        ind(P, ZL, "法律援助案件质量评查合格率", "≥", "95", "%", "96.4%", 15, 15),
        ind(P, SX, "案件补贴发放时间", "", "结案后30日内", "", "结案后30日内", 10, 10),
        ind(E, SH, "农牧民工讨薪法律援助案件挽回损失", "≥", "1200", "万元", "1356万元", 10, 10),
        ind(E, KC, "法律援助服务网络", "", "逐步完善", "", "逐步完善", 10, 8,
            "工作站人员以兼职为主，计划通过购买服务配备专职人员"),
        ind(S, MY, "受援人满意度", "≥", "95", "%", "94.2%", 20, 19, "电话回访覆盖不足"),
    ],
}

FORMS["hainan_civil"] = {
    "kind": "dept", "year": 2023, "money": "万元",
    "name": "五指山市民政局部门整体支出",
    "dept": "五指山市民政局", "unit": "五指山市民政局",
    "funds": {"total": 3684.6, "fiscal": 3584.6, "carryover": None, "other": 100},
    "tasks": [
        ("社会救助", "城乡低保、特困人员救助供养、临时救助资金发放和低保动态管理", 2846.6),
        ("养老服务", "乡镇敬老院运营补贴、高龄老人长寿补贴和居家养老服务", 612),
        ("婚姻殡葬及地名服务", "婚姻登记、节地生态安葬奖补、地名标志维护", 226),
    ],
    "goal": "兜牢民生保障底线，城乡低保和特困人员救助供养做到应保尽保，高龄长寿补贴按时足额发放，推进乡镇敬老院提质改造和节地生态安葬。",
    "ind": [
        ind(P, SL, "城乡低保保障人数", "≥", "9800", "人"),
        ind(P, SL, "发放高龄长寿补贴人数", "≥", "2600", "人"),
        ind(P, ZL, "低保对象动态管理“应保尽保”率", "=", "100", "%"),
        ind(P, SX, "长寿补贴发放时间", "", "每季度首月15日前", ""),
        ind(P, CB, "敬老院提质改造平均成本", "≤", "40", "万元/所"),
        ind(E, SH, "困难群众基本生活保障", "", "有效保障", ""),
        ind(E, ST, "节地生态安葬率", "≥", "55", "%"),
        ind(S, MY, "服务对象满意度", "≥", "92", "%"),
    ],
}

FORMS["ningxia_justice_dself"] = {
    "kind": "dself", "year": 2026, "money": "万元",
    "name": "中卫市司法局部门整体支出",
    "dept": "中卫市司法局", "unit": "中卫市司法局",
    "funds": {"init": 2318, "total": 2456.4, "fiscal": 2456.4, "carryover": None, "other": None,
              "executed": 2389.5, "fscore": 9.73},
    "goal": "推进公共法律服务体系建设，做好人民调解、公证和法律援助工作，完成“九五”普法启动工作，行政规范性文件合法性审核率100%。",
    "actual_goal": "建成村（社区）公共法律服务工作室426个，调解纠纷5218件，办理公证4630件，合法性审核率100%。",
    "grade": "优",
    "ind": [
        ind(P, SL, "村（社区）公共法律服务工作室", "≥", "420", "个", "426个", 10, 10),
        ind(P, SL, "办理公证事项", "≥", "4500", "件", "4630件", 10, 10),
        ind(P, ZL, "行政规范性文件合法性审核率", "=", "100", "%", "100%", 15, 15),
        ind(P, SX, "法治宣传教育计划完成时间", "", "每学期开学后一个月内", "", "每学期开学后一个月内", 10, 10),
        ind(E, SH, "矛盾纠纷调解成功率", "≥", "96", "%", "95.1%", 15, 14,
            "婚姻家庭类纠纷占比上升，调解难度加大，下年度引入专业调解员"),
        ind(E, KC, "公共法律服务体系", "", "基本健全", "", "基本健全", 10, 10),
        ind(S, MY, "群众对公共法律服务满意度", "≥", "93", "%", "94.6%", 20, 20),
    ],
}

FORMS["xinjiang_post"] = {
    "kind": "decl", "year": 2024, "money": "元",
    "name": "2024年边远乡镇邮政普遍服务补贴项目",
    "dept": "新疆维吾尔自治区阿勒泰地区邮政管理局", "unit": "阿勒泰地区邮政普遍服务保障中心",
    "funds": {"total": 92.48, "fiscal": 92.48, "carryover": 0, "other": 0},
    "goal": "对边远乡镇邮政普遍服务营业场所和邮路运行给予补贴，保障乡镇邮件投递频次每周不少于5次，边境村通邮率保持100%。",
    "ind": [
        ind(P, SL, "补贴边远乡镇邮政营业场所", "≥", "36", "处"),
        ind(P, SL, "保障农村邮路长度", "≥", "4200", "公里"),
        ind(P, ZL, "乡镇邮件每周投递频次", "≥", "5", "次"),
        ind(P, SX, "补贴资金拨付时间", "", "2024年6月30日前", ""),
        ind(P, CB, "每处营业场所年补贴标准", "≤", "18000", "元"),
        ind(E, SH, "边境村通邮率", "=", "100", "%"),
        ind(E, KC, "邮政普遍服务长效保障", "", "持续稳定", ""),
        ind(S, MY, "边远地区群众用邮满意度", "≥", "90", "%"),
    ],
}

FORMS["qinghai_realestate"] = {
    "kind": "self", "year": 2024, "money": "万元",
    "name": "农村牧区房地一体宅基地确权登记颁证项目",
    "dept": "青海省海北州自然资源局", "unit": "海北州不动产登记局",
    "funds": {"init": 520, "total": 584, "fiscal": 584, "carryover": None, "other": None,
              "executed": 566.4, "fscore": 9.7},
    "goal": "完成农村牧区房地一体宅基地和集体建设用地权籍调查，登记颁发不动产权证书，登记成果纳入不动产登记信息平台统一管理。",
    "actual_goal": "完成权籍调查3.36万宗，颁发不动产权证书2.95万本，成果全部入库。",
    "grade": "良",
    "ind": [
        ind(P, SL, "完成房地一体权籍调查宗地", "≥", "3.2", "万宗", "3.36万宗", 15, 15),
        ind(P, SL, "颁发不动产权证书", "≥", "3", "万本", "2.95万本", 15, 13,
            "部分牧户长期在外放牧，证书领取滞后，已委托村委会代为通知"),
        ind(P, ZL, "权籍调查成果质检合格率", "≥", "98", "%", "98.7%", 10, 10),
        ind(P, SX, "登记成果入库时间", "", "2024年12月20日前", "", "2024年12月18日", 10, 10),
        ind(E, SH, "农牧民宅基地合法权益保障", "", "有效保障", "", "有效保障", 15, 15),
        ind(E, KC, "登记数据持续更新机制", "", "建立", "", "已建立", 10, 10),
        ind(S, MY, "农牧民满意度", "≥", "90", "%", "87.2%", 15, 12,
            "颁证进度晚于预期，部分群众反映等待时间长"),
    ],
}


# ---------------------------------------------------------------- labels
L1_SHORT = {P: "产出", E: "效益", S: "满意度", C: "成本"}
L2_SHORT = {SL: "数量", ZL: "质量", SX: "时效", CB: "成本", JJ: "经济效益", SH: "社会效益",
            ST: "生态效益", KC: "可持续影响", MY: "服务对象满意度", JC: "经济成本", SC: "社会成本"}
CN_NUM = "一二三四五六七八九十"
L1_POINTS = {P: 50, E: 30, S: 10, C: 10}


def spaced(text):
    return " ".join(text)


def lab1(l1, style, i, pts=None):
    if style == "short":
        return L1_SHORT.get(l1, l1)
    if style == "short_keep_s":
        return {P: "产出", E: "效益"}.get(l1, l1)
    if style == "num":
        return f"{CN_NUM[i]}、{l1}"
    if style == "points":
        return f"{l1}（{pts if pts is not None else L1_POINTS.get(l1, 10)}分）"
    if style == "cls":
        return l1.replace("指标", "类指标")
    if style == "spaced":
        return spaced(l1)
    if style == "num_points":
        return f"{CN_NUM[i]}、{l1}（{pts}分）"
    return l1


def lab2(l2, style, i):
    if style == "short":
        return L2_SHORT.get(l2, l2)
    if style == "build":
        return {SL: "数量指标(或建筑规模指标)", SH: "社会效益", ST: "生态效益", KC: "可持续影响",
                MY: "满意度指标"}.get(l2, l2)
    if style == "num":
        return f"（{CN_NUM[i]}）{l2}"
    if style == "arabic":
        return f"{i + 1}.{l2}"
    if style == "env":
        return {ST: "环境效益指标", MY: "满意度指标"}.get(l2, l2)
    if style == "spaced":
        return spaced(l2)
    return l2


# ---------------------------------------------------------------- helpers
def fmtn(x):
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)


def amount(x, money):
    if x is None:
        return ""
    if money == "元":
        return f"{x * 10000:,.2f}"
    return fmtn(x)


def yuan(x):
    return None if x is None else round(x * 10000, 2)


def target_of(it):
    if it["op"] in ("无", "定性", "正向", "反向"):
        return it["val"] + ("" if it["op"] in ("无", "定性") else it["unit"])
    return it["op"] + it["val"] + it["unit"]


def rate(f):
    fu = f["funds"]
    return round(fu["executed"] / fu["total"] * 100, 2)


def total_score(f):
    sc = [it["s"] for it in f["ind"] if it["s"] is not None]
    if not sc:
        return None
    tot = sum(sc) + (f["funds"].get("fscore") or 0)
    return round(tot, 2)


def blocks(items, key):
    """(start, end) index ranges of consecutive equal keys."""
    out, start = [], 0
    for i in range(1, len(items) + 1):
        if i == len(items) or key(items[i]) != key(items[start]):
            out.append((start, i))
            start = i
    return out


def label_rows(n_rows, ranges, pos):
    """Row index at which each block's label is printed."""
    res = {}
    for a, b in ranges:
        res[a if pos == "first" else a + (b - a - 1) // 2] = (a, b)
    return res


# ---------------------------------------------------------------- classic builders
def title_of(f, variant=0):
    y = f["year"]
    k = f["kind"]
    if k == "decl":
        return [f"{y}年度项目支出绩效目标申报表", f"项目支出绩效目标表（{y}年度）"][variant]
    if k == "self":
        return ["项目支出绩效自评表", f"{y}年度项目支出绩效自评表"][variant] + ("" if variant else f"（{y}年度）")
    if k == "dept":
        return f"{y}年度部门整体支出绩效目标表"
    return f"{y}年度部门整体支出绩效自评表"


def head_rows(f, variant=0):
    m = f["money"]
    fu = f["funds"]
    rows = []
    k = f["kind"]
    if k in ("decl", "self"):
        rows.append(["项目名称", f["name"]])
        rows.append(["主管部门", f["dept"], "实施单位", f["unit"]])
    else:
        rows.append(["部门（单位）名称", f["dept"]])
    if k == "decl":
        lab = f"项目资金（{m}）" if variant == 0 else f"资金情况（{m}）"
        rows.append([lab, "年度资金总额", amount(fu["total"], m)])
        rows.append(["", "其中：财政拨款", amount(fu["fiscal"], m)])
        rows.append(["", "上年结转资金", amount(fu.get("carryover"), m)])
        rows.append(["", "其他资金", amount(fu.get("other"), m)])
        rows.append(["年度目标" if variant == 0 else "年度绩效目标", f["goal"]])
    elif k == "dept":
        rows.append(["年度主要任务", "任务名称", "主要内容", f"预算金额（{m}）"])
        for t, c, a in f["tasks"]:
            rows.append(["", t, c, amount(a, m)])
        rows.append([f"年度预算（{m}）", "金额合计", amount(fu["total"], m)])
        rows.append(["", "其中：财政拨款", amount(fu["fiscal"], m)])
        rows.append(["", "其他资金", amount(fu.get("other"), m)])
        rows.append(["年度总体目标", f["goal"]])
    else:
        lab = f"项目资金（{m}）" if k == "self" else f"预算执行情况（{m}）"
        init = fu["init"]
        same = fu["fiscal"] == fu["total"]
        rows.append([lab, "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        rows.append(["", "年度资金总额", amount(init, m), amount(fu["total"], m), amount(fu["executed"], m),
                     "10", f"{rate(f)}%", fmtn(fu["fscore"])])
        if same:
            rows.append(["", "其中：本年财政拨款", amount(init, m), amount(fu["fiscal"], m),
                         amount(fu["executed"], m), "—", "", "—"])
        else:
            fi = fu["fiscal"]
            rows.append(["", "其中：本年财政拨款", "", amount(fi, m), "", "—", "", "—"])
        if fu.get("carryover") is not None:
            rows.append(["", "上年结转资金", "", amount(fu["carryover"], m), "", "—", "", "—"])
        else:
            rows.append(["", "上年结转资金", "", "", "", "—", "", "—"])
        rows.append(["", "其他资金", "", "", "", "—", "", "—"])
        rows.append(["年度总体目标", "预期目标", "实际完成情况"])
        rows.append(["", f["goal"], f["actual_goal"]])
    return rows


def table_rows(f, l1s="std", l2s="std", pos="first", lead=None, note=None, combined=False):
    items = f["ind"]
    self_ = f["kind"] in ("self", "dself")
    hdr = []
    if combined:
        hdr = ["指标类别", "绩效指标", "指标值"]
    else:
        hdr = ["一级指标", "二级指标", "三级指标", "年度指标值" if self_ else "指标值"]
    if self_:
        hdr += ["实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    if note:
        hdr.append("备注")
    rows = []
    r1 = blocks(items, key_l1)
    r2 = blocks(items, key_l12)
    at1 = label_rows(len(items), r1, pos)
    at2 = label_rows(len(items), r2, pos)
    idx1 = {a: n for n, (a, _b) in enumerate(r1)}
    idx2 = {}
    for a, b in r1:
        n = 0
        for c, _d in r2:
            if a <= c < b:
                idx2[c] = n
                n += 1
    for i, it in enumerate(items):
        c1 = c2 = ""
        if i in at1:
            a, b = at1[i]
            pts = sum(x["w"] for x in items[a:b]) if items[a]["w"] is not None else None
            c1 = lab1(it["l1"], l1s, idx1[a], pts)
        if i in at2:
            a, b = at2[i]
            c2 = lab2(it["l2"], l2s, idx2[a])
        if combined:
            cells = [f"{c1} {c2}".strip() if (c1 or c2) else "", it["l3"], target_of(it)]
            if i in at2 and not c1:
                cells[0] = f"{it['l1']} {c2}"
        else:
            cells = [c1, c2, it["l3"], target_of(it)]
        if self_:
            cells += [it["act"] or "", fmtn(it["w"]), fmtn(it["s"]), it["dev"] or ""]
        if note:
            cells.append(note.get(i, ""))
        rows.append(cells)
    if lead:
        hdr = [lead] + hdr
        rows = [[""] + r for r in rows]
    tail = []
    if self_:
        tail = [["总分", "", "", "", "", "", "100", fmtn(total_score(f))]]
        if f.get("grade"):
            tail.append(["自评等级", f["grade"]])
    return hdr, rows, tail


def key_l1(it):
    return it["l1"]


def key_l12(it):
    return (it["l1"], it["l2"])


# ---------------------------------------------------------------- Chongqing builders
EVAL_STD = "达到目标值得满分，未达到按完成比例得分"


def cq_type(it, style):
    if it["l2"] is None or style == "cls":
        return it["l1"].replace("指标", "类指标") if it["l1"] in (P, E, S) else it["l1"]
    if style == "short":
        return L2_SHORT.get(it["l2"], it["l2"])
    return it["l2"]


def cq_nature_cells(it, nat):
    op, val, unit = it["op"], it["val"], it["unit"]
    if nat == "dl":
        if op in ("", "无"):
            return ["定性", val, ""]
        return ["定量", op + val, unit]
    if nat == "pos":
        return [op, val, unit]
    if op == "":
        return ["无", val, "无"]
    return [op, val, unit]


def cq_target(it, nat):
    if nat == "dl":
        return it["val"] if it["op"] in ("", "无") else it["op"] + it["val"] + it["unit"]
    if it["op"] == "":
        return it["val"]
    return target_of(it)


def cq_rows(f, types="l2", nat="sign", pos="first", std_col=False):
    """Return (head, table header, table rows, tail)."""
    m = f["money"]
    fu = f["funds"]
    self_ = f["kind"] == "self"
    y = f["year"]
    title = f"{y}年度项目支出绩效{'自评表' if self_ else '目标申报表'}"
    head = [[title], ["项目名称", f["name"]], ["项目实施单位", f["unit"], "项目主管部门", f["dept"]]]
    if self_:
        head.append([f"项目预算执行情况（{m}）", "全年预算数（A）", "全年执行数（B）"])
        head.append(["", amount(fu["total"], m), amount(fu["executed"], m)])
        head.append(["当年绩效目标", "全年绩效目标", "全年目标实际完成情况"])
        head.append(["", f["goal"], f["actual_goal"]])
    else:
        head.append([f"年度资金总额（{m}）", amount(fu["total"], m), "财政拨款", amount(fu["fiscal"], m),
                     "其他资金", amount(fu["other"], m)])
        head.append(["年度绩效目标", f["goal"]])
    hdr = ["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]
    if self_:
        hdr += ["全年完成值"] + (["评价标准"] if std_col else ["得分", "偏差原因"])
    items = f["ind"]
    rng = blocks(items, lambda it: cq_type(it, types))
    at = label_rows(len(items), rng, pos)
    rows = []
    for i, it in enumerate(items):
        cells = [cq_type(it, types) if i in at else "", it["l3"]] + cq_nature_cells(it, nat) + [fmtn(it["w"])]
        if self_:
            cells.append(it["act"])
            cells += [EVAL_STD] if std_col else [fmtn(it["s"]), it["dev"] or ""]
        rows.append(cells)
    tail = []
    if self_ and not std_col:
        tail = [["自评得分", fmtn(total_score(f))]]
    elif self_:
        tail = [["合计"]]
    return head, hdr, rows, tail


# ---------------------------------------------------------------- gold
def gold_of(f, cq=None):
    k = f["kind"]
    fu = f["funds"]
    form = {"decl": "target_declaration", "self": "self_evaluation", "dept": "department_target",
            "dself": "department_self_evaluation"}[k]
    if cq:
        types, nat, std_col = cq
        if k == "self":
            funds = {"total": yuan(fu["total"]), "fiscal": None, "carryover": None, "other": None,
                     "executed": yuan(fu["executed"]), "execution_rate": None}
        else:
            funds = {"total": yuan(fu["total"]), "fiscal": yuan(fu["fiscal"]), "carryover": None,
                     "other": yuan(fu["other"]), "executed": None, "execution_rate": None}
    elif k in ("self", "dself"):
        funds = {"total": yuan(fu["total"]), "fiscal": yuan(fu["fiscal"]), "carryover": yuan(fu.get("carryover")),
                 "other": None, "executed": yuan(fu["executed"]), "execution_rate": rate(f)}
    else:
        funds = {"total": yuan(fu["total"]), "fiscal": yuan(fu["fiscal"]), "carryover": yuan(fu.get("carryover")),
                 "other": yuan(fu.get("other")), "executed": None, "execution_rate": None}
    inds = []
    for it in f["ind"]:
        if cq:
            if types == "cls" or it["l2"] is None:
                l1, l2 = it["l1"], None
            else:
                l1, l2 = it["l1"], it["l2"]
            tgt = cq_target(it, nat)
            score = None if std_col else it["s"]
            dev = None if std_col else it["dev"]
        else:
            l1, l2, tgt, score, dev = it["l1"], it["l2"], target_of(it), it["s"], it["dev"]
        inds.append({"level1": l1, "level2": l2, "level3": it["l3"], "target": tgt,
                     "actual": it["act"], "weight": it["w"], "score": score, "deviation": dev})
    ts = None
    if k in ("self", "dself") and not (cq and cq[2]):
        ts = total_score(f)
    return {"name": f["name"], "department": f["dept"], "unit": f["unit"], "year": f["year"], "form": form,
            "funds": funds, "goal": f["goal"], "total_score": ts,
            "grade": f.get("grade") if not cq else None, "indicators": inds}


# ---------------------------------------------------------------- renderers
def dw(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text, w):
    if not text:
        return [""]
    out, cur = [], ""
    for ch in text:
        if dw(cur + ch) > w:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def pad(text, w):
    return text + " " * max(0, w - dw(text))


def layout_row(cells, widths, valign="mid", gap=3):
    widths = list(widths) + [dw(c) or 2 for c in cells[len(widths):]]
    widths = widths[:len(cells)]
    parts = [wrap(c, w) for c, w in zip(cells, widths, strict=True)]
    n = max(len(p) for p in parts)
    lines = []
    for k in range(n):
        segs = []
        for p, w in zip(parts, widths, strict=True):
            off = (n - len(p)) // 2 if valign == "mid" else 0
            j = k - off
            segs.append(pad(p[j] if 0 <= j < len(p) else "", w))
        lines.append((" " * gap).join(segs).rstrip())
    return lines


def layout_head(rows, cap_label=16, cap_val=52, valign="mid"):
    lines = []
    for r in rows:
        widths = [min(dw(c), cap_label if i % 2 == 0 else cap_val) or 2 for i, c in enumerate(r)]
        if len(r) >= 6:
            widths = [cap_label, 18, 10, 10, 10, 4, 8, 6][:len(r)]
        lines += layout_row(r, widths, valign)
    return lines


def centered(text, width=100):
    return " " * max(0, (width - dw(text)) // 2) + text


def tab_lines(rows, ncols=None):
    out = []
    for r in rows:
        cells = list(r) + [""] * ((ncols or 0) - len(r))
        out.append("\t".join(cells) if ncols else "\t".join(cells).rstrip("\t"))
    return out


def pipe_lines(rows, sep_after=None):
    out = []
    for n, r in enumerate(rows):
        out.append("| " + " | ".join(r) + " |")
        if sep_after is not None and n == sep_after:
            out.append("|" + "---|" * len(r))
    return out


def cell_lines(rows, blank=""):
    out = []
    for r in rows:
        out += [c if c else blank for c in r]
    return out


def joined(rows):
    return " ".join(c for r in rows for c in r if c)


def columns(rows):
    n = max(len(r) for r in rows)
    return [[r[i] for r in rows if i < len(r) and r[i]] for i in range(n)]


def run_text(text, lo, hi, seed):
    rnd = random.Random(seed)
    out, i = [], 0
    while i < len(text):
        k = rnd.randint(lo, hi)
        out.append(text[i:i + k])
        i += k
    return out


def rt(rows):
    return "".join(c for r in rows for c in r if c)


# ---------------------------------------------------------------- documents
DOCS: list[tuple] = []   # (doc_id, family, form key, province, sector, lines, gold, note)


def add(doc_id, family, key, province, sector, lines, gold, note):
    DOCS.append((doc_id, family, key, province, sector, lines, gold, note))


def classic_all(f, **kw):
    hdr, rows, tail = table_rows(f, **kw)
    return head_rows(f, kw.pop("hv", 0) if "hv" in kw else 0), hdr, rows, tail


def build():
    fm = FORMS
    # ---------------- label_variants
    f = fm["heilongjiang_post"]
    notes = {3: "以验收时间为准", 4: "含设备购置"}
    hdr, rows, tail = table_rows(f, l1s="short", l2s="build", lead="绩效指标", note=notes)
    lines = [title_of(f)] + tab_lines(head_rows(f), 7) + tab_lines([hdr] + rows, 7)
    add("l01_lbl_tab_heilongjiang_post", "label_variants", "heilongjiang_post", "黑龙江", "邮政普遍服务",
        lines, [gold_of(f)],
        "Excel tab copy (trailing tabs kept to 7 columns) of a declaration: level 1 printed 产出/效益/满意度, "
        "level 2 数量指标(或建筑规模指标)/社会效益/可持续影响/满意度指标 (满意度 at both levels), lead column 绩效指标, "
        "备注 column, 上年结转资金 0.")

    f = fm["jilin_assist"]
    hdr, rows, tail = table_rows(f, l1s="num", l2s="num")
    lines = [title_of(f)] + pipe_lines(head_rows(f), sep_after=0) + [""] + pipe_lines([hdr] + rows + tail, 0)
    add("l02_lbl_pipe_jilin_assist", "label_variants", "jilin_assist", "吉林", "社会救助", lines, [gold_of(f)],
        "markdown pipe tables of a classic self-evaluation; labels numbered 一、产出指标 / （一）数量指标 with "
        "level-2 numbering restarting under each level 1; qualitative targets 每月10日前/稳步提高; 自评等级 row.")

    f = fm["neimenggu_village_tv"]
    hdr, rows, tail = table_rows(f, l1s="cls", l2s="short", pos="mid")
    lines = [title_of(f, 1)] + cell_lines(head_rows(f, 1) + [hdr] + rows, blank="")
    add("l03_lbl_cell_neimenggu_villagetv", "label_variants", "neimenggu_village_tv", "内蒙古", "广播电视村村通",
        lines, [gold_of(f)],
        "Word copy one cell per line (empty cells as blank lines) of a declaration titled 项目支出绩效目标表（2026年度）: "
        "level 1 产出类指标/效益类指标/满意度类指标, short level 2 (数量/质量/时效/成本/社会效益/可持续影响/服务对象满意度) "
        "printed in the middle row of their blocks; 资金情况/年度绩效目标 labels, 上年结转 44.")

    f = fm["xinjiang_realestate"]
    hdr, rows, tail = table_rows(f, l1s="points", pos="mid")
    w = [12, 12, 24, 14, 12, 4, 4, 22]
    lines = [centered(title_of(f)), ""] + layout_head(head_rows(f)) + [""]
    for r in [hdr] + rows + tail:
        lines += layout_row(r, w[:len(r)] if len(r) == len(w) else [min(dw(c), 12) or 2 for c in r])
    add("l04_lbl_layout_xinjiang_realestate", "label_variants", "xinjiang_realestate", "新疆", "不动产登记",
        lines, [gold_of(f)],
        "pdftotext -layout of a classic self-evaluation: level 1 with points from the weights (产出指标（40分）, "
        "成本指标（10分） as a level 1 with 经济成本指标, 效益指标（25分）), labels wrapped and in the middle row, "
        "wrapped deviation text, 自评等级.")

    f = fm["xizang_survey"]
    hdr, rows, tail = table_rows(f, combined=True)
    lines = [title_of(f)] + tab_lines(head_rows(f)) + tab_lines([hdr] + rows)
    add("l05_lbl_tab_combined_xizang_survey", "label_variants", "xizang_survey", "西藏", "测绘", lines, [gold_of(f)],
        "tab copy (trailing tabs stripped) of a declaration whose table has one 指标类别 column holding level 1 and "
        "level 2 in one cell (产出指标 数量指标, later rows only the new level 2 with its level 1), then 绩效指标 and 指标值.")

    f = fm["qinghai_broadcast"]
    hdr, rows, tail = table_rows(f, l2s="build", pos="mid", lead="年度绩效指标")
    body = [" ".join(c for c in r if c) for r in [hdr] + rows]
    lines = [title_of(f)] + [" ".join(c for c in r if c) for r in head_rows(f)] + body
    add("l06_lbl_rows_qinghai_broadcast", "label_variants", "qinghai_broadcast", "青海", "应急广播", lines, [gold_of(f)],
        "department target as PDF text without layout: one table row per line, cells joined by single spaces, "
        "empty cells dropped, level labels in the middle row of their block (a line may start with a level-1 label, "
        "a level-2 label or the 三级 name); 满意度指标 at both levels; 年度主要任务 with amounts; 其他资金 150.")

    f = fm["ningxia_tempaid"]
    hdr, rows, tail = table_rows(f, l1s="points", l2s="arabic")
    lines = [f"# {title_of(f)}", ""] + pipe_lines(head_rows(f)) + [""] + pipe_lines([hdr] + rows, 0)
    add("l07_lbl_pipe_ningxia_tempaid", "label_variants", "ningxia_tempaid", "宁夏", "临时救助", lines, [gold_of(f)],
        "markdown declaration: level 1 with template points 产出指标（50分）/效益指标（30分）/满意度指标（10分）, "
        "level 2 numbered 1.数量指标 / 2.质量指标 restarting per level 1; quotes in a name (“救急难”); 其他资金 empty.")

    f = fm["hainan_legalaid"]
    hdr, rows, tail = table_rows(f, l1s="short", l2s="short", pos="mid")
    w = [8, 12, 22, 10, 10, 4, 6, 24]
    lines = [centered(title_of(f)), ""] + layout_head(head_rows(f)) + [""]
    for r in [hdr] + rows:
        lines += layout_row(r, w)
    lines += ["总分" + " " * 60 + "100      " + fmtn(total_score(f)), "自评等级：" + f["grade"]]
    add("l08_lbl_layout_hainan_legalaid", "label_variants", "hainan_legalaid", "海南", "法律援助", lines, [gold_of(f)],
        "pdftotext -layout of a department self-evaluation with short labels at both levels (产出/数量, 成本/经济成本, "
        "效益/社会效益, 满意度/服务对象满意度) in the middle rows; 成本 as a level 1; long names and deviation wrapped.")

    # ---------------- chongqing_style
    f = fm["jilin_orphan"]
    head, hdr, rows, tail = cq_rows(f, types="cls", std_col=True)
    lines = tab_lines(head + [hdr] + rows + tail, 9)
    add("c01_cq_tab_jilin_orphan", "chongqing_style", "jilin_orphan", "吉林", "孤儿保障", lines,
        [gold_of(f, ("cls", "sign", True))],
        "Excel tab copy (9 columns, trailing tabs kept) of a Chongqing self-evaluation: 产出类/效益类/满意度类/管理类指标 "
        "(level 2 null), 指标性质 ≥/=/无 (无 … 无 for qualitative rows), 全年完成值 and a 评价标准 column instead of "
        "得分 (no scores, no total), 全年预算数（A）/全年执行数（B）.")

    f = fm["neimenggu_placenames"]
    head, hdr, rows, tail = cq_rows(f, types="l2", pos="mid")
    lines = [centered(head[0][0])] + layout_head(head[1:])
    w = [10, 26, 6, 8, 8, 6]
    for r in [["指标类型", "指标名称", "指标性质", "指标值", "计量单位", "指标权重"]] + rows:
        lines += layout_row(r, w)
    add("c02_cq_layout_neimenggu_placenames", "chongqing_style", "neimenggu_placenames", "内蒙古", "地名普查", lines,
        [gold_of(f, ("l2", "sign", False))],
        "pdftotext -layout of a Chongqing declaration: level-2 names in 指标类型 printed in the middle row of their "
        "block, header labels 指标性质/计量单位/指标权重 wrapped in narrow columns, ≥/=/≤/无 natures, 元/块, "
        "a qualitative 无 … 无 row; 其他资金 0.")

    f = fm["xinjiang_drugs"]
    head, hdr, rows, tail = cq_rows(f, types="l2")
    lines = cell_lines(head + [hdr] + rows + tail, blank=" ")
    add("c03_cq_cell_xinjiang_drugs", "chongqing_style", "xinjiang_drugs", "新疆", "禁毒", lines,
        [gold_of(f, ("l2", "sign", False))],
        "one cell per line (empty cells as space-only lines) of a Chongqing self-evaluation: level-2 types printed "
        "once per block, 全年完成值 as bare numbers, 得分 and 偏差原因 columns, 自评得分 line; quotes (“六进”) in the goal.")

    f = fm["hainan_notary"]
    head, hdr, rows, tail = cq_rows(f, types="short", nat="dl")
    lines = [head[0][0], ""] + pipe_lines(head[1:]) + [""] + pipe_lines([hdr] + rows, 0)
    add("c04_cq_pipe_hainan_notary", "chongqing_style", "hainan_notary", "海南", "公证", lines,
        [gold_of(f, ("short", "dl", False))],
        "markdown Chongqing declaration in 元 (thousands separators): short 指标类型 (数量/质量/时效/社会效益/服务对象满意度), "
        "指标性质 定量/定性 with the sign inside 指标值 (≥6500 | 件), qualitative row with an empty 计量单位.")

    f = fm["ningxia_arbitration"]
    head, hdr, rows, tail = cq_rows(f, types="l2", nat="pos")
    lines = tab_lines(head + [hdr] + rows + tail)
    add("c05_cq_tab_ningxia_arbitration", "chongqing_style", "ningxia_arbitration", "宁夏", "仲裁", lines,
        [gold_of(f, ("l2", "pos", False))],
        "tab copy (trailing tabs stripped) of a Chongqing self-evaluation with natures 正向/反向/定性 (no sign printed: "
        "target = value + unit), 得分 and 偏差原因 columns, 自评得分.")

    f = fm["qinghai_forensic"]
    head, hdr, rows, tail = cq_rows(f, types="cls", pos="mid")
    lines = [centered(head[0][0])] + layout_head(head[1:], cap_val=40)
    w = [8, 20, 4, 10, 4, 4, 10, 4, 18]
    for r in [hdr] + rows + tail:
        lines += layout_row(r, w if len(r) == len(w) else [dw(c) for c in r])
    add("c06_cq_layout_qinghai_forensic", "chongqing_style", "qinghai_forensic", "青海", "司法鉴定", lines,
        [gold_of(f, ("cls", "sign", False))],
        "pdftotext -layout of a Chongqing self-evaluation: 产出类/效益类/满意度类/管理类指标 block labels wrapped in a "
        "narrow column in the middle of their block, all header labels wrapped, goal texts wrapped side by side, "
        "完成值 like 进一步提升 wrapped, deviation wrapped.")

    # ---------------- one_line_spaces
    f = fm["heilongjiang_mediation"]
    hdr, rows, tail = table_rows(f)
    lines = [title_of(f) + " " + joined(head_rows(f)) + " " + joined([hdr] + rows)]
    add("o01_ols_heilongjiang_mediation", "one_line_spaces", "heilongjiang_mediation", "黑龙江", "人民调解", lines,
        [gold_of(f)], "classic declaration on a single line with single spaces (title, header, funds with 0s, goal, table).")

    f = fm["xizang_fraud"]
    hdr, rows, tail = table_rows(f)
    cols = columns(rows)
    lines = [title_of(f) + " " + joined(head_rows(f)) + " " + " ".join(hdr) + " "
             + " ".join(" ".join(c) for c in cols) + " " + joined(tail)]
    add("o02_ols_scrambled_xizang_fraud", "one_line_spaces", "xizang_fraud", "西藏", "反诈", lines, [gold_of(f)],
        "PDF-scrambled classic self-evaluation on one line: header in reading order, then the indicator table column "
        "by column (level 1s, level 2s, 三级, targets, actuals, 分值, 得分, deviation texts), then 总分 and 自评等级.")

    f = fm["jilin_fire"]
    hdr, rows, tail = table_rows(f)
    lines = [title_of(f) + " " + joined(head_rows(f)), joined([hdr] + rows), joined(tail)]
    add("o03_ols_dept_jilin_fire", "one_line_spaces", "jilin_fire", "吉林", "消防", lines, [gold_of(f)],
        "department self-evaluation on three lines (header + funds + goals / indicator table / 总分 + 等级), single "
        "spaces, empty cells dropped; qualitative target 汛期前 with actual 5月底.")

    f = fm["neimenggu_placenames"]
    head, hdr, rows, tail = cq_rows(f, types="l2")
    cols = columns(rows)
    lines = [joined(head) + " " + " ".join(hdr) + " " + " ".join(cols[0]) + " " + " ".join(cols[1]),
             " ".join(" ".join(c) for c in cols[2:])]
    add("o04_ols_scrambled_cq_neimenggu_placenames", "one_line_spaces", "neimenggu_placenames", "内蒙古", "地名普查",
        lines, [gold_of(f, ("l2", "sign", False))],
        "the c02 Chongqing declaration scrambled over two lines: line 1 header + table header + all 指标类型 + all "
        "指标名称; line 2 all 指标性质, all 指标值, all 计量单位, all 指标权重.")

    f = fm["xinjiang_safety"]
    hdr, rows, tail = table_rows(f, l1s="num")
    lines = [title_of(f) + " " + joined(head_rows(f)) + " " + joined([hdr] + rows)]
    add("o05_ols_dept_xinjiang_safety", "one_line_spaces", "xinjiang_safety", "新疆", "安全生产", lines, [gold_of(f)],
        "department target on one line: 部门名称, 年度主要任务 table with amounts, budget, goal, indicators with "
        "numbered level 1 (一、产出指标 …); qualitative target 按期整改; 其他资金 0.")

    # ---------------- run_together
    f = fm["hainan_flood"]
    hdr, rows, tail = table_rows(f)
    lines = [title_of(f)] + run_text(rt(head_rows(f) + [hdr] + rows + tail), 18, 95, 1701)
    add("r01_run_hainan_flood", "run_together", "hainan_flood", "海南", "防汛抗旱", lines, [gold_of(f)],
        "classic self-evaluation run together, title on its own line, lines broken every 18–95 characters (inside "
        "numbers, labels and goals); qualitative target 5月31日前 followed by the actual 5月28日; 万元/个 unit.")

    f = fm["ningxia_minors"]
    hdr, rows, tail = table_rows(f)
    lines = [title_of(f)] + run_text(rt(head_rows(f) + [hdr] + rows), 20, 70, 1702)
    add("r02_run_dept_ningxia_minors", "run_together", "ningxia_minors", "宁夏", "未成年人保护", lines, [gold_of(f)],
        "department target run together, lines broken 20–70 characters: task amounts glued to the next task name, "
        "several qualitative targets (按月发放, 有效保障, 健全完善) glued to the next name or label.")

    f = fm["heilongjiang_safety"]
    hdr, rows, tail = table_rows(f)
    lines = run_text(title_of(f) + rt(head_rows(f) + [hdr] + rows), 15, 60, 1703)
    add("r03_run_heilongjiang_safety", "run_together", "heilongjiang_safety", "黑龙江", "安全生产", lines,
        [gold_of(f)],
        "classic declaration in 元 (thousands separators) run together, title glued too, short lines 15–60; "
        "上年结转 80,000.00, 其他资金 0.00; 稳步提高 glued to the next level-1 label.")

    f = fm["heilongjiang_post"]
    notes = {3: "以验收时间为准", 4: "含设备购置"}
    hdr, rows, tail = table_rows(f, l1s="short", l2s="build", lead="绩效指标", note=notes)
    lines = run_text(title_of(f) + rt(head_rows(f) + [hdr] + rows), 40, 110, 1704)
    add("r04_run_lbl_heilongjiang_post", "run_together", "heilongjiang_post", "黑龙江", "邮政普遍服务", lines,
        [gold_of(f)],
        "the l01 declaration (short labels 产出/效益/满意度, 数量指标(或建筑规模指标), 满意度指标 at level 2, 备注 "
        "column) run together with long lines 40–110.")

    f = fm["xizang_tv_cq"]
    head, hdr, rows, tail = cq_rows(f, types="l2")
    lines = [head[0][0]] + run_text(rt(head[1:] + [hdr] + rows + tail), 25, 80, 1705)
    add("r05_run_cq_xizang_tv", "run_together", "xizang_tv_cq", "西藏", "广播电视", lines,
        [gold_of(f, ("l2", "sign", False))],
        "Chongqing self-evaluation run together (title on its own line, then breaks every 25–80 characters): "
        "level-2 types, ≥/=/≤/无 natures, 秒/百小时 unit, 全年完成值 + 得分 digits glued, a deviation between rows.")

    # ---------------- space_columns
    f = fm["jilin_flood"]
    hdr, rows, tail = table_rows(f, pos="mid", lead="年度绩效指标")
    w = [6, 10, 10, 24, 12]
    lines = [centered(title_of(f)), ""] + layout_head(head_rows(f), cap_val=44) + [""]
    for r in [hdr] + rows:
        lines += layout_row(r, w)
    add("s01_layout_jilin_flood", "space_columns", "jilin_flood", "吉林", "防汛抗旱", lines, [gold_of(f)],
        "pdftotext -layout of a classic declaration: long 三级 names, the implementing unit (with a bracketed second "
        "name) and the goal wrapped onto continuation lines, lead column 年度绩效指标 wrapped, labels in the middle row.")

    f = fm["neimenggu_legalaid"]
    hdr, rows, tail = table_rows(f)
    w = [10, 10, 20, 10, 10, 4, 4, 20]
    lines = [centered(title_of(f, 1)), ""] + layout_head(head_rows(f), valign="top") + [""]
    for r in [hdr] + rows + tail:
        lines += layout_row(r, w if len(r) == len(w) else [dw(c) for c in r], valign="top")
    add("s02_layout_neimenggu_legalaid", "space_columns", "neimenggu_legalaid", "内蒙古", "法律援助", lines,
        [gold_of(f)],
        "pdftotext -layout of a classic self-evaluation, cells top-aligned: narrow value columns (结案后30日内 wrapped), "
        "long deviation texts over several lines, labels on the first row of their block, 自评等级 良.")

    f = fm["hainan_civil"]
    hdr, rows, tail = table_rows(f, l2s="env", pos="mid")
    w = [10, 14, 28, 16]
    lines = [centered(title_of(f)), ""] + layout_head(head_rows(f), cap_val=30) + [""]
    for r in [hdr] + rows:
        lines += layout_row(r, w)
    add("s03_layout_dept_hainan_civil", "space_columns", "hainan_civil", "海南", "社会救助", lines, [gold_of(f)],
        "pdftotext -layout of a department target: 年度主要任务 rows with wrapped contents, goal wrapped, 生态效益 "
        "printed 环境效益指标 and 满意度指标 at level 2, quoted name (“应保尽保”) wrapped, 每季度首月15日前 wrapped.")

    f = fm["ningxia_justice_dself"]
    hdr, rows, tail = table_rows(f, pos="mid")
    w = [8, 8, 18, 12, 12, 4, 4, 20]
    lines = [centered(title_of(f)), ""] + layout_head(head_rows(f), cap_label=10, cap_val=36) + [""]
    for r in [hdr] + rows + tail:
        lines += layout_row(r, w if len(r) == len(w) else [dw(c) for c in r])
    add("s04_layout_dept_ningxia_justice", "space_columns", "ningxia_justice_dself", "宁夏", "公证", lines,
        [gold_of(f)],
        "pdftotext -layout of a department self-evaluation: label cells wrapped (部门（单位）名称, 预算执行情况（万元）), "
        "long qualitative target/actual 每学期开学后一个月内 wrapped, deviation wrapped, labels in the middle row.")

    f = fm["xinjiang_post"]
    notes = {1: "含县乡邮路和村邮路", 4: "按营业场所面积分档核定", 6: "纳入年度考核"}
    hdr, rows, tail = table_rows(f, note=notes)
    w = [10, 10, 22, 12, 12]
    lines = [centered(title_of(f)), ""] + layout_head(head_rows(f), cap_val=48) + [""]
    for r in [hdr] + rows:
        lines += layout_row(r, w)
    add("s05_layout_xinjiang_post", "space_columns", "xinjiang_post", "新疆", "邮政普遍服务", lines, [gold_of(f)],
        "pdftotext -layout of a classic declaration in 元 with a 备注 column (notes wrapped), 2024年6月30日前 wrapped "
        "in a narrow value column, labels on the first row, 上年结转 0.00.")

    f = fm["qinghai_realestate"]
    hdr, rows, tail = table_rows(f, l1s="points", pos="mid")
    w = [10, 10, 20, 12, 12, 4, 4, 22]
    lines = [centered(title_of(f)), ""] + layout_head(head_rows(f)) + [""]
    for r in [hdr] + rows + tail:
        lines += layout_row(r, w if len(r) == len(w) else [dw(c) for c in r])
    add("s06_layout_qinghai_realestate", "space_columns", "qinghai_realestate", "青海", "不动产登记", lines,
        [gold_of(f)],
        "pdftotext -layout of a classic self-evaluation with points in the level-1 labels (产出指标（50分）, "
        "效益指标（25分）, 满意度指标（15分）) wrapped, 2024年12月20日前 wrapped, long deviations, 自评等级 良.")


def main():
    build()
    docs, gold = HERE / "docs", HERE / "gold"
    docs.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    meta = {}
    for doc_id, family, _key, province, sector, lines, g, note in DOCS:
        (docs / f"{doc_id}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (gold / f"{doc_id}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        meta[doc_id] = {"family": family, "province": province, "sector": sector, "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_rows = sum(len(x["indicators"]) for d in DOCS for x in d[6])
    print(f"{len(DOCS)} documents, {sum(len(d[6]) for d in DOCS)} forms, {n_rows} indicator rows")


if __name__ == "__main__":
    main()
