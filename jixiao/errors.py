"""Errors meant for users: the CLI and the UI print their message, never a traceback."""


class JixiaoError(Exception):
    """A problem the user can act on (bad input, missing store, wrong encoder…)."""
