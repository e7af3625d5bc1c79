"""The crawl's errors: why a request failed or a callback raised, each named on
the run (kept up to MAX_ERRORS_KEPT) and counted, so a run with losses is partial.
"""

from __future__ import annotations

from scrapy.core.downloader.handlers.http11 import ResponseDataLossError
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response
from twisted.internet.defer import CancelledError
from twisted.internet.error import TimeoutError as TxTimeoutError
from twisted.web.client import ResponseFailed
from twisted.python.failure import Failure

MAX_ERRORS_KEPT = 50


class CrawlErrors:
    """Errors of the spider's requests and callbacks, recorded on the run."""

    def errback(self, failure: Failure):
        """Record why a request failed. Pages lost to the shop (errors, timeouts, pages over
        DOWNLOAD_MAXSIZE, redirect loops) are errors and make the run partial; requests
        robots.txt forbids are left out on purpose and only counted."""
        request = failure.request
        response = getattr(failure.value, "response", None)
        message = str(failure.value)
        if response is not None:
            wait = request.meta.get("retry_after_refused")
            # A wait past a week is said in days, past a year as such: S76's 23-digit header was
            # printed as the float it became ("99999999999999991611392 s").
            asked = ""
            if wait:
                when = (f"{wait:.0f} s" if wait <= 7 * 86_400 else f"{wait / 86_400:,.0f} days" if wait < 365 * 86_400
                        else "more than a year")
                asked = f" (the shop asks to be read again in {when}, beyond STORECHECK_RETRY_AFTER_MAX; not retried)"
            if 300 <= response.status < 400 and not response.headers.get(b"Location", b"").strip():
                asked = " (a redirect whose Location is empty: it sends nowhere)"
            self._error(f"HTTP {response.status} {request.url}{asked}")
        elif failure.check(IgnoreRequest) and message.startswith("page not text: "):
            # (crawlers.middlewares.NOT_TEXT, not imported: that module installs a reactor)
            self._error(f"page not text {request.url}: {message.removeprefix('page not text: ')}")
        elif failure.check(IgnoreRequest) and "robots.txt" in message:
            # Counted by Scrapy as robotstxt/forbidden, shown as skipped "robots_txt"; a page expected
            # to hold a product is lost instead (`completeness.ProductPageAccounting.robots_forbade`).
            accounting = getattr(self, "page_accounting", None)
            if accounting is not None and accounting.robots_forbade(request):
                self.crawler.stats.inc_value("robotstxt/forbidden", -1)  # counted once, as lost
            return
        elif failure.check(IgnoreRequest) and "DOWNLOAD_MAXSIZE" in message:
            # A compressed page that unpacks beyond the limit (a gzip bomb, or a huge page sent
            # compressed) is lost like any page too large, and counted with them.
            self.crawler.stats.inc_value("dropped/page_too_large")
            limit = request.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
            self._error(f"page too large {request.url}: unpacks beyond DOWNLOAD_MAXSIZE ({limit} bytes), not read")
        elif failure.check(IgnoreRequest) and "redirect" in message:
            self.crawler.stats.inc_value("dropped/redirect_loop")
            # Named by the page the crawl asked for; a chain that never repeats a URL ends elsewhere.
            chain = request.meta.get("redirect_urls") or []
            last = f" after {len(chain)} redirects, the last to {request.url[:200]}" if chain else ""
            self._error(f"redirect loop {chain[0] if chain else request.url}: {message[:120]}{last}")
        elif failure.check(DownloadCancelledError) or (
            # A body that outgrows DOWNLOAD_MAXSIZE while arriving is cancelled without a message.
            failure.check(CancelledError) and getattr(self.crawler.engine, "running", True)
        ):
            self.crawler.stats.inc_value("dropped/page_too_large")
            limit = request.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
            self._error(f"page too large {request.url}: over DOWNLOAD_MAXSIZE ({limit} bytes), not read")
        elif failure.check(TxTimeoutError) or "took longer than" in message:
            self.crawler.stats.inc_value("dropped/timeout")
            self._error(f"timeout {request.url}: {message[:120]}")
        elif failure.check(ResponseDataLossError, ResponseFailed):
            # The connection closed (or was reset) before the page was whole: Scrapy's message is empty.
            self._error(f"connection broken mid-page {request.url}: the shop sent part of the page ({failure.type.__name__})")
        else:
            self._error(f"{failure.type.__name__} {request.url}: {message[:120]}")

    def _on_spider_error(self, failure: Failure, response: Response, spider) -> None:
        if failure.check(RecursionError):
            # JSON or markup nested deeper than a parser recurses (a hostile "[[[[..."): the page is
            # unreadable, which is the shop's doing, not a crash of the crawl.
            self._error(f"data nested too deeply to read in {response.url} ({len(response.body)} bytes); page skipped")
            return
        self._error(f"{failure.type.__name__} in {response.url}: {str(failure.value)[:120]}")

    def _error(self, message: str, count: bool = True) -> None:
        """Record `message` for the run; `count=False`: a remark that is no error (the run's status does
        not count it), kept after the errors. A shop that refused every connection gave first the remark
        "robots.txt ... not read; crawled as if it held no rules", as the cause of its failed crawl."""
        if count:
            self.crawler.stats.inc_value("storecheck/errors")
        kept = self.errors if count else self.remarks
        if len(self.errors) + len(self.remarks) < MAX_ERRORS_KEPT:
            kept.append(message[:300])
        self.logger.warning("storecheck: %s", message)

