"""The workspace: finding it, and reading `storecheck.toml` into typed objects.

The config file is the user's, so it is edited with tomlkit (comments and
order survive `storecheck competitor add`) and validated with pydantic, whose
errors are turned into messages that name the offending key.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import tomlkit
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from storecheck.errors import StorecheckError

CONFIG_NAME = "storecheck.toml"
DEFAULT_DATABASE = "storecheck.db"
USER_AGENT = "storecheck/0.1 (+https://github.com/storecheck/storecheck; competitor price check)"

Platform = Literal["auto", "shopify", "woocommerce", "sitemap", "html"]
PLATFORMS: tuple[str, ...] = ("auto", "shopify", "woocommerce", "sitemap", "html")


class ConfigError(StorecheckError):
    """The workspace or its config cannot be used; the message says what to fix."""


class _Strict(BaseModel):
    # TOML can write `inf` and `nan`: no delay, weight, rate or timeout means either.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)

    @field_validator("*")
    @classmethod
    def _no_nul(cls, value: object) -> object:
        # TOML can also write "\u0000". Names are kept as typed, but PostgreSQL stores no NUL in
        # text: a competitor or store named with one ended every command in a database traceback.
        if any(isinstance(v, str) and "\x00" in v for v in (value if isinstance(value, list) else [value])):
            raise ValueError("holds a NUL character (\\u0000), which the database cannot store; remove it")
        return value


def _currency_code(value: str | None) -> str | None:
    """A currency of the config: an ISO 4217 code a shop prices in, as files and pages must
    give it ("ZZZ" or the testing code "XXX" would refuse every row of a file imported in it)."""
    from storecheck.money import normalise_currency

    if value is None:
        return None
    try:
        known = re.fullmatch(r"[A-Z]{3}", value) and normalise_currency(value) == value
    except ValueError:
        known = False
    if not known:
        raise ValueError("must be a three-letter ISO 4217 code such as EUR")
    return value


def _time_zone(value: str | None) -> str | None:
    """An IANA time zone name ("Europe/Paris"), refused when the machine knows no such zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if value is None:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is no time zone; give an IANA name such as Europe/Paris") from None
    return value


class Store(_Strict):
    """A physical shop, for visits: a competitor's or one of ours."""

    name: str = Field(min_length=1)
    address: str = ""
    # The day it closed for good: its visits are kept, but it counts no longer in its shop's figures.
    # A day still to come is announced (`closes`) and takes effect on that day (`closings_in_effect`).
    closed: date | None = None
    # Where its clock is not `[shop] time_zone`'s (a store abroad): when its footfall was counted.
    time_zone: str | None = None
    _closes: date | None = PrivateAttr(default=None)

    _zone = field_validator("time_zone")(classmethod(lambda cls, value: _time_zone(value)))

    @property
    def closes(self) -> date | None:
        """The closing day written in advance, still to come: the store counts as open until then."""
        return self._closes


def run_selector(page: Any, expression: str) -> Any:
    """A competitor's selector run on a parsel Selector `page`: CSS, or XPath prefixed `xpath:`.
    Written once, here beside the setting: the crawl's extraction runs it, and reading the
    config tries it, so the two never disagree on what a selector is."""
    expression = expression.strip()
    if expression.startswith("xpath:"):
        return page.xpath(expression[len("xpath:"):])
    return page.css(expression)


class Selectors(_Strict):
    """Per-competitor CSS or XPath (prefixed `xpath:`) selectors; they win over any heuristic."""

    name: str | None = None
    price: str | None = None
    regular_price: str | None = None
    currency: str | None = None
    sku: str | None = None
    gtin: str | None = None
    brand: str | None = None
    availability: str | None = None
    promotion: str | None = None
    category: str | None = None

    @field_validator("*")
    @classmethod
    def _readable(cls, value: str | None) -> str | None:
        # Tried as the crawl runs it (parsel, on an empty page), when the file is read: a typo
        # ("h1:has(", "::txt") was kept, and every page of the crawl, and `extract`, raised it.
        if value is None:
            return None
        from parsel import Selector

        try:
            run_selector(Selector(text="<html></html>"), value)
        except Exception as exc:  # noqa: BLE001 - cssselect's and lxml's errors share no base but Exception
            kind = "XPath expression" if value.strip().startswith("xpath:") else "CSS selector"
            raise ValueError(f"is not a {kind} the crawl can read ({str(exc)[:120] or type(exc).__name__}); "
                             "an XPath starts with xpath:") from None
        return value


def is_loopback(host: str) -> bool:
    """`host` is this machine itself (localhost, 127.0.0.0/8, ::1): what is sent there never crosses a network."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def ascii_host(host: str) -> str:
    """A host name as it goes on the wire: lower case, and a name in Unicode in its ASCII form under
    IDNA 2008 (UTS #46, non-transitional), as registries and browsers read it. Python's own "idna"
    codec (IDNA 2003, which w3lib uses) maps "straße.de" to "strasse.de", another domain that DENIC
    registers to whoever asked for it; here it is xn--strae-oqa.de. ValueError for a name IDNA refuses."""
    if host.isascii():
        return host.lower()
    import idna

    try:
        return idna.encode(host, uts46=True, transitional=False).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(f"{host!r} is not a domain name ({exc})") from None


def _ascii_origin(url: str) -> str:
    """`url` with its scheme and host as a crawl sends them: "HTTPS://Bücher.Example/Straße" is
    "https://xn--bcher-kva.example/Straße". A request goes out under the host's ASCII (IDNA) form,
    and the pages' links come back under it; the crawl keeps to the start URL's host, so a host
    kept as typed in Unicode matched no link and the crawl read the home page only. The scheme is
    case-blind (RFC 3986), as the host is. The path and query stay as typed."""
    scheme, rest = url.split("://", 1)
    cut = re.search(r"[/?#]", rest)
    netloc, tail = (rest[:cut.start()], rest[cut.start():]) if cut else (rest, "")
    userinfo, _, hostport = netloc.rpartition("@")
    host, colon, port = hostport.rpartition(":") if re.search(r":\d*$", hostport) else (hostport, "", "")
    return f"{scheme.lower()}://{userinfo + '@' if userinfo else ''}{ascii_host(host)}{colon}{port}{tail}"


class Competitor(_Strict):
    name: str = Field(min_length=1)
    # None: a shop without a web shop, visited and never crawled.
    url: str | None = None
    platform: Platform = "auto"
    currency: str | None = None
    decimal_separator: Literal[".", ","] | None = None
    product_url_pattern: str | None = None
    selectors: Selectors = Field(default_factory=Selectors)
    download_delay: float | None = Field(default=None, ge=0)
    concurrency: int | None = Field(default=None, ge=1, le=32)
    js: bool = False
    stores: list[Store] = Field(default_factory=list)
    # The day the shop closed for good, web shop and stores: it is crawled no more and its products
    # leave every figure; its history and its visits are kept, and the report says it closed.
    # A day still to come is announced (`closes`) and takes effect on that day (`closings_in_effect`).
    closed: date | None = None
    _closes: date | None = PrivateAttr(default=None)

    @property
    def closes(self) -> date | None:
        """The closing day written in advance, still to come: the shop counts as open until then."""
        return self._closes

    @property
    def closed_on(self) -> date | None:
        """The day the shop sells nowhere any more: its own `closed`, or, for a shop with no web shop,
        the day its last store closed. What was seen there leaves the figures (its visits keep their rows)."""
        if self.closed is not None:
            return self.closed
        if self.url is None and self.stores and all(store.closed for store in self.stores):
            return max(store.closed for store in self.stores if store.closed)
        return None

    @model_validator(mode="after")
    def _stores_close_with_the_shop(self) -> Competitor:
        # A shop that closed closed its stores too (by that day, unless one closed before): their visits keep
        # their rows and leave its figures, a visit after that day is refused, and `store list` says so.
        if self.closed is not None:
            self.stores = [store if store.closed is not None and store.closed <= self.closed
                           else store.model_copy(update={"closed": self.closed}) for store in self.stores]
        return self

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+", value, re.IGNORECASE):
            raise ValueError("must be an http:// or https:// URL")
        # A space typed into the host ("rival .example") made a host no crawl can reach; one in the
        # path or query is read by the crawl as %20.
        if value is not None and re.search(r"\s", re.split(r"[/?#]", value.split("://", 1)[1], maxsplit=1)[0]):
            raise ValueError("the host holds a space (check the spelling)")
        return None if value is None else _ascii_origin(value)

    _currency = field_validator("currency")(classmethod(lambda cls, value: _currency_code(value)))

    @field_validator("product_url_pattern")
    @classmethod
    def _pattern(cls, value: str | None) -> str | None:
        # Checked here, not when the crawl starts: a bad pattern would only say "failed, errors 1".
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"is not a regular expression ({exc})") from None
        return value


class Shop(_Strict):
    name: str = Field(default="Our shop", min_length=1)
    currency: str = "EUR"
    url: str = ""
    # Our own stores, visited like competitors' to give every in-store figure a baseline.
    stores: list[Store] = Field(default_factory=list)
    # How our staff write a slash date in visit files ("03/02/2025"): unset, month first when the
    # shop prices in USD (as promotion dates are read), day first otherwise. Set it where the
    # currency says the wrong thing (a shop pricing in dollars outside the United States).
    date_order: Literal["day-first", "month-first"] | None = None
    # The stores' clock (IANA name), for the days and hours footfall was counted in; unset: the machine's.
    time_zone: str | None = None
    # Whether our catalogue's prices include tax (VAT, GST), as the shelf prices of shops selling to
    # consumers do. When not (an ERP's or a wholesaler's export), `tax_rate` percent (or our category's
    # in `tax_rates`) is added to them wherever they are compared with competitors' prices.
    prices_include_tax: bool = True
    tax_rate: float | None = Field(default=None, ge=0, lt=100)
    tax_rates: dict[str, Annotated[float, Field(ge=0, lt=100)]] = Field(default_factory=dict)

    _currency = field_validator("currency")(classmethod(lambda cls, value: _currency_code(value)))
    _zone = field_validator("time_zone")(classmethod(lambda cls, value: _time_zone(value)))

    @model_validator(mode="after")
    def _tax_stated(self) -> Shop:
        if not self.prices_include_tax and self.tax_rate is None:
            raise ValueError("tax_rate: required when prices_include_tax = false (the percent added to our prices "
                             "to compare them with shelf prices, e.g. tax_rate = 20)")
        if self.prices_include_tax and (self.tax_rate is not None or self.tax_rates):
            raise ValueError("tax_rate and tax_rates are only read with prices_include_tax = false (our prices before tax)")
        folded = [name.casefold() for name in self.tax_rates]
        if len(set(folded)) < len(folded):
            raise ValueError("tax_rates: a category is listed twice (names are compared regardless of case)")
        return self

    def tax_factor(self, category: str | None) -> Decimal:
        """What our price in `category` is multiplied by to compare it with shelf prices: 1 when our
        prices include tax, else 1 + its rate (`tax_rates` by category, regardless of case, or `tax_rate`)."""
        if self.prices_include_tax:
            return Decimal(1)
        rates = {name.casefold(): rate for name, rate in self.tax_rates.items()}
        rate = rates.get(category.casefold(), self.tax_rate) if isinstance(category, str) else self.tax_rate
        return 1 + Decimal(str(rate)) / 100

    @property
    def month_first(self) -> bool:
        return self.date_order == "month-first" if self.date_order else self.currency == "USD"


class Database(_Strict):
    # Relative SQLite paths are relative to the workspace folder.
    url: str = f"sqlite:///{DEFAULT_DATABASE}"


class Crawl(_Strict):
    user_agent: str = USER_AGENT
    obey_robots: bool = True
    autothrottle: bool = True
    download_delay: float = Field(default=0.5, ge=0)
    concurrency: int = Field(default=4, ge=1, le=64)
    max_pages: int = Field(default=20000, ge=1)
    depth_limit: int = Field(default=8, ge=1)
    timeout: int = Field(default=30, ge=1)
    retries: int = Field(default=2, ge=0)
    # A run that finds fewer than this share of the previous run's items is flagged.
    min_items_ratio: float = Field(default=0.7, ge=0, le=1)
    min_price_coverage: float = Field(default=0.8, ge=0, le=1)


class Matching(_Strict):
    match_threshold: float = Field(default=0.85, ge=0, le=1)
    review_threshold: float = Field(default=0.6, ge=0, le=1)
    # Re-score undecided pairs with a model fitted to a person's confirmed and
    # rejected pairs for the competitor, once there are `min_decisions` of each
    # (it only adds matches, in the band of scores the answers cover).
    learn_from_decisions: bool = True
    min_decisions: int = Field(default=10, ge=1)
    # The web review queue re-matches a competitor in the background after this
    # many answers there, so the next page's proposals come from what they
    # taught (a rejected pair frees both products); 0: only `storecheck match` does.
    rematch_after: int = Field(default=20, ge=0)
    # Processes for matching large catalogues (0: one per core).
    workers: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _thresholds_in_order(self) -> Matching:
        if self.review_threshold > self.match_threshold:
            raise ValueError("review_threshold must not be above match_threshold")
        return self


class Pricing(_Strict):
    # Prices within this relative difference count as "the same".
    same_tolerance: float = Field(default=0.01, ge=0, le=0.5)


class Weights(_Strict):
    price: float = Field(default=0.4, ge=0)
    promotions: float = Field(default=0.2, ge=0)
    range: float = Field(default=0.2, ge=0)
    experience: float = Field(default=0.2, ge=0)


ALERT_KINDS = ("price up", "price down", "currency changed", "undercut", "promotion started", "promotion ended",
               "out of stock", "back in stock", "new product", "delisted", "crawl health", "crawl failed")


class Alerts(_Strict):
    """Which changes become alerts (sent by [notify]); every list left empty means all."""

    price_move_pct: float = Field(default=5.0, ge=0)
    # "up" (they raised a price), "down" or "both".
    price_direction: Literal["both", "up", "down"] = "both"
    # A competitor now undercuts us on a matched product by more than this (their price this much below ours).
    undercut_pct: float | None = Field(default=5.0, ge=0, le=100)
    kinds: list[str] = Field(default_factory=lambda: list(ALERT_KINDS))
    competitors: list[str] = Field(default_factory=list)
    # Matched against their product's category / brand and the matched product's of ours.
    categories: list[str] = Field(default_factory=list)
    brands: list[str] = Field(default_factory=list)

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, value: list[str]) -> list[str]:
        unknown = [kind for kind in value if kind not in ALERT_KINDS]
        if unknown:
            raise ValueError(f"unknown alert kind {unknown[0]!r}; choose from: {', '.join(ALERT_KINDS)}")
        return value


def _mail_address(value: str) -> str:
    """One address, "ann@shop.example" or "Ann <ann@shop.example>". Checked here because a line
    break would end every `alerts send` (and `run`) in the mail library's error about headers, and
    "pricing team" or two addresses in one string would be refused by the server at each send."""
    if not value.isprintable():
        raise ValueError(f"{value!r} must be one line, without control characters")
    named = re.fullmatch(r"[^<>]*<([^<>]*)>|([^<>]*)", value.strip())
    address = (named.group(1) if named.group(1) is not None else named.group(2)) if named else ""
    if not re.fullmatch(r"[^\s@,;<>]+@[^\s@,;<>]+", address.strip()):
        raise ValueError(f"{value!r} is not one e-mail address (write ann@shop.example or \"Ann <ann@shop.example>\"; "
                         "several go in a list)")
    # A domain in Unicode ("zoe@bücher.example") needs the server's SMTPUTF8, which many servers do not
    # offer: every send failed. Written in its ASCII (IDNA) form it is the same mailbox, for any server.
    # (A local part in Unicode, "jürgen@", has no such form: it still needs SMTPUTF8, as the send says.)
    local, _, domain = address.strip().rpartition("@")
    if not domain.isascii():
        try:
            ascii_domain = ascii_host(domain)
        except ValueError as exc:
            raise ValueError(f"{value!r}: {exc}") from None
        return value.strip().replace(f"{local}@{domain}", f"{local}@{ascii_domain}")
    return value.strip()


class Notify(_Strict):
    """Where alerts go: e-mail over SMTP and Slack-compatible webhooks. The SMTP
    password is read from STORECHECK_SMTP_PASSWORD, never from this file."""

    # smtp://user@host:587 (STARTTLS, required) or smtps://user@host:465 (TLS from the start); the relay on
    # this machine with no user (smtp://127.0.0.1:25) as it offers, plain or STARTTLS (storecheck.alerts.mail).
    smtp_url: str | None = None
    mail_from: str | None = None
    mail_to: list[str] = Field(default_factory=list)
    # Attach the report to the mail (when under 10 MB); a link to it is given when report_url is set.
    attach_report: bool = True
    report_url: str | None = None
    webhooks: list[str] = Field(default_factory=list)
    timeout: float = Field(default=30.0, gt=0, le=3600)  # a socket refuses a timeout of 1e10 s

    @field_validator("smtp_url")
    @classmethod
    def _smtp_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^smtps?://([^@/\s]+@)?[^\s/:@]+(:\d+)?/?$", value):
            raise ValueError("must look like smtp://user@host:587 or smtps://user@host:465")
        if value is not None and re.match(r"^smtps?://[^@/]*:[^@/]*@", value):
            raise ValueError("must not hold the password; set STORECHECK_SMTP_PASSWORD instead")
        return value

    @field_validator("mail_from")
    @classmethod
    def _sender(cls, value: str | None) -> str | None:
        return None if value is None else _mail_address(value)

    @field_validator("mail_to")
    @classmethod
    def _recipients(cls, value: list[str]) -> list[str]:
        return [_mail_address(address) for address in value]

    @field_validator("webhooks")
    @classmethod
    def _webhook_urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if not re.match(r"^https?://[^\s/]+", url):
                raise ValueError(f"{url!r} must be an http:// or https:// URL")
        return value

    @model_validator(mode="after")
    def _mail_complete(self) -> Notify:
        if self.smtp_url and not (self.mail_from and self.mail_to):
            raise ValueError("smtp_url needs mail_from and mail_to")
        return self


class Currencies(_Strict):
    """Exchange rates: one unit of each currency in our shop's currency. A pair
    priced by them in a currency with a rate is converted and marked; one
    without a rate is left out of the numbers and counted."""

    rates: dict[str, float] = Field(default_factory=dict)
    # A CSV file of `currency,rate` rows (relative to the workspace), read on every command; it wins over `rates`.
    rates_file: str | None = None

    @field_validator("rates")
    @classmethod
    def _rates(cls, value: dict[str, float]) -> dict[str, float]:
        for code, rate in value.items():
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"{code!r} is not a three-letter ISO 4217 code such as USD")
            if not rate > 0:
                raise ValueError(f"the rate of {code} must be above 0")
        return value


class Trends(_Strict):
    # Days of history the trend charts and `score --json` index_history cover.
    window_days: int = Field(default=90, ge=1, le=3660)


class Schedule(_Strict):
    cron: str = "0 6 * * *"


class Visits(_Strict):
    # Optional sub-criteria per score, e.g. environment = ["cleanliness", "lighting"].
    criteria: dict[str, list[str]] = Field(default_factory=dict)
    max_photo_mb: float = Field(default=8.0, gt=0)


class Report(_Strict):
    # How amounts are written for a person (the report, the alerts, the sentences of exports): a locale
    # such as "pl_PL" writes "3,49 zł" as the CLDR has it; unset, "3.49 PLN" as always. Numbers a program
    # reads (CSV and XLSX columns, `score --json`) stay numbers. Read once per command
    # (`storecheck.money.writing.amounts_written_in`).
    locale: str | None = None

    @field_validator("locale")
    @classmethod
    def _known_locale(cls, value: str | None) -> str | None:
        from storecheck.money.writing import locale_name

        return None if value is None else locale_name(value)


class Web(_Strict):
    # Needed to bind `storecheck serve` to anything but loopback; STORECHECK_WEB_TOKEN wins.
    token: str | None = None


class Config(_Strict):
    shop: Shop = Field(default_factory=Shop)
    database: Database = Field(default_factory=Database)
    crawl: Crawl = Field(default_factory=Crawl)
    matching: Matching = Field(default_factory=Matching)
    pricing: Pricing = Field(default_factory=Pricing)
    weights: Weights = Field(default_factory=Weights)
    alerts: Alerts = Field(default_factory=Alerts)
    notify: Notify = Field(default_factory=Notify)
    trends: Trends = Field(default_factory=Trends)
    currencies: Currencies = Field(default_factory=Currencies)
    schedule: Schedule = Field(default_factory=Schedule)
    visits: Visits = Field(default_factory=Visits)
    report: Report = Field(default_factory=Report)
    web: Web = Field(default_factory=Web)
    competitors: list[Competitor] = Field(default_factory=list)

    @field_validator("competitors")
    @classmethod
    def _unique_names(cls, value: list[Competitor]) -> list[Competitor]:
        seen: set[str] = set()
        for competitor in value:
            key = name_key(competitor.name)
            if key in seen:
                raise ValueError(f"competitor {competitor.name!r} is listed twice")
            seen.add(key)
            _unique_stores(competitor.stores, competitor.name)
        return value

    @model_validator(mode="after")
    def _shop_is_not_a_competitor(self) -> Config:
        # A visit names our shop where it names a competitor, so the names must differ.
        if any(name_key(c.name) == name_key(self.shop.name) for c in self.competitors):
            raise ValueError(f"competitor {self.shop.name!r} has the name of our shop ([shop] name); rename one of them")
        _unique_stores(self.shop.stores, self.shop.name)
        return self

    @property
    def own_shop(self) -> Competitor:
        """Our shop as visits see it: named `[shop] name`, with `[[shop.stores]]`, never crawled."""
        return OwnShop(name=self.shop.name, currency=self.shop.currency, stores=self.shop.stores)

    def visited(self) -> list[Competitor]:
        """Everyone whose stores are visited: the competitors, then our own shop."""
        return [*self.competitors, self.own_shop]

    def is_ours(self, name: str) -> bool:
        return name_key(name) == name_key(self.shop.name)

    def visited_shop(self, name: str) -> Competitor:
        """The competitor named `name`, or our own shop (`own_shop`) when it is our shop's name."""
        return self.own_shop if self.is_ours(name) else self.competitor(name)

    def competitor(self, name: str) -> Competitor:
        for competitor in self.competitors:
            if name_key(competitor.name) == name_key(name):
                return competitor
        known = ", ".join(c.name for c in self.competitors) or "none yet"
        raise ConfigError(f"No competitor named {name!r} in {CONFIG_NAME} (known: {known}).")


class OwnShop(Competitor):
    """Our own shop among the visited ones (`Config.own_shop`): the database keeps its row by this
    mark, not by its name, so a new `[shop] name` keeps our stores' visits."""

    ours: ClassVar[bool] = True


def name_key(name: str) -> str:
    """A competitor's or a store's name as a person compares it: case folded, in one Unicode form
    (NFKC), without the invisible characters a copy from a web page or a phone's keyboard brings
    (zero-width spaces and joiners, direction marks, a byte order mark: Unicode's format
    characters). `store add Rival "Main\u200b"` beside "Main" made two stores that read alike in
    every report, each with part of the visits. As `catalogue.load.folded_key` compares skus."""
    if name.isascii():
        return name.casefold()
    return "".join(c for c in unicodedata.normalize("NFKC", name) if unicodedata.category(c) != "Cf").casefold()


def _unique_stores(stores: list[Store], owner: str) -> None:
    seen: set[str] = set()
    for store in stores:
        if name_key(store.name) in seen:
            raise ValueError(f"{owner} lists the store {store.name!r} twice")
        seen.add(name_key(store.name))


def _error_location(loc: tuple, data: dict) -> str:
    """Turn pydantic's ('competitors', 0, 'url') into 'competitors[0] ("Name").url'."""
    parts: list[str] = []
    node: object = data
    for item in loc:
        if isinstance(item, int):
            label = f"[{item}]"
            if isinstance(node, list) and item < len(node) and isinstance(node[item], dict):
                name = node[item].get("name")
                if name:
                    label += f" ({name!r})"
            parts.append(label)
            node = node[item] if isinstance(node, list) and item < len(node) else None
        else:
            parts.append(("." if parts else "") + str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return "".join(parts)


def parse_config(data: dict, source: str = CONFIG_NAME) -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = _error_location(tuple(err["loc"]), data)
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key (check the spelling)"
            lines.append(f"  {where}: {msg}" if where else f"  {msg}")
        raise ConfigError(f"{source} is not valid:\n" + "\n".join(lines)) from None


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path} does not exist; run `storecheck init DIR` first.") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    return _resolve_paths(parse_config(data, str(path)), path.parent)


def shop_today(config: Config) -> date:
    """Today on our shop's clock (`[shop] time_zone`, else the machine's): the day a closing is judged by."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(config.shop.time_zone)).date() if config.shop.time_zone else date.today()


def closings_in_effect(config: Config, today: date) -> Config:
    """`config` as of `today`: a `closed` day still to come (a shop announcing it closes next month)
    is lifted and kept as `closes`, so the shop or store is crawled, matched, visited and counted until
    that day, and leaves the figures from that day on, as a day already past does. Every reader of
    `closed` (the crawl, the matcher, the report, the web app) then judges by the same day, read
    once when the workspace is loaded. A `closed` of today is in effect: written on the day a shop
    closes, it is out at once."""
    def store_now(store: Store) -> Store:
        if store.closed is None or store.closed <= today:
            return store
        lifted = store.model_copy(update={"closed": None})
        lifted._closes = store.closed
        return lifted

    def shop_now(competitor: Competitor) -> Competitor:
        stores = [store_now(store) for store in competitor.stores]
        if competitor.closed is None or competitor.closed <= today:
            return competitor.model_copy(update={"stores": stores})
        lifted = competitor.model_copy(update={"closed": None, "stores": stores})
        lifted._closes = competitor.closed
        return lifted

    if not any(store.closed and store.closed > today for shop in config.visited() for store in shop.stores) \
            and not any(c.closed and c.closed > today for c in config.competitors):
        return config
    return config.model_copy(update={"competitors": [shop_now(c) for c in config.competitors],
                                     "shop": config.shop.model_copy(
                                         update={"stores": [store_now(s) for s in config.shop.stores]})})


def _resolve_paths(config: Config, folder: Path) -> Config:
    """Files named in the config are relative to the workspace, whatever folder a command runs in;
    and closings are read as of today (`closings_in_effect`)."""
    if config.currencies.rates_file:
        config.currencies.rates_file = str((folder / config.currencies.rates_file).resolve())
    return closings_in_effect(config, shop_today(config))


def find_workspace(explicit: str | os.PathLike | None = None, cwd: Path | None = None) -> Path:
    """The workspace folder: explicit option, then STORECHECK_WORKSPACE, then the
    current folder or the nearest parent holding storecheck.toml."""
    candidate = explicit or os.environ.get("STORECHECK_WORKSPACE")
    if candidate:
        path = Path(candidate).expanduser().resolve()
        if not (path / CONFIG_NAME).is_file():
            raise ConfigError(f"{path} is not a storecheck workspace (no {CONFIG_NAME}); run `storecheck init {path}`.")
        return path
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    raise ConfigError(
        f"No {CONFIG_NAME} in {start} or its parents. Run `storecheck init DIR`, "
        "or point to a workspace with --workspace or STORECHECK_WORKSPACE."
    )


def database_url(workspace: Path, config: Config) -> str:
    """STORECHECK_DATABASE_URL wins; a relative SQLite path is anchored at the workspace."""
    url = os.environ.get("STORECHECK_DATABASE_URL") or config.database.url
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite:///:memory:":
        url = prefix + str((workspace / url[len(prefix):]).resolve())
    return url


class Workspace:
    """A workspace folder with its config; the handle every command works from."""

    def __init__(self, path: Path):
        self.path = Path(path).resolve()  # a crawl process runs from another folder: a relative path would name another place
        self.config_path = self.path / CONFIG_NAME
        self.config = load_config(self.config_path)

    @classmethod
    def find(cls, explicit: str | os.PathLike | None = None) -> Workspace:
        return cls(find_workspace(explicit))

    @property
    def database_url(self) -> str:
        return database_url(self.path, self.config)

    @property
    def reports_dir(self) -> Path:
        return self.path / "reports"

    @property
    def photos_dir(self) -> Path:
        return self.path / "photos"

    def add_competitor(self, name: str, url: str | None, platform: str = "auto", **extra: object) -> Competitor:
        """Append a competitor to storecheck.toml, keeping the user's comments and layout.
        Without `url` it is a shop without a web shop: visited, never crawled."""
        # Read back stripped (as every name in the file is): "Rival " pasted from a spreadsheet was
        # written, then not found under its own name, and the command failed with the file changed.
        name, url = name.strip(), url.strip() if url is not None else None
        if any(name_key(c.name) == name_key(name) for c in self.config.competitors):
            raise ConfigError(f"A competitor named {name!r} already exists in {CONFIG_NAME}.")
        document = self._document()
        entry = tomlkit.table()
        entry["name"] = name
        if url is not None:
            entry["url"] = url
        entry["platform"] = platform
        for key, value in extra.items():
            if value is not None:
                entry[key] = value
        if "competitors" not in document:
            document["competitors"] = tomlkit.aot()
        document["competitors"].append(entry)
        self._save(document)
        return self.config.competitor(name)

    def add_store(self, owner: str | None, name: str, address: str = "") -> Store:
        """Append a store to a competitor's `[[competitors.stores]]`, or to our own
        `[[shop.stores]]` when `owner` is None; validated like the whole file."""
        document = self._document()
        if owner is None:
            listed = self.config.shop.stores
            table = document.setdefault("shop", tomlkit.table())
            label = f"our shop ({self.config.shop.name})"
        else:
            competitor = self.config.competitor(owner)
            listed = competitor.stores
            table = next(t for t in document["competitors"] if str(t.get("name", "")).strip() == competitor.name)
            label = competitor.name
        same = next((s for s in listed if name_key(s.name) == name_key(name.strip())), None)
        if same is not None:
            alike = "" if same.name == name.strip() else (
                f" (listed as {same.name!r}: the two differ only by case, invisible characters or the way their letters "
                "are encoded)")
            raise ConfigError(f"{label} already has a store named {name.strip()!r} in {CONFIG_NAME}{alike}.")
        entry = tomlkit.table()
        entry["name"] = name
        if address:
            entry["address"] = address
        entry.add(tomlkit.nl())  # a blank line before whatever table follows in the file
        if "stores" not in table:
            table["stores"] = tomlkit.aot()
        table["stores"].append(entry)
        self._save(document)
        stores = self.config.shop.stores if owner is None else self.config.competitor(owner).stores
        return stores[-1]

    def _document(self) -> tomlkit.TOMLDocument:
        return tomlkit.parse(self.config_path.read_text(encoding="utf-8"))

    def _save(self, document: tomlkit.TOMLDocument) -> None:
        """Validate the edited document like the file itself, then replace the file atomically."""
        text = tomlkit.dumps(document)
        config = _resolve_paths(parse_config(tomllib.loads(text), str(self.config_path)), self.path)
        tmp = self.config_path.with_suffix(".toml.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, self.config_path)
        self.config = config


CONFIG_TEMPLATE = """\
# storecheck workspace. Edit freely: `storecheck` validates this file on every
# command and names the key when something is wrong.

[shop]
name = "{shop_name}"
currency = "{currency}"      # ISO 4217 code of our prices
# The shop's clock, when it is not this machine's: visit times written without a
# zone, footfall hours, closing days and `storecheck schedule` are read on it.
# time_zone = "Europe/Paris"
# Our prices are taken to include tax (VAT), as shelf prices do. A catalogue
# priced before tax says so, and the rate added to compare it with shops':
# prices_include_tax = false
# tax_rate = 20                # percent
# tax_rates = {{ Books = 7 }}    # our categories at another rate

[database]
# SQLite file in this folder by default. For several crawl machines use
# PostgreSQL, e.g. "postgresql+psycopg://user:pass@host/storecheck", or set
# STORECHECK_DATABASE_URL.
url = "sqlite:///storecheck.db"

[crawl]
# Polite defaults: robots.txt obeyed, AutoThrottle on, an honest user agent.
obey_robots = true
autothrottle = true
download_delay = 0.5
concurrency = 4
max_pages = 20000
depth_limit = 8

[matching]
match_threshold = 0.85    # score at or above: matched automatically
review_threshold = 0.6    # between the two: proposed for a person to review
rematch_after = 20        # the web review queue re-matches a competitor after this many answers (0: never)

[pricing]
same_tolerance = 0.01     # prices within 1% count as "the same"

[weights]                 # composite competitiveness score
price = 0.4
promotions = 0.2
range = 0.2
experience = 0.2

[alerts]                  # which changes are sent as alerts (lists left out: all)
price_move_pct = 5.0      # a price move of at least this many percent
price_direction = "both"  # "up", "down" or "both"
undercut_pct = 5.0        # a competitor now undercuts us on a matched product by more than this
# kinds = ["price down", "undercut", "promotion started", "out of stock", "delisted", "crawl failed"]
# competitors = ["Rival Foods"]
# categories = ["Coffee"]
# brands = ["Acme"]

# [notify]                # where alerts go, after `storecheck run` and by `storecheck alerts send`
# smtp_url = "smtp://alerts@mail.example.com:587"   # STARTTLS; smtps://...:465 for TLS; password: STORECHECK_SMTP_PASSWORD
# mail_from = "storecheck@example.com"
# mail_to = ["pricing@example.com"]
# report_url = "https://intranet.example.com/reports/latest.html"   # linked from the mail
# webhooks = ["https://hooks.slack.com/services/..."]               # Slack-compatible JSON

# [currencies]            # one unit of each in our currency; pairs in other currencies are converted
# rates = {{ USD = 0.92, GBP = 1.17 }}
# rates_file = "rates.csv"  # currency,rate rows; wins over rates

[trends]
window_days = 90          # days of price history in the trend charts and index_history

[schedule]
cron = "0 6 * * *"

[visits]
# Optional sub-criteria per score, e.g.:
# criteria = {{ environment = ["cleanliness", "lighting"], hospitality = ["greeting", "queue"] }}
max_photo_mb = 8.0

# [report]
# locale = "pl_PL"         # amounts as a Polish reader writes them: "3,49 zł" (unset: "3.49 PLN")

# [web]
# token = "a long random secret"  # lets `storecheck serve --host 0.0.0.0` start
#                                 # (or set STORECHECK_WEB_TOKEN instead)

# Our own stores, visited like competitors' (`storecheck store add --ours NAME`):
#   [[shop.stores]]  name = "Main Street", address = "..."

# One [[competitors]] table per competitor; `storecheck competitor add NAME [URL]`
# appends one. Only name is required; without url it is visited, never crawled.
# Optional overrides:
#   platform = "auto" | "shopify" | "woocommerce" | "sitemap" | "html"
#   currency = "EUR", decimal_separator = ",", product_url_pattern = "/p/",
#   download_delay = 1.0, concurrency = 2, js = false,
#   selectors = {{ price = ".price", name = "h1" }}
#   [[competitors.stores]]  name = "High Street", address = "..."
"""
