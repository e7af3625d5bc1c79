"""`storecheck serve`: the visit form, the list of visits, the match review
queue and the reports folder, as a small Flask app (`create_app(workspace)`)."""

from storecheck.web.app import WebConfigError, create_app

__all__ = ["WebConfigError", "create_app"]
