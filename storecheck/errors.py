"""The one base of the errors a user can act on, so the CLI turns them into a message in one place.

A library function raises a subclass (`ConfigError`, `CrawlError`, ...) whose
message is a sentence that says what to fix; `storecheck.cli` shows it
without a traceback. Anything else is a bug and keeps its traceback.
"""


class StorecheckError(Exception):
    """A problem the user can fix, stated in the message."""
