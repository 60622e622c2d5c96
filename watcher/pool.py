"""Understanding on the machine's other cores (issue 13): parsing and judging run ahead in worker processes.

Reading a message (core/mail.parse_message) and understanding it (core/understand.understand_message) are
pure and take milliseconds each; on a first start they are most of the time, on one core. A source hands
the messages of a batch it already holds (downloaded, before its checkpoint moves) to `Pool.ahead`, which
sends them to worker processes and gives them back one by one, in their order, each with what a worker made
of it (`Incoming.understood`). Everything with an effect stays where it was, in the same order: the intake
(watcher/intake.py) takes the worker's result instead of reading the message itself, inside the same guard
and transaction; the source moves its checkpoint after the batch as before; plans and drafts follow.

Bounded: a worker holds one message at a time, and at most `AHEAD` messages per worker are sent or done but
not yet taken; only what is in the batch the source already holds is ever sent.

A message that breaks a worker costs that message, as it does in process: an exception is sent back and
raised in the intake, inside the guard (quarantined, or "unreadable" for a ParseError); a worker that dies
on a message (a crash in C code, the OOM killer) or holds it past the time limit (limits.MESSAGE_SECONDS
for reading and again for understanding, then a grace) is stopped and replaced, and that message gets
`WorkerDied` or `TimeLimitExceeded`, so the guard quarantines it. With one core, or when workers cannot be
started or keep dying, everything is read in process as before (`Incoming.understood` stays None).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from .core.understand import Context
from .limits import MESSAGE_SECONDS, TimeLimitExceeded
from .model import Message, Understanding
from .sources import Incoming

log = logging.getLogger("followup")

MIN_BATCH = 16  # fewer messages than this (new mail, an IDLE push) are read in process: no worker is started
AHEAD = 3  # messages per worker sent or done but not yet taken: bounds memory, keeps the workers busy
GRACE = 5.0  # seconds past the time limits before a worker holding one message is stopped
MAX_RESTARTS = 8  # workers replaced after a death; past this the pool is given up and mail read in process


class WorkerDied(Exception):
    """The process reading a message stopped while it was reading it."""


@dataclass(frozen=True)
class Understood:
    """What a worker made of one message with `context`: the parsed message and its understanding, or the
    error either step raised (`parse_error` before a message exists, `understand_error` after)."""

    context: Context
    message: Message | None = None
    understanding: Understanding | None = None
    parse_error: BaseException | None = None
    understand_error: BaseException | None = None

    def parsed(self) -> Message:
        if self.parse_error is not None:
            raise self.parse_error
        assert self.message is not None
        return self.message

    def understood(self) -> Understanding:
        if self.understand_error is not None:
            raise self.understand_error
        assert self.understanding is not None
        return self.understanding


def _start_method() -> str:
    """ "fork" while the service has no other thread (`run --once`, a first start): the workers share the
    service's pages and start at once. With threads (the daemon's IDLE watchers, scheduler), forking could
    copy a lock another thread holds: the workers come from a clean server process instead ("forkserver")."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Pool:
    """Worker processes for understanding, started on first use with a batch of MIN_BATCH messages or more."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        min_batch: int = MIN_BATCH,
        understand: Callable[[bytes, Context], Understood] | None = None,
        hold_limit: float = 2 * MESSAGE_SECONDS + GRACE,
        start_method: str | None = None,
    ):
        self.workers = cores() if workers is None else workers
        self.min_batch = min_batch
        self.understand = understand or understand_here  # what a worker runs (a module-level function)
        self.hold_limit = hold_limit  # seconds a worker may hold one message before it is stopped
        self.start_method = start_method  # None: chosen when the workers start (_start_method)
        self._procs: list[_Worker] = []
        self._restarts = 0
        self.broken = self.workers < 2  # one core: the main process reads, as before
        self._serial = 0
        self.sent = 0  # messages read by workers so far
        self._warming: threading.Thread | None = None

    def warm(self) -> None:
        """Start the workers in the background now (a first start is about to choose its messages): they are
        ready when the first batch comes."""
        if self.broken or self._procs or self._warming is not None:
            return
        if self._method() == "fork":
            self._started()  # a few milliseconds
            return
        self._warming = threading.Thread(target=self._started, name="followup-pool-start", daemon=True)
        self._warming.start()

    def ahead(self, items: Iterable[Incoming], context: Context, count: int | None = None) -> Iterator[Incoming]:
        """`items` in their order, each with `understood` set by a worker (or left None: read in process).
        `count` (at least how many `items` there are, when they are made as they are taken) decides whether
        workers are worth it; `items` is taken only as far as the workers are ahead."""
        if count is None:
            items = list(items)
            count = len(items)
        if self._warming is not None:
            self._warming.join()
            self._warming = None
        if self.broken or count < self.min_batch or not self._started():
            yield from items
            return
        source = iter(items)
        taken: list[Incoming | None] = []  # items taken from `source` so far; None once handed on
        done: dict[int, Understood] = {}
        following = 0  # the next index to send
        index = 0
        try:
            while index < len(taken) or _take(source, taken):
                while index not in done and not self.broken:  # given up: what is not done is read in process
                    following = self._send(source, taken, index, following, context)
                    self._collect(done, context)
                incoming, taken[index] = taken[index], None
                assert incoming is not None
                understood = done.pop(index, None)
                index += 1
                yield replace(incoming, understood=understood) if understood is not None else incoming
        finally:
            for worker in self._procs:
                worker.stale()  # stopped halfway (SIGTERM): answers still coming are dropped

    def close(self) -> None:
        for worker in self._procs:
            worker.stop()
        self._procs = []

    # ---------------------------------------------------------------- the work

    def _started(self) -> bool:
        if self._procs:
            return True
        try:
            self._procs = [_Worker.start(self.understand, self._method()) for _ in range(self.workers)]
        except Exception as exc:  # no processes to be had (limits, a sandbox): read in process
            log.warning("understanding in process: worker processes could not be started (%s)", exc)
            self.close()
            self.broken = True
            return False
        log.info("understanding on %d worker processes", self.workers)
        return True

    def _method(self) -> str:
        return self.start_method or _start_method()

    def _send(
        self, source: Iterator[Incoming], taken: list[Incoming | None], index: int, following: int, context: Context
    ) -> int:
        """Sends messages from `following` on to idle workers while fewer than AHEAD per worker are out."""
        for worker in self._procs:
            if following - index >= AHEAD * len(self._procs):
                break
            if worker.task is None:
                if following >= len(taken) and not _take(source, taken):
                    break
                incoming = taken[following]
                assert incoming is not None
                self._serial += 1
                worker.send(self._serial, following, incoming.raw, context, self.hold_limit)
                self.sent += 1
                following += 1
        return following

    def _collect(self, done: dict[int, Understood], context: Context) -> None:
        busy = [w for w in self._procs if w.task is not None]
        if not busy:
            return
        now = time.monotonic()
        deadline = min(w.deadline for w in busy)
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], max(deadline - now, 0.0))
        for worker in busy:
            if worker.conn in ready:
                try:
                    index, understood = worker.receive()
                except (EOFError, OSError):
                    index, understood = self._replace(worker, context, "stopped")
                if index is not None and understood is not None:
                    done[index] = understood
            elif worker.process.sentinel in ready or time.monotonic() >= worker.deadline:
                why = "stopped" if worker.process.sentinel in ready else "held it too long"
                index, understood = self._replace(worker, context, why)
                if index is not None and understood is not None:
                    done[index] = understood

    def _replace(self, worker: _Worker, context: Context, why: str) -> tuple[int | None, Understood | None]:
        """The worker died on, or hung over, the message it holds: that message fails, the worker is replaced."""
        task = worker.task
        worker.stop()
        index = None
        understood = None
        if task is not None and not task.stale:
            index = task.index
            if why == "stopped":
                error: BaseException = WorkerDied(f"the process reading it stopped ({worker.exit_words()})")
            else:
                error = TimeLimitExceeded(f"gave up after {self.hold_limit:g} s (its worker was stopped)")
            understood = Understood(context, parse_error=error)
        self._restarts += 1
        position = self._procs.index(worker)
        if self._restarts > MAX_RESTARTS:
            log.warning("understanding in process: %d worker processes stopped", self._restarts)
            self.broken = True
            self.close()
            return index, understood
        try:
            self._procs[position] = _Worker.start(self.understand, self._method())
        except Exception as exc:
            log.warning("understanding in process: a worker process could not be restarted (%s)", exc)
            self.broken = True
            self._procs.pop(position)
            self.close()
        return index, understood


def _take(source: Iterator[Incoming], taken: list[Incoming | None]) -> bool:
    """Takes the next item of `source` into `taken`; False at its end."""
    for item in source:
        taken.append(item)
        return True
    return False


@dataclass
class _Task:
    serial: int
    index: int
    stale: bool = False


class _Worker:
    """One worker process and the message it holds (one at a time)."""

    def __init__(self, process: Any, conn: Connection):
        self.process = process
        self.conn = conn
        self.task: _Task | None = None
        self.deadline = float("inf")

    @classmethod
    def start(cls, understand: Callable[[bytes, Context], Understood], method: str) -> _Worker:
        context: Any = multiprocessing.get_context(method)
        if method == "forkserver":  # imported once in the server, their pages shared by every worker it forks
            context.set_forkserver_preload(["watcher.pool", *_READERS])
        ours, theirs = context.Pipe()
        arguments = (theirs, understand, os.getpid(), method == "fork")
        process = context.Process(target=_serve, args=arguments, name="followup-understand", daemon=True)
        process.start()
        theirs.close()
        return cls(process, ours)

    def send(self, serial: int, index: int, raw: bytes, context: Context, hold_limit: float) -> None:
        self.task = _Task(serial, index)
        self.deadline = time.monotonic() + hold_limit
        self.conn.send((serial, raw, context))

    def receive(self) -> tuple[int | None, Understood | None]:
        serial, understood = self.conn.recv()
        task, self.task, self.deadline = self.task, None, float("inf")
        if task is None or task.serial != serial or task.stale:
            return None, None
        return task.index, understood

    def stale(self) -> None:
        if self.task is not None:
            self.task.stale = True

    def exit_words(self) -> str:
        self.process.join(1.0)
        code = self.process.exitcode
        if code is None:
            return "still running; stopped"
        return f"signal {-code}" if code < 0 else f"exit status {code}"

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5.0)
        self.conn.close()
        self.task = None


def understand_here(raw: bytes, context: Context) -> Understood:
    """What the intake does to read a message, as a worker does it: parse, then understand, each bounded."""
    from .core.mail import parse_message
    from .core.understand import understand_message
    from .limits import time_limit

    try:
        with time_limit(MESSAGE_SECONDS):
            message = parse_message(raw, context.timezone)
    except Exception as exc:
        return Understood(context, parse_error=_sendable(exc))
    try:
        with time_limit(MESSAGE_SECONDS):
            understanding = understand_message(message, context)
    except Exception as exc:
        return Understood(context, message, understand_error=_sendable(exc))
    return Understood(context, message, understanding)


class RemoteError(Exception):
    """An exception a worker raised that could not be sent back as it is: its class name and text."""


def _sendable(exc: BaseException) -> BaseException:
    """The exception itself when it survives the trip back, else one that names it."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RemoteError(f"{type(exc).__name__}: {exc}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


_READERS = ("watcher.core.mail", "watcher.core.understand")  # what understand_here imports


def _serve(conn: Connection, understand: Callable[[bytes, Context], Understood], service: int, forked: bool) -> None:
    """A worker: read messages from `conn` until it closes, answering each with what it made of it."""
    import gc
    import importlib
    import signal

    for module in _READERS:
        importlib.import_module(module)
    # Everything the worker holds now (the service's pages when forked, the forkserver's otherwise, and the
    # modules just imported) is left out of garbage collection: a collection writes to every object it
    # visits, which would copy the shared pages into this process (PSS) for nothing. What reading a message
    # makes is collected as usual.
    gc.freeze()

    parent = service if forked else os.getppid()  # the service, or the forkserver it started
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the service, which stops the workers
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # a reload is the service's
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the service's handler (a forked worker inherits it)
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent or not _alive(service):  # the service is gone (its end of the pipe
                    return  # may live on in a sibling worker)
            serial, raw, context = conn.recv()
        except (EOFError, OSError):
            return
        try:
            understood = understand(raw, context)
        except Exception as exc:  # understand_here catches what reading raises; this is for anything else
            understood = Understood(context, parse_error=_sendable(exc))
        try:
            conn.send((serial, understood))
        except OSError:  # the service is gone (killed): nothing to answer
            return
        except Exception as exc:  # a result that cannot be sent (pickling) fails that message only
            try:
                conn.send((serial, Understood(context, parse_error=RemoteError(f"{type(exc).__name__}: {exc}"))))
            except OSError:
                return
