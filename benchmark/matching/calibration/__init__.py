"""Calibration, layer 5 of `match_products`: what one competitor's catalogue,
set beside ours, says about how far wording alone can be trusted.

A fixed match threshold on a title similarity cannot hold across catalogues:
two shops that describe software in their own words ("adobe indesign cs3
[mac]" / "indesign cs3 for mac") agree at 0.75 on the same product, while two
electronics listings of one brand and series agree at 0.80 on different
ones. So the threshold keeps its meaning (a pair that scores at or above it
is a match on any data), and a second way to a match is read from the data
in front of the matcher, per competitor. The calibration's stages, in the order
`match_products` runs them, each a file of this package:

- `style.py`, while a competitor's pairs are compared: the words its sure
  matches leave on one side only, a shop's way of writing titles
  (`style_words`), without which the pairs such a word held apart are
  compared again;
- `pair_tests.py`: the tests of a wording match that need no floor, read
  once per competitor (`wording_tests` -> `WordingTests`): each other's
  unique best (`ranks.py`: each product's candidates in order), no
  conflict, prices within the competitor's own tolerance (`prices.py`),
  and the floor, the competitor's typical wrong best;
- `gate.py`: whether this competitor's wording matches are right more often
  than wrong by its own data (`wording_evidence`), from two nulls
  (`nulls.py`: the decoy, thinned or not, and chance) read for the share
  of each side's products that lack a counterpart (`lacking.py`), the decoy
  among the pairs of one writing at a time (`writing.py`: a listing in
  another script than the rest of the catalogue);
- `first_round.py`: where the gate lets wording speak (or a person's
  answers do, `answers.py`), the wording matches among all of the
  competitor's listings (`wording_matches`, and under the floor where a
  second view of the titles agrees), with the listings that are another
  listing of a matched product of ours; where the gate does not let wording
  match but finds its candidates worth asking about at even odds
  (`WordingEvidence.worth_asking`), those both views agree on, proposed
  (`unproven_candidates`); `listed_again.py`: the cut that
  reads a second listing, and its mirror for our catalogue listing one
  product twice (`mirrored_matches`);
- `signals.py`, where a model is fitted to a person's answers: what the
  calibration reads about each pair, as the model's features
  (`calibration_signals`);
- `products_left.py`, after the assignment: the second round, each other's
  best among the products left unmatched, proposed to a person
  (`second_round`);
- `batch.py`, for a file of pairs (`score_pairs`) instead of two
  catalogues: the same tests with the batch standing for the catalogues,
  without the gate (`batch_matches`).

No constant here is fitted to a data set: "at least half right" is where a
pair adds to F1 whatever the recall (`wording_evidence`), CONFIDENCE the
usual 95%, PRICE_QUANTILE "9
in 10 sure matches" (the first choice; 0.75 and 0.5 were tried and matched
fewer true pairs on Amazon-Google, the same on Walmart-Amazon), a style word
one that at least half (chance) of the titles writing it, among the sure
matches, leave unshared, seen on STYLE_MIN_PAIRS sure matches at least
(a count to tell a habit from a one-off), and the rest are the user's
thresholds and the data's own order.
"""

# What the rest of the matcher (and its tests and bench scripts) import; the
# stages import one another by file.
from benchmark.matching.calibration.batch import batch_matches
from benchmark.matching.calibration.first_round import unproven_candidates, wording_candidates, wording_matches
from benchmark.matching.calibration.gate import WordingEvidence, wording_evidence
from benchmark.matching.calibration.lacking import lacking_share
from benchmark.matching.calibration.listed_again import mirrored_matches, naming_other_makers
from benchmark.matching.calibration.nulls import CONFIDENCE, _chance_wrong, _decoys, chance_bound
from benchmark.matching.calibration.pair_tests import WordingTests, typical_wrong_best, wording_tests
from benchmark.matching.calibration.prices import MIN_SURE, PRICE_QUANTILE, price_ratios, price_tolerance
from benchmark.matching.calibration.products_left import second_round
from benchmark.matching.calibration.ranks import pair_arrays, unique_best
from benchmark.matching.calibration.signals import CALIBRATION_SIGNALS, calibration_signals
from benchmark.matching.calibration.style import STYLE_MIN_PAIRS, style_words

__all__ = ["CALIBRATION_SIGNALS", "CONFIDENCE", "MIN_SURE", "PRICE_QUANTILE", "STYLE_MIN_PAIRS", "WordingEvidence",
           "WordingTests", "_chance_wrong", "_decoys", "batch_matches", "calibration_signals", "chance_bound",
           "lacking_share", "mirrored_matches", "naming_other_makers", "pair_arrays", "price_ratios",
           "price_tolerance", "second_round", "style_words", "typical_wrong_best", "unique_best",
           "unproven_candidates", "wording_candidates", "wording_evidence",
           "wording_matches", "wording_tests"]
