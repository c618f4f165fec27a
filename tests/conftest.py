import signal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

settings.register_profile("ci", max_examples=2000, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in SEEDS}


#: Seconds before a hang guard fails a test. Generous: it catches a hang, not a slowdown.
HANG_LIMIT = 120


@pytest.fixture()
def hang_guard():
    """Fail a test that runs for minutes (catastrophic backtracking) instead of stalling CI.

    ``regex`` checks for signals while it matches, so SIGALRM interrupts even a
    single runaway match. Not available on Windows, where the guard does nothing.
    """
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def give_up(signum, frame):
        raise TimeoutError(f"still running after {HANG_LIMIT} s: a hang, e.g. catastrophic backtracking")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(HANG_LIMIT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
