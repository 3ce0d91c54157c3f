"""Self-check of the dev22 gold against its documents (no reader involved)."""
import glob
import json
import os
import re

H = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(H, "meta.json"), encoding="utf-8"))
bad = 0


def read(p):
    b = open(p, "rb").read()
    for enc in ("utf-16",) if b[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass


def found(t, doc):
    if t in doc:
        return True
    pos, pieces = 0, 0
    while t:
        k = len(t)
        while k > 0 and t[:k] not in doc[pos:pos + 4000]:
            k -= 1
        if k == 0:
            return False
        pos = doc.index(t[:k], pos) + k; t = t[k:]; pieces += 1
    return pieces <= 4


for p in sorted(glob.glob(os.path.join(H, "docs", "*"))):
    d = os.path.splitext(os.path.basename(p))[0]
    doc = re.sub(r"[\s|]", "", read(p))
    g = json.load(open(os.path.join(H, "gold", d + ".json"), encoding="utf-8"))
    assert d in meta, d
    for f in g:
        for k in ("name", "department", "unit"):
            if f[k] and not found(f[k], doc) and not (k == "name" and f["form"].startswith("department")):
                print(d, "header missing", k, f[k]); bad += 1
        for i in f["indicators"]:
            for k in ("level3", "target", "actual", "deviation"):
                if i[k] and not found(re.sub(r"\s", "", i[k]), doc):
                    print(d, k, "missing", i[k]); bad += 1
        fu = f["funds"]
        parts = [fu[k] for k in ("fiscal", "carryover", "other") if fu[k]]
        if fu["total"] and abs(sum(parts) - fu["total"]) > 0.01:
            print(d, "funds do not add up", fu); bad += 1
        ws = [i["weight"] for i in f["indicators"] if i["weight"] is not None]
        if ws and sum(ws) not in (90, 100):
            print(d, "weights", sum(ws)); bad += 1
        if f["total_score"] is not None:
            s = sum(i["score"] for i in f["indicators"])
            if sum(ws) == 90:
                s += min(10, fu["execution_rate"] / 10)
            if abs(round(s, 2) - f["total_score"]) > 0.011:
                print(d, "total", s, f["total_score"]); bad += 1
assert set(meta) == {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(H, "gold", "*.json"))}
print("problems:", bad)
