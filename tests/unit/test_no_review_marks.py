"""No review mark anywhere a user looks: the translations, the document texts, the UI source.

Facts still unconfirmed are listed for headquarters in docs/legal.md and become warnings at
the field; a «⚠» or «уточнить» on a screen or on a served paper only undermines the paper.
(The forms and every printed document are checked by tests/forms and tests/reports.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MARKS = re.compile(r"⚠|сверить|уточнить|\(тексеру\)|нақтылау|to be confirmed|номер статьи",
                   re.IGNORECASE)
WHERE = [*sorted((REPO / "resources" / "i18n").glob("*.ts")),
         REPO / "resources" / "i18n" / "messages.json",
         REPO / "resources" / "i18n" / "documents.json",  # the documents' texts (reports/texts.py)
         *sorted((REPO / "src" / "inspector_desk" / "ui").glob("*.py"))]


@pytest.mark.parametrize("path", WHERE, ids=lambda p: p.name)
def test_no_review_mark_where_a_user_looks(path: Path) -> None:
    hits = [f"{path.name}:{n}: {line.strip()[:120]}"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if MARKS.search(line)]
    assert not hits, "\n".join(hits)


def test_the_check_itself_finds_a_mark() -> None:
    assert MARKS.search("Срок 30 суток (⚠ сверить)") and MARKS.search("бап нөмірін нақтылау")
