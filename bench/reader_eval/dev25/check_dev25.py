"""Self-check of the dev25 gold against its own documents (not a reader test)."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ENC = {"c02_cq_layout_gb_shandong_talent": "gb18030", "s06_layout_classic_utf16_fujian_citybrain": "utf-16"}
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
norm = lambda s: re.sub(r"[\s|]", "", s)
docs = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "docs")))
assert docs == sorted(meta), "meta/doc mismatch"
nrows = nforms = 0


def pieces_in(s, t):
    """s appears in t, or (layout docs) as consecutive wrapped pieces found in order"""
    if s in t:
        return True
    pos = 0
    while s:
        for k in range(len(s), 0, -1):
            j = t.find(s[:k], pos)
            if j >= 0 and (k >= 2 or k == len(s)):
                pos, s = j + k, s[k:]
                break
        else:
            return False
    return True

kinds = {}
for d in docs:
    text = open(os.path.join(HERE, "docs", d + ".txt"), encoding=ENC.get(d, "utf-8")).read()
    t = norm(text)
    gold = json.load(open(os.path.join(HERE, "gold", d + ".json"), encoding="utf-8"))
    for g in gold:
        nforms += 1
        kinds[g["form"]] = kinds.get(g["form"], 0) + 1
        for fld in ("name", "department", "unit"):
            if g[fld] and not pieces_in(norm(g[fld]), t) and not g["form"].startswith("department"):
                print(d, "header not in doc:", fld, g[fld])
        if g["goal"] and norm(g["goal"]) not in t:
            print(d, "goal not in doc")
        fu = g["funds"]
        parts = sum(fu[k] or 0 for k in ("fiscal", "carryover", "other"))
        if abs(parts - fu["total"]) > 0.01:
            print(d, "funds do not add up", fu)
        if fu["executed"] is not None and abs(fu["executed"] / fu["total"] * 100 - fu["execution_rate"]) > 0.01:
            print(d, "execution rate", fu["executed"] / fu["total"] * 100, fu["execution_rate"])
        ws = [i["weight"] for i in g["indicators"] if i["weight"] is not None]
        ss = [i["score"] for i in g["indicators"] if i["score"] is not None]
        if ws:
            print(d, "weights", sum(ws), "scores", round(sum(ss), 2), "total", g["total_score"])
        for i in g["indicators"]:
            nrows += 1
            for fld in ("level3", "target", "actual", "deviation"):
                if i[fld] and not pieces_in(norm(i[fld]), t):
                    print(d, "not in doc:", fld, i[fld])
            if i["score"] is not None and i["score"] > i["weight"]:
                print(d, "score > weight", i)
print(len(docs), "documents,", nforms, "forms,", nrows, "rows", kinds)
