from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass, field

import pytest


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
