"""Every code of the exchange has its message in Russian, Kazakh and English, and the
command line shows it instead of a traceback."""

from inspector_desk.messages import catalog, describe
from inspector_desk.sync import errors
from inspector_desk.sync.errors import ALL_REASONS, BundleRejected

OTHER_CODES = [cls.code for cls in (errors.SyncError, errors.NotEnrolled, errors.ExportCancelled,
                                    errors.HqKeysError, errors.HqKeysMissing, errors.HqKeysExist,
                                    errors.HqPassphraseWrong)]
LABELS = ["label.bundle_written", "label.receipt_imported", "label.receipt_rejection",
          "label.update_applied", "label.enrol_request_written", "label.enrolled",
          "label.recovery_request_written", "label.recovered"]


def test_every_code_is_translated():
    cat = catalog()
    for code in [*ALL_REASONS, *OTHER_CODES, *LABELS]:
        assert code in cat, code
        assert all(cat[code].get(lang) for lang in ("ru", "kk", "en")), code
    hq = [k for k in cat if k.startswith("hq.")]
    assert len(hq) >= 10 and all(all(cat[k].get(x) for x in ("ru", "kk", "en")) for k in hq)


def test_a_refusal_is_described_by_its_own_code():
    e = BundleRejected("bundle_signature_invalid", device_id="x", seq=3)
    assert e.code == "bundle_signature_invalid" and e.params["reason"] == e.code
    assert describe(e, "en").startswith("Bundle refused: the device signature")
    assert "подпись" in describe(e, "ru")
