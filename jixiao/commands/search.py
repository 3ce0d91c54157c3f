"""`jixiao search`, `jixiao similar` and `jixiao suggest`: the search side of the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from jixiao import api
from jixiao.api import Hit, Related, Suggestion
from jixiao.commands.build import add_store_argument
from jixiao.errors import JixiaoError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "search",
        help="find indicators or projects by meaning and wording",
        description="Search indicators (grouped by wording, with the targets projects set) "
        "and/or projects. Example: jixiao search 考生对考试满意吗 --type indicator -k 5",
    )
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--type", choices=("indicator", "project", "all"), default="indicator")
    _common(p, default_k=10)
    p.add_argument("--unit", metavar="U", default=None, help="only this unit (part of its name)")
    p.add_argument("--year", metavar="Y", type=_year, default=None, help="only this year")
    p.add_argument("--level1", metavar="L", default=None,
                   help="only this level-1 category, e.g. 满意度指标 or 产出")
    p.add_argument("--level2", metavar="L", default=None,
                   help="only this level-2 category, e.g. 质量指标 or 时效")
    p.set_defaults(func=run_search)

    p = subparsers.add_parser(
        "similar",
        help="projects or indicators related to one, with the reasons",
        description="Nearest projects (for a project/… id) or indicator wordings (for an "
        "indicator/… or concept/… id), combining shared unit, shared indicators and meaning.",
    )
    p.add_argument("id", metavar="ID")
    _common(p, default_k=10)
    p.set_defaults(func=run_similar)

    p = subparsers.add_parser(
        "suggest",
        help="indicators with well-formed targets for a described new project",
        description="Describe a new project in a sentence or two; get the indicators similar "
        "projects used, by level1/level2, each with its typical target (vague targets marked, "
        "quantified alternatives offered).",
    )
    p.add_argument("description", metavar="DESCRIPTION")
    _common(p, default_k=20)
    p.set_defaults(func=run_suggest)


def _common(p: argparse.ArgumentParser, default_k: int) -> None:
    p.add_argument("-k", type=_positive, default=default_k, metavar="N",
                   help=f"number of results (default {default_k})")
    add_store_argument(p)
    p.add_argument("--encoder", default=None,
                   help="refuse to answer unless the store was built with this encoder")
    p.add_argument("--json", action="store_true", help="one JSON object per line")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return value


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not 1900 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"not a plausible year: {value}")
    return value


def _open(args: argparse.Namespace) -> api.Jixiao:
    return api.open_store(args.store, encoder=args.encoder)


def _jsonl(items: list[dict[str, Any]], out: TextIO) -> None:
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


def run_search(args: argparse.Namespace) -> int:
    jx = _open(args)
    result = jx.search(args.query, type=args.type, k=args.k, unit=args.unit, year=args.year,
                       level1=args.level1, level2=args.level2)
    if args.json:
        _jsonl([h.to_json() for h in result.hits], sys.stdout)
        return 0
    if not result.hits:
        print("no results" + (" (try removing a filter)" if any(result.filters.values()) else ""))
        return 0
    for n, hit in enumerate(result.hits, 1):
        print(format_hit(n, hit))
    return 0


def format_hit(n: int, hit: Hit) -> str:
    if hit.type == "project":
        where = " · ".join(str(x) for x in (hit.unit, hit.year) if x)
        return f"{n:>2}. [项目] {hit.text}  ({hit.score:.2f})\n    {where}\n    id {hit.id}"
    cat = "/".join(x for x in (hit.level1, hit.level2) if x)
    lines = [f"{n:>2}. {hit.text}  [{cat}]  ({hit.score:.2f})"]
    lines.append(f"    {hit.count} 个项目使用 · 指标值: {hit.targets_text or '-'}")
    for use in hit.uses[:3]:
        actual = f" · 实际 {use.actual}" if use.actual else ""
        lines.append(
            f"    - {use.project} · {use.unit or '-'} · {use.year or '-'} · "
            f"{use.target or '-'}{actual}"
        )
    if len(hit.uses) > 3:
        lines.append(f"    - … 另 {len(hit.uses) - 3} 个项目")
    lines.append(f"    id {hit.id}")
    return "\n".join(lines)


def run_similar(args: argparse.Namespace) -> int:
    jx = _open(args)
    related = jx.similar(args.id, k=args.k)
    if args.json:
        _jsonl([r.to_json() for r in related], sys.stdout)
        return 0
    if not related:
        print("nothing related found")
    for n, r in enumerate(related, 1):
        print(format_related(n, r))
    return 0


def format_related(n: int, r: Related) -> str:
    where = " · ".join(str(x) for x in (r.unit, r.year) if x)
    lines = [f"{n:>2}. {r.text}  ({r.score:.2f})" + (f"  {where}" if where else "")]
    lines += [f"    {reason}" for reason in r.reasons]
    lines.append(f"    id {r.id}")
    return "\n".join(lines)


def run_suggest(args: argparse.Namespace) -> int:
    jx = _open(args)
    suggestion = jx.suggest(args.description, k=args.k)
    if args.json:
        rows = [{"kind": "similar_project", **p.to_json()} for p in suggestion.similar_projects]
        rows += [{"kind": "indicator", **i.to_json()} for i in suggestion.indicators]
        _jsonl(rows, sys.stdout)
        return 0
    print(format_suggestion(suggestion))
    return 0


def format_suggestion(s: Suggestion) -> str:
    lines = ["相近项目 (similar projects):"]
    lines += [f"  - {p.text} · {p.unit or '-'} · {p.year or '-'}" for p in s.similar_projects]
    if not s.indicators:
        raise JixiaoError("no indicators to suggest: the store has no indicators")
    for level1, by2 in s.grouped().items():
        lines.append(f"\n{level1}")
        for level2, items in by2.items():
            lines.append(f"  {level2}")
            for i in items:
                target = i.recommended_target or "-"
                note = f"  (常见写法「{i.target}」不明确 vague)" if i.vague and i.target else ""
                lines.append(f"    - {i.text}: {target}{note}  [{i.used_by} 个项目]")
                if i.set_and_achieved:
                    lines.append(f"        已设 / 实际: {i.set_and_achieved}")
                if i.advice or i.target_evidence:
                    lines.append(f"        {i.advice or i.target_evidence}")
    return "\n".join(lines)
