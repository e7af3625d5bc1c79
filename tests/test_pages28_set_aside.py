"""Extraction on the twenty-eighth batch of built pages set aside (tests/data/pages_built/aside39).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside39")

# (page, variant, field): why it is still read wrong. None until the first reading is recorded:
# the batch is committed before the extractor has read it, so until then no case can say what it
# expects and each one is a non-strict expected failure.
MISSED: dict | None = None


def _cases() -> list:
    if MISSED is not None:
        return PAGES.cases(MISSED)
    unread = pytest.mark.xfail(reason="before the batch's first reading", strict=False)
    return [pytest.param(*case.values, id=case.id, marks=[unread]) for case in PAGES.cases({})]


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


@pytest.mark.xfail(reason="before the batch's first reading", strict=False)
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
