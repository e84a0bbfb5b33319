"""A stub OpenAI-compatible chat-completions server on 127.0.0.1, with scripted replies."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: What the stub does with one chat request: reply with content (a str), answer with an
#: HTTP status (an int), or wait some seconds first (a float, then the default reply).
Action = str | int | float


class StubLLM:
    """Answers ``/v1/models`` and ``/v1/chat/completions``.

    Args:
        answer: The reply's content for a request's user message (default: no relations).
    """

    def __init__(self, answer: Callable[[str], str] | None = None):
        self.answer = answer or (lambda user: json.dumps({"relations": []}))
        self.script: list[Action] = []
        #: Refuse ``json_schema`` as llama-cpp-python's server does (it takes ``json_object``).
        self.json_object_only = False
        #: Leave ``usage`` out of replies, as some local servers do.
        self.no_usage = False
        self.requests: list[dict[str, Any]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Retry-After", "0")
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path.endswith("/models"):
                    self._send(200, {"object": "list",
                                     "data": [{"id": "stub", "object": "model",
                                               "created": 0, "owned_by": "test"}]})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append(body)
                if stub.json_object_only and body["response_format"]["type"] != "json_object":
                    self._send(400, {"error": {"message": "response_format.type: Input should "
                                               "be 'text' or 'json_object'"}})
                    return
                action: Action | None = stub.script.pop(0) if stub.script else None
                if isinstance(action, int):
                    self._send(action, {"error": {"message": f"status {action}"}})
                    return
                if isinstance(action, float):
                    time.sleep(action)
                user = next(m["content"] for m in body["messages"] if m["role"] == "user")
                content = action if isinstance(action, str) else stub.answer(user)
                answer = {
                    "id": "stub-1", "object": "chat.completion", "created": 0,
                    "model": body["model"],
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": content}}],
                    "usage": {"prompt_tokens": 100, "completion_tokens": 20,
                              "total_tokens": 120},
                }
                if stub.no_usage:
                    del answer["usage"]
                self._send(200, answer)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> StubLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
