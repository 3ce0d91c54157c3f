"""The `jixiao` command line: one subcommand per module in `jixiao.commands`."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from jixiao.errors import JixiaoError

# Each module exposes register(subparsers) and sets `func` on its parser.
COMMANDS = ("parse", "build", "add", "remove", "list", "export", "search", "serve")
# Commands registered by a module of another name.
_MODULE_OF = {"similar": "search", "suggest": "search"}


def make_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command``, only the module that defines it is imported (a search
    starts faster without the export command's RDF libraries)."""
    parser = argparse.ArgumentParser(
        prog="jixiao",
        description="绩效 — knowledge graph and search over performance-target documents.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    module_name = _MODULE_OF.get(command or "", command)
    for name in (module_name,) if module_name in COMMANDS else COMMANDS:
        try:
            module = importlib.import_module(f"jixiao.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"jixiao.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = make_parser(words[0] if words and not words[0].startswith("-") else None)
    args = parser.parse_args(words)
    try:
        code = args.func(args)
    except JixiaoError as exc:
        print(f"jixiao: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("jixiao: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `jixiao parse … | head` closes stdout early; that is not an error.
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - users get a message, developers set JIXIAO_DEBUG
        if os.environ.get("JIXIAO_DEBUG"):
            raise
        print(f"jixiao: internal error: {type(exc).__name__}: {exc} "
              "(set JIXIAO_DEBUG=1 for details)", file=sys.stderr)
        return 1
    return int(code or 0)


if __name__ == "__main__":
    sys.exit(main())
