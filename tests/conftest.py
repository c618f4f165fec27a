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


# -- the stanza backend ------------------------------------------------------------------------

#: The tiny model built by ``quotex models build --preset tiny`` and kept in the repository.
TINY_MODEL = ROOT / "tests" / "models" / "stanza-id-tiny"
#: A better model when one is around: $QUOTEX_STANZA_DIR, else the shared ready-built one.
SHARED_MODEL = ROOT.parent / "shared" / "models" / "stanza-id"


def stanza_installed() -> bool:
    try:
        import stanza  # noqa: F401
    except ImportError:
        return False
    return True


def full_model_dir() -> Path | None:
    """The best available full-size model directory, or None."""
    import os

    candidate = Path(os.environ["QUOTEX_STANZA_DIR"]) if os.environ.get("QUOTEX_STANZA_DIR") else SHARED_MODEL
    return candidate if (candidate / "resources.json").is_file() else None


def require_stanza(model: Path | None = TINY_MODEL) -> Path:
    """Skip (or fail, with ``QUOTEX_REQUIRE_STANZA=1``) when stanza or ``model`` is missing."""
    import os

    reason = None
    if not stanza_installed():
        reason = 'stanza is not installed (pip install torch==2.13.0 && pip install ".[stanza]")'
    elif model is None:
        reason = "no full-size stanza model (set QUOTEX_STANZA_DIR or provide ../shared/models/stanza-id)"
    if reason is None:
        return model
    if os.environ.get("QUOTEX_REQUIRE_STANZA") == "1" and (model is not None or not stanza_installed()):
        pytest.fail(f"QUOTEX_REQUIRE_STANZA=1 but {reason}")
    pytest.skip(reason)


def pytest_report_header(config):
    full = full_model_dir()
    if not stanza_installed():
        return "stanza tests: SKIPPED (stanza not installed)"
    return f"stanza tests: RUN with the tiny fixture model; full-size model: {full or 'none (those tests skip)'}"


def pytest_terminal_summary(terminalreporter):
    """End the run with one line saying whether the stanza tests really ran."""
    counts: dict[str, int] = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        counts[outcome] = sum(1 for r in terminalreporter.stats.get(outcome, []) if "test_stanza.py" in getattr(r, "nodeid", ""))
    if not any(counts.values()):
        return
    full = full_model_dir()
    terminalreporter.write_line(
        f"stanza tests: {counts['passed']} passed, {counts['skipped']} skipped, {counts['failed'] + counts['error']} failed; "
        f"models: tiny fixture ({TINY_MODEL.name}), full-size {full if full else 'none (its tests skipped)'}"
    )
