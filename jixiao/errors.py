"""Errors meant for users: the CLI and the UI print their message, never a traceback.

The web page and the command line speak Chinese. Messages written in English below the API
(the reader's notes, the store's errors) are put into Chinese by `in_chinese` where their
wording is known; an unknown message is shown as written, so nothing is hidden.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


class JixiaoError(Exception):
    """A problem the user can act on (bad input, missing store, wrong encoder…)."""


_FORMS = {
    "target declaration": "绩效目标申报表", "self-evaluation": "绩效自评表",
    "self evaluation": "绩效自评表", "department target": "部门整体支出绩效目标表",
    "department self-evaluation": "部门整体支出绩效自评表",
}
_FORM_WORDS = "|".join(sorted(map(re.escape, _FORMS), key=len, reverse=True))


def _form(match: re.Match[str], group: str = "form") -> str:
    return _FORMS.get(match.group(group), match.group(group))


def _cut_copy(m: re.Match[str]) -> str:
    side = "之前" if m["w"] == "before" else "之后"
    return f"去掉了「{m['t']}」中单元格断开处{side}的「{m['a']}」（「{m['b']}」被截断的副本）"


def _dropped_at_break(m: re.Match[str]) -> str:
    side = "之前" if m["w"] == "before" else "之后"
    return f"去掉了「{m['t']}」中单元格断开处{side}的「{m['a']}」"


def _from_spellings(m: re.Match[str]) -> str:
    printed = f"「{m['p']}」" if "p" in m.groupdict() and m["p"] is not None else "（无法辨认）"
    how = _translate(m["how"]) or m["how"]
    return f"{m['label']}{printed}按文档中的写法读作「{m['n']}」（{how}）"


def _named_repair(label: str) -> Callable[[re.Match[str]], str]:
    def repair(m: re.Match[str]) -> str:
        note = _translate(m["note"]) or m["note"]
        return f"{label}{note}（把握 {m['c']}）"
    return repair


# (pattern, replacement): matched against the whole message (after a `file:line: ` prefix is
# taken off). Replacements may use named groups.
_Replacement = str | Callable[[re.Match[str]], str]
# Compiled when a message is first translated (``_phrases``): a search never needs them.
_PHRASE_PATTERNS: tuple[tuple[str, _Replacement], ...] = tuple(
    (p, r) for p, r in (
        (r"no recognisable form \(.*\)", "找不到可识别的表格（没有项目名称、表格标题或指标表）"),
        (r"no performance form found in the document", "文档中没有找到绩效表"),
        (r"not accounted for by the form reader", "表格读取时未能归入任何字段"),
        (r"not understood", "没有读懂"),
        (r"markup only \(a table rule or empty tags\)", "只有排版符号（表格线或空标记）"),
        (r"document heading, used only as context \(year\) for the forms", "文档标题，仅用于推断年度"),
        (r"part of a form that could not be read", "属于一张无法读取的表格"),
        (r"《(?P<name>.*)》 has no indicator table \(truncated form\?\)", r"《\g<name>》没有指标表（表格不完整？）"),
        (r"a form starts here but cannot be read: it has no indicator table, and no project name with a 主管部门 or 实施单位",
         "这里开始一张表格，但无法读取：没有指标表，也没有带主管部门或实施单位的项目名称"),
        (r"project name looks damaged by OCR or extraction: (?P<name>.*)", r"项目名称可能有识别错误：\g<name>"),
        (r"no project name: the form starts in the middle of its indicator table", "没有项目名称：表格从指标表中间开始"),
        (r"indicator table without rows", "指标表没有行"),
        (r"the (?:document|workbook) contains macros \(VBA\); they are ignored", "文件含有宏（VBA），已忽略"),
        (r"sheet (?P<s>.*?): hidden rows (?P<r>.*) \(read all the same\)", r"工作表 \g<s>：隐藏的行 \g<r>（照样读取）"),
        (r"sheet (?P<s>.*?): hidden columns (?P<r>.*) \(read all the same\)", r"工作表 \g<s>：隐藏的列 \g<r>（照样读取）"),
        (r"sheet (?P<s>.*?) is (?P<state>hidden|very hidden|veryHidden) \(read all the same\)", r"工作表 \g<s> 是隐藏的（照样读取）"),
        (r"sheet (?P<s>.*?): damaged, cannot be read.*", r"工作表 \g<s> 已损坏，无法读取"),
        (r"the workbook has no sheets", "工作簿没有工作表"),
        (r"no text found in the PDF \(damaged, or pages without text\)", "PDF 中没有找到文字（文件损坏，或页面没有文字层）"),
        (r"(?P<n>\d+) page numbers in page headers/footers dropped", r"去掉了页眉页脚中的 \g<n> 个页码"),
        (r"(?P<n>\d+) page header/footer line\(s\) dropped", r"去掉了 \g<n> 行页眉页脚"),
        (r"document heading, used only as context \(year, unit\) for the forms", "文档标题，仅用于推断年度和单位"),
        (r"not part of the form's fields or indicator table", "不属于表格字段或指标表"),
        (r"form without a project name or indicators", "表格没有项目名称也没有指标"),
        (r"not read: splitting failed", "未读取：拆分表格时出错"),
        (r"no such file or directory|no such file", "文件不存在"),
        (r"is a directory", "这是一个文件夹，不是文件"),
        (r"cannot read file \((?P<why>.*)\)", r"无法读取文件（\g<why>）"),
        (r"file is empty", "文件是空的"),
        (r"cannot tell the text encoding \(tried (?P<t>.*)\); save the file as UTF-8 and try again", r"无法判断文字编码（试过 \g<t>）：请把文件另存为 UTF-8 后重试"),
        (r"file is blank \(only whitespace\)", "文件只有空白"),
        (r"binary file \(.*\), not a text document", "这是二进制文件，不是文本文档"),
        (r"no project could be read from this file", "这个文件里没有读到任何项目"),
        (r"no project could be read from the input", "输入中没有读到任何项目"),
        (r"no indicators found", "没有找到绩效指标"),
        (r"year not found in the form", "表中没有找到年度"),
        (r"no project name printed or readable", "没有印出或无法识别项目名称"),
        (r"项目名称 missing or unreadable", "缺少项目名称或无法识别"),
        (r"amount unit not printed; amounts read as 元", "未印金额单位，按「元」读取"),
        (r"amount unit not printed; assumed 万元", "未印金额单位，按「万元」读取"),
        (r"implementing unit taken from the document title", "实施单位取自文档标题"),
        (r"project name taken from the form title: (?P<name>.*)", r"项目名称取自表格标题：\g<name>"),
        (r"项目名称 missing; name taken from the form title: (?P<name>.*)", r"缺少项目名称，取自表格标题：\g<name>"),
        (r"indicator weights add up to (?P<a>[\d.]+), (?P<b>[\d.]+) expected", r"指标分值合计 \g<a>，应为 \g<b>"),
        (r"indicator '(?P<name>.*)' has no target value", r"指标「\g<name>」没有指标值"),
        (r"another input file is also named (?P<name>\S+); this one is skipped.*", r"另一个输入文件也叫 \g<name>，这个文件被跳过（文档按文件名区分）"),
        (r"internal error (?P<what>.*)", r"内部错误（\g<what>）"),
        # the store and the search index
        (r"no store at (?P<root>\S+): build it with `(?P<cmd>[^`]*)`", r"\g<root> 处没有库：请用 `\g<cmd>` 建库"),
        (r"(?P<root>\S+) is not a jixiao store \(no CURRENT file\): build it with `(?P<cmd>[^`]*)`", r"\g<root> 不是 jixiao 的库（没有 CURRENT 文件）：请用 `\g<cmd>` 建库"),
        (r"store (?P<root>\S+) is (?:corrupt|damaged) \((?P<why>.*)\): (?:rebuild|repair) it with `(?P<cmd>[^`]*)`", r"库 \g<root> 已损坏（\g<why>）：请用 `\g<cmd>` 修复"),
        (r"store (?P<root>\S+) has format (?P<a>\S+), this version reads (?P<b>\S+): rebuild it with `(?P<cmd>[^`]*)`", r"库 \g<root> 的格式是 \g<a>，这个版本读取 \g<b>：请用 `\g<cmd>` 重新建库"),
        (r"store records (?P<p>\S+) are unreadable \((?P<why>.*)\): (?:rebuild|repair) the store with `(?P<cmd>[^`]*)`", r"库记录 \g<p> 无法读取（\g<why>）：请用 `\g<cmd>` 重新建库"),
        (r"search index (?:in |of )?(?P<p>\S+) is (?P<what>corrupt|unreadable|inconsistent) \((?P<why>.*)\): (?:rebuild|repair it) with `(?P<cmd>[^`]*)`", r"检索索引 \g<p> 无法使用（\g<why>）：请用 `\g<cmd>` 重新建库"),
        (r"no search index in (?P<p>\S+) \(missing (?P<m>\S+)\): build the store with `(?P<cmd>[^`]*)`", r"\g<p> 没有检索索引（缺少 \g<m>）：请用 `\g<cmd>` 建库"),
        (r"nothing could be read; the store is unchanged:(?P<rest>.*)", r"什么也没有读到，库没有改变：\g<rest>"),
        (r"no documents to read: .*", "没有可读的文档：请给出文件或含 .txt 文档的文件夹"),
        (r"empty (?:query|description): .*", "内容是空的：请输入几个词，例如 考生满意度 或 培训次数"),
        (r"(?:query|description) too long \((?P<n>\d+) characters; at most (?P<m>\d+)\).*", r"太长了（\g<n> 个字，最多 \g<m> 个）：请只留下要紧的词"),
        (r"(?:query|description) has no words, only punctuation or symbols: (?P<q>.*)", r"只有标点或符号，没有文字：\g<q>"),
        (r"empty id: .*", "编号是空的：请给出检索结果中的编号，例如 project/3f2a9c1b0d"),
        (r"no project (?P<id>\S+) in this store.*", r"库中没有项目 \g<id>（编号来自 `jixiao search`）"),
        (r"no (?:indicator wording|indicator|concept) (?P<id>\S+) in this store.*", r"库中没有指标 \g<id>（编号来自 `jixiao search`）"),
        (r"not an identifier: (?P<id>.*?) \(.*", r"\g<id> 不是编号（形如 project/3f2a9c1b0d）"),
        (r"(?P<id>\S+) is a (?P<k>\S+); similar works on .*", r"\g<id> 不能查相关内容：请给出 project/…、indicator/… 或 concept/… 编号"),
        (r"unknown type '(?P<t>.*)': use one of (?P<c>.*)", r"没有「\g<t>」这种类型，可用：\g<c>"),
        (r"no such (?:project|node) in the store: (?P<id>\S+)", r"库中没有 \g<id>"),
        (r"unknown RDF format '(?P<f>.*)'; choose one of: (?P<c>.*)", r"没有「\g<f>」这种 RDF 格式，可用：\g<c>"),
        (r"-k must be at least 1 \(got (?P<k>.*)\)", r"-k 至少为 1（收到 \g<k>）"),
        (r"the store (?P<root>\S+) was built with encoder '(?P<a>[^']*)'; (?:it cannot answer|adding).*--encoder (?P<b>\S+).*", r"库 \g<root> 是用编码器 \g<a> 建的，不能和 \g<b> 的向量混用：不加 --encoder 检索，或用 --encoder \g<b> 重新建库"),
        # the reader's repairs of OCR'd and extracted text
        (r"dropped stray '(?P<a>.*)' after the target '(?P<b>.*)'", r"去掉了指标值「\g<b>」后多余的「\g<a>」"),
        (r"target '(?P<a>.*)' given to the row above \(line (?P<n>\d+)\)", r"指标值「\g<a>」归入上一行（第 \g<n> 行）"),
        (r"cells \(level 3, target, actual\) taken from the overlay text layer's copy of the row: (?P<r>.*)",
         r"本行的三级指标、指标值和实际值取自叠加文字层中的同一行：\g<r>"),
        (r"cells lost taken from the overlay text layer's copy of the row: (?P<r>.*)",
         r"本行缺失的单元格取自叠加文字层中的同一行：\g<r>"),
        (r"二级指标 label not legible; (?P<l>.*) read from the words of the rows it heads",
         r"二级指标标签无法辨认，按其下各行的用词读作「\g<l>」"),
        (r"一级指标 (?P<a>.*) does not hold 二级指标 (?P<b>.*); used (?P<c>.*)",
         r"一级指标「\g<a>」下不应有二级指标「\g<b>」，改用「\g<c>」"),
        (r"dropped garbled row '(?P<n>.*)' \((?P<w>[\d.]+) points over the total\)",
         r"去掉了乱码行「\g<n>」（分值比总分多 \g<w> 分）"),
        (r"dropped stray '(?P<a>.*)' at the end of '(?P<b>.*)'", r"去掉了「\g<b>」末尾多余的「\g<a>」"),
        (r"dropped '(?P<a>.*)' \(a cut copy of '(?P<b>.*)'\) (?P<w>before|after) a cell break in '(?P<t>.*)'",
         _cut_copy),
        (r"dropped '(?P<a>.*)' (?P<w>before|after) a cell break in '(?P<t>.*)'", _dropped_at_break),
        (r"read '?(?P<w>[^']*)'? at a cell break in '(?P<t>.*)' as '(?P<n>.*)' \((?P<word>.*) is printed elsewhere in the document\)",
         r"「\g<t>」单元格断开处的「\g<w>」读作「\g<n>」（文档别处印有「\g<word>」）"),
        (r"read look-alike '(?P<a>.*?)' as '(?P<b>.*?)' in level-3 text '(?P<t>.*)'",
         r"三级指标「\g<t>」中的形近字「\g<a>」读作「\g<b>」"),
        (r"read look-alike '(?P<a>.*?)' as '(?P<b>.*?)'", r"形近字「\g<a>」读作「\g<b>」"),
        (r"level-3 '(?P<a>.*)' completed to '(?P<b>.*)' \(same indicator elsewhere in the document\)",
         r"三级指标「\g<a>」补全为「\g<b>」（文档别处有同一指标）"),
        (r"level-3 '(?P<a>.*)' read as '(?P<b>.*)' \(a clean copy of the same indicator elsewhere in the document\)",
         r"三级指标「\g<a>」读作「\g<b>」（文档别处有同一指标的清楚副本）"),
        (r"level-3 '(?P<a>.*)' read as '(?P<b>.*)' \(another copy prints a different look-alike at the same place\)",
         r"三级指标「\g<a>」读作「\g<b>」（另一副本在同一位置印的是别的形近字）"),
        (r"target '(?P<a>.*)' completed to '(?P<b>.*)' \(printed so in other rows of the document\)",
         r"指标值「\g<a>」补全为「\g<b>」（文档其他行这样印）"),
        (r"项目名称 label unreadable \(line (?P<n>\d+)\); name taken from its row",
         r"项目名称标签无法辨认（第 \g<n> 行），名称取自该行"),
        (r"(?P<label>\S+) '(?P<v>.*)' does not read as an organisation name \(garbled\?\)",
         r"\g<label>「\g<v>」不像单位名称（可能是乱码）"),
        (r"'(?P<v>.*)' read as '(?P<b>.*)' \(spelling elsewhere in the document\)",
         r"「\g<v>」按文档别处的写法读作「\g<b>」"),
        (r"'(?P<v>.*)' read as '(?P<b>.*)' \(most spellings in the document\)",
         r"「\g<v>」读作「\g<b>」（文档中多数写法如此）"),
        (r"(?P<label>\S+) unreadable read as '(?P<n>.*)' from the document's spellings \((?P<how>.*)\)",
         _from_spellings),
        (r"(?P<label>\S+) '(?P<p>.*)' read as '(?P<n>.*)' from the document's spellings \((?P<how>.*)\)",
         _from_spellings),
        (r"stray '(?P<s>.*)' after 全年执行数 (?P<h>\S+) ignored", r"忽略了全年执行数 \g<h> 后多余的「\g<s>」"),
        (r"level-2 (?P<a>\S+) printed under level-1 (?P<b>\S+)", r"二级指标「\g<a>」印在一级指标「\g<b>」下"),
        (r"level-1 taken as (?P<a>\S+) \(implied by (?P<b>\S+)\)", r"一级指标按「\g<b>」推定为「\g<a>」"),
        (r"'(?P<n>.*)' regrouped under (?P<b>\S+) \(label printed after a page break\)",
         r"「\g<n>」归入「\g<b>」（标签印在分页之后）"),
        (r"project name (?P<note>.*) \(confidence (?P<c>[\d.]+)\)", _named_repair("项目名称")),
        (r"unit (?P<note>.*) \(confidence (?P<c>[\d.]+)\)", _named_repair("实施单位")),
        (r"repaired from '(?P<p>.*)'", r"由「\g<p>」修复"),
        (r"completed from '(?P<p>.*)' \(cut off in the cell\)", r"由「\g<p>」补全（单元格中被截断）"),
        (r"项目名称 '(?P<p>.*)' lost its start; '(?P<w>.*)' restored from the form's goal text",
         r"项目名称「\g<p>」缺了开头，按表格的目标文字补回「\g<w>」"),
        # sources
        (r"(?P<n>\d+) table header rows repeated on continuation pages dropped",
         r"去掉了续页上重复的 \g<n> 行表头"),
        (r"(?P<n>\d+) tables continue a table of an earlier page to the right \(a wide sheet printed across pages\) and are joined to its rows",
         r"\g<n> 张表格接续前一页表格的右侧（跨页打印的宽表），已并入其行"),
        (r"pages? (?P<p>\S+): only invisible text \(the OCR layer of a scan\?\); read as it is, check it against the page",
         r"第 \g<p> 页只有不可见文字（扫描件的 OCR 文字层？）：照原样读取，请对照页面核对"),
        (r"pages? (?P<p>\S+): no text layer \(a scanned image\); it needs OCR.*",
         r"第 \g<p> 页没有文字层（扫描图像）：需先用 OCR 工具加上文字层，或改用原始 XLSX/DOCX"),
        (r"(?P<n>\d+) pages; only the first (?P<m>\d+) are read", r"共 \g<n> 页，只读取前 \g<m> 页"),
        (r"sheet (?P<s>.*?) is a (?P<k>.*), not read", r"工作表 \g<s> 是\g<k>，未读取"),
        (r"sheet (?P<s>.*?): formulas without a saved value at (?P<c>.*) are read as empty.*",
         r"工作表 \g<s>：\g<c> 处的公式没有保存的计算结果，按空值读取（请在 Excel 或 WPS 中打开并保存后再试）"),
        (r"sheet (?P<s>.*?): values under merged cells, which Excel does not show, ignored at (?P<c>.*)",
         r"工作表 \g<s>：合并单元格下 Excel 不显示的值已忽略（\g<c>）"),
        (r"sheet (?P<s>.*?): rows are hidden unless shown \(read all the same\)", r"工作表 \g<s>：行默认隐藏（照样读取）"),
        (r"sheet (?P<s>.*?): stopped at row (?P<r>\d+): .*", r"工作表 \g<s>：读到第 \g<r> 行停止，其余部分未读取"),
        (r"table (?P<t>\d+), row (?P<r>\d+): text in a vertically merged cell, which Word does not show, ignored: (?P<x>.*)",
         r"表格 \g<t> 第 \g<r> 行：纵向合并单元格中 Word 不显示的文字已忽略：\g<x>"),
        (r"(?P<n>\d+) control byte\(s\) \((?P<c>.*)\) skipped", r"跳过了 \g<n> 个控制字符（\g<c>）"),
        (rf"(?P<form>{_FORM_WORDS}) could not be read \(lines (?P<a>\d+)-(?P<b>\d+)\)", r"\g<form>无法读取（第 \g<a>–\g<b> 行）"),
        (rf"part of a (?P<form>{_FORM_WORDS}) that could not be read", r"属于一张无法读取的\g<form>"),
        (rf"not read: (?P<form>{_FORM_WORDS}) reader failed", r"未读取：\g<form>读取出错"),
        # the incremental store
        (r"the stored version is kept \(the new one could not be read\)", "保留库中原有版本（新版本读不出）"),
        (r"could not be read again; the stored records are kept", "这次读不出，保留库中原有的记录"),
        (r"internal error while reading: (?P<what>.*)", r"读取时出现内部错误：\g<what>"),
        (r"waiting for another writer \((?P<who>.*)\)", r"等待另一个写入者（\g<who>）"),
        (r"another writer \((?P<who>.*)\) has been writing the store (?P<root>\S+) for over (?P<s>\d+) s; try again when it has finished", r"另一个写入者（\g<who>）写入库 \g<root> 已超过 \g<s> 秒，请等它完成后再试"),
        (r"the store (?P<root>\S+) has no search index: repair it with `(?P<cmd>[^`]*)`", r"库 \g<root> 没有检索索引：请用 `\g<cmd>` 修复"),
        (r"the store (?P<root>\S+) is inconsistent \((?P<why>.*)\): repair it with `(?P<cmd>[^`]*)`", r"库 \g<root> 前后不一致（\g<why>）：请用 `\g<cmd>` 修复"),
        (r"no document (?P<names>.*) in the store (?P<root>\S+); `(?P<cmd>[^`]*)` shows the stored names", r"库 \g<root> 中没有文档 \g<names>；`\g<cmd>` 列出库中的文档名称"),
        (r"removing (?P<n>\d+) documents? would leave the store (?P<root>\S+) empty.*", r"去掉这 \g<n> 个文档后库 \g<root> 就空了；库里至少要有一个文档（不要这个库就直接删除它的目录）"),
        (r"the store did not finish writing in time.*", "库没有及时写完；文档仍在排队，稍后会加入"),
        (r"store (?P<root>\S+) keeps changing; try again", r"库 \g<root> 一直在变化，请再试一次"),
        (r"--as names one document; (?P<n>\d+) files were given", r"--as 只能给一个文档命名，却给了 \g<n> 个文件"),
        (r"--as (?P<name>.*): a document name cannot be empty or contain /", r"--as \g<name>：文档名称不能为空，也不能含 /"),
    )
)
_PREFIX = re.compile(r"^(?P<file>[^\s:：]+?)(?::(?P<line>\d+(?:-\d+)?|[^\s:]+!\d+-\d+|p\d+:\d+-\d+))?: ")
_LINE = re.compile(r"^line (?P<line>\d+): ")
_UNNAMED = re.compile(
    rf"^\(unnamed (?P<form>{_FORM_WORDS}), lines (?P<a>\d+)-(?P<b>\d+)\)$"
)


def in_chinese(message: str) -> str:
    """`message` in Chinese when its English wording is known, else unchanged.

    Keeps a leading ``file:line: `` (as 「file 第 n 行：」) and ``line n: ``.
    """
    text = str(message)
    unnamed = _UNNAMED.match(text)
    if unnamed:
        return f"（未命名的{_form(unnamed)}，第 {unnamed['a']}–{unnamed['b']} 行）"
    head = ""
    prefix = _PREFIX.match(text)
    if prefix and _translate(_without_line(text[prefix.end():])[1]) is not None:
        head = prefix["file"] + _where(prefix["line"]) + "："
        text = text[prefix.end():]
    where, text = _without_line(text)
    head += where
    translated = _translate(text)
    return head + translated if translated is not None else str(message)


def _without_line(text: str) -> tuple[str, str]:
    """(「第 n 行：」, the rest) when `text` starts with a known ``line n: ``."""
    line = _LINE.match(text)
    if line and _translate(text[line.end():]) is not None:
        return f"第 {line['line']} 行：", text[line.end():]
    return "", text


def _where(where: str | None) -> str:
    """`12`, `12-40`, `Sheet1!3-20` or `p2:5-9` as 「 第 12–40 行」「 表 Sheet1 第 3–20 行」…"""
    if not where:
        return ""
    page = re.fullmatch(r"p(\d+):(.*)", where)
    sheet = re.fullmatch(r"(.*)!(.*)", where)
    if page:
        return f" 第 {page[1]} 页第 {page[2].replace('-', '–')} 行"
    if sheet:
        return f" 表 {sheet[1]} 第 {sheet[2].replace('-', '–')} 行"
    return f" 第 {where.replace('-', '–')} 行"


@functools.cache
def _phrases() -> tuple[tuple[re.Pattern[str], _Replacement], ...]:
    return tuple((re.compile(p, re.S), r) for p, r in _PHRASE_PATTERNS)


# Every English message has a Latin letter outside its groups (tests/test_cli.py checks each
# pattern): text without one (a project's name) is answered without compiling the patterns.
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _translate(text: str) -> str | None:
    if not _LATIN_LETTER.search(text):
        return None
    for pattern, replacement in _phrases():
        m = pattern.fullmatch(text.strip())
        if m:
            out = replacement(m) if callable(replacement) else m.expand(replacement)
            if "form" in pattern.groupindex:
                out = out.replace(m["form"], _form(m))
            return out
    return None
