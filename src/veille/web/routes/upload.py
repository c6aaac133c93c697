"""Upload: paste a text or send a file; it is extracted as a background job (web.jobs) whose status page the
request answers with at once."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Optional

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse

from veille.query.base import DATE_PATTERN
from veille.web.deps import page
from veille.web.guard import MAX_UPLOAD_BYTES, UPLOAD_BODY_BYTES

UPLOAD_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson"}
UPLOAD_PATHS = ("/upload", "/api/upload")

# A pasted text is a form field: the framework's default limit for one (1 MiB) would refuse what the page promises.
router = APIRouter(form_limits={"max_part_size": UPLOAD_BODY_BYTES})


class UploadRefused(Exception):
    pass


@router.get("/upload", response_class=HTMLResponse, include_in_schema=False)
def upload_form(request: Request):
    return page(request, "upload.html", {"form": {}})


@router.post("/upload", include_in_schema=False)
def upload_post(request: Request, text: str = Form(""), title: str = Form(""), url: str = Form(""),
                outlet: str = Form(""), published: str = Form(""), file: Optional[UploadFile] = File(None)):
    form = {"text": text, "title": title, "url": url, "outlet": outlet, "published": published}
    try:
        job = request.app.state.uploads.submit(article_from_upload(text, title, url, outlet, published, file))
    except UploadRefused as exc:
        return page(request, "upload.html", {"form": form, "error": str(exc)}, status_code=400)
    return RedirectResponse(f"/upload/jobs/{job.id}", status_code=303)


@router.get("/upload/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
def upload_job_page(request: Request, job_id: str):
    return page(request, "upload_job.html", {"job": _job_or_404(request, job_id)})


@router.post("/api/upload", tags=["api"], status_code=202,
             summary="Queue one article (text or file) for extraction; answers at once with its job")
def upload_api(request: Request, text: str = Form(""), title: str = Form(""), url: str = Form(""),
               outlet: str = Form(""), published: str = Form(""), file: Optional[UploadFile] = File(None)):
    try:
        job = request.app.state.uploads.submit(article_from_upload(text, title, url, outlet, published, file))
    except UploadRefused as exc:
        return JSONResponse({"detail": str(exc)}, status_code=400)
    return JSONResponse(request.app.state.uploads.status(job.id), status_code=202,
                        headers={"location": f"/api/upload/jobs/{job.id}"})


@router.get("/api/upload/jobs/{job_id}", tags=["api"],
            summary="An upload job: queued, extracting, done (with its article id) or failed (with the reason)")
def upload_job_api(request: Request, job_id: str):
    return JSONResponse(_job_or_404(request, job_id))


def _job_or_404(request: Request, job_id: str) -> dict[str, Any]:
    state = request.app.state.uploads.status(job_id)
    if state is None:
        raise HTTPException(404, f"no upload job {job_id!r} (jobs are kept while the server runs)")
    return state


def article_from_upload(text: str, title: str, url: str, outlet: str, published: str,
                        file: Optional[UploadFile]):
    """A pasted text or an uploaded file → one Article (the .txt convention: first line is the title)."""
    from veille.ingest.readers import (ReadError, article_from_html, article_from_record, article_from_text,
                                       decode_text)

    meta = {"url": url.strip() or None, "outlet": outlet.strip() or None, "published": published.strip() or None}
    if meta["published"] and not re.fullmatch(DATE_PATTERN, meta["published"]):
        raise UploadRefused("published must be YYYY, YYYY-MM or YYYY-MM-DD")
    if meta["url"] and not re.match(r"^https?://", meta["url"]):
        raise UploadRefused("url must start with http:// or https://")
    limit = f"larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MiB"
    try:
        if file is not None and file.filename:
            name = Path(file.filename).name
            suffix = Path(name).suffix.lower()
            if suffix not in UPLOAD_SUFFIXES:
                raise UploadRefused(f"{name}: unsupported file type (use .txt, .html or .jsonl)")
            data = file.file.read(MAX_UPLOAD_BYTES + 1)
            if len(data) > MAX_UPLOAD_BYTES:
                raise UploadRefused(f"{name}: {limit}")
            content = decode_text(data, name)
            if suffix in (".html", ".htm"):
                article = article_from_html(content, source_path=None, url=meta["url"])
            elif suffix in (".jsonl", ".ndjson"):
                lines = [ln for ln in content.splitlines() if ln.strip()]
                if len(lines) != 1:
                    raise UploadRefused(f"{name}: upload one article per .jsonl file")
                try:
                    article = article_from_record(json.loads(lines[0]), name)
                except ValueError as exc:
                    raise UploadRefused(f"{name}: invalid JSON ({exc})")
                article.source_path = None
            else:
                article = article_from_text(content)
        elif text.strip():
            if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
                raise UploadRefused(f"text {limit}")
            body = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
            if title.strip() and not body.startswith(title.strip()):
                body = title.strip() + "\n\n" + body
            article = article_from_text(body)
        else:
            raise UploadRefused("paste an article or choose a file")
    except ReadError as exc:
        raise UploadRefused(str(exc)) from exc
    for k, v in meta.items():
        if v:
            setattr(article, k, v)
    if title.strip():
        article.title = title.strip()
    return article


def ingest_upload(db_path: Path, article) -> str:
    """Extract and store one article through the ingest path every writer uses; its id, or ValueError with the
    reason. The extraction pipeline (spaCy) is imported here, on the first upload only."""
    from veille.store import Store
    from veille.store.ingest import ingest_articles

    store = Store(db_path)
    try:
        report = ingest_articles(store, [article])
    finally:
        store.close()
    errors = _report_errors(report)
    if errors:
        raise ValueError(errors[0])
    return article.id


def _report_errors(report: Any) -> list[str]:
    """One-line reasons of the articles an IngestReport says failed (the report's shape is the store's)."""
    errors = getattr(report, "errors", None)
    if errors is None and isinstance(report, dict):
        errors = report.get("errors")
    out = []
    for e in errors or []:
        if isinstance(e, str):
            out.append(e)
        elif isinstance(e, (tuple, list)):
            out.append(": ".join(str(x) for x in e if x))
        else:
            out.append(str(getattr(e, "reason", None) or getattr(e, "message", None) or e))
    return out
