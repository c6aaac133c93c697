"""Upload jobs (veille.web.jobs): one at a time in the background, states visible from any server process."""
from __future__ import annotations

import threading

from veille.model import Article
from veille.web.jobs import UploadJobs


def test_jobs_run_in_order_report_their_state_and_survive_a_failure(tmp_path):
    gate = threading.Event()
    stored = []

    def ingest(db_path, article):
        gate.wait(10)
        if "FAIL" in article.text:
            raise ValueError("unsupported language: en\nsecond line")
        return article.id

    jobs = UploadJobs(tmp_path / "v.db", ingest, lambda: stored.append(1), state_dir=tmp_path / "state")
    first = jobs.submit(Article(text="FAIL here", title="un"))
    second = jobs.submit(Article(text="Un texte.", title="deux"))
    assert jobs.status(second.id)["status"] == "queued" and jobs.status(second.id)["queued_before"] >= 0
    gate.set()
    failed, done = jobs.wait(first.id), jobs.wait(second.id)
    assert failed["status"] == "failed" and failed["error"] == "unsupported language: en"
    assert done["status"] == "done" and done["article"] == f"/articles/{done['article_id']}" and stored == [1]
    # another server process (same state folder) answers for these jobs too
    other = UploadJobs(tmp_path / "v.db", ingest, lambda: None, state_dir=tmp_path / "state")
    assert other.status(second.id)["status"] == "done" and other.status(first.id)["status"] == "failed"
    assert other.status("nope") is None and other.status("../../etc/passwd") is None
