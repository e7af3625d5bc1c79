"""`storecheck visit add`: the terminal prompts, asking field by field and
checking each answer with the same `Visit` model as files and the web form."""

from __future__ import annotations

from collections.abc import Callable
import os
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ValidationError

from storecheck.config import Config
from storecheck.models import PROMOTION_TYPES, clean_text, parse_bool
from storecheck.visits.model import (
    NotedProduct,
    PriceCheck,
    SeenPromotion,
    Visit,
    VisitContext,
    clock_zone,
    problems_from,
    settled_currency,
    store_zone,
    validate_visit,
    visit_currency,
)
from storecheck.visits.parsing import AREA_LABELS, PRODUCT_ROLES, SCORE_AREAS, default_now, local_time
from storecheck.visits.photos import PhotoFiles


class Prompter:
    """`storecheck visit add`: asks field by field and re-asks a bad answer.

    Each answer is checked by validating the visit so far with that answer
    (the same `Visit` model as files and the web form) and keeping only the
    errors about that field, so there is one set of rules.
    """

    def __init__(self, config: Config, *, skus: set[str] | None, photos: PhotoFiles, now: datetime | None = None,
                 drafts_dir: Path | None = None):
        import click

        self.click = click
        self.config = config
        # Where the answers are kept as they are given (`keep_draft`), so that prompts cut off by
        # Ctrl-C, a closed terminal or a dropped SSH session (SIGHUP ends the process at once, with
        # no exception to catch) lose nothing; None: nowhere.
        self.drafts_dir = drafts_dir
        self.draft_path: Path | None = None
        self.skus = skus
        self.photos = photos
        self.context = VisitContext(config, skus=skus, photo=photos, now=now or datetime.now(UTC))
        self.data: dict = {}

    # -- checking one answer
    def _check(self, model: type[BaseModel], partial: dict, name: str, value: object) -> object:
        # A price check validated on its own cannot see the visit, so it is given the currency.
        context = {"visit": self.context, "currency": settled_currency(self.data, self.context)}
        try:
            model.model_validate({**partial, name: value}, context=context)
        except ValidationError as exc:
            messages = [p.message for p in problems_from(exc, {}) if p.field == name or p.field.startswith(name + ".")]
            if messages:
                raise self.click.BadParameter("; ".join(messages)) from None
        return value

    def ask(self, text: str, name: str, *, default: str | None = None, model: type[BaseModel] = Visit,
            partial: dict | None = None, convert: Callable[[str], object] | None = None,
            stop_on_blank: bool = False) -> object:
        """Ask until the answer is valid; with `stop_on_blank` a blank answer returns None (end of a list)."""
        partial = self.data if partial is None else partial

        def proc(answer: str) -> object:
            if stop_on_blank and not answer.strip():
                return None
            value = convert(answer) if convert else answer
            return self._check(model, partial, name, value)

        value = self.click.prompt(text, default=default if default is not None else "", show_default=bool(default),
                                  value_proc=proc)
        if value is not None or not stop_on_blank:
            partial[name] = value
        self.keep_draft()
        return value

    def _numbered(self, choices: list[str]) -> Callable[[str], str]:
        def convert(answer: str) -> str:
            answer = answer.strip()
            if answer.isdigit() and 1 <= int(answer) <= len(choices):
                return choices[int(answer) - 1]
            return answer
        return convert

    # -- the questions
    def competitor(self) -> None:
        # Our own shop is the last choice: its stores are visited like theirs, as a baseline.
        names = [c.name for c in self.config.visited()]
        for number, name in enumerate(names, start=1):
            self.click.echo(f"  {number}) {name}" + (" (our own shop)" if self.config.is_ours(name) else ""))
        self.ask("Competitor, or our own shop (number or name)", "competitor", convert=self._numbered(names))
        self.data["competitor"] = self.config.visited_shop(str(self.data["competitor"])).name

    def store(self) -> None:
        stores = [s.name for s in self.config.visited_shop(self.data["competitor"]).stores]
        for number, name in enumerate(stores, start=1):
            self.click.echo(f"  {number}) {name}")
        self.ask("Store (number or name)" if stores else "Store (name or street)", "store", convert=self._numbered(stores),
                 default=stores[0] if len(stores) == 1 else None)

    def when(self) -> None:
        # On the store's clock when storecheck.toml names it: what the person read there, whatever
        # the zone of the terminal's machine (a server in UTC, a laptop at head office).
        zone = store_zone(self.context, self.data.get("competitor"), self.data.get("store"))
        clock = f"the store's clock, {zone}" if zone else "local time"
        self.ask(f"When (YYYY-MM-DD HH:MM, {clock})", "visited_at", default=default_now(zone))

    def basics(self) -> None:
        self.ask("Who visited (blank to skip)", "visitor")
        self.ask("How long in the store, minutes (blank to skip)", "duration_minutes")

    def footfall(self) -> None:
        self.ask("People counted walking in (blank to skip)", "footfall_count")
        if clean_text(self.data.get("footfall_count")):
            self.ask("Counted over how many minutes", "footfall_minutes")
        else:
            self.data["footfall_minutes"] = None
        # Yes and no as a visit file's holiday column reads them ("sim", "ja", "tak" ...), not only y/n.
        self.ask("Was it a holiday (or a special shopping day)? yes/no", "holiday", default="no", convert=self._yes_no)

    def _yes_no(self, answer: str) -> bool:
        try:
            return bool(parse_bool(answer))
        except ValueError as exc:
            raise self.click.BadParameter(str(exc)) from None

    def ticket(self) -> None:
        # Asked before any money: a price written with another currency's sign is refused against it.
        self.ask("Currency of the prices in this shop", "currency",
                 default=visit_currency(None, self.data.get("competitor"), self.context))
        self.ask("Average ticket, money per customer (blank to skip)", "average_ticket")
        if clean_text(self.data.get("average_ticket")):
            self.ask("Seen at the till or estimated? (till / estimate)", "average_ticket_source")
        else:
            self.data["average_ticket_source"] = None

    def scores(self) -> None:
        for area in SCORE_AREAS:
            self.ask(f"Score for {AREA_LABELS[area]}, 1-5 or n/a", f"score_{area}", default="n/a")
            for criterion in self.config.visits.criteria.get(area, []):
                def convert(answer: str, area=area, criterion=criterion) -> dict:
                    criteria = self.data.get("criteria") or {}
                    return {**criteria, area: {**criteria.get(area, {}), criterion: answer}}

                self.ask(f"  {area}: {criterion}, 1-5 or n/a", "criteria", default="n/a", convert=convert)

    def promotions(self) -> None:
        items: list[dict] = []
        while True:
            item: dict = {}
            if self.ask("Promotion seen (blank when done)", "text", model=SeenPromotion, partial=item,
                        stop_on_blank=True) is None:
                break
            self.ask(f"  its type ({', '.join(PROMOTION_TYPES)}; blank to skip)", "type", model=SeenPromotion, partial=item)
            self.ask("  photo of it, a file path (blank to skip)", "photo", model=SeenPromotion, partial=item)
            items.append(item)
        self.data["promotions"] = items

    def products(self) -> None:
        items: list[dict] = []
        for role in PRODUCT_ROLES:
            while True:
                item: dict = {"role": role}
                if self.ask(f"{role.capitalize()} product noted (blank when done)", "name", model=NotedProduct,
                            partial=item, stop_on_blank=True) is None:
                    break
                items.append(item)
        self.data["products"] = items

    def price_checks(self) -> None:
        items: list[dict] = []
        while True:
            item: dict = {}
            what = self.ask("Shelf price check: our sku or the product in words (blank when done)", "product",
                            model=PriceCheck, partial=item, stop_on_blank=True)
            if what is None:
                break
            if self.skus and str(what).strip() in self.skus:
                item["sku"], item["product"] = str(what).strip(), None
            self.ask("  price on the shelf", "price", model=PriceCheck, partial=item)
            self.ask("  was-price / regular price (blank if none)", "regular_price", model=PriceCheck, partial=item)
            self.ask("  promotion on it (e.g. 'multibuy: 3 for 2'; blank if none)", "promotion", model=PriceCheck, partial=item)
            items.append(item)
        self.data["price_checks"] = items

    def notes_and_photos(self) -> None:
        self.ask("Notes (blank to skip)", "notes")
        refs: list[str] = []
        while True:
            def check(answer: str) -> str:
                answer = answer.strip()
                if answer:
                    try:
                        self.photos(answer)
                    except ValueError as exc:
                        raise self.click.BadParameter(str(exc)) from None
                return answer

            ref = self.click.prompt("Photo, a file path (blank when done)", default="", show_default=False, value_proc=check)
            if not ref:
                break
            refs.append(ref)
        self.data["photos"] = refs

    def keep_draft(self) -> str:
        """Write the answers given so far to this session's YAML file, which `visit import` reads (once
        completed), and say where; the sentence for the interrupted prompts. Called after every answer."""
        answers = {k: v for k, v in self.data.items() if v not in (None, "", [], {})}
        if not answers or self.drafts_dir is None:
            return "Interrupted: nothing was saved."
        import yaml

        def plain(value: object) -> object:
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value if isinstance(value, (str, int, float, bool)) else str(value)

        if answers.get("photos"):  # read again from wherever the draft is imported
            answers["photos"] = [str((self.photos.base_dir / Path(p).expanduser()).resolve()) for p in answers["photos"]]
        self.drafts_dir.mkdir(parents=True, exist_ok=True)
        if self.draft_path is None:
            self.draft_path = self.drafts_dir / f"draft-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.yaml"
        path = self.draft_path
        tmp = path.with_suffix(".part")
        tmp.write_text("# A visit typed at `storecheck visit add`, interrupted before it was saved: complete it\n"
                       "# and run `storecheck visit import` on this file.\n"
                       + yaml.safe_dump([plain(answers)], allow_unicode=True, sort_keys=False), encoding="utf-8")
        tmp.replace(path)  # whole or not at all, whenever the process ends
        return (f"Interrupted: nothing was saved. The {len(answers)} answer(s) so far are kept in {path}; complete it "
                f"and run `storecheck visit import {path}`.")

    def discard_draft(self) -> None:
        """The visit is saved (or declined): its draft goes."""
        if self.draft_path is not None:
            self.draft_path.unlink(missing_ok=True)

    def run(self) -> Visit:
        steps = {
            "competitor": self.competitor, "store": self.store, "visited_at": self.when, "visitor": self.basics,
            "duration_minutes": self.basics, "footfall_count": self.footfall, "footfall_minutes": self.footfall,
            "holiday": self.footfall, "average_ticket": self.ticket, "average_ticket_source": self.ticket,
            "currency": self.ticket, "score_environment": self.scores, "score_display": self.scores,
            "score_hospitality": self.scores, "criteria": self.scores, "promotions": self.promotions,
            "products": self.products, "price_checks": self.price_checks, "notes": self.notes_and_photos,
            "photos": self.notes_and_photos,
        }
        try:
            for step in dict.fromkeys(steps.values()):
                step()
                self.keep_draft()  # a step's lists (promotions, products, checks) once complete
        except (self.click.Abort, KeyboardInterrupt, EOFError):
            # Ctrl-C, a closed terminal or a dropped SSH session halfway: what was typed is not lost.
            raise self.click.ClickException(self.keep_draft()) from None
        while True:
            visit, problems = validate_visit(self.data, self.context)
            if visit is not None:
                return visit
            # Rare: a rule across fields; ask again what it names.
            again = []
            for problem in problems:
                self.click.echo(f"Error: {problem.field}: {problem.message}", err=True)
                step = steps.get(problem.field.split(".", 1)[0])
                if step and step not in again:
                    again.append(step)
            if not again:
                raise self.click.ClickException("; ".join(str(p) for p in problems))
            for step in again:
                step()


def describe(visit: Visit, config: Config | None = None) -> list[str]:
    """A short summary a person can check before saving (its time on the store's clock, as it was typed)."""
    zone = clock_zone(config, visit.competitor, visit.store) if config is not None else None
    lines = [f"{visit.competitor}, {visit.store}, {local_time(visit.visited_at, zone)}"
             + (f", by {visit.visitor}" if visit.visitor else "")]
    if visit.footfall_per_hour is not None:
        lines.append(f"footfall {visit.footfall_count} in {visit.footfall_minutes} min = {visit.footfall_per_hour:.0f}/h"
                     + (" (holiday)" if visit.holiday else ""))
    if visit.average_ticket is not None:
        lines.append(f"average ticket {visit.average_ticket} {visit.currency} ({visit.average_ticket_source})")
    scores = ", ".join(f"{area} {getattr(visit, 'score_' + area) or 'n/a'}" for area in SCORE_AREAS)
    lines.append(f"scores: {scores}")
    lines.append(f"{len(visit.promotions)} promotion(s), {len(visit.products)} product(s), "
                 f"{len(visit.price_checks)} price check(s), {len(visit.photos)} photo(s)")
    return lines
