"""Upload jobs: an uploaded article is extracted and stored in the background, one at a time, while the
request that sent it answers at once with the job's status page.

The extraction (spaCy) of a long article takes minutes; a job records its state (queued, extracting, done,
failed), how long it has run, its article id when stored and its one-line error when not. Each state is also
written to a small JSON file in a folder shared by the server's processes (`veille serve --workers N`), so any
of them answers for a job another one runs.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import queue
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

log = logging.getLogger(__name__)

MAX_KEPT_JOBS = 200


@dataclass
class UploadJob:
    id: str
    title: str
    chars: int
    status: str = "queued"                 # queued | extracting | done | failed
    article_id: Optional[str] = None
    error: Optional[str] = None
    created: float = field(default_factory=time.time)
    started: Optional[float] = None
    finished: Optional[float] = None

    def to_dict(self, queued_before: int = 0) -> dict[str, Any]:
        now = time.time()
        return {"id": self.id, "status": self.status, "title": self.title, "chars": self.chars,
                "queued_before": queued_before,
                "seconds": round((self.finished or now) - (self.started or self.created), 1),
                "article_id": self.article_id, "error": self.error,
                "url": f"/upload/jobs/{self.id}", "api": f"/api/upload/jobs/{self.id}",
                "article": f"/articles/{self.article_id}" if self.article_id else None}


class UploadJobs:
    """A queue of upload jobs and the one thread that runs them through `ingest(db_path, article) -> id`."""

    def __init__(self, db_path: Path, ingest: Callable[[Path, Any], str], on_stored: Callable[[], None],
                 state_dir: Optional[Path] = None):
        self.db_path, self.ingest, self.on_stored = db_path, ingest, on_stored
        digest = hashlib.sha256(str(Path(db_path).resolve()).encode()).hexdigest()[:16]
        self.state_dir = state_dir or Path(tempfile.gettempdir()) / f"veille-uploads-{digest}"
        self.jobs: dict[str, UploadJob] = {}
        self.pending: queue.Queue = queue.Queue()
        self.lock = threading.Lock()
        self.counter = itertools.count(1)
        self.thread: Optional[threading.Thread] = None

    def submit(self, article) -> UploadJob:
        with self.lock:
            job = UploadJob(id=f"{int(time.time()):x}-{os.getpid()}-{next(self.counter)}", title=article.title or "",
                            chars=len(article.text or ""))
            self.jobs[job.id] = job
            for old in list(self.jobs)[:-MAX_KEPT_JOBS]:
                if self.jobs[old].status in ("done", "failed"):
                    del self.jobs[old]
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="veille-web-uploads", daemon=True)
                self.thread.start()
        self._save(job)
        self.pending.put((job, article))
        return job

    def _save(self, job: UploadJob) -> None:
        """The job's state in the shared folder (written whole, then renamed: readers never see half a file)."""
        try:
            self.state_dir.mkdir(parents=True, exist_ok=True)
            tmp = self.state_dir / f".{job.id}.tmp"
            tmp.write_text(json.dumps(job.__dict__), encoding="utf-8")
            os.replace(tmp, self.state_dir / f"{job.id}.json")
        except OSError as exc:
            log.info("upload job state not saved: %s", exc)

    def _load(self, job_id: str) -> Optional[UploadJob]:
        """A job another server process runs, from its state file."""
        if not job_id.replace("-", "").isalnum():
            return None
        try:
            return UploadJob(**json.loads((self.state_dir / f"{job_id}.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def status(self, job_id: str) -> Optional[dict[str, Any]]:
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None:
                job = self._load(job_id)
                return job.to_dict() if job else None
            ahead = sum(1 for j in self.jobs.values() if j.status == "queued" and j.created < job.created)
            return job.to_dict(ahead if job.status == "queued" else 0)

    def wait(self, job_id: str, timeout: float = 30.0) -> Optional[dict[str, Any]]:
        """The job's status once it has finished (or after `timeout`): for tests and scripts."""
        deadline = time.time() + timeout
        while True:
            state = self.status(job_id)
            if state is None or state["status"] in ("done", "failed") or time.time() > deadline:
                return state
            time.sleep(0.02)

    def _run(self) -> None:
        while True:
            job, article = self.pending.get()
            job.status, job.started = "extracting", time.time()
            self._save(job)
            try:
                job.article_id = self.ingest(self.db_path, article)
                job.status = "done"
                self.on_stored()
            except Exception as exc:  # one bad upload never stops the queue
                log.info("upload %s failed: %s", job.id, exc)
                job.status, job.error = "failed", str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            finally:
                job.finished = time.time()
                self._save(job)
