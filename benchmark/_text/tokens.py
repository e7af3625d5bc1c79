"""A title's tokens for the index, and the character bigrams that stand for a run of a script
written without spaces."""

from __future__ import annotations

import re

from benchmark._text.letters import _NO_SPACE, _NO_SPACE_CHAR, _PIECE, _PIECE_SEPARATOR


def tokens_of(text: str, pieces: list[str] | None = None) -> list[str]:
    """Word tokens for indexing: pieces split at punctuation, plus the joined form of
    a hyphenated piece ('kdl-40v4100' -> 'kdl', '40v4100', 'kdl40v4100'), plus
    character bigrams for scripts written without spaces. `pieces`: the
    text's `_PIECE` pieces, where the caller has them already."""
    out: list[str] = []
    for piece in _PIECE.findall(text) if pieces is None else pieces:
        if piece.isalnum():  # no separator to split at (most pieces)
            out.append(piece)
            continue
        parts = _PIECE_SEPARATOR.split(piece)
        if len(parts) > 1:
            out.extend(p for p in parts if p)
            joined = "".join(parts)
            if any(c.isdigit() for c in joined):
                out.append(joined)
        else:
            out.append(piece)
    if text.isascii():  # no script written without spaces
        return out
    result = []
    for token in out:
        if len(token) > 2 and _NO_SPACE_CHAR.search(token):
            result.extend(_bigrams(token))
        else:
            result.append(token)
    return result


def _bigrams(run: str) -> list[str]:
    """A run of a script without spaces (`_NO_SPACE`) as its overlapping
    character bigrams, the words the TF-IDF tokens (`tokens_of`) and every
    reader of `Features.text` (`_bigram_runs`) see: one rule for both, so the
    index and the comparison read such a title alike."""
    return [run[i : i + 2] for i in range(len(run) - 1)]


_NO_SPACE_RUN = re.compile(f"[{_NO_SPACE}]{{3,}}")


def _bigram_runs(text: str) -> str:
    """`Features.text`: the title with each run of a script without spaces
    written as its character bigrams (`_bigrams`). Whole, "苏泊尔炒锅不粘锅"
    and "苏泊尔 不粘锅 炒锅" share no word, though they name the same pan in
    another order. Every reader of `text` gets the bigrams, and each should:
    the word-set similarity (`scoring._title_similarity`) compares words;
    the character view (`candidates.character_cosine`, read by the wording
    gate and the second round) takes its n-grams within words, where a run
    split into bigrams is read alike however a shop spaced it; a model code's
    search in the other title (`codes._written_in`) reads Latin letters and
    digits, which stay as they are."""
    if text.isascii():
        return text
    return _NO_SPACE_RUN.sub(lambda m: " ".join(_bigrams(m[0])), text)
