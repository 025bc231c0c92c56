#!/usr/bin/env python3
"""A webhook receiver for wf's tests: saves every POST and answers with a chosen status.

    python3 http_server.py --out DIR [--status-file FILE]

Prints "READY <port>" once listening on 127.0.0.1 (a free port). Each request is saved
as DIR/NNNN.json: {"path", "headers", "body"} (body as text). The reply's status is
read from FILE on every request (default 200), so a test can switch 500 -> 200.
Serves until killed, or until its parent's stdin closes.
"""
import argparse
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--status-file")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    lock = threading.Lock()
    counter = {"n": 0}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            status = 200
            if args.status_file and os.path.exists(args.status_file):
                with open(args.status_file) as f:
                    status = int(f.read().strip() or "200")
            with lock:
                counter["n"] += 1
                stem = os.path.join(args.out, "%04d" % counter["n"])
            record = {"path": self.path, "status": status, "headers": dict(self.headers.items()),
                      "body": body.decode("utf-8", "replace")}
            with open(stem + ".tmp", "w", encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False)
            os.replace(stem + ".tmp", stem + ".json")
            reply = b'{"ok": true}' if status < 300 else b'{"error": "test server says no"}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print("READY %d" % server.server_address[1], flush=True)

    def watch_stdin():
        try:
            sys.stdin.read()
        except Exception:
            pass
        os._exit(0)

    threading.Thread(target=watch_stdin, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
