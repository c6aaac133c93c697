"""`veille serve`: the reading room over a store."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: Optional[Path] = typer.Option(None, "--db", help="The store (default: $VEILLE_DB or ./veille.db)."),
        host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (loopback by default)."),
        port: int = typer.Option(8000, "--port", help="TCP port."),
        upload: bool = typer.Option(True, "--upload/--no-upload",
                                    help="Allow pasting or uploading articles (the only path that writes)."),
        workers: int = typer.Option(1, "--workers", "-w", min=1, help="Server processes (one per core helps)."),
        allow_host: List[str] = typer.Option([], "--allow-host", help="Another host name uploads may be addressed "
                                             "to (the name a reverse proxy forwards); repeatable."),
        verbose: bool = typer.Option(False, "--verbose", "-v"),
    ):
        """Serve the reading room: articles, actors, search, network, upload, and a JSON API (listed at /api)."""
        logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                            format="%(levelname)s %(name)s: %(message)s")
        import uvicorn

        from veille.store import default_db_path
        from veille.web.app import create_app

        path = Path(db or default_db_path())
        if not path.exists():
            if not upload:
                print(f"error: {path}: no such store (run `veille ingest` first)", file=sys.stderr)
                raise typer.Exit(1)
            # An empty store to upload into: the schema comes from the store's own migrations.
            from veille.store import Store
            Store(path).close()
        print(f"veille reading room on http://{host}:{port}/ (store {path})", file=sys.stderr)
        log_level = "info" if verbose else "warning"
        if workers == 1:
            uvicorn.run(create_app(path, allow_upload=upload, host=host, allow_hosts=allow_host), host=host, port=port,
                        log_level=log_level)
        else:
            # Several processes need an importable factory; it reads the store path from the environment.
            os.environ["VEILLE_WEB_DB"] = str(path.resolve())
            os.environ["VEILLE_WEB_UPLOAD"] = "1" if upload else "0"
            os.environ["VEILLE_WEB_HOST"] = host
            os.environ["VEILLE_WEB_ALLOW_HOSTS"] = ",".join(allow_host)
            uvicorn.run("veille.web.app:create_app_from_env", factory=True, workers=workers, host=host,
                        port=port, log_level=log_level)
