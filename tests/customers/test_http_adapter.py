"""The HTTP provisioning adapter against a real HTTP server started by the test (the README's contract)."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from customers.provisioning import HttpProvisioning, ProvisioningError, Request


class Network(BaseHTTPRequestHandler):
    answers: list = []
    seen: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append((self.path, dict(self.headers), body))
        status, answer = self.answers.pop(0) if self.answers else (200, {"phone_number": "+79001234567"})
        if status == "slow":
            threading.Event().wait(2)
            status = 200
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def network(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Network)
    Network.answers, Network.seen = [], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.PROVISIONING_URL = f"http://127.0.0.1:{server.server_port}/api/"
    settings.PROVISIONING_TOKEN = "secret-token"
    settings.PROVISIONING_TIMEOUT = 1
    yield Network
    server.shutdown()


def test_a_step_is_a_json_post_to_its_path(network):
    answer = HttpProvisioning().call(Request(job_id=7, step="reserve_number", payload={"order": "O-000001"}))
    assert answer == {"phone_number": "+79001234567"}
    path, headers, body = network.seen[0]
    assert path == "/api/reserve_number"
    assert headers["Content-Type"] == "application/json"
    assert headers["Authorization"] == "Bearer secret-token"
    assert headers["Idempotency-Key"] == "7:reserve_number"
    assert body == {"job": 7, "step": "reserve_number", "order": "O-000001"}


def test_a_server_error_is_retried(network):
    network.answers = [(500, {"error": "busy"})]
    with pytest.raises(ProvisioningError) as raised:
        HttpProvisioning().call(Request(job_id=1, step="bind_sim", payload={}))
    assert raised.value.transient


def test_a_timeout_is_retried(network):
    network.answers = [("slow", {})]
    with pytest.raises(ProvisioningError) as raised:
        HttpProvisioning().call(Request(job_id=1, step="bind_sim", payload={}))
    assert raised.value.transient


def test_a_client_error_is_not_retried(network):
    network.answers = [(422, {"error": "unknown plan"})]
    with pytest.raises(ProvisioningError) as raised:
        HttpProvisioning().call(Request(job_id=1, step="enable_plan", payload={}))
    assert not raised.value.transient
