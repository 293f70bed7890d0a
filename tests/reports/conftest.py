"""Fixtures of the document tests: a real vault (tests/conftest.py ``session``) holding one
case with every kind of record."""

from __future__ import annotations

import pytest
from reports_helpers import build_rich_case


@pytest.fixture
def rich(session):
    return build_rich_case(session)
