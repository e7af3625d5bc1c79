"""`storecheck serve`: the web app (the visit form, the match review queue and the reports folder)."""

from __future__ import annotations

import click

from storecheck.cli.group import _engine, cli, workspace_option
from storecheck.config import Workspace


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; anything but loopback needs a token ([web] token or STORECHECK_WEB_TOKEN).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@workspace_option
def serve(host: str, port: int, workspace: Workspace):
    """Serve the visit form, the match review queue and the reports folder."""
    try:
        from werkzeug.serving import run_simple

        from storecheck.web import WebConfigError, create_app
    except ImportError as exc:
        raise click.ClickException(f"The web app needs Flask ({exc}); install it with `pip install 'storecheck[web]'`.") from None

    _engine(workspace).dispose()  # migrate before serving
    try:
        app = create_app(workspace, host=host)
    except WebConfigError as exc:
        raise click.ClickException(str(exc)) from None
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    click.echo(f"Serving {workspace.path} at {where} (Ctrl+C to stop)")
    if app.config["STORECHECK_TOKEN"]:
        click.echo("A token is required to sign in.")
    run_simple(host, port, app, threaded=True)
