"""A forged headquarters for enrolment tests: its own signing key and age recipients, which
signs a perfectly well-formed enrolment for a real device's request (issue 13, item 10)."""

from __future__ import annotations

import pyrage

from inspector_desk.keystore.signing import SigningKey
from inspector_desk.sync.canonical import b64
from inspector_desk.sync.enrolment import HqPublic, make_enrolment, read_request, recipient_key_id


def forged_hq() -> tuple[SigningKey, HqPublic]:
    signer = SigningKey.generate()
    imp, rec = (str(pyrage.x25519.Identity.generate().to_public()) for _ in range(2))
    return signer, HqPublic(signing_key=b64(signer.public_bytes()), signing_key_id=signer.key_id,
                            import_recipient=imp, import_key_id=recipient_key_id(imp),
                            recovery_recipient=rec, recovery_key_id=recipient_key_id(rec))


def forge_enrolment(request: bytes, prefix: str = "F0RG") -> tuple[bytes, str]:
    """An enrolment for the device of ``request`` signed by a headquarters that is not
    the real one; returns the file and the forger's fingerprint."""
    signer, hq = forged_hq()
    data = make_enrolment(read_request(request), enrolment_id="00000000-0000-4000-8000-000000000001",
                          case_prefix=prefix, unit="Forged unit", issued_at="2026-11-20T10:00:00+05:00",
                          hq=hq, signer=signer)
    return data, signer.key_id
