"""Small real servers for the unit tests: a Kannel-like HTTP endpoint with a chosen answer."""

import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from notifications.bench.live import celery_broker  # noqa: F401 - the tests import it from here


class SendSmsStub:
    """Answers GET /cgi-bin/sendsms with `status`/`body` and records the query of each request."""

    def __init__(self, status: int = 202, body: str = "0: Accepted for delivery"):
        self.status = status
        self.body = body
        self.requests: list[dict[str, str]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                query = urllib.parse.urlsplit(self.path).query
                stub.requests.append(dict(urllib.parse.parse_qsl(query, keep_blank_values=True)))
                payload = stub.body.encode()
                self.send_response(stub.status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/cgi-bin/sendsms"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def closed_port() -> int:
    """A local port nobody listens on."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
