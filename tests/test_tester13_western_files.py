"""A Western catalogue saved by Excel: "CSV" in a Western European or American Windows is Windows-1252,
and shops' names carry ®, ™, ½ and °. charset-normalizer finds "less nonsense" in encodings where those
bytes are letters, and the file was read in one no spreadsheet writes, with a warning ("reads as
nonsense in Windows-1252"): Mac Latin-2 for 3 or 10 rows ("Coca-Colaģ", "Cafť au lait", "MŁller
Rice"), ISO-8859-16 for 20 ("Coca-Colaź", "Jalapeńo", "3œ inch"), every name stored so. A guess other
than Windows-1252 is now one of the encodings files are written in."""

from __future__ import annotations

import pytest
from test_alerts import cli_run
from test_tester13_encodings import _products

WESTERN = ["Coca-Cola® Zero 330 ml", "Philips Hue™ bulb", "Floppy disks 3½ inch", "Oven 180°C max", "Crème fraîche 200 g",
           "Café au lait", "Jalapeño chips", "Nescafé Gold 200 g", "Müller Rice", "Häagen-Dazs 460 ml", "Tiles 20 m² pack",
           "Ben & Jerry´s", "Smörgåsbord mix", "Pâté de campagne", "Gruyère 250 g", "Frühstück Flakes", "Señorita salsa",
           "Crêpes 6 pack", "Bière blonde 33 cl", "Lavazza® Oro 1 kg"]


@pytest.mark.parametrize("rows", [3, 10, 20])
def test_a_western_catalogue_saved_by_excel_with_trademark_signs_is_read_in_windows_1252(workspace, tmp_path, rows):
    names = WESTERN[:rows]
    (tmp_path / "ours.csv").write_bytes(("sku,name,price\n" + "".join(f"W{n},{name},1.00\n" for n, name in enumerate(names)))
                                        .encode("cp1252"))
    result = cli_run(workspace, "catalogue", "import", str(tmp_path / "ours.csv"))
    assert result.exit_code == 0 and "read as" not in result.output, result.output
    products = _products(workspace, tmp_path)
    assert [products[f"W{n}"][0] for n in range(rows)] == names
