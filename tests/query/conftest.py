from __future__ import annotations

import contextlib
import os
import socket
import threading
from dataclasses import dataclass, field

import pytest


def client_timeout() -> float:
    """Seconds a test's client waits for the server.

    A working server answers in well under a second; 60 s leaves room for a loaded
    machine. While mutmut runs a mutant (docs/testing.md) a handler the mutant breaks
    must fail its tests soon rather than outwait mutmut's time limit: 15 s then.
    """
    return 15.0 if "__mutmut_" in os.environ.get("MUTANT_UNDER_TEST", "") else 60.0


@pytest.fixture(autouse=True)
def _clients_without_a_timeout_of_their_own_give_up_too():
    """SPARQLWrapper and rdflib's SPARQLStore open sockets with the default timeout."""
    before = socket.getdefaulttimeout()
    socket.setdefaulttimeout(client_timeout())
    yield
    socket.setdefaulttimeout(before)


@dataclass
class Listener:
    """A TCP listener on loopback that counts the connections reaching it."""

    url: str
    host_port: str
    connections: list[bytes] = field(default_factory=list)


@pytest.fixture
def listener():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    found = Listener(f"http://127.0.0.1:{port}/sparql", f"127.0.0.1:{port}")

    def accept() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    found.connections.append(conn.recv(4096))
                except OSError:
                    found.connections.append(b"")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield found
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
    sock.close()
