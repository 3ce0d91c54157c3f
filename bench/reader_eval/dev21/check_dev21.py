"""Self-check of the dev21 set: gold texts appear in their documents, numbers add up."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
def ws(s):
    return re.sub(r"\s+", "", s)
forms = rows = 0
for fn in docs:
    d = fn[:-4]
    raw = open(os.path.join(HERE, "docs", fn), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    t = ws(text)
    if d not in meta: err(d, "no meta")
    gp = os.path.join(HERE, "gold", d + ".json")
    if not os.path.exists(gp): err(d, "no gold"); continue
    for g in json.load(open(gp, encoding="utf-8")):
        forms += 1
        for k in ("goal", "department"):
            if g[k] and ws(g[k]) not in t: err(d, k, g[k])
        if g["form"] in ("target_declaration", "self_evaluation") and ws(g["name"]) not in t: err(d, "name")
        if g["unit"] and ws(g["unit"]) not in t: err(d, "unit")
        if str(g["year"]) not in t: err(d, "year")
        se = g["form"].endswith("self_evaluation")
        ws_, ss = 0, 0
        for i in g["indicators"]:
            rows += 1
            for k in ("level3", "target", "actual", "deviation"):
                if i[k] is not None and ws(i[k]) not in t: err(d, k, i[k])
            for k in ("level1", "level2"):
                if i[k] not in t: err(d, k, i[k])
            if se:
                ws_ += i["weight"]; ss += i["score"]
                if i["score"] > i["weight"]: err(d, "score>weight", i["level3"])
        fu = g["funds"]
        if se:
            fs = 0 if g["form"].startswith("department") else 10
            fsc = round(fu["execution_rate"] / 10, 2) if fs else 0
            if abs(ws_ + fs - 100) > 1e-9: err(d, "weights", ws_)
            if abs(round(fu["executed"] / fu["total"] * 100, 2) - fu["execution_rate"]) > 1e-9:
                err(d, "rate", fu)
            if fs and abs(fsc - round(g["total_score"] - ss, 2)) > 0.011: err(d, "funds score", fsc, g["total_score"], ss)
            if not fs and abs(g["total_score"] - ss) > 1e-9: err(d, "total", g["total_score"], ss)
        else:
            parts = [fu[k] or 0 for k in ("fiscal", "carryover", "other")]
            if abs(sum(parts) - fu["total"]) > 1e-6: err(d, "funds sum", fu)
print(len(docs), "docs", forms, "forms", rows, "rows;", "OK" if not bad else "%d errors" % bad)
sys.exit(1 if bad else 0)
