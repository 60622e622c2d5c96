"""APScheduler 3 with a persistent SQLite job store: one job per (interview, kind), fired at its due time.

The state database stays the source of truth: at start-up every job is rebuilt from it, because
APScheduler silently drops jobs it cannot restore. A job only wakes the service; whether a draft is
still worth saving (before its expiry) is decided there, so `misfire_grace_time` is unlimited.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger("followup.schedule")


def followup_due(interview_id: str, kind: str) -> None:
    """The job function: module-level and given plain ids, so the job store can persist it. It does
    nothing itself: the scheduler's listener hands the job's ids to the service that owns the scheduler."""


def job_id(interview_id: str, kind: str) -> str:
    return f"{interview_id}:{kind}"


class Scheduler:
    def __init__(self, state_dir: Path, wake: Callable[[str, str], None]):
        from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
        from apscheduler.schedulers.background import BackgroundScheduler

        self.wake = wake
        path = Path(state_dir) / "jobs.sqlite"
        if not path.exists():
            path.touch(mode=0o600)
        store = SQLAlchemyJobStore(url=f"sqlite:///{path}")
        self._scheduler = BackgroundScheduler(
            jobstores={"default": store},
            executors={"default": ThreadPoolExecutor(1)},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
            timezone=UTC,
        )
        self._scheduler.add_listener(self._ran, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        logging.getLogger("apscheduler").setLevel(logging.WARNING)

    def _ran(self, event) -> None:
        interview_id, _, kind = event.job_id.rpartition(":")
        self.wake(interview_id, kind)

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def rebuild(self, jobs: dict[tuple[str, str], datetime]) -> None:
        """Make the job store hold exactly `jobs` ((interview id, kind) -> due)."""
        wanted = {job_id(*key) for key in jobs}
        for job in self._scheduler.get_jobs():
            if job.id not in wanted:
                job.remove()
        for (interview_id, kind), due in jobs.items():
            self.put(interview_id, kind, due)

    def put(self, interview_id: str, kind: str, due: datetime) -> None:
        self._scheduler.add_job(
            followup_due,
            "date",
            run_date=due.astimezone(UTC),
            args=[interview_id, kind],
            id=job_id(interview_id, kind),
            replace_existing=True,
        )

    def remove(self, interview_id: str, kind: str) -> None:
        from apscheduler.jobstores.base import JobLookupError

        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(job_id(interview_id, kind))

    def jobs(self) -> dict[str, datetime]:
        return {job.id: job.next_run_time for job in self._scheduler.get_jobs()}
