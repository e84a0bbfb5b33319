"""General knowledge of English news prose: places, demonyms, titles, honorifics.

These are facts about the world and the language (countries and their
adjectives, capital cities, the words for job titles), not names from any
particular article.
"""

from __future__ import annotations

__all__ = [
    "COUNTRIES", "DEMONYMS", "CAPITALS", "REGIONS", "PLACE_NAMES", "COUNTRY_ALIASES",
    "HONORIFICS", "TITLE_PREDICATE", "ORG_HEADS", "PLAN_HEADS", "SPEECH_VERBS",
    "country_of", "canonical_place",
]

# country -> demonyms (adjective and plural noun forms)
_COUNTRY_DEMONYMS: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",), "Albania": ("Albanian",), "Algeria": ("Algerian",),
    "Argentina": ("Argentine", "Argentinian"), "Armenia": ("Armenian",),
    "Australia": ("Australian",), "Austria": ("Austrian",), "Azerbaijan": ("Azerbaijani",),
    "Bahrain": ("Bahraini",), "Bangladesh": ("Bangladeshi",), "Belarus": ("Belarusian",),
    "Belgium": ("Belgian",), "Bolivia": ("Bolivian",), "Bosnia": ("Bosnian",),
    "Brazil": ("Brazilian",), "Bulgaria": ("Bulgarian",), "Cambodia": ("Cambodian",),
    "Canada": ("Canadian",), "Chile": ("Chilean",), "China": ("Chinese",),
    "Colombia": ("Colombian",), "Croatia": ("Croatian",), "Cuba": ("Cuban",),
    "Cyprus": ("Cypriot",), "Czech Republic": ("Czech",), "Denmark": ("Danish", "Dane"),
    "Egypt": ("Egyptian",), "Estonia": ("Estonian",), "Ethiopia": ("Ethiopian",),
    "Finland": ("Finnish", "Finn"), "France": ("French",), "Georgia": ("Georgian",),
    "Germany": ("German",), "Greece": ("Greek",), "Hungary": ("Hungarian",),
    "Iceland": ("Icelandic",), "India": ("Indian",), "Indonesia": ("Indonesian",),
    "Iran": ("Iranian",), "Iraq": ("Iraqi",), "Ireland": ("Irish",), "Israel": ("Israeli",),
    "Italy": ("Italian",), "Japan": ("Japanese",), "Jordan": ("Jordanian",),
    "Kazakhstan": ("Kazakh",), "Kenya": ("Kenyan",), "Kosovo": ("Kosovar",),
    "Kuwait": ("Kuwaiti",), "Latvia": ("Latvian",), "Lebanon": ("Lebanese",),
    "Libya": ("Libyan",), "Lithuania": ("Lithuanian",), "Malaysia": ("Malaysian",),
    "Mexico": ("Mexican",), "Moldova": ("Moldovan",), "Mongolia": ("Mongolian",),
    "Morocco": ("Moroccan",), "Netherlands": ("Dutch",), "New Zealand": ("New Zealander",),
    "Nigeria": ("Nigerian",), "North Korea": ("North Korean",), "Norway": ("Norwegian",),
    "Oman": ("Omani",), "Pakistan": ("Pakistani",), "Palestine": ("Palestinian",),
    "Peru": ("Peruvian",), "Philippines": ("Filipino", "Philippine"), "Poland": ("Polish", "Pole"),
    "Portugal": ("Portuguese",), "Qatar": ("Qatari",), "Romania": ("Romanian",),
    "Russia": ("Russian",), "Saudi Arabia": ("Saudi",), "Serbia": ("Serbian", "Serb"),
    "Singapore": ("Singaporean",), "Slovakia": ("Slovak",), "Slovenia": ("Slovenian",),
    "Somalia": ("Somali",), "South Africa": ("South African",), "South Korea": ("South Korean",),
    "Spain": ("Spanish", "Spaniard"), "Sudan": ("Sudanese",), "Sweden": ("Swedish", "Swede"),
    "Switzerland": ("Swiss",), "Syria": ("Syrian",), "Taiwan": ("Taiwanese",),
    "Thailand": ("Thai",), "Tunisia": ("Tunisian",), "Turkey": ("Turkish", "Turk"),
    "Ukraine": ("Ukrainian",), "United Arab Emirates": ("Emirati",),
    "United Kingdom": ("British", "Briton"), "United States": ("American",),
    "Uzbekistan": ("Uzbek",), "Venezuela": ("Venezuelan",), "Vietnam": ("Vietnamese",),
    "Yemen": ("Yemeni",),
}
#: Other names of countries, mapped to the canonical name.
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "United States", "US": "United States", "U.S.A.": "United States",
    "USA": "United States", "America": "United States", "United States of America": "United States",
    "the United States": "United States", "the U.S.": "United States", "the US": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "Russian Federation": "Russia", "UAE": "United Arab Emirates",
    "Czechia": "Czech Republic", "Holland": "Netherlands", "Türkiye": "Turkey",
    "PRC": "China", "DPRK": "North Korea",
}
COUNTRIES = frozenset(_COUNTRY_DEMONYMS)
DEMONYMS: dict[str, str] = {}
for _country, _adjectives in _COUNTRY_DEMONYMS.items():
    for _adj in _adjectives:
        DEMONYMS[_adj] = _country
        if not _adj.endswith(("s", "sh", "ch", "ese", ".")) and _adj not in {"US"}:
            DEMONYMS[_adj + "s"] = _country  # "Ukrainians"
DEMONYMS.update({"Americans": "United States", "Europeans": "Europe", "European": "Europe",
                 "Western": "", "Soviet": "", "Arab": ""})

CAPITALS = frozenset({
    "Kabul", "Tirana", "Algiers", "Buenos Aires", "Yerevan", "Canberra", "Vienna", "Baku",
    "Dhaka", "Minsk", "Brussels", "Brasilia", "Sofia", "Ottawa", "Santiago", "Beijing",
    "Bogota", "Zagreb", "Havana", "Nicosia", "Prague", "Copenhagen", "Cairo", "Tallinn",
    "Addis Ababa", "Helsinki", "Paris", "Tbilisi", "Berlin", "Athens", "Budapest", "Reykjavik",
    "New Delhi", "Delhi", "Jakarta", "Tehran", "Baghdad", "Dublin", "Jerusalem", "Tel Aviv",
    "Rome", "Tokyo", "Amman", "Astana", "Nairobi", "Pristina", "Riga", "Beirut", "Tripoli",
    "Vilnius", "Kuala Lumpur", "Mexico City", "Chisinau", "Rabat", "Amsterdam", "The Hague",
    "Wellington", "Abuja", "Pyongyang", "Oslo", "Muscat", "Islamabad", "Lima", "Manila",
    "Warsaw", "Lisbon", "Doha", "Bucharest", "Moscow", "Riyadh", "Belgrade", "Bratislava",
    "Ljubljana", "Mogadishu", "Pretoria", "Seoul", "Madrid", "Khartoum", "Stockholm", "Bern",
    "Damascus", "Taipei", "Bangkok", "Tunis", "Ankara", "Kyiv", "Kiev", "Abu Dhabi", "London",
    "Washington", "Tashkent", "Caracas", "Hanoi", "Sanaa",
    # large cities that news names as often as capitals
    "New York", "Los Angeles", "Chicago", "San Francisco", "Miami", "Geneva", "Istanbul",
    "Dubai", "Hong Kong", "Shanghai", "Mumbai", "St Petersburg", "St. Petersburg", "Munich",
    "Frankfurt", "Milan", "Barcelona", "Sydney", "Toronto", "Kharkiv", "Odesa", "Odessa", "Lviv",
})
REGIONS = frozenset({
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America",
    "Middle East", "the Middle East", "Balkans", "the Balkans", "Caucasus", "Scandinavia",
    "Arctic", "Antarctica", "Siberia", "Gaza", "West Bank", "Crimea", "Kashmir", "Tibet",
    "Alaska", "California", "Texas", "Florida", "Hawaii",
})
PLACE_NAMES = COUNTRIES | CAPITALS | REGIONS | frozenset(COUNTRY_ALIASES)


def canonical_place(name: str) -> str:
    """The canonical form of a country name ("U.S." -> "United States")."""
    return COUNTRY_ALIASES.get(name) or COUNTRY_ALIASES.get(name + ".") or name


def country_of(word: str) -> str | None:
    """The country a demonym or country name stands for, if any."""
    if word in COUNTRIES:
        return word
    if word in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[word]
    return DEMONYMS.get(word) or None


HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
                        "madam", "lord", "lady", "prof", "prof."})

#: Job-title words and the predicate they give between the holder and the body.
TITLE_PREDICATE: dict[str, str] = {
    "president": "leaderOf", "chancellor": "leaderOf", "head": "leaderOf",
    "chief": "leaderOf", "chairman": "leaderOf", "chairwoman": "leaderOf", "chair": "leaderOf",
    "leader": "leaderOf", "secretary": "leaderOf", "prime minister": "leaderOf", "premier": "leaderOf",
    "king": "leaderOf", "queen": "leaderOf", "director": "leaderOf", "ceo": "leaderOf",
    "governor": "leaderOf", "mayor": "leaderOf", "commander": "leaderOf", "founder": "leaderOf",
    "general secretary": "leaderOf", "secretary-general": "leaderOf", "secretary general": "leaderOf",
    "spokesman": "spokespersonOf", "spokeswoman": "spokespersonOf", "spokesperson": "spokespersonOf",
    "press secretary": "spokespersonOf", "spokespeople": "spokespersonOf",
    "minister": "memberOf", "official": "memberOf", "envoy": "memberOf", "journalist": "memberOf",
    "correspondent": "memberOf", "reporter": "memberOf", "editor": "memberOf",
    "analyst": "memberOf", "economist": "memberOf", "diplomat": "memberOf", "ambassador": "memberOf",
    "lawmaker": "memberOf", "senator": "memberOf", "member": "memberOf", "mp": "memberOf",
    "negotiator": "memberOf", "representative": "memberOf", "officer": "memberOf",
    "foreign minister": "memberOf", "defence minister": "memberOf", "defense minister": "memberOf",
    "general": "memberOf", "deputy": "memberOf", "researcher": "memberOf", "executive": "memberOf",
    "adviser": "advisorOf", "advisor": "advisorOf", "aide": "advisorOf",
    "chief of staff": "advisorOf", "special envoy": "advisorOf", "counsellor": "advisorOf",
    "counselor": "advisorOf",
}

#: Final words that make a capitalised name an organisation.
ORG_HEADS = frozenset({
    "administration", "agency", "army", "association", "bank", "board", "bureau", "cabinet",
    "church", "college", "commission", "committee", "company", "congress", "corporation",
    "council", "court", "department", "federation", "force", "forces", "foundation", "fund",
    "government", "group", "guard", "institute", "league", "ministry", "navy", "news",
    "office", "organization", "organisation", "parliament", "partners", "party", "post",
    "press", "senate", "service", "times", "union", "university", "zeitung", "journal",
    "tribune", "herald", "gazette", "telegraph", "guardian", "inc", "inc.", "ltd", "llc",
    "co", "corp", "house", "kremlin", "pentagon", "network", "media", "review", "magazine",
})

#: Head nouns of plans, proposals and agreements.
PLAN_HEADS = frozenset({"plan", "proposal", "deal", "agreement", "framework", "accord",
                        "roadmap", "road map", "initiative", "treaty", "blueprint", "ceasefire"})

SPEECH_VERBS = frozenset({
    "say", "tell", "add", "write", "note", "state", "ask", "insist", "claim", "argue",
    "explain", "warn", "declare", "announce", "suggest", "stress", "emphasize", "emphasise",
    "conclude", "reply", "respond", "post", "tweet", "comment", "remark", "continue", "confirm",
    "acknowledge", "admit", "deny", "describe", "call", "urge", "reiterate", "assert",
})
