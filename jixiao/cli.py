"""The `jixiao` command line: one subcommand per module in `jixiao.commands`.

Everything it prints is Chinese (only `--json` keys are English). A mistyped option is
answered with the usage of the subcommand it was given to, and the nearest real option.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import importlib
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from jixiao.commands import display
from jixiao.errors import JixiaoError, in_chinese

# Each module exposes register(subparsers) and sets `func` on its parser.
COMMANDS = ("parse", "build", "add", "remove", "list", "export", "push", "search", "serve")
# Commands registered by a module of another name.
_MODULE_OF = {"similar": "search", "suggest": "search"}
# Commands that load a store, answer once and exit: the cyclic collector would only walk the
# loaded corpus again and again (~50 ms of a cold search of a 100k-indicator store), and once
# more at the exit, to free next to nothing (peak memory is the same without it).
_ONE_ANSWER = frozenset({"search", "similar", "suggest"})

_HEADINGS = {"positional arguments": "参数", "options": "选项", "optional arguments": "选项"}
# argparse's own messages (Python 3.11+), in Chinese.
_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"the following arguments are required: (?P<a>.*)", r"缺少参数：\g<a>"),
        (r"unrecognized arguments: (?P<a>.*)", r"不认识的参数：\g<a>"),
        (r"argument (?P<a>\S+): invalid choice: (?P<v>.*?) \(choose from (?P<c>.*)\)",
         r"参数 \g<a>：没有 \g<v> 这个选项（可选：\g<c>）"),
        (r"argument (?P<a>\S+): expected one argument", r"参数 \g<a> 后面需要一个值"),
        (r"argument (?P<a>\S+): invalid (?P<t>\S+) value: (?P<v>.*)", r"参数 \g<a>：\g<v> 不是有效的值"),
        (r"ambiguous option: (?P<o>\S+) could match (?P<m>.*)", r"选项 \g<o> 有歧义，可能是：\g<m>"),
        (r"argument (?P<a>\S+): (?P<m>.*)", r"参数 \g<a>：\g<m>"),
    )
)


def _argparse_chinese(message: str) -> str:
    for pattern, replacement in _ARGPARSE_MESSAGES:
        m = pattern.fullmatch(message)
        if m:
            return m.expand(replacement).replace("COMMAND", "命令")
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001, ANN201
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)

    def start_section(self, heading):  # noqa: ANN001, ANN201
        super().start_section(_HEADINGS.get(heading or "", heading))

    def _format_action(self, action: argparse.Action) -> str:
        # argparse pads by len(); Chinese metavars take two columns, so take the extra off.
        text = super()._format_action(action)
        header = self._format_action_invocation(action)
        extra = display.width(header) - len(header)
        first, newline, rest = text.partition("\n")
        at = first.find(header)
        if extra > 0 and at >= 0:
            end = at + len(header)
            gap = len(first) - end - len(first[end:].lstrip(" "))
            if gap - extra >= 2:
                first = first[:end] + first[end + extra:]
        return first + newline + rest


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Chinese (subcommand parsers are of this class too)."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="显示帮助并退出")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{_argparse_chinese(message)}\n")


def make_parser(command: str | None = None) -> tuple[Parser, dict[str, Parser]]:
    """The top-level parser and each subcommand's parser by name. With ``command``, only the
    module that defines it is imported (a search starts faster without the export command's
    RDF libraries); an unknown command gets them all, for the usage and the nearest name."""
    parser = Parser(
        prog="jixiao",
        description="绩效 —— 绩效目标文档的知识图谱与检索。每个命令加 -h 可看它的用法。",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="命令",
                                parser_class=Parser)
    module_name = _MODULE_OF.get(command or "", command)
    for name in (module_name,) if module_name in COMMANDS else COMMANDS:
        try:
            module = importlib.import_module(f"jixiao.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"jixiao.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser, dict(sub.choices)


def _unknown_options(command: Parser, extra: Sequence[str]) -> NoReturn:
    """Refuse arguments a subcommand does not take, with its usage and the nearest option."""
    known = [o for action in command._actions for o in action.option_strings]
    hints = []
    for arg in extra:
        if arg.startswith("-"):
            close = difflib.get_close_matches(arg.split("=", 1)[0], known, n=1, cutoff=0.6)
            if close:
                hints.append(f"{arg} → 是不是 {close[0]}？")
    message = f"不认识的参数：{' '.join(extra)}"
    if hints:
        message += "（" + "；".join(hints) + "）"
    command.print_usage(sys.stderr)
    command.exit(2, f"{command.prog}：错误：{message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    command = words[0] if words and not words[0].startswith("-") else None
    # Only as the program (no argv: the process ends with the command); called in-process
    # (tests, other code), the caller's collector is left alone.
    if argv is None and command in _ONE_ANSWER:
        gc.disable()
        try:
            return _run(words, command)
        finally:
            gc.freeze()  # the exit's final collection then skips what the command loaded
    return _run(words, command)


def _run(words: list[str], command: str | None) -> int:
    parser, commands = make_parser(command)
    args, extra = parser.parse_known_args(words)
    if extra:
        _unknown_options(commands[args.command], extra)
    try:
        code = args.func(args)
    except JixiaoError as exc:
        print(f"jixiao: {in_chinese(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("jixiao: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `jixiao parse … | head` closes stdout early; that is not an error.
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - users get a message, developers set JIXIAO_DEBUG
        if os.environ.get("JIXIAO_DEBUG"):
            raise
        print(f"jixiao: 内部错误：{type(exc).__name__}: {exc}（设置 JIXIAO_DEBUG=1 可看详情）",
              file=sys.stderr)
        return 1
    return int(code or 0)


if __name__ == "__main__":
    sys.exit(main())
