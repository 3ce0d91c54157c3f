"""dev21 reader evaluation set: content and renderers.

Every name, unit, indicator, goal and number below is invented for this set.
Run `python make_dev21.py` to (re)write docs/, gold/ and meta.json.
"""
import json
import os
import random
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))

L1 = {"产": "产出指标", "效": "效益指标", "满": "满意度指标", "成": "成本指标",
      "履": "履职效能", "管": "管理效率"}
L2 = {"数": "数量指标", "质": "质量指标", "时": "时效指标", "成": "成本指标",
      "经": "经济效益指标", "社": "社会效益指标", "生": "生态效益指标",
      "可": "可持续影响指标", "满": "服务对象满意度指标"}


def rows(text, self_eval=False, mid=False):
    out = []
    for line in text.strip().splitlines():
        p = line.strip().split("|")
        r = {"l1": L1.get(p[0], p[0]), "l2": L2.get(p[1], p[1]), "l3": p[2]}
        if mid:
            r["mid"], r["target"] = p[3], p[4]
        else:
            r["target"] = p[3]
        if self_eval:
            r["actual"] = p[4]
            r["weight"] = p[5]
            r["score"] = p[6]
            r["dev"] = p[7] if len(p) > 7 and p[7] else None
        out.append(r)
    return out


# ---------------------------------------------------------------- content
# funds: strings as printed, unit "万元" or "元"; self-evaluations: b (budget,
# 年初 = 全年), ex (executed), rate (%), fs (funds score, 分值 10)
F = {}

F["A"] = dict(kind="target_declaration", year=2024,
    name="2024年张北县农村地区冬季清洁取暖改造项目", dept="张北县住房和城乡建设局",
    unit="张北县村镇建设服务中心", money="万元",
    total="3260", fiscal="2980", carry=None, other="280",
    goal="完成12个行政村2150户农户“煤改电”“煤改气”改造，同步实施农房保温改造，改造户冬季室温稳定达到16℃以上，减少散煤燃烧约6400吨。",
    rows=rows("""
产|数|“煤改电”改造户数|≥1380户
产|数|“煤改气”改造户数|≥770户
产|数|农房墙体保温改造面积|≥8.6万平方米
产|质|改造设备安装验收合格率|100%
产|质|改造户冬季室内平均温度|≥16℃
产|时|改造任务完成时间|2024年10月31日前
产|成|户均改造补助标准|≤1.2万元/户
效|经|改造户采暖季户均燃料支出降低|≥600元
效|生|减少散煤燃烧量|≥6400吨
效|可|清洁取暖设施运维机制|长效运行
满|满|改造农户满意度|≥92%
"""))

F["B"] = dict(kind="self_evaluation", year=2023,
    name="2023年四子王旗草原生态保护补助奖励资金项目", dept="四子王旗林业和草原局",
    unit="四子王旗草原工作站", money="万元",
    b="4862.5", fiscal="4862.5", ex="4796.31", rate="98.64", fs="9.86",
    goal="落实禁牧面积1260万亩、草畜平衡面积1490万亩，按时足额发放补奖资金，草原综合植被盖度稳定在28%以上，牧民政策性收入稳定增长。",
    agoal="完成禁牧1260万亩、草畜平衡1490万亩任务，补奖资金通过“一卡通”发放到户，草原综合植被盖度27.6%。",
    total_score="95.86", grade="优",
    rows=rows("""
产|数|禁牧补助面积|1260万亩|1260万亩|10|10|
产|数|草畜平衡奖励面积|1490万亩|1490万亩|10|10|
产|质|补奖资金发放到户准确率|100%|100%|10|10|
产|时|补奖资金发放时间|2023年11月底前|2023年12月中旬|10|8|受牧户银行账户信息核对进度影响，部分苏木发放时间推迟。下一步提前开展“一卡通”信息比对，压实苏木镇审核责任。
产|成|禁牧补助标准|7.5元/亩|7.5元/亩|10|10|
效|经|受益牧户户均政策性收入|≥1.1万元|1.16万元|10|10|
效|生|草原综合植被盖度|≥28%|27.6%|10|8|夏季降水偏少，部分区域植被恢复低于预期。将加强监测，优化补播改良区域布局。
效|可|草原监管长效机制|持续完善|持续完善|10|10|
满|满|受益牧户满意度|≥90%|93.2%|10|10|
""", self_eval=True))

F["C"] = dict(kind="target_declaration", year=2025,
    name="2025年海伦市东北黑土地保护利用项目", dept="海伦市农业农村局",
    unit="海伦市农业技术推广中心", money="万元",
    total="2400", fiscal="2400", carry=None, other=None,
    goal="在8个乡镇实施黑土地保护利用面积15万亩，推广秸秆深翻还田和增施有机肥，耕地质量等级提升0.2个等级，土壤有机质含量稳中有升。",
    rows=rows("""
产|数|黑土地保护利用实施面积|15万亩
产|数|秸秆深翻还田面积|≥9万亩
产|数|增施有机肥面积|≥3万亩
产|数|建设耕地质量长期监测点|6个
产|质|作业质量抽查合格率|≥95%
产|时|春季作业完成时限|5月20日前
产|成|亩均补助标准|≤160元/亩
效|生|耕地质量等级提升|≥0.2个等级
效|经|项目区亩均节本增效|≥45元
效|可|土壤有机质含量|逐年提升
满|满|实施主体满意度|≥90%
"""))

F["D"] = dict(kind="self_evaluation", year=2024,
    name="2024年抚松县群众性冰雪运动推广项目", dept="抚松县文化广播电视和旅游局",
    unit="抚松县体育事业发展中心", money="万元",
    b="180", fiscal="180", ex="171.36", rate="95.2", fs="9.52",
    goal="举办县级群众冰雪赛事活动12场，开展冰雪进校园培训，浇筑公益冰场4块，带动群众参与冰雪运动3万人次。",
    agoal="举办群众冰雪赛事活动14场，浇筑公益冰场4块，培训学生2480人，参与群众3.4万人次。",
    total_score="97.52", grade="优",
    rows=rows("""
产|数|举办群众冰雪赛事活动场次|≥12场|14场|15|15|
产|数|公益冰场浇筑数量|4块|4块|10|10|
产|数|冰雪进校园培训学生人数|≥2600人|2480人|10|9|
产|质|赛事活动安全事故发生率|0|0|10|10|
产|时|公益冰场开放时间|12月20日前|12月28日|5|4|
效|社|带动群众参与冰雪运动|≥3万人次|3.4万人次|15|15|
效|可|冰雪运动社会指导员队伍|有所壮大|有所壮大|15|15|
满|满|参与群众满意度|≥90%|95%|10|10|
""", self_eval=True))

F["E"] = dict(kind="department_target", year=2025,
    dept="抚顺市望花区住房和城乡建设局", money="万元",
    total="8675.4", fiscal="8210.4", carry=None, other="465",
    tasks=[("老旧小区改造", "实施23个老旧小区基础类和完善类改造，同步加装电梯"),
           ("城市供热保障", "更新改造老旧供热管网，做好采暖期供热监管"),
           ("住建领域安全监管", "开展房屋建筑和市政工程安全隐患排查整治")],
    goal="完成23个老旧小区改造，惠及居民8900户，更新改造老旧供热管网21公里，保障住建领域安全生产形势平稳。",
    rows=rows("""
产|数|老旧小区改造个数|23个
产|数|改造惠及居民户数|≥8900户
产|数|更新改造老旧供热管网长度|≥21公里
产|数|加装电梯数量|≥30部
产|质|改造工程竣工验收合格率|100%
产|时|改造项目开工时间|6月30日前
产|成|小区改造平均成本|≤360元/平方米
效|社|居民居住环境|明显改善
效|社|住建领域较大安全事故|0起
效|可|小区长效管理机制覆盖率|≥80%
满|满|改造小区居民满意度|≥90%
"""))

F["F"] = dict(kind="department_self_evaluation", year=2023,
    dept="左权县文化和旅游局", money="万元",
    b="1341.2", fiscal="1341.2", ex="1298.28", rate="96.8",
    goal="建成运行县级公共文化云平台，整合数字文化资源，开展线上线下文化惠民活动，基层文化服务点全面接入，群众文化获得感进一步增强。",
    agoal="公共文化云平台上线数字资源1926条，开展线上直播64场，接入基层服务点112个，全年访问量27.3万人次。",
    total_score="98", grade="优",
    rows=rows("""
产|数|公共文化云平台上线数字资源|≥1800条|1926条|15|15|
产|数|线上直播文化活动场次|≥60场|64场|10|10|
产|数|基层文化服务点接入数量|≥120个|112个|10|8|部分山区村网络条件不足，8个服务点未能按期接入。已协调通信运营商年内完成光纤延伸。
产|质|平台年度安全运行率|≥99%|99.6%|10|10|
产|时|文化惠民活动完成时限|12月底前|按期完成|5|5|
效|社|公共文化云平台年访问量|≥25万人次|27.3万人次|15|15|
效|可|数字文化资源更新机制|持续运行|持续运行|10|10|
管|预算管理|部门预算执行率|≥95%|96.8%|10|10|
管|预算管理|“三公”经费控制率|≤100%|86%|5|5|
满|满|群众文化服务满意度|≥90%|92.5%|10|10|
""", self_eval=True))

F["G"] = dict(kind="target_declaration", year=2024,
    name="2024年蔚县公益性公墓建设项目", dept="蔚县民政局", unit="蔚县殡葬管理所",
    money="万元", total="620", fiscal="620", carry=None, other=None,
    goal="新建农村公益性公墓3处，新增墓穴2400个，配套建设道路、绿化和祭扫设施，满足群众节地生态安葬需求。",
    rows=rows("""
产|数|新建农村公益性公墓|3处
产|数|新增公益性墓穴|≥2400个
产|质|工程验收合格率|100%
产|时|工程完工时间|2024年9月底前
产|成|单个墓穴建设成本|≤2000元
效|社|节地生态安葬比例|有所提升
效|生|墓区绿化覆盖率|≥40%
满|满|群众满意度|≥90%
"""))

F["H"] = dict(kind="target_declaration", year=2024,
    name="2024年蔚县惠民殡葬补贴项目", dept="蔚县民政局", unit="蔚县民政局",
    money="万元", total="186", fiscal="186", carry=None, other=None,
    goal="对本县户籍逝者免除遗体接运、火化等基本殡葬服务费用，落实海葬、树葬等生态安葬奖补，减轻群众丧葬负担。",
    rows=rows("""
产|数|享受基本殡葬服务费减免人数|≥1500人
产|数|生态安葬奖补人数|≥80人
产|质|补贴发放准确率|100%
产|时|补贴资金拨付时限|服务完成后30日内
产|成|人均基本殡葬服务减免标准|≤1200元/人
效|社|群众丧葬负担|有效减轻
效|可|惠民殡葬政策覆盖|长期覆盖
满|满|逝者家属满意度|≥95%
"""))

F["I"] = dict(kind="target_declaration", year=2024,
    name="2024年孝义市历史遗留废弃矿山生态修复项目", dept="孝义市自然资源局",
    unit="孝义市国土空间生态修复中心", money="万元",
    total="1850", fiscal="1500", carry="350", other=None,
    goal="对西部山区7处历史遗留废弃矿山实施地形整治、覆土复绿，修复治理面积62公顷，消除地质灾害隐患，恢复矿区植被。",
    rows=rows("""
产|数|修复治理废弃矿山数量|7处
产|数|修复治理面积|≥62公顷
产|数|植树造林数量|≥4.5万株
产|质|苗木成活率|≥85%
产|质|地质灾害隐患消除率|100%
产|时|项目完工时间|2024年11月30日前
产|成|每公顷修复成本|≤29.8万元
效|生|矿区植被覆盖度提高|≥30个百分点
效|社|周边群众生产生活安全|有效保障
效|可|修复后管护期|≥3年
满|满|周边村民满意度|≥90%
"""))

F["J"] = dict(kind="target_declaration", year=2025,
    name="二连浩特公路口岸智能化查验设施提升项目", dept="二连浩特市口岸管理委员会",
    unit="二连浩特市口岸服务中心", money="万元",
    mid_total="5600", total="2100", fiscal="2100", carry=None, other=None,
    midgoal="2025—2027年完成公路口岸货运通道智能卡口、集装箱机检设备和旅检通道自助查验设施建设，口岸通关效率和查验能力明显提升。",
    goal="2025年完成货运通道智能卡口改造6条，新增集装箱机检设备1套、旅检自助查验设备12台，货车平均通关时间压缩15%以上。",
    rows=rows("""
产|数|智能卡口改造通道数|≥16条|≥6条
产|数|新增集装箱机检设备|3套|1套
产|数|旅检通道自助查验设备|≥40台|≥12台
产|质|设备验收合格率|100%|100%
产|时|年度建设任务完成时间|2027年底前|2025年12月31日前
产|成|单条智能卡口改造成本|≤180万元|≤180万元
效|经|货车平均通关时间压缩|≥40%|≥15%
效|社|口岸年出入境旅客通关能力|≥300万人次|≥220万人次
效|可|智能化设备使用年限|≥8年|≥8年
满|满|通关企业满意度|≥95%|≥92%
""", mid=True))

F["K"] = dict(kind="self_evaluation", year=2023,
    name="2023年鹤岗市城区老旧供热管网改造项目", dept="鹤岗市住房和城乡建设局",
    unit="鹤岗市供热管理中心", money="万元",
    b="5400", fiscal="5400", ex="5112.9", rate="94.68", fs="9.47",
    goal="改造城区老旧供热管网38公里、换热站14座，降低管网热损失，保障采暖期居民室温达标。",
    agoal="完成管网改造38.6公里、换热站14座，采暖期居民室温达标率98.7%。",
    total_score="95.47", grade=None,
    rows=rows("""
产|数|改造老旧供热管网长度|38公里|38.6公里|15|15
产|数|改造换热站数量|14座|14座|10|10
产|质|管网试压一次合格率|≥98%|99.1%|10|10
产|时|改造工程完工时间|10月15日前|10月12日|10|10
产|成|每公里管网改造成本|≤118万元|113.4万元|5|5
效|经|管网单位面积热损失降低|≥12%|10.5%|10|8
效|社|采暖期居民室温达标率|≥98%|98.7%|10|10
效|生|年节约标准煤|≥1.1万吨|1.02万吨|10|8
满|满|供热用户满意度|≥90%|91.6%|10|10
""", self_eval=True))

F["L"] = dict(kind="self_evaluation", year=2024,
    name="2024年梨树县黑土地保护性耕作项目", dept="梨树县农业农村局",
    unit="梨树县农业机械化技术推广站", money="万元",
    b="3150", fiscal="3150", ex="3150", rate="100", fs="10",
    goal="实施保护性耕作作业面积120万亩，推行秸秆覆盖还田，开展作业质量监测，提升耕地地力。",
    agoal="完成保护性耕作作业121.3万亩，安装监测终端640台，作业补助全部兑付。",
    total_score="100", grade="优",
    rows=rows("""
产|数|保护性耕作作业面积|120万亩|121.3万亩|20|20|
产|数|作业监测终端安装数量|≥600台|640台|10|10|
产|质|作业质量核验合格率|≥95%|97.2%|15|15|
产|时|作业补助兑付时间|2024年12月底前|2024年12月20日|10|10|
产|成|亩均作业补助|≤25元|25元|5|5|
效|生|作业地块秸秆覆盖率|≥30%|41%|15|15|
效|可|保护性耕作技术推广|逐步扩大|逐步扩大|5|5|
满|满|农机合作社满意度|≥90%|94%|10|10|
""", self_eval=True))

F["M"] = dict(kind="self_evaluation", year=2024,
    name="2024年梨树县秸秆综合利用项目", dept="梨树县农业农村局",
    unit="梨树县农业技术推广总站", money="万元",
    b="860", fiscal="860", ex="812.7", rate="94.5", fs="9.45",
    goal="新增秸秆饲料化、燃料化利用能力，秸秆综合利用率稳定在92%以上，减少秸秆露天焚烧。",
    agoal="秸秆综合利用量70.2万吨，利用率93.1%，扶持收储运主体11个。",
    total_score="97.45", grade="优",
    rows=rows("""
产|数|秸秆综合利用量|≥68万吨|70.2万吨|20|20|
产|数|扶持秸秆收储运主体数量|≥12个|11个|10|8|1家主体因场地手续未办结未能纳入扶持。
产|质|秸秆综合利用率|≥92%|93.1%|15|15|
产|时|扶持资金兑付时限|验收后1个月内|验收后1个月内|10|10|
效|经|秸秆离田收购价格|≥90元/吨|96元/吨|10|10|
效|生|秸秆露天焚烧火点数|较上年下降|较上年下降35%|15|15|
满|满|农户满意度|≥90%|92%|10|10|
""", self_eval=True))

F["N"] = dict(kind="self_evaluation", year=2023,
    name="2023年阜平县殡葬改革推进项目", dept="阜平县民政局", unit="阜平县殡仪馆",
    money="万元", b="342", fiscal="342", ex="315.32", rate="92.2", fs="9.22",
    goal="完成殡仪馆火化设备环保改造2台，建成乡镇公益性骨灰堂2处，推行惠民殡葬政策，提高火化率和节地生态安葬率。",
    agoal="完成火化设备环保改造2台，建成骨灰堂1处，另1处结转实施。",
    total_score="91.22", grade="优",
    rows=rows("""
产|数|火化设备环保改造|2台|2台|10|10|
产|数|乡镇公益性骨灰堂建设|2处|1处|15|8|因选址涉及基本农田调整，城南庄镇骨灰堂未能如期开工，资金结转使用。下一步将加快用地手续报批，力争次年6月底前建成投用；同时加强前期论证，避免类似情况。
产|质|火化设备烟气排放达标率|100%|100%|10|10|
产|时|设备改造完成时间|2023年8月底前|2023年8月25日|10|10|
产|成|骨灰堂单处建设成本|≤85万元|82.6万元|5|5|
效|社|遗体火化率|有所提升|较上年提高3.2个百分点|15|15|
效|生|节地生态安葬率|逐步提高|逐步提高|15|15|
满|满|群众满意度|≥90%|88.6%|10|9|部分群众对骨灰堂建设进度和殡仪服务收费公示方式意见较多。将在殡仪馆和各乡镇便民服务中心公开收费标准，推行服务承诺制，并定期开展满意度回访。
""", self_eval=True))

F["O"] = dict(kind="target_declaration", year=2025,
    name="2025年阿巴嘎旗人工饲草地建设及草种补贴项目", dept="阿巴嘎旗农牧和科技局",
    unit="阿巴嘎旗草原工作站", money="万元",
    total="960", fiscal="900", carry=None, other="60",
    goal="建设高产人工饲草地2.4万亩，为禁牧区牧户补贴优质牧草种子，缓解天然草原放牧压力，促进草畜平衡。",
    rows=rows("""
产|数|新建高产人工饲草地面积|≥2.4万亩
产|数|发放优质牧草种子|≥36万公斤
产|数|受益牧户数|≥850户
产|质|饲草地出苗率|≥80%
产|时|种子发放时间|4月30日前
产|成|牧草种子补贴标准|≤18元/公斤
产|成|人工饲草地每亩建设补助|≤250元
效|经|每亩饲草地干草产量|≥400公斤
效|生|天然草原放牧压力|逐步改善
满|满|受益牧户满意度|≥90%
"""))

F["P"] = dict(kind="self_evaluation", year=2024,
    name="2024年抚远港口岸查验配套设施运维项目", dept="抚远市人民政府口岸办公室",
    unit="抚远市口岸管理服务中心", money="万元",
    b="420", fiscal="420", ex="386.4", rate="92", fs="9.2",
    goal="保障口岸联检楼、查验场地及监管设施全年正常运行，开航期内客货通关顺畅，口岸安全生产零事故。",
    agoal="完成查验场地和设备维护，开航期内口岸运行平稳，未发生安全生产事故。",
    total_score="94.2", grade="优",
    rows=rows("""
产|数|查验场地设施维护面积|≥1.8万平方米|1.8万平方米|10|10|
产|数|监控及查验设备维护数量|≥260台（套）|268台（套）|10|10|
产|数|口岸年货运量|≥45万吨|38.7万吨|10|7|受界江水位偏低影响，开航期推迟约20天，部分大宗货物改走其他口岸，货运量未达预期。下一步将加强与对岸口岸和航运企业沟通，拓展粮食、木材等回程货源，争取开航期内满负荷运行。
产|质|设备完好率|≥95%|97%|15|15|
产|时|开航前设施检修完成时间|4月底前|4月26日|10|10|
效|社|口岸出入境旅客|≥6万人次|5.2万人次|10|8|对岸旅游团组恢复较慢，旅客人数低于预期。
效|可|口岸设施运维管理制度|持续健全|持续健全|15|15|
满|满|通关企业和旅客满意度|≥90%|93%|10|10|
""", self_eval=True))

F["Q"] = dict(kind="department_target", year=2025,
    dept="宽甸满族自治县文化旅游和广播电视局", money="万元",
    total="2368.9", fiscal="2248.9", carry=None, other="120",
    tasks=[("公共文化服务", "推进县级公共文化云建设，实施送戏下乡和农村公益电影放映"),
           ("文物保护", "开展不可移动文物安全巡查和重点文物修缮"),
           ("文旅市场监管", "开展文化和旅游市场综合执法检查")],
    goal="推进县级公共文化云建设，实施送戏下乡、农村电影放映等惠民工程，加强文物保护和文化市场监管，促进文旅融合发展。",
    rows=rows("""
产|数|送戏下乡演出场次|≥180场
产|数|农村公益电影放映场次|≥2400场
产|数|公共文化云新增数字资源|≥800条
产|质|文物安全巡查覆盖率|100%
产|时|惠民演出任务完成时间|按期完成
产|成|每场送戏下乡补助|≤0.6万元
效|社|群众公共文化参与度|有所提升
效|社|文化市场秩序|持续向好
效|可|文旅融合发展水平|逐步提高
满|满|群众满意度|≥90%
"""))

F["R"] = dict(kind="target_declaration", year=2025,
    name="2025年桦甸市冰雪进校园及群众冰雪赛事项目", dept="桦甸市文化广播电视和旅游局",
    unit="桦甸市全民健身活动中心", money="万元",
    total="265", fiscal="265", carry=None, other=None,
    goal="支持冰雪进校园项目在全市28所中小学开展，举办群众性冰雪赛事10项，带动群众参与冰雪运动8万人次。",
    rows=rows("""
产|数|支持冰雪进校园项目学校数|28所
产|数|举办群众性冰雪赛事项目|≥10项
产|数|培训冰雪运动教练员和社会体育指导员|≥150人
产|质|冰雪场地安全检查合格率|100%
产|时|冬季冰雪活动启动时间|12月中旬前
产|成|单场赛事平均办赛成本|≤6万元
效|社|带动群众参与冰雪运动|≥8万人次
效|经|带动冰雪消费|有所增长
效|可|校园冰雪运动普及|逐步深化
满|满|参与学生及群众满意度|≥92%
"""))

F["S"] = dict(kind="self_evaluation", year=2024,
    name="2024年岢岚县城区清洁取暖建筑节能改造项目", dept="岢岚县住房和城乡建设管理局",
    unit="岢岚县城镇建设服务中心", money="万元",
    b="1280", fiscal="1280", ex="1280", rate="100", fs="10",
    goal="完成城区既有居住建筑节能改造12.6万平方米，改造后供暖能耗明显下降，居民冬季室温达标。",
    agoal="完成节能改造12.84万平方米、楼栋48栋，改造建筑供暖能耗降低27%。",
    total_score="98", grade="优",
    rows=rows("""
产|数|既有建筑节能改造面积|≥12.6万平方米|12.84万平方米|20|20|
产|数|改造居民楼栋数|≥46栋|48栋|10|10|
产|质|外墙保温工程验收合格率|100%|100%|15|15|
产|时|改造工程完工时间|10月31日前|11月8日|10|8|受9月连续降雨影响，外墙保温施工暂停，工期顺延8天，未影响正常供暖。今后将合理安排施工计划，预留天气影响时段。
产|成|单位面积改造补助|≤100元/平方米|99.7元/平方米|5|5|
效|生|改造建筑供暖能耗降低|≥25%|27%|10|10|
效|社|改造户冬季室温达标率|≥98%|99%|10|10|
满|满|改造居民满意度|≥90%|96%|10|10|
""", self_eval=True))

F["T"] = dict(kind="target_declaration", year=2024,
    name="2024年铁东区城镇老旧小区改造项目", dept="鞍山市铁东区住房和城乡建设局",
    unit="鞍山市铁东区城市更新服务中心", money="万元",
    total="6420", fiscal="5800", carry=None, other="620",
    goal="改造老旧小区15个、楼栋142栋，涉及居民5260户，完成屋面防水、外墙保温、管网更新和环境整治，提升居民居住品质。",
    rows=rows("""
产|数|改造老旧小区数量|15个
产|数|改造楼栋数|142栋
产|数|屋面防水及外墙保温改造面积|≥31万平方米
产|数|更新老旧管网长度|≥26公里
产|质|工程质量验收合格率|100%
产|时|年度改造任务完成时间|2024年11月底前
产|成|建筑面积改造成本|≤205元/平方米
效|社|受益居民户数|≥5260户
效|社|小区居住环境|明显改善
效|可|小区物业管理覆盖率|≥90%
满|满|居民满意度|≥90%
"""))

F["U"] = dict(kind="department_self_evaluation", year=2023,
    dept="尚志市文体广电和旅游局", money="万元",
    b="3560.5", fiscal="3560.5", ex="3441.72", rate="96.66",
    goal="依托冰雪资源举办冰雪赛事节庆活动，提升公共体育和文化服务水平，推动冰雪旅游提质增效。",
    agoal="举办冰雪赛事节庆活动17项，冬季接待游客248万人次，未发生冰雪旅游安全事故。",
    total_score="98", grade="优",
    rows=rows("""
履|重点工作|举办冰雪赛事节庆活动|≥15项|17项|15|15|
履|重点工作|公共体育场馆免费低收费开放时长|≥330天|336天|10|10|
履|重点工作|冬季游客接待量|≥260万人次|248万人次|15|13|受雪季前期降雪偏少和航班运力调整影响，1月前游客接待量偏低。将加强与旅行社和航空公司合作，提前开展客源市场营销。
履|重点工作|冰雪旅游安全事故|0起|0起|10|10|
管|预算管理|部门预算执行率|≥95%|96.66%|10|10|
管|预算管理|结转结余资金控制率|≤5%|3.3%|5|5|
管|资产管理|固定资产账实相符率|100%|100%|5|5|
管|内控管理|内部控制制度执行情况|有效执行|有效执行|10|10|
满|满|游客及群众满意度|≥90%|92.4%|20|20|
""", self_eval=True))

F["V"] = dict(kind="self_evaluation", year=2024,
    name="2024年乌拉特中旗废弃矿山地质环境恢复治理项目", dept="乌拉特中旗自然资源局",
    unit="乌拉特中旗自然资源综合保障中心", money="元",
    b="7,386,000.00", fiscal="7,386,000.00", ex="6,943,210.56", rate="94.01", fs="9.4",
    goal="治理废弃采坑和排土场5处，恢复治理面积41.5公顷，消除崩塌隐患，恢复荒漠草原植被。",
    agoal="完成5处采坑及排土场治理，恢复治理面积41.5公顷，植被覆盖度18.5%。",
    total_score="95.4", grade="优",
    rows=rows("""
产|数|治理废弃采坑及排土场|5处|5处|10|10|
产|数|恢复治理面积|≥41.5公顷|41.5公顷|15|15|
产|数|撒播草籽面积|≥35公顷|33.2公顷|10|9|部分区域土层过薄、砾石含量高，经论证调整为围栏封育自然恢复，撒播面积相应减少。后续将结合雨季补播，并加强封育区管护。
产|质|边坡稳定达标率|100%|100%|10|10|
产|时|治理工程完工时间|2024年10月底前|2024年10月18日|10|10|
产|成|每公顷治理成本|≤17.8万元|16.73万元|5|5|
效|生|治理区植被覆盖度|≥20%|18.5%|15|12|当年降水量较常年偏少约三成，草籽出苗率偏低，植被恢复进度滞后。拟在次年春季开展补植补播，并延长管护期。
效|社|矿区周边地质灾害隐患|基本消除|基本消除|5|5|
满|满|周边农牧民满意度|≥90%|94%|10|10|
""", self_eval=True))


# ---------------------------------------------------------------- helpers
def money(s, unit):
    if s is None:
        return None
    v = Decimal(s.replace(",", ""))
    if unit == "万元":
        v = v * 10000
    return float(v)


def num(s):
    v = float(s)
    return int(v) if v == int(v) else v


def is_dept(f):
    return f["kind"].startswith("department")


def gold_form(f):
    se = f["kind"] in ("self_evaluation", "department_self_evaluation")
    u = f["money"]
    if se:
        funds = {"total": money(f["b"], u), "fiscal": money(f["fiscal"], u), "carryover": None,
                 "other": None, "executed": money(f["ex"], u), "execution_rate": float(f["rate"])}
    else:
        funds = {"total": money(f["total"], u), "fiscal": money(f["fiscal"], u),
                 "carryover": money(f.get("carry"), u), "other": money(f.get("other"), u),
                 "executed": None, "execution_rate": None}
    inds = []
    for r in f["rows"]:
        inds.append({"level1": r["l1"], "level2": r["l2"], "level3": r["l3"], "target": r["target"],
                     "actual": r.get("actual"),
                     "weight": num(r["weight"]) if se else None,
                     "score": num(r["score"]) if se else None,
                     "deviation": r.get("dev")})
    return {"name": f["dept"] + "部门整体支出" if is_dept(f) else f["name"],
            "department": f["dept"],
            "unit": f["dept"] if is_dept(f) else f["unit"],
            "year": f["year"], "form": f["kind"], "funds": funds, "goal": f["goal"],
            "total_score": num(f["total_score"]) if se else None,
            "grade": f.get("grade") if se else None,
            "indicators": inds}


def labels(rs, l1fmt=None, l2fmt=None):
    """Yield (l1 label or None, l2 label or None, row): covered cells are None."""
    p1 = p2 = None
    for r in rs:
        a = b = None
        if r["l1"] != p1:
            a = l1fmt(r["l1"]) if l1fmt else r["l1"]
            p2 = None
        if r["l2"] != p2:
            b = l2fmt(r["l2"]) if l2fmt else r["l2"]
        p1, p2 = r["l1"], r["l2"]
        yield a, b, r


def clean(cells):
    return [c for c in cells if c not in (None, "")]


def title_year(f):
    return "（%d年度）" % f["year"]


# --- header cells of each template (reading order, empty cells dropped)
def head_decl(f):
    return clean(["项目支出绩效目标申报表", title_year(f), "项目名称", f["name"], "主管部门", f["dept"],
                  "实施单位", f["unit"], "项目资金（{}）".format(f["money"]), "年度资金总额", f["total"],
                  "其中：财政拨款", f["fiscal"], "上年结转", f.get("carry"), "其他资金", f.get("other"),
                  "年度绩效目标", f["goal"]])


def head_self(f, grid=True):
    c = ["项目支出绩效自评表", title_year(f), "项目名称", f["name"], "主管部门", f["dept"],
         "实施单位", f["unit"], "项目资金（{}）".format(f["money"]), "年初预算数", "全年预算数", "全年执行数",
         "分值", "执行率", "得分", "年度资金总额", f["b"], f["b"], f["ex"], "10", f["rate"] + "%", f["fs"],
         "其中：当年财政拨款", f["fiscal"], f["fiscal"], f["ex"], "上年结转资金", "其他资金",
         "年度总体目标", "预期目标", "实际完成情况", f["goal"], f["agoal"]]
    return clean(c)


def head_dept_target(f):
    c = ["部门整体支出绩效目标表", title_year(f), "部门名称", f["dept"], "年度预算资金（{}）".format(f["money"]),
         "年度资金总额", f["total"], "其中：财政拨款", f["fiscal"], "其他资金", f.get("other"),
         "年度主要任务", "任务名称", "主要内容"]
    for i, (t, d) in enumerate(f["tasks"], 1):
        c += ["任务%d" % i, t, d]
    c += ["年度绩效目标", f["goal"]]
    return clean(c)


def head_dept_self(f):
    return clean(["部门整体支出绩效自评表", title_year(f), "部门名称", f["dept"],
                  "年度预算资金（{}）".format(f["money"]), "年初预算数", "全年预算数", "全年执行数", "执行率",
                  "年度资金总额", f["b"], f["b"], f["ex"], f["rate"] + "%",
                  "其中：财政拨款", f["fiscal"], f["fiscal"], f["ex"], "其他资金",
                  "年度总体目标", "预期目标", "实际完成情况", f["goal"], f["agoal"]])


TH_DECL = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
TH_SELF = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
           "偏差原因分析及改进措施"]


def body_cells(f, l1fmt=None, l2fmt=None):
    se = "actual" in f["rows"][0]
    c = []
    for a, b, r in labels(f["rows"], l1fmt, l2fmt):
        c += [a, b, r["l3"], r["target"]]
        if se:
            c += [r["actual"], r["weight"], r["score"], r["dev"]]
    return clean(c)


def cells_of(f, l1fmt=None, l2fmt=None):
    if f["kind"] == "target_declaration":
        return head_decl(f) + TH_DECL + body_cells(f, l1fmt, l2fmt)
    if f["kind"] == "self_evaluation":
        return (head_self(f) + TH_SELF + body_cells(f, l1fmt, l2fmt) +
                clean(["总分", "100", f["total_score"], "自评等级" if f.get("grade") else None, f.get("grade")]))
    if f["kind"] == "department_target":
        return head_dept_target(f) + TH_DECL + body_cells(f, l1fmt, l2fmt)
    return (head_dept_self(f) + TH_SELF + body_cells(f, l1fmt, l2fmt) +
            ["总分", "100", f["total_score"], "自评等级", f["grade"]])


def one_line(cells):
    return " ".join(cells)


def run_together(text, lo, hi, seed):
    rnd = random.Random(seed)
    out, i = [], 0
    while i < len(text):
        n = rnd.randint(lo, hi)
        out.append(text[i:i + n])
        i += n
    return "\n".join(out)


def weights_sum(f, l1):
    return sum(int(r["weight"]) for r in f["rows"] if r["l1"] == l1)


# ---------------------------------------------------------------- documents
DOCS = []  # (doc_id, text, [form keys], meta, encoding)


def doc(doc_id, text, keys, family, province, sector, note, enc="utf-8"):
    DOCS.append((doc_id, text, keys, {"family": family, "province": province, "sector": sector,
                                      "note": note}, enc))


# o01: declaration on one line between an attachment title and a signature line
f = F["A"]
doc("o01_line_hebei_cleanheat",
    "附件2\n" + one_line(cells_of(f)) + "\n填报人：刘某 审核人：张某 联系电话：0313-52××××× 填报日期：2024年1月18日\n",
    ["A"], "one_line_spaces", "河北", "冬季清洁取暖",
    "Classic declaration on one line, single spaces, covered level cells absent, empty 上年结转 dropped; "
    "附件2 line above and a 填报人/审核人/电话 line below; 元/户 unit, ℃ target, “煤改电” quotes in names.")

# o02: self-evaluation on one line, level-1 labels carrying their points
f = F["B"]
doc("o02_line_neimenggu_grassland",
    one_line(cells_of(f, l1fmt=lambda x: "%s(%d分)" % (x, weights_sum(F["B"], x)))) + "\n",
    ["B"], "one_line_spaces", "内蒙古", "草原生态保护补助",
    "Classic self-evaluation on one line: level-1 labels printed with their points (产出指标(50分) …), "
    "funds grid 年初/全年/执行/分值/执行率/得分 flattened, two long deviations, 总分 and 自评等级 at the end.")

# o03: declaration scrambled: labels and names first, then all values on a second line
f = F["C"]
body = []
for a, b, r in labels(f["rows"]):
    body += clean([a, b, r["l3"]])
doc("o03_scrambled_heilongjiang_blacksoil",
    one_line(head_decl(f) + TH_DECL + body) + "\n" + one_line([r["target"] for r in f["rows"]]) +
    "\n第 1 页，共 1 页\n",
    ["C"], "one_line_spaces", "黑龙江", "黑土地保护",
    "PDF-scrambled declaration: header and the 一级/二级 labels with all 三级 names on one line, then all "
    "11 指标值 on the next line in row order; page footer; 其他资金/上年结转 empty (absent).")

# o04: self-evaluation printed column by column
f = F["D"]
cols = [["一级指标"], ["二级指标"], ["三级指标"], ["年度指标值"], ["实际完成值"], ["分值"], ["得分"]]
for a, b, r in labels(f["rows"]):
    if a:
        cols[0].append(a)
    if b:
        cols[1].append(b)
    cols[2].append(r["l3"])
    cols[3].append(r["target"])
    cols[4].append(r["actual"])
    cols[5].append(r["weight"])
    cols[6].append(r["score"])
doc("o04_columns_jilin_iceskate",
    one_line(head_self(f)) + "\n绩效指标\n" + "\n".join(one_line(c) for c in cols) +
    "\n偏差原因分析及改进措施\n总分 100 {} 自评等级 {}\n".format(f["total_score"], f["grade"]),
    ["D"], "one_line_spaces", "吉林", "冰雪运动",
    "Self-evaluation table printed column by column (one line per column: all 一级 labels, all 二级, all 三级, "
    "then 年度指标值, 实际完成值, 分值, 得分); empty 偏差原因 column is only its heading; a target 0.")

# o05: department target on one line with tasks and a note
f = F["E"]
doc("o05_line_liaoning_oldhousing_dept",
    one_line(cells_of(f)) + "\n注：本表金额单位为万元，绩效指标按部门职能和年度重点工作设置。\n",
    ["E"], "one_line_spaces", "辽宁", "老旧小区改造",
    "Department target (部门整体支出绩效目标表) on one line: 部门名称, 年度预算资金 in 万元, 年度主要任务 "
    "as 任务1…任务3 with name and content, goal, then the table; a 注 line after; two 社会效益 rows.")

# o06: department self-evaluation on one line, 管理效率 block between 效益 and 满意度
f = F["F"]
doc("o06_line_shanxi_culturecloud_deptself",
    "左权县文化和旅游局2023年度部门整体支出绩效自评表\n" + one_line(cells_of(f)) +
    "\n填表人：赵某 联系电话：0354-86××××× 单位负责人：李某\n",
    ["F"], "one_line_spaces", "山西", "公共文化云",
    "Department self-evaluation on one line with a title line above (department + year): 管理效率 / 预算管理 "
    "rows (部门预算执行率, “三公”经费控制率) between 效益 and 满意度; actual 按期完成; one deviation.")

# o07: two declarations on the same line
doc("o07_twoforms_line_hebei_funeral",
    "蔚县民政局2024年项目支出绩效目标表\n" + one_line(cells_of(F["G"])) + " " + one_line(cells_of(F["H"])) +
    "\n",
    ["G", "H"], "one_line_spaces", "河北", "殡葬改革",
    "Two declarations of one department run on ONE line (second title follows the first form's last value); "
    "second form's 实施单位 = 主管部门; worded targets 有所提升, 有效减轻, 服务完成后30日内.")

# o08: all headings first, then all cells, on one line
f = F["I"]
heads = ["项目支出绩效目标申报表", "（2024年度）", "项目名称", "主管部门", "实施单位", "项目资金（万元）",
         "年度资金总额", "其中：财政拨款", "上年结转", "年度绩效目标"] + TH_DECL[1:]
vals = [f["name"], f["dept"], f["unit"], f["total"], f["fiscal"], f["carry"], f["goal"]] + body_cells(f)
doc("o08_headsfirst_shanxi_mine",
    one_line(heads + vals) + "\n",
    ["I"], "one_line_spaces", "山西", "矿山生态修复",
    "Declaration with all headings first (项目名称 主管部门 实施单位 … 一级指标 二级指标 三级指标 指标值) and "
    "then all cells in the same order, on ONE line; 上年结转 350 万元; ≥30个百分点.")

# o09: mid-term and annual targets side by side, on two lines
f = F["J"]
c = ["项目支出绩效目标申报表", title_year(f), "项目名称", f["name"], "主管部门", f["dept"], "实施单位",
     f["unit"], "项目资金（万元）", "中期资金总额", "年度资金总额", "资金总额", f["mid_total"], f["total"],
     "其中：财政拨款", f["mid_total"], f["fiscal"], "其他资金",
     "总体目标", "中期目标（2025年—2027年）", "年度目标（2025年）", f["midgoal"], f["goal"]]
b = []
for a, bb, r in labels(f["rows"]):
    b += clean([a, bb, r["l3"], r["mid"], r["target"]])
doc("o09_midterm_neimenggu_port",
    one_line(c) + "\n" + one_line(["绩效指标", "一级指标", "二级指标", "三级指标", "中期指标值",
                                   "年度指标值"] + b) + "\n",
    ["J"], "one_line_spaces", "内蒙古", "边境口岸",
    "Mid-term + annual declaration over two lines (header, then table): 中期/年度资金总额 and 中期/年度目标 "
    "side by side; every row has two values (gold: annual; funds: annual column); name without a year.")

# o10: self-evaluation scrambled: one line per column after the names
f = F["K"]
names = []
for a, bb, r in labels(f["rows"]):
    names += clean([a, bb, r["l3"]])
doc("o10_scrambled_heilongjiang_heating",
    one_line(head_self(f)) + "\n" + one_line(["绩效指标", "一级指标", "二级指标", "三级指标"] + names) + "\n" +
    one_line(["年度指标值"] + [r["target"] for r in f["rows"]]) + "\n" +
    one_line(["实际完成值"] + [r["actual"] for r in f["rows"]]) + "\n" +
    one_line(["分值"] + [r["weight"] for r in f["rows"]]) + "\n" +
    one_line(["得分"] + [r["score"] for r in f["rows"]]) + "\n" +
    "偏差原因分析及改进措施\n总分 100 {}\n".format(f["total_score"]),
    ["K"], "one_line_spaces", "黑龙江", "城市供热",
    "PDF-scrambled self-evaluation: header on one line, labels+names on the next, then one line each for "
    "年度指标值 / 实际完成值 / 分值 / 得分 in row order; no deviations; 总分 without grade.")

# o11: two self-evaluations on one line, under a page title
doc("o11_twoforms_line_jilin_straw",
    "梨树县农业农村局2024年度项目支出绩效自评表\n" + one_line(cells_of(F["L"]) + cells_of(F["M"])) +
    "\n— 3 —\n",
    ["L", "M"], "one_line_spaces", "吉林", "黑土地保护",
    "Two classic self-evaluations of one department on ONE line (second starts right after 自评等级 优 of "
    "the first); execution rate 100% in the first; worded actual 较上年下降35%; page number line.")

# r01: self-evaluation run together, long deviations
doc("r01_run_hebei_funeral",
    run_together("".join(cells_of(F["N"])), 30, 70, 2101) + "\n",
    ["N"], "run_together", "河北", "殡葬改革",
    "Classic self-evaluation run together (no separators), line breaks every 30–70 characters anywhere; "
    "two long deviation texts with ；, worded targets 有所提升 / 逐步提高, actual 较上年提高3.2个百分点.")

# r02: declaration in short pieces
doc("r02_run_neimenggu_grassseed",
    run_together("".join(cells_of(F["O"])), 12, 30, 2102) + "\n",
    ["O"], "run_together", "内蒙古", "草原生态保护补助",
    "Declaration run together in short pieces (12–30 characters); 元/公斤 and 万公斤 units, two 成本指标 rows, "
    "逐步改善; 其他资金 60 万元.")

# r03: self-evaluation run together with page header/footer text inside the stream
t = "".join(cells_of(F["P"]))
cut = t.index("质量指标设备完好率")
t = t[:cut] + "第1页" + t[cut:]
doc("r03_run_heilongjiang_port",
    "抚远市2024年度项目支出绩效自评表汇编\n" + run_together(t, 40, 90, 2103) + "\n",
    ["P"], "run_together", "黑龙江", "边境口岸",
    "Self-evaluation run together, breaks every 40–90 characters, a page mark 第1页 glued into the table "
    "stream; units 万平方米, 台（套）, 万人次; two deviations, one long.")

# r04: department target run together
doc("r04_run_liaoning_culture_dept",
    run_together("".join(cells_of(F["Q"])), 50, 80, 2104) + "\n",
    ["Q"], "run_together", "辽宁", "公共文化云",
    "Department target run together (tasks, goal, table), breaks every 50–80 characters; worded targets "
    "按期完成, 有所提升, 持续向好, 逐步提高; ≤0.6万元.")

# r05: declaration whose name ends with 项目 directly followed by 主管部门
doc("r05_run_jilin_iceschool",
    run_together("".join(cells_of(F["R"])), 20, 50, 2105) + "\n",
    ["R"], "run_together", "吉林", "冰雪运动",
    "Declaration run together (20–50 characters a line): project name ending in 项目 glued to 主管部门, "
    "三级 names containing/ending with 项目 (举办群众性冰雪赛事项目≥10项), 万人次, 有所增长, 逐步深化.")

# r06: self-evaluation on two long run-together lines
t = "".join(cells_of(F["S"]))
k = t.index("绩效指标")
doc("r06_run_shanxi_energysaving",
    t[:k] + "\n" + t[k:] + "\n",
    ["S"], "run_together", "山西", "冬季清洁取暖",
    "Self-evaluation run together in two long lines (header / table); 万平方米 and 元/平方米 units, a "
    "completion date later than target with a long deviation; execution rate 100%.")

# r07: declaration run together, 平方米
doc("r07_run_liaoning_oldhousing",
    run_together("".join(cells_of(F["T"])), 30, 60, 2107) + "\n审核人：孙某填报人：周某\n",
    ["T"], "run_together", "辽宁", "老旧小区改造",
    "Declaration run together (30–60 characters a line), 万平方米 / 元/平方米 / 公里 units, 其他资金 620 万元, "
    "审核人/填报人 glued on the last line.")

# r08: department self-evaluation run together (履职效能 / 管理效率 framework)
doc("r08_run_heilongjiang_snow_deptself",
    run_together("".join(cells_of(F["U"])), 25, 55, 2108) + "\n",
    ["U"], "run_together", "黑龙江", "冰雪运动",
    "Department self-evaluation run together (25–55 characters a line) on the 履职效能 / 管理效率 framework "
    "with printed level-2 names 重点工作 / 预算管理 / 资产管理 / 内控管理; 万人次; one long deviation.")

# r09: self-evaluation in 元 with thousands separators, GB18030
doc("r09_run_neimenggu_mine_yuan",
    run_together("".join(cells_of(F["V"])), 35, 75, 2109) + "\n",
    ["V"], "run_together", "内蒙古", "矿山生态修复",
    "Self-evaluation run together (35–75 characters a line), funds in 元 with thousands separators "
    "(7,386,000.00), GB18030-encoded; two long deviations, 公顷 and 万元 units.", enc="gb18030")


# ---------------------------------------------------------------- write
def main():
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    meta = {}
    for doc_id, text, keys, m, enc in DOCS:
        with open(os.path.join(HERE, "docs", doc_id + ".txt"), "w", encoding=enc, newline="\n") as fh:
            fh.write(text)
        with open(os.path.join(HERE, "gold", doc_id + ".json"), "w", encoding="utf-8") as fh:
            json.dump([gold_form(F[k]) for k in keys], fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        meta[doc_id] = m
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(DOCS), "documents,", sum(len(d[2]) for d in DOCS), "forms,",
          sum(len(F[k]["rows"]) for d in DOCS for k in d[2]), "rows")


if __name__ == "__main__":
    main()
