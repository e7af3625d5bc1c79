"""The visit form's labels, written once: the page shows them beside its fields, and the summary of
what to fix names each field by them, with the part of the form a label alone does not name. A store
manager on a phone reads "Footfall, over minutes", never the form's internal "footfall_minutes"."""

from __future__ import annotations

import re

from storecheck.visits import AREA_LABELS, PRODUCT_ROLES

# Each field's label on the page (visit_form.html takes them from here).
LABELS = {
    "competitor": "Competitor, or our own shop", "store": "Store", "visited_at": "When", "visitor": "Who visited",
    "duration_minutes": "Minutes in the store", "footfall_count": "People counted", "footfall_minutes": "Over minutes",
    "holiday": "A holiday or special shopping day", "average_ticket": "Money per customer",
    "average_ticket_source": "How known", "currency": "Currency", "notes": "Notes", "photos": "Photos",
    **{f"products-{role}": label for role, label in zip(PRODUCT_ROLES, ("Main products", "Promoted products",
                                                                       "Auxiliary products", "Best-sellers"))},
}
# The labels of a promotion's and a shelf price check's fields, the same in every row.
PROMOTION_LABELS = {"text": "What it says", "type": "Type", "photo": "Photo of it"}
CHECK_LABELS = {"what": "Product (our sku or words)", "price": "Price", "regular_price": "Was-price",
                "promotion": "Promotion on it"}
# Fields whose label reads right only under their section's heading ("How known" is the average ticket's).
_SECTIONS = {"footfall_count": "Footfall", "footfall_minutes": "Footfall", "average_ticket": "Average ticket",
             "average_ticket_source": "Average ticket"}
_WHOLE = {"promotions": "Promotions seen", "price_checks": "Shelf price checks", "competitor": "Competitor"}


def field_label(name: str) -> str:
    """`name` of a field of the visit form (as an error is filed under it) in the page's words; a name
    the form does not label is given as it is."""
    if name in _WHOLE:
        return _WHOLE[name]
    if name in LABELS:
        section = _SECTIONS.get(name)
        return f"{section}, {LABELS[name].lower()}" if section else LABELS[name]
    if name.startswith("score_") and name[6:] in AREA_LABELS:
        return AREA_LABELS[name[6:]].capitalize()
    if (criterion := re.fullmatch(r"criteria-([a-z]+)-(.+)", name)) and criterion[1] in AREA_LABELS:
        return f"{AREA_LABELS[criterion[1]].capitalize()}, {criterion[2]}"
    if (row := re.fullmatch(r"promotions-(\d+)-([a-z_]+)", name)) and row[2] in (*PROMOTION_LABELS, "kept_photo"):
        return f"Promotion {int(row[1]) + 1}, {PROMOTION_LABELS['photo' if row[2] == 'kept_photo' else row[2]].lower()}"
    if (row := re.fullmatch(r"price_checks-(\d+)-([a-z_]+)", name)) and row[2] in CHECK_LABELS:
        return f"Shelf price check {int(row[1]) + 1}, {CHECK_LABELS[row[2]].lower()}"
    return name
