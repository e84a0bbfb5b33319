"""Page noise found by its shape, on a blank tokenizer."""

import pytest
import spacy

from kg.extract.page_noise import noise_tokens


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def noise(blank, text: str) -> str:
    doc = blank(text)
    return " ".join(t.text for t, flag in zip(doc, noise_tokens(doc), strict=True) if flag)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Rhea Calloway (D-Va.) said on Monday.", "D-Va."),
        ("Rep. Otis Varga, R-Ohio, backed the bill.", "R-Ohio"),
        ("Sen. Dana Mirelli (Ariz.) voted yes.", "( Ariz . )"),
        ("The vote is set for 10 a.m. Eastern Daylight Time on Friday.", "Eastern Daylight Time"),
        ("Talks resume at 14:00 GMT.", "GMT"),
        ("LUSAKA, Zambia (Southwire) — The talks resumed.", "( Southwire )"),
        ("MOSCOW, March 3 /Newsline/. The talks resumed.", "/Newsline/."),
        ("Photo: Tomas Reyes/Harbor Images", "Photo : Tomas Reyes / Harbor Images"),
        ("(Photo by Ana Lutz)", "( Photo by Ana Lutz )"),
        ("A clinic in Gulu. (Photo: Ana Lutz / Nile Dispatch)",
         "( Photo : Ana Lutz / Nile Dispatch )"),
        ('The general, known as "The Falcon", spoke.', 'known as " The Falcon "'),
        # the case of the words before a nickname does not matter
        ('The general, Known As "The Falcon", spoke.', 'Known As " The Falcon "'),
        ("The singer, a.k.a. 'Nightjar', spoke.", "a.k.a. ' Nightjar '"),
        ("Talks resume at 09:00 CEST on Monday.", "CEST"),
        ("Polls open at 8 a.m. Central European Time.", "Central European Time"),
        ("The deadline is 23:59 Gulf Time on Sunday.", "Gulf Time"),
        ("HARBIN/OSLO, May 3 (Southwire) - The talks resumed.", "( Southwire )"),
        ("Photo by Ana Lutz / Nile Dispatch", "Photo by Ana Lutz / Nile Dispatch"),
        # a caption ends with its line: the dateline below it is not its agency's
        ("Tomas Reyes/Harbor Images\nLUSAKA, Zambia - Talks resumed.",
         "Tomas Reyes / Harbor Images"),
        # a zone's abbreviation after a clock time, ending its line or clause
        ("Nordic Wire\n3 December 2025, 14:20 MSK\nOSLO - Talks resumed.", "MSK"),
        ("The vote opens at 9:30 a.m. ET, officials said.", "ET"),
        # a page's time stamp: the zone before the next item of the line
        ("Published Jan 30, 2026 9:14 AM ET | Updated Jan 30", "ET"),
        ("Updated November 5, 2025, 7:42 PM ET\nTalks resumed.", "ET"),
        # a web page's own lines around any story
        ("Wirenet Staff\n\n2 Min Read\n\nLIMA - Talks resumed.", "Wirenet Staff 2 Min Read"),
        ("Image source, Harbor Wire\nImage caption,\nThe minister spoke.",
         "Image source , Harbor Wire Image caption ,"),
        ('Press "Enter" to skip to content\n\nTalks resumed.',
         'Press " Enter " to skip to content'),
        ("Talks resumed.\n\nLeave a Reply\n\nYour email address", "Leave a Reply"),
        ("Last Modified: 04 Jun 2011 13:36\nA court ruled.", "Last Modified : 04 Jun 2011 13:36"),
        ("Our Standards: The Harbor Trust Principles.",
         "Our Standards : The Harbor Trust Principles ."),
        ("Main Navigation\n\nTalks resumed.", "Main Navigation"),
        ("Please use Chrome browser for a more accessible video player\n0:50",
         "Please use Chrome browser for a more accessible video player"),
        # a company's stock ticker in brackets
        ("Halvex Euronext (NYSE:HVX) shareholders voted.", "( NYSE : HVX )"),
        ("Corvane Ltd (ASX: CVN) said profit rose.", "( ASX : CVN )"),
        ("Shares of Brightwell Foods (BWF:US) fell.", "( BWF : US )"),
        ("Exxel Mobil Corp (XEL.N) was fined.", "( XEL.N )"),
    ],
)
def test_page_noise_is_found(blank, text, expected):
    assert noise(blank, text).replace(" ", "") == expected.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "Delegates from the U.S.-China working group met in Paris (France) on Monday.",
        "Police in Memphis, Tenn., said the service runs 24/7.",
        "The Photo Agency said images of the war were verified.",
        "She said the time had come.",
        "The Time Out Group said sales of 2 Time Square rose.",
        "Photographers by the river took pictures.",
        "The score was 2:1 NATO said, before the 10:15 UN session began.",
        # a body's abbreviation in brackets is its name, not a ticker
        "The United Auto Workers (UAW) said the vote passed.",
        "The World Health Organization (WHO) said cases rose (by 4 percent).",
        # the reporters and editors a credit names are people of the article
        "(Reporting by Ana Lutz; Editing by Ben Kroll)",
        # staff, images and navigation in prose
        "Hospital staff said the Image of the clinic was fake.",
        "The minister's navigation of the crisis drew praise; he will leave a reply later.",
        "The Staff College said the images were taken last week.",
    ],
)
def test_prose_is_not_noise(blank, text):
    assert noise(blank, text) == ""
