"""General knowledge of English news prose: places, demonyms, titles, honorifics.

These are facts about the world and the language (countries and their
adjectives, capital cities, the words for job titles), not names from any
particular article.
"""

from __future__ import annotations

import re

__all__ = [
    "COUNTRIES",
    "PARTY_PLURALS",
    "STATES_AND_PROVINCES",
    "COUNCILLOR_ABBREVIATIONS",
    "POLICE_RANKS",
    "rank_before_name",
    "PLAYER_POSITIONS",
    "CAPITAL_COUNTRIES",
    "DEMONYMS",
    "PORTFOLIOS",
    "COUNTER_PLANS",
    "CAPITALS",
    "FIRM_WORDS_FIRST",
    "REGIONS",
    "OTHER_PLACE_NAMES",
    "RESTORING_VERBS",
    "LEAVING_VERBS",
    "PLACE_NAMES",
    "COMPASS_SHORTHANDS",
    "COUNTRY_ALIASES",
    "HONORIFICS",
    "POLICY_AREAS",
    "OUTLET_MEDIA",
    "STATE_FORMS",
    "RANKED_STYLES",
    "STYLE_OPENERS",
    "STYLES_OF_ADDRESS",
    "STYLE_RANKS",
    "TITLE_PREDICATE",
    "SUBORDINATE_TITLE_WORDS",
    "ORG_HEADS",
    "NAMED_PLAN_HEADS",
    "NATIONAL_BODIES",
    "PLAN_HEADS",
    "MEASURES",
    "DOCUMENT_KINDS",
    "document_kind",
    "SPEECH_VERBS",
    "SIGNING_VERBS",
    "GENERIC_HEADS",
    "OCCUPATIONS",
    "OUTLET_WORDS",
    "PARTY_ALIASES",
    "PARTY_MEMBER_NOUNS",
    "PARTY_WORDS",
    "INSTITUTION_QUALIFIERS",
    "PLACE_HEADS",
    "COMPANY_WORDS",
    "LEGAL_FORMS",
    "HYPOCORISMS",
    "NAME_SPELLINGS",
    "PAGE_LABELS",
    "PEOPLES",
    "EVENT_HEADS",
    "THING_ABBREVIATIONS",
    "LINK_LEADS",
    "CLUB_WORDS",
    "CLUB_SUFFIXES",
    "CLUB_OPENERS",
    "POSSESSIVE_MARKS",
    "PAST_TITLE_WORDS",
    "OFFICES_ABSENT",
    "SECRETARIES_CABINETS",
    "SEATS_OF_GOVERNMENT",
    "country_of",
    "country_of_national",
    "canonical_place",
]

# country -> demonyms (adjective and plural noun forms)
_COUNTRY_DEMONYMS: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",),
    "Albania": ("Albanian",),
    "Algeria": ("Algerian",),
    "Argentina": ("Argentine", "Argentinian"),
    "Armenia": ("Armenian",),
    "Australia": ("Australian",),
    "Austria": ("Austrian",),
    "Azerbaijan": ("Azerbaijani", "Azeri"),
    "Bahrain": ("Bahraini",),
    "Bangladesh": ("Bangladeshi",),
    "Belarus": ("Belarusian",),
    "Belgium": ("Belgian",),
    "Bolivia": ("Bolivian",),
    "Bosnia": ("Bosnian",),
    "Brazil": ("Brazilian",),
    "Bulgaria": ("Bulgarian",),
    "Cambodia": ("Cambodian",),
    "Canada": ("Canadian",),
    "Chile": ("Chilean",),
    "China": ("Chinese",),
    "Colombia": ("Colombian",),
    "Croatia": ("Croatian",),
    "Cuba": ("Cuban",),
    "Cyprus": ("Cypriot",),
    "Czech Republic": ("Czech",),
    "Denmark": ("Danish", "Dane"),
    "Egypt": ("Egyptian",),
    "Estonia": ("Estonian",),
    "Ethiopia": ("Ethiopian",),
    "Finland": ("Finnish", "Finn"),
    "France": ("French",),
    "Georgia": ("Georgian",),
    "Germany": ("German",),
    "Greece": ("Greek",),
    "Hungary": ("Hungarian",),
    "Iceland": ("Icelandic",),
    "India": ("Indian",),
    "Indonesia": ("Indonesian",),
    "Iran": ("Iranian",),
    "Iraq": ("Iraqi",),
    "Ireland": ("Irish",),
    "Israel": ("Israeli",),
    "Italy": ("Italian",),
    "Japan": ("Japanese",),
    "Jordan": ("Jordanian",),
    "Kazakhstan": ("Kazakh",),
    "Kenya": ("Kenyan",),
    "Kosovo": ("Kosovar",),
    "Kuwait": ("Kuwaiti",),
    "Latvia": ("Latvian",),
    "Lebanon": ("Lebanese",),
    "Libya": ("Libyan",),
    "Lithuania": ("Lithuanian",),
    "Malaysia": ("Malaysian",),
    "Mexico": ("Mexican",),
    "Moldova": ("Moldovan",),
    "Mongolia": ("Mongolian",),
    "Morocco": ("Moroccan",),
    "Netherlands": ("Dutch",),
    "New Zealand": ("New Zealander",),
    "Nigeria": ("Nigerian",),
    "North Korea": ("North Korean",),
    "Norway": ("Norwegian",),
    "Oman": ("Omani",),
    "Pakistan": ("Pakistani",),
    "Palestine": ("Palestinian",),
    "Peru": ("Peruvian",),
    "Philippines": ("Filipino", "Philippine"),
    "Poland": ("Polish", "Pole"),
    "Portugal": ("Portuguese",),
    "Qatar": ("Qatari",),
    "Romania": ("Romanian",),
    "Russia": ("Russian",),
    "Saudi Arabia": ("Saudi",),
    "Serbia": ("Serbian", "Serb"),
    "Singapore": ("Singaporean",),
    "Slovakia": ("Slovak",),
    "Slovenia": ("Slovenian",),
    "Somalia": ("Somali",),
    "South Africa": ("South African",),
    "South Korea": ("South Korean",),
    "Spain": ("Spanish", "Spaniard"),
    "Sudan": ("Sudanese",),
    "Sweden": ("Swedish", "Swede"),
    "Switzerland": ("Swiss",),
    "Syria": ("Syrian",),
    "Taiwan": ("Taiwanese",),
    "Thailand": ("Thai",),
    "Tunisia": ("Tunisian",),
    "Turkey": ("Turkish", "Turk"),
    "Ukraine": ("Ukrainian",),
    "United Arab Emirates": ("Emirati",),
    "United Kingdom": ("British", "Briton"),
    "United States": ("American",),
    "Uzbekistan": ("Uzbek",),
    "Venezuela": ("Venezuelan",),
    "Vietnam": ("Vietnamese",),
    "Yemen": ("Yemeni",),
    "Angola": ("Angolan",),
    "Benin": ("Beninese",),
    "Bhutan": ("Bhutanese",),
    "Botswana": ("Botswanan",),
    "Brunei": ("Bruneian",),
    "Burkina Faso": ("Burkinabe",),
    "Burundi": ("Burundian",),
    "Cameroon": ("Cameroonian",),
    "Chad": ("Chadian",),
    "Congo": ("Congolese",),
    "Djibouti": ("Djiboutian",),
    "Ecuador": ("Ecuadorian", "Ecuadorean"),
    "Eritrea": ("Eritrean",),
    "Fiji": ("Fijian",),
    "Gabon": ("Gabonese",),
    "Gambia": ("Gambian",),
    "Ghana": ("Ghanaian",),
    "Guatemala": ("Guatemalan",),
    "Guinea": ("Guinean",),
    "Haiti": ("Haitian",),
    "Honduras": ("Honduran",),
    "Jamaica": ("Jamaican",),
    "Kyrgyzstan": ("Kyrgyz",),
    "Laos": ("Laotian",),
    "Liberia": ("Liberian",),
    "Luxembourg": ("Luxembourgish",),
    "Madagascar": ("Malagasy",),
    "Malawi": ("Malawian",),
    "Maldives": ("Maldivian",),
    "Mali": ("Malian",),
    "Malta": ("Maltese",),
    "Mauritania": ("Mauritanian",),
    "Mauritius": ("Mauritian",),
    "Montenegro": ("Montenegrin",),
    "Mozambique": ("Mozambican",),
    "Myanmar": ("Burmese",),
    "Namibia": ("Namibian",),
    "Nepal": ("Nepali", "Nepalese"),
    "Nicaragua": ("Nicaraguan",),
    "Niger": ("Nigerien",),
    "Panama": ("Panamanian",),
    "Paraguay": ("Paraguayan",),
    "Rwanda": ("Rwandan",),
    "Senegal": ("Senegalese",),
    "Sri Lanka": ("Sri Lankan",),
    "Suriname": ("Surinamese",),
    "Tajikistan": ("Tajik",),
    "Tanzania": ("Tanzanian",),
    "Togo": ("Togolese",),
    "Turkmenistan": ("Turkmen",),
    "Uganda": ("Ugandan",),
    "Uruguay": ("Uruguayan",),
    "Zambia": ("Zambian",),
    "Zimbabwe": ("Zimbabwean",),
    "Andorra": ("Andorran",),
    "Bahamas": ("Bahamian",),
    "Barbados": ("Barbadian",),
    "Belize": ("Belizean",),
    "Cape Verde": ("Cape Verdean",),
    "Central African Republic": (),
    "Comoros": ("Comoran",),
    "Democratic Republic of Congo": (),
    "Costa Rica": ("Costa Rican",),
    "Ivory Coast": ("Ivorian",),
    "Dominican Republic": ("Dominican",),
    "El Salvador": ("Salvadoran",),
    "Equatorial Guinea": ("Equatoguinean",),
    "Eswatini": ("Swazi",),
    "Guinea-Bissau": (),
    "Guyana": ("Guyanese",),
    "Lesotho": ("Basotho",),
    "Liechtenstein": (),
    "Monaco": ("Monegasque",),
    "North Macedonia": ("Macedonian",),
    "Papua New Guinea": ("Papua New Guinean",),
    "Samoa": ("Samoan",),
    "San Marino": ("Sammarinese",),
    "Seychelles": ("Seychellois",),
    "Sierra Leone": ("Sierra Leonean",),
    "Solomon Islands": (),
    "South Sudan": ("South Sudanese",),
    "Timor-Leste": ("Timorese",),
    "Tonga": ("Tongan",),
    "Trinidad and Tobago": ("Trinidadian",),
    "Vanuatu": (),
    "Antigua and Barbuda": ("Antiguan",),
    "Dominica": (),  # "Dominican" is the Dominican Republic's
    "Grenada": ("Grenadian",),
    "Kiribati": (),
    "Marshall Islands": ("Marshallese",),
    "Micronesia": ("Micronesian",),
    "Nauru": ("Nauruan",),
    "Palau": ("Palauan",),
    "Saint Kitts and Nevis": (),
    "Saint Lucia": ("Saint Lucian",),
    "Saint Vincent and the Grenadines": (),
    "Sao Tome and Principe": (),
    "Tuvalu": ("Tuvaluan",),
}
#: Other names of countries, mapped to the canonical name.
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "United States",
    "US": "United States",
    "U.S.A.": "United States",
    "USA": "United States",
    "America": "United States",
    "United States of America": "United States",
    "the United States": "United States",
    "the U.S.": "United States",
    "the US": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Russian Federation": "Russia",
    "UAE": "United Arab Emirates",
    "Czechia": "Czech Republic",
    "Holland": "Netherlands",
    "Türkiye": "Turkey",
    "PRC": "China",
    "DPRK": "North Korea",
    "Hague": "The Hague",  # the name without its article, as names are compared
    "Korea": "South Korea",  # in news, "Korea" alone is the Republic of Korea
    "Republic of Korea": "South Korea",
    "ROK": "South Korea",
    "DRC": "Democratic Republic of Congo",
    "DR Congo": "Democratic Republic of Congo",
    "Democratic Republic of the Congo": "Democratic Republic of Congo",
    "Côte d'Ivoire": "Ivory Coast",
    "Burma": "Myanmar",
    "Kyrgyz Republic": "Kyrgyzstan",
    "Kiev": "Kyiv",  # the capital's older spelling, still in some style guides
    "Bosnia and Herzegovina": "Bosnia",
    "Cabo Verde": "Cape Verde",
    "East Timor": "Timor-Leste",
    "Federated States of Micronesia": "Micronesia",
    "St Lucia": "Saint Lucia",
    "St. Lucia": "Saint Lucia",
    "St Kitts and Nevis": "Saint Kitts and Nevis",
    "São Tomé and Príncipe": "Sao Tome and Principe",
}
COUNTRIES = frozenset(_COUNTRY_DEMONYMS)
#: Headline shorthand for a country named by a compass word: "N. Korea", "S.Korea",
#: "S. Africa", "S. Sudan" (the country the full name gives).
_COMPASS_INITIALS = {"North": "N.", "South": "S."}
COMPASS_SHORTHANDS: dict[str, str] = {
    f"{initial}{space}{rest}": country
    for country in COUNTRIES
    if (initial := _COMPASS_INITIALS.get(country.split()[0]))
    and (rest := country.partition(" ")[2])
    for space in (" ", "")
}
COUNTRY_ALIASES.update(COMPASS_SHORTHANDS)
DEMONYMS: dict[str, str] = {}
for _country, _adjectives in _COUNTRY_DEMONYMS.items():
    for _adj in _adjectives:
        DEMONYMS[_adj] = _country
        if not _adj.endswith(("s", "sh", "ch", "ese", ".")) and _adj not in {"US"}:
            DEMONYMS[_adj + "s"] = _country  # "Ukrainians"
DEMONYMS.update(
    {
        "Americans": "United States",
        "Europeans": "Europe",
        "European": "Europe",
        "Western": "",
        "Soviet": "",
        "Arab": "",
        "Lao": "Laos",  # no plural: "Laos" is the country
    }
)

#: Adjectives and nouns of peoples and faiths that are no country's: "the first African to
#: lead", "a Muslim-majority nation", "Asian markets". Alone they name no entity ("Christian"
#: and "Hindu" are left out: a given name, a newspaper).
PEOPLES = frozenset({
    "African", "Africans", "Asian", "Asians", "Latin", "Nordic", "Baltic", "Balkan", "Slavic",
    "Hispanic", "Latino", "Latina", "Kurd", "Kurds", "Kurdish", "Pashtun", "Tatar", "Tatars",
    "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Rohingya", "Bedouin", "Berber",
    "Muslim", "Muslims", "Christians", "Jewish", "Jew", "Jews", "Catholic",
    "Catholics", "Protestant", "Protestants", "Orthodox", "Hindus", "Buddhist",
    "Buddhists", "Sikh", "Sikhs", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Shi'ite",
    "Evangelical", "Evangelicals", "Islamic", "Islamist", "Islamists",
})

#: Final words of the names of events, which are no entity of the graph: "the APEC
#: Economic Leaders' Meeting", "the World Gymnastics Championships" ("the Paris Peace
#: Forum" is a body's: forum is an organisation word; "Games" ends companies' names too, and
#: a "Conference" or "Dialogue" is often the body that holds it).
EVENT_HEADS = frozenset({
    "meeting", "meetings", "summit", "championships", "championship", "olympics",
    "tournament", "festival", "expo", "exhibition", "marathon", "olympiad", "week",
    "talks", "ceremony", "parade", "gala", "cup", "massacre", "uprising", "revolution",
    # sport's tournaments: "the Dalmora Open", "the Velmar Masters", "a Grand Slam", "the
    # Monaco Grand Prix"
    "open", "masters", "slam", "prix",
})

#: Abbreviations of things, written in capitals, that name no organisation: "an MOU",
#: "the Korea-China FTA", "a WTO-compliant FTA".
THING_ABBREVIATIONS = frozenset({
    "MOU", "MOUs", "MoU", "MoUs", "FTA", "FTAs", "NDA", "NDAs", "LOI", "SOP", "SOPs",
    "FDI", "GDP", "CPI", "ETF", "ETFs", "IPO", "IPOs", "VAT",
})

#: Names of languages and scripts that are no country's adjective: "said in Arabic" names no
#: place.
#: ("English" is left out: it is also a surname.)
LANGUAGES = frozenset({
    "Arabic", "Hebrew", "Farsi", "Dari", "Pashto", "Urdu", "Hindi", "Bengali", "Punjabi",
    "Tamil", "Mandarin", "Cantonese", "Swahili", "Amharic", "Tagalog", "Latin", "Yiddish",
    "Sanskrit", "Esperanto", "Cyrillic",
})

#: The capitals of the other sovereign states (not those that are also common words or
#: other places' names: "Male", "Victoria", "Kingston", "San Jose"). They type names, and
#: are left out of the datelines' countries: a bare title in a story filed from one is
#: seldom that country's ("VIENTIANE, Laos — … President X" of a visiting minister's).
_OTHER_CAPITALS = frozenset({
    "Andorra la Vella", "Antananarivo", "Apia", "Ashgabat", "Asmara", "Asuncion", "Asunción",
    "Bamako", "Bandar Seri Begawan", "Bangui", "Banjul", "Bishkek", "Bissau", "Bridgetown",
    "Brazzaville", "Bujumbura", "Conakry", "Dakar", "Dili", "Djibouti City", "Dodoma", "Dushanbe",
    "Freetown", "Gaborone", "Guatemala City", "Harare", "Honiara", "Juba", "Kampala", "Kathmandu",
    "Kigali", "Kuwait City", "La Paz", "Libreville", "Lilongwe", "Lome", "Lomé", "Luanda",
    "Lusaka", "Luxembourg City", "Malabo", "Managua", "Manama", "Maputo", "Maseru", "Mbabane",
    "Monrovia", "Montevideo", "N'Djamena", "Naypyidaw", "Niamey", "Nouakchott", "Nuku'alofa",
    "Ouagadougou", "Panama City", "Paramaribo", "Phnom Penh", "Podgorica", "Port Louis",
    "Port Moresby", "Port Vila", "Port-au-Prince", "Porto-Novo", "Quito", "San Salvador",
    "Santo Domingo", "Sarajevo", "Skopje", "Suva", "Tegucigalpa", "Thimphu", "Ulaanbaatar",
    "Valletta", "Vientiane", "Windhoek", "Yamoussoukro", "Yaounde", "Yaoundé",
})

CAPITALS = _OTHER_CAPITALS | frozenset(
    {
        "Kabul",
        "Tirana",
        "Algiers",
        "Buenos Aires",
        "Yerevan",
        "Canberra",
        "Vienna",
        "Baku",
        "Dhaka",
        "Minsk",
        "Brussels",
        "Brasilia",
        "Sofia",
        "Ottawa",
        "Santiago",
        "Beijing",
        "Bogota",
        "Zagreb",
        "Havana",
        "Nicosia",
        "Prague",
        "Copenhagen",
        "Cairo",
        "Tallinn",
        "Addis Ababa",
        "Helsinki",
        "Paris",
        "Tbilisi",
        "Berlin",
        "Athens",
        "Budapest",
        "Reykjavik",
        "New Delhi",
        "Delhi",
        "Jakarta",
        "Tehran",
        "Baghdad",
        "Dublin",
        "Jerusalem",
        "Tel Aviv",
        "Rome",
        "Tokyo",
        "Amman",
        "Astana",
        "Nairobi",
        "Pristina",
        "Riga",
        "Beirut",
        "Tripoli",
        "Vilnius",
        "Kuala Lumpur",
        "Mexico City",
        "Chisinau",
        "Rabat",
        "Amsterdam",
        "The Hague",
        "Ho Chi Minh City",
        "Wellington",
        "Abuja",
        "Pyongyang",
        "Oslo",
        "Muscat",
        "Islamabad",
        "Lima",
        "Manila",
        "Warsaw",
        "Lisbon",
        "Doha",
        "Bucharest",
        "Moscow",
        "Riyadh",
        "Belgrade",
        "Bratislava",
        "Ljubljana",
        "Mogadishu",
        "Pretoria",
        "Seoul",
        "Madrid",
        "Khartoum",
        "Stockholm",
        "Bern",
        "Damascus",
        "Taipei",
        "Bangkok",
        "Tunis",
        "Ankara",
        "Kyiv",
        "Kiev",
        "Abu Dhabi",
        "London",
        "Washington",
        "Tashkent",
        "Caracas",
        "Hanoi",
        "Sanaa",
        # large cities that news names as often as capitals
        "New York",
        "Los Angeles",
        "Chicago",
        "San Francisco",
        "Miami",
        "Geneva",
        "Istanbul",
        "Dubai",
        "Hong Kong",
        "Shanghai",
        "Mumbai",
        "St Petersburg",
        "St. Petersburg",
        "Munich",
        "Frankfurt",
        "Milan",
        "Barcelona",
        "Sydney",
        "Toronto",
        "Kharkiv",
        "Odesa",
        "Odessa",
        "Lviv",
    }
)
REGIONS = frozenset(
    {
        "Europe",
        "Asia",
        "Africa",
        "North America",
        "South America",
        "Latin America",
        "Central America",
        "Central Asia",
        "Central Europe",
        "Eastern Europe",
        "Western Europe",
        "East Asia",
        "South Asia",
        "Southeast Asia",
        "North Africa",
        "West Africa",
        "East Africa",
        "Southern Africa",
        "Horn of Africa",
        "Sahel",
        "Caribbean",
        "Middle East",
        "the Middle East",
        "Balkans",
        "the Balkans",
        "Caucasus",
        "Scandinavia",
        "Arctic",
        "Antarctica",
        "Siberia",
        "Gaza",
        "West Bank",
        "Crimea",
        "Kashmir",
        "Western Sahara",
        "Tibet",
        "Alaska",
        "California",
        "Texas",
        "Florida",
        "Hawaii",
    }
)
PLACE_NAMES = COUNTRIES | CAPITALS | REGIONS | frozenset(COUNTRY_ALIASES)
#: Verbs of bringing back what was lifted: "restoring sanctions", "reimposing the ban".
RESTORING_VERBS = frozenset({"restore", "reimpose", "reinstate", "reapply", "reintroduce"})
#: Verbs of leaving an office whose subject leaves it, with the particle they need:
#: "resigned", "quit", "stepped down", "stood down", "retired".
LEAVING_VERBS: dict[str, str | None] = {"resign": None, "quit": None, "retire": None,
                                        "step": "down", "stand": "down"}
#: The other names of a place, by its canonical name: "United Kingdom" -> "Britain", "UK", ….
#: Not the forms with "the" ("the US"), a name without its own article ("Hague"), nor a name
#: of something larger too ("America" the continents, "Korea" the peninsula).
OTHER_PLACE_NAMES: dict[str, tuple[str, ...]] = {}
for _alias, _place in COUNTRY_ALIASES.items():
    # (nor headline shorthand: "S. Korea" is no name to list)
    if not _alias.startswith("the ") and f"The {_alias}" != _place and _alias not in {
            "America", "Korea"} and _alias not in COMPASS_SHORTHANDS:
        OTHER_PLACE_NAMES[_place] = (*OTHER_PLACE_NAMES.get(_place, ()), _alias)


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


def country_of_national(word: str) -> str | None:
    """The country of a word for one man or woman of it: "Frenchman", "Dutchwoman"."""
    for ending in ("man", "woman"):
        stem = word.removesuffix(ending)
        if stem != word and (country := DEMONYMS.get(stem)):
            return country
    return None


HONORIFICS = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sir",
        "dame",
        "madam",
        "lord",
        "lady",
        "prof",
        "prof.",
        # Malaysian and Bruneian styles: "Datuk Farid Osman Hakim" is "Farid Osman Hakim"
        "datuk",
        "dato",
        "datin",
        "seri",  # "Datuk Seri X"
        # styles of address in official readouts: "His Excellency X", "Samdech X" (Cambodia),
        # "Hon. X", "H.E. X"
        "excellency",
        "highness",
        "samdech",
        "alhaji",
        "hon",
        "hon.",
        "h.e.",
    }
)

#: Professions written as a style before a name in South Asian news: "Barrister Gohar Ali
#: Khan", "Advocate Shoaib Shaheen", "Engr. Abubakar Aliyu" (capitalised, as written).
PROFESSIONAL_STYLES = frozenset({"Barrister", "Advocate", "Engr", "Engr."})

#: Words that make a style of two: the possessive before it ("His Excellency", "Her Royal
#: Highness") and the rank after it ("Datuk Seri X", "Dato' Sri X", "Tan Sri X").
STYLE_OPENERS = frozenset({"his", "her", "their"})
#: Words that make a style of address after a possessive: "His Excellency", "Her Royal
#: Highness", "His Majesty", "His Holiness", "Their Excellencies". One list for every rule
#: that asks whether "his" or "her" opens a style rather than pointing back to someone
#: (capitalised: "with his grace and wit" points back).
STYLES_OF_ADDRESS = frozenset({
    "excellency", "excellencies", "majesty", "majesties", "highness", "highnesses", "royal",
    "holiness", "eminence", "grace", "beatitude", "lordship", "ladyship", "hon", "hon.",
})
STYLE_RANKS = frozenset({"seri", "sri", "royal"})
#: Styles of address Gulf news agencies write in capitals before a name: "HE Sheikh X" (His
#: Excellency), "HH the Amir" (His Highness).
CAPITAL_STYLES = frozenset({"HE", "HH"})
#: The armed services whose civilian heads only the United States's cabinet departments have,
#: each as its words: "Army Secretary X", "Secretary of the Air Force X".
ARMED_SERVICES = (("army",), ("navy",), ("air", "force"))
#: Styles that are styles only before a rank or another style: "Tan Sri X", "Tun Dr X"
#: ("Tan" and "Tun" alone open names).
RANKED_STYLES = frozenset({"tan", "tun"})

#: Police ranks written in capitals before a name, as Nigerian, Indian and Pakistani outlets
#: write them: "DSP Musa Adamu", "CP Ada Obi", "ACP Ravi Rao"; never part of the name.
POLICE_RANKS = frozenset({"sp", "asp", "dsp", "csp", "ssp", "acp", "dcp", "cp", "aig", "dig",
                          "igp"})
#: British councillors' titles abbreviated: "Coun Ann Roe", "Cllr Ann Roe".
COUNCILLOR_ABBREVIATIONS = frozenset({"coun", "coun.", "cllr", "cllr."})


def rank_before_name(token) -> bool:
    """Whether a token is a police rank in capitals ("CSP") or a councillor's abbreviated
    title ("Coun", "Cllr"), which stand before a name as a style, never in it."""
    return (token.text.isupper() and token.lower_ in POLICE_RANKS
            or token.is_title and token.lower_ in COUNCILLOR_ABBREVIATIONS)


#: Job-title words and the predicate they give between the holder and the body.
#: A team's players by the place they play: titles of the club, trades with a nationality
#: ("a Brazilian striker" is from Brazil, not of its team).
PLAYER_POSITIONS = frozenset({
    "striker", "midfielder", "defender", "goalkeeper", "winger", "playmaker", "quarterback",
    "pitcher", "batsman", "wicketkeeper",
    # "Velby United forward X", "the club's keeper X", "Velby Hawks defenceman X"
    "forward", "keeper", "fullback", "defenceman", "defenseman", "outfielder", "shortstop",
    "linebacker", "bowler",
})

#: Trades whose holders work for a body but hold no office in it: "Channel 9 host X", "X, an
#: engineer at Y". Not words that are also common surnames ("Bishop", "Priest", "Pastor").
OCCUPATIONS = frozenset({
    "host", "anchor", "anchorman", "anchorwoman", "presenter", "engineer", "banker", "trader",
    "consultant", "lobbyist",
    "campaigner", "organiser", "organizer", "surgeon", "physician", "soldier", "detective",
    "curator", "trustee", "historian", "chemist", "physicist", "biologist", "virologist",
    "teacher", "referee",
})

TITLE_PREDICATE: dict[str, str] = {
    "president": "leaderOf",
    "chancellor": "leaderOf",
    "head": "leaderOf",
    "chief": "leaderOf",
    "chairman": "leaderOf",
    "chairwoman": "leaderOf",
    "chair": "leaderOf",
    "leader": "leaderOf",
    "secretary": "leaderOf",
    "prime minister": "leaderOf",
    # the head of a state's or a province's government
    "chief minister": "leaderOf",
    "premier": "leaderOf",
    "king": "leaderOf",
    "queen": "leaderOf",
    "emir": "leaderOf",
    "sultan": "leaderOf",
    "ruler": "leaderOf",  # "Uganda's long-time ruler X"
    "director": "leaderOf",
    "ceo": "leaderOf",
    "governor": "leaderOf",
    "mayor": "leaderOf",
    # a county's elected head of law enforcement: "Brookfield County Sheriff X" heads the
    # sheriff's office
    "sheriff": "leaderOf",
    "commander": "leaderOf",
    "founder": "leaderOf",
    # a party's general secretary runs its office; a secretary-general heads the body
    "general secretary": "memberOf",
    # a rank below the secretary of a board or a ministry
    "joint secretary": "memberOf",
    "secretary-general": "leaderOf",
    "secretary general": "leaderOf",
    "spokesman": "spokespersonOf",
    "spokeswoman": "spokespersonOf",
    "spokesperson": "spokespersonOf",
    "press secretary": "spokespersonOf",
    "spokespeople": "spokespersonOf",
    "minister": "memberOf",
    "official": "memberOf",
    "envoy": "memberOf",
    "rapporteur": "memberOf",
    "journalist": "memberOf",
    "correspondent": "memberOf",
    "reporter": "memberOf",
    "editor": "memberOf",
    "analyst": "memberOf",
    "economist": "memberOf",
    "diplomat": "memberOf",
    "ambassador": "memberOf",
    "lawmaker": "memberOf",
    "senator": "memberOf",
    "member": "memberOf",
    "stalwart": "memberOf",  # "a party stalwart", "a stalwart of the X"
    "chieftain": "memberOf",  # "a chieftain of the X party", "X party chieftain Y"
    # officers by rank: "a colonel in the X Brigade", "a sergeant in the X army"
    "colonel": "memberOf",
    "lieutenant": "memberOf",
    "sergeant": "memberOf",
    "corporal": "memberOf",
    "admiral": "memberOf",
    "mp": "memberOf",
    "mep": "memberOf",
    "negotiator": "memberOf",
    "representative": "memberOf",
    "officer": "memberOf",
    "foreign minister": "memberOf",
    "defence minister": "memberOf",
    "defense minister": "memberOf",
    "general": "memberOf",
    "deputy": "memberOf",
    # "Treasury Undersecretary X": one of the department's officials, not its head
    "undersecretary": "memberOf",
    "researcher": "memberOf",
    "fellow": "memberOf",
    "scholar": "memberOf",
    "convenor": "memberOf",
    "convener": "memberOf",
    "controller": "memberOf",
    "epidemiologist": "memberOf",
    "executive": "memberOf",
    "professor": "memberOf",
    "lecturer": "memberOf",
    "scientist": "memberOf",
    "lawyer": "memberOf",
    "attorney": "memberOf",
    "strategist": "memberOf",
    "commissioner": "memberOf",
    "manager": "memberOf",
    "partner": "memberOf",
    "employee": "memberOf",
    "staffer": "memberOf",
    "columnist": "memberOf",
    "commentator": "memberOf",
    "producer": "memberOf",
    "coach": "memberOf",
    "candidate": "memberOf",
    "president-elect": "leaderOf",
    "chief executive": "leaderOf",
    "chairperson": "leaderOf",
    "managing director": "leaderOf",
    "secretary of state": "memberOf",
    "adviser": "advisorOf",
    "advisor": "advisorOf",
    "aide": "advisorOf",
    "confidant": "advisorOf",  # "the president's confidant X": one trusted to advise
    "confidante": "advisorOf",
    "chief of staff": "advisorOf",
    "special envoy": "advisorOf",
    "counsellor": "advisorOf",
    "counselor": "advisorOf",
    "pm": "leaderOf",
    "gov.": "leaderOf",
    "gov": "leaderOf",
    "sen.": "memberOf",
    "rep.": "memberOf",
    "vice president": "memberOf",
    "vice-president": "memberOf",
    "vice chairman": "memberOf",
    "vice-chairman": "memberOf",
    "chief executive officer": "leaderOf",
    "chief financial officer": "memberOf",
    "chief operating officer": "memberOf",
    "cfo": "memberOf",
    "coo": "memberOf",
    "board member": "memberOf",
    "permanent representative": "memberOf",
    "head coach": "memberOf",
    "captain": "memberOf",
    "delegate": "memberOf",
    "legislator": "memberOf",
    "congressman": "memberOf",
    "congresswoman": "memberOf",
    "councillor": "memberOf",
    "councilman": "memberOf",
    "activist": "memberOf",
    "speaker": "leaderOf",
    "co-leader": "leaderOf",
    "co-chair": "leaderOf",
    "counterpart": "memberOf",
    "prosecutor": "memberOf",
    "judge": "memberOf",
    "magistrate": "memberOf",
    "councilor": "memberOf",
    "alderman": "memberOf",
    "treasurer": "memberOf",
    # "a senior figure in the Fatah Alliance", "Hamas figure X": one of its people
    "figure": "memberOf",
    # a party's or a chamber's whip keeps its members' votes in line, one of them
    "whip": "memberOf",
    "chief whip": "memberOf",
    "co-chairman": "leaderOf",
    # universities and courts: "the vice-chancellor of X" and "the rector of X" head it
    "vice-chancellor": "leaderOf",
    "rector": "leaderOf",
    "chief justice": "leaderOf",
    "co-founder": "memberOf",
    "boss": "leaderOf",
    "administrator": "leaderOf",
    "dean": "memberOf",
    "investigator": "memberOf",
    # "the UN's emergency relief coordinator": one of its officers, not its head
    "coordinator": "memberOf",
    # "the authority's director general" heads it ("general" alone is a rank)
    "director general": "leaderOf",
    # a court's or a university's officer of records: "the Chief Registrar of the Judiciary"
    "registrar": "memberOf",
    "solicitor": "memberOf",
    "barrister": "memberOf",
    # a team's players by position: "Velby United striker X", "X, the club's goalkeeper"
    **dict.fromkeys(PLAYER_POSITIONS, "memberOf"),
    # people who work for a broadcaster, a firm, a hospital or a campaign: "Channel 9 host
    # X", "X, an engineer at Y", "a union organiser"
    **dict.fromkeys(OCCUPATIONS, "memberOf"),
}

#: Words before a leader's title that make its holder a member, not the leader
#: ("deputy director", "vice chairman", "assistant secretary").
#: "Senate Majority Leader", "its floor leader" lead a group inside the body, not the body.
SUBORDINATE_TITLE_WORDS = frozenset(
    {
        "deputy",
        "vice",
        "assistant",
        "associate",
        "under",
        "lieutenant",
        "majority",
        "minority",
        "floor",
        "democratic",
        "republican",
    }
)

#: Ministries' subjects inside job titles ("Secretary of State", "Energy Minister").
PORTFOLIOS = frozenset(
    {
        "state",
        "defense",
        "defence",
        "treasury",
        "energy",
        "finance",
        "interior",
        "justice",
        "health",
        "commerce",
        "agriculture",
        "education",
        "labor",
        "labour",
        "transportation",
        "transport",
        "foreign",
        "economy",
        "trade",
        "culture",
        "environment",
        "housing",
        "homeland",
        "security",
        "war",
        "navy",
        "industry",
        "tourism",
        "sport",
        "sports",
        "youth",
        "science",
    }
)

#: Words of the policy areas a ministry or committee is named for, beyond its portfolios:
#: "Committee on Environment, Climate and Food Safety", "Ministry of Health, Labour and
#: Welfare", "Department for Environment, Food and Rural Affairs".
POLICY_AREAS = PORTFOLIOS | frozenset({
    "affairs", "climate", "food", "safety", "fisheries", "forestry", "innovation",
    "technology", "development", "welfare", "rural", "digital", "infrastructure", "water",
    "communications", "information", "media", "arts", "heritage", "veterans", "family",
    "women", "children", "social", "employment", "planning", "works", "land", "natural",
    "resources", "mines", "mining", "research", "investment", "consumer", "protection",
    "public", "civil", "liberties", "human", "rights", "migration", "immigration",
    "citizenship", "budget", "budgets", "monetary", "economic", "internal", "market",
    "industrial", "policy", "policies", "transformation", "integration", "cooperation",
    "co-operation", "international", "agrifood", "wildlife", "parks", "space", "home",
    "gender", "equality", "energy", "trade", "legal", "constitutional", "regional",
    "communication", "services", "urban", "renewal", "lands", "related", "agencies",
    "manufacturing", "critical", "materials", "data", "livestock", "sanitation", "irrigation",
    "recreation", "oversight", "investigations",
})

#: Final words that make a capitalised name an organisation.
ORG_HEADS = frozenset(
    {
        "administration",
        "agency",
        "army",
        "association",
        "bank",
        "board",
        "bureau",
        "cabinet",
        "church",
        "college",
        "commission",
        "committee",
        "subcommittee",
        "company",
        "congress",
        "corporation",
        "council",
        "court",
        "department",
        "federation",
        "force",
        "forces",
        "foundation",
        "fund",
        "government",
        "group",
        "guard",
        "institute",
        "league",
        "ministry",
        "navy",
        "news",
        "office",
        "organization",
        "organisation",
        "parliament",
        "partners",
        "party",
        "post",
        "press",
        "senate",
        "service",
        "times",
        "union",
        "university",
        "zeitung",
        "journal",
        "tribune",
        "herald",
        "gazette",
        "ledger",
        "chronicle",
        "courier",
        "telegraph",
        "guardian",
        "inc",
        "inc.",
        "ltd",
        "llc",
        "co",
        "corp",
        "house",
        "kremlin",
        "pentagon",
        "network",
        "media",
        "review",
        "magazine",
        "alliance",
        "confederation",
        "forum",
        "front",
        "coalition",
        "movement",
        "centre",
        "center",
        "society",
        "authority",
        "caucus",
        "trust",
        "club",
        "cooperative",
        "guild",
        "tribunal",
        "assembly",
        "chamber",
        "academy",
        "secretariat",
        "directorate",
        # bodies of states and international organisations: "the Joint Political and Security
        # Mechanism", "the UN Mission in South Sudan", "US Central Command", "the British
        # Embassy", "the National Police"
        "mechanism",
        "mission",
        "command",
        "embassy",
        "consulate",
        "police",
        "hospital",
        "syndicate",
    }
)

#: Words of the name of a body of a state (a ministry, a court, the armed forces): only such a
#: body is part of the country whose it is said to be ("Brazil's Senate"); a company or a
#: party of a country ("Kenya's Zuma Holdings") is in it, not part of it.
STATE_BODY_WORDS = frozenset(
    {
        "ministry", "department", "government", "cabinet", "parliament", "senate", "congress",
        "assembly", "legislature", "court", "tribunal", "army", "navy", "forces", "force",
        "guard", "police", "military", "agency", "commission", "council", "office",
        "authority", "bureau", "service", "directorate", "inspectorate",
        "treasury", "embassy", "consulate", "prosecutor", "prosecutors", "regulator",
        "presidency", "chamber", "secretariat", "customs", "intelligence", "ombudsman",
        "administration", "board", "committee", "central", "judiciary",
    }
)

#: Head nouns of plans, proposals and agreements.
PLAN_HEADS = frozenset(
    {
        "plan",
        "proposal",
        "deal",
        "agreement",
        "framework",
        "accord",
        "roadmap",
        "road map",
        "initiative",
        "treaty",
        "blueprint",
        "resolution",
        "ceasefire",
        "counterproposal",
        "counteroffer",
    }
)
#: Measures named by their kind ("the prisoner swap", "the bailout package", "the rate cut",
#: "a 25-basis-point cut", "the tariff increase"): one measure once the article says who
#: agreed, announced or proposed it, or takes a stance on it ("the cut" or "a package"
#: alone names none: they refer back, see coreference).
MEASURES = frozenset({"swap", "exchange", "package", "cut", "increase", "hike", "reduction",
                      "ban", "tariff", "levy", "loan"})
#: Final words of a plan's or a law's own name: "the Inflation Reduction Act", "the Digital
#: Markets Bill", "the Paris Agreement", "the Deauville Declaration", "the Joint Communique".
NAMED_PLAN_HEADS = frozenset(
    {"act", "bill", "agreement", "treaty", "accord", "accords", "pact", "charter", "decree",
     "directive", "ordinance", "declaration", "communique", "communiqué"}
)
#: Documents news names by a common noun ("the decree", "the guidelines", "the bill"), by
#: kind. Words of one kind may name one document in an article ("the bill" is "the law" once
#: signed); words of two kinds name two ("the decree" and "the guidelines" that go with it).
DOCUMENT_KINDS = {
    "decree": "decree",
    "ordinance": "decree",
    "directive": "decree",
    "regulation": "decree",
    "regulations": "decree",
    "guidelines": "guidelines",
    "bill": "law",
    "law": "law",
    "legislation": "law",
    "act": "law",
    "amendment": "law",
    "budget": "budget",
    "offer": "offer",
    "bid": "offer",
    "takeover": "offer",
    "merger": "offer",
    "acquisition": "offer",
    "reform": "reform",
    "reforms": "reform",
}


def document_kind(name: str) -> str | None:
    """The kind of document a plan's name ends in ("decree", "law"), or None for a plan."""
    if bill_key(name) is not None:  # "House Bill 2103", "SB 1777": a bill
        return "law"
    words = name.split()
    deals = {"takeover", "acquisition", "merger"}
    if len(words) > 2 and words[1] == "of" and words[0].lower() in deals:
        return "offer"  # "takeover of Tessa Foods", "merger of X and Y": a deal offered
    return DOCUMENT_KINDS.get(words[-1].lower()) if words else None


#: A bill named by its chamber and number: "House Bill 2103", "Senate File 133", "Substitute
#: House Bill 68", "HB 2103", "S.B. 1777", "H.R. 2700", "AB 5", "Bill C-11".
NUMBERED_BILL = re.compile(
    r"(?<![\w.])(?:(?:Substitute|Amended|Engrossed) )?(?:House|Senate|Assembly|Legislative)"
    r"\s+(?:Bill|File|(?:Joint\s+|Concurrent\s+)?Resolution)\s+(?:No\.\s*)?\d{1,5}\b"
    r"|(?<![\w.])(?:H\.?\s?[BFR]|S\.?\s?[BF]|[HS]\.?\s?J\.?\s?R|A\.?\s?B|L\.?\s?B)\.?\s?\d{1,5}\b"
    r"|(?<![\w.])Bill\s+(?:[CS]-)?(?!(?:19|20)\d\d\b)\d{1,4}\b(?![.,]\d)"  # not "Bill 2024"
)
#: The letters a chamber's bill goes by: "House Bill" is "HB", "Senate File" is "SF".
_BILL_LETTERS = {
    "housebill": "hb", "senatebill": "sb", "housefile": "hf", "senatefile": "sf",
    "assemblybill": "ab", "legislativebill": "lb", "housejointresolution": "hjr",
    "senatejointresolution": "sjr", "houseresolution": "hres", "senateresolution": "sres",
    "houseconcurrentresolution": "hcr", "senateconcurrentresolution": "scr",
}


def bill_key(name: str) -> str | None:
    """One key for the ways news writes one numbered bill: "House Bill 2103", "HB 2103" and
    "H.B. 2103" are "hb 2103" (None for a name that is no numbered bill)."""
    found = NUMBERED_BILL.search(name)
    if found is None or found.end() != len(name.rstrip()):
        return None
    words = re.sub(r"^(?:substitute|amended|engrossed) ", "", found.group().lower())
    number = re.search(r"(?:[cs]-)?\d+$", words)
    if number is None:
        return None
    letters = re.sub(r"[^a-z]", "", words[: number.start()].replace("no.", ""))
    return f"{_BILL_LETTERS.get(letters, letters)} {number.group()}"


#: Ordinal words up to the twentieth: "the eighth package" is the 8th.
ORDINAL_WORDS = {
    w: i + 1 for i, w in enumerate([
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ])
}


def ordinal_number(word: str) -> int | None:
    """The number an ordinal stands for: "8th" and "eighth" are 8."""
    if (found := re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word.lower())) is not None:
        return int(found.group(1))
    return ORDINAL_WORDS.get(word.lower())


#: Plans that answer another plan: never the same plan as the one they answer.
COUNTER_PLANS = frozenset({"counterproposal", "counteroffer", "counterplan"})
#: Verbs of putting one's name to a text: "signed", "inked", "initialled", "ratified" a deal.
SIGNING_VERBS = frozenset({"sign", "ink", "initial", "ratify"})

SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "write",
        "note",
        "state",
        "ask",
        "insist",
        "claim",
        "argue",
        "explain",
        "warn",
        "declare",
        "announce",
        "suggest",
        "stress",
        "emphasize",
        "emphasise",
        "conclude",
        "reply",
        "respond",
        "post",
        "tweet",
        "comment",
        "remark",
        "continue",
        "confirm",
        "acknowledge",
        "admit",
        "deny",
        "describe",
        "call",
        "urge",
        "reiterate",
        "assert",
    }
)

#: Bodies every country has, named by one word that does not say which country's: "the
#: Senate", "Parliament", "the Army".
NATIONAL_BODIES = frozenset({"senate", "parliament", "congress", "cabinet", "assembly",
                             "legislature", "army", "navy", "judiciary", "treasury"})

#: Organisation words that name no organisation on their own: "the Board" of which company?
GENERIC_HEADS = frozenset(
    {
        "board", "company", "group", "committee", "council", "commission", "court",
        "department", "ministry", "agency", "office", "bank", "fund", "federation", "union",
        "party", "government", "administration", "association", "foundation", "institute",
        "university", "league", "bureau", "service", "club", "team", "firm", "authority",
        "alliance", "coalition", "assembly", "tribunal", "panel", "directorate", "corporation",
        "organization", "organisation", "network", "media", "press", "army", "navy", "police",
        "chamber", "cabinet", "secretariat", "embassy", "consulate", "mission", "delegation",
    }
)

#: Words of parties' names: "Unity Front", "Civic Union", "Green League".
PARTY_WORDS = frozenset({
    "party", "union", "alliance", "front", "congress", "movement", "democrats", "coalition",
    "league", "greens",
})

#: Other names of political parties, mapped to the party's name.
PARTY_ALIASES: dict[str, str] = {
    "GOP": "Republican Party",
    "G.O.P.": "Republican Party",
    "Republican": "Republican Party",
    "Republicans": "Republican Party",
    "Democrat": "Democratic Party",
    "Democrats": "Democratic Party",
}

#: Parties' members written in the plural: "Republicans", "Democrats".
PARTY_PLURALS = frozenset(w for w in PARTY_ALIASES if w.endswith("s") and w[:1].isupper())

#: Parties named by their members in the plural: "the Socialists", "the Free Democrats".
PARTY_NAMES_PLURAL = frozenset({"socialists", "conservatives", "liberals", "communists",
                                "greens", "democrats", "republicans", "nationalists",
                                "progressives"})

#: Nouns for one member of a party: "Democrat X", "the Ohio Democrat", "a Republican".
PARTY_MEMBER_NOUNS = frozenset(
    word for word in PARTY_ALIASES if word.isalpha() and word.istitle() and not word.endswith("s")
)

#: Words before an institution's name that only say whose it is, when the article's
#: readers know: "U.S. Treasury" is the Treasury, "UN Security Council" the Security Council.
INSTITUTION_QUALIFIERS = frozenset(
    {"U.S.", "US", "U.S", "United States", "UN", "U.N.", "United Nations", "UK", "U.K.",
     "EU", "E.U."}
)

#: Final words that make a capitalised name a place: "Red Sea", "Ogun State".
PLACE_HEADS = frozenset(
    {
        "sea", "ocean", "gulf", "bay", "strait", "straits", "channel", "river", "lake",
        "island", "islands", "peninsula", "coast", "mountains", "mountain", "valley",
        "desert", "basin", "city", "province", "state", "region", "county", "district",
        "oblast", "governorate", "prefecture", "territory", "territories",
        # the words other languages name a state or region by: "Madhya Pradesh", "Altai Krai"
        "pradesh", "krai", "okrug", "voivodeship", "canton",
        "heights", "hills", "plateau", "highlands", "delta", "canal", "archipelago",
        "street", "avenue", "square", "boulevard",  # "Downing Street", "Tiananmen Square"
        "garden", "gardens",  # "the Rose Garden", "Kew Gardens"
    }
)

#: Words after a company's own name that say what kind of company it is ("Velora
#: Motors", "Kestrel Rock Capital"), lower case.
COMPANY_WORDS = frozenset(
    {
        "motors", "motor", "group", "holdings", "holding", "corp", "corporation", "inc",
        "co", "company", "ltd", "plc", "llc", "ag", "sa", "se", "nv", "airlines", "airways",
        "airline", "bank", "energy", "oil", "gas", "pharmaceuticals", "pharma",
        "technologies", "technology", "tech", "industries", "systems", "capital",
        "partners", "international", "global", "electronics", "telecom", "media",
        "entertainment", "foods", "brands", "labs", "steel", "mining", "metals",
        "petroleum", "resources", "financial", "insurance", "securities", "investments",
        "automotive", "aerospace", "shipping", "logistics", "semiconductor", "software",
        "services", "trading", "biologics", "biotech", "therapeutics", "solar", "power",
        "robotics", "ventures", "advisors", "advisers", "consulting", "cargo", "marine",
        "chemicals", "agrifood", "farms", "textiles", "construction", "motorsport",
        "lines", "line", "ai", "asa", "ab", "as", "gmbh", "spa", "bv", "oyj", "kk", "pte", "pty",
        "limited", "llp", "fze", "fzco", "fzc", "dmcc", "jsc", "pjsc", "ojsc", "ooo", "sarl", "srl",
        "sas", "kft", "pvt", "bhd", "tbk", "wll", "maritime", "network", "networks",
        "payments", "communications", "telecoms", "minerals", "materials", "railways",
        "studios", "breweries", "beverages", "retail", "stores", "analytics", "fintech",
        "solutions", "enterprises", "products", "films", "pictures", "productions",
        # what a firm does, in the languages companies are often named in
        "mineração", "minería", "minera", "farma", "energia", "energía", "énergie",
        "petróleo", "petroleos", "seguros", "assicurazioni", "versicherung",
        "industria", "industrie", "industrias", "indústria",
        "construções", "construcciones", "telecomunicações", "telekom", "sanayi", "enerji",
        "ilaç", "havayolları", "bankası", "banca", "banco", "banque", "werke",
        "advisory", "investors", "associates", "brewing", "brewery", "distillers",
        "engineering", "properties", "realty", "developers", "manufacturing", "laboratories",
        "hotels", "resorts", "aviation", "bancorp", "broadcasting", "publishing", "wireless",
        "freight", "stockbrokers", "brokers", "brokerage", "bancshares",
    }
)

#: Words that open a company's name in the languages that put its kind first: "Minera
#: Altavista", "Banco Sur", "Grupo Andino", "Companhia Vale".
FIRM_WORDS_FIRST = frozenset(
    {
        "minera", "mineração", "banco", "banca", "banque", "grupo", "gruppo", "groupe",
        "industrias", "petróleos", "petroleos", "seguros", "construcciones", "construtora",
        "compañía", "compania", "companhia", "empresa", "empresas", "sociedad", "société",
        "societe", "corporación", "corporacion", "aerolíneas", "aerolineas", "laboratorios",
        "inversiones", "distribuidora", "cervecería", "cerveceria", "editora", "editorial",
    }
)

#: The company words that give only a company's legal form, not what it does: "Veltrix
#: Inc" is the "Veltrix Group" of the same article, where "Tata Motors" is no "Tata Steel".
LEGAL_FORMS = frozenset(
    {
        "inc", "corp", "corporation", "co", "ltd", "limited", "plc", "llc", "llp", "ag", "sa",
        "se", "nv", "gmbh", "ab", "asa", "as", "oyj", "spa", "bv", "kk", "pte", "pty", "bhd",
        "tbk", "pvt", "jsc", "pjsc", "ojsc", "sarl", "srl", "sas", "kft", "fze", "fzco", "fzc",
        "dmcc", "wll",
    }
)

#: English given names' familiar forms, lower case, mapped to the formal name: "Chuck
#: Schumer" is "Charles Schumer" (a news style uses one, the Congressional record the other).
HYPOCORISMS: dict[str, str] = {
    "mike": "michael", "bill": "william", "billy": "william", "will": "william",
    "bob": "robert", "bobby": "robert", "rob": "robert", "jim": "james", "jimmy": "james",
    "joe": "joseph", "tom": "thomas", "tommy": "thomas", "dick": "richard", "rick": "richard",
    "chuck": "charles", "charlie": "charles", "dave": "david", "dan": "daniel",
    "danny": "daniel", "ben": "benjamin", "nick": "nicholas", "steve": "steven",
    "tony": "anthony", "andy": "andrew", "chris": "christopher", "matt": "matthew",
    "pat": "patrick", "ted": "edward", "ed": "edward", "sam": "samuel", "alex": "alexander",
    "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "katie": "katherine",
    "jen": "jennifer", "jenny": "jennifer", "sue": "susan", "greg": "gregory",
    "jeff": "jeffrey", "jon": "jonathan", "tim": "timothy", "ron": "ronald",
    "don": "donald", "larry": "lawrence", "jerry": "gerald", "pete": "peter",
    "ken": "kenneth", "doug": "douglas", "fred": "frederick", "ray": "raymond",
    "becky": "rebecca", "abby": "abigail", "mitch": "mitchell", "vicky": "victoria",
}

#: Romanised spellings of common Arabic, Persian, Turkish, Ukrainian and Russian name
#: parts, lower case and without accents, mapped to one of them: outlets transliterate one
#: name differently ("Hussein", "Husayn", "Hossein"; "Qadir", "Kader"), and write a
#: Ukrainian's given name in its Ukrainian or its Russian form ("Volodymyr", "Vladimir").
#: Only spellings of one name: "Hamad" and "Hamid", "Zaid" and "Zayed" are names of their own.
NAME_SPELLINGS: dict[str, str] = {
    variant: name
    for name, variants in {
        "ahmad": ("ahmed", "ahmet"),
        "mahmud": ("mahmoud", "mahmut"),
        "mustafa": ("moustafa", "mostafa", "mustapha", "moustapha"),
        "yusuf": ("youssef", "yousef", "yousif", "yussef", "youssouf", "yusef", "yousuf",
                  "yousuf"),
        "husayn": ("hussein", "hussain", "husain", "hossein", "husein", "huseyin"),
        "hasan": ("hassan",),
        "hamid": ("hamed",),
        "umar": ("omar", "omer"),
        "uthman": ("othman", "osman", "usman"),
        "said": ("saeed", "saied", "saeid"),
        "khalid": ("khaled",),
        "walid": ("waleed",),
        "jamal": ("gamal",),
        "nasir": ("nasser", "naser", "nassir"),
        "faisal": ("faysal", "feisal"),
        "sulayman": ("suleiman", "sulaiman", "soliman", "suleyman", "sleiman"),
        "ibrahim": ("ebrahim",),
        "ismail": ("ismael", "esmail"),
        "yahya": ("yehia", "yahia"),
        "muhsin": ("mohsen",),
        "usama": ("osama", "oussama"),
        "rashid": ("rashed", "rachid"),
        "majid": ("majed",),
        "fatima": ("fatma", "fatemeh"),
        "aisha": ("ayesha", "aicha", "aysha"),
        "qadir": ("kader", "kadir", "qader"),
        "rahman": ("rehman", "rahmane"),
        "karim": ("kareem",),
        "rahim": ("raheem",),
        "salih": ("saleh",),
        "abu": ("abou",),
        "qasim": ("kassem", "qassem", "kasim", "qasem", "kasem"),
        "jafar": ("jaafar", "jaffar"),
        "tariq": ("tarek", "tarik", "tareq"),
        "amin": ("ameen",),
        "nabil": ("nabeel",),
        "adil": ("adel",),
        "fuad": ("fouad",),
        "mahdi": ("mehdi",),
        "nur": ("nour", "noor"),
        "bashir": ("basheer", "bachir"),
        "sheikh": ("shaikh", "cheikh", "sheik"),
        "hafiz": ("hafez",),
        "munir": ("mounir",),
        "tawfiq": ("tawfik", "toufik", "tewfik"),
        "yasin": ("yassin", "yassine", "yaseen"),
        "haytham": ("haitham",),
        "hisham": ("hicham",),
        "aziz": ("azeez",),
        "vladimir": ("volodymyr", "wladimir"),
        "alexander": ("oleksandr", "aleksandr", "alexandr", "olexander", "oleksander"),
        "alexey": ("oleksiy", "oleksii", "olexiy", "alexei", "aleksei", "aleksey"),
        "sergey": ("serhiy", "serhii", "sergiy", "sergii"),
        "dmitry": ("dmytro", "dmitriy", "dmitrii"),
        "mikhail": ("mykhailo", "mykhaylo", "michail"),
        "nikolai": ("mykola", "nikolay", "mikola"),
        "oleg": ("oleh",),
        "igor": ("ihor",),
        "yevgeny": ("yevhen", "yevhenii", "yevgeniy", "evgeny", "evgeniy", "yevgeni"),
        "pavel": ("pavlo",),
        "grigory": ("hryhoriy", "hryhorii", "grigoriy"),
        "georgy": ("heorhiy", "heorhii", "georgiy"),
        "yuri": ("yuriy", "yurii", "iurii", "yury"),
        "kirill": ("kyrylo",),
        "denis": ("denys",),
        "maxim": ("maksym", "maksim"),
        "vasily": ("vasyl", "vasyliy", "vassily"),
        "fyodor": ("fedir",),
        "anatoly": ("anatoliy", "anatolii"),
        "andrey": ("andriy", "andrii", "andrei"),
    }.items()
    for variant in (name, *variants)
}

#: The words a news page labels its sections and kinds of story with, lower case ("World",
#: "Analysis", "Explainer: …", "Live"): printed beside the story, they name nothing in it.
#: Words of the names of news outlets: "Harbour Times", "Nordic Wire", "Daily Ledger",
#: "Volga Press Service", "Cascadia Public Radio".
OUTLET_WORDS = frozenset({
    "news", "times", "post", "press", "journal", "tribune", "herald", "gazette", "ledger",
    "chronicle", "courier", "telegraph", "guardian", "network", "media", "review",
    "magazine", "radio", "television", "tv", "wire", "daily", "agency", "broadcasting",
    "weekly", "monthly", "bulletin", "dispatch", "observer", "monitor", "standard",
    "sentinel", "record", "digest", "examiner", "inquirer", "register", "globe", "insider",
    "mirror", "express", "mail", "echo", "independent",
})

PAGE_LABELS = frozenset({
    "world", "news", "politics", "business", "economy", "markets", "sport", "sports",
    "analysis", "explainer", "opinion", "comment", "commentary", "editorial", "live",
    "live updates", "breaking", "breaking news", "exclusive", "factbox", "fact check",
    "timeline", "interview", "feature", "features", "podcast", "video", "videos", "watch",
    "listen", "gallery", "photos", "newsletter", "advertisement", "read more", "more",
    "related", "top stories", "latest news", "most read", "world news", "update", "updated",
    "home", "menu", "subscribe", "sign in", "share",
    # the genre of an official text, as its header names it: "PRESS STATEMENT"
    "statement", "press statement", "joint statement", "press release", "media release",
    "news release", "readout", "readouts", "daily readouts", "fact sheet",
    "press releases", "media releases", "news releases", "statements", "background",
    # a business page's section: "Corporate | 18 December"
    "corporate",
})
#: Words that open a line linking to another story ("Read more: …", "Related: …"): the
#: names in its headline are that story's.
LINK_LEADS = ("read more", "read also", "also read", "see also", "related", "more on",
              "you might like", "you may also like", "recommended", "most read",
              "also on", "watch", "listen")

#: Abbreviations that end a sports club's name and nothing else ("Brenton City FC").
CLUB_SUFFIXES = frozenset({"fc", "afc", "cf", "sc"})
#: Words that end a sports club's name ("Harbury Rovers", "Dunmore Athletic"), lower case;
#: a few are surnames too.
CLUB_WORDS = CLUB_SUFFIXES | frozenset(
    {"rovers", "wanderers", "united", "athletic", "rangers", "albion"}
)
#: Words that open a sports club's name ("Real Ostava", "Sporting Lindar"), as written.
CLUB_OPENERS = frozenset({"Real", "Sporting", "Dynamo", "Dinamo", "Atlético", "Olympique", "FC",
                          "Calcio", "Deportivo", "Maccabi", "Hapoel", "Beitar", "Racing",
                          "Athletic", "Spartak", "Lokomotiv", "Shakhtar"})

#: How English marks a possessive as its own token: "the party's", "the Ministers'" (either
#: apostrophe).
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})

#: Words before a title that say its holder no longer holds it: "former defence minister X",
#: "the ousted chief executive", "then-President X".
PAST_TITLE_WORDS = frozenset(
    {"former", "ex", "then", "late", "onetime", "erstwhile", "retired", "ousted", "deposed",
     "toppled", "sacked", "previous"}
)

#: The country whose government sits in each capital, for datelines ("WARSAW —").
#: Cities that are also the seat of international bodies (Brussels, Geneva, New
#: York, Vienna, The Hague) are left out: a dateline there names no country.
CAPITAL_COUNTRIES: dict[str, str] = {
    "Abu Dhabi": "United Arab Emirates", "Abuja": "Nigeria", "Accra": "Ghana",
    "Addis Ababa": "Ethiopia", "Algiers": "Algeria", "Amman": "Jordan", "Ankara": "Turkey",
    "Astana": "Kazakhstan", "Athens": "Greece", "Baghdad": "Iraq", "Baku": "Azerbaijan",
    "Bangkok": "Thailand", "Beijing": "China", "Beirut": "Lebanon", "Belgrade": "Serbia",
    "Berlin": "Germany", "Bern": "Switzerland", "Bogota": "Colombia", "Brasilia": "Brazil",
    "Bratislava": "Slovakia", "Bucharest": "Romania", "Budapest": "Hungary",
    "Buenos Aires": "Argentina", "Cairo": "Egypt", "Canberra": "Australia",
    "Caracas": "Venezuela", "Chisinau": "Moldova", "Colombo": "Sri Lanka",
    "Copenhagen": "Denmark", "Damascus": "Syria", "Dhaka": "Bangladesh", "Doha": "Qatar",
    "Dublin": "Ireland", "Hanoi": "Vietnam", "Havana": "Cuba", "Helsinki": "Finland",
    "Islamabad": "Pakistan", "Jakarta": "Indonesia",
    "Jerusalem": "Israel",  # where its government sits
    "Kabul": "Afghanistan",
    "Khartoum": "Sudan", "Kinshasa": "Democratic Republic of Congo", "Kyiv": "Ukraine",
    "Kiev": "Ukraine", "Kuala Lumpur": "Malaysia", "Lima": "Peru", "Lisbon": "Portugal",
    "Ljubljana": "Slovenia", "London": "United Kingdom", "Madrid": "Spain",
    "Manila": "Philippines", "Mexico City": "Mexico", "Minsk": "Belarus",
    "Mogadishu": "Somalia", "Moscow": "Russia", "Muscat": "Oman", "Nairobi": "Kenya",
    "New Delhi": "India", "Nicosia": "Cyprus", "Oslo": "Norway", "Ottawa": "Canada",
    "Paris": "France", "Prague": "Czech Republic", "Pretoria": "South Africa",
    "Pyongyang": "North Korea", "Rabat": "Morocco", "Reykjavik": "Iceland", "Riga": "Latvia",
    "Riyadh": "Saudi Arabia", "Rome": "Italy", "Sanaa": "Yemen", "Santiago": "Chile",
    "Seoul": "South Korea", "Sofia": "Bulgaria", "Stockholm": "Sweden", "Taipei": "Taiwan",
    "Tallinn": "Estonia", "Tashkent": "Uzbekistan", "Tbilisi": "Georgia", "Tehran": "Iran",
    "Tirana": "Albania", "Tokyo": "Japan", "Tripoli": "Libya", "Tunis": "Tunisia",
    "Vilnius": "Lithuania", "Warsaw": "Poland", "Washington": "United States",
    "Wellington": "New Zealand", "Yerevan": "Armenia", "Zagreb": "Croatia",
}

#: Offices a country's government does not have, for titles written with no country
#: ("Prime Minister X" in a story about the United States is another country's): republics
#: led by a president alone, monarchies with no president, and cabinets of secretaries.
OFFICES_ABSENT: dict[str, frozenset[str]] = {
    "prime minister": frozenset({
        "United States", "Mexico", "Brazil", "Argentina", "Chile", "Colombia", "Venezuela",
        "Ecuador", "Indonesia", "Philippines", "Nigeria", "Kenya", "South Africa",
        "Afghanistan", "Turkey", "Iran", "Cyprus", "Switzerland",
        # a premier heads the government: "Premier X", never "Prime Minister X"
        "China", "Taiwan",
    }),
    "president": frozenset({
        "United Kingdom", "Japan", "Canada", "Australia", "New Zealand", "Spain",
        "Netherlands", "Belgium", "Sweden", "Norway", "Denmark", "Luxembourg", "Thailand",
        "Malaysia", "Cambodia", "Jordan", "Morocco", "Saudi Arabia", "Qatar", "Kuwait",
        "Bahrain", "Oman",
    }),
    "minister": frozenset({"United States"}),
}

#: The countries whose cabinet members are styled secretaries ("Defense Secretary X",
#: "Foreign Secretary Y", "Chief Cabinet Secretary Z"); elsewhere they are ministers.
SECRETARIES_CABINETS = frozenset(
    {"United States", "United Kingdom", "Philippines", "Mexico", "India", "Japan"}
)

#: Seats of government whose names stand for it: "the White House said President X …" is
#: the United States speaking about its own president.
SEATS_OF_GOVERNMENT: dict[str, str] = {
    "White House": "United States", "Kremlin": "Russia", "Élysée": "France",
    "Elysee": "France", "Élysée Palace": "France", "Elysee Palace": "France",
    "Downing Street": "United Kingdom", "Blue House": "South Korea", "Zhongnanhai": "China",
}

#: Styles and ranks written between a title and a name, lower-case without the full stop:
#: "the governor, General X", "The institute's director, Professor X", "The court's
#: president, Judge X".
STYLES = frozenset({
    "dr", "mr", "ms", "mrs", "prof", "professor", "sir", "dame", "lord", "lady", "judge",
    "justice", "president", "gen", "general", "col", "colonel", "captain", "capt", "commander",
    "cmdr", "lt", "maj", "major", "adm", "admiral", "rev", "sheikh",
})

#: What a spokesperson is called: "the ministry's spokeswoman".
SPOKESPERSON_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})

#: Nouns that stand for a country: "the two countries", "the kingdom's foreign minister".
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})

#: The medium that ends a news outlet's name, which the outlet also goes without: "Sky
#: News" (also "Sky"), "WXYZ 7 News" (also "WXYZ"), "Kestrel TV".
OUTLET_MEDIA = frozenset({"news", "tv", "television"})

#: Countries' formal names that news shortens to their opening words ("the Islamic
#: Republic" of Iran, "the People's Republic" of China), with the country each names.
FORMAL_STATE_NAMES: dict[str, str] = {
    "Islamic Republic of Iran": "Iran",
    "Islamic Republic of Pakistan": "Pakistan",
    "Islamic Republic of Afghanistan": "Afghanistan",
    "Islamic Republic of Mauritania": "Mauritania",
    "Islamic Emirate of Afghanistan": "Afghanistan",
    "People's Republic of China": "China",
    "People's Republic of Bangladesh": "Bangladesh",
    "Democratic People's Republic of Korea": "North Korea",
    "Hashemite Kingdom of Jordan": "Jordan",
    "Bolivarian Republic of Venezuela": "Venezuela",
    "Federal Republic of Germany": "Germany",
    "Federal Republic of Nigeria": "Nigeria",
    "Socialist Republic of Vietnam": "Vietnam",
    "Arab Republic of Egypt": "Egypt",
}

#: The nouns of a state's formal name before "of": "the Kingdom of Thailand", "the
#: Sultanate of Oman", "the State of Qatar" (each the country news names short).
STATE_FORMS = frozenset({"republic", "kingdom", "sultanate", "principality", "emirate",
                         "duchy", "commonwealth", "state"})

#: The dashes that end a dateline ("GENEVA, Switzerland —", "(Reuters) -") as tokens.
DASHES = frozenset({"—", "–", "--", "-"})

#: The states of the United States.
#: First-level divisions of federal countries whose news kg reads most, by their country:
#: states and territories of Australia, India, Nigeria, Mexico and Brazil, and Canada's
#: provinces. Names that are as often something else are left out ("Delta", "Niger",
#: "Plateau", "Rivers", "Georgia"); given names and surnames are weighed where they are read.
STATES_AND_PROVINCES: dict[str, str] = {
    **dict.fromkeys((
        "New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia",
        "Tasmania", "Northern Territory", "Australian Capital Territory"), "Australia"),
    **dict.fromkeys((
        "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa",
        "Gujarat", "Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala",
        "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland",
        "Odisha", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura",
        "Uttar Pradesh", "Uttarakhand", "West Bengal", "Jammu and Kashmir", "Ladakh"), "India"),
    **dict.fromkeys((
        "Abia", "Adamawa", "Akwa Ibom", "Anambra", "Bauchi", "Bayelsa", "Benue", "Borno",
        "Cross River", "Ebonyi", "Edo", "Ekiti", "Enugu", "Gombe", "Imo", "Jigawa", "Kaduna",
        "Kano", "Katsina", "Kebbi", "Kogi", "Kwara", "Nasarawa", "Ogun", "Ondo", "Osun", "Oyo",
        "Sokoto", "Taraba", "Yobe", "Zamfara"), "Nigeria"),
    **dict.fromkeys((
        "Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
        "Chihuahua", "Coahuila", "Colima", "Durango", "Guanajuato", "Guerrero", "Hidalgo",
        "Jalisco", "Michoacán", "Michoacan", "Morelos", "Nayarit", "Nuevo León", "Nuevo Leon",
        "Oaxaca", "Puebla", "Querétaro", "Queretaro", "Quintana Roo", "San Luis Potosí",
        "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán",
        "Yucatan", "Zacatecas"), "Mexico"),
    **dict.fromkeys((
        "Alagoas", "Amapá", "Amazonas", "Bahia", "Ceará", "Espírito Santo", "Goiás",
        "Maranhão", "Mato Grosso", "Mato Grosso do Sul", "Minas Gerais", "Pará", "Paraíba",
        "Paraná", "Pernambuco", "Piauí", "Rio Grande do Norte", "Rio Grande do Sul",
        "Rondônia", "Roraima", "Santa Catarina", "Sergipe", "Tocantins"), "Brazil"),
    **dict.fromkeys((
        "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan",
        "Nova Scotia", "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island",
        "Yukon", "Nunavut", "Northwest Territories"), "Canada"),
}

US_STATES = frozenset(
    [
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "Wisconsin",
        "Wyoming",
    ]
) | {
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
}

#: The US states news style abbreviates, by their abbreviation without its last full stop
#: ("Bentonville, Ark.", "Sen. Tim Kaine (D-Va.)").
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas",
    "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire",
    "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina",
    "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee",
    "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
}
