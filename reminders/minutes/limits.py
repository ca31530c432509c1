"""Reading a file without trusting it: size, kind of file, time and memory are bounded.

Minutes come from whoever drops them in a folder, so a file may be a FIFO (reading it
blocks forever), a symlink to /dev/zero (endless), 20 MB of one line, or a document that
makes a parser quadratic. Three defences, in order:

* ``read_file`` looks at what the path is before opening it (a regular file, not a device,
  FIFO or socket, even behind a symlink), opens it non-blocking, checks again on the open
  descriptor, and reads at most the size limit.
* ``run_limited`` runs the reading and extracting of one file in a forked child with a
  memory ceiling (RLIMIT_AS) and a deadline, so a hostile file costs one line ("took longer
  than 120 s") instead of the service; the child is killed at the deadline, or at once when
  the caller is shutting down.
* Whatever the child raises becomes a ``MinutesError`` naming the file: a reader library's
  own exception (lxml's XMLSyntaxError, zlib.error) is the file's fault, not a crash.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import stat
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reminders.errors import MinutesError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Per-file bounds; the defaults are generous for minutes (``[reading]`` in config)."""

    max_bytes: int = 100 * MB
    seconds: float = 120.0
    memory_bytes: int = 2048 * MB


DEFAULT = Limits()
_current = DEFAULT


def current() -> Limits:
    """The limits this process reads under (``configure``d from config.toml by ingest)."""
    return _current


def configure(limits: Limits) -> None:
    global _current
    _current = limits


class Cancelled(Exception):
    """The caller asked to stop (SIGTERM) while a file was being read: nothing was stored."""


def shown(path: Path | str) -> str:
    """The path as text that can be printed, logged and stored: a name with bytes that are
    not UTF-8 keeps them as ``\\xNN`` instead of crashing the log or the database."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_file(path: Path, max_bytes: int = DEFAULT.max_bytes) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; MinutesError for anything else."""
    name = shown(path)
    try:
        info = os.stat(path)  # follows a symlink: what would be read
    except OSError as exc:
        raise MinutesError(f"{name}: cannot be read ({exc.strerror or exc})",
                           "check the path and its permissions") from None
    _check(info, name, max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise MinutesError(f"{name}: cannot be read ({exc.strerror or exc})",
                           "check the path and its permissions") from None
    try:
        _check(os.fstat(fd), name, max_bytes)  # it may have been swapped since the stat
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(4 * MB, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise MinutesError(f"{name}: larger than the {max_bytes // MB} MB limit",
                                   "raise reading.max_file_mb in config.toml if it is minutes")
    except OSError as exc:
        raise MinutesError(f"{name}: cannot be read ({exc.strerror or exc})",
                           "check the file") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def _check(info: os.stat_result, name: str, max_bytes: int) -> None:
    mode = info.st_mode
    if not stat.S_ISREG(mode):
        what = ("a folder" if stat.S_ISDIR(mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
        raise MinutesError(f"{name}: is {what}, not a minutes file", "give a regular file")
    if info.st_size > max_bytes:
        raise MinutesError(
            f"{name}: {info.st_size / MB:.0f} MB is larger than the {max_bytes // MB} MB limit",
            "raise reading.max_file_mb in config.toml if it really is minutes")


def _clock() -> float:
    # Not time.monotonic: tests freeze it (freezegun) and a frozen deadline never passes.
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def run_limited(func: Callable[..., Any], *args: Any, name: str, limits: Limits = DEFAULT,
                cancel: Callable[[], bool] | None = None) -> Any:
    """``func(*args)`` in a child process under ``limits``; its result, or MinutesError.

    Without ``fork`` (Windows, macOS spawn-only builds) it runs here, without the limits.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return _as_minutes_error(func, args, name)
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, func, args, name, limits), daemon=True)
    with _quiet_fork_warning():
        child.start()
    sender.close()
    deadline = _clock() + limits.seconds
    try:
        while True:
            ready = multiprocessing.connection.wait([receiver, child.sentinel], timeout=0.1)
            if receiver in ready:
                try:
                    kind, payload = receiver.recv()
                except (EOFError, OSError):
                    kind, payload = "died", None
                break
            if child.sentinel in ready:
                kind, payload = "died", None
                break
            if cancel is not None and cancel():
                raise Cancelled(name)
            if _clock() > deadline:
                raise MinutesError(
                    f"{name}: reading took longer than {limits.seconds:g} s and was stopped",
                    "check the file; raise reading.seconds_per_file if it is just very long")
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if kind == "ok":
        return payload
    if kind == "error":
        raise MinutesError(*payload)
    if kind == "died":
        code = child.exitcode
        why = ("ran out of memory" if code in (-9, None) or code == 137
               else f"the reader stopped (exit {code})")
        raise MinutesError(f"{name}: not readable: {why}",
                           "check the file; raise reading.memory_mb if it is just very big")
    raise MinutesError(f"{name}: not readable: {payload}", "check the file")


def _child(sender, func, args, name: str, limits: Limits) -> None:
    gc.disable()  # short-lived: collecting would only copy the parent's pages (copy-on-write)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    except (ImportError, ValueError, OSError):
        pass
    try:
        try:
            message = ("ok", func(*args))
        except MinutesError as exc:
            message = ("error", (exc.message, exc.hint))
        except MemoryError:
            message = ("error", (f"{name}: not readable: ran out of memory",
                                 "check the file; raise reading.memory_mb if it is just big"))
        except RecursionError:
            message = ("error", (f"{name}: not readable: nested too deeply", "check the file"))
        except Exception as exc:
            message = ("bug", _describe(exc))
        try:
            sender.send(message)
        except Exception as exc:  # an unpicklable result is a bug, but still one line
            sender.send(("bug", _describe(exc)))
    finally:
        sender.close()
        sys.stdout.flush()
        # Skip the parent's atexit handlers and finalizers (its database connections).
        os._exit(0)


def _describe(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    place = f" at {Path(where[0].filename).name}:{where[0].lineno}" if where else ""
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}{place}: {first}" if first else f"{type(exc).__name__}{place}"


def _as_minutes_error(func, args, name: str):
    try:
        return func(*args)
    except MinutesError:
        raise
    except (MemoryError, RecursionError, Exception) as exc:
        raise MinutesError(f"{name}: not readable: {_describe(exc)}", "check the file") from None


@contextlib.contextmanager
def _quiet_fork_warning():
    """Python 3.12 warns about fork in a threaded process; the child only reads and
    extracts (no locks of the parent's threads are used) and then ``_exit``s."""
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, message=".*fork.*")
        yield
