"""Fixtures that start the real `sluice` broker binary for interop tests.

Each test that asks for `broker` gets its own broker process on a free loopback port with a fresh
data directory. The broker's stdout and stderr go to `broker.log` in the test's temporary folder;
when a test fails, the tail of that log is attached to the report.
"""

import os
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LOG_TAIL_LINES = 60


def sluice_binary() -> Path:
    path = Path(os.environ.get("SLUICE_BIN", ".build/debug/sluice"))
    if not path.is_absolute():
        path = REPO / path
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Broker:
    """A running `sluice serve` process; restart() reuses its port and data directory."""

    def __init__(self, binary: Path, data_dir: Path, log_path: Path, port: int, config: Path | None = None):
        self.binary = binary
        self.data_dir = data_dir
        self.log_path = log_path
        self.port = port
        self.config = config
        self.bootstrap = f"127.0.0.1:{port}"
        self.process = None
        # Set while the test means the process to be down (stop/kill), so teardown can tell a
        # crash from an intended exit.
        self.stopped_on_purpose = False
        self.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def start(self, timeout: float = 20.0):
        with open(self.log_path, "ab") as log:
            log.write(f"==== sluice serve --listen {self.bootstrap} (start at {time.time():.3f})\n".encode())
            log.flush()
            args = [str(self.binary), "serve", "--listen", self.bootstrap, "--data-dir", str(self.data_dir)]
            if self.config is not None:
                args += ["--config", str(self.config)]
            self.process = subprocess.Popen(
                args,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        self.stopped_on_purpose = False
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"sluice exited with status {self.process.returncode} before listening on "
                    f"{self.bootstrap}:\n{self.log_tail()}"
                )
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.process.kill()
                self.process.wait()
                raise RuntimeError(
                    f"sluice did not accept connections on {self.bootstrap} within {timeout}s:\n{self.log_tail()}"
                )
            time.sleep(0.05)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM and wait; returns the exit status (SIGKILL after `timeout`, then fails)."""
        self.stopped_on_purpose = True
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                raise AssertionError(f"sluice did not exit within {timeout}s of SIGTERM:\n{self.log_tail()}")
        return self.process.returncode

    def kill(self):
        """SIGKILL: no chance to flush or close anything."""
        self.stopped_on_purpose = True
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()

    def restart(self, timeout: float = 20.0):
        if self.alive():
            self.stop()
        self.start(timeout)

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError as error:
            return f"(no broker log: {error})"
        return "\n".join(text.splitlines()[-lines:])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed:
        broker = getattr(item, "_sluice_broker", None)
        if broker is not None:
            report.sections.append((f"sluice broker log (last {LOG_TAIL_LINES} lines, {broker.log_path})", broker.log_tail()))


@pytest.fixture
def broker(request, tmp_path):
    binary = sluice_binary()
    if not binary.exists():
        pytest.fail(f"no sluice binary at {binary}: build it with `swift build --product sluice` or set SLUICE_BIN")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    # @pytest.mark.broker_config({...}): server.properties entries for this test's broker.
    config = None
    marker = request.node.get_closest_marker("broker_config")
    if marker is not None:
        config = tmp_path / "server.properties"
        config.write_text("".join(f"{key}={value}\n" for key, value in marker.args[0].items()))
    handle = Broker(binary, data_dir, tmp_path / "broker.log", free_port(), config)
    request.node._sluice_broker = handle
    yield handle
    crashed = handle.process.poll() is not None and not handle.stopped_on_purpose
    if handle.alive():
        handle.stop()
    if crashed:
        pytest.fail(
            f"sluice exited on its own during the test (status {handle.process.returncode}):\n{handle.log_tail()}"
        )


@pytest.fixture
def topic_name(request):
    """A topic name unique to this test (and legal in Kafka: [a-zA-Z0-9._-], at most 249 chars)."""
    base = "".join(c if c.isalnum() or c in "._-" else "-" for c in request.node.name)[:80]
    return f"{base}-{uuid.uuid4().hex[:8]}"
