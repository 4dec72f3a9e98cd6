"""A real Kannel for the integration tests: bearerbox + smsbox from the Debian package, fakesmsc as the operator.

    with Kannel(tmp_path, max_messages=6) as kannel:
        urlopen(kannel.sendsms_url + "?username=…&password=…&from=…&to=…&text=…")
        assert kannel.wait_for(1, timeout=5), kannel.logs()
        [(sender, receiver, text)] = kannel.received

Everything runs on free local ports with a kannel.conf written into `workdir`.
fakesmsc connects to bearerbox's `smsc = fake` port and prints each message it
is handed; the harness reads that output and decodes it: `text` lines carry the
text as is (UTF-8), `ucs-2` lines URL-encoded UTF-16BE, and the parts of a
concatenated message (`udh <udh> data <bytes>`) are put back together by the
reference number in their UDH before they count as one received message.
"""

import contextlib
import os
import re
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import NamedTuple

from tests.notifications.live import free_port, wait_until

SEARCH_PATH = os.pathsep.join(
    [os.environ.get("PATH", ""), "/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/lib/kannel/test"]
)
FAKESMSC_LINE = re.compile(rb"Got message \d+: <(.*)>\s*$")
KINDS = (b"text", b"ucs-2", b"data", b"udh")


def binary(name: str) -> str | None:
    return shutil.which(name, path=SEARCH_PATH)


def available() -> bool:
    return all(binary(name) for name in ("bearerbox", "smsbox", "fakesmsc"))


def require_kannel() -> None:
    from tests.services import require_service

    require_service(
        "Kannel",
        available(),
        "install the Debian packages kannel (bearerbox, smsbox) and kannel-extras (fakesmsc)",
    )


class Sms(NamedTuple):
    """One message as the operator's side received it (all parts of a concatenated message joined)."""

    sender: str
    receiver: str
    text: str


def _url_decode(data: bytes) -> bytes:
    """Kannel's octstr_url_encode: '+' for a space, %XX for anything else that is not plain."""
    return urllib.parse.unquote_to_bytes(data.replace(b"+", b" "))


def _decode_concatenated(data: bytes) -> str:
    """The joined payload of a concatenated message, whose coding fakesmsc does not print.

    Kannel keeps a GSM text as UTF-8; a UCS-2 text is UTF-16BE, where every
    character below U+2000 (Latin, Cyrillic, Arabic/Persian …) has a high byte
    under 0x20. So: printable UTF-8 is GSM text, anything else is UCS-2.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-16-be", "replace")
    if any(ord(char) < 0x20 and char not in "\n\r\f" for char in text):
        return data.decode("utf-16-be", "replace")
    return text


def _concatenation(udh: bytes) -> tuple[int, int, int] | None:
    """(reference, total, sequence) from a UDH with a concatenation element, else None."""
    position, end = 1, 1 + (udh[0] if udh else 0)
    while position + 1 < min(end, len(udh)):
        element, length = udh[position], udh[position + 1]
        value = udh[position + 2 : position + 2 + length]
        if element == 0x00 and length == 3:
            return value[0], value[1], value[2]
        if element == 0x08 and length == 4:
            return value[0] << 8 | value[1], value[2], value[3]
        position += 2 + length
    return None


class Kannel:
    """bearerbox, smsbox and fakesmsc as subprocesses, with a kannel.conf of their own.

    `max_messages` and `concatenation` are the sendsms-user's settings (Kannel
    cuts a text that needs more SMS than max-messages). `queue_limit` sets
    bearerbox's sms-outgoing-queue-limit: with the operator down, messages past
    it are refused with HTTP 503. `black_list_regex` makes smsbox refuse those
    numbers with HTTP 400, as an operator that cannot deliver there would.
    """

    def __init__(
        self,
        workdir: Path,
        *,
        username: str = "omsportal",
        password: str = "kannel-test-password",
        default_sender: str = "kannel",
        max_messages: int = 6,
        concatenation: bool = True,
        queue_limit: int | None = None,
        black_list_regex: str | None = None,
        timeout: float = 15,
    ):
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.username, self.password, self.default_sender = username, password, default_sender
        self.max_messages, self.concatenation = max_messages, concatenation
        self.queue_limit, self.black_list_regex = queue_limit, black_list_regex
        self.timeout = timeout
        self.admin_port, self.smsbox_port, self.smsc_port, self.sendsms_port = (free_port() for _ in range(4))
        self.admin_password = "kannel-admin"
        self.config = self.workdir / "kannel.conf"
        self.received: list[Sms] = []
        self.segments: list[bytes] = []  # every line fakesmsc got, as printed
        self._pending: dict[tuple, dict[int, bytes]] = {}
        self._last_text: int | None = None  # index in `received` of the last plain `text` message
        self._lock = threading.Lock()
        self._processes: dict[str, subprocess.Popen] = {}
        self._files: list = []
        self._reader: threading.Thread | None = None

    # --- configuration -------------------------------------------------------------------------------

    @property
    def sendsms_url(self) -> str:
        return f"http://127.0.0.1:{self.sendsms_port}/cgi-bin/sendsms"

    def log_path(self, name: str) -> Path:
        return self.workdir / f"{name}.log"

    def write_config(self) -> Path:
        core = [
            "group = core",
            f"admin-port = {self.admin_port}",
            "admin-interface = 127.0.0.1",
            f"admin-password = {self.admin_password}",
            f"smsbox-port = {self.smsbox_port}",
            "smsbox-interface = 127.0.0.1",
            f'log-file = "{self.log_path("bearerbox")}"',
            "log-level = 1",
            f'access-log = "{self.log_path("access")}"',
            "dlr-storage = internal",
        ]
        if self.queue_limit is not None:
            core.append(f"sms-outgoing-queue-limit = {self.queue_limit}")
        smsc = [
            "group = smsc",
            "smsc = fake",
            "smsc-id = fake",
            f"port = {self.smsc_port}",
            "connect-allow-ip = 127.0.0.1",
        ]
        smsbox = [
            "group = smsbox",
            "bearerbox-host = 127.0.0.1",
            f"bearerbox-port = {self.smsbox_port}",
            f"sendsms-port = {self.sendsms_port}",
            "sendsms-interface = 127.0.0.1",
            f'log-file = "{self.log_path("smsbox")}"',
            "log-level = 1",
        ]
        user = [
            "group = sendsms-user",
            f"username = {self.username}",
            f"password = {self.password}",
            f"default-sender = {self.default_sender}",
            f"max-messages = {self.max_messages}",
            f"concatenation = {'true' if self.concatenation else 'false'}",
            "user-allow-ip = 127.0.0.1",
        ]
        if self.black_list_regex:
            user.append(f'black-list-regex = "{self.black_list_regex}"')
        self.config.write_text("\n\n".join("\n".join(group) for group in (core, smsc, smsbox, user)) + "\n")
        return self.config

    # --- processes ------------------------------------------------------------------------------------

    def _spawn(self, name: str, command: list[str], **kwargs) -> subprocess.Popen:
        if "stdout" not in kwargs:
            output = open(self.log_path(f"{name}-stderr"), "ab")  # noqa: SIM115 - closed in stop()
            self._files.append(output)
            kwargs.update(stdout=output, stderr=subprocess.STDOUT)
        process = subprocess.Popen(
            command, cwd=self.workdir, stdin=subprocess.DEVNULL, start_new_session=True, **kwargs
        )
        self._processes[name] = process
        return process

    def _wait(self, what: str, predicate) -> None:
        def ready():
            for name, process in self._processes.items():
                if process.poll() is not None:
                    raise RuntimeError(f"{name} exited ({process.returncode}) while waiting for {what}\n{self.logs()}")
            return predicate()

        if not wait_until(ready, timeout=self.timeout, interval=0.05):
            raise RuntimeError(f"Kannel: timed out waiting for {what}\n{self.logs()}")

    def status(self) -> str:
        """bearerbox's status page ("" while the admin port does not answer)."""
        url = f"http://127.0.0.1:{self.admin_port}/status.txt?password={self.admin_password}"
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                return response.read().decode("utf-8", "replace")
        except (OSError, urllib.error.URLError):
            return ""

    def _operator_online(self) -> bool:
        return bool(re.search(r"fake\[fake\]\s+FAKE:\d+ \(online", self.status()))

    def _sendsms_answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.sendsms_url, timeout=1):
                return True
        except urllib.error.HTTPError:
            return True  # "Authorization failed for sendsms": smsbox is up
        except (OSError, urllib.error.URLError):
            return False

    def start(self) -> "Kannel":
        require_kannel()
        self.write_config()
        self._spawn("bearerbox", [binary("bearerbox"), "-v", "4", str(self.config)])
        # fakesmsc gives up at once when nobody listens on the SMSC port yet: operator_up() tries again.
        self._wait("bearerbox", lambda: self.status() != "")
        self.operator_up()
        self._spawn("smsbox", [binary("smsbox"), "-v", "4", str(self.config)])
        self._wait(
            "smsbox", lambda: self._sendsms_answers() and "smsbox:" in self.status().split("Box connections")[-1]
        )
        return self

    def operator_up(self) -> None:
        """Start fakesmsc (again) and wait until bearerbox sees the operator online."""
        deadline = time.monotonic() + self.timeout
        while True:
            process = self._spawn(
                "fakesmsc",
                [binary("fakesmsc"), "-H", "127.0.0.1", "-r", str(self.smsc_port), "-m", "0", "0 0 text unused"],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            self._reader = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
            self._reader.start()

            def settled(process=process):
                return self._operator_online() or process.poll() is not None

            wait_until(settled, timeout=max(deadline - time.monotonic(), 0.1), interval=0.05)
            if process.poll() is None and self._operator_online():
                return
            self._stop("fakesmsc")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kannel: fakesmsc did not connect to bearerbox\n{self.logs()}")
            time.sleep(0.1)  # bearerbox did not listen yet: fakesmsc gives up at once, try again

    def operator_down(self) -> None:
        """Stop fakesmsc: the operator link is lost, bearerbox queues what it is given."""
        self._stop("fakesmsc")
        self._wait("bearerbox to notice the operator is gone", lambda: not self._operator_online())

    def _stop(self, name: str) -> None:
        process = self._processes.pop(name, None)
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if name == "fakesmsc" and self._reader is not None:
            self._reader.join(timeout=5)
            process.stdout.close()

    def stop(self) -> None:
        """Stop everything: Kannel is gone, its sendsms port refuses connections."""
        for name in ("smsbox", "bearerbox", "fakesmsc"):
            self._stop(name)
        for output in self._files:
            output.close()
        self._files.clear()

    def __enter__(self) -> "Kannel":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- what the operator received ------------------------------------------------------------------

    def _read(self, stream) -> None:
        with open(self.log_path("fakesmsc"), "ab") as log:
            for line in iter(stream.readline, b""):
                log.write(line)
                log.flush()
                match = FAKESMSC_LINE.search(line)
                if match:
                    self._received_line(match.group(1))

    def _received_line(self, line: bytes) -> None:
        fields = line.split(b" ", 3)
        with self._lock:
            self.segments.append(line)
            if len(fields) < 3 or fields[2] not in KINDS:
                # fakesmsc's protocol is one message a line: a `text` message with a newline in it
                # comes out as two "messages", the second one without sender, receiver and type.
                rest = line.decode("utf-8", "replace")
                if self._last_text is not None:
                    sms = self.received[self._last_text]
                    self.received[self._last_text] = sms._replace(text=f"{sms.text}\n{rest}")
                else:
                    self.received.append(Sms("", "", rest))  # not a message line: keep it visible
                return
            sender, receiver, kind, payload = (fields + [b""])[:4]
            sender_text, receiver_text = sender.decode("utf-8", "replace"), receiver.decode("utf-8", "replace")
            self._last_text = len(self.received) if kind == b"text" else None
            if kind == b"text":
                text = payload.decode("utf-8", "replace")
            elif kind == b"ucs-2":
                text = _url_decode(payload).decode("utf-16-be", "replace")
            elif kind == b"data":
                text = _url_decode(payload).decode("latin-1")
            else:  # udh
                udh, _, data = payload.partition(b" data ")
                udh, data = _url_decode(udh), _url_decode(data)
                concatenation = _concatenation(udh)
                if concatenation is None:
                    text = _decode_concatenated(data)
                else:
                    reference, total, sequence = concatenation
                    key = (sender_text, receiver_text, reference, total)
                    parts = self._pending.setdefault(key, {})
                    parts[sequence] = data
                    if len(parts) < total:
                        return
                    del self._pending[key]
                    text = _decode_concatenated(b"".join(parts[number] for number in sorted(parts)))
            self.received.append(Sms(sender_text, receiver_text, text))

    def count(self) -> int:
        with self._lock:
            return len(self.received)

    def wait_for(self, count: int, *, timeout: float = 10) -> bool:
        return wait_until(lambda: self.count() >= count, timeout=timeout, interval=0.05)

    def clear(self) -> None:
        with self._lock:
            self.received.clear()
            self.segments.clear()
            self._pending.clear()
            self._last_text = None

    def logs(self, tail: int = 4000) -> str:
        sections = []
        for name in ("bearerbox", "bearerbox-stderr", "smsbox", "smsbox-stderr", "access", "fakesmsc"):
            path = self.log_path(name)
            if path.exists():
                with contextlib.suppress(OSError):
                    sections.append(f"--- {path.name} ---\n{path.read_text(errors='replace')[-tail:]}")
        return "\n".join(sections) or "(no Kannel logs)"


def sendsms(kannel: Kannel, **params: str) -> tuple[int, str]:
    """One raw sendsms request with the harness's credentials: (HTTP status, body)."""
    query = urllib.parse.urlencode({"username": kannel.username, "password": kannel.password, **params})
    try:
        with urllib.request.urlopen(f"{kannel.sendsms_url}?{query}", timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
