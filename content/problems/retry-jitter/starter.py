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
    """Yield [status, job_id, attempts, elapsed_ms] per job: "ok", "failed", "exhausted" or "deadline"."""
    raise NotImplementedError
