"""Store visits: what staff saw in a competitor's shop, or in one of ours.

A visit comes in three ways — terminal prompts, CSV / XLSX / YAML files, the
web form — and each turns what a person typed into the same nested dict,
validated by one model. The package's files follow that path:

- `parsing`  values as people type them (scores, counts, local times, money)
- `model`    the `Visit` model, its validation and `Problem`s naming row and field
- `files`    reading CSV / XLSX / YAML visit files
- `prompts`  `storecheck visit add`, field by field
- `photos`   accepting, storing and sweeping photos
- `shelf_checks`  shelf price checks joined to the competitor's online price history
- `storage`  saving a visit and reading visits back

The names below are the package's public surface; import them from here.
"""

from storecheck.visits.files import VisitFileResult, VisitImportError, read_visit_file
from storecheck.visits.model import (
    NOTES_MAX_LENGTH,
    NotedProduct,
    PriceCheck,
    Problem,
    SeenPromotion,
    RoundedAmount,
    Visit,
    VisitContext,
    clock_zone,
    rounded_amounts,
    validate_visit,
)
from storecheck.visits.parsing import (
    AREA_LABELS,
    PRODUCT_ROLES,
    SCORE_AREAS,
    local_time,
    local_time_named,
    parse_score,
    parse_when,
    price_check_key,
)
from storecheck.visits.photos import (
    PHOTO_NAME,
    Photo,
    PhotoError,
    PhotoFiles,
    check_photo,
    max_photo_bytes,
    save_photo,
    sweep_draft_photos,
)
from storecheck.visits.prompts import Prompter, describe
from storecheck.visits.storage import (add_price_checks, recorded_visit, save_visit, store_visit_counts, stored_as,
                                        stored_differences, visit_detail, visit_rows, visits_frame)

__all__ = [
    "AREA_LABELS", "NOTES_MAX_LENGTH", "add_price_checks", "PHOTO_NAME", "PRODUCT_ROLES", "SCORE_AREAS", "NotedProduct", "Photo", "PhotoError", "PhotoFiles",
    "PriceCheck", "Problem", "Prompter", "RoundedAmount", "SeenPromotion", "Visit", "VisitContext", "VisitFileResult",
    "VisitImportError", "check_photo", "clock_zone", "describe", "local_time", "local_time_named", "max_photo_bytes", "parse_score", "parse_when",
    "price_check_key", "read_visit_file", "recorded_visit", "rounded_amounts", "save_photo", "save_visit", "store_visit_counts", "stored_as",
    "stored_differences",
    "sweep_draft_photos", "validate_visit",
    "visit_detail", "visit_rows", "visits_frame",
]
