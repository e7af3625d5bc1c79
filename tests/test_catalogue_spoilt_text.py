"""Text a shop's feed spoilt on its way out, read by the imports as the words it was.

Two ways a feed spoils text, both seen in the shared data and in shops' exports: HTML entities
left in a field that is no HTML ("0,9&nbsp;L", "&ndash;", "AeroPress&reg;", "you won&rsquo;t" in
Amazon-Google's descriptions), and UTF-8 decoded once more as Windows-1252 or Latin-1
("cafÃ©", "PolymÃ¨re" in WDC Products' titles, "Ã¢Â\x80Â¢" for a bullet). Text written right
stays as it is, letter for letter.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.catalogue import load_file
from storecheck.cli import cli


def _fed(text: str) -> str:
    """Text as a feed that decodes its own UTF-8 once more as Windows-1252 delivers it."""
    return text.encode("utf-8").decode("cp1252")


SPOILT = [
    # (as the feed delivers it, as the shop wrote it)
    (_fed("Moulin à café manuel Comandante C40 MK4 Nitro Blade") + " &ndash; noir",
     "Moulin à café manuel Comandante C40 MK4 Nitro Blade – noir"),
    ("Fellow Stagg EKG bouilloire " + _fed("électrique") + " 0,9&nbsp;L",
     "Fellow Stagg EKG bouilloire électrique 0,9\xa0L"),
    ("AeroPress&reg; Original (" + _fed("édition") + " 2023)", "AeroPress® Original (édition 2023)"),
    ("Filtres &quot;Bonded&quot; Chemex FS-100 &amp; FC-100", 'Filtres "Bonded" Chemex FS-100 & FC-100'),
    ("Hario V60 &#8211; 100 " + _fed("pièces"), "Hario V60 – 100 pièces"),
    ("Cooler Master N300 - Midi Tower - PC - PolymÃ¨re - Noir", "Cooler Master N300 - Midi Tower - PC - Polymère - Noir"),
    # Cyrillic read as Latin-1, and a no-break space a program turned into a space ("Ã " for "à")
    ("Ð\x9cÐ¾Ð»Ð¾ÐºÐ¾ 1 Ð»", "Молоко 1 л"),
    ("Moulin Ã  caf" + _fed("é"), "Moulin à café"),
    # escaped twice, as a feed built from an escaped export escapes it again
    ("Tom &amp;amp; Jerry Becher", "Tom & Jerry Becher"),
]

# Right as written, though each holds what a careless repair would take for a spoilt letter or an
# entity: an ampersand between letters, an "Ã" of Portuguese, a bare "&para" with no semicolon,
# full-width letters and a ligature (the matcher folds those; the stored text keeps them), markup.
RIGHT = [
    "AT&T Telefon Q&A", "M&M's 250 g", "IRMÃOS CAFÉ Torrado 500 g", "Straße Ø 24 cm ½ l", "Tom &para Jerry",
    "ＤＵＲＡＮ ビーカー 250mL", "ﬁne Kaffee", "“Barista” Edition", "São Paulo Café", "<b>Neu</b> &amp; günstig",
    "KOBO CLARA BW SİYAH 6 İNÇ", "SS Ton Reserve Edition इंग्लिश विलो क्रिकेट बैट", "🔥ghd Platinum+ 💯",
]


def _offers_file(tmp_path, rows: list[dict[str, str]]):
    import csv

    path = tmp_path / "offers.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["key", "name", "brand", "category", "description", "mpn", "url", "price",
                                         "promotion"])
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("fed,meant", SPOILT)
def test_an_offers_name_spoilt_by_its_feed_is_read_as_the_shop_wrote_it(tmp_path, fed, meant):
    path = _offers_file(tmp_path, [{"key": "k1", "name": fed, "price": "10"}])
    (_, offer), = load_file(path, "offers").valid
    assert offer.name == meant


@pytest.mark.parametrize("text", RIGHT)
def test_text_written_right_is_kept_letter_for_letter(tmp_path, text):
    path = _offers_file(tmp_path, [{"key": "k1", "name": text, "description": text, "price": "10"}])
    (_, offer), = load_file(path, "offers").valid
    assert (offer.name, offer.description) == (text, text)


def test_every_free_text_field_is_mended_and_identifiers_are_kept_as_written(tmp_path):
    # Brand, category, description and the promotion's text are words a person reads and the matcher
    # compares; a key, a URL and an MPN are the shop's identifiers, compared as they are written
    # (a key that changed would make a second product of the first on the next import).
    path = _offers_file(tmp_path, [{
        "key": "a&amp;b-1", "name": "Caf" + _fed("é") + " 1&nbsp;kg", "brand": "Lavazza&reg;",
        "category": "Caf" + _fed("é") + " &gt; Grains", "description": "Torr" + _fed("é") + " &ndash; 1 kg",
        "mpn": "LV&amp;1000", "url": "https://shop.example/p?id=1&amp;c=2", "price": "10",
        "promotion": "&minus;20&nbsp;%"}])
    (_, offer), = load_file(path, "offers").valid
    assert (offer.name, offer.brand, offer.category, offer.description) == (
        "Café 1\xa0kg", "Lavazza®", "Café > Grains", "Torré – 1 kg")
    assert offer.promotion is not None and offer.promotion.text.startswith("−20") and "&" not in offer.promotion.text
    assert (offer.key, offer.mpn, offer.url) == ("a&amp;b-1", "LV&amp;1000", "https://shop.example/p?id=1&amp;c=2")


def test_a_bullet_spoilt_with_control_bytes_is_mended_before_those_are_dropped(tmp_path):
    # WDC Products' descriptions: "•" read twice over, "Ã¢Â\x80Â¢", whose C1 byte U+0080 the import
    # drops (`models.clean_text`); dropped first, the bullet could not be mended.
    spoilt = "Advanced Features:" + "•".encode("utf-8").decode("latin-1").encode("utf-8").decode("latin-1") + " SLC"
    path = _offers_file(tmp_path, [{"key": "k1", "name": "SSD", "description": spoilt, "price": "10"}])
    (_, offer), = load_file(path, "offers").valid
    assert offer.description == "Advanced Features:• SLC"


def test_our_catalogue_is_read_the_same_way_and_stored_as_meant(workspace, tmp_path):
    # Both catalogues are read alike, so a name ours exports escaped ("Cr&egrave;me") and theirs
    # writes plainly compare as the same words.
    path = tmp_path / "catalogue.csv"
    path.write_text("sku,name,brand,price\nS1,Cr&egrave;me br" + _fed("û") + "l" + _fed("é") + "e 2&times;100 g,"
                    "Caf&eacute; Co,1.99\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["catalogue", "import", str(path), "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        row = conn.execute(select(db.own_products)).one()
    assert (row.name, row.brand) == ("Crème brûlée 2×100 g", "Café Co")


def test_the_example_in_the_docstring_holds():
    import doctest

    from storecheck.catalogue import spoilt_text

    failed, attempted = doctest.testmod(spoilt_text)
    assert (failed, attempted > 0) == (0, True)
