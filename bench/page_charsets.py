"""Pages declared UTF-8 whose bytes are in a legacy encoding: how many `crawlers.charsets` reads right.

    .venv/bin/python bench/page_charsets.py

25 languages, each a sentence-long product description and a two- or three-word product name, put
in a page, encoded in the legacy encoding its shops used (Windows-125x, Shift-JIS, GBK, EUC-KR,
TIS-620) and read as a page declared UTF-8: without a word of its language (the rule of imported
files alone), with `<html lang>` naming the right language, and with a wrong one ("en", as page
templates often say, "de", "fr", "ja", "ru"). A page is read right when the text is the one
encoded. The wrong claims count the pages the rule alone read right that the claim breaks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawlers.charsets import page_languages, true_encoding  # noqa: E402

CASES = [  # language, encoding, a description, a name
    ("pl", "cp1250", "Czajnik elektryczny ze stali nierdzewnej, pojemność 1,7 litra, z automatycznym wyłączaniem. Dostawa już jutro, zwrot do 30 dni.", "Żelazko parowe Łucznik"),
    ("cs", "cp1250", "Rychlovarná konvice z nerezové oceli, objem 1,7 litru, s automatickým vypínáním. Doručení zítra, vrácení do 30 dnů.", "Žehlička Tefal bílá"),
    ("sk", "cp1250", "Rýchlovarná kanvica z nehrdzavejúcej ocele, objem 1,7 litra, s automatickým vypínaním. Doručenie zajtra.", "Žehlička čierna"),
    ("hu", "cp1250", "Rozsdamentes acél vízforraló, 1,7 literes, automatikus kikapcsolással. Szállítás holnap, visszaküldés 30 napon belül.", "Vasaló fehér színű"),
    ("hr", "cp1250", "Električno kuhalo za vodu od nehrđajućeg čelika, zapremina 1,7 litara, s automatskim isključivanjem.", "Glačalo na paru"),
    ("ro", "cp1250", "Fierbător electric din oţel inoxidabil, capacitate 1,7 litri, cu oprire automată. Livrare mâine.", "Fier de călcat"),
    ("sl", "cp1250", "Električni grelnik vode iz nerjavnega jekla, prostornina 1,7 litra, s samodejnim izklopom. Dostava jutri.", "Likalnik črn"),
    ("ru", "cp1251", "Чайник электрический из нержавеющей стали, объём 1,7 литра, с автоматическим отключением.", "Чайник электрический"),
    ("uk", "cp1251", "Електричний чайник з нержавіючої сталі, об'єм 1,7 літра, з автоматичним вимкненням.", "Праска парова"),
    ("bg", "cp1251", "Електрическа кана от неръждаема стомана, обем 1,7 литра, с автоматично изключване.", "Ютия с пара"),
    ("el", "cp1253", "Ηλεκτρικός βραστήρας από ανοξείδωτο ατσάλι, χωρητικότητα 1,7 λίτρα, με αυτόματη διακοπή.", "Σίδερο ατμού"),
    ("tr", "cp1254", "Paslanmaz çelik elektrikli su ısıtıcısı, 1,7 litre kapasiteli, otomatik kapanma özelliği.", "Buharlı ütü"),
    ("he", "cp1255", "קומקום חשמלי מנירוסטה, נפח 1.7 ליטר, עם כיבוי אוטומטי.", "מגהץ אדים"),
    ("ar", "cp1256", "غلاية كهربائية من الفولاذ المقاوم للصدأ، سعة 1.7 لتر، مع إيقاف تلقائي.", "مكواة بخار"),
    ("lt", "cp1257", "Elektrinis virdulys iš nerūdijančio plieno, talpa 1,7 litro, su automatiniu išjungimu.", "Garų lygintuvas"),
    ("lv", "cp1257", "Elektriskā tējkanna no nerūsējošā tērauda, tilpums 1,7 litri, ar automātisku izslēgšanos.", "Tvaika gludeklis"),
    ("et", "cp1257", "Roostevabast terasest elektriline veekeetja, maht 1,7 liitrit, automaatse väljalülitusega.", "Auruga triikraud"),
    ("de", "cp1252", "Wasserkocher aus Edelstahl, 1,7 Liter Fassungsvermögen, mit automatischer Abschaltung. Lieferung morgen, Rückgabe möglich.", "Bügeleisen weiß"),
    ("fr", "cp1252", "Bouilloire électrique en acier inoxydable, capacité 1,7 litre, avec arrêt automatique. Livraison demain.", "Fer à repasser"),
    ("es", "cp1252", "Hervidor eléctrico de acero inoxidable, capacidad 1,7 litros, con apagado automático. Envío mañana.", "Plancha de vapor"),
    ("pt", "cp1252", "Chaleira elétrica de aço inoxidável, capacidade 1,7 litros, com desligamento automático.", "Ferro a vapor"),
    ("ja", "cp932", "ステンレス製電気ケトル、容量1.7リットル、自動電源オフ機能付き。明日お届け。", "電気ケトル 白"),
    ("zh", "gb18030", "不锈钢电热水壶 1.7升 自动断电 防干烧 家用 大容量 快速烧水", "电热水壶 白色"),
    ("ko", "cp949", "스테인리스 전기 주전자 1.7리터 자동 전원 차단 기능 가정용 대용량", "전기 주전자"),
    ("th", "cp874", "กาต้มน้ำไฟฟ้าสแตนเลส ความจุ 1.7 ลิตร ตัดไฟอัตโนมัติ", "เตารีดไอน้ำ"),
]
WRONG_CLAIMS = ("en", "de", "fr", "ja", "ru")


def page(text: str, lang: str | None) -> str:
    lang_attribute = f' lang="{lang}"' if lang else ""
    return f"<!doctype html><html{lang_attribute}><head><title>{text[:30]}</title></head><body><h1>{text}</h1><p>{text}</p></body></html>"


def read_right(text: str, encoding: str, lang: str | None) -> tuple[bool, str]:
    html = page(text, lang)
    body = html.encode(encoding)
    found = true_encoding(body, "utf-8", page_languages(body))
    return body.decode(found or "utf-8", "replace") == html, found or "utf-8"


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    right = {(kind, claim): 0 for kind in ("description", "name") for claim in ("none", "right")}
    broken: list[str] = []
    for lang, encoding, description, name in CASES:
        row = [f"{lang} {encoding}:"]
        for kind, text in (("description", description), ("name", name)):
            alone, alone_read = read_right(text, encoding, None)
            claimed, claimed_read = read_right(text, encoding, lang)
            right[kind, "none"] += alone
            right[kind, "right"] += claimed
            row.append(f"{kind} {alone_read}{'+' if alone else '-'} / lang={lang} {claimed_read}{'+' if claimed else '-'}")
            for wrong in WRONG_CLAIMS:
                if wrong != lang and alone and not (broken_read := read_right(text, encoding, wrong))[0]:
                    broken.append(f"{lang} {kind} said to be {wrong}: read as {broken_read[1]}")
        print("  ".join(row))
    for kind in ("description", "name"):
        print(f"{kind}s read right: {right[kind, 'none']} of {len(CASES)} without a claim, "
              f"{right[kind, 'right']} with <html lang> right")
    print(f"pages read right without a claim that a wrong claim ({', '.join(WRONG_CLAIMS)}) breaks: {len(broken)} of "
          f"{2 * len(CASES) * len(WRONG_CLAIMS)} tried")
    for line in broken:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
