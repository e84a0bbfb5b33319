from kg.ingest.clean import clean_text
from kg.ingest.metadata import find_author, find_date, find_publisher, find_title, parse_date


def test_boilerplate_lines_are_dropped_and_offsets_map_back():
    source = (
        "Officials met on Monday.\n"
        "Advertisement\n"
        "SEE ALSO: Something else entirely\n"
        "The talks went on [ Ten killed in storm Opens in new window ] for hours.\n"
        "READ MORE\n"
        "Subscribe to Example News Telegram channel!\n"
        "Please read our comment policy before commenting.\n"
        "• Jane Roe can be reached at jroe@example.com.\n"
        "Copyright © 2025 Example News, LLC. Click here for reprint permission.\n"
    )
    cleaned = clean_text(source)
    assert "Advertisement" not in cleaned.text
    assert "SEE ALSO" not in cleaned.text
    assert "Opens in new window" not in cleaned.text
    assert "READ MORE" not in cleaned.text
    assert "Subscribe" not in cleaned.text and "comment policy" not in cleaned.text
    assert "reached at" not in cleaned.text and "Copyright" not in cleaned.text
    assert "Officials met on Monday." in cleaned.text
    assert "The talks went on" in cleaned.text and "for hours." in cleaned.text
    from kg.model import Article

    article = Article("x", "s", cleaned.text, offsets=cleaned.offsets)
    for i, ch in enumerate(cleaned.text):
        assert source[article.source_offset(i)] == ch


def test_inline_copyright_tail_is_cut():
    cleaned = clean_text("Moscow was not ready. - Copyright The Daily Example Limited 2025\n")
    assert cleaned.text.strip() == "Moscow was not ready."
    assert find_publisher([], list(cleaned.dropped)) == "The Daily Example"


def test_an_inline_rights_notice_is_cut_and_the_sentence_before_it_kept():
    source = "Berg met Lind in Oslo. All rights reserved.\nThe talks resume today.\n"
    cleaned = clean_text(source)
    assert cleaned.text == "Berg met Lind in Oslo.\nThe talks resume today.\n"
    assert "All rights reserved." in cleaned.dropped
    from kg.model import Article

    # The sentence before the cut ends, in the source, where its full stop is.
    article = Article("x", "s", cleaned.text, offsets=cleaned.offsets)
    start, end = article.source_span(0, len("Berg met Lind in Oslo."))
    assert source[start:end] == "Berg met Lind in Oslo."
    later = cleaned.text.index("The talks")
    assert source[article.source_offset(later):].startswith("The talks resume today.")


def test_metadata_from_dateline_byline_and_headline():
    assert parse_date("Friday, November 21, 2025") == "2025-11-21"
    assert parse_date("on 3 March 2024 in Paris") == "2024-03-03"
    assert parse_date("no date here") is None
    header = ["- The Example Times - Friday, November 21, 2025", "Body starts here."]
    assert find_publisher(header, []) == "The Example Times"
    assert find_date("\n".join(header)) == "2025-11-21"
    assert find_author(["Author`s name Anna Smith"]) == "Anna Smith"
    assert find_author(["• Jo Bloggs can be reached at jo@example.com."]) == "Jo Bloggs"
    assert (
        find_title("Leaders Meet in Geneva\nThe leaders met on Monday.") == "Leaders Meet in Geneva"
    )
    assert find_title("The leaders met on Monday in Geneva to talk.\nMore.") is None


def test_iso_timestamps_are_dates():
    assert parse_date("2025-03-14T09:00:00Z") == "2025-03-14"
