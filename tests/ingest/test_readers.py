import json

import pytest

from kg.errors import IngestError
from kg.ingest import read_articles


def test_reads_text_markdown_html_and_json(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha Beta met Gamma Delta in Paris.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "# A Headline Here Today\n\nThe minister spoke.\n", encoding="utf-8"
    )
    (tmp_path / "c.html").write_text(
        "<html><head><title>Page</title><script>var x = 'Not text';</script>"
        '<meta property="og:site_name" content="Example Post"></head>'
        "<body><nav>Home | World</nav><h1>Leaders Meet in Rome</h1>"
        "<p>The leaders met &amp; talked.</p><footer>Footer</footer></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "d.jsonl").write_text(
        json.dumps(
            {"title": "One", "text": "First story text.", "url": "http://x/1", "date": "2025-01-02"}
        )
        + "\n"
        + json.dumps({"body": "Second story text.", "source": "Wire"})
        + "\n",
        encoding="utf-8",
    )
    articles = {a.source: a for a in read_articles([tmp_path])}
    html = articles[str(tmp_path / "c.html")]
    assert (
        "Not text" not in html.text
        and "Home | World" not in html.text
        and "Footer" not in html.text
    )
    assert "The leaders met & talked." in html.text
    assert html.title == "Leaders Meet in Rome" and html.publisher == "Example Post"
    raw = (tmp_path / "c.html").read_text()
    i = html.text.index("leaders met")
    assert raw[html.source_offset(i) : html.source_offset(i) + 11] == "leaders met"
    first = articles[f"{tmp_path / 'd.jsonl'}:1"]
    assert (first.title, first.url, first.date) == ("One", "http://x/1", "2025-01-02")
    assert articles[f"{tmp_path / 'd.jsonl'}:2"].publisher == "Wire"
    assert "A Headline Here Today" in articles[str(tmp_path / "b.md")].text


def test_same_text_gives_same_id(tmp_path):
    (tmp_path / "one.txt").write_text("Same story.\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Same   story.\n", encoding="utf-8")
    ids = {a.id for a in read_articles([tmp_path])}
    assert len(ids) == 1


def test_missing_path_is_named():
    with pytest.raises(IngestError, match="nowhere.txt"):
        list(read_articles(["nowhere.txt"]))


def test_empty_article_is_an_error_naming_the_file(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(IngestError, match="empty.txt"):
        list(read_articles([tmp_path / "empty.txt"]))


def test_sources_are_named_from_the_folder_or_file_given(tmp_path, monkeypatch):
    from kg.pipeline import BuildReport, read_corpus

    news = tmp_path / "home" / "me" / "news"
    (news / "world").mkdir(parents=True)
    (news / "world" / "a.txt").write_text("Alpha Beta met Gamma Delta in Paris.\n", "utf-8")
    (news / "feed.jsonl").write_text(json.dumps({"text": "Epsilon spoke in Rome."}) + "\n"
                                     + json.dumps({"text": "Zeta spoke in Oslo."}) + "\n", "utf-8")
    (tmp_path / "loose.txt").write_text("Eta met Theta in Lima.\n", "utf-8")
    (news / "copy.txt").write_text("Eta  met Theta in Lima.\n", "utf-8")

    def read(*paths, **options):
        report = BuildReport()
        articles = read_corpus(paths, report, **options)
        return sorted(a.source for a in articles), report.skipped

    sources, skipped = read(tmp_path / "loose.txt", news)
    assert sources == ["loose.txt", "news/feed.jsonl:1", "news/feed.jsonl:2", "news/world/a.txt"]
    # Messages name files as they were given.
    assert skipped == [(str(news / "copy.txt"), f"same text as {tmp_path / 'loose.txt'} "
                        "(kept that one)")]
    assert read(news / "world")[0] == ["world/a.txt"]
    monkeypatch.chdir(news)
    assert read(".")[0] == ["news/copy.txt", "news/feed.jsonl:1", "news/feed.jsonl:2",
                            "news/world/a.txt"]
    assert read("world/../world")[0] == ["world/a.txt"]
    assert read("world", absolute_paths=True)[0] == [str(news / "world" / "a.txt")]
