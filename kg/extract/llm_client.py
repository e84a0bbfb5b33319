"""A chat-completions client for any OpenAI-compatible endpoint (hosted, Ollama, vLLM, llama.cpp).

The ``openai`` package does the HTTP: timeouts, and retries with exponential
backoff on 429 and 5xx answers (honouring ``Retry-After``). This module turns
its failures into one-line :class:`~kg.errors.ExtractionError` messages.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import Any

from kg.errors import ExtractionError

__all__ = ["LLMClient", "Answer", "LLMUnavailable"]


#: How each endpoint takes a JSON schema, once learnt: OpenAI's API, vLLM, Ollama and
#: llama-server take ``json_schema``; llama-cpp-python's server only ``json_object``
#: with a ``schema``.
_FORMAT: dict[str, str] = {}


class LLMUnavailable(ExtractionError):
    """The endpoint did not answer (down, unreachable, timed out, or refused the key)."""


@dataclass(frozen=True)
class Answer:
    """The text of one reply and the tokens the request cost."""

    text: str
    tokens: int


class LLMClient:
    """One endpoint and model.

    Args:
        url: Base URL of the API, e.g. ``http://127.0.0.1:8080/v1``.
        model: Model name the server knows.
        api_key: Sent as a bearer token; local servers ignore it.
        timeout: Seconds one request may take.
        retries: Further attempts after a 429, a 5xx or a dropped connection.
    """

    def __init__(self, url: str, model: str, api_key: str | None = None, *,
                 timeout: float = 120.0, retries: int = 3):
        try:
            import openai
        except ImportError:
            raise ExtractionError("kg.llm.v1 needs the openai package: "
                                  "pip install 'kg[llm]'") from None
        self.url = url.rstrip("/")
        self.model = model
        self._openai = openai
        self._client = openai.OpenAI(base_url=self.url, api_key=api_key or "none",
                                     timeout=timeout, max_retries=retries)

    def check(self) -> None:
        """Make sure the endpoint answers, before any work is done.

        Raises:
            LLMUnavailable: no answer, or the key was refused.
        """
        try:
            self._client.with_options(max_retries=0).models.list()
        except (self._openai.AuthenticationError, self._openai.PermissionDeniedError) as err:
            raise LLMUnavailable(f"LLM endpoint {self.url} refused the key "
                                 f"({err.status_code}); set KG_LLM_API_KEY") from None
        except self._openai.APIStatusError:
            pass  # it answered: some servers have no /models
        except self._openai.APIError as err:
            raise LLMUnavailable(f"LLM endpoint {self.url} is unreachable ({_reason(err)}); "
                                 "start it, fix --llm-url, or build with --llm-optional") from None

    def complete(self, system: str, user: str, schema: dict[str, Any], *,
                 max_tokens: int) -> Answer:
        """One chat completion at temperature 0, constrained to ``schema``.

        Raises:
            LLMUnavailable: the request failed after its retries.
        """
        kind = _FORMAT.get(self.url, "json_schema")
        try:
            reply = self._client.chat.completions.create(  # type: ignore[call-overload]
                model=self.model,
                messages=[{"role": "system", "content": system},
                          {"role": "user", "content": user}],
                temperature=0,
                max_tokens=max_tokens,
                response_format=_response_format(kind, schema),
            )
        except self._openai.APIStatusError as err:
            if kind == "json_schema" and "json_object" in str(err.message):
                _FORMAT[self.url] = "json_object"  # the server said which it takes
                return self.complete(system, user, schema, max_tokens=max_tokens)
            raise LLMUnavailable(f"LLM endpoint {self.url} answered {err.status_code}: "
                                 f"{_short(err.message)}") from None
        except self._openai.APIError as err:
            raise LLMUnavailable(f"LLM endpoint {self.url}: {_reason(err)}") from None
        usage = reply.usage
        tokens = usage.total_tokens if usage is not None else 0
        text = reply.choices[0].message.content if reply.choices else None
        return Answer(text or "", tokens)


def _response_format(kind: str, schema: dict[str, Any]) -> dict[str, Any]:
    if kind == "json_object":
        return {"type": "json_object", "schema": schema}
    return {"type": "json_schema", "json_schema": {"name": "relations", "schema": schema}}


def _reason(err: Exception) -> str:
    name = type(err).__name__
    return "timed out" if "Timeout" in name else "no connection"


def _short(message: str) -> str:
    with contextlib.suppress(ValueError, AttributeError):  # often a JSON error body
        message = json.loads(message).get("error", {}).get("message", message)
    return " ".join(str(message).split())[:200]
