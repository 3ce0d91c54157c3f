"""Characters that OCR commonly reads as a look-alike, and the repair of such misreadings.

Scanned forms go through OCR before their text is extracted, and OCR swaps characters that
differ by a stroke or a component: 率 read as 举 or 幸 (the dotted middle of 率 lost), 失 as 矢,
丢 as 去 (the top stroke lost), 设 as 证 (the 讠 radical kept, the right part misread), 投 as 持,
辅 as 補 or 铺 (the 车 radical read as 衤 or 钅), 内 as 肉. Some PDF fonts also yield traditional
forms of characters the form prints simplified (項 for 项, 資 for 资).

A misreading is repaired only when the replacement turns characters that belong to no word into
dictionary words *and* something supports the new character: the document prints it with the
same neighbour (`节约率` printed elsewhere), or, for the last character, it is a usual ending of
an indicator name (`…丢失率`). Characters inside a dictionary word are never touched, so real
words that contain a look-alike (选举, 证明, 坚持) stay as printed.
"""

from __future__ import annotations

from itertools import product

from jixiao.kg.reader.ocr.wordmodel import DocumentText, log_prob, model

# Printed character → characters OCR may have misread as it (each a visual near-twin).
LOOK_ALIKES: dict[str, str] = {
    "举": "率",
    "幸": "率",
    "矢": "失",
    "去": "丢",
    "证": "设",
    "持": "投",
    "補": "辅",
    "铺": "辅",
    "肉": "内",
    "未": "末",
    "末": "未",
    "己": "已",
    "已": "己",
    "侯": "候",
    "候": "侯",
}

# Characters that share their top or left half: a character cut at a cell break may print
# its half on one side as one of these (`窗口着装在|有效投诉`: the top of 有 read as 在).
HALF_TWINS: frozenset[frozenset[str]] = frozenset(
    frozenset(pair) for pair in ("在有", "存有", "在存", "设证", "设记", "证记", "持投")
)


def look_alike(a: str, b: str) -> bool:
    """Two different characters OCR or a cut can turn into each other."""
    if a == b:
        return False
    return b in LOOK_ALIKES.get(a, "") or a in LOOK_ALIKES.get(b, "") or frozenset((a, b)) in HALF_TWINS


def twins(ch: str) -> set[str]:
    """The characters `ch` is a look-alike of."""
    pool = set(LOOK_ALIKES) | {c for v in LOOK_ALIKES.values() for c in v}
    pool |= {c for pair in HALF_TWINS for c in pair}
    return {c for c in pool if look_alike(ch, c)}


# Traditional forms some PDF fonts produce for characters the forms print simplified. A
# conversion needs no document evidence (it is the same character), only a better reading.
TRADITIONAL: dict[str, str] = {
    "項": "项", "資": "资", "險": "险", "財": "财", "況": "况", "續": "续", "補": "补",
    "設": "设", "會": "会", "務": "务", "經": "经", "濟": "济", "質": "质", "數": "数",
    "時": "时", "產": "产", "響": "响", "態": "态", "環": "环", "級": "级", "單": "单",
    "門": "门", "額": "额", "結": "结", "轉": "转", "績": "绩", "總": "总", "計": "计",
    "實": "实", "際": "际", "預": "预", "開": "开", "內": "内", "應": "应", "發": "发",
    "標": "标", "準": "准", "確": "确", "員": "员", "為": "为", "與": "与",
    "違": "违", "規": "规", "範": "范", "醫": "医", "療": "疗", "藥": "药", "據": "据",
    "訓": "训", "練": "练", "調": "调", "査": "查", "審": "审", "價": "价", "費": "费",
}

# Usual last characters of an indicator name (…率, …度, …性, …数, …量): a look-alike in that
# place is read as one of these without further evidence.
INDICATOR_ENDINGS = "率度性数量"

# Candidate readings tried for one run of look-alike characters (the run is short in practice).
_MAX_CANDIDATES = 64


def _options(ch: str) -> str:
    return ch + LOOK_ALIKES.get(ch, "") + TRADITIONAL.get(ch, "")


def _word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the dictionary words of two or more characters in jieba's best cut."""
    spans, pos = [], 0
    for w in model().cut(text, HMM=False):
        if len(w) >= 2:
            spans.append((pos, pos + len(w)))
        pos += len(w)
    return spans


def _in_word(spans: list[tuple[int, int]], i: int) -> bool:
    return any(s <= i < e for s, e in spans)


def _supported(text: str, i: int, old: str, spans: list[tuple[int, int]], doc: DocumentText | None) -> bool:
    """Whether the character read at `i` (printed `old`) is backed by evidence."""
    new = text[i]
    if TRADITIONAL.get(old) == new:
        return True
    if doc is not None and doc.context(text, i) >= 2:
        return True  # printed with a neighbour elsewhere in the document
    # A usual ending after a word (`丢失|率`).
    return i == len(text) - 1 and new in INDICATOR_ENDINGS and i > 0 and _in_word(spans, i - 1)


def repair_look_alikes(text: str, doc: DocumentText | None = None) -> tuple[str, list[str]]:
    """`text` with misread look-alike characters replaced, and a note for each replacement."""
    spans = _word_spans(text)
    suspects = [
        i for i, ch in enumerate(text) if len(_options(ch)) > 1 and not _in_word(spans, i)
    ]
    if not suspects:
        return text, []
    # Runs of neighbouring suspects are read together (`去矢举` → `丢失率`).
    runs: list[list[int]] = []
    for i in suspects:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    notes = []
    for run in runs:
        choices = [_options(text[i]) for i in run]
        best: tuple[tuple[int, int, float], str] | None = None
        for k, combo in enumerate(product(*choices)):
            if k >= _MAX_CANDIDATES:
                break
            cand = text[: run[0]] + "".join(combo) + text[run[-1] + 1 :]
            changed = [i for i in run if cand[i] != text[i]]
            if not changed:
                continue
            cand_spans = _word_spans(cand)
            if not all(_supported(cand, i, text[i], cand_spans, doc) for i in changed):
                continue
            # The new reading must put the changed characters (or their neighbours) into words
            # and read better than the printed text.
            covered = sum(e - s for s, e in cand_spans) - sum(e - s for s, e in _word_spans(text))
            gain = log_prob(cand) - log_prob(text)
            if covered <= 0 and not all(doc and doc.context(cand, i) >= 3 for i in changed):
                continue
            if gain <= 0:
                continue
            backed = sum(1 for i in changed if doc is not None and doc.context(cand, i) >= 2)
            key = (len(changed), backed, gain)
            if best is None or key > best[0]:
                best = (key, cand)
        if best is not None:
            old = text[run[0] : run[-1] + 1]
            text = best[1]
            notes.append(f"read look-alike {old!r} as {text[run[0]: run[-1] + 1]!r}")
    return text, notes
