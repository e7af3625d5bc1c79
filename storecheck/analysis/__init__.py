"""The edge between the database and the benchmark: load frames, run the
matcher and the numbers, store matches, and assemble what the report shows.

`benchmark` computes on frames and never touches the database; `reports`
renders plain data and never queries. This package is where the two meet.

Its files, in the order their stages run:

- `runs.py`: crawl runs as the history reads them, and which are complete
  (only a complete run may make a product look delisted).
- `frames.py`: our products and the competitors' current ones as frames,
  and the pairs a person decided.
- `matching_run.py`: `storecheck match`: the matcher on those frames, its
  answers stored beside what a person decided.
- `renamed_pairs.py`: a confirmed pair whose product of ours a catalogue
  import renamed so that it may no longer be theirs, sent back to a person.
- `pairs.py`: the accepted pairs with both sides' prices, and how a pair
  across pack sizes is compared.
- `verdicts.py`: the pairs judged as the figures judge them (ratios, which
  are left out and why, a competitor's own price moves).
- `undercuts.py` and `change_events.py`: what changed since the last crawl or
  report, the alerts' events, undercuts among them.
- `notes.py` and `report_rows.py`: the report's notes and its tables as rows.
- `report.py`: `report_context`, which runs the stages above in that order
  for the report and `storecheck score`, and `report_summary`, what a report
  run keeps for the next one.

What the rest of storecheck imports is given here.
"""

from storecheck.analysis.change_events import CHANGE_COLUMNS, SHOP_WIDE_MIN, SHOP_WIDE_SHARE, changes
from storecheck.analysis.frames import compared_price, competitor_frame, decisions_frame, own_frame, unseen_products
from storecheck.analysis.matching_run import run_matching
from storecheck.analysis.notes import ENDED_PROMOTION, tax_note, unlisted_notes
from storecheck.analysis.pairs import MANY_PIECES, PAIR_COLUMNS, PackBasis, accepted_frame, pack_basis, pack_may_differ, pairs_frame
from storecheck.analysis.report import report_context, report_summary
from storecheck.analysis.report_rows import _left_out_rows, our_promotion_types, what_to_copy_input
from storecheck.analysis.runs import (DEFAULT_MIN_ITEMS_RATIO, Run, _latest_runs, complete_runs, listed_history,
                                      run_history)
from storecheck.analysis.undercuts import undercut_pairs
from storecheck.analysis.verdicts import own_moves

__all__ = [
    "CHANGE_COLUMNS", "DEFAULT_MIN_ITEMS_RATIO", "ENDED_PROMOTION", "MANY_PIECES", "PAIR_COLUMNS", "SHOP_WIDE_MIN", "SHOP_WIDE_SHARE",
    "PackBasis", "Run", "_latest_runs", "_left_out_rows", "accepted_frame", "changes", "compared_price",
    "competitor_frame", "complete_runs", "decisions_frame", "listed_history", "our_promotion_types", "own_frame",
    "own_moves", "pack_basis", "pack_may_differ", "pairs_frame", "report_context", "report_summary", "run_history", "run_matching",
    "tax_note", "undercut_pairs", "unlisted_notes", "unseen_products", "what_to_copy_input",
]
