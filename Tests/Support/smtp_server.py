#!/usr/bin/env python3
"""A real SMTP server for wf's tests (aiosmtpd): saves every message it receives.

    python3 smtp_server.py --port 0 --out DIR [--tls-cert CERT --tls-key KEY] [--auth USER:PASSWORD]

Prints "READY <port>" on stdout once it accepts connections, then serves until killed
(or until its parent's stdin closes). Each message is written to DIR/NNNN.eml, the
envelope to DIR/NNNN.json ({"mail_from", "rcpt_tos", "auth_user", "tls"}).
With --tls-cert/--tls-key it offers STARTTLS; with --auth it requires AUTH (PLAIN/LOGIN).
"""
import argparse
import json
import os
import socket
import ssl
import sys
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class SavingHandler:
    def __init__(self, out):
        self.out = out
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            stem = os.path.join(self.out, "%04d" % self.count)
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        with open(stem + ".tmp", "wb") as f:
            f.write(content)
        with open(stem + ".json", "w") as f:
            json.dump({
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "auth_user": (session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None),
                "tls": session.ssl is not None,
            }, f)
        os.replace(stem + ".tmp", stem + ".eml")
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--out", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--auth", help="USER:PASSWORD required of clients")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    kwargs = {}
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        kwargs["tls_context"] = context
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            return AuthResult(success=ok, auth_data=auth_data if ok else None)

        kwargs["authenticator"] = authenticator
        kwargs["auth_required"] = True
        kwargs["auth_require_tls"] = bool(args.tls_cert)

    port = args.port or free_port()
    controller = Controller(SavingHandler(args.out), hostname="127.0.0.1", port=port,
                            ready_timeout=10, **kwargs)
    controller.start()
    print("READY %d" % port, flush=True)

    # Serve until killed, or until the test that started us goes away (stdin closes).
    def watch_stdin():
        try:
            sys.stdin.read()
        except Exception:
            pass
        os._exit(0)

    threading.Thread(target=watch_stdin, daemon=True).start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
