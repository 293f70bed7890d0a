"""Headquarters' own TLS certificate for the intake service, and what enrolment files say
about it (``HOME/intake/intake.json``: the public URL and the pin).

``inspector-desk-hq serve --init-tls --url https://hq.example:8443`` makes an ECDSA P-256 key
and a self-signed certificate (10 years; the devices pin its public key, so no authority is
involved) in ``HOME/intake/``, and writes ``intake.json``. With a reverse proxy that holds
the certificate (docs/hq-server.md), ``--init-tls --cert PROXY.pem`` records that
certificate's pin instead. From then on ``enrol approve`` puts ``{"url", "tls_spki_sha256"}``
into every enrolment file it writes; a device enrolled before gets it by an enrolment file
issued again (same key, same prefix)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
from pathlib import Path
from urllib.parse import urlsplit

from inspector_desk.keystore.keyfile import write_atomic
from inspector_desk.paths import private_dir
from inspector_desk.sync.enrolment import check_intake
from inspector_desk.sync.online import spki_sha256

FOLDER = "intake"
KEY, CERT, CONFIG = "tls-key.pem", "tls-cert.pem", "intake.json"


def folder(home: Path) -> Path:
    return Path(home) / FOLDER


def make_certificate(home: Path, names: list[str], now: dt.datetime | None = None) -> tuple[Path, Path]:
    """A new key and self-signed certificate for ``names`` (host names or IP addresses);
    an existing key is kept (the pin stays the same), the certificate is made again."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    d = folder(home)
    private_dir(d)
    key_path, cert_path = d / KEY, d / CERT
    if key_path.exists():
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    else:
        key = ec.generate_private_key(ec.SECP256R1())
        write_atomic(key_path, key.private_bytes(serialization.Encoding.PEM,
                                                 serialization.PrivateFormat.PKCS8,
                                                 serialization.NoEncryption()))
    now = now or dt.datetime.now(dt.timezone.utc)
    alt: list[x509.GeneralName] = []
    for n in names or ["localhost"]:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(n)))
        except ValueError:
            alt.append(x509.DNSName(n))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, (names or ["localhost"])[0]),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Inspector Desk headquarters")])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    write_atomic(cert_path, cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def pin_of(cert_pem: Path) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    cert = x509.load_pem_x509_certificate(Path(cert_pem).read_bytes())
    return spki_sha256(cert.public_bytes(serialization.Encoding.DER))


def init_tls(home: Path, url: str, cert: Path | None = None) -> dict[str, str]:
    """Make (or, with ``cert``, adopt a proxy's) certificate and write ``intake.json``."""
    host = urlsplit(url).hostname or "localhost"
    if cert is None:
        _key, cert = make_certificate(home, [host] + (["localhost"] if host != "localhost" else []))
    config = check_intake({"url": url.rstrip("/"), "tls_spki_sha256": pin_of(cert)})
    private_dir(folder(home))
    write_atomic(folder(home) / CONFIG, json.dumps(config, indent=2).encode("utf-8"))
    return config


def enrolment_intake(home: Path) -> dict[str, str] | None:
    """What ``enrol approve`` writes into enrolment files: None until ``--init-tls``."""
    try:
        return check_intake(json.loads((folder(home) / CONFIG).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
