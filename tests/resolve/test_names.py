from kg.resolve.names import name_key, slug


def test_transliteration_variants_share_a_key():
    assert name_key("Zelensky") == name_key("Zelenskyy") == name_key("Zelenskiy")
    assert name_key("Dmitry Peskov") == name_key("Dmitri Peskov")
    assert name_key("Sergey Lavrov") == name_key("Sergei Lavrov")
    assert name_key("Andriy Yermak") == name_key("Andrii Yermak")
    assert name_key("Peskov") != name_key("Lavrov")


def test_slug_is_ascii():
    assert slug("Zaporizhzhia Nuclear Plant") == "zaporizhzhia-nuclear-plant"
    assert slug("Łódź") == "odz" or slug("Łódź").isascii()
