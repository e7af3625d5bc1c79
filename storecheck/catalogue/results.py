"""What an import gives back: its valid items (in memory, or spilt to disk), the rows
rejected with their reasons, and its warnings; the rejected rows as a CSV to fix."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storecheck.tables import write_table

# Rows written per transaction by `ImportResult.batches`' callers: a short lock, a small batch in memory.
WRITE_BATCH_ROWS = 5000
# Warnings kept for the user; the rest are counted.
MAX_WARNINGS = 1000


@dataclass
class Rejected:
    line: int
    values: dict[str, object]
    reasons: list[str]


class ValidSpill:
    """The valid items of a checked file, kept in an unnamed temporary file (gone once closed,
    however the process ends): the write pass reads them back in batches, without reading,
    parsing and checking the file a second time."""

    def __init__(self) -> None:
        self.handle = tempfile.TemporaryFile()
        self.buffer: list = []

    def add(self, item) -> None:
        self.buffer.append(item)
        if len(self.buffer) >= WRITE_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            pickle.dump(self.buffer, self.handle, protocol=pickle.HIGHEST_PROTOCOL)
            self.buffer = []

    def batches(self) -> Iterator[list]:
        """The items in the order they were added, a batch of at most WRITE_BATCH_ROWS at a time; then
        the file is closed."""
        self._flush()
        self.handle.seek(0)
        try:
            while True:
                try:
                    # Written by this process a moment ago, never by anyone else: safe to unpickle.
                    yield pickle.load(self.handle)
                except EOFError:
                    return
        finally:
            self.close()

    def close(self) -> None:
        self.buffer = []
        self.handle.close()


@dataclass
class ImportResult:
    valid: list = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    # The fields the file holds (after --map): a re-import updates only these,
    # so a file of prices does not wipe the brands and categories stored earlier.
    fields: list[str] = field(default_factory=list)
    valid_count: int = 0
    # The valid items on disk, with load_file(spill=True).
    spill: ValidSpill | None = None
    # What the rows' numbers count in messages: "line", or "record" for a JSON document (`Source.unit`).
    unit: str = "line"

    def close(self) -> None:
        """Let go of the spill, when its items are not to be written after all."""
        if self.spill is not None:
            self.spill.close()

    def batches(self) -> Iterator[list]:
        """The valid items, a batch of at most WRITE_BATCH_ROWS at a time (from the spill, else `valid`)."""
        if self.spill is not None:
            yield from self.spill.batches()
            return
        items = [item for _, item in self.valid]
        for start in range(0, len(items), WRITE_BATCH_ROWS):
            yield items[start:start + WRITE_BATCH_ROWS]


def _warn(result: ImportResult, text: str) -> None:
    if len(result.warnings) < MAX_WARNINGS:
        result.warnings.append(text)
    elif len(result.warnings) == MAX_WARNINGS:
        result.warnings.append("... more warnings not shown")


def write_rejected(rejected: Sequence[Rejected], path: str | Path) -> Path:
    """The rows that were not imported, with the reasons, as CSV a person can fix and re-import."""
    columns: list[str] = []
    for item in rejected:
        for column in item.values:
            if column not in columns:
                columns.append(column)
    rows = [{"line": item.line, "reasons": "; ".join(item.reasons), **item.values} for item in rejected]
    return write_table(rows, path, ["line", "reasons", *columns])


def problems_of(rejected: Sequence[Rejected], unit: str = "line") -> Iterator[str]:
    """Each reason a row was rejected, named by its line (or `unit`: a JSON document's "record")."""
    for item in rejected:
        for reason in item.reasons:
            yield f"{unit} {item.line}, {reason}"


def named_lines(lines: list[int], shown: int = 5) -> str:
    """"lines 5, 9 and 120 more": the lines a summary warning is about, the first `shown` of them."""
    listed = ", ".join(str(line) for line in lines[:shown])
    more = f" and {len(lines) - shown:,} more" if len(lines) > shown else ""
    return f"line{'s' if len(lines) > 1 else ''} {listed}{more}"
