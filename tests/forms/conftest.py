"""Fixtures of the forms-engine tests: a registry of the shipped forms, a context."""

from __future__ import annotations

import datetime as dt

import pytest
from forms_helpers import FORMS_DIR, PERSONS

from inspector_desk.forms import FormContext, FormRegistry


@pytest.fixture(scope="session")
def registry() -> FormRegistry:
    return FormRegistry.from_directory(FORMS_DIR)


@pytest.fixture
def context() -> FormContext:
    return FormContext(today=dt.date(2026, 3, 10), now=dt.datetime(2026, 3, 10, 16, 0),
                       persons=PERSONS)
