"""Product titles -> the features the matcher compares: normalised text, tokens,
model codes, bare numbers, quantities with units, pack size, brand.

Pure functions of one product; `benchmark.matching` compares two of them.
Titles are the competitor's text: anything may come in (empty, 10,000
characters, any script, emoji), so every function here accepts any string.

`features.py` holds `Features` and `extract`, which reads them in these
stages, each a file:

- `letters.py`: the title cleaned, letters of any script with their marks,
  and its pieces; `tokens.py`: its tokens for the index.
- `quantities.py`: quantities with their units, packs, sizes and ages;
  `numbers.py`: every number, a catalogue's decimal commas and its thousands;
  `unit_words.py`: units a catalogue writes in words of its own.
- `codes.py`: the pieces that name a model, and an MPN field's part number.
- `fits.py`: what the product fits ("for ..."), and whether it is a copy.
- `variants.py`: the words that tell a product's variants apart (colour,
  size, format, stage, console ...); `words.py`: the other words of its
  name, its editions and counts.

What the matcher, its tests and bench scripts import is given here.
"""

from benchmark._text.codes import _is_quantity_like, makers_number, part_number
from benchmark._text.features import Features, extract
from benchmark._text.fits import _COMPATIBLE, FOR_SCOPE
from benchmark._text.letters import _NOT_ALNUM, _PIECE, _PIECE_SEPARATOR, MAX_TITLE, brand_key, clean, compact
from benchmark._text.numbers import (_DIGIT, catalogue_numbers, grouped_thousands, with_decimal_points,
                                     writes_decimal_commas)
from benchmark._text.quantities import _AGE, _MULTI_DIMENSION, _MULTIPACK_ITEM, _PACK_NAMED
from benchmark._text.tokens import _bigram_runs, tokens_of
from benchmark._text.unit_words import read_unit_words
from benchmark._text.variants import (_COLOURS, _CONSOLES, _FORMATS, _battery, _ends, _game_edition, _letter_sizes,
                                      _scent, _stages)
from benchmark._text.words import _STOP_WORDS, _editions, _joined_counts, edition_value

__all__ = [
    "FOR_SCOPE", "MAX_TITLE", "Features", "brand_key", "clean", "compact", "edition_value", "extract", "makers_number",
    "part_number",
    "catalogue_numbers", "read_unit_words", "grouped_thousands", "tokens_of", "with_decimal_points", "writes_decimal_commas",
    # Private to the package, reached by the matcher's conflicts and codes and by the tests.
    "_COLOURS", "_CONSOLES", "_DIGIT", "_FORMATS", "_NOT_ALNUM", "_PIECE", "_PIECE_SEPARATOR", "_STOP_WORDS",
    "_battery", "_bigram_runs", "_editions", "_ends", "_game_edition", "_is_quantity_like", "_joined_counts",
    "_letter_sizes", "_scent", "_stages",
    # The patterns wrapped in `Gated`, which tests/test_literal_gate.py checks.
    "_AGE", "_COMPATIBLE", "_MULTIPACK_ITEM", "_MULTI_DIMENSION", "_PACK_NAMED",
]
