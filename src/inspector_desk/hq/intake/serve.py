"""``inspector-desk-hq serve``: the intake service on uvicorn (docs/hq-server.md).

    inspector-desk-hq serve --init-tls --url https://hq.example.kz:8443   # once: key, certificate, pin
    inspector-desk-hq serve --host 0.0.0.0 --port 8443                  # HTTPS with that certificate
    inspector-desk-hq serve --uds /run/idesk/intake.sock --behind-proxy  # plain HTTP on a local
                                                                         # socket, TLS at nginx

The headquarters passphrase unlocks the keys once at start (``--passphrase-file``, e.g. a
systemd credential); the process then imports with the import key and signs receipts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Callable

from inspector_desk.hq.importer import DEFAULT_MAX_BUNDLE


def add_parser(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    s = add(sub, "serve", serve, "the online intake: bundles over HTTPS, receipts and update "
            "packs back (docs/hq-server.md)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8443)
    s.add_argument("--uds", help="listen on this Unix socket instead (with --behind-proxy)")
    s.add_argument("--behind-proxy", action="store_true",
                   help="plain HTTP for a reverse proxy that holds the TLS certificate; only on "
                        "127.0.0.1, ::1 or a Unix socket")
    s.add_argument("--init-tls", action="store_true",
                   help="make the key and self-signed certificate (or, with --cert, take the "
                        "proxy's) and write the URL and pin enrolment files carry; then exit")
    s.add_argument("--url", help="with --init-tls: the address devices use, https://host:port")
    s.add_argument("--cert", help="with --init-tls: the reverse proxy's certificate (PEM)")
    s.add_argument("--max-size", type=int, default=DEFAULT_MAX_BUNDLE,
                   help="largest bundle taken online, bytes (larger: 413 with the limit)")
    s.add_argument("--max-uploads", type=int, default=64, help="uploads at once (more: 503)")
    s.add_argument("--import-workers", type=int, default=2,
                   help="threads that verify and hand bundles to the (serialised) import")
    s.add_argument("--retry-after", type=int, default=30, help="seconds, in every 503 answer")


def serve(hq: Any) -> int:
    from inspector_desk.hq import keys as hq_keys
    from inspector_desk.hq.intake import tls

    a = hq.args
    if a.init_tls:
        url = a.url or f"https://{a.host}:{a.port}"
        config = tls.init_tls(hq.home, url, Path(a.cert) if a.cert else None)
        hq.say(hq.t("hq.intake_tls", url=config["url"], pin=config["tls_spki_sha256"],
                    folder=tls.folder(hq.home)))
        return 0
    key, cert = tls.folder(hq.home) / tls.KEY, tls.folder(hq.home) / tls.CERT
    if a.behind_proxy:
        if not a.uds and a.host not in ("127.0.0.1", "::1", "localhost"):
            raise ValueError("--behind-proxy listens on 127.0.0.1, ::1 or a Unix socket only")
    elif not (key.exists() and cert.exists()):
        raise ValueError(f"no TLS certificate in {tls.folder(hq.home)}: run "
                         "'inspector-desk-hq serve --init-tls --url https://HOST:PORT' first")
    import uvicorn

    from inspector_desk.hq.intake.app import Limits, make_app
    from inspector_desk.hq.intake.spool import Intake

    keys = hq_keys.unlock(hq.home, hq.passphrase())
    intake = Intake(hq.home, a.db, keys, max_bundle=a.max_size)
    app = make_app(intake, Limits(a.max_size, a.max_uploads, retry_after=a.retry_after),
                   import_workers=a.import_workers)
    options: dict[str, Any] = dict(log_level="warning", access_log=False, timeout_keep_alive=30,
                                   server_header=False, date_header=True, lifespan="off")
    if a.uds:
        options["uds"] = a.uds
    else:
        options.update(host=a.host, port=a.port)
    if not a.behind_proxy:
        options.update(ssl_keyfile=str(key), ssl_certfile=str(cert))
    hq.say(hq.t("hq.intake_listening", where=a.uds or f"{a.host}:{a.port}",
                scheme="http" if a.behind_proxy else "https"))
    try:
        uvicorn.Server(uvicorn.Config(app, **options)).run()
    finally:
        intake.close()
    return 0
