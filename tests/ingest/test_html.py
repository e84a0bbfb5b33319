"""HTML pages as users save them: the article's text, its metadata and exact offsets."""

from kg.ingest import read_file
from kg.ingest.html import html_to_text, main_passages

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour talks resume in Valdora | The Coastal Ledger</title>
<meta property="og:site_name" content="The Coastal Ledger">
</head><body>
<div class="topbar"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<div class="content"><article>
<h1>Harbour talks resume in Valdora</h1>
<time datetime="2025-03-14T09:00:00Z">March 14, 2025</time>
<p>Negotiators from the port authority and the dockworkers&#8217; union met again on
Thursday in Valdora, three weeks after talks over night-shift pay broke down.</p>
<p>The union&#8217;s chair, Tomas Eklund, said both sides had agreed to keep the terminals
open while they talk. &#8220;Nobody wants the ships to wait outside the harbour again,&#8221;
he told reporters.</p>
<p>The authority&rsquo;s director, Lena Varga, said a first offer would be tabled next week
and that she expected a deal before the summer season begins.</p>
</article>
<div class="related"><h3>Related stories</h3><ul><li><a href="/a">Ferry fares to rise in
spring</a></li><li><a href="/b">New crane arrives at north pier</a></li></ul></div>
<div class="share">Share this article on Facebook Twitter Email</div>
</div>
<div class="site-footer-links">About us | Contact | Advertise | Privacy policy</div>
</body></html>
"""


def read_page(tmp_path, page=PAGE):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_file(path)
    return article


def test_the_article_without_the_page_around_it(tmp_path):
    article = read_page(tmp_path)
    assert "Negotiators from the port authority" in article.text
    assert "he told reporters." in article.text
    assert "before the summer season begins." in article.text
    for boilerplate in ("cookies", "Related stories", "Ferry fares", "Share this", "Privacy"):
        assert boilerplate not in article.text


def test_metadata_of_a_saved_page(tmp_path):
    article = read_page(tmp_path)
    assert article.title == "Harbour talks resume in Valdora"
    assert article.date == "2025-03-14"
    assert article.publisher == "The Coastal Ledger"


def test_offsets_select_the_exact_text_after_character_references(tmp_path):
    article = read_page(tmp_path)
    for phrase in ("Tomas Eklund", "he told reporters", "Lena Varga", "summer season"):
        i = article.text.index(phrase)
        start = article.source_offset(i)
        end = article.source_offset(i + len(phrase) - 1) + 1
        assert PAGE[start:end] == phrase
    # every character is the file's own, except a decoded reference, which points at its "&"
    for i, ch in enumerate(article.text):
        at = PAGE[article.source_offset(i)]
        assert at == ch or (at == "&" and ch in "’“”") or ch == "\n"


def test_a_page_with_no_article_keeps_its_visible_text():
    text, _, meta = html_to_text("<html><body><p>The leaders met &amp; talked.</p></body></html>")
    assert text.strip() == "The leaders met & talked."
    assert "title" not in meta


def test_passages_are_found_over_line_breaks_and_in_order():
    visible = "Menu\nFirst para\ngraph here.\nAd text\nSecond one.\nFooter"
    spans = main_passages(visible, "First para graph here.\nNot on the page\nSecond one.")
    assert [visible[s:e] for s, e in spans] == ["First para\ngraph here.", "Second one."]


def test_a_passage_repeated_on_the_page_is_taken_after_the_previous_one():
    visible = "Summary: talks resume.\nStory starts.\nTalks resume.\nStory ends."
    spans = main_passages(visible, "Story starts.\nTalks resume.\nStory ends.")
    assert [visible[s:e] for s, e in spans] == ["Story starts.\nTalks resume.\nStory ends."]


def test_a_passage_matched_ahead_of_its_place_does_not_lose_the_rest():
    visible = "Lead: the port reopens.\nStory begins here.\nThe port reopens.\nStory ends here."
    extracted = "The port reopens.\nStory begins here.\nStory ends here."
    spans = main_passages(visible, extracted)
    assert [visible[s:e] for s, e in spans] == [
        "Story begins here.\nThe port reopens.\nStory ends here."
    ]


def test_table_cells_and_list_items_are_found_one_by_one():
    visible = "Menu\nName\nAge\nAnna Berg\n41\n1. Mix the flour and sugar.\nFooter"
    extracted = "| Name | Age |\n| Anna Berg | 41 |\n- 1.Mix the flour and sugar."
    kept = "".join(visible[s:e] for s, e in main_passages(visible, extracted))
    assert "Anna Berg" in kept and "1. Mix the flour and sugar." in kept
    assert "Menu" not in kept and "Footer" not in kept


def test_a_line_the_page_does_not_have_whole_is_found_by_its_sentences():
    story = "The harbour reopened on Monday. Ferries run to the islands again."
    visible = "Posted on 12/11/2019 by Ann Lee\n" + story
    extracted = "12/11/201912/11/2019 " + story
    spans = main_passages(visible, extracted)
    assert [visible[s:e] for s, e in spans] == ["Ferries run to the islands again."]
