"""Write the dev6 reader evaluation set (docs/, gold/, meta.json) from the set's own content.

    python bench/reader_eval/dev6/make_dev6.py      (needs openpyxl, python-docx, pymupdf, pdfplumber)

dev6 is for the shapes the earlier dev sets have least of: real binary files (XLSX with merged
ranges, percent number formats, a header block and two sheets; DOCX tables with merged cells and
head paragraphs; ruled PDF tables drawn with PyMuPDF, see ../pdftable.py, shared with dev7) and the
text the usual tools extract from those PDFs; department-wide target and self-evaluation forms;
中期/年度 forms; page fragments; budget reports with non-form tables. All names, units,
indicators and numbers below are invented for this set.

Every document is rendered from one FORMS entry through a *grid* (rows of cells plus merged
spans), and its gold is written from the same entry, so a document and its gold cannot drift.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # pdftable.py is shared by the sets
import pdftable  # noqa: E402

DOCS, GOLD = HERE / "docs", HERE / "gold"

L1 = {"产出": "产出指标", "产出指标": "产出指标", "效益": "效益指标", "效益指标": "效益指标",
      "满意度": "满意度指标", "满意度指标": "满意度指标", "成本指标": "成本指标"}
L2 = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "社会效益": "社会效益指标",
      "服务对象满意度": "服务对象满意度指标", "可持续影响": "可持续影响指标", "经济效益": "经济效益指标",
      "生态效益": "生态效益指标"}


class Pct:
    """A spreadsheet number shown with a percent format: Pct(0.95) is the cell 0.95 shown as 95%;
    prefix '≥' is a custom format '"≥"0%' (shown ≥95%)."""

    def __init__(self, v, digits=0, prefix=""):
        self.v, self.digits, self.prefix = v, digits, prefix

    @property
    def fmt(self):
        body = "0" + ("." + "0" * self.digits if self.digits else "") + "%"
        return (f'"{self.prefix}"' if self.prefix else "") + body

    def __str__(self):
        return f"{self.prefix}{self.v * 100:.{self.digits}f}%"


def s(x):
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def I(l1, l2, l3, target, actual=None, w=None, sc=None, dev=None, mid=None, nat=None):  # noqa: E743
    """One indicator row. nat: (指标性质, 指标值, 计量单位) printed in three cells (the target is then
    the value+unit without the direction word 正向/反向)."""
    return dict(l1=l1, l2=l2, l3=l3, target=target, actual=actual, w=w, sc=sc, dev=dev, mid=mid, nat=nat)


# =============================================================== content
FORMS: dict[str, dict] = {}

FORMS["sd_police_a"] = dict(
    kind="decl", year=2025, title="2025年度项目支出绩效目标申报表",
    name="智慧警务视频监控联网运维经费", dept="山东省潍坊市公安局", unit="潍坊市公安局科技信息化支队",
    funds=dict(total=1860.0, fiscal=1860.0, other=0.0),
    goal="保障全市1.2万路公共视频监控点位稳定运行，视频在线率保持在95%以上，故障修复及时，为案件侦破和治安防控提供有力支撑。",
    inds=[I("产出指标", "数量指标", "运维视频监控点位数量", "≥12000个"),
          I("", "", "前端设备巡检次数", "≥4次/年"),
          I("", "质量指标", "视频点位在线率", Pct(0.95, prefix="≥")),
          I("", "", "图像质量合格率", Pct(0.9)),
          I("", "时效指标", "一般故障修复时限", "≤24小时"),
          I("", "成本指标", "单点位年均运维费用", "≤1550元"),
          I("效益指标", "社会效益指标", "视频图像支撑破案数", "≥800起"),
          I("", "可持续影响指标", "视频监控联网共享机制", "长期有效"),
          I("满意度指标", "服务对象满意度指标", "基层所队使用满意度", Pct(0.9, prefix="≥"))])
FORMS["sd_police_b"] = dict(
    kind="decl", year=2025, title="2025年度项目支出绩效目标申报表",
    name="道路交通安全宣传教育专项经费", dept="山东省潍坊市公安局", unit="潍坊市公安局交通警察支队",
    funds=dict(total=320.0, fiscal=280.0, other=40.0),
    goal="开展交通安全宣传进农村、进学校、进企业活动，全年宣传覆盖群众50万人次，较大以上道路交通事故起数同比下降。",
    inds=[I("产出指标", "数量指标", "组织集中宣传活动场次", "≥120场"),
          I("", "", "宣传覆盖群众人次", "≥50万人次"),
          I("", "质量指标", "宣传材料内容审核通过率", Pct(1.0)),
          I("", "时效指标", "重点时段宣传完成时间", "节假日前完成"),
          I("效益指标", "社会效益指标", "较大以上道路交通事故起数", "同比下降"),
          I("满意度指标", "服务对象满意度指标", "群众满意度", Pct(0.92, prefix="≥"))])

FORMS["hn_medins_dept"] = dict(
    kind="dept", year=2024, title="2024年部门整体支出绩效目标表",
    name="洛阳市医疗保障局部门整体支出", dept=None, unit="洛阳市医疗保障局", dept_name="洛阳市医疗保障局",
    funds=dict(total=5273.46, fiscal=5273.46, other=0.0), basic=1126.3, project=4147.16,
    tasks=[("医保基金监管", "开展定点医药机构日常巡查、专项检查和飞行检查，打击欺诈骗保", 620.0),
           ("医保信息平台运维", "保障市级医保信息平台和两定机构接口稳定运行", 1380.5),
           ("城乡居民医保参保扩面", "开展参保宣传动员，资助特困人员等困难群众参保", 2146.66)],
    goal="全市基本医疗保险参保率稳定在95%以上，医保基金运行安全平稳，定点医药机构监督检查全覆盖，医保经办服务事项“一站式”办结。",
    inds=[I("产出指标", "数量指标", "定点医药机构监督检查覆盖率", Pct(1.0)),
          I("", "", "基本医疗保险参保人数", "≥620万人"),
          I("", "质量指标", "基本医疗保险参保率", Pct(0.95, prefix="≥")),
          I("", "", "医保信息平台系统可用率", Pct(0.995, 1, "≥")),
          I("", "时效指标", "异地就医备案办理时限", "即时办结"),
          I("效益指标", "社会效益指标", "政策范围内住院费用基金支付比例", Pct(0.7, prefix="≥")),
          I("", "", "追回违规使用医保基金", "≥3000万元"),
          I("", "可持续影响指标", "医保基金累计结存可支付月数", "≥6个月"),
          I("满意度指标", "服务对象满意度指标", "参保群众满意度", Pct(0.9, prefix="≥"))])

FORMS["hb_forest_mid"] = dict(
    kind="mid", year=2024, title="项目支出绩效目标表（2024年度）",
    name="长江岸线森林质量精准提升工程", dept="湖北省宜昌市林业和园林局", unit="宜昌市林业科学研究所",
    funds=dict(total=2650.0, fiscal=2400.0, other=250.0),
    mid_goal="2024—2026年完成长江岸线森林质量精准提升6万亩，森林覆盖率提高0.5个百分点。",
    goal="2024年完成森林抚育和退化林修复2.1万亩，造林成活率达到90%以上。",
    inds=[I("产出指标", "数量指标", "完成森林抚育面积", "≥1.5万亩", mid="≥4.2万亩"),
          I("", "", "完成退化林修复面积", "≥0.6万亩", mid="≥1.8万亩"),
          I("", "质量指标", "造林成活率", Pct(0.9, prefix="≥"), mid=Pct(0.9, prefix="≥")),
          I("", "时效指标", "年度任务完成时间", "2024年12月底前", mid="2026年12月底前"),
          I("", "成本指标", "亩均抚育成本", "≤820元", mid="≤820元"),
          I("效益指标", "生态效益指标", "森林覆盖率提高", "≥0.15个百分点", mid="≥0.5个百分点"),
          I("", "社会效益指标", "带动林农务工人次", "≥3000人次", mid="≥9000人次"),
          I("满意度指标", "服务对象满意度指标", "林农满意度", Pct(0.88, prefix="≥"), mid=Pct(0.9, prefix="≥"))])

FORMS["hun_justice"] = dict(
    kind="decl", year=2025, title="2025年项目支出绩效目标申报表",
    name="公共法律服务体系建设经费", dept="湖南省株洲市司法局", unit="株洲市公共法律服务中心",
    funds=dict(total=486.5, fiscal=436.5, other=50.0),
    goal="建成覆盖城乡的公共法律服务网络，全年办理法律援助案件3200件，村（社区）法律顾问覆盖率100%，群众获得法律服务更加便捷。",
    inds=[I("产出", "数量", "办理法律援助案件数", "≥3200件"),
          I("", "", "开展人民调解员培训人次", "≥800人次"),
          I("", "质量", "法律援助案件质量评查合格率", "≥98%"),
          I("", "", "村（社区）法律顾问覆盖率", "100%"),
          I("", "时效", "法律援助申请审查时限", "≤7个工作日"),
          I("效益", "社会效益", "矛盾纠纷调解成功率", "≥96%"),
          I("", "可持续影响", "公共法律服务平台运行", "持续稳定运行"),
          I("满意度", "服务对象满意度", "受援群众满意度", "≥95%")])

FORMS["fj_stats_dse"] = dict(
    kind="dse", year=2023, title="2023年度部门整体支出绩效自评表",
    name="福建省泉州市统计局部门整体支出", dept=None, unit="福建省泉州市统计局", dept_name="福建省泉州市统计局",
    funds=dict(init=2186.4, total=2310.75, fiscal=2310.75, other=0.0, exec=2251.86, rate=97.45),
    fund_w=10, fund_sc=9.75,
    goal="按时完成常规统计调查和第五次全国经济普查清查登记工作，统计数据质量稳步提升，统计服务经济社会发展能力持续增强。",
    act_goal="完成全部常规统计报表和经济普查清查登记，数据差错率控制在0.5%以内。",
    inds=[I("产出指标", "数量指标", "完成常规统计调查报表种数", "≥85种", "88种", 10, 10),
          I("", "", "经济普查清查登记单位数", "≥12万个", "12.6万个", 10, 10),
          I("", "质量指标", "统计数据差错率", "≤0.5%", "0.32%", 10, 10),
          I("", "时效指标", "统计报表按时报送率", "100%", "100%", 10, 10),
          I("", "成本指标", "部门预算支出控制", "不超预算", "未超预算", 10, 10),
          I("效益指标", "社会效益指标", "统计信息发布次数", "≥48次", "46次", 15, 14, "个别专题分析因普查工作推迟发布"),
          I("", "可持续影响指标", "统计基层基础规范化建设达标乡镇比例", "≥90%", "86%", 15, 13, "山区乡镇统计人员变动较大，下年度加强培训"),
          I("满意度指标", "服务对象满意度指标", "统计数据使用者满意度", "≥90%", "92.3%", 10, 10)],
    total_score=96.75, grade="优")

FORMS["zj_commerce_se"] = dict(
    kind="se", year=2024, title="项目支出绩效自评表\n（2024年度）",
    name="县域商业体系建设补助资金", dept="浙江省丽水市商务局", unit="丽水市商贸流通发展服务中心",
    funds=dict(init=1500.0, total=1720.0, fiscal=1500.0, carry=220.0, exec=1583.5, rate=92.06),
    fund_w=10, fund_sc=9.2,
    goal="改造提升乡镇商贸中心12个，建设村级便民商店80个，县域快递物流共同配送覆盖率达到85%。",
    act_goal="改造乡镇商贸中心12个，建成村级便民商店83个，共同配送覆盖率86.5%。",
    inds=[I("产出指标", "数量指标", "改造提升乡镇商贸中心数量", "12个", "12个", 15, 15),
          I("", "", "建设村级便民商店数量", "≥80个", "83个", 15, 15),
          I("", "质量指标", "项目验收合格率", "100%", "100%", 10, 10),
          I("", "时效指标", "补助资金拨付时间", "2024年11月底前", "2024年12月20日", 10, 8, "部分项目验收资料补正时间较长"),
          I("效益指标", "经济效益指标", "带动社会投资", "≥4500万元", "4860万元", 10, 10),
          I("", "社会效益指标", "县域快递物流共同配送覆盖率", "≥85%", "86.5%", 10, 10),
          I("", "可持续影响指标", "农村商业网点持续经营率", "≥90%", "93%", 10, 10),
          I("满意度指标", "服务对象满意度指标", "项目受益群众满意度", "≥90%", "94%", 10, 10)],
    total_score=97.2, grade="优")

FORMS["js_hrss_se"] = dict(
    kind="se", year=2023, title="项目支出绩效自评表\n（2023年度）",
    name="职业技能提升行动补贴资金", dept="江苏省南通市人力资源和社会保障局", unit="南通市职业技能鉴定指导中心",
    funds=dict(init=3600.0, total=3600.0, fiscal=3600.0, exec=3312.0, rate=92.0),
    fund_w=10, fund_sc=9.2,
    goal="开展补贴性职业技能培训4万人次，取得职业资格证书或技能等级证书人数不少于2.8万人，培训后就业率达到70%。",
    act_goal="完成补贴性培训4.15万人次，取证2.93万人，培训后就业率72.4%。",
    inds=[I("产出指标", "数量指标", "补贴性职业技能培训人次", "≥4万人次", "4.15万人次", 15, 15),
          I("", "", "取得证书人数", "≥2.8万人", "2.93万人", 10, 10),
          I("", "质量指标", "培训合格率", "≥90%", "93.6%", 10, 10),
          I("", "时效指标", "补贴资金发放时限", "≤30个工作日", "35个工作日", 10, 8, "四季度申领集中，审核时间延长；下年度实行按月审核"),
          I("", "成本指标", "人均培训补贴标准", "≤1200元", "1180元", 5, 5),
          I("效益指标", "社会效益指标", "培训后就业率", "≥70%", "72.4%", 15, 15),
          I("", "可持续影响指标", "高技能人才占技能人才比例", "≥30%", "31.2%", 15, 15),
          I("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "95%", 10, 10)],
    total_score=97.2, grade="优")

FORMS["ln_emerg_dept"] = dict(
    kind="dept", year=2025, title="2025年部门整体支出绩效目标申报表",
    name="辽宁省鞍山市应急管理局部门整体支出", dept=None, unit="辽宁省鞍山市应急管理局",
    dept_name="辽宁省鞍山市应急管理局",
    funds=dict(total=3918.2, fiscal=3518.2, other=400.0), basic=1405.9, project=2512.3,
    tasks=[("安全生产执法检查", "对危险化学品、工贸、非煤矿山企业开展分级分类执法检查", 385.0),
           ("应急救援能力建设", "补充应急救援装备物资，组织综合应急演练", 1466.3),
           ("自然灾害防治", "开展自然灾害综合风险普查成果应用和防汛抗旱准备", 661.0)],
    goal="生产安全事故起数和死亡人数持续下降，重点行业领域执法检查全覆盖，应急救援队伍快速响应，自然灾害因灾死亡失踪人数控制在最低水平。",
    inds=[I("产出指标", "数量指标", "安全生产执法检查企业数", "≥1800家次"),
          I("", "", "组织综合应急演练次数", "≥6次"),
          I("", "质量指标", "重大事故隐患整改率", "100%"),
          I("", "时效指标", "接警后救援队伍出动时间", "≤10分钟"),
          I("效益指标", "社会效益指标", "生产安全事故死亡人数同比下降", "≥5%"),
          I("", "可持续影响指标", "应急物资储备保障能力", "持续提升"),
          I("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%")])

FORMS["hlj_weather_mid"] = dict(
    kind="mid", year=2025, title="2025年项目支出绩效目标表",
    name="人工影响天气作业能力建设项目", dept="黑龙江省绥化市气象局", unit="绥化市人工影响天气中心",
    funds=dict(total=760.0, fiscal=760.0, other=0.0),
    mid_goal="2025—2027年建成覆盖全市粮食主产区的人工增雨防雹作业体系，标准化作业点达到60个。",
    goal="2025年新建标准化作业点20个，开展增雨防雹作业不少于150点次，作业安全事故为零。",
    inds=[I("产出指标", "数量指标", "新建标准化作业点", "20个", mid="60个"),
          I("", "", "开展增雨防雹作业点次", "≥150点次", mid="≥450点次"),
          I("", "质量指标", "作业安全事故发生数", "0起", mid="0起"),
          I("", "时效指标", "作业点建设完成时间", "2025年9月底前", mid="2027年9月底前"),
          I("效益指标", "经济效益指标", "减少冰雹灾害农业损失", "≥3000万元", mid="≥9000万元"),
          I("", "社会效益指标", "作业覆盖粮食主产区面积比例", "≥60%", mid="≥95%"),
          I("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%", mid="≥90%")])

FORMS["sx_veterans_dept"] = dict(
    kind="dept", year=2024, title="部门整体支出绩效目标表\n（2024年度）",
    name="陕西省宝鸡市退役军人事务局部门整体支出", dept=None, unit="陕西省宝鸡市退役军人事务局",
    dept_name="陕西省宝鸡市退役军人事务局",
    funds=dict(total=8735.0, fiscal=8735.0, other=0.0), basic=612.4, project=8122.6,
    tasks=[("优抚对象抚恤补助", "按标准发放重点优抚对象定期抚恤金和生活补助", 6810.0),
           ("退役军人就业创业", "组织适应性培训、职业技能培训和专场招聘会", 486.6),
           ("烈士纪念设施维护", "修缮零散烈士纪念设施，开展祭扫纪念活动", 826.0)],
    goal="优抚对象抚恤补助按时足额发放，退役军人就业率稳步提升，烈士纪念设施管护规范，退役军人和其他优抚对象获得感增强。",
    inds=[I("产出指标", "数量指标", "发放抚恤补助优抚对象人数", "≥1.1万人"),
          I("", "", "退役军人职业技能培训人数", "≥900人"),
          I("", "质量指标", "抚恤补助发放准确率", "100%"),
          I("", "时效指标", "抚恤金按月发放及时率", "100%"),
          I("效益指标", "社会效益指标", "退役军人就业率", "≥90%"),
          I("", "", "修缮零散烈士纪念设施处数", "≥35处"),
          I("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥95%")])

FORMS["qh_medins_mid"] = dict(
    kind="mid", year=2024, title="项目支出绩效目标表",
    name="医疗救助补助资金", dept="青海省海东市医疗保障局", unit="海东市医疗保障服务中心",
    funds=dict(total=4120.0, fiscal=4120.0, other=0.0),
    mid_goal="2024—2026年困难群众医疗救助政策全面落实，防范化解因病致贫返贫长效机制健全。",
    goal="资助困难群众参加城乡居民医保6.8万人，住院救助政策范围内费用救助比例不低于70%。",
    inds=[I("产出指标", "数量指标", "资助参保困难群众人数", "≥6.8万人", mid="≥20万人"),
          I("", "", "医疗救助人次", "≥4.5万人次", mid="≥13万人次"),
          I("", "质量指标", "住院救助政策范围内费用救助比例", "≥70%", mid="≥70%"),
          I("", "时效指标", "救助资金结算时限", "≤15个工作日", mid="≤15个工作日"),
          I("效益指标", "社会效益指标", "因病致贫返贫发生户数", "0户", mid="0户"),
          I("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", mid="≥92%")])

FORMS["nx_police_se"] = dict(
    kind="se", year=2024, title="项目支出绩效自评表",
    name="禁毒专项工作经费", dept="宁夏回族自治区石嘴山市公安局", unit="石嘴山市公安局禁毒支队",
    funds=dict(init=260.0, total=260.0, fiscal=260.0, exec=248.3, rate=95.5),
    fund_w=10, fund_sc=9.55,
    goal="开展禁毒宣传教育和吸毒人员动态管控，社区戒毒社区康复执行率达到95%，毒品案件破案数保持稳定。",
    act_goal="全年开展禁毒宣传进校园进社区活动156场，社区戒毒社区康复执行率96.2%。",
    inds=[I("产出指标", "数量指标", "禁毒宣传活动场次", "≥150场", "156场", 15, 15),
          I("", "", "吸毒人员毛发检测人数", "≥1200人", "1136人", 10, 9.5, "部分人员外出务工，已协查外省落实检测"),
          I("", "质量指标", "社区戒毒社区康复执行率", "≥95%", "96.2%", 15, 15),
          I("", "时效指标", "涉毒线索核查时限", "≤3日", "3日", 10, 10),
          I("效益指标", "社会效益指标", "新发现吸毒人员数量", "同比下降", "同比下降8.1%", 20, 20),
          I("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥95%", "97.1%", 20, 20)],
    total_score=99.05, grade="优")

FORMS["xz_forest_frag"] = dict(
    kind="decl", year=None, title="", name=None, dept=None, unit=None, funds={},
    goal=None,
    inds=[I("产出指标", "数量指标", "新增人工种草面积", "≥2.5万亩"),
          I("", "", "聘用生态护林员人数", "≥1800人"),
          I("", "质量指标", "苗木造林成活率", "≥85%"),
          I("", "", "护林员培训合格率", "100%"),
          I("", "时效指标", "补助资金发放时间", "每季度末前"),
          I("效益指标", "社会效益指标", "带动农牧民人均增收", "≥1.2万元"),
          I("", "生态效益指标", "草原综合植被盖度", "≥47%"),
          I("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%")])

FORMS["tj_stats_frag"] = dict(
    kind="se", year=None, title="", name=None, dept=None, unit=None, funds={},
    goal=None,
    inds=[I("产出指标", "质量指标", "调查样本户记账审核合格率", "≥98%", "98.6%", 10, 10),
          I("", "时效指标", "季度数据上报及时率", "100%", "100%", 10, 10),
          I("效益指标", "社会效益指标", "住户调查数据被政府决策采用次数", "≥6次", "7次", 20, 20),
          I("", "可持续影响指标", "辅助调查员队伍稳定率", "≥85%", "81%", 10, 8, "部分辅助调查员年龄偏大退出，已补充招聘"),
          I("满意度指标", "服务对象满意度指标", "记账户满意度", "≥90%", "93%", 10, 10)],
    total_score=97.5, grade="优")

FORMS["sh_commerce"] = dict(
    kind="decl", year=2025, title="2025年项目支出绩效目标表",
    name="外贸企业开拓国际市场支持资金", dept="上海市嘉定区商务委员会", unit="上海市嘉定区商务委员会",
    funds=dict(total=1350.0, fiscal=1350.0, other=0.0),
    goal="支持区内中小外贸企业参加境外展会和开展国际认证，全年支持企业不少于150家次，带动出口额增长。",
    inds=[I("产出指标", "数量指标", "支持企业参加境外展会家次", "≥150家次"),
          I("", "", "支持企业取得国际认证数", "≥40项"),
          I("", "质量指标", "支持资金审核合规率", "100%"),
          I("", "时效指标", "支持资金拨付时间", "2025年10月底前"),
          I("效益指标", "经济效益指标", "受支持企业新增意向订单金额", "≥2亿美元"),
          I("满意度指标", "服务对象满意度指标", "受支持企业满意度", "≥90%")])

FORMS["sd_hrss_se"] = dict(
    kind="se", year=2024, title="项目支出绩效自评表",
    name="高校毕业生就业见习补贴", dept="山东省临沂市人力资源和社会保障局", unit="临沂市公共就业和人才服务中心",
    funds=dict(init=540.0, total=600.0, fiscal=540.0, carry=60.0, exec=600.0, rate=100.0),
    fund_w=10, fund_sc=10,
    goal="组织离校未就业高校毕业生参加就业见习2500人，见习期满留用率达到40%。",
    act_goal="全年组织见习2618人，见习期满留用1102人，留用率42.1%。",
    inds=[I("产出指标", "数量指标", "参加就业见习人数", "≥2500人", "2618人", 20, 20),
          I("", "", "新认定就业见习基地数", "≥30个", "34个", 10, 10),
          I("", "质量指标", "见习补贴发放准确率", "100%", "100%", 10, 10),
          I("", "时效指标", "见习补贴按月拨付率", "100%", "100%", 10, 10),
          I("效益指标", "社会效益指标", "见习期满留用率", "≥40%", "42.1%", 20, 20),
          I("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", "91.5%", 10, 10),
          I("", "", "见习单位满意度", "≥90%", "90.2%", 10, 10)],
    total_score=100.0, grade="优")

FORMS["hen_emerg_dse"] = dict(
    kind="dse", year=2024, title="部门整体支出绩效自评表（2024年度）",
    name="河南省信阳市应急管理局部门整体支出", dept=None, unit="河南省信阳市应急管理局",
    dept_name="河南省信阳市应急管理局",
    funds=dict(init=2940.0, total=3286.0, fiscal=3286.0, other=0.0, exec=3046.12, rate=92.7),
    fund_w=10, fund_sc=9.27,
    goal="安全生产形势持续稳定，防汛抗旱和森林防灭火工作有力有序，应急物资储备满足需求。",
    act_goal="全年未发生较大以上生产安全事故，汛期平稳度过，应急物资储备库完成扩容。",
    inds=[I("产出指标", "数量指标", "危险化学品企业执法检查家次", "≥260家次", "274家次", 10, 10),
          I("", "", "新增应急物资储备品种", "≥12种", "12种", 10, 10),
          I("", "质量指标", "执法案卷评查合格率", "≥95%", "96.8%", 10, 10),
          I("", "时效指标", "灾情信息报送及时率", "100%", "100%", 10, 10),
          I("效益指标", "社会效益指标", "较大以上生产安全事故起数", "0起", "0起", 20, 20),
          I("", "可持续影响指标", "乡镇应急管理标准化建设达标率", "≥80%", "75%", 10, 8, "部分乡镇人员编制未到位"),
          I("满意度指标", "服务对象满意度指标", "企业对执法服务满意度", "≥90%", "92%", 20, 20)],
    total_score=97.27, grade="优")

FORMS["tj_weather_se"] = dict(
    kind="se", year=2024, title="2024年度项目支出绩效自评表", pct_rate=True,
    name="气象灾害监测预警系统运行维护", dept="天津市气象局", unit="天津市气象信息中心",
    funds=dict(init=415.0, total=415.0, fiscal=415.0, exec=399.72, rate=96.32),
    fund_w=10, fund_sc=9.63,
    goal="保障全市自动气象站和天气雷达稳定运行，数据传输及时率达到98%以上，暴雨等灾害性天气预警提前量不少于30分钟。",
    act_goal="全年自动气象站数据传输及时率98.9%，灾害性天气预警平均提前量42分钟。",
    inds=[I("产出指标", "数量指标", "维护自动气象站数量", "≥380个", "386个", 15, 15),
          I("", "", "天气雷达巡检次数", "≥12次", "12次", 10, 10),
          I("", "质量指标", "自动气象站数据传输及时率", Pct(0.98, prefix="≥"), Pct(0.989, 1), 15, 15),
          I("", "", "雷达数据可用率", Pct(0.95, prefix="≥"), Pct(0.972, 1), 10, 10),
          I("", "时效指标", "设备故障排除时限", "≤48小时", "36小时", 10, 10),
          I("效益指标", "社会效益指标", "灾害性天气预警提前量", "≥30分钟", "42分钟", 15, 15),
          I("", "可持续影响指标", "气象观测站网运行稳定性", "稳定", "基本稳定", 5, 4, "个别站点因市政施工断电停报"),
          I("满意度指标", "服务对象满意度指标", "公众气象服务满意度", Pct(0.9, prefix="≥"), Pct(0.925, 1), 10, 10)],
    total_score=98.63, grade="优")

FORMS["bj_veterans_dept"] = dict(
    kind="dept", year=2025, title="2025年度部门整体支出绩效目标表",
    name="北京市延庆区退役军人事务局部门整体支出", dept=None, unit="北京市延庆区退役军人事务局",
    dept_name="北京市延庆区退役军人事务局",
    funds=dict(total=6208.7, fiscal=6008.7, other=200.0), basic=820.35, project=5388.35,
    tasks=[("退役军人服务保障", "区、镇、村三级退役军人服务站日常运转和走访慰问", 612.0),
           ("优待抚恤", "发放优抚对象抚恤补助、义务兵家庭优待金", 4310.35),
           ("军休服务管理", "军休干部医疗保障、文体活动和休养所设施维护", 466.0)],
    goal="退役军人服务站规范化运行，优抚政策落实到位，军休干部服务管理水平提升，退役军人满意度保持在95%以上。",
    inds=[I("产出指标", "数量指标", "走访慰问退役军人和其他优抚对象人次", "≥5200人次"),
          I("", "", "义务兵家庭优待金发放户数", "≥310户"),
          I("", "质量指标", "三级服务站规范化建设达标率", "≥95%"),
          I("", "时效指标", "优待金发放时间", "8月31日前"),
          I("", "成本指标", "军休干部人均服务管理经费", "≤1.8万元"),
          I("效益指标", "社会效益指标", "退役军人权益保障政策知晓率", "≥90%"),
          I("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥95%")])

FORMS["zj_forest_mix"] = dict(
    kind="decl", year=2024, title="项目支出绩效目标申报表",
    name="松材线虫病疫情防控专项资金", dept="浙江省衢州市自然资源和规划局", unit="衢州市森林病虫害防治检疫站",
    funds=dict(total=980.0, fiscal=900.0, other=80.0),
    goal="完成疫木除治12万株，疫情发生面积较上年下降10%，疫点乡镇数量下降。",
    inds=[I("产出指标", "数量指标", "疫木除治株数", "≥12万株"),
          I("", "", "春秋两季普查面积", "≥260万亩"),
          I("", "质量指标", "除治质量检查合格率", "≥95%"),
          I("", "时效指标", "年度除治完成时间", "2024年4月30日前"),
          I("效益指标", "生态效益指标", "疫情发生面积下降比例", "≥10%"),
          I("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%")])

FORMS["fj_police_nat"] = dict(
    kind="nat", year=2025, title="2025年度项目支出绩效目标申报表",
    name="看守所被监管人员伙食及医疗经费", dept="福建省漳州市公安局", unit="漳州市看守所",
    funds=dict(total=742.0, fiscal=742.0, other=0.0),
    goal="保障被监管人员伙食标准和基本医疗，实现监所安全无事故，被监管人员疾病及时诊治。",
    inds=[I("产出指标", "数量指标", "保障被监管人员日均人数", "900人", nat=("正向", "900", "人")),
          I("", "", "入所健康体检人次", "2600人次", nat=("正向", "2600", "人次")),
          I("", "质量指标", "伙食标准达标率", "100%", nat=("正向", "100", "%")),
          I("", "", "监所安全事故发生数", "0起", nat=("反向", "0", "起")),
          I("", "时效指标", "突发疾病送医时限", "30分钟", nat=("反向", "30", "分钟")),
          I("", "成本指标", "人均日伙食费", "18元", nat=("反向", "18", "元")),
          I("效益指标", "社会效益指标", "被监管人员非正常死亡事件", "0起", nat=("反向", "0", "起")),
          I("满意度指标", "服务对象满意度指标", "被监管人员家属满意度", "90%", nat=("正向", "90", "%"))])

FORMS["hb_hrss_frag"] = dict(
    kind="decl", year=None, title="", name=None, dept=None, unit=None, funds={}, goal=None,
    inds=[I("产出指标", "时效指标", "社会保险待遇按时发放率", "100%"),
          I("", "", "劳动人事争议仲裁案件结案时限", "≤45日"),
          I("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%"),
          I("", "", "新增技能人才", "≥1.5万人"),
          I("", "可持续影响指标", "企业职工基本养老保险参保人数", "≥210万人"),
          I("满意度指标", "服务对象满意度指标", "人社公共服务满意度", "≥92%"),
          I("", "", "劳动者维权满意度", "≥90%")])


# =============================================================== grids
# A grid is (widths, rows, spans): rows of cell values (str or Pct), spans {(r, c): (h, w)}.

def block_spans(rows, col, r0):
    """The l1/l2 label of a block printed once, merged down over its rows."""
    spans, start = {}, None
    for r in range(len(rows) + 1):
        if r == len(rows) or rows[r][col]:
            if start is not None and r - start > 1:
                spans[(r0 + start, col)] = (r - start, 1)
            start = r
    return spans


def l2_blocks(inds):
    """l2 labels printed once per block; a new l1 starts a new l2 block."""
    out = []
    for i in inds:
        out.append([i["l1"], i["l2"]])
    return out


def grid_decl(f):
    rows = [["项目名称", f["name"], "", "", "", ""],
            ["主管部门", f["dept"], "", "实施单位", f["unit"], ""],
            ["项目资金\n（万元）", "年度资金总额", s(f["funds"]["total"]), "", "", ""],
            ["", "其中：财政拨款", s(f["funds"]["fiscal"]), "", "", ""],
            ["", "其他资金", s(f["funds"]["other"]), "", "", ""],
            ["年度绩效目标", f["goal"], "", "", "", ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"]]
    spans = {(0, 1): (1, 5), (1, 1): (1, 2), (1, 4): (1, 2), (2, 0): (3, 1), (2, 2): (1, 4),
             (3, 2): (1, 4), (4, 2): (1, 4), (5, 1): (1, 5)}
    r0 = len(rows)
    body = [["", i["l1"], i["l2"], i["l3"], i["target"], ""] for i in f["inds"]]
    rows += body
    spans[(r0 - 1, 0)] = (len(body) + 1, 1)
    spans.update(block_spans(body, 1, r0))
    spans.update(block_spans(body, 2, r0))
    return [14, 14, 16, 30, 16, 10], rows, spans


def grid_mid(f):
    rows = [["项目名称", f["name"], "", "", "", ""],
            ["主管部门", f["dept"], "", "实施单位", f["unit"], ""],
            ["项目资金\n（万元）", "资金总额", s(f["funds"]["total"]), "", "", ""],
            ["", "其中：财政拨款", s(f["funds"]["fiscal"]), "", "", ""],
            ["", "其他资金", s(f["funds"]["other"]), "", "", ""],
            ["总体目标", "中期目标（2024—2026年）" if f["year"] == 2024 else "中期目标（2025—2027年）", "", "",
             "年度目标", ""],
            ["", f["mid_goal"], "", "", f["goal"], ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]]
    spans = {(0, 1): (1, 5), (1, 1): (1, 2), (1, 4): (1, 2), (2, 0): (3, 1), (2, 2): (1, 4),
             (3, 2): (1, 4), (4, 2): (1, 4), (5, 0): (2, 1), (5, 1): (1, 3), (5, 4): (1, 2),
             (6, 1): (1, 3), (6, 4): (1, 2)}
    r0 = len(rows)
    body = [["", i["l1"], i["l2"], i["l3"], i["mid"], i["target"]] for i in f["inds"]]
    rows += body
    spans[(r0 - 1, 0)] = (len(body) + 1, 1)
    spans.update(block_spans(body, 1, r0))
    spans.update(block_spans(body, 2, r0))
    return [12, 12, 16, 28, 16, 16], rows, spans


def grid_dept(f):
    fu = f["funds"]
    rows = [["部门名称", f["dept_name"], "", "", "", ""],
            ["年度预算\n（万元）", "预算总额", "收入", "", "支出", ""],
            ["", "", "财政拨款", "其他资金", "基本支出", "项目支出"],
            ["", s(fu["total"]), s(fu["fiscal"]), s(fu["other"]), s(f["basic"]), s(f["project"])],
            ["年度主要任务", "任务名称", "主要内容", "", "", "预算金额（万元）"]]
    spans = {(0, 1): (1, 5), (1, 0): (3, 1), (1, 1): (2, 1), (1, 2): (1, 2), (1, 4): (1, 2),
             (4, 0): (len(f["tasks"]) + 1, 1), (4, 2): (1, 3)}
    for name, content, amount in f["tasks"]:
        spans[(len(rows), 2)] = (1, 3)
        rows.append(["", name, content, "", "", s(amount)])
    spans[(len(rows), 1)] = (1, 5)
    rows.append(["整体绩效目标", f["goal"], "", "", "", ""])
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "", "指标值"])
    r0 = len(rows)
    spans[(r0 - 1, 3)] = (1, 2)
    body = [["", i["l1"], i["l2"], i["l3"], "", i["target"]] for i in f["inds"]]
    for k in range(len(body)):
        spans[(r0 + k, 3)] = (1, 2)
    rows += body
    spans[(r0 - 1, 0)] = (len(body) + 1, 1)
    spans.update(block_spans(body, 1, r0))
    spans.update(block_spans(body, 2, r0))
    return [12, 14, 16, 16, 16, 16], rows, spans


def grid_se(f, dept=False):
    fu = f["funds"]
    rows = []
    spans = {}
    if dept:
        rows.append(["部门名称", f["dept_name"], "", "", "", "", "", ""])
        spans[(0, 1)] = (1, 7)
    else:
        rows.append(["项目名称", f["name"], "", "", "", "", "", ""])
        rows.append(["主管部门", f["dept"], "", "", "实施单位", f["unit"], "", ""])
        spans.update({(0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3)})
    r = len(rows)
    label = "年度预算\n执行情况\n（万元）" if dept else "项目资金\n（万元）"
    rows.append([label, "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    rows.append(["", "年度资金总额", s(fu["init"]), s(fu["total"]), s(fu["exec"]), s(f["fund_w"]),
                 Pct(fu["rate"] / 100, 2) if f.get("pct_rate") else f"{s(fu['rate'])}%", s(f["fund_sc"])])
    fis_init = fu["init"] if not fu.get("carry") else fu["init"]
    rows.append(["", "其中：当年财政拨款", s(fis_init), s(fu["fiscal"]),
                 s(fu["exec"] if not fu.get("carry") else round(fu["exec"] - fu["carry"], 2)), "—", "", "—"])
    rows.append(["", "上年结转资金", "", s(fu.get("carry")), s(fu.get("carry")), "—", "", "—"])
    rows.append(["", "其他资金", s(fu.get("other")), s(fu.get("other")), s(fu.get("other")), "—", "", "—"])
    spans[(r, 0)] = (5, 1)
    r = len(rows)
    rows.append(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""])
    rows.append(["", f["goal"], "", "", f["act_goal"], "", "", ""])
    spans.update({(r, 0): (2, 1), (r, 1): (1, 3), (r, 4): (1, 4), (r + 1, 1): (1, 3), (r + 1, 4): (1, 4)})
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    r0 = len(rows)
    body = [[i["l1"], i["l2"], i["l3"], i["target"], i["actual"], s(i["w"]), s(i["sc"]), i["dev"] or ""]
            for i in f["inds"]]
    rows += body
    spans.update(block_spans(body, 0, r0))
    spans.update(block_spans(body, 1, r0))
    rows.append(["总分", "", "", "", "", "100", s(f["total_score"]), f"自评等级：{f['grade']}"])
    spans[(len(rows) - 1, 0)] = (1, 5)
    return [12, 14, 26, 14, 14, 8, 8, 22], rows, spans


def grid_frag(f, body_only_cols):
    """Only the indicator rows (a page that starts mid-table), labels as the page shows them."""
    if f["kind"] == "se":
        rows = [[i["l1"], i["l2"], i["l3"], i["target"], i["actual"], s(i["w"]), s(i["sc"]), i["dev"] or ""]
                for i in f["inds"]]
        rows.append(["总分", "", "", "", "", "100", s(f["total_score"]), f"自评等级：{f['grade']}"])
        spans = block_spans(rows[:-1], 0, 0)
        spans.update(block_spans(rows[:-1], 1, 0))
        spans[(len(rows) - 1, 0)] = (1, 5)
        return [12, 14, 26, 14, 14, 8, 8, 22], rows, spans
    rows = [["", i["l1"], i["l2"], i["l3"], i["target"], ""] for i in f["inds"]]
    spans = block_spans(rows, 1, 0)
    spans.update(block_spans(rows, 2, 0))
    return [14, 14, 16, 30, 16, 10], rows, spans


def grid_nat(f):
    """A declaration whose targets are split into 指标性质 (正向/反向) / 指标值 / 计量单位."""
    rows = [["项目名称", f["name"], "", "", "", "", ""],
            ["主管部门", f["dept"], "", "", "实施单位", f["unit"], ""],
            ["资金情况\n（万元）", "合计", s(f["funds"]["total"]), "财政资金", s(f["funds"]["fiscal"]), "其他资金",
             s(f["funds"]["other"])],
            ["年度目标", f["goal"], "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标解释"]]
    spans = {(0, 1): (1, 6), (1, 1): (1, 3), (1, 5): (1, 2), (3, 1): (1, 6)}
    r0 = len(rows)
    body = [[i["l1"], i["l2"], i["l3"], *i["nat"], "按年度实际统计"] for i in f["inds"]]
    rows += body
    spans.update(block_spans(body, 0, r0))
    spans.update(block_spans(body, 1, r0))
    return [12, 14, 26, 10, 10, 10, 18], rows, spans


GRIDS = {"decl": grid_decl, "nat": grid_nat, "mid": grid_mid, "dept": grid_dept, "se": grid_se,
         "dse": lambda f: grid_se(f, dept=True)}


def grid(f):
    return GRIDS[f["kind"]](f)


def covered(spans):
    return {(r + i, c + j) for (r, c), (h, w) in spans.items() for i in range(h) for j in range(w)
            if (i, j) != (0, 0)}


# =============================================================== renderers
def flat(v):
    return s(v).replace("\n", "")


def as_str_rows(rows):
    return [[s(c) for c in row] for row in rows]


def to_tab(g, lead=""):
    _, rows, _ = g
    return "\n".join(lead + "\t".join(flat(c) for c in row) for row in rows)


def to_pipe(g):
    _, rows, _ = g
    out = ["| " + " | ".join(flat(c) for c in row) + " |" for row in rows]
    out.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(out)


def to_cells(g):
    """One cell per line as an HTML/DOCX copy gives it: merged cells once, empty cells blank."""
    _, rows, spans = g
    cov = covered(spans)
    out = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if (r, c) not in cov:
                out.append(flat(v))
    return "\n".join(out)


def write_xlsx_grid(ws, g, top=1):
    widths, rows, spans = g
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v in ("", None):
                continue
            cell = ws.cell(row=top + r, column=c + 1)
            if isinstance(v, Pct):
                cell.value = v.v
                cell.number_format = v.fmt
            else:
                try:
                    cell.value = float(v) if v and v[0].isdigit() and v.replace(".", "", 1).isdigit() else v
                except (ValueError, AttributeError):
                    cell.value = v
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for (r, c), (h, w) in spans.items():
        ws.merge_cells(start_row=top + r, start_column=c + 1, end_row=top + r + h - 1, end_column=c + w)
    for c, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c + 1)].width = w * 1.1


def xlsx_doc(path, sheets):
    """sheets: (sheet title, header lines above the table, grid)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, head, g in sheets:
        ws = wb.create_sheet(title)
        ncol = len(g[1][0])
        for k, line in enumerate(head):
            ws.cell(row=k + 1, column=1, value=line)
            ws.merge_cells(start_row=k + 1, start_column=1, end_row=k + 1, end_column=ncol)
        write_xlsx_grid(ws, g, top=len(head) + 1)
    wb.save(path)


def docx_doc(path, head, g, tail=()):
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.size = Pt(9)
    for k, line in enumerate(head):
        p = d.add_paragraph(line)
        if k == 0:
            p.alignment = 1
    _, rows, spans = g
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v not in ("", None):
                t.cell(r, c).text = flat(v)
    for (r, c), (h, w) in spans.items():
        a = t.cell(r, c)
        a.merge(t.cell(r + h - 1, c + w - 1))
    for line in tail:
        d.add_paragraph(line)
    d.save(path)


def pdf_doc(path, title, grids):
    pdftable.render(path, [(w, as_str_rows(rows), sp) for w, rows, sp in grids], title)


def pdf_texts(title, grids):
    tmp = str(HERE / "_tmp.pdf")
    pdf_doc(tmp, title, grids)
    out = pdftable.extract(tmp)
    Path(tmp).unlink()
    return {k: "\n".join(line.rstrip() for line in v.splitlines()).strip("\n") + "\n" for k, v in out.items()}


# =============================================================== gold
def wan(x):
    return None if x is None else round(x * 10000, 2)


FORM_KIND = {"decl": "target_declaration", "nat": "target_declaration", "mid": "target_declaration", "dept": "department_target",
             "se": "self_evaluation", "dse": "department_self_evaluation"}


def gold_form(f):
    fu = f["funds"]
    inds, l1, l2 = [], None, None
    for i in f["inds"]:
        if i["l1"]:
            l1, l2 = L1.get(i["l1"], i["l1"]), None
        if i["l2"]:
            l2 = L2.get(i["l2"], i["l2"])
        inds.append({"level1": l1, "level2": l2, "level3": i["l3"], "target": s(i["target"]),
                     "actual": None if i["actual"] is None else s(i["actual"]), "weight": None if i["w"] is None else float(i["w"]),
                     "score": None if i["sc"] is None else float(i["sc"]), "deviation": i["dev"]})
    dept = f["dept"] if f["dept"] is not None else f.get("dept_name")  # department-wide: the department
    return {"name": f["name"], "department": dept, "unit": f["unit"], "year": f["year"],
            "form": FORM_KIND[f["kind"]],
            "funds": {"total": wan(fu.get("total")), "fiscal": wan(fu.get("fiscal")),
                      "carryover": wan(fu.get("carry")), "other": wan(fu.get("other")),
                      "executed": wan(fu.get("exec")), "execution_rate": fu.get("rate")},
            "goal": f["goal"], "total_score": f.get("total_score"), "grade": f.get("grade"),
            "indicators": inds}


# =============================================================== documents
def lines(text):
    return "\n".join(line.rstrip(" ") for line in text.strip("\n").splitlines()) + "\n"


def doc_x01(path):
    a, b = FORMS["sd_police_a"], FORMS["sd_police_b"]
    xlsx_doc(path, [
        ("科信支队", [a["title"], "填报单位（盖章）：潍坊市公安局科技信息化支队", "金额单位：万元"], grid(a)),
        ("交警支队", [b["title"], "填报单位（盖章）：潍坊市公安局交通警察支队", "金额单位：万元"], grid(b))])


def doc_x02(path):
    f = FORMS["hn_medins_dept"]
    wb_head = [f["title"], "填报单位：洛阳市医疗保障局（盖章）　　　　　　填报日期：2024年1月18日"]
    xlsx_doc(path, [("部门整体绩效目标", wb_head, grid(f)),
                    ("填报说明", ["1. 年度预算总额与部门预算批复数一致。",
                                  "2. 年度主要任务应涵盖部门主要职能，预算金额合计不超过项目支出。",
                                  "3. 绩效指标值应量化、可考核，定性指标须说明评判标准。"],
                     ([40], [["注：本表由部门财务科汇总填报"]], {}))])


def doc_x03(path):
    f = FORMS["hb_forest_mid"]
    xlsx_doc(path, [("绩效目标表", [f["title"], "单位名称：宜昌市林业科学研究所　　　　　　　　单位：万元"], grid(f)),
                    ("项目资金明细", ["项目资金测算明细"],
                     ([16, 16, 16], [["支出内容", "数量", "金额（万元）"], ["森林抚育", "1.5万亩", "1230"],
                                     ["退化林修复", "0.6万亩", "1170"], ["监测评估", "1项", "250"]], {}))])


def doc_d01(path):
    f = FORMS["hun_justice"]
    docx_doc(path, [f["title"], "填报单位：株洲市公共法律服务中心（盖章）", "单位：万元"], grid(f),
             ["填表人：谭思远　　联系电话：0731-2288XXXX　　填报日期：2025年1月10日"])


def doc_d02(path):
    f = FORMS["fj_stats_dse"]
    docx_doc(path, [f["title"], "（2023年度）".replace("（2023年度）", "填报单位（盖章）：福建省泉州市统计局"),
                    "一、部门整体支出自评结果如下表。"], grid(f),
             ["二、存在的问题：统计基层基础建设不平衡，部分专题分析发布滞后。",
              "三、改进措施：加强乡镇统计人员培训，完善统计信息发布计划。"])


def doc_d03(path):
    f = FORMS["zj_commerce_se"]
    docx_doc(path, ["项目支出绩效自评表", "（2024年度）", "单位：万元"], grid(f),
             ["填报人：陈佳琪　　审核人：周立新"])


def doc_p(kind):
    def run(path):
        f = FORMS[kind]
        pdf_doc(path, f["title"].replace("\n", ""), [grid(f)])
    return run


def ptext(kind, tool, title=None):
    def run():
        f = FORMS[kind]
        return pdf_texts(title if title is not None else f["title"].replace("\n", ""), [grid(f)])[tool]
    return run


def doc_t01():
    f = FORMS["sx_veterans_dept"]
    return lines("部门整体支出绩效目标表\n（2024年度）\n\t\t\t\t\t金额单位：万元\n" + to_tab(grid(f)) +
                 "\n填报人：杨帆\t\t\t审核人：刘建军\n")


def doc_i01():
    f = FORMS["qh_medins_mid"]
    return lines("## 项目支出绩效目标表\n\n（2024年度）\n\n" + to_pipe(grid(f)) + "\n\n填报单位：海东市医疗保障服务中心\n")


def doc_c01():
    f = FORMS["nx_police_se"]
    return lines("项目支出绩效自评表\n（2024年度）\n" + to_cells(grid(f)) + "\n填报人：马晓东\n联系电话：0952-20XXXXX\n")


def doc_f01():
    f = FORMS["xz_forest_frag"]
    return lines(to_tab(grid_frag(f, True)) + "\n\t备注：1. 指标值为年度目标值。\n\t填报人：次仁　　　审核人：格桑\n\t— 2 —\n")


def doc_f02():
    f = FORMS["tj_stats_frag"]
    return pdf_texts("", [grid_frag(f, True)])["plumber"] + "第 2 页 共 2 页\n"


def doc_e01():
    f = FORMS["sd_hrss_se"]
    return lines("临沂市2024年度项目支出绩效自评表\n" + to_tab(grid(f)) + "\n注：执行率=全年执行数/全年预算数。\n")


def doc_c02():
    f = FORMS["hen_emerg_dse"]
    return lines(f["title"] + "\n" + to_cells(grid(f)) + "\n")


def doc_m01():
    f = FORMS["sh_commerce"]
    budget = [["项目", "2025年预算数", "2024年预算数", "增减"],
              ["一般公共预算拨款收入", "3826.41", "3702.15", "124.26"],
              ["政府性基金预算拨款收入", "0", "0", "0"],
              ["收入合计", "3826.41", "3702.15", "124.26"]]
    sangong = [["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
               ["2025年预算数", "18.6", "12.0", "5.8", "0.8"]]
    g = grid(f)
    return lines(f"""# 上海市嘉定区商务委员会2025年部门预算

## 一、部门主要职能

贯彻执行国家和本市有关商务工作的法律法规，拟订本区商贸流通、对外贸易和利用外资发展规划并组织实施。

## 二、收支预算总体情况

2025年部门收入预算3826.41万元，比2024年增加124.26万元，主要是外贸企业支持资金增加。

{to_pipe(([1], budget, {}))}

## 三、“三公”经费预算情况

{to_pipe(([1], sangong, {}))}

## 四、绩效目标设置情况

2025年本部门共有2个项目编报绩效目标，其中“外贸企业开拓国际市场支持资金”项目绩效目标表如下：

{f["title"]}

{to_pipe(g)}

## 五、其他需要说明的事项

本部门无政府性基金预算和国有资本经营预算安排的支出。
""")


def doc_m02():
    return lines("""北京市密云区司法局2024年部门预算情况说明

一、部门基本情况
北京市密云区司法局共有内设机构8个，下属司法所19个，编制人数126人。

二、收支预算总体情况
2024年收入预算2964.38万元，其中一般公共预算拨款2964.38万元；支出预算2964.38万元，其中基本支出2107.52万元，项目支出856.86万元。

收支预算总表
单位：万元
收入\t预算数\t支出\t预算数
一般公共预算拨款\t2964.38\t公共安全支出\t2631.05
政府性基金\t0\t社会保障和就业支出\t188.44
\t\t住房保障支出\t144.89
收入总计\t2964.38\t支出总计\t2964.38

三、项目支出预算情况
项目名称\t预算数（万元）\t主要用途
人民调解“以案定补”经费\t186.2\t按调解案件数量和质量给予补贴
法律援助办案补贴\t243.7\t支付法律援助律师办案补贴
社区矫正工作经费\t156.0\t社区矫正对象教育帮扶和监管

四、预算绩效管理情况
2024年本部门实现项目支出绩效目标管理全覆盖，涉及项目12个，涉及资金856.86万元。项目绩效目标详见各项目的绩效目标申报表，本说明不再列示。

五、名词解释
基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。
""")


def doc_x04(path):
    f = FORMS["tj_weather_se"]
    xlsx_doc(path, [("自评表", [f["title"], "填报单位：天津市气象信息中心", "单位：万元"], grid(f)),
                    ("自评说明", ["一、项目实施情况：全年维护自动气象站386个，完成雷达巡检12次。",
                                  "二、偏差说明：个别站点因市政施工断电停报，已协调恢复供电。"],
                     ([40], [["填报人：孙悦　　联系电话：022-2XXXXXXX"]], {}))])


def doc_d04(path):
    f = FORMS["bj_veterans_dept"]
    docx_doc(path, [f["title"], "部门（单位）：北京市延庆区退役军人事务局", "金额单位：万元"], grid(f),
             ["注：年度主要任务预算金额为该任务2025年安排的项目支出。"])


def mix_tables():
    f = FORMS["zj_forest_mix"]
    budget = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
              ["213", "农林水支出", "1526.4", "546.4", "980"],
              ["21302", "林业和草原", "1526.4", "546.4", "980"],
              ["2130234", "林业草原防灾减灾", "980", "", "980"],
              ["", "合计", "1526.4", "546.4", "980"]]
    note = [["七、项目绩效目标：本单位2024年安排项目1个，绩效目标如下表。"]]
    return [([14, 30, 14, 14, 14], budget, {}), ([100], note, {}), grid(f)]


def doc_m03(path):
    pdf_doc(path, "衢州市森林病虫害防治检疫站2024年单位预算", mix_tables())


def doc_m04():
    return pdf_texts("衢州市森林病虫害防治检疫站2024年单位预算", mix_tables())["plumber"]


def doc_n01():
    f = FORMS["fj_police_nat"]
    return lines(f["title"] + "\n" + to_tab(grid(f)) + "\n")


def doc_f03():
    f = FORMS["hb_hrss_frag"]
    return pdf_texts("", [grid_frag(f, True)])["mupdf"] + "填报人：黄敏\n审核人：周涛\n"


# doc id, ext, writer (path -> None for binaries, () -> str for text), forms, family, province, sector, note
DOCS_SPEC = [
    ("x01_xlsx_shandong_police", "xlsx", doc_x01, ["sd_police_a", "sd_police_b"], "xlsx", "山东", "公安",
     "XLSX, two sheets with one declaration each: a 3-line header block (title, 填报单位, 金额单位) merged "
     "across the sheet above each table, 绩效指标/一级/二级 labels merged vertically, funds as numbers "
     "(其他资金 0 → 0), percent targets as fractions with formats 0% and a custom \"≥\"0% (0.95 shown ≥95%)."),
    ("x02_xlsx_henan_medins_dept", "xlsx", doc_x02, ["hn_medins_dept"], "department_target", "河南", "医疗保障",
     "XLSX 部门整体支出绩效目标表: 部门名称, 年度预算 block with 收入（财政拨款/其他资金 0）and 支出（基本/项目）"
     " column groups over one value row, 年度主要任务 table (任务名称/主要内容/预算金额), 整体绩效目标, indicator "
     "table with merged 三级 cells; percent targets in \"≥\"0% / \"≥\"0.0% formats; a second 填报说明 sheet."),
    ("x03_xlsx_hubei_forestry_mid", "xlsx", doc_x03, ["hb_forest_mid"], "midterm_annual", "湖北", "林业",
     "XLSX multi-year declaration: 中期目标 and 年度目标 text side by side, 中期指标值 before 年度指标值 "
     "(target = annual), percent cells with formats; second sheet a 资金测算明细 table that is not a form."),
    ("d01_docx_hunan_justice", "docx", doc_d01, ["hun_justice"], "docx", "湖南", "司法",
     "DOCX: title/填报单位/单位 paragraphs above a table with merged cells (项目资金 over three rows, 绩效指标 "
     "down the indicator block, 一级/二级 merged), short labels 产出/数量/质量/时效/效益/社会效益/可持续影响/"
     "满意度/服务对象满意度, a signature paragraph below."),
    ("d02_docx_fujian_stats_dse", "docx", doc_d02, ["fj_stats_dse"], "department_self_eval", "福建", "统计",
     "DOCX 部门整体支出绩效自评表: 部门名称, 年度预算执行情况 block 年初预算数/全年预算数/全年执行数/分值/执行率/"
     "得分 (其他资金 0), 预期目标/实际完成情况, indicator rows with 实际完成值/分值/得分/偏差原因, 总分 with "
     "自评等级 in the last cell; narrative paragraphs before and after."),
    ("d03_docx_zhejiang_commerce_se", "docx", doc_d03, ["zj_commerce_se"], "self_eval_classic", "浙江", "商务",
     "DOCX classic self-evaluation with 上年结转资金 (全年预算数 > 年初预算数), 执行率 92.06%, merged "
     "labels; year only in the （2024年度） paragraph above the table."),
    ("p01_pdf_jiangsu_hrss_se", "pdf", doc_p("js_hrss_se"), ["js_hrss_se"], "self_eval_classic", "江苏", "人社",
     "The PDF itself: a ruled classic self-evaluation table (PyMuPDF, pdftable.py), stacked two/three-line "
     "label cells, merged label blocks centred, wrapped 偏差原因 and goal text."),
    ("p02_plumber_jiangsu_hrss_se", "txt", ptext("js_hrss_se", "plumber"), ["js_hrss_se"], "self_eval_classic",
     "江苏", "人社", "pdfplumber extract_text() of p01: single spaces between cells, merged labels and wrapped "
     "pieces on lines of their own."),
    ("p03_mupdf_jiangsu_hrss_se", "txt", ptext("js_hrss_se", "mupdf"), ["js_hrss_se"], "token_per_line",
     "江苏", "人社", "PyMuPDF get_text() of p01: one cell (or one wrapped line of a cell) per line in drawing "
     "order, empty cells absent."),
    ("p04_pdf_liaoning_emergency_dept", "pdf", doc_p("ln_emerg_dept"), ["ln_emerg_dept"], "department_target",
     "辽宁", "应急管理", "The PDF itself: department-wide target with 收入/支出 column groups (two header rows "
     "over one value row), 年度主要任务 rows with wrapped 主要内容, 整体绩效目标 wrapped in a merged cell."),
    ("p05_plumber_liaoning_emergency_dept", "txt", ptext("ln_emerg_dept", "plumber"), ["ln_emerg_dept"],
     "department_target", "辽宁", "应急管理", "pdfplumber extract_text() of p04."),
    ("p06_mupdf_liaoning_emergency_dept", "txt", ptext("ln_emerg_dept", "mupdf"), ["ln_emerg_dept"],
     "department_target", "辽宁", "应急管理", "PyMuPDF get_text() of p04: budget figures as lone lines after "
     "their header cells, task amounts after the task texts."),
    ("p07_pdf_heilongjiang_weather_mid", "pdf", doc_p("hlj_weather_mid"), ["hlj_weather_mid"], "midterm_annual",
     "黑龙江", "气象", "The PDF itself: 中期目标/年度目标 text side by side and 中期指标值/年度指标值 columns; "
     "some values identical in both columns (0起)."),
    ("p08_plumber_heilongjiang_weather_mid", "txt", ptext("hlj_weather_mid", "plumber"), ["hlj_weather_mid"],
     "midterm_annual", "黑龙江", "气象", "pdfplumber extract_text() of p07: the two value columns one space "
     "apart on the row line (60个 20个): the second is the annual target."),
    ("p09_layout_heilongjiang_weather_mid", "txt", ptext("hlj_weather_mid", "plumber_layout"),
     ["hlj_weather_mid"], "space_columns", "黑龙江", "气象",
     "pdfplumber extract_text(layout=True) of p07: columns by position, wrapped goal texts side by side."),
    ("t01_tab_shaanxi_veterans_dept", "txt", doc_t01, ["sx_veterans_dept"], "tab_table", "陕西", "退役军人",
     "Tab copy of a department-wide target sheet: merged cells printed once, rest of their block empty; "
     "收入/支出 group headers over 财政拨款/其他资金/基本支出/项目支出, 其他资金 0; a 社会效益 block whose second "
     "row is a count (修缮处数) under 社会效益指标 as printed."),
    ("i01_pipe_qinghai_medins_mid", "md", doc_i01, ["qh_medins_mid"], "pipe_table", "青海", "医疗保障",
     "Markdown pipe table of a multi-year declaration: header labels and values side by side in one row, "
     "中期目标/年度目标 texts in a two-row block, 中期指标值 then 年度指标值 columns (target = annual)."),
    ("c01_cell_ningxia_police_se", "txt", doc_c01, ["nx_police_se"], "cell_per_line", "宁夏", "公安",
     "One cell per line classic self-evaluation (HTML/DOCX copy): merged cells once, empty cells as blank "
     "lines, — placeholders in the funds block, 总分 row with 自评等级 in its last cell."),
    ("f01_frag_xizang_forestry", "txt", doc_f01, ["xz_forest_frag"], "fragment", "西藏", "林业",
     "Second page of a tab-copied declaration: starts at the first indicator row (leading empty 绩效指标 "
     "column), no header, no name/year; 备注/signature/page-number lines after the table."),
    ("f02_frag_tianjin_stats", "txt", doc_f02, ["tj_stats_frag"], "fragment", "天津", "统计",
     "pdfplumber text of the second page of a classic self-evaluation (ruled PDF): starts mid-table at a "
     "质量指标 row, 总分/自评等级 row, page footer; no header, no name/year."),
    ("m01_mix_shanghai_commerce", "md", doc_m01, ["sh_commerce"], "mixed_report", "上海", "商务",
     "Markdown department budget report: narrative, a 收支预算 pipe table and a 三公经费 pipe table (not "
     "forms), then one declaration as a pipe table."),
    ("m02_mix_beijing_justice", "txt", doc_m02, [], "mixed_report", "北京", "司法",
     "Budget explanation with tab tables (收支预算总表, 项目支出 list with amounts) and a note that project "
     "targets are in separate forms: no form → gold []."),
    ("e01_sec_tab_shandong_hrss", "txt", doc_e01, ["sd_hrss_se"], "self_eval_classic", "山东", "人社",
     "Tab copy of a classic self-evaluation with 上年结转资金, execution 100%, two 满意度 rows; year only "
     "in the title line (临沂市2024年度…)."),
    ("c02_cell_henan_emergency_dse", "txt", doc_c02, ["hen_emerg_dse"], "department_self_eval", "河南",
     "应急管理", "One cell per line 部门整体支出绩效自评表: 部门名称, 年度预算执行情况 block (其他资金 0), "
     "indicator rows with scores and one 偏差原因."),
    ("x04_xlsx_tianjin_weather_se", "xlsx", doc_x04, ["tj_weather_se"], "xlsx", "天津", "气象",
     "XLSX classic self-evaluation: header block above the table, 执行率 a fraction with format 0.00% "
     "(0.9632 → 96.32%), 年度指标值 as \"≥\"0% fractions and 实际完成值 as 0.0% fractions (0.989 → 98.9%); "
     "a second 自评说明 sheet with narrative lines."),
    ("d04_docx_beijing_veterans_dept", "docx", doc_d04, ["bj_veterans_dept"], "department_target", "北京",
     "退役军人", "DOCX 部门整体支出绩效目标表: head paragraphs (title with year, 部门（单位）, 金额单位), merged "
     "收入/支出 header groups, 年度主要任务 rows, merged 三级 cells, a note paragraph after the table."),
    ("m03_mix_pdf_zhejiang_forestry", "pdf", doc_m03, ["zj_forest_mix"], "mixed_report", "浙江", "林业",
     "The PDF itself: a unit budget with a 科目编码/科目名称 expenditure table (not a form, amounts and a 合计 "
     "row), a one-cell note, then one declaration below them on the same page; year only in the report title and the note."),
    ("m04_mix_plumber_zhejiang_forestry", "txt", doc_m04, ["zj_forest_mix"], "mixed_report", "浙江", "林业",
     "pdfplumber extract_text() of m03."),
    ("n01_tab_fujian_police_nature", "txt", doc_n01, ["fj_police_nat"], "tab_table", "福建", "公安",
     "Tab copy of a declaration with 指标性质 正向/反向, 指标值 and 计量单位 in separate cells (target = value+"
     "unit without the direction word), an 指标解释 column, funds 合计/财政资金/其他资金 0 on one row."),
    ("f03_frag_mupdf_hubei_hrss", "txt", doc_f03, ["hb_hrss_frag"], "fragment", "湖北", "人社",
     "PyMuPDF get_text() of the second page of a ruled declaration: starts at a 时效指标 row, one cell per line, "
     "merged labels once at the top of their block; signature lines after; no header, no name/year."),
]


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    meta = {}
    for did, ext, fn, forms, fam, prov, sec, note in DOCS_SPEC:
        path = DOCS / f"{did}.{ext}"
        if ext in ("xlsx", "docx", "pdf"):
            fn(str(path))
        else:
            path.write_text(fn(), encoding="utf-8")
        gold = [gold_form(FORMS[k]) for k in forms]
        (GOLD / f"{did}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
        meta[did] = {"family": fam, "province": prov, "sector": sec, "note": note}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
