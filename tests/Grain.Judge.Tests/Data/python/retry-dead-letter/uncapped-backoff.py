# expect: fail
# group: hidden
class TransientError(Exception):
    """The sink could not take the message now; the same call may work later."""


class PermanentError(Exception):
    """The sink will never accept this message."""


class FakeSink:
    """A deterministic stand-in for a flaky HTTP endpoint. Time is simulated in milliseconds."""

    def __init__(self, outages=(), flaky_every=0):
        self.now_ms = 0
        self.calls = 0
        self.outages = [(int(start), int(end)) for start, end in outages]
        self.flaky_every = flaky_every

    def sleep(self, ms):
        """Wait `ms` milliseconds of simulated time."""
        self.now_ms += ms

    def send(self, message):
        """Deliver one message; every call takes 10 ms. Raises TransientError or PermanentError."""
        self.calls += 1
        self.now_ms += 10
        if message.get("user_id") is None:
            raise PermanentError("user_id is required")
        for start, end in self.outages:
            if start <= self.now_ms < end:
                raise TransientError("503 service unavailable")
        if self.flaky_every and self.calls % self.flaky_every == 0:
            raise TransientError("read timeout")

def deliver(messages, outages=(), flaky_every=0, max_attempts=4, base_ms=100, cap_ms=1000):
    sink = FakeSink(outages, flaky_every)
    delivered, dead = [], []
    for m in messages:
        for attempt in range(1, max_attempts + 1):
            try:
                sink.send(m)
            except PermanentError:
                dead.append({"id": m["event_id"], "attempts": attempt, "error": "permanent"})
                break
            except TransientError:
                if attempt == max_attempts:
                    dead.append({"id": m["event_id"], "attempts": attempt, "error": "exhausted"})
                else:
                    sink.sleep(base_ms * 2 ** (attempt - 1))  # no cap
            else:
                delivered.append({"id": m["event_id"], "attempts": attempt, "at_ms": sink.now_ms})
                break
    return {"delivered": delivered, "dead_letter": dead}
