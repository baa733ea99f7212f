# expect: fail
# group: example
import random
import zlib


class TransientError(Exception):
    """The call may succeed if tried again."""


class FlakyService:
    """A deterministic flaky dependency with a simulated clock (keep this class unchanged)."""

    def __init__(self, fail_pct):
        self.fail_pct = fail_pct
        self.now_ms = 0.0

    def sleep(self, ms):
        if ms < 0:
            raise ValueError("negative sleep")
        self.now_ms += ms

    def call(self, job_id, attempt):
        self.now_ms += 5
        if job_id is None:
            raise ValueError("a job without an id can never succeed")
        roll = zlib.crc32(f"{job_id}:{attempt}".encode("utf-8")) % 100
        if roll < self.fail_pct:
            raise TransientError(f"{job_id} attempt {attempt}")
        return roll


def run_jobs(jobs, seed=0, fail_pct=30, base_ms=100, cap_ms=2000, max_attempts=5, deadline_ms=3000):
    service = FlakyService(fail_pct)
    rng = random.Random(seed)
    for job in jobs:
        job_id = job.get("event_id")
        start = service.now_ms
        attempt = 1
        while True:
            try:
                service.call(job_id, attempt)
            except TransientError:
                if attempt == max_attempts:
                    yield ["exhausted", job_id, attempt, service.now_ms - start]
                    break
                delay = rng.uniform(0, min(cap_ms, base_ms * 2 ** attempt))
                if service.now_ms - start + delay > deadline_ms:
                    yield ["deadline", job_id, attempt, service.now_ms - start]
                    break
                service.sleep(delay)
                attempt += 1
            except ValueError:
                yield ["failed", job_id, attempt, service.now_ms - start]
                break
            else:
                yield ["ok", job_id, attempt, service.now_ms - start]
                break
