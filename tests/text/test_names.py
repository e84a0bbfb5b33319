import re

from kg.text.names import name_key, slug
from kg.text.personal_names import is_surname, surname_by_form


def test_transliteration_variants_share_a_key():
    assert name_key("Zelensky") == name_key("Zelenskyy") == name_key("Zelenskiy")
    assert name_key("Dmitry Peskov") == name_key("Dmitri Peskov")
    assert name_key("Sergey Lavrov") == name_key("Sergei Lavrov")
    assert name_key("Andriy Yermak") == name_key("Andrii Yermak")
    assert name_key("Peskov") != name_key("Lavrov")


def test_slug_is_ascii():
    assert slug("Zaporizhzhia Nuclear Plant") == "zaporizhzhia-nuclear-plant"
    # Accents are folded away, not dropped with their letter.
    assert slug("São Paulo") == "sao-paulo" and slug("Zürich  Börse") == "zurich-borse"
    assert slug("Sinn Féin’s") == "sinn-feins" and slug("Al-Aqsa") == "al-aqsa"
    # Whatever the script, a slug is lower-case ASCII words joined by single hyphens.
    for name in ("Łódź", "Москва", "Ærø", "Jean-Luc  Picard", " O'Neil ", "東京"):
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug(name)), slug(name)
    assert slug("Москва") == "unnamed"


def test_a_surname_is_known_by_its_ending_alone():
    # invented names, in no list: only their endings say they are surnames
    for name in ("Zarbekova", "Tulkinovich", "Marchenko", "Gvenetadze", "Ardelescu"):
        assert surname_by_form(name) and is_surname(name), name
    for word in ("Toronto", "Ivov", "Kestrel", "Provenance"):
        assert not surname_by_form(word), word
