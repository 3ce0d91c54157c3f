"""The page is Chinese whatever language the browser asks for.

Gradio picks the language of its own widget texts (upload areas, table buttons) from
`navigator.language` when the page starts. The app has no English interface, so the page's
HTML gets a first script that reports Chinese; it must run before Gradio's, which is why it is
written into the served HTML (Gradio's `head` option is applied later, by Gradio's script).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

LOCALE = "zh-CN"
SCRIPT = (
    "<script>try{Object.defineProperty(navigator,'language',{get:()=>'" + LOCALE + "'});"
    "Object.defineProperty(navigator,'languages',{get:()=>['" + LOCALE + "','zh']});}"
    "catch(e){}</script>"
).encode()

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def inject(html: bytes) -> bytes:
    """`html` with the locale script first in its <head> (unchanged if it has none)."""
    at = html.find(b"<head>")
    if at < 0:
        return html
    at += len(b"<head>")
    return html[:at] + SCRIPT + html[at:]


class ChinesePage:
    """ASGI middleware: HTML pages get `SCRIPT` at the top of their <head>."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") != "http" or scope.get("method") != "GET":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def wrapped(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                if headers.get(b"content-type", b"").startswith(b"text/html"):
                    start = message  # held back until the body is complete
                    return
                await send(message)
            elif message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                body = inject(b"".join(chunks))
                headers = [(k, v) for k, v in start.get("headers") or [] if k != b"content-length"]
                headers.append((b"content-length", str(len(body)).encode()))
                await send({**start, "headers": headers})
                await send({"type": "http.response.body", "body": body})
            else:
                await send(message)

        await self.app(scope, receive, wrapped)
