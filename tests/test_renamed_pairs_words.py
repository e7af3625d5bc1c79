"""How a rename is read word by word (`storecheck.analysis.renamed_pairs.rename_doubt`): a word
"written apart or together" on the names' word boundaries, not anywhere in their letters (review
R1 of the twenty-third session: "Polo shirt navy M" renamed "... S" kept its confirmed pair,
since "s" stands in "poloshirtnavym"); and their titles' campaign words, which our catalogue
writes nowhere (review R3: a listing titled "... - SALE -30%" for a week left the price figures
exactly while it was on sale)."""

from __future__ import annotations

from storecheck.analysis.renamed_pairs import rename_doubt


def _fields(name: str) -> dict:
    return {"name": name, "brand": None, "size": None, "gtin": None}


def _ours(old: str, new: str, theirs: str) -> str | None:
    return rename_doubt(_fields(old), _fields(new), _fields(theirs))


def _theirs(old: str, new: str, ours: str, our_words: set[str]) -> str | None:
    return rename_doubt(_fields(old), _fields(new), _fields(ours), renamed="their", other="ours",
                        known=our_words.__contains__)


def test_a_letter_or_short_word_changed_is_doubtful_though_it_stands_in_the_letters():
    assert "'s'" in _ours("Polo shirt navy M", "Polo shirt navy S", "Polo shirt navy M")
    assert "'a'" in _ours("Vitamin D 1000 IU", "Vitamin A 1000 IU", "Vitamin D 1000 IU")
    assert "'ice'" in _ours("Tea peach 1 l", "Tea peach ice 1 l", "Tea peach 1 l juice")
    # Written apart or together on the boundaries: still the same.
    assert _ours("KitKat 4 finger", "Kit Kat 4 finger", "KitKat") is None
    assert _ours("Coca Cola 330ml", "Coca-Cola 330 ml", "Cola can 330 ml") is None
    assert _ours("Milk whole 1 l", "Milkwhole 1 l", "Milk whole 1 l") is None


def test_their_campaign_words_leave_the_pair_but_a_word_our_range_uses_does_not():
    ours = "Lavazza Qualità Oro Coffee Beans 1kg"
    our_words = {"lavazza", "qualita", "oro", "coffee", "beans", "1kg", "decaf", "zero"}
    for campaign in (" - SALE -30%", " NEW", " (Back in stock)", " | Free delivery", " Black Friday", " -20 %",
                     " 2 for 1"):
        assert _theirs(ours, ours + campaign, ours, our_words) is None, campaign
    assert "'decaf'" in _theirs(ours, ours + " DECAF", ours, our_words)
    # A number or size is doubtful whatever our catalogue writes; a percentage that is no cut is a number.
    assert "'500g'" in _theirs(ours, ours.replace("1kg", "500g"), ours, our_words)
    assert "'90'" in _theirs("Czekolada gorzka", "Czekolada gorzka 90%", "Czekolada gorzka 70%", set())
    # Our own renames are ours: every added word counts (no catalogue test).
    assert "'new'" in _ours("Coffee beans 1 kg", "Coffee beans 1 kg new", "Coffee beans 1 kg")
