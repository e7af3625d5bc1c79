"""Pages declared UTF-8 whose bytes are in a legacy encoding: how many `crawlers.charsets` reads right.

    .venv/bin/python bench/page_charsets.py

25 languages, each a sentence-long product description and a two- or three-word product name, put
in a page, encoded in the legacy encoding its shops used (Windows-125x, Shift-JIS, GBK, EUC-KR,
TIS-620) and read as a page declared UTF-8: without a word of its language (the rule of imported
files alone), with `<html lang>` naming the right language, and with a wrong one ("en", as page
templates often say, "de", "fr", "ja", "ru"). A page is read right when the text is the one
encoded. The wrong claims count the pages the rule alone read right that the claim breaks.
The same is printed for a held-out set, written after the rule was settled on the first.
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
# Written after crawlers/charsets.py's rule was settled on CASES, and never used to change it: a
# second domain (shoes, garden, toys), the same languages and encodings.
HELD_OUT = [
    ("pl", "cp1250", "Buty do biegania męskie, lekka podeszwa z pianki, oddychająca siateczka. Rozmiary od 40 do 46, wysyłka w ciągu 24 godzin.", "Kosiarka spalinowa"),
    ("cs", "cp1250", "Pánské běžecké boty s lehkou pěnovou podrážkou a prodyšnou síťovinou. Velikosti 40 až 46, odesíláme do 24 hodin.", "Zahradní hadice 25 m"),
    ("sk", "cp1250", "Pánska bežecká obuv s ľahkou penovou podrážkou a priedušnou sieťovinou. Veľkosti 40 až 46, odosielame do 24 hodín.", "Záhradná hadica"),
    ("hu", "cp1250", "Férfi futócipő könnyű habtalppal és légáteresztő hálóval. Méretek 40-től 46-ig, kiszállítás 24 órán belül.", "Kerti locsolótömlő"),
    ("hr", "cp1250", "Muške tenisice za trčanje s laganim potplatom od pjene i prozračnom mrežicom. Veličine od 40 do 46, šaljemo u roku od 24 sata.", "Vrtno crijevo"),
    ("ro", "cp1250", "Pantofi de alergare pentru bărbaţi, talpă uşoară din spumă şi plasă respirabilă. Mărimi de la 40 la 46, livrare în 24 de ore.", "Furtun de grădină"),
    ("sl", "cp1250", "Moški tekaški čevlji z lahkim penastim podplatom in zračno mrežico. Velikosti od 40 do 46, pošiljamo v 24 urah.", "Vrtna cev"),
    ("ru", "cp1251", "Мужские кроссовки для бега с лёгкой подошвой из пены и дышащей сеткой. Размеры от 40 до 46, отправка в течение суток.", "Садовый шланг"),
    ("uk", "cp1251", "Чоловічі кросівки для бігу з легкою підошвою з піни та сіткою, що дихає. Розміри від 40 до 46, відправлення протягом доби.", "Садовий шланг"),
    ("bg", "cp1251", "Мъжки маратонки за бягане с лека подметка от пяна и дишаща мрежа. Размери от 40 до 46, изпращане до 24 часа.", "Градински маркуч"),
    ("el", "cp1253", "Ανδρικά παπούτσια τρεξίματος με ελαφριά σόλα από αφρό και διχτυωτό που αναπνέει. Μεγέθη 40 έως 46, αποστολή σε 24 ώρες.", "Λάστιχο κήπου"),
    ("tr", "cp1254", "Hafif köpük tabanlı ve nefes alan fileli erkek koşu ayakkabısı. 40 ile 46 arası numaralar, 24 saat içinde kargoda.", "Bahçe hortumu"),
    ("he", "cp1255", "נעלי ריצה לגברים עם סוליית קצף קלה ורשת נושמת. מידות 40 עד 46, משלוח תוך 24 שעות.", "צינור גינה"),
    ("ar", "cp1256", "حذاء جري رجالي بنعل خفيف من الفوم وشبكة تسمح بالتهوية. المقاسات من 40 إلى 46، الشحن خلال 24 ساعة.", "خرطوم حديقة"),
    ("lt", "cp1257", "Vyriški bėgimo bateliai su lengvu putų padu ir orui pralaidžiu tinkleliu. Dydžiai nuo 40 iki 46, išsiunčiame per 24 valandas.", "Sodo žarna"),
    ("lv", "cp1257", "Vīriešu skriešanas apavi ar vieglu putu zoli un elpojošu sietu. Izmēri no 40 līdz 46, nosūtām 24 stundu laikā.", "Dārza šļūtene"),
    ("et", "cp1257", "Meeste jooksujalatsid kerge vahttalla ja hingava võrguga. Suurused 40 kuni 46, saadame 24 tunni jooksul.", "Aiavoolik"),
    ("de", "cp1252", "Herren-Laufschuhe mit leichter Schaumsohle und atmungsaktivem Obermaterial. Größen 40 bis 46, Versand innerhalb von 24 Stunden.", "Gartenschlauch grün"),
    ("fr", "cp1252", "Chaussures de course pour homme, semelle légère en mousse et maille respirante. Pointures 40 à 46, expédition sous 24 heures.", "Tuyau d'arrosage"),
    ("es", "cp1252", "Zapatillas de running para hombre con suela ligera de espuma y malla transpirable. Tallas de la 40 a la 46, envío en 24 horas.", "Manguera de jardín"),
    ("pt", "cp1252", "Ténis de corrida para homem com sola leve de espuma e malha respirável. Tamanhos do 40 ao 46, envio em 24 horas.", "Mangueira de jardim"),
    ("ja", "cp932", "軽量フォームソールと通気性メッシュのメンズランニングシューズ。サイズ25〜29cm、24時間以内に発送します。", "園芸用ホース"),
    ("zh", "gb18030", "男士跑步鞋 轻质泡沫鞋底 透气网面 尺码40至46 24小时内发货", "花园水管"),
    ("ko", "cp949", "가벼운 폼 밑창과 통기성 메쉬의 남성용 러닝화 사이즈 250부터 290까지 24시간 이내 발송", "정원용 호스"),
    ("th", "cp874", "รองเท้าวิ่งผู้ชาย พื้นโฟมน้ำหนักเบา ผ้าตาข่ายระบายอากาศ ไซซ์ 40 ถึง 46 จัดส่งภายใน 24 ชั่วโมง", "สายยางรดน้ำ"),
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
    for title, cases in (("the set the rule was settled on", CASES), ("held out", HELD_OUT)):
        print(f"--- {title}")
        score(cases)
    return 0


def score(cases: list[tuple[str, str, str, str]]) -> None:
    right = {(kind, claim): 0 for kind in ("description", "name") for claim in ("none", "right")}
    broken: list[str] = []
    for lang, encoding, description, name in cases:
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
        print(f"{kind}s read right: {right[kind, 'none']} of {len(cases)} without a claim, "
              f"{right[kind, 'right']} with <html lang> right")
    print(f"pages read right without a claim that a wrong claim ({', '.join(WRONG_CLAIMS)}) breaks: {len(broken)} of "
          f"{2 * len(cases) * len(WRONG_CLAIMS)} tried")
    for line in broken:
        print("  " + line)


if __name__ == "__main__":
    sys.exit(main())
