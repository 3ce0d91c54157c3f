import glob
import json
import os
import re

H = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(H, "meta.json"), encoding="utf-8"))
rows = forms = 0; bad = 0
def pieces(v, t):
    v = re.sub(r"\s+", "", v)
    while v:
        k = len(v)
        while k > 0 and v[:k] not in t: k -= 1
        if k < min(2, len(v)): return False
        v = v[k:]
    return True
for p in sorted(glob.glob(os.path.join(H, "docs", "*.txt"))):
    d = os.path.basename(p)[:-4]
    raw = open(p, "rb").read()
    enc = "gb18030" if d.startswith("k10") else "utf-8"
    t = re.sub(r"\s+", "", raw.decode(enc))
    assert d in meta, d
    g = json.load(open(os.path.join(H, "gold", d + ".json"), encoding="utf-8"))
    for f in g:
        forms += 1
        fd = f["funds"]
        s = fd["fiscal"] + (fd["carryover"] or 0) + (fd["other"] or 0)
        if abs(s - fd["total"]) > 0.01: print("funds", d); bad += 1
        if fd["executed"] and abs(fd["executed"] / fd["total"] * 100 - fd["execution_rate"]) > 0.01: print("rate", d, fd["executed"] / fd["total"] * 100); bad += 1
        if f["total_score"] is not None:
            sc = sum(i["score"] for i in f["indicators"]); w = sum(i["weight"] for i in f["indicators"])
            if abs(sc - f["total_score"]) > 0.01 or abs(w - 100) > 0.01: print("score", d, sc, w); bad += 1
        if not pieces(re.sub(r"\s+", "", f["goal"]), t): print("goal", d); bad += 1
        for k in ("name", "department", "unit"):
            if k == "name" and f["form"].startswith("department"): continue
            if f[k] and not pieces(f[k], t): print(k, d, f[k]); bad += 1
        for i in f["indicators"]:
            rows += 1
            for k in ("level3", "target", "actual", "deviation"):
                v = i[k]
                if v and re.sub(r"\s+", "", v) not in t:
                    # wrapped in -layout: every 4-char piece must be present
                    if not pieces(v, t):
                        print(k, d, v); bad += 1
print(len(meta), "docs", forms, "forms", rows, "rows", bad, "problems")
