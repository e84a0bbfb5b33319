"""Relations labelled by a language model (extractor ``kg.llm.v1``), grounded in kg's mentions.

kg finds the mentions; per sentence it sends them, and the pairs of them that
share the sentence, to any OpenAI-compatible chat-completions endpoint. The
model labels a pair with a predicate of the ontology (or none), its direction,
its status and the words that state it. Nothing it says is taken on trust: a
subject or object that is not one of the article's mentions, evidence that is
not an exact substring of the article, a predicate or status the ontology does
not have, each drops the relation and is counted.

Replies are cached on disk, one file per (model, prompt version, article
text), so rebuilding or adding articles asks nothing twice; a request that
failed is not cached, and the next build asks again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import os
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Span

from kg.errors import ExtractionError
from kg.extract.context import ArticleContext
from kg.extract.llm_client import LLMClient, LLMUnavailable
from kg.model import STATUSES, Article, Mention, Relation
from kg.vocab import DESCRIPTIONS, PREDICATES

__all__ = ["NAME", "PROMPT_VERSION", "LLMSettings", "LLMExtractor", "default_cache"]

NAME = "kg.llm.v1"
#: Bumped whenever the prompt or the reply's schema changes (it is part of the cache key).
PROMPT_VERSION = "1"
#: Confidence of a relation only the model found (the rules' own range is 0.7 to 0.9).
CONFIDENCE = 0.7
#: Sentences per request: enough context, and replies short enough for small models.
SENTENCES_PER_REQUEST = 8
#: Pairs offered per sentence (a list of twenty names is a list, not twenty relations).
PAIRS_PER_SENTENCE = 15
#: Reply tokens allowed per pair offered, and the bounds of a request's reply.
#: (One relation in the schema's JSON takes about 80 tokens.)
ANSWER_TOKENS_PER_PAIR, ANSWER_TOKENS_MIN, ANSWER_TOKENS_MAX = 100, 256, 4096


def default_cache() -> Path:
    """``$KG_LLM_CACHE``, else ``$XDG_CACHE_HOME/kg/llm``, else ``~/.cache/kg/llm``."""
    if os.environ.get("KG_LLM_CACHE"):
        return Path(os.environ["KG_LLM_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg" / "llm"


@dataclass(frozen=True)
class LLMSettings:
    """Where the model is and how much it may cost.

    Attributes:
        url: Base URL of an OpenAI-compatible API (``…/v1``).
        model: Model name as the server knows it.
        api_key: Bearer token (local servers ignore it).
        cache: Folder of cached replies.
        timeout: Seconds one request may take.
        retries: Further attempts after a 429, a 5xx, a timeout or a dropped connection.
        concurrency: Requests in flight at once (per process).
        max_tokens: Tokens one article may use (prompts and replies); the
            sentences past it are not sent, and a note says so.
        optional: If the endpoint is down, build on the rules alone.
    """

    url: str
    model: str
    api_key: str | None = None
    cache: Path = field(default_factory=default_cache)
    timeout: float = 120.0
    retries: int = 3
    concurrency: int = 4
    max_tokens: int = 20_000
    optional: bool = False


@functools.cache
def _system_prompt() -> str:
    meanings = "\n".join(f"- {p}: {DESCRIPTIONS[p]}" for p in PREDICATES)
    return f"""You label relations between people, organisations, places and plans named in \
a news article. Under each sentence you get the mentions found in it (id, words, type) and \
pairs of them. For each pair, decide which one of these predicates the sentence states \
between the two, if any:
{meanings}

Reply with JSON: {{"relations": [{{"subject": "m1", "predicate": "leaderOf", "object": "m2", \
"status": "asserted", "evidence": "..."}}]}}
- subject, object: mention ids from the list; the subject is the one the predicate's \
description calls the subject.
- predicate: one name from the list above. Leave out pairs the sentence relates by none.
- status: asserted (stated as fact), desired (someone wants it), hypothetical (might, \
would, if), negated (stated as not so), proposed (put forward, not yet agreed).
- evidence: the fewest words of the sentence that state the relation, copied exactly.
Use only what the sentence says, never outside knowledge."""


def _schema(pairs: int) -> dict[str, Any]:
    """The reply's JSON schema: at most one relation per pair offered (which also stops a
    small model from repeating itself until the token limit cuts its JSON short)."""
    item = {
        "type": "object",
        "properties": {
            "subject": {"type": "string"},
            "predicate": {"type": "string", "enum": [*PREDICATES, "none"]},
            "object": {"type": "string"},
            "status": {"type": "string", "enum": list(STATUSES)},
            "evidence": {"type": "string"},
        },
        "required": ["subject", "predicate", "object", "status", "evidence"],
    }
    relations = {"type": "array", "items": item, "maxItems": pairs}
    return {"type": "object", "properties": {"relations": relations}, "required": ["relations"]}


@dataclass
class _Request:
    user: str
    pairs: int

    @property
    def key(self) -> str:
        return hashlib.sha256(self.user.encode()).hexdigest()[:20]

    def answer_tokens(self) -> int:
        return max(ANSWER_TOKENS_MIN, min(ANSWER_TOKENS_MAX, ANSWER_TOKENS_PER_PAIR * self.pairs))

    def estimated_tokens(self) -> int:
        # About four characters a token in English; the reply at its most.
        return (len(_system_prompt()) + len(self.user)) // 4 + self.answer_tokens()


@dataclass
class _Outcome:
    """What happened to one article, for the build's summary."""

    article: str
    source: str
    tokens: int = 0
    requests: int = 0
    cached: int = 0
    kept: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    #: The article has no (complete) results: a later build asks again.
    missing: bool = False


class LLMExtractor:
    """The ``kg.llm.v1`` extractor: call :meth:`configure` before it runs."""

    def __init__(self) -> None:
        self.settings: LLMSettings | None = None
        self._run = ""

    def configure(self, settings: LLMSettings) -> None:
        self.settings = settings
        # Worker processes inherit this; each appends its articles' outcomes to the run log.
        self._run = uuid.uuid4().hex

    @property
    def label(self) -> str:
        """How evidence names this extractor: its name, the model and the prompt version."""
        return f"{NAME}/{self._settings.model}/prompt-{PROMPT_VERSION}"

    @property
    def _settings(self) -> LLMSettings:
        if self.settings is None:
            raise ExtractionError(f"{NAME} needs an endpoint and a model: give --llm-url and "
                                  "--llm-model (or set KG_LLM_URL and KG_LLM_MODEL)")
        return self.settings

    def _client(self) -> LLMClient:
        s = self._settings
        return LLMClient(s.url, s.model, s.api_key, timeout=s.timeout, retries=s.retries)

    # -- the build's hooks (see kg.extract.protocols.Service) --------------------------------

    def start(self) -> str | None:
        """Check the endpoint before any work.

        Returns:
            None if it answers; the reason if it does not and the settings allow that.

        Raises:
            LLMUnavailable: it does not answer (and the build may not go on without it).
        """
        try:
            self._client().check()
        except LLMUnavailable as err:
            if not self._settings.optional:
                raise
            return str(err)
        return None

    def finish(self) -> tuple[list[tuple[str, str]], list[str]]:
        """Notes for the build (tokens used, what was dropped), and the ids of the
        articles left without results (a request failed: the next build asks again)."""
        log = self._log_path()
        outcomes = []
        if log.exists():
            outcomes = [json.loads(line) for line in log.read_text().splitlines() if line]
            log.unlink()
        notes: list[tuple[str, str]] = []
        for o in outcomes:
            notes += [(o["source"], f"{NAME}: {note}") for note in o["notes"]]
        dropped = Counter[str]()
        for o in outcomes:
            dropped.update(o["dropped"])
        tokens = sum(o["tokens"] for o in outcomes)
        requests = sum(o["requests"] for o in outcomes)
        cached = sum(o["cached"] for o in outcomes)
        kept = sum(o["kept"] for o in outcomes)
        text = (f"{self._settings.model}: {tokens:,} tokens in {requests} requests "
                f"({cached} answered from the cache); {kept} relations grounded")
        if dropped:
            text += ", dropped " + ", ".join(f"{n} ({why})" for why, n in sorted(dropped.items()))
        missing = [o["source"] for o in outcomes if o["missing"]]
        if missing:
            text += (f"; {len(missing)} article(s) without {NAME} results, build again to add "
                     "them: " + ", ".join(missing[:10]) + (" …" if len(missing) > 10 else ""))
        return [(NAME, text), *notes], [o["article"] for o in outcomes if o["missing"]]

    # -- extraction ---------------------------------------------------------------------------

    def __call__(self, context: ArticleContext) -> Iterator[Relation]:
        outcome = _Outcome(context.article.id, context.article.source)
        ids = _mention_ids(context)
        requests = _requests(context, ids)
        entry = self._entry(context.article)
        replies: dict[str, str | None] = dict(entry.get("replies", {}))
        asked = self._ask([r for r in requests if r.key not in replies], outcome)
        outcome.cached = sum(r.key in replies for r in requests)
        replies.update(asked)
        if asked:
            self._save(context.article, {"model": self._settings.model, "prompt": PROMPT_VERSION,
                                         "replies": replies})
        answered = [text for r in requests if (text := replies.get(r.key)) is not None]
        relations = list(self._ground(context, ids, answered, outcome))
        outcome.kept = len(relations)
        self._record(outcome)
        yield from relations

    def _ask(self, requests: list[_Request], outcome: _Outcome) -> dict[str, str | None]:
        """Send what fits the article's token budget, a few at a time; the replies by key."""
        budget, sending = self._settings.max_tokens, []
        for i, request in enumerate(requests):
            budget -= request.estimated_tokens()
            if budget < 0:
                outcome.notes.append(f"token budget ({self._settings.max_tokens:,}) reached: "
                                     f"{len(requests) - i} of {len(requests)} requests not sent")
                break
            sending.append(request)
        if not sending:
            return {}
        client, system = self._client(), _system_prompt()

        def ask(request: _Request) -> tuple[str, str | None, int, str | None]:
            tokens = 0
            try:
                for _attempt in range(2):  # a malformed reply is asked again once
                    answer = client.complete(system, request.user, _schema(request.pairs),
                                             max_tokens=request.answer_tokens())
                    tokens += answer.tokens
                    if _items(answer.text) is not None:
                        return request.key, answer.text, tokens, None
                return request.key, None, tokens, "reply not valid JSON twice; skipped it"
            except LLMUnavailable as err:
                return request.key, "", tokens, str(err)

        got: dict[str, str | None] = {}
        workers = max(1, min(self._settings.concurrency, len(sending)))
        with ThreadPoolExecutor(workers) as pool:
            for key, text, tokens, problem in pool.map(ask, sending):
                outcome.requests += 1
                outcome.tokens += tokens
                if problem:
                    outcome.notes.append(problem)
                if text == "":  # the request failed: not cached, asked again next build
                    outcome.missing = True
                else:
                    got[key] = text
        return got

    def _ground(self, context: ArticleContext, ids: dict[str, Mention],
                replies: Sequence[str], outcome: _Outcome) -> Iterator[Relation]:
        text = context.article.text
        for reply in replies:
            for item in _items(reply) or []:
                predicate = item.get("predicate")
                if predicate in (None, "", "none"):
                    continue
                if predicate not in PREDICATES:
                    outcome.dropped["unknown predicate"] += 1
                    continue
                status = item.get("status") or "asserted"
                if status not in STATUSES:
                    outcome.dropped["unknown status"] += 1
                    continue
                evidence = item.get("evidence")
                ref = item.get("subject")
                named = ids.get(ref) if isinstance(ref, str) else None
                start = _locate(text, evidence, named.start if named else 0)
                if start < 0:
                    outcome.dropped["evidence not in the text"] += 1
                    continue
                subject = _resolve(item.get("subject"), ids, context, start)
                obj = _resolve(item.get("object"), ids, context, start)
                if subject is None or obj is None:
                    outcome.dropped["entity not in the text"] += 1
                    continue
                if subject == obj:
                    outcome.dropped["subject is the object"] += 1
                    continue
                # the evidence words find the sentence; the assertion keeps the whole of it,
                # its offsets selecting exactly that sentence as every extractor's do
                sent = _sentence_at(context, start)
                yield Relation(subject, predicate, obj,
                               context.evidence(sent, self.label, CONFIDENCE), status)

    # -- the cache and the run log ------------------------------------------------------------

    def _entry_path(self, article: Article) -> Path:
        s = self._settings
        key = hashlib.sha256("\x1f".join(
            [s.model, PROMPT_VERSION, _system_prompt(), article.text]).encode()).hexdigest()
        return s.cache / key[:2] / f"{key}.json"

    def _entry(self, article: Article) -> dict[str, Any]:
        try:
            found = json.loads(self._entry_path(article).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def _save(self, article: Article, entry: dict[str, Any]) -> None:
        path = self._entry_path(article)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written whole and renamed: a killed build leaves no half entry.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def _log_path(self) -> Path:
        return self._settings.cache / "runs" / f"{self._run}.jsonl"

    def _record(self, outcome: _Outcome) -> None:
        path = self._log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps({**outcome.__dict__, "dropped": dict(outcome.dropped)}) + "\n"
        # One short append per article: whole lines, whichever worker process writes them.
        with open(path, "a", encoding="utf-8") as log:
            log.write(line)


def _mention_ids(context: ArticleContext) -> dict[str, Mention]:
    """The article's mentions in the text (not the byline), by the ids the prompt uses."""
    spans = sorted({(m.start, m.end): m for m in context.mentions if m.end > m.start}.values())
    return {f"m{i}": m for i, m in enumerate(spans, 1)}


def _requests(context: ArticleContext, ids: dict[str, Mention]) -> list[_Request]:
    """The sentences with two mentions or more, a few per request, with their pairs."""
    blocks: list[tuple[str, int]] = []
    by_start = sorted(ids.items(), key=lambda item: item[1].start)
    for n, sent in enumerate(context.doc.sents, 1):
        inside = [(i, m) for i, m in by_start if sent.start_char <= m.start < sent.end_char]
        pairs = [(a, b) for (a, ma), (b, mb) in itertools.combinations(inside, 2)
                 if ma.name != mb.name][:PAIRS_PER_SENTENCE]
        if not pairs:
            continue
        listed = "; ".join(f'{i} "{m.text}" ({m.type})' for i, m in inside)
        blocks.append((f"Sentence {n}: {sent.text.strip()}\nMentions: {listed}\n"
                       f"Pairs: {'; '.join(f'{a}-{b}' for a, b in pairs)}", len(pairs)))
    chunks = [blocks[i:i + SENTENCES_PER_REQUEST]
              for i in range(0, len(blocks), SENTENCES_PER_REQUEST)]
    return [_Request("\n\n".join(text for text, _ in chunk), sum(n for _, n in chunk))
            for chunk in chunks]


def _items(reply: str | None) -> list[dict[str, Any]] | None:
    """The relations of a reply, or None if it is not the JSON asked for."""
    try:
        data = json.loads(reply or "")
    except ValueError:
        return None
    items = data.get("relations") if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return None
    return items


def _locate(text: str, evidence: Any, near: int) -> int:
    """Where ``evidence`` occurs in ``text`` (the occurrence nearest ``near``), or -1."""
    if not isinstance(evidence, str) or not evidence:
        return -1
    found, at = -1, text.find(evidence)
    while at >= 0:
        if found < 0 or abs(at - near) < abs(found - near):
            found = at
        at = text.find(evidence, at + 1)
    return found


def _resolve(ref: Any, ids: dict[str, Mention], context: ArticleContext,
             near: int) -> Mention | None:
    """The mention a reply names: by id, else by its exact words (the nearest such mention)."""
    if not isinstance(ref, str):
        return None
    if ref in ids:
        return ids[ref]
    words = " ".join(ref.split()).casefold()
    named = [m for m in ids.values() if words in {m.text.casefold(), m.name.casefold()}]
    return min(named, key=lambda m: abs(m.start - near), default=None)


def _sentence_at(context: ArticleContext, offset: int) -> Span:
    for sent in context.doc.sents:
        if offset < sent.end_char:
            return sent
    return context.doc[:]


extractor = LLMExtractor()
