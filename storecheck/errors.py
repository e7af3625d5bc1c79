"""The one base of the errors a user can act on, so the CLI turns them into a message in one place.

A library function raises a subclass (`ConfigError`, `CrawlError`, ...) whose
message is a sentence that says what to fix; `storecheck.cli` shows it
without a traceback. Anything else is a bug and keeps its traceback.
"""


class StorecheckError(Exception):
    """A problem the user can fix, stated in the message."""


class CannotWrite(StorecheckError):
    """An output file (a report, an export) that cannot be written where it was asked for."""

    def __init__(self, what: str, path: object, exc: OSError):
        # The OS names the temporary file written beside the target, not the target: say the target.
        reason = exc.strerror or type(exc).__name__
        if isinstance(exc, (NotADirectoryError, FileExistsError)):
            reason = "a part of the path is a file, not a folder"
        super().__init__(f"Cannot write {what} to {path}: {reason}.")
