"""The Flask app behind `storecheck serve`.

Safety, because staff open it on phones over a shop's network:
- it binds to loopback unless a token is configured ([web] token in
  storecheck.toml or STORECHECK_WEB_TOKEN); with a token, every page asks for it;
- every POST form carries a per-session CSRF token (a few lines here rather
  than another dependency);
- uploads are capped (MAX_CONTENT_LENGTH), photos are accepted by their
  content (JPEG / PNG magic bytes) and stored under a name made from their
  content, never the name the browser sent;
- Jinja autoescape is on, pages send a Content-Security-Policy with a nonce
  for the few inline scripts, and reports are served sandboxed.
"""

from __future__ import annotations

import hmac
import math
import os
import re
import secrets
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import (
    Flask,
    Response,
    abort,
    g,
    redirect,
    render_template,
    request,
    send_from_directory,
    session,
    url_for,
)
from markupsafe import Markup
from flask.sessions import SecureCookieSessionInterface
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.routing import IntegerConverter

from reports.bidi import isolate_rtl, without_controls
from reports.render import amount as amount_text
from reports.render import money, safe_url
from storecheck import db
from storecheck.config import Workspace, is_loopback
from storecheck.models import PROMOTION_TYPES, clean_text, promotion_name
from storecheck.money import MONEY_PLACES
from storecheck.visits.model import clock_zone
from storecheck.visits.parsing import clock_change, repeated_moments, step_back
from storecheck.visits.photos import SHRINK_UP_TO, shareable
from storecheck.visits import (
    AREA_LABELS,
    NOTES_MAX_LENGTH,
    PHOTO_NAME,
    PRODUCT_ROLES,
    SCORE_AREAS,
    PhotoError,
    VisitContext,
    check_photo,
    max_photo_bytes,
    recorded_visit,
    rounded_amounts,
    save_photo,
    save_visit,
    stored_as,
    sweep_draft_photos,
    validate_visit,
    visit_detail,
    visit_rows,
)
from storecheck.web.form_labels import CHECK_LABELS, LABELS, PROMOTION_LABELS, field_label
from storecheck.web.product import product_page_context
from storecheck.web.review import ANONYMOUS, RematchAfterAnswers, count_proposed, decide, decide_pair, proposed_matches
from storecheck.web.throttle import SignInThrottle

TOKEN_ENV = "STORECHECK_WEB_TOKEN"
MIN_TOKEN_LENGTH = 12
# Photos per visit form: the general ones plus one per promotion row.
MAX_PHOTOS_PER_FORM = 12
# A report is any HTML file in the reports folder, named as people name files ("Weekly report.html",
# a browser's "report (1).html"): a name of one path part, no control character. The folder is
# served through send_from_directory, which refuses ".." and absolute names itself.
REPORT_NAME = re.compile(r"^[^/\\\x00-\x1f\x7f]+\.html?$", re.IGNORECASE)


# The largest row id a database column holds (a signed 64-bit integer): a
# larger number in a URL or a form names no row, and must not reach the database.
ID_MAX = 2**63 - 1


class IdConverter(IntegerConverter):
    """`<id:name>` in a route: a row id, or the page does not exist (404)."""

    def __init__(self, map, *args, **kwargs):
        super().__init__(map, min=1, max=ID_MAX)


class WebConfigError(Exception):
    """The web app cannot start as asked; the message says what to set."""


def resolve_token(workspace: Workspace, token: str | None = None) -> str | None:
    token = token or os.environ.get(TOKEN_ENV) or workspace.config.web.token
    return token or None


SESSION_KEY_FILE = ".storecheck-session-key"


def session_key(workspace: Workspace) -> bytes:
    """The key kept in the workspace (readable by its owner only) from which
    session cookies are signed, so that a restart of `storecheck serve` does
    not sign everyone out and turn the CSRF token of a form open on a phone
    into an error. Made once: written whole to a temporary file, then linked
    into place, so two servers starting together end up with one key."""
    path = workspace.path / SESSION_KEY_FILE
    try:
        try:
            key = path.read_bytes()
        except FileNotFoundError:
            key = b""
        if len(key) >= 32:
            return key
        fd, tmp = tempfile.mkstemp(dir=workspace.path, prefix=SESSION_KEY_FILE + ".")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_bytes(32))
            if key:  # cut short by an earlier crash: nobody holds a cookie signed with it
                os.replace(tmp, path)
            else:
                os.link(tmp, path)
        except FileExistsError:
            pass  # another server made it first: use theirs
        finally:
            Path(tmp).unlink(missing_ok=True)
        return path.read_bytes()
    except OSError:
        # A read-only or odd file system: sessions then last as long as this process.
        return secrets.token_bytes(32)


# A sub-path as a proxy may name it: one or more plain path segments.
_SUB_PATH = re.compile(r"(/[A-Za-z0-9._~-]+)+")


class SubPath:
    """Serves the app at the sub-path a reverse proxy names in X-Forwarded-Prefix (`/storecheck` for
    `https://intranet.example/storecheck/`), so that its links, form posts and redirects stay there.

    Behind a proxy that serves it at a sub-path and strips it (Traefik's StripPrefix, which sends the
    header by itself; nginx with `proxy_set_header X-Forwarded-Prefix /storecheck;`), every link and
    redirect pointed at the host's root, out of storecheck. Only the prefix is taken from the request:
    a client talking to the app directly can change nothing but its own links with it, and a prefix that
    is not plain path segments (one that starts "//", naming another host) is ignored. The client's
    address is not taken from X-Forwarded-For: the sign-in throttle would trust whatever it says."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        prefix = environ.get("HTTP_X_FORWARDED_PREFIX", "").strip().rstrip("/")
        if prefix and _SUB_PATH.fullmatch(prefix):
            environ["SCRIPT_NAME"] = prefix + environ.get("SCRIPT_NAME", "")
        return self.app(environ, start_response)


class SubPathSessions(SecureCookieSessionInterface):
    """The session cookie scoped to the sub-path the app is served at (`SubPath`), "/" without one.

    Flask scopes it to APPLICATION_ROOT, one path for every request: behind a proxy at
    `https://intranet.example/storecheck/` the cookie went with Path=/, so the browser sent the signed-in
    session to every other application on that host (`/wiki/`, `/tickets/`), which could replay it and
    sign in to storecheck."""

    def get_cookie_path(self, app: Flask) -> str:
        return (request.script_root or "/") if request else super().get_cookie_path(app)


def isolated(value: object) -> Markup | str:
    """A name a shop or a person wrote, shown whole in a <bdi>: a right-to-left name ("فرع 2") keeps its
    digits and the page's words after it keep their place, and without direction controls of its
    own (an override left open turned the rest of its line backwards). For text shown, never for a
    form's value, which is sent back as written."""
    if value is None or value == "":
        return ""
    return Markup("<bdi>%s</bdi>") % without_controls(str(value))


def sentence(value: object) -> str:
    """A sentence built with names in it (a match's reason): each right-to-left run isolated, as in the
    report (`reports.bidi.isolate_rtl`)."""
    return "" if value is None else isolate_rtl(str(value))


def create_app(workspace: Workspace, *, host: str = "127.0.0.1", token: str | None = None) -> Flask:
    """The app for one workspace. Refuses to be built for a non-loopback `host` without a token."""
    token = resolve_token(workspace, token)
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise WebConfigError(f"The web token is too short; use at least {MIN_TOKEN_LENGTH} characters.")
    if not is_loopback(host) and token is None:
        raise WebConfigError(
            f"Refusing to serve on {host} without a token: anyone on the network could read and change the data. "
            f"Set {TOKEN_ENV} or [web] token in storecheck.toml, or serve on 127.0.0.1."
        )
    app = Flask(__name__)
    app.wsgi_app = SubPath(app.wsgi_app)  # type: ignore[method-assign]
    app.session_interface = SubPathSessions()
    max_photo = max_photo_bytes(workspace.config)
    app.config.update(
        # Changing the token signs everyone out: the cookies' key depends on it.
        SECRET_KEY=hmac.new(session_key(workspace), (token or "").encode(), "sha256").digest(),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=max_photo * 4 + 1_000_000,
        MAX_FORM_MEMORY_SIZE=2_000_000,
        STORECHECK_TOKEN=token,
        STORECHECK_MAX_PHOTO=max_photo,
    )
    app.jinja_env.autoescape = True
    app.url_map.converters["id"] = IdConverter
    engine = db.open_database(workspace.database_url)
    app.extensions["storecheck"] = {"workspace": workspace, "engine": engine, "sign_in_throttle": SignInThrottle(),
                                    "rematch": RematchAfterAnswers(workspace.path, workspace.config.matching.rematch_after)}
    try:
        with engine.begin() as conn:
            sweep_draft_photos(conn, workspace.photos_dir)
    except OSError:
        pass  # a read-only photos folder: the forgotten photos stay, nothing else is at stake
    _register(app)
    return app


def _ws() -> Workspace:
    from flask import current_app

    return current_app.extensions["storecheck"]["workspace"]


def _reviewed() -> list[str]:
    """The competitors whose proposals the review queue shows: those storecheck.toml lists, less those
    that closed (`Competitor.closed_on`), which are out of every figure, so an answer would count nowhere."""
    return [c.name for c in _ws().config.competitors if c.closed_on is None]


def _engine():
    from flask import current_app

    return current_app.extensions["storecheck"]["engine"]


def _rematch() -> RematchAfterAnswers:
    from flask import current_app

    return current_app.extensions["storecheck"]["rematch"]


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _register(app: Flask) -> None:
    @app.before_request
    def _guard():
        g.nonce = secrets.token_urlsafe(16)
        token = app.config["STORECHECK_TOKEN"]
        if token is None and not is_loopback(urlsplit("//" + request.host).hostname or ""):
            # Without a token the app trusts whoever reaches 127.0.0.1; a page on
            # another site that rebinds its DNS name to 127.0.0.1 must not count.
            return render_template("error.html", title="Unknown host",
                                   message="Open storecheck at http://127.0.0.1 or http://localhost."), 400
        if request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded":
            # Werkzeug (3.1.9) bounds a multipart form's text fields by MAX_FORM_MEMORY_SIZE but no
            # longer an urlencoded one's: a script posting a note of megabytes had it parsed, refused
            # as too long, and sent back whole in the form. No form here holds that much text. The
            # body itself is bounded, not only its declared length: a chunked body declares none
            # (review R5). Read at most one byte past the bound (the form is then parsed from what
            # was read): a body that reaches it is refused whole, never parsed cut short. A declared
            # length past it is refused before any byte is read (Werkzeug's `get_input_stream`).
            bound = app.config["MAX_FORM_MEMORY_SIZE"]
            request.max_content_length = bound + 1
            if len(request.get_data(cache=True)) > bound:
                raise RequestEntityTooLarge()
        if request.method == "POST":
            sent = request.form.get("csrf_token", "")
            if not sent or not hmac.compare_digest(sent, session.get("csrf", "")):
                return render_template("error.html", title="Form expired",
                                       message="The form's security token is missing or out of date. Go back, reload "
                                               "the page and send it again (what you typed is kept as a draft)."), 400
        if token and not session.get("signed_in") and request.endpoint not in ("sign_in", "static"):
            return redirect(url_for("sign_in", next=request.path))
        return None

    @app.after_request
    def _headers(response):
        response.headers.setdefault(
            "Content-Security-Policy",
            f"default-src 'self'; script-src 'nonce-{g.get('nonce', '')}'; style-src 'self' 'nonce-{g.get('nonce', '')}'; "
            "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(_exc):
        limit = app.config["STORECHECK_MAX_PHOTO"] / 1e6
        return render_template("error.html", title="Upload too large",
                               message=f"The upload is too large. Each photo may be at most {limit:.1f} MB, and the "
                                       f"notes at most {NOTES_MAX_LENGTH:,} characters. Go back: everything you typed "
                                       "is kept as a draft."), 413

    @app.errorhandler(404)
    def _not_found(_exc):
        # "/reports/" typed for the folder of reports (or "/visits/"): the page without the slash, as its
        # one address (Flask redirects only the other way, to a rule that ends in a slash).
        # Never "//host": a browser reads a Location starting so as another site.
        slashless = request.path.rstrip("/")
        if slashless.startswith("/") and not slashless.startswith("//") and slashless != request.path \
                and request.method in ("GET", "HEAD"):
            try:
                app.url_map.bind_to_environ(request.environ).match(slashless, method=request.method)
            except HTTPException:
                pass
            else:
                query = request.query_string.decode("latin-1")
                return redirect(request.script_root + slashless + (f"?{query}" if query else ""), 308)
        # In the app's own page (a phone's width, its menu), where werkzeug's bare page was laid out for a desktop.
        what = (f"No product {request.view_args['sku'][:200]!r} in our catalogue."
                if request.endpoint == "product_page" and request.view_args else "There is no page at this address.")
        return render_template("error.html", title="Not found", message=what), 404

    @app.context_processor
    def _globals():
        return {"csrf_token": csrf_token, "nonce": g.get("nonce", ""), "shown_time": shown_time,
                "shop": _ws().config.shop.name, "signed_in": session.get("signed_in"),
                "needs_token": bool(app.config["STORECHECK_TOKEN"])}

    app.add_template_filter(isolated, "bdi")
    app.add_template_filter(sentence, "sentence")
    app.add_template_filter(money, "money")
    # An amount with its currency's places, for pages that write the code after it ("19,800 JPY").
    app.add_template_filter(amount_text, "amount")
    app.add_template_filter(safe_url, "safe_url")
    app.add_template_filter(promotion_name, "promotion_name")
    app.add_template_filter(lambda v: "n/a" if v is None else v, "na")

    @app.route("/sign-in", methods=["GET", "POST"], endpoint="sign_in")
    def sign_in():
        error = None
        if request.method == "POST":
            throttle: SignInThrottle = app.extensions["storecheck"]["sign_in_throttle"]
            client = request.remote_addr or "unknown"
            wait = throttle.wait(client)
            if wait > 0:
                # Not even checked: a right guess during the lock-out must not tell.
                return _locked_out(wait)
            given = request.form.get("token", "")
            if hmac.compare_digest(given.encode(), (app.config["STORECHECK_TOKEN"] or "").encode()):
                throttle.succeeded(client)
                session.clear()
                session["signed_in"] = True
                target = request.args.get("next", "/")
                # A path of this app's, under the sub-path a proxy serves it at (`SubPath`).
                return redirect(request.script_root + (target if target.startswith("/") and not target.startswith("//") else "/"))
            wait = throttle.failed(client)
            if wait > 0:
                return _locked_out(wait)
            error = "That token is not right."
        return render_template("sign_in.html", title="Sign in", error=error), (401 if error else 200)

    def _locked_out(wait: float):
        seconds = math.ceil(wait)
        response = app.make_response((render_template(
            "sign_in.html", title="Sign in",
            error=f"Too many wrong tokens from this device. Try again in {seconds} seconds."), 429))
        response.headers["Retry-After"] = str(seconds)
        return response

    @app.route("/")
    def index():
        with db.reading(_engine()).connect() as conn:
            proposed = count_proposed(conn, _reviewed())
            recent = visit_rows(conn, limit=5)
        return render_template("index.html", title="storecheck", proposed=proposed, recent=recent,
                               reports=_reports()[:5])

    @app.route("/visits")
    def visits_list():
        with db.reading(_engine()).connect() as conn:
            rows = visit_rows(conn, clean_text(request.args.get("competitor")), limit=500)
        return render_template("visits.html", title="Visits", rows=rows)

    @app.route("/visits/<id:visit_id>")
    def visit_page(visit_id: int):
        with db.reading(_engine()).connect() as conn:
            item = visit_detail(conn, visit_id)
        if item is None:
            abort(404)
        return render_template("visit.html", title=f"Visit {visit_id}", visit=item, saved=request.args.get("saved"),
                               again=request.args.get("again"))

    @app.route("/visits/new", methods=["GET", "POST"])
    def visit_new():
        ws = _ws()
        if request.method == "GET":
            return _render_form(ws, offered_time(ws.config.shop.time_zone), {}, status=200)
        values = request.form.to_dict(flat=True)
        values["kept_photos"] = request.form.getlist("kept_photos")
        with db.reading(_engine()).connect() as conn:
            skus = db.own_skus(conn)
        data, origins, errors, promo_rows = form_to_data(ws, values, request.files, skus)
        context = VisitContext(ws.config, skus=skus, photo=_stored_photo(ws.photos_dir))
        visit, problems = validate_visit(data, context, origins, joiner="-")
        for problem in problems:
            if problem.field == "visited_at" and values["clock_asked"]:
                continue  # the time the clocks showed twice, asked once (`repeated_time`), not again in other words
            errors.setdefault(problem.field, []).append(problem.message)
        # A field the form holds once, posted twice (a script, a browser extension, a proxy sending
        # the form again): the first value was taken without a word. Which one the person meant is
        # not known, as for a field a visits YAML gives twice.
        for name, given in request.form.lists():
            if len(given) > 1 and name not in _REPEATABLE_FIELDS:
                errors.setdefault(name, []).append(
                    f"sent {len(given)} times ({', '.join(repr(g[:40]) for g in given[:3])}); which one is meant? "
                    "Send the form again with one")
        # An amount past four decimal places would be kept rounded: asked for again, as the
        # import names it, rather than cut without a word.
        for amount in rounded_amounts(visit, data, origins, joiner="-") if visit is not None else []:
            errors.setdefault(amount.field, []).append(
                f"{amount.written!r} has more than {MONEY_PLACES} decimal places; write it as {amount.kept.normalize():f}")
        # Photos that were accepted are kept for the next try, whatever else was wrong.
        values["kept_photos"] = data.get("photos", [])
        for row, promotion in zip(promo_rows, data.get("promotions", [])):
            values[f"promotions-{row}-kept_photo"] = promotion.get("photo") or ""
        if errors or visit is None:
            return _render_form(ws, values, errors, status=422)
        with _engine().begin() as conn:
            visit_id = save_visit(conn, ws.config, visit, photos_dir=ws.photos_dir)
            # The same visit (store, minute, visitor, and all it holds) is stored: Save tapped again while
            # the first was on its way, or sent again after a dropped answer. The visit is saved; a form
            # "to fix" would invite a changed time and a second visit.
            first = recorded_visit(conn, ws.config, visit) if visit_id is None else None
            if first is not None and not stored_as(conn, first, visit):
                first = None  # another visit in the same minute, or a correction: kept in the form, never dropped
        if first is not None:
            return redirect(url_for("visit_page", visit_id=first, saved=1, again=1), code=303)
        if visit_id is None:
            errors["visited_at"] = ["this visit (same store, minute and visitor) is already recorded"]
            return _render_form(ws, values, errors, status=422)
        return redirect(url_for("visit_page", visit_id=visit_id, saved=1), code=303)

    @app.route("/photos/<name>")
    def photo(name: str):
        if not PHOTO_NAME.match(name):
            abort(404)
        try:
            data = (_ws().photos_dir / name).read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            abort(404)
        # A photo stored before visits kept no location still holds its GPS and camera: served
        # without them, as a photo saved now is stored (`shareable`).
        response = Response(shareable(data), mimetype="image/jpeg" if name.endswith(".jpg") else "image/png")
        response.cache_control.max_age = 86400
        return response

    @app.route("/matches")
    def review():
        page = min(max(1, request.args.get("page", 1, type=int)), ID_MAX // 50)
        competitor = clean_text(request.args.get("competitor"))
        threshold = _ws().config.matching.match_threshold
        listed = _reviewed()
        with db.reading(_engine()).connect() as conn:
            rows, total = proposed_matches(conn, competitor=competitor, limit=50, offset=(page - 1) * 50,
                                           match_threshold=threshold, listed=listed, shop=_ws().config.shop)
            if not rows and total:
                # The queue shrinks as it is answered: the last answer on its last page leaves that
                # page empty, with pairs still waiting before it. Its last page is shown instead.
                page = -(-total // 50)
                rows, total = proposed_matches(conn, competitor=competitor, limit=50, offset=(page - 1) * 50,
                                               match_threshold=threshold, listed=listed, shop=_ws().config.shop)
        return render_template("matches.html", title="Review matches", rows=rows, total=total, page=page,
                               competitor=competitor, decided=request.args.get("decided"),
                               rematching=request.args.get("rematching"),
                               rematch_after=_ws().config.matching.rematch_after,
                               competitors=listed)

    @app.route("/matches/decide", methods=["POST"])
    def review_decide():
        choice = request.form.get("decision", "")
        match = re.fullmatch(r"(\d+):(confirmed|rejected)", choice)
        if not match:
            abort(400)
        if int(match.group(1)) > ID_MAX:
            abort(404)
        # A name is read as every name is (clean_text): a NUL pasted into it is
        # dropped, where PostgreSQL refused the answer and the decision was lost.
        reviewer = (clean_text(request.form.get("decided_by")) or "")[:200] or None
        # The pair the page showed, in case a background re-match replaced its row meanwhile.
        # No sku holds a NUL (each is read through clean_text), so a pair with one names no product.
        pair = re.fullmatch(r"(\d{1,18}):([^\x00]+)", request.form.get(f"pair-{match.group(1)}", ""))
        with _engine().begin() as conn:
            result = decide(conn, int(match.group(1)), match.group(2), reviewer)
            if result is None and pair:
                result = decide_pair(conn, pair.group(2), int(pair.group(1)), match.group(2), reviewer)
        if result is None:
            abort(404)
        args = {"decided": f"{result['sku']}: {result['status']}"}
        if result.get("replaced"):
            earlier = result["replaced"]
            said = "same product" if earlier["status"] == "confirmed" else "not the same"
            named = earlier["decided_by"] and earlier["decided_by"] != ANONYMOUS
            args["decided"] += (f"; this replaces {earlier['decided_by']}'s answer ({said})"
                                if named else f"; this replaces an earlier answer ({said})")
        # Back to the page the answer was given on: the queue moved up by one, and a reviewer working
        # on page 7 was sent to page 1 after each answer.
        page = request.form.get("page", "")
        if page.isdigit() and 1 < int(page) <= ID_MAX // 50:
            args["page"] = page
        if _rematch().answered(result["competitor"]):
            args["rematching"] = result["competitor"]
        if request.form.get("competitor"):
            args["competitor"] = request.form["competitor"]
        return redirect(url_for("review", **args), code=303)

    @app.route("/products/<path:sku>")
    def product_page(sku: str):
        if "\x00" in sku:  # no sku holds one, and PostgreSQL refuses it in a query
            abort(404)
        context = product_page_context(_engine(), _ws().config, sku[:200])
        if context is None:
            abort(404)
        return render_template("product.html", title=f"History of {context['product']['name']}", **context)

    @app.route("/reports")
    def reports():
        return render_template("reports.html", title="Reports", reports=_reports())

    @app.route("/reports/<name>")
    def report_file(name: str):
        if not REPORT_NAME.match(name):
            abort(404)
        response = send_from_directory(_ws().reports_dir, name)
        # A report is self-contained; sandboxed, its scripts cannot reach this app or any other host.
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
            "sandbox allow-scripts allow-popups allow-modals allow-downloads"
        )
        return response


def _reports() -> list[dict]:
    folder = _ws().reports_dir
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if not REPORT_NAME.match(path.name):
            continue
        try:  # one look at each file: a report deleted meanwhile (an old one cleaned up) is left out
            if not path.is_file():
                continue
            stat = path.stat()
        except OSError:
            continue
        found.append({"name": path.name, "size": stat.st_size, "modified": datetime.fromtimestamp(stat.st_mtime, UTC)})
    return sorted(found, key=lambda report: report["modified"], reverse=True)


# Fields of the visit form that hold several values (one hidden input for each photo already kept).
_REPEATABLE_FIELDS = frozenset({"kept_photos"})


def _stored_photo(photos_dir: Path):
    def check(ref: str) -> str:
        if PHOTO_NAME.match(ref) and (photos_dir / ref).is_file():
            return ref
        raise PhotoError("this photo was not uploaded here; upload it again")
    return check


# --- the visit form ---------------------------------------------------------


def _indices(values: dict, prefix: str) -> list[int]:
    found = set()
    for key in values:
        m = re.fullmatch(rf"{prefix}-(\d{{1,3}})-\w+", key)
        if m:
            found.add(int(m.group(1)))
    return sorted(found)


def _read_upload(storage, max_bytes: int) -> bytes:
    # One byte more than allowed is enough to know it is too large.
    return storage.stream.read(max_bytes + 1)


def shown_time(moment: datetime | None) -> Markup:
    """A stored time as the pages show it: in the zone of the person reading, named.

    The pages are read on phones in the stores' own zones, and the server is often in a data centre's
    (UTC): a visit saved at 10:30 in Auckland read "21:30" of the day before there. So the page carries
    the moment itself (`<time datetime>` in UTC) and a few lines of script (base.html) write it in the
    browser's zone with the zone's name, as mail and calendar programs do; without script it reads in
    UTC, saying so, never in the server's zone unnamed."""
    if moment is None:
        return Markup("")
    utc = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
    return Markup('<time datetime="{}" data-local>{}</time>').format(
        utc.strftime("%Y-%m-%dT%H:%M:%SZ"), utc.strftime("%Y-%m-%d %H:%M UTC"))


_FORM_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?")


def offered_time(zone_name: str | None) -> dict[str, str]:
    """The time a new visit's form offers without script ("When" pre-filled): now on `[shop] time_zone`'s
    clock where set (else the server's), and the same instant with its offset in `offered_at`, so that
    the time is read as offered when it comes back unchanged, whatever store is chosen after (a store's
    own clock reads a time typed there; the server's may be hours away)."""
    now = datetime.now(UTC)
    try:
        here = now.astimezone(ZoneInfo(zone_name)) if zone_name else now.astimezone()
    except (ZoneInfoNotFoundError, ValueError):
        here = now.astimezone()
    return {"visited_at": here.strftime("%Y-%m-%dT%H:%M"), "offered_at": here.isoformat(timespec="minutes")}


def _offered_if_kept(text: str, offered: object) -> str:
    """The instant the form offered (`offered_time`) when "When" comes back as offered, else `text`."""
    if not isinstance(offered, str) or len(offered) > 40 or text.strip() != offered[:16]:
        return text
    try:
        moment = datetime.fromisoformat(offered)
    except ValueError:
        return text
    return moment.isoformat() if moment.tzinfo is not None else text


def _on_phone_clock(text: str, zone_name: object) -> tuple[datetime, ZoneInfo] | None:
    """The form's "When" as written and the phone's zone (an IANA name its browser gave), or None where
    either is missing or unreadable: what `phone_clock_change` and `in_time_zone` both read."""
    if not isinstance(zone_name, str) or not zone_name or len(zone_name) > 64 or not _FORM_TIME.fullmatch(text.strip()):
        return None
    try:
        return datetime.fromisoformat(text.strip()), ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def phone_clock_change(text: str, zone_name: object) -> str | None:
    """Why the form's "When" names no single moment on the phone's clock (`zone_name`, as `in_time_zone`
    reads it): a time the clocks skipped or showed twice that night (`visits.parsing.clock_change`).
    Given its zone's offset by `in_time_zone`, such a time was saved without a word (hostile14's F123b)."""
    if (read := _on_phone_clock(text, zone_name)) is None:
        return None
    moment, zone = read
    try:
        problem = clock_change(moment, zone) if moment.tzinfo is None else None
    except (OverflowError, ValueError):
        return None  # a day past what a clock can hold: the visit's own check names it
    return f"{moment:%Y-%m-%d %H:%M} {problem}".replace("the store's clock", "this phone's clock") if problem else None


def in_time_zone(text: str, zone_name: object) -> str:
    """The form's "When" (a datetime-local value, without zone) as a time in the phone's time zone
    (`zone_name`, an IANA name its browser gave), so that the phone's clock is read as it was meant;
    as it came when the zone is missing or unknown (a browser without script: then read on the store's
    clock when storecheck.toml names it, else the server's).
    A day without a time is left for the visit's own check to refuse."""
    if (read := _on_phone_clock(text, zone_name)) is None:
        return text  # no zone, an unknown one, or a day that is none (the visit's check names it)
    moment, zone = read
    return moment.replace(tzinfo=zone).isoformat() if moment.tzinfo is None else text


def _form_clock(ws: Workspace, values: dict) -> tuple[ZoneInfo, str] | None:
    """The clock the form's "When" is read on, and whose it is: the phone's (the zone its browser gave,
    as `in_time_zone` reads it), else the store's (`visits.model.clock_zone`); None where neither is
    known (the server's clock, unnamed)."""
    for name, whose in ((values.get("time_zone"), "this phone's clock"),
                        (clock_zone(ws.config, values.get("competitor"), values.get("store")), "the store's clock")):
        if isinstance(name, str) and name and len(name) <= 64:
            try:
                return ZoneInfo(name), whose
            except (ZoneInfoNotFoundError, ValueError, OSError):
                continue
    return None


def repeated_time(text: str, clock: tuple[ZoneInfo, str] | None, chosen: object) -> tuple[str, list[dict[str, str]], str]:
    """The form's "When" where its clock showed that time twice (the night the clocks went back), the two
    to choose from, and why it is asked: with the offset the person chose (`clock_offset`, one of the two)
    it is that moment, written with its offset, nothing asked; without one (or with one that fits
    neither, sent with another time) it is as written, and asked (review R6: the field holds no offset,
    and the form asked for one). Any other time comes back as it was, with nothing to choose."""
    if clock is None or not _FORM_TIME.fullmatch(text.strip()):
        return text, [], ""
    zone, whose = clock
    moment = datetime.fromisoformat(text.strip())
    try:
        both = repeated_moments(moment, zone) if moment.tzinfo is None else None
    except (OverflowError, ValueError):
        return text, [], ""  # a day past what a clock can hold: the visit's own check names it
    if both is None:
        return text, [], ""
    offsets = [m.isoformat()[-6:] for m in both]
    step = step_back(*both)
    # Shown again, the one chosen checked, when the form comes back for another field: the answer is
    # kept with everything else, not asked twice (review R1 of the thirty-first session).
    choices = [
        {"value": offsets[0], "label": f"the first {moment:%H:%M} ({both[0].tzname()}, UTC{offsets[0]})",
         "checked": chosen == offsets[0]},
        {"value": offsets[1], "label": f"the second {moment:%H:%M}, {step} later ({both[1].tzname()}, UTC{offsets[1]})",
         "checked": chosen == offsets[1]},
    ]
    if chosen in offsets:
        return both[offsets.index(chosen)].isoformat(), choices, ""
    why = (f"{moment:%Y-%m-%d %H:%M} happened twice on {whose} ({zone.key}): the clocks went back {step} "
           "that night. Which was it? Choose below")
    return text, choices, why


def form_to_data(ws: Workspace, values: dict, files, skus: set[str]) -> tuple[dict, dict, dict[str, list[str]], list[int]]:
    """The posted form -> the visit dict `Visit` validates, where each part came from
    (form field names), errors found in the uploads, and the form row of each promotion."""
    errors: dict[str, list[str]] = {}
    max_bytes = max_photo_bytes(ws.config)
    origins: dict[tuple, tuple[str, str | None]] = {(): ("", None)}
    data: dict = {}
    for name in ("competitor", "store", "visited_at", "visitor", "duration_minutes", "footfall_count", "footfall_minutes",
                 "average_ticket", "average_ticket_source", "currency", "score_environment", "score_display",
                 "score_hospitality", "notes"):
        data[name] = values.get(name, "")
    data["holiday"] = values.get("holiday") in ("on", "1", "true", "yes")
    given = _offered_if_kept(data["visited_at"], values.get("offered_at"))
    given, values["clock_choices"], why = repeated_time(given, _form_clock(ws, values), values.get("clock_offset"))
    values["clock_asked"] = bool(why)
    if why:
        errors.setdefault("visited_at", []).append(why)
    elif problem := phone_clock_change(given, values.get("time_zone")):
        errors.setdefault("visited_at", []).append(problem)
    data["visited_at"] = in_time_zone(given, values.get("time_zone"))

    uploads = 0

    def take(storage, field: str) -> str | None:
        nonlocal uploads
        if storage is None or (not storage.filename and not storage.content_length):
            return None
        raw = _read_upload(storage, max_bytes * SHRINK_UP_TO)  # a phone's large photo is shrunk to fit
        if not raw and not storage.filename:
            return None
        uploads += 1
        if uploads > MAX_PHOTOS_PER_FORM:
            errors.setdefault(field, []).append(f"at most {MAX_PHOTOS_PER_FORM} photos per visit")
            return None
        try:
            return save_photo(ws.photos_dir, check_photo(raw, max_bytes))
        except PhotoError as exc:
            errors.setdefault(field, []).append(str(exc))
            return None

    photos = [p for p in values.get("kept_photos", []) if p]
    for storage in files.getlist("photos"):
        name = take(storage, "photos")
        if name and name not in photos:
            photos.append(name)
    data["photos"] = photos

    criteria: dict[str, dict[str, str]] = {}
    for area, names in ws.config.visits.criteria.items():
        for criterion in names:
            value = values.get(f"criteria-{area}-{criterion}", "")
            if value:
                criteria.setdefault(area, {})[criterion] = value
    data["criteria"] = criteria
    origins[("criteria",)] = ("", "criteria")

    promotions, raw_index = [], []
    for i in _indices(values, "promotions"):
        text = values.get(f"promotions-{i}-text", "").strip()
        kind = values.get(f"promotions-{i}-type", "")
        photo = take(files.get(f"promotions-{i}-photo"), f"promotions-{i}-photo") or values.get(f"promotions-{i}-kept_photo") or None
        if not text and not kind and not photo:
            continue
        j = len(promotions)
        promotions.append({"text": text, "type": kind, "photo": photo})
        raw_index.append(i)
        origins[("promotions", j)] = ("", f"promotions-{i}-text")
        for part in ("text", "type", "photo"):
            origins[("promotions", j, part)] = ("", f"promotions-{i}-{part}")
    data["promotions"] = promotions

    products = []
    for role in PRODUCT_ROLES:
        for line in values.get(f"products-{role}", "").splitlines():
            if line.strip():
                origins[("products", len(products))] = ("", f"products-{role}")
                products.append({"role": role, "name": line.strip()})
    data["products"] = products

    # A sku typed on a phone in other case ("sku1", the keyboard's capitals off) is still ours, when
    # only one of ours reads so; otherwise it became a competitor product named "sku1", matched to nothing.
    folded: dict[str, list[str]] = {}
    for known in skus:
        folded.setdefault(known.casefold(), []).append(known)
    by_case = {key: names[0] for key, names in folded.items() if len(names) == 1}
    checks = []
    for i in _indices(values, "price_checks"):
        what = values.get(f"price_checks-{i}-what", "").strip()
        rest = {part: values.get(f"price_checks-{i}-{part}", "").strip() for part in ("price", "regular_price", "promotion")}
        if not what and not any(rest.values()):
            continue
        j = len(checks)
        sku = what if what in skus else by_case.get(what.casefold())
        item = {"sku": sku, "product": None} if sku else {"sku": None, "product": what}
        checks.append({**item, **rest})
        origins[("price_checks", j)] = ("", f"price_checks-{i}-what")
        for part in ("sku", "product"):
            origins[("price_checks", j, part)] = ("", f"price_checks-{i}-what")
        for part in ("price", "regular_price", "promotion", "promotion_type"):
            origins[("price_checks", j, part)] = ("", f"price_checks-{i}-{'promotion' if part == 'promotion_type' else part}")
    data["price_checks"] = checks
    origins[("price_checks",)] = ("", "price_checks")
    return data, origins, errors, raw_index


def _render_form(ws: Workspace, values: dict, errors: dict[str, list[str]], *, status: int):
    config = ws.config
    data_values = dict(values)
    promo_rows = max([2, *[i + 1 for i in _indices(values, "promotions")]])
    check_rows = max([3, *[i + 1 for i in _indices(values, "price_checks")]])
    with db.reading(_engine()).connect() as conn:
        skus = list(conn.execute(db.select(db.own_products.c.sku, db.own_products.c.name).order_by(db.own_products.c.sku).limit(5000)))
    # Our own shop is offered last: its stores are visited like theirs, as the baseline. A shop or a store
    # that closed is still offered (a visit from before the day it closed is valid, typed up late), named
    # with that day, and a closed store after the open ones: nobody is to be sent there any more.
    competitors = [{"name": c.name, "stores": [s.name for s in sorted(c.stores, key=lambda s: s.closed is not None)],
                    "closed_stores": {s.name: s.closed.isoformat() for s in c.stores if s.closed},
                    "closed": c.closed_on.isoformat() if c.closed_on else None,
                    "currency": c.currency or config.shop.currency, "ours": config.is_ours(c.name)}
                   for c in config.visited()]
    return render_template(
        "visit_form.html", title="New visit", v=data_values, errors=errors, competitors=competitors,
        error_labels={name: field_label(name) for name in errors}, labels=LABELS, promotion_labels=PROMOTION_LABELS,
        check_labels=CHECK_LABELS,
        areas=SCORE_AREAS, area_labels=AREA_LABELS, criteria=config.visits.criteria, roles=PRODUCT_ROLES,
        promotion_types=PROMOTION_TYPES, promo_rows=promo_rows, check_rows=check_rows, skus=skus,
        max_photo_mb=config.visits.max_photo_mb, server_filled=bool(errors), currency=config.shop.currency,
        clock_choices=values.get("clock_choices") or [],
        kept_photos=[p for p in values.get("kept_photos", []) if PHOTO_NAME.match(p or "")],
    ), status

