#!/usr/bin/env python3
"""Parses .eml files with Python's `email` package (policy.default) and prints JSON, so
tests check wf's mail with an independent parser.

    python3 parse_eml.py FILE...

For each file: {"file", "subject", "from", "to", "date", "message_id", "content_type",
"body", "attachments": [{"filename", "content_type", "size", "sha256"}], "defects",
"max_line", "bare_lf", "header_lines"}.
"""
import email
import hashlib
import json
import sys
from email import policy


def describe(path):
    raw = open(path, "rb").read()
    message = email.message_from_bytes(raw, policy=policy.default)
    body_part = message.get_body(preferencelist=("plain",))
    attachments = []
    defects = [type(d).__name__ for d in message.defects]
    for part in message.walk():
        defects += [type(d).__name__ for d in part.defects]
    for part in message.iter_attachments():
        data = part.get_content()
        if isinstance(data, str):
            data = data.encode("utf-8")
        attachments.append({"filename": part.get_filename(), "content_type": part.get_content_type(),
                            "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    lines = raw.split(b"\r\n")
    return {
        "file": path,
        "subject": str(message["subject"]),
        "from": str(message["from"]),
        "to": str(message["to"]),
        "date": str(message["date"]),
        "message_id": str(message["message-id"]),
        "content_type": message.get_content_type(),
        "body": body_part.get_content() if body_part is not None else None,
        "attachments": attachments,
        "defects": defects,
        "max_line": max(len(line) for line in lines),
        "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
        "header_lines": raw.split(b"\r\n\r\n")[0].decode("ascii", "replace").split("\r\n"),
    }


print(json.dumps([describe(p) for p in sys.argv[1:]], ensure_ascii=False))
