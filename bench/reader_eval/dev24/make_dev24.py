"""dev24 content: every name, unit, indicator and number invented by the set's writer.
Indicator rows: l1|l2|三级|target  (declarations / department targets)
                l1|l2|三级|target|actual|weight|score|deviation  (self-evaluations)
l1/l2 short codes are expanded to canonical names by L1/L2."""

L1 = {"产出": "产出指标", "效益": "效益指标", "满意": "满意度指标", "成本": "成本指标"}
L2 = {"数量": "数量指标", "质量": "质量指标", "时效": "时效指标", "成本": "成本指标",
      "经济成本": "经济成本指标", "社会成本": "社会成本指标", "生态成本": "生态环境成本指标",
      "经济": "经济效益指标", "社会": "社会效益指标", "生态": "生态效益指标",
      "可持续": "可持续影响指标", "满意": "服务对象满意度指标"}

FORMS = {}


def F(key, **kw):
    rows = []
    for line in kw.pop("rows").strip().splitlines():
        p = line.strip().split("|")
        r = {"level1": L1[p[0]], "level2": L2[p[1]], "level3": p[2], "target": p[3],
             "actual": None, "weight": None, "score": None, "deviation": None}
        if len(p) > 4:
            r["actual"] = p[4]
            r["weight"] = float(p[5])
            r["score"] = float(p[6])
            r["deviation"] = p[7] or None
        rows.append(r)
    kw["rows"] = rows
    FORMS[key] = kw


# ---------------- declarations (target_declaration) ----------------
F("A", kind="target_declaration", prov="河北", sector="冬季清洁取暖", year=2025,
  name="2025年阜平县农村冬季清洁取暖气代煤运维补助项目", dept="阜平县住房和城乡建设局",
  unit="阜平县清洁能源服务中心", wan=(486.0, 420.0, 0.0, 66.0),
  goal="完成全县13个乡镇8650户气代煤用户冬季运维补助发放，开展燃气设施入户安全巡检，保障采暖季清洁取暖设施稳定运行，减少散煤燃烧。",
  rows="""
产出|数量|气代煤运维补助户数|≥8650户
产出|数量|入户安全巡检次数|≥2次/户
产出|质量|补助资金发放准确率|100%
产出|时效|补助资金发放时限|2025年12月底前
成本|经济成本|户均运维补助标准|≤560元/户
效益|社会|采暖季燃气安全事故|0起
效益|生态|减少散煤燃烧量|≥1.2万吨
效益|可持续|清洁取暖设施长效运维机制|逐步完善
满意|满意|受益农户满意度|≥90%
""")

F("C", kind="target_declaration", prov="内蒙古", sector="草原生态保护补助", year=2025,
  name="四子王旗2025年草原生态保护补助奖励项目", dept="四子王旗林业和草原局",
  unit="四子王旗草原工作站", wan=(3260.5, 3260.5, 0.0, 0.0),
  goal="落实禁牧面积1120万亩、草畜平衡面积1480万亩，补奖资金足额兑付到户，草原植被综合盖度稳中有升，牧民转产增收渠道拓宽。",
  rows="""
产出|数量|禁牧补助面积|1120万亩
产出|数量|草畜平衡奖励面积|1480万亩
产出|数量|草原管护员聘用人数|≥310人
产出|质量|补奖资金兑付到户率|100%
产出|时效|补奖资金兑付完成时间|按期完成
效益|生态|草原植被综合盖度|≥28.5%
效益|经济|牧户户均补奖收入|≥9600元
效益|可持续|草畜平衡制度落实|持续落实
满意|满意|牧户满意度|≥92%
""")

F("E", kind="target_declaration", prov="山西", sector="矿山生态修复", year=2024,
  name="静乐县历史遗留废弃矿山生态修复治理项目", dept="静乐县自然资源局",
  unit="静乐县国土空间生态修复中心", wan=(1850.0, 1500.0, 350.0, 0.0),
  goal="对县域东部6处历史遗留废弃矿山实施削坡整形、覆土绿化，修复治理面积不少于96公顷，消除地质灾害隐患，改善矿区周边生态环境。",
  rows="""
产出|数量|治理废弃矿山图斑数量|6处
产出|数量|修复治理面积|≥96公顷
产出|数量|覆土绿化面积|≥640000平方米
产出|质量|工程验收合格率|100%
产出|时效|项目完工时间|2024年11月30日前
成本|经济成本|每公顷修复治理成本|≤19.3万元
效益|生态|矿区植被覆盖率|≥65%
效益|社会|消除地质灾害隐患点|6处
效益|可持续|修复区管护期|≥3年
满意|满意|周边群众满意度|≥90%
""")

F("H", kind="target_declaration", prov="黑龙江", sector="黑土地保护", year=2025,
  name="桦南县2025年东北黑土地保护利用项目", dept="桦南县农业农村局",
  unit="桦南县农业技术推广中心", wan=(2140.0, 2140.0, 0.0, 0.0),
  goal="实施黑土地保护利用面积20万亩，推广秸秆还田、有机肥深施和保护性耕作，耕地质量等级提升0.2个等级，土壤有机质含量有所提升。",
  rows="""
产出|数量|黑土地保护利用面积|20万亩
产出|数量|秸秆翻埋还田面积|≥12万亩
产出|数量|有机肥施用量|≥3.6万吨
产出|数量|耕地质量监测点|≥40个
产出|质量|作业质量抽检合格率|≥95%
产出|时效|作业任务完成时间|10月底前
成本|经济成本|亩均补助标准|≤107元/亩
效益|经济|项目区玉米亩均增产|≥25公斤
效益|生态|土壤有机质含量|有所提升
效益|可持续|耕地质量等级提升|≥0.2个等级
满意|满意|项目区农户满意度|≥90%
""")

F("J", kind="target_declaration", prov="辽宁", sector="边境口岸", year=2025,
  name="宽甸满族自治县2025年边民互市贸易区查验设施改造项目", dept="宽甸满族自治县商务局",
  unit="宽甸满族自治县口岸服务中心", wan=(760.0, 600.0, 0.0, 160.0),
  goal="改造边民互市贸易区查验场地和通道设施，更新查验设备，提升通关效率和监管能力，边民互市交易额稳步增长。",
  rows="""
产出|数量|改造查验场地面积|≥4200平方米
产出|数量|新增查验通道|4条
产出|数量|更新查验设备|≥18台（套）
产出|质量|设施改造验收合格率|100%
产出|时效|工程完工时间|2025年10月底前
成本|经济成本|互市商品查验服务收费标准|≤0.02元/公斤
效益|经济|边民互市交易额增长率|≥8%
效益|社会|货物平均通关时长|≤2小时
效益|社会|年服务通关边民|≥12万人次
效益|可持续|设施使用年限|≥10年
满意|满意|通关边民和企业满意度|≥90%
""")

F("R", kind="target_declaration", prov="山西", sector="公共文化云", year=2025,
  name="岚县公共文化云平台数字资源建设项目", dept="岚县文化和旅游局",
  unit="岚县文化馆", wan=(95.0, 95.0, 0.0, 0.0),
  goal="建设县级公共文化云平台数字资源库，上线地方特色文化数字资源，开展线上培训和直播活动，群众线上文化服务获得感有所提升。",
  rows="""
产出|数量|上线数字文化资源|≥600条
产出|数量|线上公益培训课程|≥48节
产出|质量|平台正常运行率|≥99%
产出|时效|资源上线时间|按期完成
效益|社会|平台年访问量|≥35万人次
满意|满意|线上用户满意度|≥90%
""")

F("T", kind="target_declaration", prov="吉林", sector="冰雪运动", year=2025,
  name="汪清县2025年群众冰雪运动推广项目", dept="汪清县教育局",
  unit="汪清县体育事业发展中心", wan=(128.0, 128.0, 0.0, 0.0),
  goal="浇筑公益冰场，举办群众冰雪赛事活动，开展中小学冰雪进校园，带动群众参与冰雪运动。",
  rows="""
产出|数量|浇筑公益冰场|≥8块
产出|数量|举办群众性冰雪赛事|≥12场
产出|质量|冰场安全检查合格率|100%
效益|社会|参与冰雪运动人次|≥6.5万人次
满意|满意|参与群众满意度|≥90%
""")

# ---------------- self-evaluations ----------------
# sfunds: (年初预算, 全年预算, 全年执行) 万元 ; fiscal/other share of 全年预算
F("B", kind="self_evaluation", prov="河北", sector="城市供热", year=2024,
  name="涞源县城区集中供热管网改造项目", dept="涞源县住房和城乡建设局", unit="涞源县供热管理站",
  sfunds=(900.0, 940.0, 893.0), wan=(940.0, 940.0, 0.0, 0.0), grade="优",
  goal="改造城区老旧供热一次管网和换热站，降低管网热损失，保障采暖季城区居民室温达标。",
  actual_goal="完成一次管网改造11.6公里、换热站改造9座，采暖季室温达标率98.6%。",
  rows="""
产出|数量|改造一次供热管网长度|≥12公里|11.6公里|15|14|冬季提前开栓，剩余0.4公里顺延至停暖后施工
产出|数量|改造换热站数量|9座|9座|10|10|
产出|质量|管网试压合格率|100%|100%|10|10|
产出|时效|改造完成时间|2024年10月15日前|2024年10月12日|5|5|
成本|经济成本|每公里管网改造成本|≤62万元|61.2万元|5|5|
效益|社会|居民室温达标率|≥98%|98.6%|20|20|
效益|生态|管网热损失率下降|≥3个百分点|3.4个百分点|10|10|
满意|满意|供热用户满意度|≥90%|92.3%|15|15|
""")

F("D", kind="self_evaluation", prov="内蒙古", sector="边境口岸", year=2024,
  name="二连浩特市公路口岸旅检通道智能化升级项目", dept="二连浩特市口岸管理办公室", unit="二连浩特市口岸服务中心",
  sfunds=(520.0, 520.0, 468.0), wan=(520.0, 400.0, 0.0, 120.0), grade="良",
  goal="升级旅检通道智能查验设备，缩短旅客通关时间，提升口岸通关便利化水平。",
  actual_goal="完成8条旅检通道中的7条升级，旅客平均通关时间缩短至12分钟。",
  rows="""
产出|数量|升级旅检通道数量|8条|7条|20|18|1条通道因设备供应商交货延迟，未能在年度内完成安装调试，已督促供应商于次年一季度前完成
产出|数量|采购智能查验终端|≥24台|24台|10|10|
产出|质量|设备验收合格率|100%|100%|10|10|
产出|时效|项目完成时间|2024年12月底前|部分完成|5|3|受设备交货延迟影响
效益|社会|旅客平均通关时间|≤15分钟|12分钟|15|15|
效益|经济|口岸出入境人次增长率|≥5%|6.2%|10|10|
效益|可持续|智能化设备运维机制|建立|已建立|10|10|
满意|满意|出入境旅客满意度|≥90%|91.5%|10|10|
""")

F("F", kind="self_evaluation", prov="山西", sector="老旧小区改造", year=2024,
  name="岢岚县2024年城镇老旧小区改造项目", dept="岢岚县住房和城乡建设管理局", unit="岢岚县城市更新服务中心",
  sfunds=(2380.0, 2480.0, 2356.0), wan=(2480.0, 2100.0, 380.0, 0.0), grade="优",
  goal="改造城镇老旧小区14个，涉及住户1860户，完成外墙保温、管网更新、加装设施等改造内容。",
  actual_goal="完成14个小区改造，惠及1860户居民，外墙保温改造面积12.8万平方米。",
  rows="""
产出|数量|改造老旧小区数量|14个|14个|10|10|
产出|数量|惠及居民户数|1860户|1860户|10|10|
产出|数量|外墙保温改造面积|≥12.5万平方米|12.8万平方米|10|10|
产出|质量|竣工验收合格率|100%|100%|10|10|
产出|时效|改造工程完工时间|2024年11月底前|2024年12月20日|5|3|部分小区居民对改造方案意见分歧较大，经多轮协商后开工时间推迟约一个月，导致完工时间滞后
成本|经济成本|户均改造成本|≤1.35万元|1.27万元|5|5|
效益|社会|小区居住环境|明显改善|明显改善|15|15|
效益|可持续|小区长效管理机制建立率|≥90%|85.7%|10|8|两个小区业主委员会尚未组建，物业管理模式仍在协商
满意|满意|改造小区居民满意度|≥90%|93.1%|15|15|
""")

F("I", kind="self_evaluation", prov="吉林", sector="冰雪运动", year=2024,
  name="通化县冰雪运动进校园项目", dept="通化县教育局", unit="通化县青少年校外活动中心",
  sfunds=(160.0, 160.0, 151.2), wan=(160.0, 160.0, 0.0, 0.0), grade="优",
  goal="在全县中小学开展冰雪运动进校园活动，配备冰雪运动器材，培训冰雪运动教师，提升青少年冰雪运动参与度。",
  actual_goal="覆盖中小学38所，培训教师126名，参与学生2.1万人次。",
  rows="""
产出|数量|覆盖中小学校数|≥36所|38所|15|15|
产出|数量|培训冰雪运动教师|≥120名|126名|10|10|
产出|数量|配备冰雪运动器材|≥1500件（套）|1520件（套）|10|10|
产出|质量|器材质量抽检合格率|100%|100%|10|10|
产出|时效|器材配发完成时间|2024年12月前|2024年11月|5|5|
效益|社会|学生参与冰雪运动人次|≥2万人次|2.1万人次|20|20|
满意|满意|学生及家长满意度|≥90%|94%|20|20|
""")

F("K", kind="self_evaluation", prov="辽宁", sector="公共文化云", year=2023,
  name="建平县公共文化云服务平台运维项目", dept="建平县文化旅游和广播电视局", unit="建平县图书馆",
  sfunds=(60.0, 60.0, 60.0), wan=(60.0, 60.0, 0.0, 0.0), grade="优",
  goal="保障县级公共文化云平台全年稳定运行，持续更新数字资源，提升线上公共文化服务效能。",
  actual_goal="平台全年稳定运行，新增资源520条，访问量41.3万人次。",
  rows="""
产出|数量|新增数字资源|≥500条|520条|15|15|
产出|数量|线上直播活动场次|≥30场|28场|10|9|两场直播因网络线路改造停播
产出|质量|平台正常运行率|≥99%|99.6%|15|15|
产出|时效|故障响应时间|≤2小时|1.5小时|10|10|
效益|社会|平台年访问量|≥40万人次|41.3万人次|20|20|
满意|满意|线上用户满意度|≥90%|91%|20|20|
""")

F("N", kind="self_evaluation", prov="黑龙江", sector="殡葬改革", year=2024,
  name="抚远市惠民殡葬基本服务补助项目", dept="抚远市民政局", unit="抚远市殡仪馆",
  sfunds=(86.0, 86.0, 79.4), wan=(86.0, 86.0, 0.0, 0.0), grade="良",
  goal="对辖区居民遗体接运、暂存、火化、骨灰寄存四项基本殡葬服务实行免费，推行节地生态安葬，推进殡葬改革。",
  actual_goal="为1034名逝者减免基本殡葬服务费用，节地生态安葬率达到42%。",
  rows="""
产出|数量|享受基本殡葬服务减免人数|≥1100人|1034人|15|14|实际死亡火化人数少于预计，补助按实际发生数兑付，属正常减少
产出|质量|减免政策知晓率|≥95%|96%|10|10|
产出|时效|减免费用结算时限|次月结算|次月结算|10|10|
成本|经济成本|人均基本殡葬服务减免标准|≤800元/人|768元/人|10|10|
效益|社会|节地生态安葬率|≥45%|42%|20|17|群众传统安葬观念仍较重，生态安葬宣传引导尚需加强，下一步将通过社区宣传和树葬奖补逐步改善
效益|可持续|殡葬改革政策持续推进|逐步改善|逐步改善|10|10|
满意|满意|逝者家属满意度|≥90%|95%|15|15|
""")

F("O", kind="self_evaluation", prov="内蒙古", sector="冬季清洁取暖", year=2023,
  name="科尔沁右翼中旗2023年冬季清洁取暖改造项目", dept="科尔沁右翼中旗住房和城乡建设局", unit="科尔沁右翼中旗能源服务站",
  sfunds=(1320.0, 1320.0, 1254.0), wan=(1320.0, 1000.0, 0.0, 320.0), grade="良",
  goal="完成农村牧区清洁取暖改造3200户，推广电采暖和生物质取暖，降低冬季燃煤污染。",
  actual_goal="完成清洁取暖改造3050户，采暖季PM2.5平均浓度同比下降6.1%。",
  rows="""
产出|数量|清洁取暖改造户数|3200户|3050户|20|18|部分牧户居住分散、电网容量不足，150户改造需待配套电网增容后实施
产出|质量|改造设备验收合格率|100%|100%|10|10|
产出|时效|改造完成时间|2023年10月底前|2023年11月10日|10|8|电网增容审批周期较长
成本|经济成本|户均改造补助|≤4000元/户|3920元/户|10|10|
效益|生态|采暖季PM2.5平均浓度下降|≥5%|6.1%|15|15|
效益|社会|冬季燃煤一氧化碳中毒事件|0起|0起|10|10|
满意|满意|改造户满意度|≥90%|90.8%|15|15|
""")

F("Q", kind="self_evaluation", prov="辽宁", sector="矿山生态修复", year=2024,
  name="岫岩满族自治县滑石矿区生态修复项目", dept="岫岩满族自治县自然资源局", unit="岫岩满族自治县矿山生态修复服务站",
  sfunds=(640.0, 640.0, 563.2), wan=(640.0, 640.0, 0.0, 0.0), grade="良",
  goal="对滑石矿区废弃采坑实施回填、边坡治理和植被恢复，修复面积32公顷。",
  actual_goal="完成修复面积28.4公顷，植被成活率87%。",
  rows="""
产出|数量|矿区修复面积|32公顷|28.4公顷|20|17|雨季持续时间长，部分边坡土方作业无法施工，剩余3.6公顷已纳入下年度计划
产出|数量|植被恢复面积|≥250000平方米|236000平方米|10|9|随修复面积同步减少
产出|质量|苗木成活率|≥85%|87%|10|10|
产出|时效|工程完工时间|2024年10月底前|未完成|10|6|同上，受连续降雨影响工期顺延
效益|生态|矿区水土流失面积减少|有所减少|有所减少|15|15|
效益|社会|周边村庄安全隐患|有效消除|基本消除|10|9|一处采坑边坡仍在监测中
满意|满意|周边村民满意度|≥85%|88%|15|15|
""")

F("S", kind="self_evaluation", prov="吉林", sector="黑土地保护", year=2024,
  name="通榆县黑土地保护性耕作推进项目", dept="通榆县农业农村局", unit="通榆县农业机械化技术推广站",
  sfunds=(1450.0, 1450.0, 1450.0), wan=(1450.0, 1450.0, 0.0, 0.0), grade="优",
  goal="推广玉米秸秆覆盖免耕播种等保护性耕作技术，实施面积50万亩。",
  actual_goal="实施保护性耕作52.3万亩，作业补助全部兑付。",
  rows="""
产出|数量|保护性耕作实施面积|≥50万亩|52.3万亩|20|20|
产出|质量|秸秆覆盖率达标面积比例|≥90%|93%|15|15|
产出|时效|补助资金兑付时间|次年3月底前|2024年12月|10|10|
成本|经济成本|亩均作业补助|≤29元/亩|27.7元/亩|10|10|
效益|经济|农户亩均节本|≥40元|45元|15|15|
效益|生态|土壤风蚀水蚀|有效减轻|有效减轻|10|10|
满意|满意|实施农户满意度|≥90%|96%|10|10|
""")

# ---------------- department-wide ----------------
F("G", kind="department_target", prov="山西", sector="殡葬改革", year=2025,
  dname="静乐县民政局", wan=(2860.0, 2710.0, 0.0, 150.0),
  tasks=["推进殡葬改革，落实惠民殡葬政策", "保障城乡低保、特困人员救助供养", "开展养老服务体系建设"],
  goal="全面落实各项社会救助政策，推行惠民殡葬和节地生态安葬，完善县乡村三级养老服务网络，兜牢基本民生底线。",
  rows="""
产出|数量|城乡低保保障人数|≥6200人
产出|数量|特困人员供养人数|≥830人
产出|数量|新建公益性公墓|2处
产出|质量|救助资金发放准确率|100%
产出|时效|低保金按月发放|每月10日前
效益|社会|节地生态安葬率|≥40%
效益|可持续|养老服务网络覆盖率|逐步提高
满意|满意|救助对象满意度|≥90%
""")

F("M", kind="department_target", prov="吉林", sector="草原生态保护补助", year=2025,
  dname="通榆县林业和草原局", wan=(5420.0, 5120.0, 300.0, 0.0),
  tasks=["落实草原生态保护补助奖励政策", "实施退化草原修复治理", "开展森林草原防火"],
  goal="草原禁牧和草畜平衡政策落实到户，修复退化草原，森林草原火灾受害率控制在规定范围内，生态保护与牧民增收协调推进。",
  rows="""
产出|数量|退化草原修复面积|≥8万亩
产出|数量|草原禁牧和草畜平衡面积|≥156万亩
产出|数量|护林员草管员人数|≥420人
产出|质量|草原修复验收合格率|≥95%
产出|时效|补奖资金兑付时间|11月底前
效益|生态|草原综合植被盖度|≥72%
效益|社会|森林草原火灾受害率|≤0.9‰
满意|满意|农牧民满意度|≥90%
""")

F("L", kind="department_self_evaluation", prov="黑龙江", sector="边境口岸", year=2024,
  dname="抚远市口岸管理委员会", sfunds=(1840.0, 1960.0, 1862.0), wan=(1960.0, 1960.0, 0.0, 0.0), grade="优",
  goal="保障抚远水运口岸和莫日红山口岸正常运行，完善口岸查验基础设施，提升通关效率。",
  actual_goal="两个口岸全年安全运行，完成联检楼维修改造，货物通关时间压缩至4.2小时。",
  rows="""
产出|数量|口岸运行保障天数|≥200天|214天|15|15|
产出|数量|维修改造联检楼面积|≥3800平方米|3800平方米|10|10|
产出|质量|口岸安全生产事故|0起|0起|10|10|
产出|时效|联检楼改造完成时间|2024年9月底前|2024年9月25日|10|10|
效益|经济|口岸进出口货运量|≥45万吨|41.6万吨|15|13|对岸市场需求下降，部分大宗木材进口量减少
效益|社会|货物平均通关时间|≤5小时|4.2小时|15|15|
满意|满意|口岸通关企业满意度|≥90%|93%|15|15|
""")

F("P", kind="department_self_evaluation", prov="河北", sector="城市供热", year=2024,
  dname="围场满族蒙古族自治县城市管理综合行政执法局", sfunds=(3650.0, 3650.0, 3394.5), wan=(3650.0, 3350.0, 0.0, 300.0), grade="良",
  goal="保障城区集中供热和环境卫生，推进老旧供热管网更新，提升城市精细化管理水平。",
  actual_goal="城区供热面积达到860万平方米，更新老旧管网6.8公里，环卫保洁覆盖率100%。",
  rows="""
产出|数量|城区集中供热面积|≥850万平方米|860万平方米|15|15|
产出|数量|更新老旧供热管网|≥8公里|6.8公里|10|8|两段管网穿越主干道，交通导改方案审批延后，剩余1.2公里已列入下一年度计划
产出|质量|供热室温达标率|≥98%|98.2%|10|10|
产出|时效|供热管网更新完成时间|10月15日前|10月28日|5|3|同上
成本|经济成本|供热运行补贴标准|≤3.5元/平方米|3.4元/平方米|10|10|
效益|社会|供热投诉办结率|100%|100%|15|15|
效益|生态|城区清洁取暖率|100%|100%|10|10|
满意|满意|城区居民满意度|≥90%|91.4%|15|15|
""")


# ====================== renderers (dev24's own) ======================
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SHORT1 = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度", "成本指标": "成本"}
SHORT2 = {v: v[:-2] for v in L2.values()}
SHORT2["服务对象满意度指标"] = "服务对象满意度"


def m(x):
    return "%.2f" % x


def sfund(f):
    y0, y1, ex = f["sfunds"]
    rate = round(ex / y1 * 100, 2)
    sc = round(10 * min(rate, 100) / 100, 2)
    return y0, y1, ex, rate, sc


def total_score(f):
    return round(sum(r["score"] for r in f["rows"]) + sfund(f)[4], 2)


def gold_of(f):
    se = f["kind"] in ("self_evaluation", "department_self_evaluation")
    t, fi, co, ot = f["wan"]
    funds = {"total": t * 10000, "fiscal": fi * 10000, "carryover": co * 10000, "other": ot * 10000,
             "executed": None, "execution_rate": None}
    if f.get("no_carry"):
        funds["carryover"] = None
    if se:
        y0, y1, ex, rate, sc = sfund(f)
        funds["executed"] = ex * 10000
        funds["execution_rate"] = rate
    dept = "dname" in f
    return {"name": (f["dname"] + "部门整体支出") if dept else f["name"],
            "department": f["dname"] if dept else f["dept"],
            "unit": f["dname"] if dept else f["unit"],
            "year": f["year"], "form": f["kind"],
            "funds": {k: (round(v, 2) if isinstance(v, float) else v) for k, v in funds.items()},
            "goal": f["goal"],
            "total_score": total_score(f) if se else None,
            "grade": f.get("grade") if se else None,
            "indicators": [dict(r) for r in f["rows"]]}


def title(f):
    k = f["kind"]
    if k == "target_declaration":
        return "%d年度项目支出绩效目标申报表" % f["year"] if f["year"] else "项目支出绩效目标申报表"
    if k == "self_evaluation":
        return "项目支出绩效自评表（%d年度）" % f["year"]
    if k == "department_target":
        return "%d年部门整体支出绩效目标表" % f["year"]
    return "部门整体支出绩效自评表（%d年度）" % f["year"]


def head_cells(f, yuan=False):
    """header block as a list of cells (labels and values)."""
    c = []
    unit = "元" if yuan else "万元"
    k = lambda x: (f"{x * 10000:,.2f}" if yuan else m(x))
    t, fi, co, ot = f["wan"]
    if "dname" in f:
        c += ["部门（单位）名称", f["dname"]]
    else:
        c += ["项目名称", f["name"], "主管部门", f["dept"], "实施单位", f["unit"]]
    if f["kind"] in ("target_declaration", "department_target"):
        c += ["项目资金（%s）" % unit if "dname" not in f else "年度预算（%s）" % unit,
              "年度资金总额", k(t), "其中：财政拨款", k(fi), "上年结转", k(co), "其他资金", k(ot)]
        if "tasks" in f:
            c += ["年度主要任务", "任务名称", "主要内容"]
            for i, tk in enumerate(f["tasks"]):
                c += ["任务%s" % "一二三四五"[i], tk]
        c += ["年度绩效目标" if "dname" not in f else "整体绩效目标", f["goal"]]
    else:
        y0, y1, ex, rate, sc = sfund(f)
        sh = fi / t
        c += [("年度预算（%s）" if "dname" in f else "项目资金（%s）") % unit, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
              "年度资金总额", k(y0), k(y1), k(ex), "10", "%.2f%%" % rate, "%g" % sc,
              "其中：当年财政拨款", k(round(y0 * sh, 2)), k(fi), k(round(ex * sh, 2)), "—", "—", "—",
              "上年结转资金", k(co), k(co), k(co) if co else k(0), "—", "—", "—",
              "其他资金", k(round(y0 * (1 - sh), 2)), k(ot), k(round(ex * (1 - sh), 2)), "—", "—", "—",
              "年度总体目标", "预期目标", "实际完成情况", f["goal"], f["actual_goal"]]
    return c


def tail_cells(f):
    if f["kind"] in ("self_evaluation", "department_self_evaluation"):
        return ["总分", "%g" % total_score(f), "自评等级", f["grade"]]
    return []


def row_cells(f, short=False):
    """table headings and table cells (merged l1/l2 printed once per block, empty cells dropped)."""
    se = f["kind"] in ("self_evaluation", "department_self_evaluation")
    h = ["一级指标", "二级指标", "三级指标", "年度指标值"]
    if se:
        h += ["实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    cells, p1, p2 = [], None, None
    for r in f["rows"]:
        if r["level1"] != p1:
            cells.append(SHORT1[r["level1"]] if short else r["level1"])
            p1, p2 = r["level1"], None
        if r["level2"] != p2:
            cells.append(SHORT2[r["level2"]] if short else r["level2"])
            p2 = r["level2"]
        cells += [r["level3"], r["target"]]
        if se:
            cells += [r["actual"], "%g" % r["weight"], "%g" % r["score"]]
            if r["deviation"]:
                cells.append(r["deviation"])
    return h, cells


def columns(f):
    """table column by column (PDF-scrambled): l1 blocks, l2 blocks, names, targets, ..."""
    se = f["kind"] in ("self_evaluation", "department_self_evaluation")
    rows = f["rows"]
    c1, c2, p1, p2 = [], [], None, None
    for r in rows:
        if r["level1"] != p1:
            c1.append(r["level1"]); p1 = r["level1"]; p2 = None
        if r["level2"] != p2:
            c2.append(r["level2"]); p2 = r["level2"]
    cols = [c1, c2, [r["level3"] for r in rows], [r["target"] for r in rows]]
    if se:
        cols += [[r["actual"] for r in rows], ["%g" % r["weight"] for r in rows],
                 ["%g" % r["score"] for r in rows], [r["deviation"] for r in rows if r["deviation"]]]
    return cols


def wrap_spaces(s, rng, lo, hi):
    """break a single-space line into a few lines at arbitrary spaces."""
    toks, out, cur = s.split(" "), [], []
    n = rng.randint(lo, hi)
    for t in toks:
        cur.append(t)
        if len(cur) >= n:
            out.append(" ".join(cur)); cur = []; n = rng.randint(lo, hi)
    if cur:
        out.append(" ".join(cur))
    return "\n".join(out)


def chop(s, rng, lo, hi):
    out, i = [], 0
    while i < len(s):
        n = rng.randint(lo, hi)
        out.append(s[i:i + n]); i += n
    return "\n".join(out)


def single(f, yuan=False, short=False):
    h, cells = row_cells(f, short)
    return " ".join([title(f)] + head_cells(f, yuan) + h + cells + tail_cells(f))


# ---------------- document recipes ----------------
DOCS = {}


def doc(did, family, keys, note, enc="utf-8"):
    def deco(fn):
        DOCS[did] = (family, keys, note, enc, fn)
        return fn
    return deco


@doc("o01_oneline_hebei_heating_decl", "one_line_spaces", ["A"],
     "Whole declaration on ONE line with single spaces: title, header labels and values, funds in 万元, goal, table headings and cells; merged 一级/二级 printed once; 填报人/联系电话 after the table on the same line.")
def _o01(rng):
    return single(FORMS["A"]) + " 填报人：郝建 联系电话：0312-7213350 填报日期：2024年11月18日\n"


@doc("o02_scrambled_neimenggu_grassland_decl", "one_line_spaces", ["C"],
     "PDF-scrambled declaration over three lines: header line, then ALL 三级 names on one line, then ALL 指标值 on one line; 一级/二级 labels appear before the names only as blocks; worded targets 按期完成 / 持续落实.")
def _o02(rng):
    f = FORMS["C"]
    cols = columns(f)
    l1 = " ".join([title(f)] + head_cells(f) + ["一级指标", "二级指标", "三级指标", "指标值"])
    return l1 + "\n" + " ".join(cols[0] + cols[1]) + "\n" + " ".join(cols[2]) + "\n" + " ".join(cols[3]) + "\n第 1 页，共 1 页\n"


@doc("o03_oneline_hebei_heatnet_selfeval", "one_line_spaces", ["B"],
     "Classic self-evaluation on one line: budget block (年初/全年/执行/分值/执行率/得分) flattened, 预期目标/实际完成情况, rows with actual, 分值, 得分 and one deviation; 总分 and 自评等级 at the end.")
def _o03(rng):
    return single(FORMS["B"]) + "\n"


@doc("o04_columns_heilongjiang_blacksoil_decl", "one_line_spaces", ["H"],
     "Declaration table printed column by column (PDF without layout), one column per line: 一级 blocks, 二级 blocks, all 三级 names, all targets; header cells on two lines before it; 元/亩 and 公斤 units, worded 有所提升.")
def _o04(rng):
    f = FORMS["H"]
    hc = head_cells(f)
    cols = columns(f)
    out = [title(f), " ".join(hc[:6]), " ".join(hc[6:]), "一级指标 二级指标 三级指标 指标值"]
    out += [" ".join(c) for c in cols]
    out.append("审核人：孙立新 填报人：邹萍")
    return "\n".join(out) + "\n"


@doc("o05_oneline_shanxi_civil_depttarget", "one_line_spaces", ["G"],
     "Department-wide target on one line: 部门（单位）名称, 年度预算 with 上年结转 0.00, 年度主要任务 (three tasks), 整体绩效目标 and the indicator table; short level labels (产出/效益/满意度, 数量/质量/…).")
def _o05(rng):
    f = FORMS["G"]
    h, cells = row_cells(f, short=True)
    return " ".join([title(f)] + head_cells(f) + h + cells) + "\n"


@doc("o06_headcells_heilongjiang_port_deptself", "one_line_spaces", ["L"],
     "Department self-evaluation with ALL table headings first and then ALL cells on ONE line (headings for header block, budget block and indicator table precede every value).")
def _o06(rng):
    f = FORMS["L"]
    hc = head_cells(f)
    labels = [c for c in hc if c in ("部门（单位）名称", "年度预算（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度总体目标", "预期目标", "实际完成情况")]
    values = [c for c in hc if c not in labels]
    h, cells = row_cells(f)
    return " ".join([title(f)] + labels + h + ["总分", "自评等级"] + values + cells + ["%g" % total_score(f), f["grade"]]) + "\n"


@doc("o07_twoforms_shanxi_jilin_decl", "one_line_spaces", ["R", "T"],
     "Two small declarations of different counties on ONE line (an appendix page dump), the second title straight after the first form's last target; 万人次 units.")
def _o07(rng):
    return single(FORMS["R"]) + " " + single(FORMS["T"]) + "\n"


@doc("o08_scrambled_shanxi_oldhousing_selfeval", "one_line_spaces", ["F"],
     "PDF-scrambled self-evaluation: header on a few lines, then one line per table column (names, targets, actuals, 分值, 得分, deviations), 一级/二级 blocks on the first column line; long deviation texts only for the rows that have one.")
def _o08(rng):
    f = FORMS["F"]
    hc = head_cells(f)
    cols = columns(f)
    out = [title(f), wrap_spaces(" ".join(hc), rng, 7, 12),
           "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
           " ".join(cols[0] + cols[1])] + [" ".join(c) for c in cols[2:]]
    out.append(" ".join(tail_cells(f)))
    return "\n".join(out) + "\n"


@doc("o09_fewlines_jilin_forestry_depttarget", "one_line_spaces", ["M"],
     "Department-wide target flattened to single spaces and broken into lines of 5–9 cells at arbitrary places (a label and its value can fall on different lines); GB18030 encoded; ‰ target.", "gb18030")
def _o09(rng):
    return wrap_spaces(single(FORMS["M"]), rng, 5, 9) + "\n"


@doc("o10_oneline_neimenggu_portlane_selfeval", "one_line_spaces", ["D"],
     "Self-evaluation on one line preceded by a page header line and followed by a footer line (填报单位（盖章）, 单位负责人, 第2页); partially completed rows with two deviations, worded target 建立/已建立, actual 部分完成.")
def _o10(rng):
    return ("附件3  二连浩特市本级项目支出绩效自评结果\n" + single(FORMS["D"]) +
            "\n填报单位（盖章）：二连浩特市口岸管理办公室 单位负责人：包格日乐 第 2 页\n")


@doc("o11_twoforms_liaoning_jilin_selfeval", "one_line_spaces", ["K", "I"],
     "Two self-evaluations run on the same single-spaced line with short level labels (产出, 效益, 满意度; 数量, 质量, 时效, 社会效益, 服务对象满意度); a section heading between them.")
def _o11(rng):
    a, b = FORMS["K"], FORMS["I"]
    s = []
    for f in (a, b):
        h, cells = row_cells(f, short=True)
        s.append(" ".join([title(f)] + head_cells(f) + h + cells + tail_cells(f)))
    return s[0] + " 二、其他单位自评情况 " + s[1] + "\n"


@doc("o12_headcells_shanxi_mine_decl_yuan", "one_line_spaces", ["E"],
     "Declaration on two lines: line 1 holds every heading (header, funds, table) and line 2 every value; funds in 元 with thousands separators; 平方米 and 公顷 units.")
def _o12(rng):
    f = FORMS["E"]
    hc = head_cells(f, yuan=True)
    lab = {"项目名称", "主管部门", "实施单位", "项目资金（元）", "年度资金总额", "其中：财政拨款", "上年结转", "其他资金", "年度绩效目标"}
    h, cells = row_cells(f)
    return (title(f) + "\n" + " ".join([c for c in hc if c in lab] + h) + "\n" +
            " ".join([c for c in hc if c not in lab] + cells) + "\n")


def run_doc(keys, lo, hi, short=False, yuan=False, pre="", post=""):
    def fn(rng):
        parts = []
        for k in keys:
            f = FORMS[k]
            h, cells = row_cells(f, short)
            parts.append("".join([title(f)] + head_cells(f, yuan) + h + cells + tail_cells(f)))
        return pre + chop("".join(parts) + post, rng, lo, hi) + "\n"
    return fn


doc("r01_run_liaoning_border_decl", "run_together", ["J"],
    "OCR-like declaration with no separators, broken every 20–50 characters anywhere (inside names and targets); 平方米 and 台（套） units, 上年结转 0.00.")(run_doc(["J"], 20, 50))
doc("r02_run_heilongjiang_funeral_selfeval", "run_together", ["N"],
    "Self-evaluation run together with long deviation texts (one of ~60 characters) and worded 次月结算/逐步改善 targets; 元/人 unit; breaks every 30–70 characters.")(run_doc(["N"], 30, 70))
doc("r03_run_hebei_citymgmt_deptself", "run_together", ["P"],
    "Department self-evaluation run together in 元 with thousands separators, breaks every 15–40 characters; 元/平方米 and 万平方米 units; 上年结转资金 row of zeros.")(run_doc(["P"], 15, 40, yuan=True))
doc("r04_run_liaoning_talc_selfeval_utf16", "run_together", ["Q"],
    "Self-evaluation run together, UTF-16 encoded; three deviations, worded 有所减少/有效消除 targets and actuals 未完成/基本消除; 平方米 unit; breaks every 40–90 characters.", "utf-16")(run_doc(["Q"], 40, 90))
doc("r05_run_neimenggu_cleanheat_selfeval", "run_together", ["O"],
    "Self-evaluation run together with short level labels (产出/成本/效益/满意度, 数量/质量/时效/经济成本/…); names ending in 户数 / 下降, 元/户 unit; breaks every 25–55 characters.")(run_doc(["O"], 25, 55, short=True))
doc("r06_run_jilin_tillage_selfeval", "run_together", ["S"],
    "Self-evaluation run together as one very long line (no breaks at all) after a page-title line; worded 有效减轻 target; 元/亩 unit.")(run_doc(["S"], 100000, 100000, pre="通榆县2024年度部门项目绩效自评报告附表\n"))
doc("r07_run_shanxi_mine_decl_repeat", "run_together", ["E"],
    "The r-family rendering of form E (also in o12): declaration run together in 万元 with short labels, breaks every 10–30 characters (very short pieces).")(run_doc(["E"], 10, 30, short=True))
doc("r08_run_shanxi_civil_depttarget", "run_together", ["G"],
    "Department-wide target run together (also in o05 as one line): 年度主要任务 rows and 整体绩效目标 without separators, breaks every 35–60 characters; 每月10日前 target.")(run_doc(["G"], 35, 60))
doc("r09_run_hebei_gas_decl_footer", "run_together", ["A"],
    "Declaration run together (also in o01) with a note after the table (注：本表金额单位为万元) and 填报人 line glued on; 元/户 and 次/户 units, 万吨 target.")(run_doc(["A"], 28, 64, post="注：本表由项目单位填报，主管部门审核。填报人：郝建审核人：程丽娟"))


def main():
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    meta = {}
    for i, (did, (fam, keys, note, enc, fn)) in enumerate(sorted(DOCS.items())):
        rng = random.Random(2400 + i)
        text = fn(rng)
        with open(os.path.join(HERE, "docs", did + ".txt"), "w", encoding=enc, newline="\n") as fh:
            fh.write(text)
        with open(os.path.join(HERE, "gold", did + ".json"), "w", encoding="utf-8") as fh:
            json.dump([gold_of(FORMS[k]) for k in keys], fh, ensure_ascii=False, indent=1)
        meta[did] = {"family": fam, "province": "、".join(dict.fromkeys(FORMS[k]["prov"] for k in keys)),
                     "sector": "、".join(dict.fromkeys(FORMS[k]["sector"] for k in keys)), "note": note}
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
