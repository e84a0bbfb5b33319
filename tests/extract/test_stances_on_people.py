"""Sides taken on a person or a body, not only on a plan: backing held ("has the full
backing of X"), opposition faced, lawsuits and complaints, endorsements
announced, supporters and critics, attacks in words and praise heaped; and the sentences
that state no such side, on sentences written for these tests."""

import pytest

from .helpers import facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "fact"), [
    # backing held
    ("Coach Ivo Marsh has the full backing of club chairman Oskar Lind.",
     ("Oskar Lind", "supports", "Ivo Marsh")),
    ("Senator Ana Roe had the Tarvik Union's full support.",
     ("Tarvik Union", "supports", "Ana Roe")),
    ("Ivo Marsh is sure that he enjoys the backing of Oskar Lind.",
     ("Oskar Lind", "supports", "Ivo Marsh")),
    # opposition faced
    ("The nominee, Ana Roe, faced opposition from Senator Oskar Lind.",
     ("Oskar Lind", "opposes", "Ana Roe")),
    ("Ana Roe met stiff resistance from the Tarvik Union.",
     ("Tarvik Union", "opposes", "Ana Roe")),
    # lawsuits and complaints
    ("The Tarvik Union sued the Velmar Mining Company over the spill.",
     ("Tarvik Union", "opposes", "Velmar Mining Company")),
    ("Norvale Airways is suing the Velmar Mining Company.",
     ("Norvale Airways", "opposes", "Velmar Mining Company")),
    ("Norvale Airways has filed a lawsuit against the Velmar Mining Company.",
     ("Norvale Airways", "opposes", "Velmar Mining Company")),
    ("The Tarvik Union lodged a complaint against Oskar Lind with the league.",
     ("Tarvik Union", "opposes", "Oskar Lind")),
    ("The Tarvik Union took legal action against Oskar Lind.",
     ("Tarvik Union", "opposes", "Oskar Lind")),
    ("The Tarvik Union mounted a legal challenge against the Velmar Mining Company.",
     ("Tarvik Union", "opposes", "Velmar Mining Company")),
    ("The Tarvik Union brought a civil action in federal court against Oskar Lind.",
     ("Tarvik Union", "opposes", "Oskar Lind")),
    # a suit named with who brought it
    ("A judge dismissed the lawsuit filed by Ana Roe against the Velmar Mining Company.",
     ("Ana Roe", "opposes", "Velmar Mining Company")),
    ("The lawsuit brought against Oskar Lind by the Tarvik Union was dismissed.",
     ("Tarvik Union", "opposes", "Oskar Lind")),
    ("The court dismissed Ana Roe's lawsuit against the Velmar Mining Company.",
     ("Ana Roe", "opposes", "Velmar Mining Company")),
    # endorsements and support on a person
    ("Mayor Ana Roe announced on Wednesday her endorsement of Senator Oskar Lind.",
     ("Ana Roe", "supports", "Oskar Lind")),
    ("Norvale Airways' support for Ana Roe was decisive.",
     ("Norvale Airways", "supports", "Ana Roe")),
    ("The minister said President Oskar Lind is fully in support of the candidate, Ana Roe.",
     ("Oskar Lind", "supports", "Ana Roe")),
    # supporters and critics
    ("Ivo Marsh is one of Senator Ana Roe's most loyal supporters.",
     ("Ivo Marsh", "supports", "Ana Roe")),
    ("Ivo Marsh is a staunch supporter of Ana Roe.", ("Ivo Marsh", "supports", "Ana Roe")),
    ("Ivo Marsh, a fierce critic of President Ana Roe, resigned on Friday.",
     ("Ivo Marsh", "opposes", "Ana Roe")),
    # words of attack or praise
    ("The Tarvik Union launched a scathing attack on Prime Minister Oskar Lind.",
     ("Tarvik Union", "opposes", "Oskar Lind")),
    ("Senator Ivo Marsh delivered a blistering attack on Ana Roe.",
     ("Ivo Marsh", "opposes", "Ana Roe")),
    ("The Tarvik Union heaped praise on Ana Roe.", ("Tarvik Union", "supports", "Ana Roe")),
    ("Oskar Lind poured scorn on Ana Roe.", ("Oskar Lind", "opposes", "Ana Roe")),
    # an object pronoun is not its own clause's subject
    ("Senator Ivo Marsh had doubts about Ana Roe, though he voted for her on Thursday.",
     ("Ivo Marsh", "supports", "Ana Roe")),
    ("Oskar Lind criticised the budget. Senator Ana Roe backed him.",
     ("Ana Roe", "supports", "Oskar Lind")),
])
def test_sides_on_people(graph_of, text, fact):
    assert fact in facts(graph_of(text))


@pytest.mark.parametrize(("text", "holder", "target"), [
    # none held, or none yet
    ("Oskar Lind does not have the support of the Tarvik Union.", "Tarvik Union", "Oskar Lind"),
    ("Ahead of Ana Roe's expected endorsement of Oskar Lind, the union met.", "Ana Roe",
     "Oskar Lind"),
    ("Oskar Lind withdrew his support for Ana Roe.", "Oskar Lind", "Ana Roe"),
    ("Ivo Marsh is not a supporter of Ana Roe.", "Ivo Marsh", "Ana Roe"),
    # drawing criticism is no side on the one drawing it
    ("Oskar Lind drew criticism from the Tarvik Union.", "Tarvik Union", "Oskar Lind"),
    # an attack of arms, a rival's run, a suit still a threat
    ("Ivo Marsh is mounting a primary challenge against Senator Ana Roe.", "Ivo Marsh",
     "Ana Roe"),
    ("The Tarvik Union launched an attack on the Velmar Mining Company.", "Tarvik Union",
     "Velmar Mining Company"),
    ("The Tarvik Union may file a lawsuit against Oskar Lind.", "Tarvik Union", "Oskar Lind"),
    ("The Tarvik Union took no legal action against Oskar Lind.", "Tarvik Union", "Oskar Lind"),
    ("The Tarvik Union took no action against Oskar Lind.", "Tarvik Union", "Oskar Lind"),
    ("Oskar Lind threatened to sue the Tarvik Union.", "Oskar Lind", "Tarvik Union"),
    ("The Tarvik Union filed no lawsuit against Oskar Lind.", "Tarvik Union", "Oskar Lind"),
    # a suit with no one named as bringing it
    ("The lawsuit against Oskar Lind was dismissed, Ana Roe said.", "Ana Roe", "Oskar Lind"),
    ("Ana Roe filed a lawsuit in court, a day after a protest against Oskar Lind.", "Ana Roe",
     "Oskar Lind"),
    # supporters not named
    ("Supporters of Ana Roe gathered outside the court on Monday.", "Ana Roe", "Ana Roe"),
])
def test_no_side_stated(graph_of, text, holder, target):
    found = facts(graph_of(text))
    assert (holder, "supports", target) not in found
    assert (holder, "opposes", target) not in found


@pytest.mark.parametrize(("text", "holder"), [
    ("President Oskar Lind proposed a budget on Monday. Senator Ana Roe backed the "
     "president's plan.", "Ana Roe"),
    ("Chancellor Oskar Lind set out a tax on Monday. The Tarvik Union rejected the "
     "chancellor's proposal.", "Tarvik Union"),
    ("Oskar Lind proposed a budget on Monday. The Tarvik Union rejected his proposal.",
     "Tarvik Union"),
])
def test_a_stance_on_what_a_description_owns_is_none_on_its_owner(graph_of, text, holder):
    # "backed the president's plan": the plan, not the president named before
    found = facts(graph_of(text))
    assert (holder, "supports", "Oskar Lind") not in found
    assert (holder, "opposes", "Oskar Lind") not in found


@pytest.mark.parametrize(("text", "fact"), [
    ("President Oskar Lind was nominated on Monday. Senator Ana Roe opposed the "
     "president's nomination.", ("Ana Roe", "opposes", "Oskar Lind")),
    ("President Oskar Lind set out his position. Senator Ana Roe rejected the president's "
     "position.", ("Ana Roe", "opposes", "Oskar Lind")),
    ("President Oskar Lind proposed a budget on Monday. Senator Ana Roe backed him.",
     ("Ana Roe", "supports", "Oskar Lind")),
])
def test_a_stance_on_an_owner_still_stands(graph_of, text, fact):
    assert fact in facts(graph_of(text))
