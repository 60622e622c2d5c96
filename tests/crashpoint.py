"""`followup` with a crash point, for the crash tests: `python -m tests.crashpoint --config C run`.

A SIGKILL from outside lands at a random moment, which rarely hits the narrow windows that matter most.
This runs the real service and SIGKILLs it from inside at an exact point of the real code path:

    FOLLOWUP_CRASH=before-append:N   the N-th draft is recorded as "saving", the APPEND not sent
    FOLLOWUP_CRASH=after-append:N    the N-th draft is in the Drafts folder, not yet recorded as "drafted"
    FOLLOWUP_CRASH=after-message:N   the N-th message was handled, its checkpoint not yet advanced
    FOLLOWUP_CRASH=segfault-on:TEXT  reading a message that holds TEXT crashes the process in C (SIGSEGV)
    FOLLOWUP_SLOW_APPEND=SECONDS     print "APPEND in flight" and wait that long before each APPEND, so a
                                     test can send SIGTERM while one is under way
    FOLLOWUP_SLOW_SERVER=SECONDS     every round trip of the reading connection takes that much longer (a
                                     slow server or link), so a scan lasts long whatever the machine's speed

Nothing here is imported by the product; the product has no test hooks.
"""

from __future__ import annotations

import os
import signal
import sys
import time


def _die() -> None:
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def _install() -> None:
    import watcher.executor as executor
    import watcher.intake as intake
    import watcher.service as service
    from watcher.sources.imap import ImapMailbox

    point, _, nth = os.environ.get("FOLLOWUP_CRASH", "").partition(":")
    target = int(nth) if nth.isdigit() else 1
    calls = 0

    if point in ("before-append", "after-append"):
        save_once = executor.save_once

        def crashing_save_once(sink, message_id: str, raw: bytes, *earlier_ids):
            nonlocal calls
            calls += 1
            if point == "before-append" and calls == target:
                _die()
            saved = save_once(sink, message_id, raw, *earlier_ids)
            if point == "after-append" and calls == target:
                _die()
            return saved

        executor.save_once = crashing_save_once

    if point == "after-message":
        handle = service.Service.handle

        def crashing_handle(self, incoming):
            nonlocal calls
            outcome = handle(self, incoming)
            calls += 1
            if calls == target:
                _die()
            return outcome

        service.Service.handle = crashing_handle

    lag = float(os.environ.get("FOLLOWUP_SLOW_SERVER", "0") or 0)
    if lag:
        guard = ImapMailbox._guard

        def slow_guard(self, action: str, work):
            def slow_work():
                time.sleep(lag)  # the server taking its time: the service is waiting on it meanwhile
                return work()

            return guard(self, action, slow_work)

        ImapMailbox._guard = slow_guard

    if point == "segfault-on":
        parse_message = intake.parse_message

        def crashing_parse(raw: bytes, default_tz):
            if nth.encode() in raw:
                import ctypes

                sys.stderr.flush()
                ctypes.string_at(0)  # a NULL dereference in C: what a crashing C library does to the process
            return parse_message(raw, default_tz)

        intake.parse_message = crashing_parse

    delay = float(os.environ.get("FOLLOWUP_SLOW_APPEND", "0") or 0)
    if delay:
        append = ImapMailbox.append

        def slow_append(self, folder: str, raw: bytes, flags) -> None:
            print("APPEND in flight", file=sys.stderr, flush=True)
            time.sleep(delay)  # a slow uplink; SIGTERM arriving now must not cut the APPEND short
            append(self, folder, raw, flags)

        ImapMailbox.append = slow_append


if __name__ == "__main__":
    _install()
    from watcher.cli import main

    sys.exit(main(sys.argv[1:]))
