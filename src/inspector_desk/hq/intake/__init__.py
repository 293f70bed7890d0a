"""The HQ intake service: the same signed bundles over HTTPS (``inspector-desk-hq serve``,
docs/hq-server.md). ``spool`` does the work over the HQ database (no HTTP), ``app`` is the
Starlette application, ``tls`` the certificate and the enrolment's pin, ``serve`` the command.
Only ``app`` and ``serve`` import Starlette and uvicorn."""
