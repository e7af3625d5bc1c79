
import pytest

from storecheck.config import CONFIG_NAME, ConfigError, Workspace, database_url, find_workspace, load_config


def write(tmp_path, text):
    path = tmp_path / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_template_is_valid(workspace):
    config = workspace.config
    assert config.shop.name == "Test Shop"
    assert config.competitors == []
    assert config.crawl.obey_robots and config.crawl.autothrottle


def test_error_names_the_key(tmp_path):
    path = write(tmp_path, '[[competitors]]\nname = "A"\nurl = "ftp://example.com"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "competitors[0] ('A').url" in str(info.value)
    assert "http" in str(info.value)


def test_unknown_key_is_reported(tmp_path):
    path = write(tmp_path, '[crawl]\nmax_pagez = 3\n')
    with pytest.raises(ConfigError, match=r"crawl\.max_pagez: unknown key"):
        load_config(path)


def test_bad_currency_and_toml_syntax(tmp_path):
    with pytest.raises(ConfigError, match=r"shop\.currency"):
        load_config(write(tmp_path, '[shop]\ncurrency = "euro"\n'))
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[shop\n"))


def test_duplicate_competitor_names(tmp_path):
    text = '[[competitors]]\nname = "A"\nurl = "http://a"\n[[competitors]]\nname = "a"\nurl = "http://b"\n'
    with pytest.raises(ConfigError, match="listed twice"):
        load_config(write(tmp_path, text))


def test_add_competitor_keeps_comments(workspace):
    workspace.add_competitor("Shop A", "https://a.example/", "shopify")
    text = workspace.config_path.read_text()
    assert "# Polite defaults" in text
    assert Workspace(workspace.path).config.competitor("shop a").platform == "shopify"
    with pytest.raises(ConfigError, match="already exists"):
        workspace.add_competitor("SHOP A", "https://b.example/")


def test_find_workspace_from_subfolder_and_env(workspace, monkeypatch):
    sub = workspace.path / "visits"
    monkeypatch.delenv("STORECHECK_WORKSPACE", raising=False)
    assert find_workspace(cwd=sub) == workspace.path
    monkeypatch.setenv("STORECHECK_WORKSPACE", str(workspace.path))
    assert find_workspace(cwd="/") == workspace.path
    with pytest.raises(ConfigError, match="not a storecheck workspace"):
        find_workspace(workspace.path / "reports")


def test_database_url_env_override(workspace, monkeypatch):
    monkeypatch.delenv("STORECHECK_DATABASE_URL", raising=False)
    assert database_url(workspace.path, workspace.config) == f"sqlite:///{workspace.path / 'storecheck.db'}"
    monkeypatch.setenv("STORECHECK_DATABASE_URL", "postgresql+psycopg://u@localhost/x")
    assert database_url(workspace.path, workspace.config).startswith("postgresql")


def test_matching_thresholds_in_order(tmp_path):
    with pytest.raises(ConfigError, match="matching: review_threshold must not be above match_threshold"):
        load_config(write(tmp_path, "[matching]\nmatch_threshold = 0.5\nreview_threshold = 0.7\n"))
