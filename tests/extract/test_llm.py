"""kg.llm.v1 against a stub OpenAI-compatible server: only grounded relations are kept."""

import json
import re
import sys

import jsonschema
import pytest

from kg.errors import ExtractionError
from kg.extract import extract_article, get_extractor
from kg.extract.llm import NAME, LLMExtractor, LLMSettings
from kg.extract.llm_client import LLMClient, LLMUnavailable
from kg.ingest import make_article

from ..llm_stub import StubLLM

TEXT = ("Harbour Board chairman Ilse Varga met David Porter in Bergen on Monday. "
        "Varga said the board drafted the Northgate plan and wants Porter to back it.")


def mention_ids(user: str) -> dict[str, str]:
    """The ids the prompt gives each mention's words."""
    return {words: i for i, words in re.findall(r'(m\d+) "([^"]+)"', user)}


def reply(*relations: dict) -> str:
    return json.dumps({"relations": list(relations)})


def met(user: str, **changes: str) -> dict:
    """Varga met Richter, by the ids of the prompt (or what ``changes`` says instead)."""
    ids = mention_ids(user)
    relation = {"subject": ids.get("Ilse Varga", "?"), "predicate": "met",
                "object": ids.get("David Porter", "?"), "status": "asserted",
                "evidence": "Ilse Varga met David Porter"}
    return {**relation, **changes}


@pytest.fixture
def run(nlp, tmp_path):
    """Extract TEXT with the rules of kg.roles.v1 and an LLMExtractor on ``stub``."""

    def extract(stub: StubLLM, **settings):
        llm = LLMExtractor()
        llm.configure(LLMSettings(url=stub.url, model="stub-model", cache=tmp_path / "cache",
                                  **{"retries": 0, **settings}))
        article = make_article("varga.txt", TEXT)
        extraction = extract_article(nlp(article.text), article,
                                     [get_extractor("kg.roles.v1"), llm])
        notes, missing = llm.finish()
        return extraction, notes, missing, article

    return extract


def llm_relations(extraction):
    return [r for r in extraction.relations if r.evidence.extractor.startswith(NAME)]


def summary(notes) -> str:
    return " | ".join(note for _, note in notes)


def test_a_grounded_relation_is_kept_with_its_provenance(run):
    with StubLLM(lambda user: reply(met(user))) as stub:
        extraction, notes, *_ = run(stub)
    [found] = llm_relations(extraction)
    assert (found.subject.text, found.predicate, found.object.text) == (
        "Ilse Varga", "met", "David Porter")
    assert found.evidence.extractor == "kg.llm.v1/stub-model/prompt-1"
    # the evidence words locate the sentence; the offsets select that sentence exactly
    assert TEXT[found.evidence.start:found.evidence.end] == found.evidence.sentence == (
        "Harbour Board chairman Ilse Varga met David Porter in Bergen on Monday.")
    request = stub.requests[0]
    assert request["response_format"]["type"] == "json_schema"
    assert "1 relations grounded" in summary(notes)


def test_a_server_that_takes_json_object_gets_the_schema_that_way(run):
    with StubLLM(lambda user: reply(met(user))) as stub:
        stub.json_object_only = True
        extraction, *_ = run(stub)
    assert [r["response_format"]["type"] for r in stub.requests] == ["json_schema", "json_object"]
    assert "relations" in stub.requests[1]["response_format"]["schema"]["properties"]
    assert len(llm_relations(extraction)) == 1


def test_names_instead_of_ids_resolve_to_the_mentions(run):
    answer = lambda user: reply(met(user, subject="Ilse Varga", object="david porter"))  # noqa: E731
    with StubLLM(answer) as stub:
        extraction, *_ = run(stub)
    assert [r.subject.text for r in llm_relations(extraction)] == ["Ilse Varga"]


@pytest.mark.parametrize("change,reason", [
    ({"subject": "Ingrid Nobody"}, "entity not in the text"),
    ({"object": "m99"}, "entity not in the text"),
    ({"evidence": "Varga met Porter secretly"}, "evidence not in the text"),
    ({"predicate": "marriedTo"}, "unknown predicate"),
    ({"status": "rumoured"}, "unknown status"),
])
def test_ungrounded_output_is_dropped_and_counted(run, change, reason):
    with StubLLM(lambda user: reply(met(user), met(user, **change))) as stub:
        extraction, notes, *_ = run(stub)
    assert len(llm_relations(extraction)) == 1  # the grounded one
    assert f"dropped 1 ({reason})" in summary(notes)


def test_malformed_json_is_asked_again_once(run):
    with StubLLM(lambda user: reply(met(user))) as stub:
        stub.script = ["{not json"]
        extraction, *_ = run(stub)
    assert len(stub.requests) == 2 and len(llm_relations(extraction)) == 1


def test_malformed_json_twice_is_skipped_with_a_note(run):
    with StubLLM(lambda user: reply(met(user))) as stub:
        stub.script = ["{not json", '{"relations": "none"}']
        extraction, notes, missing, article = run(stub)
    assert len(stub.requests) == 2 and llm_relations(extraction) == []
    assert "reply not valid JSON twice" in summary(notes)
    assert missing == []  # the model answered: asking again would cost the same


def test_429_then_success(run):
    with StubLLM(lambda user: reply(met(user))) as stub:
        stub.script = [429]
        extraction, *_ = run(stub, retries=2)
    assert len(stub.requests) == 2 and len(llm_relations(extraction)) == 1


def test_a_timeout_leaves_the_article_to_the_next_build(run):
    with StubLLM(lambda user: reply(met(user))) as stub:
        stub.script = [3.0]
        extraction, notes, missing, article = run(stub, timeout=0.5)
        assert llm_relations(extraction) == []
        assert "timed out" in summary(notes) and "varga.txt" in summary(notes)
        assert missing == [article.id]
        extraction, *_ = run(stub)  # the same cache: the next build asks again
    assert len(llm_relations(extraction)) == 1


def test_the_cache_answers_a_second_extraction(run):
    with StubLLM(lambda user: reply(met(user))) as stub:
        first, *_ = run(stub)
        sent = len(stub.requests)
        second, notes, missing, article = run(stub)
    assert sent == 1 and len(stub.requests) == 1
    assert llm_relations(first) == llm_relations(second)
    assert "0 tokens in 0 requests (1 answered from the cache)" in summary(notes)
    assert missing == []


def test_the_token_budget_stops_requests(run):
    with StubLLM(lambda user: reply(met(user))) as stub:
        extraction, notes, *_ = run(stub, max_tokens=100)
    assert stub.requests == [] and "token budget (100) reached" in summary(notes)


def test_what_rules_and_model_both_find_is_surer_than_either(run, nlp):
    article = make_article("varga.txt", TEXT)
    rules = extract_article(nlp(article.text), article, [get_extractor("kg.roles.v1")])
    rule = rules.relations[0]

    def agreeing(user: str) -> str:
        return reply({"subject": rule.subject.text, "predicate": rule.predicate,
                      "object": rule.object.text, "status": rule.status,
                      "evidence": rule.evidence.sentence})

    with StubLLM(agreeing) as stub:
        extraction, *_ = run(stub)
    both = [r for r in extraction.relations
            if (r.subject, r.predicate, r.object) == (rule.subject, rule.predicate, rule.object)]
    assert {r.evidence.extractor.split("/")[0] for r in both} == {"kg.roles.v1", NAME}
    joint = 1 - (1 - rule.evidence.confidence) * (1 - 0.7)
    assert all(r.evidence.confidence == pytest.approx(joint, abs=1e-3) for r in both)
    assert joint > max(rule.evidence.confidence, 0.7)


def test_an_endpoint_that_is_down_fails_in_one_line(tmp_path):
    with StubLLM() as stub:
        url = stub.url  # closed when the block ends
    llm = LLMExtractor()
    llm.configure(LLMSettings(url=url, model="m", cache=tmp_path))
    with pytest.raises(LLMUnavailable, match=r"unreachable.*--llm-optional") as err:
        llm.start()
    assert "\n" not in str(err.value)
    llm.configure(LLMSettings(url=url, model="m", cache=tmp_path, optional=True))
    assert "unreachable" in llm.start()


def test_a_reply_without_usage_counts_no_tokens(run):
    with StubLLM(lambda user: reply(met(user))) as stub:
        stub.no_usage = True
        extraction, notes, *_ = run(stub)
    assert len(llm_relations(extraction)) == 1
    assert "0 tokens in 1 requests" in summary(notes)


def test_the_reply_schema_is_valid_and_admits_the_replies_the_extractor_reads(run):
    """The server (llama.cpp turns it into a grammar) gets a JSON Schema that holds."""
    with StubLLM(lambda user: reply(met(user))) as stub:
        extraction, *_ = run(stub)
    assert len(llm_relations(extraction)) == 1
    request = stub.requests[0]
    schema = request["response_format"]["json_schema"]["schema"]
    jsonschema.Draft202012Validator.check_schema(schema)
    valid = jsonschema.Draft202012Validator(schema).is_valid
    user = request["messages"][-1]["content"]
    assert valid(json.loads(reply(met(user))))
    assert not valid(json.loads(reply(met(user, predicate="admires"))))
    assert not valid(json.loads(reply(met(user, status="rumoured"))))
    assert not valid({"relation": [met(user)]})
    assert not valid([met(user)])


def test_without_the_openai_package_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "openai", None)  # ``import openai`` fails
    with pytest.raises(ExtractionError) as failed:
        LLMClient("http://127.0.0.1:9/v1", "stub-model")
    assert str(failed.value) == "kg.llm.v1 needs the openai package: pip install 'kg[llm]'"


def test_past_ten_articles_without_results_the_note_names_ten_and_says_there_are_more(
        nlp, tmp_path):
    llm = LLMExtractor()
    with StubLLM() as stub:
        stub.script = [500] * 11
        llm.configure(LLMSettings(url=stub.url, model="stub-model", cache=tmp_path / "cache",
                                  retries=0))
        for i in range(11):
            article = make_article(f"harbour-{i:02}.txt", TEXT)
            extract_article(nlp(article.text), article, [get_extractor("kg.roles.v1"), llm])
        notes, missing = llm.finish()
    assert len(missing) == 11
    text = dict(notes)[NAME]
    assert "11 article(s) without kg.llm.v1 results" in text
    assert text.endswith("harbour-08.txt, harbour-09.txt …") and "harbour-10" not in text


def test_evidence_words_said_twice_are_found_where_the_subject_is(nlp, tmp_path):
    text = ("Ilse Varga met David Porter in Bergen on Monday. "
            "On Friday Anna Holm met David Porter in Oslo.")

    def answer(user: str) -> str:
        ids = mention_ids(user)
        return reply({"subject": ids["Anna Holm"], "predicate": "met",
                      "object": ids["David Porter"], "status": "asserted",
                      "evidence": "met David Porter in"})

    llm = LLMExtractor()
    with StubLLM(answer) as stub:
        llm.configure(LLMSettings(url=stub.url, model="stub-model", cache=tmp_path / "cache",
                                  retries=0))
        article = make_article("holm.txt", text)
        extraction = extract_article(nlp(article.text), article, [llm])
        llm.finish()
    [found] = llm_relations(extraction)
    assert found.subject.text == "Anna Holm"
    assert found.evidence.sentence == "On Friday Anna Holm met David Porter in Oslo."
