"""Real services for the benchmark and the integration tests: an SMTP sink, a Celery worker, a redis-server.

Shipped with the app because `manage.py bench_notify` uses them; aiosmtpd is a development dependency.

Nothing here is mocked: the worker is `celery -A omsportal worker` in its own
process, talking to Redis and to the database the test committed to.
"""

import asyncio
import contextlib
import email
import email.policy
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from aiosmtpd.controller import Controller
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate, *, timeout: float, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


class _Handler:
    def __init__(self, sink: "SmtpSink"):
        self.sink = sink

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        sink = self.sink
        with sink.lock:
            sink.rcpt_count += 1
            hold = sink.hold_at is not None and sink.rcpt_count == sink.hold_at
        if hold:
            # Keep the client waiting mid-conversation, before the message is handed over.
            sink.held.set()
            while not sink.release.is_set():
                await asyncio.sleep(0.05)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.sink.lock:
            self.sink.raw.append(envelope.content)  # parsed on demand: the sink must not be the bottleneck
        return "250 Message accepted for delivery"


class SmtpSink:
    """An SMTP server (aiosmtpd) on a free local port that keeps every message it accepted.

    With `hold_at=N` the N-th RCPT TO waits until `release` is set, so a test can
    kill a worker while it is in the middle of sending.
    """

    def __init__(self, *, hold_at: int | None = None):
        self.port = free_port()
        self.raw: list[bytes] = []
        self.lock = threading.Lock()
        self.rcpt_count = 0
        self.hold_at = hold_at
        self.held = threading.Event()
        self.release = threading.Event()
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)
        logging.getLogger("mail.log").setLevel(logging.WARNING)  # one INFO line per SMTP command otherwise

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.controller.stop()

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        with self.lock:
            raw = list(self.raw)
        return [email.message_from_bytes(content, policy=email.policy.default) for content in raw]

    def count(self) -> int:
        with self.lock:
            return len(self.raw)

    def wait_for(self, count: int, *, timeout: float) -> bool:
        return wait_until(lambda: self.count() >= count, timeout=timeout)


def database_url() -> str:
    """The URL of the database this test process uses (pytest-django's test database)."""
    s = connection.settings_dict
    return f"postgres://{s['USER']}:{s['PASSWORD'] or ''}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def redis_available(url: str) -> bool:
    if not url:
        return False
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


class Worker:
    """`celery -A omsportal worker` in its own process group, on its own queue."""

    def __init__(
        self,
        *,
        broker: str,
        log_dir: Path,
        queue: str | None = None,
        env: dict | None = None,
        concurrency: int = 1,
        beat: bool = False,
    ):
        self.queue = queue or f"test-{uuid.uuid4().hex[:10]}"
        self.log_path = log_dir / f"worker-{uuid.uuid4().hex[:6]}.log"
        self.beat = beat
        self.schedule = log_dir / f"beat-{uuid.uuid4().hex[:6]}"
        self.concurrency = concurrency
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "omsportal.settings",
            "PYTHONPATH": str(ROOT),
            "DATABASE_URL": database_url(),
            "DB_CONN_MAX_AGE": "0",
            "REDIS_URL": broker,
            "CELERY_BROKER_URL": broker,
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "CELERY_TASK_DEFAULT_QUEUE": self.queue,
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "LOG_LEVEL": "INFO",
            **(env or {}),
        }
        self.process: subprocess.Popen | None = None

    def start(self, *, timeout: float = 60) -> "Worker":
        command = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "omsportal",
            "worker",
            "-l",
            "INFO",
            "-P",
            "prefork",
            "-c",
            str(self.concurrency),
            "-Q",
            self.queue,
            "-n",
            f"{self.queue}-{uuid.uuid4().hex[:4]}@%h",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ]
        if self.beat:
            command += ["-B", "-s", str(self.schedule)]
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        if not wait_until(
            lambda: b" ready." in self.log_path.read_bytes() or self.process.poll() is not None, timeout=timeout
        ):
            self.stop()
            raise RuntimeError(f"the worker did not start:\n{self.log()}")
        if self.process.poll() is not None:
            raise RuntimeError(f"the worker exited:\n{self.log()}")
        return self

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:]

    def children(self) -> list[int]:
        out = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout
        return [int(pid) for pid in out.split()]

    def kill(self) -> None:
        """SIGKILL the whole worker (main process and pool children), like a crash or the OOM killer."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self._log.close()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.kill()
            return
        # The pool children may outlive a warm shutdown by a moment.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self._log.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class RedisServer:
    """A private redis-server on a spare port that a test can stop and start again."""

    def __init__(self, workdir: Path):
        self.port = free_port()
        self.workdir = workdir
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @staticmethod
    def available() -> bool:
        return shutil.which("redis-server") is not None

    def start(self) -> "RedisServer":
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if not wait_until(lambda: redis_available(self.url), timeout=10):
            raise RuntimeError("redis-server did not start")
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        wait_until(lambda: not redis_available(self.url), timeout=5)


@contextlib.contextmanager
def celery_broker(url: str, *, queue: str | None = None):
    """Make this process publish real task messages to `url` (and `queue`) instead of running tasks eagerly."""
    from celery import current_app

    app = current_app._get_current_object()  # the project's app (omsportal.celery), without importing the project

    saved = (app.conf.task_always_eager, app.conf.broker_url, app.conf.task_default_queue)

    def reset_pools():
        # Only forget the pools: closing them would also close kombu's shared pools for the other URL.
        app._pool = None
        with contextlib.suppress(AttributeError, KeyError):
            app.__dict__["amqp"]._producer_pool = None

    reset_pools()
    app.conf.task_always_eager, app.conf.broker_url = False, url
    if queue:
        app.conf.task_default_queue = queue
    try:
        yield app
    finally:
        reset_pools()
        app.conf.task_always_eager, app.conf.broker_url, app.conf.task_default_queue = saved
