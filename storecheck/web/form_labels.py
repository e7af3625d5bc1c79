"""The visit form's fields named as its page labels them, for the summary of what to fix: a store
manager on a phone reads "Footfall, over minutes", never the form's internal "footfall_minutes"."""

from __future__ import annotations

import re

from storecheck.visits import AREA_LABELS

# As visit_form.html labels them, with the part of the form a label alone does not name ("Over minutes"
# is under Footfall, "How known" under Average ticket).
_LABELS = {
    "competitor": "Competitor", "store": "Store", "visited_at": "When", "visitor": "Who visited",
    "duration_minutes": "Minutes in the store", "footfall_count": "Footfall, people counted",
    "footfall_minutes": "Footfall, over minutes", "holiday": "A holiday or special shopping day",
    "average_ticket": "Average ticket, money per customer", "average_ticket_source": "Average ticket, how known",
    "currency": "Currency", "promotions": "Promotions seen", "price_checks": "Shelf price checks",
    "notes": "Notes", "photos": "Photos",
    "products-main": "Main products", "products-promoted": "Promoted products",
    "products-auxiliary": "Auxiliary products", "products-best-seller": "Best-sellers",
}
_PROMOTION_PARTS = {"text": "what it says", "type": "type", "photo": "photo of it", "kept_photo": "photo of it"}
_CHECK_PARTS = {"what": "product", "price": "price", "regular_price": "was-price", "promotion": "promotion on it"}


def field_label(name: str) -> str:
    """`name` of a field of the visit form (as an error is filed under it) in the page's words; a name
    the form does not label is given as it is."""
    if name in _LABELS:
        return _LABELS[name]
    if name.startswith("score_") and name[6:] in AREA_LABELS:
        return AREA_LABELS[name[6:]].capitalize()
    if (criterion := re.fullmatch(r"criteria-([a-z]+)-(.+)", name)) and criterion[1] in AREA_LABELS:
        return f"{AREA_LABELS[criterion[1]].capitalize()}, {criterion[2]}"
    if (row := re.fullmatch(r"promotions-(\d+)-([a-z_]+)", name)) and row[2] in _PROMOTION_PARTS:
        return f"Promotion {int(row[1]) + 1}, {_PROMOTION_PARTS[row[2]]}"
    if (row := re.fullmatch(r"price_checks-(\d+)-([a-z_]+)", name)) and row[2] in _CHECK_PARTS:
        return f"Shelf price check {int(row[1]) + 1}, {_CHECK_PARTS[row[2]]}"
    return name
