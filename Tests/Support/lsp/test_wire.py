"""Garbage on the wire: `wf lsp` answers what it can, skips what it cannot read, never dies of a signal."""
import json
import os
import random
import subprocess

import pytest

from conftest import WF


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def message(obj) -> bytes:
    return frame(json.dumps(obj).encode())


def read_messages(data: bytes):
    """Splits the server's output into its JSON messages (the framing must be exact)."""
    messages = []
    while data:
        header, _, rest = data.partition(b"\r\n\r\n")
        assert header.startswith(b"Content-Length: "), header
        length = int(header[len(b"Content-Length: "):])
        messages.append(json.loads(rest[:length]))
        data = rest[length:]
    return messages


def run(stdin: bytes, timeout=60):
    result = subprocess.run([WF, "lsp"], input=stdin, capture_output=True, timeout=timeout)
    assert result.returncode in (0, 1), (result.returncode, result.stderr[-2000:])
    return result.returncode, read_messages(result.stdout)


INIT = message({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
SHUTDOWN = message({"jsonrpc": "2.0", "id": 99, "method": "shutdown"}) + message({"jsonrpc": "2.0", "method": "exit"})


def by_id(messages):
    return {json.dumps(m.get("id")): m for m in messages if "id" in m}


def test_garbage_gets_errors_and_the_server_keeps_answering():
    garbage = (
        frame(b"{not json")
        + frame(b"[1, 2, 3]")
        + message({"jsonrpc": "2.0", "id": {"an": "object"}, "method": "initialize"})
        + b"Content-Length: banana\r\n\r\n"
        + b"this is not a header at all\r\n\r\n"
        + b"Content-Length: 2\r\nnonsense line\r\n\r\n{}"
        + b"Content-Length: 99999999999999999999\r\n\r\n"
        + message({"jsonrpc": "2.0", "id": 2, "method": "textDocument/unknownThing", "params": {}})
        + message({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {"textDocument": 5}})
        + message({"jsonrpc": "2.0", "id": 4, "method": "textDocument/hover",
                   "params": {"textDocument": {"uri": "file:///nope.yaml"}, "position": {"line": -1, "character": "x"}}})
        + message({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": "wrong"}})
        + message({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": None})
        + message({"jsonrpc": "2.0", "id": 5, "method": "textDocument/documentSymbol",
                   "params": {"textDocument": {"uri": "file:///nope.yaml"}}})
    )
    status, messages = run(INIT + garbage + SHUTDOWN)
    assert status == 0
    answers = by_id(messages)
    assert answers["1"]["result"]["capabilities"]["hoverProvider"] is True
    nulls = [m for m in messages if m.get("id") is None]
    assert [m["error"]["code"] for m in nulls] == [-32700, -32600, -32600]
    assert answers["2"]["error"]["code"] == -32601
    assert answers["3"]["error"]["code"] == -32602
    assert answers["4"]["error"]["code"] == -32602
    assert answers["5"]["error"]["code"] == -32602
    assert answers["99"]["result"] is None


def test_requests_before_initialize_and_after_shutdown():
    hover = message({"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": {}})
    shutdown = message({"jsonrpc": "2.0", "id": 8, "method": "shutdown"})
    status, messages = run(hover + INIT + shutdown + hover)
    answers = by_id(messages)
    assert [m["error"]["code"] for m in messages if m.get("id") == 7] == [-32002, -32600]
    assert answers["8"]["result"] is None
    # The input ended after shutdown without 'exit': a clean stop.
    assert status == 0


def test_end_of_input_without_shutdown_exits_1():
    status, _ = run(INIT + b"Content-Length: 100\r\n\r\n{\"jsonrpc\"")
    assert status == 1


def test_random_bytes_never_kill_the_server():
    rng = random.Random(12)
    for _ in range(20):
        noise = bytes(rng.randrange(256) for _ in range(rng.randrange(2000)))
        headers = b"Content-Length: %d\r\n\r\n" % rng.randrange(50)
        run(INIT + noise + headers + noise[:100] + SHUTDOWN)


def test_a_body_cut_by_the_end_of_input():
    status, messages = run(INIT + b"Content-Length: 5000\r\n\r\n" + b"{" * 100)
    assert status == 1
    assert by_id(messages)["1"]["result"]
