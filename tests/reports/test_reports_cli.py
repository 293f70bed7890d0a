"""`inspector-desk print` and `inspector-desk verify-document` as a user runs them: a real
process, a real vault, the PDF written only where --to says."""

from __future__ import annotations


from reports_helpers import text_of



def test_print_and_verify_from_the_command_line(cli, tmp_path):
    cli("init", "--name", "Сәрсенбаева Айгүл", "--badge", "A-1047", "--unit", "ОП Есиль")
    cli("demo", "--households", "4")
    case_no = cli("case", "list").stdout.split()[0]
    out = tmp_path / "справка.pdf"
    p = cli("print", "case-summary", case_no, "--lang", "kk", "--to", str(out))
    assert "Document saved" in p.stdout and out.read_bytes().startswith(b"%PDF-")
    text = text_of(out.read_bytes())
    assert "Отбасының есептік ісі бойынша АНЫҚТАМА" in text and case_no in text

    ok = cli("verify-document", "--pdf", str(out))
    assert ok.stdout.startswith("Genuine") and case_no not in ok.stdout

    from inspector_desk.reports.qr import payloads_in_pdf

    [code] = payloads_in_pdf(out.read_bytes())
    assert cli("verify-document", "--payload", code).returncode == 0
    forged = code.replace("|case-summary|", "|visit|")
    bad = cli("verify-document", "--payload", forged, ok=False)
    assert bad.returncode == 1 and "FORGED" in bad.stdout

    again = cli("print", "case-summary", case_no, "--to", str(out), ok=False)
    assert again.returncode == 2 and "already exists" in again.stderr
    cli("print", "case-summary", case_no, "--to", str(out), "--force")

    stats = tmp_path / "stats.pdf"
    cli("--lang", "ru", "print", "statistics", "--to", str(stats))
    assert "Статистика работы инспектора за месяц" in text_of(stats.read_bytes())
    assert cli("verify-document", "--pdf", str(stats)).returncode == 0

    missing = cli("print", "visit", "no-such-record", "--to", str(tmp_path / "v.pdf"), ok=False)
    assert missing.returncode == 2 and "Not found" in missing.stderr
    assert not (tmp_path / "v.pdf").exists()
    assert cli("print", "statistics", "--month", "2026-13", "--to", "x.pdf",
               ok=False).returncode == 2
    assert cli("print", "visit", "--to", "x.pdf", ok=False).returncode == 2
    # the only PDFs on disk are the ones asked for
    assert sorted(p.name for p in tmp_path.rglob("*.pdf")) == ["stats.pdf", "справка.pdf"]
