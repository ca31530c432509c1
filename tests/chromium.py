"""Headless Chromium driven over the DevTools protocol on a pipe: no driver, no download.

``chromium --remote-debugging-pipe`` reads JSON commands on fd 3 and writes replies and
events on fd 4, each message ended by a NUL byte. That is all Puppeteer's pipe mode does,
and it is enough to set an exact viewport (``--window-size`` cannot go below 500 px wide in
headless mode, so a 375 px phone needs ``Emulation.setDeviceMetricsOverride``), load a file,
evaluate a script in the page and take a full-page screenshot.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find() -> str | None:
    """The system browser: $REMINDERS_CHROMIUM, else the first candidate on PATH."""
    explicit = os.environ.get("REMINDERS_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    return next((found for name in CANDIDATES if (found := shutil.which(name))), None)


def _above_4(fd: int) -> int:
    """The same pipe end on a descriptor >= 10, so that placing one on fd 3 or 4 cannot
    overwrite the other."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


class BrowserError(RuntimeError):
    pass


class Chromium:
    """``with Chromium(path) as browser: browser.open(url, width=375).evaluate(js)``."""

    def __init__(self, executable: str, *, timeout: float = 30) -> None:
        self.executable = executable
        self.timeout = timeout
        self._next_id = 0
        self._buffer = b""
        self._events: list[dict] = []  # events read while waiting for something else

    def __enter__(self) -> Chromium:
        self._profile = tempfile.TemporaryDirectory(prefix="reminders-chromium-")
        # A file, not a pipe: a chatty browser must never block on a full stderr pipe.
        self._log = open(Path(self._profile.name) / "stderr.log", "w+b")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        to_child_r, from_child_w = _above_4(to_child_r), _above_4(from_child_w)
        args = [self.executable, "--headless", "--remote-debugging-pipe", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--hide-scrollbars", "--mute-audio", "--disable-dev-shm-usage",
                f"--user-data-dir={self._profile.name}"]
        if os.geteuid() == 0:
            args.append("--no-sandbox")  # Chromium refuses to start as root with its sandbox
        # A Python trampoline puts the pipes on the protocol's fds 3 and 4 and becomes the
        # browser (no preexec_fn, unsafe with threads; dash cannot redirect fds above 9).
        trampoline = ("import os, sys; os.dup2(int(sys.argv[1]), 3); "
                      "os.dup2(int(sys.argv[2]), 4); os.execv(sys.argv[3], sys.argv[3:])")
        self._process = subprocess.Popen(
            [sys.executable, "-c", trampoline, str(to_child_r), str(from_child_w), *args],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log,
            pass_fds=(to_child_r, from_child_w))
        os.close(to_child_r)
        os.close(from_child_w)
        return self

    def __exit__(self, *exc_info) -> None:
        with contextlib.suppress(BrowserError):
            self.call("Browser.close")
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_child)
        os.close(self._from_child)
        self._log.close()
        self._profile.cleanup()

    def call(self, method: str, session: str | None = None, **params: Any) -> dict:
        """Send one command and wait for its reply (events meanwhile are kept for wait_for)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        try:
            os.write(self._to_child, json.dumps(message).encode() + b"\0")
        except BrokenPipeError:
            raise BrowserError(f"{self.executable} exited: {self._stderr_tail()}") from None
        reply = self._receive(lambda m: m.get("id") == self._next_id)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def wait_for(self, event: str, session: str) -> dict:
        """The event, even if it came in before the reply of the command that caused it."""
        def wanted(m: dict) -> bool:
            return m.get("method") == event and m.get("sessionId") == session

        for seen in self._events:
            if wanted(seen):
                self._events.remove(seen)
                return seen
        return self._receive(wanted)

    def _receive(self, wanted) -> dict:
        deadline = time.monotonic() + self.timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message
                if "method" in message:
                    self._events.append(message)
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise BrowserError(f"no answer from {self.executable} in {self.timeout} s")
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise BrowserError(f"{self.executable} exited: {self._stderr_tail()}")
            self._buffer += chunk

    def _stderr_tail(self) -> str:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=5)
        self._log.seek(0)
        tail = self._log.read().decode(errors="replace").strip()
        return tail.splitlines()[-1] if tail else f"status {self._process.poll()}"

    def open(self, url: str, *, width: int, height: int = 800, dark: bool = False) -> Page:
        """A new tab of exactly ``width`` CSS px (phones emulated as mobile) showing ``url``."""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Emulation.setDeviceMetricsOverride", session, width=width, height=height,
                  deviceScaleFactor=1, mobile=width < 600)
        scheme = "dark" if dark else "light"
        self.call("Emulation.setEmulatedMedia", session,
                  features=[{"name": "prefers-color-scheme", "value": scheme}])
        self.call("Page.enable", session)
        self.call("Page.navigate", session, url=url)
        self.wait_for("Page.loadEventFired", session)
        return Page(self, session, width, height, target)


class Page:
    def __init__(self, browser: Chromium, session: str, width: int, height: int,
                 target: str) -> None:
        self.browser, self.session, self.width, self.height = browser, session, width, height
        self.target = target

    def __enter__(self) -> Page:
        return self

    def __exit__(self, *exc_info) -> None:
        self.browser.call("Target.closeTarget", targetId=self.target)

    def evaluate(self, expression: str) -> Any:
        result = self.browser.call("Runtime.evaluate", self.session, expression=expression,
                                   returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"script failed: {result['exceptionDetails'].get('text')}: "
                               f"{result['exceptionDetails'].get('exception', {})}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> Path:
        """The whole page as PNG, at the page's own width (so overflow would show)."""
        height = int(self.evaluate("document.documentElement.scrollHeight"))
        self.browser.call("Emulation.setDeviceMetricsOverride", self.session, width=self.width,
                          height=height, deviceScaleFactor=1, mobile=self.width < 600)
        shot = self.browser.call("Page.captureScreenshot", self.session, format="png")
        path.write_bytes(base64.b64decode(shot["data"]))
        self.browser.call("Emulation.setDeviceMetricsOverride", self.session, width=self.width,
                          height=self.height, deviceScaleFactor=1, mobile=self.width < 600)
        return path
