import unicodedata

from kg.ingest import make_article
from kg.ingest.clean import clean_text, drop_format, sanitize
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


def test_promotion_share_and_comment_lines_are_dropped():
    source = (
        "Join now for FREE unlimited access to Examplewire.com\n"
        "Short Url\n"
        "The ministers met on Monday.\n"
        "Leave a Reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "Members who join now for free meals said the scheme worked.\n"
    )
    text = clean_text(source).text
    assert "FREE" not in text and "Short Url" not in text
    assert "Leave a Reply" not in text and "email address" not in text
    assert "The ministers met on Monday." in text
    assert "Members who join now for free meals" in text  # prose, not a line of its own


def test_format_characters_are_left_out_and_a_zero_width_space_reads_as_a_space():
    source = ("\u200eOlaf\u200bScholz met Ur\u00adsula Lind in Ber\u2060lin.\ufeff\n"
              "The\u200d talks\u202e ended\U000e0041.\n")
    cleaned = clean_text(sanitize(source))
    assert cleaned.text == "Olaf Scholz met Ursula Lind in Berlin.\nThe talks ended.\n"
    article = make_article("x.txt", source)
    assert article.text == cleaned.text
    for i, ch in enumerate(article.text):
        found = source[article.source_offset(i)]
        assert found == ch or (ch, found) == (" ", "\u200b")


def test_a_zero_width_space_inside_a_word_is_left_out_with_its_offsets_kept():
    source = "Chuck Sch\u200bumar met Olaf\u200bScholz and\u200b Lena\u200b.\n"
    cleaned = clean_text(sanitize(source))
    assert cleaned.text == "Chuck Schumar met Olaf Scholz and  Lena .\n"
    article = make_article("x.txt", source)
    for i, ch in enumerate(article.text):
        found = source[article.source_offset(i)]
        assert found == ch or (ch, found) == (" ", "\u200b")


def test_metadata_loses_its_format_characters():
    meta = {"title": "Harbour\u2060 Talks\ufeff", "publisher": "Dov\u200dWire"}
    article = make_article("x.txt", "Talks\u00ad went on.\n", meta=meta)
    assert article.title == "Harbour Talks" and article.publisher == "DovWire"
    assert drop_format("Zero\u200cwidth\u00ad") == "Zerowidth"


def test_every_format_character_is_dropped_and_nothing_else():
    for code in range(0x110000):
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Cf":
            assert drop_format(char) == "", f"U+{code:04X}"
        elif drop_format(char) == "":
            assert category == "Cn", f"U+{code:04X} is {category}"  # assigned in later Unicode


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


def test_the_publisher_is_no_section_label_nor_the_city_after_it():
    assert find_publisher(["Analysis | The Ostend Ledger | 19 December 2025"], []) == (
        "The Ostend Ledger")
    assert find_publisher(["Opinion - Daily Vane - May 4, 2026"], []) == "Daily Vane"
    # a section of the page, a business desk's or a continent's, is no publisher
    assert find_publisher(["THE ORRIN LEDGER", "Corporate | 18 December 2025"], []) is None
    assert find_publisher(["THE ORRIN LEDGER", "Europe | Thursday 20 November 2025"], []) is None
    assert find_publisher([], ["© 2025 The Dorvale Sentinel, Nairobi. All rights reserved."]) == (
        "The Dorvale Sentinel")
    assert find_publisher([], ["Copyright 2025 Acme Media, Inc. All rights reserved."]) == (
        "Acme Media")


def test_the_agency_a_dateline_credits_is_the_publisher_where_nothing_else_says():
    lead = ["Sanctions widen", "By Ana Roe", "KYIV/LONDON, Oct 23 (Harbor Wire) - Officials"]
    assert find_publisher(lead[:2], [], lead) == "Harbor Wire"
    assert find_publisher([], [], ["UNITED NATIONS (DCW) — Russia vetoed the draft."]) == "DCW"
    assert find_publisher([], [], ["MOSCOW, May 3 /Nevsky Agency/. Officials said."]) == (
        "Nevsky Agency")
    # a copyright line says more than a dateline
    assert find_publisher([], ["© 2025 Rhine Courier."], ["BONN (Wire Two) — Talks"]) == (
        "Rhine Courier")
    # brackets inside prose credit no one
    assert find_publisher([], [], ["WASHINGTON — Ana Roe (a senator) - said no."]) is None
    assert find_publisher([], [], ["Ana Roe said (on Monday) - no deal."]) is None


def test_metadata_from_dateline_byline_and_headline():
    assert parse_date("Friday, November 21, 2025") == "2025-11-21"
    assert parse_date("on 3 March 2024 in Paris") == "2024-03-03"
    assert parse_date("no date here") is None
    header = ["- The Example Times - Friday, November 21, 2025", "Body starts here."]
    assert find_publisher(header, []) == "The Example Times"
    assert find_date("\n".join(header)) == "2025-11-21"
    assert find_author(["Author`s name Anna Smith"]) == "Anna Smith"
    assert find_author(["• Jo Bloggs can be reached at jo@example.com."]) == "Jo Bloggs"
    assert find_author(["By Ingrid Solheim"]) == "Ingrid Solheim"
    assert find_author(["by Tae-yul Cho"]) == "Tae-yul Cho"
    assert find_author(["BY Rania Haddad, Gulf Wire"]) == "Rania Haddad"
    assert find_author(["By Ana Lima and Jo Bloggs"]) == "Ana Lima"
    assert find_author(["By the end of the week the deal was done"]) is None
    assert find_author(["Bypass Road Closed Today"]) is None
    assert find_author(["By Web Desk"]) is None  # the outlet's desk, no person
    assert find_author(["By News Bureau, Harbor Wire"]) is None
    assert find_author(["By Staff Reporters"]) is None
    assert (
        find_title("Leaders Meet in Geneva\nThe leaders met on Monday.") == "Leaders Meet in Geneva"
    )
    assert find_title("The leaders met on Monday in Geneva to talk.\nMore.") is None


def test_iso_timestamps_are_dates():
    assert parse_date("2025-03-14T09:00:00Z") == "2025-03-14"
