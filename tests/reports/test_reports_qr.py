"""The check code: the QR payload and the PDF metadata carry the record id, its version and
a signed content hash; a genuine copy verifies, a tampered one does not."""

from __future__ import annotations

import dataclasses

import pytest
from reports_helpers import reader

from inspector_desk.app import documents
from inspector_desk.core.records import Visit
from inspector_desk.keystore.signing import SigningKey
from inspector_desk.reports.qr import (
    DocumentPayload,
    content_digest,
    payloads_in_pdf,
    qr_modules,
    qr_path,
    verify_document,
)


def keywords(pdf: bytes) -> str:
    return str(reader(pdf).metadata["/Keywords"])


@pytest.fixture
def printed(session, rich):
    pdf = documents.print_record(session, "visit", rich.visit, "ru")
    return pdf, DocumentPayload.parse(keywords(pdf))


def test_payload_names_the_record_version_and_hash(session, rich, printed):
    pdf, payload = printed
    record = session.store.get(Visit, rich.visit)
    assert (payload.document, payload.record_id, payload.version) == ("visit", record.id, 1)
    assert payload.digest == content_digest(record)
    assert payload.key_id == session.signing_key.key_id
    assert payload.printed_at == "20261120T100000"
    assert len(payload.text) < 300 and payload.text.isascii()
    assert payloads_in_pdf(pdf) == [payload.text]


def test_the_qr_code_on_every_page_draws_the_payload(printed):
    pdf, payload = printed
    ops, side = qr_path(qr_modules(payload.text))
    pages = reader(pdf).pages
    assert len(pages) >= 1
    for page in pages:
        forms = page["/Resources"]["/XObject"]
        [qr] = [forms[name].get_object() for name in forms]
        assert [float(v) for v in qr["/BBox"]] == [0, 0, side, side]
        assert ops.encode() in qr.get_data()
        assert b"Do" in page.get_contents().get_data()


def test_the_qr_code_decodes_to_the_payload(printed):
    """Read the code back with a real decoder (zxing-cpp, when installed)."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    _, payload = printed
    modules = qr_modules(payload.text)
    scale, quiet = 6, 4
    n = len(modules)
    image = Image.new("L", ((n + 2 * quiet) * scale,) * 2, 255)
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                image.paste(0, ((c + quiet) * scale, (r + quiet) * scale,
                                (c + quiet + 1) * scale, (r + quiet + 1) * scale))
    [found] = zxingcpp.read_barcodes(image)
    assert found.text == payload.text
    assert found.format == zxingcpp.BarcodeFormat.QRCode


def test_the_fast_remainder_is_reportlabs():
    import random

    from reportlab.graphics.barcode import qrencoder

    from inspector_desk.reports import qr

    qr.qr_modules("IDESK1|x")  # installs the fast remainder
    assert qr._reportlab_mod is not None
    rng = random.Random(7)
    for _ in range(2000):
        k = rng.choice([7, 10, 13, 15, 16, 18, 22, 26, 28, 30])
        generator = qrencoder.QRUtil.getErrorCorrectPolynomial(k)
        data = [rng.randrange(256) if rng.random() > 0.3 else 0
                for _ in range(rng.randrange(1, 60))]
        raw = qrencoder.QRPolynomial(data, k)
        assert qr._polynomial_mod(raw, generator).num == qr._reportlab_mod(raw, generator).num


def test_the_fast_encoder_matches_reportlabs(printed):
    """Same modules as reportlab's own QR encoder would draw with the same mask."""
    from reportlab.graphics.barcode import qrencoder

    from inspector_desk.reports.qr import QR_MASK

    _, payload = printed
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload.text)
    code.make()  # reportlab's own path: version, data, its chosen mask
    best = [[bool(m) for m in row] for row in code.modules]
    ours = qr_modules(payload.text)
    assert len(ours) == len(best)  # same version
    code.makeImpl(False, QR_MASK)
    assert ours == [[bool(m) for m in row] for row in code.modules]


def test_genuine_copy_verifies_from_the_pdf_and_from_the_text(session, rich, printed):
    pdf, payload = printed
    public = session.signing_key.public_bytes()
    record = session.store.get(Visit, rich.visit)
    for data in (pdf, payload.text, payload.text.encode()):
        result = verify_document(data, public, record)
        assert (result.status, result.ok, result.signature_valid, result.matches_record) == (
            "valid", True, True, True)
    assert verify_document(pdf, public).status == "signed"
    assert documents.verify(session, pdf).status == "valid"


def _tamper(text: str, index: int) -> str:
    parts = text.split("|")
    value = parts[index]
    parts[index] = ("2" if value == "1" else "1") if value.isdigit() else (
        value[:-1] + ("A" if value[-1] != "A" else "B"))
    return "|".join(parts)


@pytest.mark.parametrize("field", [1, 2, 3, 4, 5, 6, 7])
def test_any_tampered_field_fails(session, rich, printed, field):
    _, payload = printed
    public = session.signing_key.public_bytes()
    record = session.store.get(Visit, rich.visit)
    tampered = _tamper(payload.text, field)
    if field == 1:
        tampered = payload.text.replace("|visit|", "|incident|")
    result = verify_document(tampered, public, record)
    assert not result.ok and not result.signature_valid
    assert result.status in ("bad_signature", "wrong_key", "malformed")
    assert not documents.verify(session, tampered).ok


def test_a_tampered_pdf_fails(session, printed):
    pdf, payload = printed
    forged = payload.text.replace(f"|{payload.version}|", f"|{payload.version + 1}|")
    bad = pdf.replace(payload.text.encode(), forged.encode())
    assert bad != pdf
    assert verify_document(bad, session.signing_key.public_bytes()).status == "bad_signature"
    # two different codes in one file are not accepted either
    both = pdf + b"\n% " + forged.encode()
    assert verify_document(both, session.signing_key.public_bytes()).status == "ambiguous"


def test_another_device_key_does_not_verify(printed):
    pdf, _ = printed
    result = verify_document(pdf, SigningKey.generate().public_bytes())
    assert (result.status, result.ok) == ("wrong_key", False)


def test_every_spelling_of_the_signature_but_one_fails(session, printed):
    _, payload = printed
    public = session.signing_key.public_bytes()
    head, _, signature = payload.text.rpartition("|")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for c in alphabet:
        result = verify_document(f"{head}|{signature[:-1]}{c}", public)
        assert result.signature_valid == (c == signature[-1]), c


def test_garbage_is_malformed(session):
    public = session.signing_key.public_bytes()
    for data in ("", "hello", b"%PDF-1.4 nothing here", "IDESK1|visit|x", b"\xff\xfe"):
        assert verify_document(data, public).status == "malformed"


def test_a_changed_record_no_longer_matches(session, rich, printed):
    pdf, _ = printed
    record = session.store.get(Visit, rich.visit)
    session.services.records.update_record(Visit, rich.visit, {**record.answers, "intoxication": "yes"})
    result = documents.verify(session, pdf)
    assert (result.signature_valid, result.matches_record, result.status) == (
        True, False, "record_changed")
    assert result.current_version == 2 and result.payload.version == 1
    # same version, different content (the record was edited behind the program's back)
    edited = dataclasses.replace(record, answers={**record.answers, "intoxication": "yes"})
    assert verify_document(pdf, session.signing_key.public_bytes(), edited).status == \
        "content_mismatch"
    other = session.store.get(Visit, rich.long_visit)
    assert verify_document(pdf, session.signing_key.public_bytes(), other).status == "wrong_record"


def test_case_summary_and_statistics_verify_against_the_vault(session, rich, clock):
    summary = documents.print_case_summary(session, rich.case_no, "kk")
    stats = documents.print_statistics(session, "2026-11", "kk")
    clock.advance(days=2)
    assert documents.verify(session, summary).status == "valid"
    assert documents.verify(session, stats).status == "valid"
    session.services.cases.update_case(rich.case_id, beat="13")
    assert documents.verify(session, summary).status == "record_changed"
    answers = session.store.get(Visit, rich.visit).answers
    # a visit made after the print does not change what the page said on the day ...
    session.services.records.record_visit(rich.case_id, {**answers, "visit_at": "2026-11-21T09:00",
                                                 "next_visit": "2026-11-28"}, form_version=1)
    assert documents.verify(session, stats).status == "valid"
    # ... but one entered later with an earlier date does: the vault now says otherwise
    session.services.records.record_visit(rich.case_id, {**answers, "visit_at": "2026-11-19T18:00",
                                                 "next_visit": "2026-11-28"}, form_version=1)
    changed = documents.verify(session, stats)
    assert changed.signature_valid and changed.status == "content_mismatch"
