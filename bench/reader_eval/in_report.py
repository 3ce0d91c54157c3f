"""A set's text documents as a report prints them: headings and prose before and after each form.

Published forms reach users inside budget reports and evaluation reports (一、… headings,
paragraphs that name head labels in passing, 附件 notes). `parse_quality.py --in-report` scores
a set on such copies, to show that the prose around a form neither makes rows nor changes how
the form is read. The prose is this project's own, rotated over the documents.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from jixiao.kg.reader.decode import decode_bytes

TEXT_SUFFIXES = (".txt", ".md", ".tsv")

PROSE = (
    "第一部分 单位概况\n一、主要职能\n负责贯彻执行国家有关法律法规和方针政策，拟订本行业发展规划并组织实施，"
    "承担行业监督管理责任，指导下属单位开展业务工作。\n二、机构设置\n本单位内设综合科、财务科、业务一科、"
    "业务二科等4个科室，下属事业单位2个，年末实有人员58人。\n",
    "（一）项目概况\n为进一步改善群众生产生活条件，根据上级文件精神，经研究决定实施本项目，资金由财政统筹"
    "安排，分批次下达。\n（二）资金使用情况\n截至年底，项目资金已按进度拨付，资金使用符合有关规定，未发现"
    "挤占挪用等问题。\n（三）存在的问题\n一是部分项目前期准备不足，二是绩效目标设置不够细化，下一步将加强"
    "跟踪管理。\n",
    "附件2\n说明：本表由项目单位填报，主管部门审核后报同级财政部门备案。\n三、绩效目标完成情况分析\n"
    "本年度项目总体按计划推进，主要绩效指标均已完成，个别指标因客观原因未达预期，具体见下表。\n"
    "四、下一步工作打算\n继续加强项目绩效运行监控，及时纠偏，确保资金安全高效使用，不断提升财政资金使用效益。\n",
)


def in_report(docs: Path, out: Path) -> Path:
    """Copies of `docs` in `out`: each text document between two pieces of prose (binary
    documents are copied as they are). Returns `out`."""
    out.mkdir(parents=True, exist_ok=True)
    for k, doc in enumerate(sorted(p for p in docs.iterdir() if p.is_file())):
        if doc.suffix.lower() not in TEXT_SUFFIXES:
            shutil.copy(doc, out / doc.name)
            continue
        text, _ = decode_bytes(doc.read_bytes(), doc.name)
        before, after = PROSE[k % len(PROSE)], PROSE[(k + 1) % len(PROSE)]
        (out / doc.name).write_text(before + text.rstrip("\n") + "\n" + after, "utf-8")
    return out
