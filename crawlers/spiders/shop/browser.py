"""The settings that render a competitor's HTML pages in headless Chromium
(`js = true`), through scrapy-playwright.
"""

from __future__ import annotations

import os

from storecheck.config import ConfigError


CHROMIUM = "/usr/bin/chromium"


def _playwright_settings(settings) -> dict:
    """Download handlers and launch options for JavaScript rendering (the `js` extra).

    Only requests marked `meta["playwright"]` (HTML pages) go through the
    browser; robots.txt, sitemaps and APIs are still fetched plainly.
    """
    try:
        import scrapy_playwright  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            "js = true needs scrapy-playwright: pip install 'storecheck[js]' (and Debian's chromium)"
        ) from exc
    executable = settings.get("STORECHECK_CHROMIUM") or os.environ.get("STORECHECK_CHROMIUM") or CHROMIUM
    return {
        "DOWNLOAD_HANDLERS": {
            **settings.getdict("DOWNLOAD_HANDLERS"),  # (the schemes turned off stay off)
            "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
            "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
        },
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": executable,
            "headless": True,
            "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        },
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": settings.getint("DOWNLOAD_TIMEOUT", 30) * 1000,
        # One browser, few pages at a time: a rendered page costs far more than a fetched one.
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
    }
