"""The part of a self-evaluation form above its indicator table: head, funds grid, goal.

Head: 项目名称, 主管部门, 实施单位, printed as cells after their labels (labels cut over cells,
values cut too, sometimes the whole head again as one line of text). Funds: 年初预算数,
全年预算数, 全年执行数, 分值, 执行率, 得分 for each funds row, amounts in 万元. Goal: the 预期目标
column beside 实际完成情况.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from jixiao.kg.reader.ocr.forms.columns import TabLine, as_number, has_cjk, join_all
from jixiao.kg.reader.ocr.forms.form_reading import FormReading
from jixiao.kg.reader.ocr.repair import consensus_spelling, repair_name, same_name
from jixiao.kg.reader.ocr.segment import Segment, marker_kind
from jixiao.kg.reader.ocr.wordmodel import log_prob, model
from jixiao.kg.records import Funds
from jixiao.text import clean_cell, compact
from jixiao.vocab import label_key, org_name, scan_fields

# Funds rows: (field, label keys that name it). Labels are matched loosely (PDFs garble them).
_FUND_LABELS = (
    ("total", ("资金总额", "年度资金")),
    ("fiscal", ("财政拨款", "当年财政", "财政")),
    ("carryover", ("上年结转", "结转")),
    ("other", ("其他资金", "其他")),
)
_FUND_ORDER = ("total", "fiscal", "carryover", "other")

# Head labels: field → the label and the pieces a cut or garbled label leaves.
_HEAD_LABELS = {
    "name": ("项目名称", "项目名", "名称"),
    "department": ("主管部门", "主管单位", "部门", "主管"),
    "unit": ("实施单位", "实施单", "施单位", "安施单", "单位"),
}
# Fragments a label cut over two cells leaves in the value position (`实施单` + `位`).
_LABEL_LEFTOVERS = {"位", "称", "门", "项目", "主管"}


def funds_label(tl: TabLine) -> str | None:
    for c in tl.cells:
        key = label_key(c)
        for fname, keys in _FUND_LABELS:
            if any(k in key for k in keys):
                return fname
    return None



# --------------------------------------------------------------------------- head


def _head_label(text: str) -> str | None:
    key = label_key(text)
    if not key:
        return None
    for fname, variants in _HEAD_LABELS.items():
        if key in variants:
            return fname
    return None


def _head_tokens(tl: TabLine) -> list[tuple[str | None, str]]:
    """(field label or None, text) pieces of a head line, labels cut over cells joined."""
    out: list[tuple[str | None, str]] = []
    cells = [c for c in tl.cells if c]
    i = 0
    while i < len(cells):
        c = cells[i]
        joined = None
        for k in (3, 2):
            if i + k <= len(cells):
                f = _head_label("".join(cells[i:i + k]))
                if f and len(label_key("".join(cells[i:i + k]))) >= 4:
                    joined = (f, k)
                    break
        if joined:
            out.append((joined[0], label_key("".join(cells[i:i + joined[1]]))))
            i += joined[1]
            continue
        f = _head_label(c)
        if f:
            out.append((f, label_key(c)))
        elif scan_fields(c):
            out.extend(_scan_cell(c))
        else:
            out.append((None, c))
        i += 1
    return out


def _scan_cell(text: str) -> list[tuple[str | None, str]]:
    """`项目名称 X 主管部门 Y 实施单位 Z` in one cell → labelled pieces."""
    found = scan_fields(text)
    pieces: list[tuple[str | None, str]] = []
    if found[0][1] > 0:
        pieces.append((None, text[: found[0][1]].strip()))
    for i, (fname, _start, end) in enumerate(found):
        f = {"name": "name", "department": "department", "unit": "unit"}.get(fname, fname)
        pieces.append((f, label_key(text[_start:end])))
        stop = found[i + 1][1] if i + 1 < len(found) else len(text)
        value = text[end:stop].strip()
        if value:
            pieces.append((None, value))
    return pieces


_YEAR_LINE = re.compile(r"^\(?(?:19|20)\d\d年度?\)?$")


def read_head(
    lines: list[TabLine], rd: FormReading, context: dict
) -> tuple[str | None, str | None, str | None, str | None]:
    """Name, name as printed, department and unit from the lines above the funds grid.

    Each label occurrence gives one candidate (a form may print its head twice, once as a
    one-line text header and once as table cells); the best-reading candidate wins and is
    checked against the other spellings of the document (segment context).
    """
    found: dict[str, list[list[str]]] = {}
    stray: list[tuple[int, str]] = []
    for tl in lines:
        if tl.blank:
            continue
        current: list[str] | None = None
        label = ""
        labelled = False
        for fname, text in _head_tokens(tl):
            if fname:
                current = []
                found.setdefault(fname, []).append(current)
                label, labelled = text, True
                continue
            if not text:
                continue
            if current is None:
                stray.append((tl.line, text))
                continue
            if _is_leftover(text, current, label):
                continue
            current.append(text)
        if labelled:
            rd.use(tl.line)
    names = [join_all(occ) for occ in found.get("name", []) if occ]
    if not names:
        # A garbled 项目名称 label (`福日`): the value is the first line's last text cell.
        first = [(n, t) for n, t in stray if has_cjk(t) and len(compact(t)) >= 3]
        if first:
            line = first[0][0]
            names = [t for n, t in stray if n == line and not _head_label(t)][-1:]
            rd.use(line)
            rd.warnings.append(f"项目名称 label unreadable (line {line}); name taken from its row")
    for n, t in stray:
        # The form's own title and its `（2023年度）` line are structure, not stray text.
        if n not in rd.used and (marker_kind(t) == "title" or _YEAR_LINE.match(compact(t))):
            rd.use(n)
        if n not in rd.used:
            rd.skip(n, "stray text above the form")
    name_printed = max(names, key=reads_well) if names else None
    name = _clean_name(name_printed) if name_printed else None
    orgs = list(context.get("orgs") or [])
    department = _pick_org(
        [join_all(occ) for occ in found.get("department", []) if occ],
        list(context.get("department_spellings") or []) + orgs, "主管部门", rd,
    )
    unit = _pick_org(
        [join_all(occ) for occ in found.get("unit", []) if occ],
        list(context.get("unit_spellings") or []) + orgs, "实施单位", rd,
    )
    unit = _agree_with_document(
        unit, bool(found.get("unit")), list(context.get("unit_spellings") or []), "实施单位", rd
    )
    return name, name_printed, department, unit


def reads_well(text: str) -> float:
    """Log-probability per character: how much a spelling reads like real Chinese."""
    t = compact(text)
    return log_prob(t) / len(t) if t else float("-inf")


def _pick_org(printed: list[str], evidence: list[str], label: str, rd: FormReading) -> str | None:
    """The organisation a form names, from its own spellings and the document's others."""
    mine = [c for c in (_clean_org(p) for p in printed) if c]
    if not mine:
        return None
    value = max(mine, key=lambda c: (org_name(c) is not None, reads_well(c)))
    pool = [c for c in (_clean_org(e) for e in evidence + mine) if c]
    repaired, _confidence, note = repair_name(value, pool)
    if note:
        rd.warnings.append(f"{label}: {note}")
        return repaired
    # A garbled character repair_name leaves alone (`每市医疗保障局`): another spelling of the
    # same name in the document that reads clearly better replaces it.
    similar = [
        c for c in set(pool)
        if c != value and org_name(c) and SequenceMatcher(None, c, value).ratio() >= 0.75
        and abs(len(c) - len(value)) <= 2 and not re.search(r"[A-Za-z0-9]", c)
    ]
    if similar:
        best = max(similar, key=reads_well)
        if reads_well(best) > reads_well(value) + 0.5:
            rd.warnings.append(f"{label}: {value!r} read as {best!r} (spelling elsewhere in the document)")
            return best
    if not org_name(value):
        rd.warnings.append(f"{label} {value!r} does not read as an organisation name (garbled?)")
    return value


def _agree_with_document(
    value: str | None, labelled: bool, spellings: list[str], label: str, rd: FormReading
) -> str | None:
    """A garbled or unreadable organisation replaced by the name all the document's spellings
    of that field agree on (kg.repair.consensus_spelling); a clean name is kept as read."""
    if value and org_name(value) and not re.search(r"[A-Za-z0-9?？》《]", value):
        return value
    if not value and not labelled:
        return None  # the form has no such field: nothing to fill
    agreed = consensus_spelling(spellings)
    if agreed is None:
        return value
    name, notes = agreed
    if value and not same_name(value, name):
        return value
    how = "; ".join(notes) if notes else "the one name its spellings agree on"
    printed = repr(value) if value else "unreadable"
    rd.warnings.append(f"{label} {printed} read as {name!r} from the document's spellings ({how})")
    return name


# Pieces of a head label's last character that a cut cell leaves behind (`实施单位` + `立`).
_LABEL_CHAR_PIECES = {"位": "位立亻", "门": "门", "称": "称尔禾", "管": "管"}


def _is_leftover(text: str, so_far: list[str], label: str) -> bool:
    """Debris right after a label: the rest or a piece of a label cut over cells (`位`, `立`),
    a lone non-Chinese mark, or text trailing a name that is already complete (`会`, `以州特方`)."""
    t = compact(text)
    if not so_far:
        if len(t) == 1 and label and t in _LABEL_CHAR_PIECES.get(label[-1], label[-1]):
            return True
        if t in _LABEL_LEFTOVERS and label and not label.endswith(t):
            return False
        if label and len(label) < 4 and t in ("位", "门", "称"):
            return True
    if not has_cjk(t) and len(t) <= 2 and not t.startswith(("(", "（")):
        return True
    if so_far and len(t) == 1 and compact(so_far[-1]).endswith(t):
        return True
    done = org_name(join_all(so_far)) if so_far else None
    return bool(done) and not t.startswith(("(", "（")) and not org_name(join_all(so_far + [text]))


def _clean_name(text: str) -> str:
    t = clean_cell(text)
    # Latin or digit debris glued to the front of a Chinese name by the extraction (`T规范化…`).
    t = re.sub(r"^[A-Za-z]{1,2}(?=[\u4e00-\u9fff])", "", t)
    return t.strip(" :：;；,，")


# A name cut at its start is only completed from a text that prints at least this much of it.
_MIN_SHARED_START = 4


def restore_lost_start(name: str, printed: str, texts: list[str]) -> tuple[str, str | None]:
    """A name whose first characters were lost (printed `T规范化培训工作经费`: a stray mark where
    they stood) completed with the word the form's own text prints right before its opening
    (`…保障住院医师规范化培训工作…` → 住院医师); unchanged unless the texts agree on one word."""
    if not re.match(r"^[A-Za-z0-9]{1,2}(?=[\u4e00-\u9fff])", compact(printed)):
        return name, None
    start = compact(name)[: _MIN_SHARED_START + 2]
    if len(start) < _MIN_SHARED_START:
        return name, None
    words: set[str] = set()
    for text in texts:
        t = compact(text)
        for k in range(len(start), _MIN_SHARED_START - 1, -1):
            pos = t.find(start[:k])
            if pos > 0:
                before = [w for w in model().cut(t[:pos], HMM=False)]
                if before and len(before[-1]) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", before[-1]):
                    words.add(before[-1])
                break
    if len(words) != 1:
        return name, None
    word = words.pop()
    return word + name, f"项目名称 {printed!r} lost its start; {word!r} restored from the form's goal text"


def _clean_org(text: str) -> str | None:
    t = clean_cell(text)
    t = re.sub(r"[;；:：,，'\"`]", "", t)
    t = re.sub(r"(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])", "", t)
    if org_name(t):
        return org_name(t)[0]  # type: ignore[index]
    return t or None


# --------------------------------------------------------------------------- funds


def read_funds(
    lines: list[TabLine], start: int | None, stop: int, rd: FormReading, segment: Segment
) -> tuple[Funds, int]:
    """Funds grid; returns the funds and the index where the goal part begins."""
    funds = Funds()
    if start is None:
        return funds, stop
    rows: list[tuple[str | None, TabLine, list[str]]] = []
    wan = bool(segment.context.get("amount_unit") == "万元")
    i = start
    goal_start = stop
    while i < stop:
        tl = lines[i]
        t = compact(tl.text)
        if "万元" in t or "(万" in t or "万" in tl.cells[:3]:
            wan = True
        if "期目标" in t or "际完成情" in t or "总体目标" in t or "年度总体" in t:
            goal_start = i
            break
        label = funds_label(tl)
        values = _fund_values(tl)
        if values is not None:
            rows.append((label, tl, values))
            rd.use(tl.line)
        elif "预算数" in t or "执行" in t:
            rd.use(tl.line)  # the grid's column header
        elif not tl.blank:
            rd.skip(tl.line, "unrecognised line in the funds grid")
        i += 1
    if not segment.context.get("amount_unit") and not wan:
        # Self-evaluation grids print 万元; say so when the form did not.
        rd.warnings.append("amount unit not printed; assumed 万元")
        wan = True
    scale = 10000.0 if wan else 1.0
    roles = _fund_roles(rows)
    for role, (_, tl, values) in zip(roles, rows, strict=True):
        if role is None:
            continue
        budget, executed, rate = _fund_numbers(values, tl, rd)
        if budget is not None:
            setattr(funds, role, round(budget * scale, 2))
        if role == "total":
            rd.funds_weight = as_number(values[-3]) if len(values) >= 6 else None
            funds.executed = round(executed * scale, 2) if executed is not None else None
            funds.execution_rate = rate
    return funds, goal_start


def _fund_roles(rows: list[tuple[str | None, TabLine, list[str]]]) -> list[str | None]:
    """Which funds row is which: by position when the grid is complete, else by label."""
    labels = [label for label, _, _ in rows]
    if len(rows) == len(_FUND_ORDER):
        return list(_FUND_ORDER)
    roles: list[str | None] = []
    seen: set[str] = set()
    for k, label in enumerate(labels):
        role = label if label and label not in seen else None
        if role is None and k < len(_FUND_ORDER) and _FUND_ORDER[k] not in seen:
            role = _FUND_ORDER[k]
        if role:
            seen.add(role)
        roles.append(role)
    return roles


def _fund_values(tl: TabLine) -> list[str] | None:
    """The value cells of a funds row (after its label), None when the line has no amounts."""
    cells = tl.cells
    start = None
    for i, c in enumerate(cells):
        if as_number(c) is not None:
            start = i
            break
    if start is None:
        return None
    values = [c for c in cells[start:] if c]
    if sum(1 for v in values if as_number(v) is not None) < 3:
        return None
    return values


def _fund_numbers(values: list[str], tl: TabLine, rd: FormReading) -> tuple[float | None, float | None, float | None]:
    """(全年预算数, 全年执行数, 执行率) from a funds row's value cells.

    Cells: 年初预算数, 全年预算数, 全年执行数 (sometimes cut into two cells: `5,014.3` `1`),
    then 分值, 执行率, 得分 (`-` on the sub-rows).
    """
    if len(values) < 5:
        nums = [as_number(v) for v in values]
        return (nums[1] if len(nums) > 1 else None), None, None
    budget = as_number(values[1])
    tail = values[-3:]
    middle = values[2:-3]
    # 执行率 printed with its sign (`95.50%`) in grids whose header lacks `(%)`.
    rate = as_number(re.sub(r"\s*[%％]$", "", tail[1] or ""))
    executed = None
    if middle:
        head = re.sub(r"[^\d.,]", "", middle[0])
        decimals = len(head.split(".")[1]) if "." in head else 0
        rest = "".join(re.sub(r"[^\d]", "", m) for m in middle[1:])
        if rest and decimals < 2:
            executed = as_number(head + rest)
        else:
            executed = as_number(head)
            if rest:
                rd.warnings.append(
                    f"line {tl.line}: stray {''.join(middle[1:])!r} after 全年执行数 {head} ignored"
                )
    return budget, executed, rate


# --------------------------------------------------------------------------- goal


def read_goal(lines: list[TabLine], start: int, stop: int, rd: FormReading) -> str | None:
    """The year's expected goal (预期目标 column), as far as the text keeps it apart."""
    actual_col = None
    pieces: list[str] = []
    for tl in lines[start:stop]:
        t = compact(tl.text)
        if tl.blank:
            continue
        if actual_col is None and ("期目标" in t or "际完成" in t) and len(t) < 40:
            for i, c in enumerate(tl.cells):
                if "实" in c or "际完成" in c:
                    actual_col = i
                    break
            rd.use(tl.line)
            continue
        cells = list(tl.cells)
        if cells and _is_goal_label(cells[0]):
            cells[0] = ""
            rd.use(tl.line)
        limit = actual_col if actual_col and actual_col > 1 else len(cells)
        # The 预期目标 text is the first run of cells after the label; after a gap comes the
        # 实际完成情况 column (whose text PDFs interleave with it).
        run: list[str] = []
        for c in cells[1:limit] if cells and not cells[0] else cells[:limit]:
            if c and not _is_goal_label(c):
                run.append(c)
            elif run:
                break
        text = re.sub(r"^(年度\s*)?(总体\s*)?目标\s*", "", join_all(run))
        if text and has_cjk(text):
            pieces.append(text)
            rd.use(tl.line)
        elif any(cells):
            rd.use(tl.line) if _is_goal_label(tl.cell(0)) else rd.skip(
                tl.line, "goal text outside the 预期目标 column (实际完成情况)"
            )
    goal = clean_cell(" ".join(pieces)) if pieces else None
    return goal or None


def _is_goal_label(text: str) -> bool:
    key = label_key(text)
    return bool(key) and len(key) <= 8 and all(ch in "年度总体目标日你信在平" for ch in key)


