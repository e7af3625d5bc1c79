"""An eighth tester's pass over the visit form on a phone that lost its connection mid-post: the server
stored the visit, the answer never reached the phone. The draft brings back what was typed, but not the
photos (a browser cannot put a file back into a file field, and the names of the photos the server kept
came in the answer that was lost); sent again, it is the visit already saved."""

from __future__ import annotations

import io

from test_web import form, png_bytes, rows, token_of

from storecheck import db


def _post(client, **extra):
    return client.post("/visits/new", data=form(csrf_token=token_of(client), **extra),
                       content_type="multipart/form-data")


def test_a_visit_sent_again_without_its_photos_after_a_dropped_answer_is_the_saved_one(client, ws):
    # Before: the second send answered 422, "1 thing to fix: this visit (same store, minute and visitor)
    # is already recorded", with nothing to fix; the only way out was another time, and a second visit.
    first = _post(client, photos=(io.BytesIO(png_bytes()), "shelf.png"))
    assert first.status_code == 303 and first.headers["Location"].endswith("/visits/1?saved=1")
    again = _post(client)  # the draft, without the photo
    assert again.status_code == 303, again.text[:300]
    assert again.headers["Location"].endswith("/visits/1?saved=1&again=1")
    assert len(rows(ws, db.visits)) == 1 and len(rows(ws, db.visit_photos)) == 1


def test_a_promotion_photo_left_behind_by_the_dropped_answer_is_the_saved_visit_too(client, ws):
    first = _post(client, **{"promotions-0-photo": (io.BytesIO(png_bytes()), "offer.png")})
    assert first.status_code == 303
    again = _post(client)
    assert again.status_code == 303 and again.headers["Location"].endswith("saved=1&again=1"), again.text[:300]
    assert len(rows(ws, db.visits)) == 1


def test_a_photo_added_when_sending_again_is_a_correction_kept_in_the_form(client, ws):
    # A photo the stored visit lacks is something new: not dropped behind "sent twice".
    assert _post(client).status_code == 303
    added = _post(client, photos=(io.BytesIO(png_bytes()), "shelf.png"))
    assert added.status_code == 422 and "already recorded" in added.text
    assert len(rows(ws, db.visits)) == 1 and rows(ws, db.visit_photos) == []


def test_a_changed_figure_sent_again_without_the_photo_is_still_a_correction(client, ws):
    assert _post(client, photos=(io.BytesIO(png_bytes()), "shelf.png")).status_code == 303
    corrected = _post(client, average_ticket="25,50")
    assert corrected.status_code == 422 and "already recorded" in corrected.text


def test_a_visit_file_s_empty_competitor_or_store_is_named_required(workspace, tmp_path):
    # Before: "line 2, column 'competitor': Input should be a valid string", pydantic's words for an empty cell.
    from test_alerts import cli_run

    workspace.add_competitor("Corner Shop", None)
    visits = tmp_path / "visits.csv"
    visits.write_text("competitor,store,visited_at\n,Market Street,2026-11-30 10:00\nCorner Shop,,2026-11-30 10:00\n",
                      encoding="utf-8")
    done = cli_run(workspace, "visit", "import", str(visits))
    text = " ".join(done.output.split())
    assert done.exit_code == 1 and "valid string" not in text, text
    assert "line 2, column 'competitor': is required but empty" in text, text
    assert "line 3, column 'store': is required but empty" in text, text


def test_a_blank_competitor_at_the_prompts_is_asked_again_saying_it_is_required(workspace):
    from click.testing import CliRunner

    from storecheck.cli import cli

    workspace.add_competitor("Corner Shop", None)
    done = CliRunner().invoke(cli, ["visit", "add", "--workspace", str(workspace.path)], input="\n")
    assert "valid string" not in done.output and "Error: is required but empty" in done.output, done.output
