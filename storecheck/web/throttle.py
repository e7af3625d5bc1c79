"""Sign-in throttling: each client gets a few free wrong tokens, then waits
twice as long after each further one, so guessing a token takes centuries
instead of seconds.

Per client address, in memory: a restart forgets the failures, which costs an
attacker a restart of our server per few guesses. Behind a reverse proxy every
phone shares the proxy's address; the proxy should then throttle sign-ins.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass


@dataclass
class _Failures:
    count: int = 0
    locked_until: float = 0.0


class SignInThrottle:
    """Failures per client; `wait(client)` says how many seconds it must wait before
    its next attempt is even checked (0: go ahead)."""

    def __init__(self, free_failures: int = 5, first_delay: float = 1.0, max_delay: float = 900.0,
                 max_clients: int = 10_000, clock=time.monotonic):
        self.free_failures = free_failures
        self.first_delay = first_delay
        self.max_delay = max_delay
        # Bounded, so a flood from many addresses cannot grow memory without end:
        # the client seen least recently is forgotten first.
        self.max_clients = max_clients
        self.clock = clock
        self._clients: OrderedDict[str, _Failures] = OrderedDict()
        self._lock = threading.Lock()

    def wait(self, client: str) -> float:
        with self._lock:
            failures = self._clients.get(client)
            if failures is None:
                return 0.0
            return max(0.0, failures.locked_until - self.clock())

    def failed(self, client: str) -> float:
        """Count a wrong token; return the seconds the client is now locked out."""
        with self._lock:
            failures = self._clients.pop(client, None) or _Failures()
            self._clients[client] = failures
            while len(self._clients) > self.max_clients:
                self._clients.popitem(last=False)
            failures.count += 1
            beyond = failures.count - self.free_failures
            if beyond <= 0:
                return 0.0
            delay = min(self.max_delay, self.first_delay * 2 ** (beyond - 1))
            failures.locked_until = self.clock() + delay
            return delay

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._clients.pop(client, None)
