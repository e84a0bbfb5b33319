"""One test per kind of bad input: each gets a clear skip (file and reason) or is read
correctly, and never stops the good articles next to it."""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
import threading
import zipfile
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import read_articles, read_file
from kg.ingest import readers as readers_module
from kg.ingest.readers import MAX_ARTICLE_CHARS, display_path, find_files
from kg.pipeline import BuildReport, Limits, read_corpus

GOOD = "Olaf Scholz met Emmanuel Macron in Berlin on Tuesday to discuss the budget.\n"


def corpus(*paths, **limits):
    """Read ``paths`` as `kg build --absolute-paths` does (an article's source is then the path
    read, as in messages): the articles, and the skips and notes by source."""
    report = BuildReport()
    articles = read_corpus(paths, report, Limits(**limits), absolute_paths=True)
    return articles, dict(report.skipped), dict(report.notes)


def with_good(tmp_path: Path) -> Path:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    return good


def sources(articles) -> set[str]:
    return {a.source for a in articles}


# --- empty and binary files ------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"", b"   \n\t \r\n  ", "\u00a0\u2003\n".encode()])
def test_empty_or_whitespace_file_is_skipped_and_the_rest_built(tmp_path, content):
    good = with_good(tmp_path)
    (tmp_path / "blank.txt").write_bytes(content)
    articles, skipped, _ = corpus(tmp_path)
    assert sources(articles) == {str(good)}
    assert "no article text" in skipped[str(tmp_path / "blank.txt")]


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", GOOD)
    return buffer.getvalue()


@pytest.mark.parametrize("name,data,kind", [
    ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG image"),
    ("bundle.json", _zip_bytes(), "zip archive"),
    ("old.md", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "Microsoft Office"),
])
def test_binary_file_is_skipped_naming_its_format(tmp_path, name, data, kind):
    good = with_good(tmp_path)
    (tmp_path / name).write_bytes(data)
    articles, skipped, _ = corpus(tmp_path)
    assert sources(articles) == {str(good)}
    reason = skipped[str(tmp_path / name)]
    assert kind in reason and "not an article" in reason


def test_a_pdf_given_by_name_is_named_too(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    with pytest.raises(IngestError, match=r"report\.pdf: a PDF document.*pdftotext"):
        list(read_file(pdf))


def test_unknown_binary_is_rejected_with_the_nul_offset(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"ab" + bytes(range(256)) * 8)
    with pytest.raises(IngestError, match=r"blob\.txt: binary data \(NUL byte at offset 2\)"):
        list(read_file(tmp_path / "blob.txt"))


def test_stray_nul_bytes_in_text_become_spaces_and_are_noted(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(GOOD.encode().replace(b" met", b"\x00met") + b"\x00\x00\x00")
    articles, skipped, notes = corpus(path)
    assert not skipped
    assert articles[0].text.startswith("Olaf Scholz met Emmanuel Macron")
    assert "\x00" not in articles[0].text
    assert "4 NUL byte(s) read as spaces" in notes[str(path)]


# --- encodings -------------------------------------------------------------------------------

FRENCH = "Le président Macron a rencontré François Bayrou à Matignon, dit-il à l'Élysée.\n"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_and_cp1252_are_decoded_and_noted(tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    text = FRENCH.replace("dit-il", "\u201cdit-il\u201d") if encoding == "cp1252" else FRENCH
    path.write_bytes(text.encode(encoding))
    articles, skipped, notes = corpus(path)
    assert not skipped
    assert articles[0].text == text
    assert "decoded as Windows-1252/Latin-1" in notes[str(path)]


@pytest.mark.parametrize("encoding,bom", [
    ("utf-16", True), ("utf-16-le", False), ("utf-16-be", False),
    ("utf-32", True), ("utf-32-le", False), ("utf-8-sig", True),
])
def test_utf16_and_utf32_are_decoded_with_or_without_a_bom(tmp_path, encoding, bom):
    path = tmp_path / "wide.txt"
    path.write_bytes(FRENCH.encode(encoding))
    if bom and encoding.startswith("utf-16"):
        assert path.read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    articles, skipped, notes = corpus(path)
    assert not skipped
    assert articles[0].text == FRENCH
    if encoding != "utf-8-sig":
        assert "decoded as UTF-" in notes[str(path)]


def test_text_in_no_known_encoding_is_rejected_naming_the_encodings_tried(tmp_path):
    path = tmp_path / "koi.txt"
    # Bytes 0x81 and 0x8d are undefined in Windows-1252 and invalid as UTF-8.
    path.write_bytes(b"Plain start " + b"\x81\x8d\x90" * 20)
    articles, skipped, _ = corpus(path, strict=False)
    assert not articles
    reason = skipped[str(path)]
    assert "neither UTF-8, UTF-16 nor Windows-1252" in reason and "offset 12" in reason
    assert "iconv" in reason


def test_a_bad_utf16_file_names_the_bom_it_claims(tmp_path):
    path = tmp_path / "half.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Hello".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(IngestError, match="UTF-16 byte-order mark but is not valid UTF-16"):
        list(read_file(path))


# --- sizes -----------------------------------------------------------------------------------

def test_a_50_mb_article_is_skipped_by_stat_before_it_is_read(tmp_path, monkeypatch):
    good = with_good(tmp_path)
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:  # a sparse file: 50 MB on paper, nothing on disk
        f.write(GOOD.encode())
        f.truncate(50_000_000)
    opened: list[str] = []
    real_open = open
    monkeypatch.setattr(readers_module, "open",
                        lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k),
                        raising=False)
    articles, skipped, _ = corpus(tmp_path)
    assert sources(articles) == {str(good)}
    assert "50,000,000 bytes is over the limit of 5,000,000" in skipped[str(big)]
    assert "--max-article-bytes" in skipped[str(big)]
    assert str(big) not in opened and str(good) in opened


def test_the_article_size_limit_is_configurable(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(GOOD * 20, encoding="utf-8")
    size = path.stat().st_size
    articles, skipped, _ = corpus(path, max_article_bytes=size - 1)
    assert not articles
    assert f"{size:,} bytes is over the limit of {size - 1:,}" in skipped[str(path)]
    articles, skipped, _ = corpus(path, max_article_bytes=size)
    assert len(articles) == 1 and not skipped


def test_a_one_megabyte_line_without_punctuation_is_skipped_with_the_model_limit(tmp_path):
    good = with_good(tmp_path)
    path = tmp_path / "line.txt"
    words = ("alpha beta gamma delta Moscow Kyiv talks peace ") * (1_048_576 // 48 + 1)
    path.write_text(words[:1_048_576], encoding="utf-8")
    articles, skipped, _ = corpus(tmp_path)
    assert sources(articles) == {str(good)}
    reason = skipped[str(path)]
    assert f"longer than the {MAX_ARTICLE_CHARS:,} the language model takes" in reason
    assert "split it" in reason


def test_a_long_line_without_punctuation_under_the_limit_is_read_whole(tmp_path):
    path = tmp_path / "line.txt"
    text = ("alpha beta gamma delta Moscow Kyiv talks peace " * 4000).strip()
    path.write_text(text, encoding="utf-8")
    articles, skipped, _ = corpus(path)
    assert not skipped and articles[0].text == text


# --- HTML ------------------------------------------------------------------------------------

@pytest.mark.parametrize("page,expected", [
    ("<html><body><p>Emmanuel Macron visited <b>Berlin<p>on Monday</b></p>", "on Monday"),
    ("<p>Olaf Scholz <div <span>met Macron</p></div></body></html></html>", "met Macron"),
    ("<p>Olaf Scholz said <a href='x>quoted</a> nothing. </p><!-- unclosed comment", "Olaf Scholz"),
    ("<<p>>Olaf Scholz met Macron.<</p>> </ br> <br/ > &nosuch; &#xZZ; &#99999999;", "Scholz met"),
    ("<p>Olaf Scholz met <![CDATA[ odd ]]> Macron <!DOCTYPE x> here</p>", "Macron"),
])
def test_broken_html_still_gives_its_visible_text(tmp_path, page, expected):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    articles, skipped, _ = corpus(path)
    assert not skipped
    assert expected in articles[0].text and "<p" not in articles[0].text


def test_html_whose_text_is_all_inside_an_unclosed_script_is_skipped(tmp_path):
    with_good(tmp_path)
    (tmp_path / "script.html").write_text("<html><script>var story = 'Olaf Scholz';", "utf-8")
    articles, skipped, _ = corpus(tmp_path)
    assert len(articles) == 1
    assert "no article text" in skipped[str(tmp_path / "script.html")]


# --- JSON and JSON Lines ---------------------------------------------------------------------

def test_one_bad_json_line_among_good_ones_keeps_the_good_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "Joe Biden met Xi Jinping in Bali on Monday."}),
        '{"text": "truncated',
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "No body here"}),
        json.dumps({"body": "Rishi Sunak visited Kyiv on Sunday.", "title": "Visit"}),
        json.dumps({"content": "Keir Starmer spoke in London."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, skipped, _ = corpus(path)
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:6", f"{path}:7"]
    assert "invalid JSON at column" in skipped[f"{path}:2"]
    assert "found a JSON list" in skipped[f"{path}:4"]
    assert "no text field" in skipped[f"{path}:5"]
    assert len(skipped) == 3


def test_json_lines_are_split_on_newlines_only(tmp_path):
    path = tmp_path / "feed.jsonl"
    # U+2028 and U+0085 are line breaks to str.splitlines but legal inside JSON strings.
    record = {"text": "Joe Biden met\u2028Xi Jinping\u0085 in Bali."}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(record, ensure_ascii=False).encode() + b"\r\n")
    articles, skipped, _ = corpus(path)
    assert not skipped and len(articles) == 1
    assert articles[0].text.startswith("Joe Biden met\u2028Xi Jinping")


def test_an_overlong_json_line_is_skipped_and_the_next_line_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    long_line = json.dumps({"text": "word " * 5000})
    path.write_text(long_line + "\n" + json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    articles, skipped, _ = corpus(path, max_article_bytes=10_000)
    assert [a.source for a in articles] == [f"{path}:2"]
    assert "line is over the limit of 10,000 bytes" in skipped[f"{path}:1"]


def test_a_big_json_lines_file_is_not_limited_as_a_whole(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"text": f"Story number {i}: {GOOD}"}) + "\n"
                            for i in range(50)), encoding="utf-8")
    assert path.stat().st_size > 4000
    articles, skipped, _ = corpus(path, max_article_bytes=4000)
    assert len(articles) == 50 and not skipped


def test_a_latin1_line_in_json_lines_is_decoded_and_noted(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(json.dumps({"text": FRENCH}, ensure_ascii=False).encode("latin-1") + b"\n")
    articles, skipped, notes = corpus(path)
    assert not skipped and articles[0].text == FRENCH
    assert notes[str(path)] == "1 line(s) not UTF-8, decoded as Windows-1252/Latin-1"


@pytest.mark.parametrize("name,content", [("feed.jsonl", "\n  \n\n"), ("list.json", "[]")])
def test_json_with_no_records_is_skipped_not_ignored(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    articles, skipped, _ = corpus(tmp_path / name)
    assert not articles and "no article" in skipped[str(tmp_path / name)]


def test_utf16_json_lines_are_rejected_naming_the_encoding(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes((json.dumps({"text": GOOD}) + "\n").encode("utf-16"))
    with pytest.raises(IngestError, match="JSON Lines must be UTF-8.*UTF-16"):
        list(read_file(path))


def test_a_json_array_with_one_bad_record_keeps_the_others(tmp_path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"text": GOOD}, 42, {"body": "Keir Starmer spoke in London."}]),
                    encoding="utf-8")
    articles, skipped, _ = corpus(path)
    assert [a.source for a in articles] == [f"{path}[0]", f"{path}[2]"]
    assert "found a JSON int" in skipped[f"{path}[1]"]


@pytest.mark.parametrize("text,message", [
    ("{'single': 'quotes'}", "invalid JSON at line 1, column 2"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"text": {"nested": "object"}}', "no text field"),
])
def test_malformed_json_is_skipped_with_the_reason(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    articles, skipped, _ = corpus(path)
    assert not articles and message in skipped[str(path)]


def test_control_characters_and_lone_surrogates_in_json_are_made_safe(tmp_path):
    path = tmp_path / "odd.json"
    path.write_text('{"text": "Olaf Scholz\\u0000 met\\u0007 Macron \\ud800 in Berlin.",'
                    ' "author": "Jane\\udfffDoe"}', encoding="utf-8")
    [article] = read_file(path)
    assert article.text == "Olaf Scholz  met  Macron \ufffd in Berlin."
    assert article.author == "Jane\ufffdDoe"
    article.text.encode("utf-8")  # would raise on a lone surrogate


# --- duplicates and many files ---------------------------------------------------------------

def test_duplicate_articles_under_different_names_are_kept_once(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b copy.txt").write_text(GOOD.replace(" ", "  "), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    articles, skipped, _ = corpus(tmp_path)
    assert sources(articles) == {str(tmp_path / "a.txt")}
    kept = tmp_path / "a.txt"
    assert skipped[str(tmp_path / "b copy.txt")] == f"same text as {kept} (kept that one)"
    assert skipped[f"{tmp_path / 'c.jsonl'}:1"].startswith("same text as")


def test_a_folder_of_thousands_of_files_is_read_whole(tmp_path):
    for i in range(3000):
        sub = tmp_path / f"day{i // 500}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:05}.txt").write_text(f"Story {i}: {GOOD}", encoding="utf-8")
    articles, skipped, _ = corpus(tmp_path)
    assert len(articles) == 3000 and not skipped
    assert len({a.id for a in articles}) == 3000


def test_more_files_than_the_limit_stops_before_reading_any(tmp_path, monkeypatch):
    for i in range(30):
        (tmp_path / f"{i:03}.txt").write_text(f"Story {i}: {GOOD}", encoding="utf-8")
    read: list[Path] = []
    monkeypatch.setattr("kg.pipeline.read_file", lambda p, **k: read.append(p) or iter(()))
    with pytest.raises(IngestError, match=r"more than 10 article files.*--max-files"):
        corpus(tmp_path, max_files=10)
    assert read == []


def test_the_walk_stops_at_the_file_limit(tmp_path):
    for i in range(30):
        (tmp_path / f"{i:03}.txt").write_text("x", encoding="utf-8")
    walked = find_files([tmp_path], max_files=5)
    assert [next(walked).name for _ in range(5)] == [f"{i:03}.txt" for i in range(5)]
    with pytest.raises(IngestError, match="more than 5"):
        next(walked)


def test_an_earlier_build_inside_the_articles_is_not_read_as_articles(tmp_path):
    good = with_good(tmp_path)
    out = tmp_path / "outputs"
    (out / "store").mkdir(parents=True)
    for name in ("graph.ttl", "graph.trig"):
        (out / name).write_text("@prefix kg: <https://w3id.org/kg/ontology#> .\n", "utf-8")
    (out / "graph.html").write_text("<html><body><h1>Knowledge graph</h1></body></html>", "utf-8")
    articles, skipped, notes = corpus(tmp_path)
    assert sources(articles) == {str(good)} and not skipped
    assert notes[str(out)] == "left out: a kg build output folder"


def test_files_that_are_not_articles_are_counted_in_a_note(tmp_path):
    with_good(tmp_path)
    for name in ("a.png", "b.png", "style.css", "README"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".hidden.txt").write_text(GOOD + "hidden", encoding="utf-8")
    articles, skipped, notes = corpus(tmp_path)
    assert len(articles) == 1 and not skipped
    assert "1 (no suffix), 1 .css, 2 .png" in notes[str(tmp_path)]


# --- names and links -------------------------------------------------------------------------

def test_paths_with_spaces_and_non_ascii_names(tmp_path):
    folder = tmp_path / "Новости и статьи" / "sub folder"
    folder.mkdir(parents=True)
    path = folder / "Zürich — 東京 report.txt"
    path.write_text(GOOD, encoding="utf-8")
    articles, skipped, _ = corpus(tmp_path / "Новости и статьи")
    assert not skipped and [a.source for a in articles] == [str(path)]


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_a_replacement_char(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes in a file name
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    (tmp_path / os.fsdecode(b"bad\xff.txt")).write_bytes(b"")
    articles, skipped, _ = corpus(tmp_path)
    assert [a.source for a in articles] == [str(tmp_path / "caf\ufffd.txt")]
    assert list(skipped) == [str(tmp_path / "bad\ufffd.txt")]
    for text in [articles[0].source, *skipped]:
        text.encode("utf-8")


def test_symlink_loops_and_broken_links_are_skipped_not_followed_forever(tmp_path):
    good = with_good(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    articles, skipped, _ = corpus(tmp_path)
    assert [a.source for a in articles] == [str(good)]
    assert "Too many levels of symbolic links" in skipped[str(tmp_path / "self.txt")]
    assert "broken symbolic link" in skipped[str(tmp_path / "dangling.txt")]
    assert len(skipped) == 2


def test_links_out_of_the_folder_are_skipped_and_listed_links_inside_it_followed(tmp_path):
    outside = tmp_path / "outside"
    (outside / "private").mkdir(parents=True)
    (outside / "secret.txt").write_text("Mara Velt told Joran Pikk the vault code.\n", "utf-8")
    (outside / "private" / "notes.txt").write_text("Ilse Brandow met Tavi Orsk.\n", "utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    good = with_good(folder)
    (folder / "sub" / "inner.txt").write_text("Dovrenia signed the harbour deal.\n", "utf-8")
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "sub" / "private").symlink_to(outside / "private", target_is_directory=True)
    (folder / "relative.txt").symlink_to(Path("..") / "outside" / "secret.txt")
    (folder / "also-inner.txt").symlink_to(folder / "sub" / "inner.txt")
    (folder / "sub-again").symlink_to(folder / "sub", target_is_directory=True)
    (folder / "style.css").symlink_to(outside / "secret.txt")  # not an article: ignored
    articles, skipped, _ = corpus(folder)
    assert sources(articles) == {str(good), str(folder / "also-inner.txt")}
    assert not any("vault" in a.text or "Brandow" in a.text for a in articles)
    links = {folder / "secret.txt": outside / "secret.txt",
             folder / "relative.txt": outside / "secret.txt",
             folder / "sub" / "private": outside / "private"}
    # The inner file under its own name is the same text as the link to it: kept once.
    assert set(skipped) == {str(link) for link in links} | {str(folder / "sub" / "inner.txt")}
    for link, target in links.items():
        assert skipped[str(link)].startswith(f"symbolic link to {target}, outside {folder}")
    with pytest.raises(IngestError, match=r"secret\.txt: symbolic link to .*, outside"):
        corpus(folder, strict=True)


def test_a_link_given_on_the_command_line_is_read(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "story.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "elsewhere" / "story.txt")
    (tmp_path / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    articles, skipped, _ = corpus(tmp_path / "link.txt")
    assert sources(articles) == {str(tmp_path / "link.txt")} and not skipped
    articles, skipped, _ = corpus(tmp_path / "linked")
    assert sources(articles) == {str(tmp_path / "linked" / "story.txt")} and not skipped


def test_a_missing_path_is_skipped_and_the_others_built(tmp_path):
    good = with_good(tmp_path)
    articles, skipped, _ = corpus(good, tmp_path / "typo.txt")
    assert sources(articles) == {str(good)}
    assert "no such file or folder" in skipped[str(tmp_path / "typo.txt")]


# --- files that cannot be read ---------------------------------------------------------------
# Tests run as root, and chmod 000 does not stop root from reading. So unreadable files are
# made for real where the kernel allows it (a FIFO, which would block a naive read forever)
# and simulated where it does not (EACCES/EIO are raised by a patched open/scandir).

def test_a_fifo_named_like_an_article_is_skipped_without_blocking(tmp_path):
    good = with_good(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")
    result: list = []
    reader = threading.Thread(target=lambda: result.append(corpus(tmp_path)), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert result, "reading a FIFO blocked"
    articles, skipped, _ = result[0]
    assert sources(articles) == {str(good)}
    assert "a FIFO (named pipe), not an article file" in skipped[str(tmp_path / "pipe.txt")]


def test_a_folder_named_like_an_article_is_walked(tmp_path):
    inner = tmp_path / "story.txt"
    inner.mkdir()
    (inner / "real.txt").write_text(GOOD, encoding="utf-8")
    articles, skipped, _ = corpus(inner)
    assert sources(articles) == {str(inner / "real.txt")} and not skipped


def _failing_open(victim: Path, err: int):
    real_open = open

    def fake_open(path, *args, **kwargs):
        if Path(path) == victim:
            raise OSError(err, os.strerror(err), str(path))
        return real_open(path, *args, **kwargs)

    return fake_open


def test_permission_denied_is_skipped_with_the_reason(tmp_path, monkeypatch):
    good = with_good(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD + "more", encoding="utf-8")
    monkeypatch.setattr(readers_module, "open", _failing_open(secret, errno.EACCES), raising=False)
    articles, skipped, _ = corpus(tmp_path)
    assert sources(articles) == {str(good)}
    assert skipped[str(secret)] == "cannot read (Permission denied); check its permissions"


def test_an_io_error_while_reading_is_skipped(tmp_path, monkeypatch):
    good = with_good(tmp_path)
    flaky = tmp_path / "flaky.txt"
    flaky.write_text(GOOD + "more", encoding="utf-8")
    real_open = open

    class Flaky(io.BufferedReader):
        def read(self, *args):
            raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(readers_module, "open",
                        lambda p, *a, **k: Flaky(io.FileIO(p)) if Path(p) == flaky
                        else real_open(p, *a, **k), raising=False)
    articles, skipped, _ = corpus(tmp_path)
    assert sources(articles) == {str(good)}
    assert skipped[str(flaky)] == "cannot read (Input/output error)"


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    good = with_good(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(GOOD + "inside", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    articles, skipped, _ = corpus(tmp_path)
    assert sources(articles) == {str(good)}
    assert skipped[str(locked)] == "cannot list the folder (Permission denied)"


def test_a_file_that_vanishes_before_it_is_read_is_skipped(tmp_path, monkeypatch):
    good = with_good(tmp_path)
    gone = tmp_path / "gone.txt"
    gone.write_text(GOOD + "gone", encoding="utf-8")
    real_find = find_files

    def find_then_delete(*args, **kwargs):
        files = list(real_find(*args, **kwargs))
        gone.unlink()
        return iter(files)

    monkeypatch.setattr("kg.pipeline.find_files", find_then_delete)
    articles, skipped, _ = corpus(tmp_path)
    assert sources(articles) == {str(good)}
    assert "no such file" in skipped[str(gone)]


# --- strict ----------------------------------------------------------------------------------

def test_strict_fails_listing_every_skipped_article(tmp_path):
    with_good(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    articles, skipped, _ = corpus(tmp_path)
    assert len(articles) == 1 and len(skipped) == 2
    with pytest.raises(IngestError) as caught:
        corpus(tmp_path, strict=True)
    message = str(caught.value)
    assert message.startswith("--strict: 2 article(s) could not be read, nothing was built")
    assert str(tmp_path / "empty.txt") in message and str(tmp_path / "photo.txt") in message


def test_read_articles_raises_on_the_first_problem_naming_it(tmp_path):
    with_good(tmp_path)
    (tmp_path / "z.txt").write_bytes(b"")
    with pytest.raises(IngestError, match=r"z\.txt: no article text"):
        list(read_articles([tmp_path]))


def test_display_path_keeps_valid_names_and_replaces_bad_bytes():
    assert display_path("/a b/Zürich.txt") == "/a b/Zürich.txt"
    assert display_path(os.fsdecode(b"/x/\xff.txt")) == "/x/\ufffd.txt"
