"""Long runs of ``quotex extract``: killed and resumed, on a full disk, and their progress bar.

Every test runs the real command line in a subprocess, as a data desk would, over an
archive of a few thousand documents made from the seeds.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import random
import resource
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from quotex.partial import PartialOutput, ResumeError, manifest_path, partial_path

FORMATS = ("jsonl", "csv", "json", "parquet")
DOCUMENTS = 2400


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """A JSON Lines archive of the seeds, each many times over with its own id and a changed last line."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    path = tmp_path_factory.mktemp("archive") / "archive.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(DOCUMENTS):
            text = texts[i % len(texts)] + f"\n“Kami catat laporan nomor {i},” kata petugas {i}."
            out.write(json.dumps({"id": f"doc-{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _command(archive: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "quotex", "extract", str(archive), "-o", str(out), "--jobs", "2", *extra]


@pytest.fixture(scope="module")
def uninterrupted(archive, tmp_path_factory) -> dict[str, Path]:
    """The output of one uninterrupted run per format."""
    folder = tmp_path_factory.mktemp("whole")
    outputs = {}
    for fmt in FORMATS:
        outputs[fmt] = folder / f"quotes.{fmt}"
        subprocess.run(_command(archive, outputs[fmt], "-q"), check=True, capture_output=True)
    return outputs


def _documents_checkpointed(out: Path) -> int:
    try:
        return json.loads(manifest_path(out).read_text(encoding="utf-8"))["documents"]
    except (OSError, ValueError, KeyError):
        return 0


def _kill_after(archive: Path, out: Path, documents: int, *extra: str) -> None:
    """Start a run and SIGKILL it (workers too) once its manifest counts at least ``documents``."""
    process = subprocess.Popen(_command(archive, out, "-q", "--checkpoint-every", "0.05", *extra),
                               start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _documents_checkpointed(out) < documents and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    if process.poll() is not None:
        pytest.fail(f"the run ended before it could be killed at {documents} documents: {process.stderr.read().decode()}")
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    process.stderr.close()


def _same_output(fmt: str, got: Path, expected: Path) -> None:
    if fmt == "parquet":
        pq = pytest.importorskip("pyarrow.parquet")
        assert pq.read_table(got).to_pylist() == pq.read_table(expected).to_pylist()
    else:
        assert got.read_bytes() == expected.read_bytes()


# Kill points (documents checkpointed before the kill), drawn once from a fixed seed: reproducible.
_KILL_POINTS = random.Random(17).sample(range(50, DOCUMENTS - 400), 2 * len(FORMATS))


@pytest.mark.parametrize("fmt,kill_at", [(fmt, _KILL_POINTS[2 * i + k]) for i, fmt in enumerate(FORMATS) for k in range(2)])
def test_killed_run_resumes_to_the_same_output(archive, uninterrupted, tmp_path, fmt, kill_at):
    out = tmp_path / f"quotes.{fmt}"
    _kill_after(archive, out, kill_at)
    assert not out.exists(), "a killed run left a file under the final name"
    assert partial_path(out).exists() and _documents_checkpointed(out) >= kill_at
    done = subprocess.run(_command(archive, out, "--resume"), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"{DOCUMENTS:,} documents read, 0 failed" in done.stderr
    _same_output(fmt, out, uninterrupted[fmt])
    assert not partial_path(out).exists() and not manifest_path(out).exists()


def test_a_run_killed_twice_still_resumes_to_the_same_output(archive, uninterrupted, tmp_path):
    out = tmp_path / "quotes.jsonl"
    _kill_after(archive, out, 300)
    _kill_after(archive, out, 900, "--resume")
    subprocess.run(_command(archive, out, "--resume", "-q"), check=True, capture_output=True)
    _same_output("jsonl", out, uninterrupted["jsonl"])


def test_resume_refuses_other_settings_or_another_input(archive, tmp_path):
    out = tmp_path / "quotes.jsonl"
    _kill_after(archive, out, 200)
    other = subprocess.run(_command(archive, out, "--resume", "--text-field", "body"), capture_output=True, text=True)
    assert other.returncode == 2 and "text_field (was 'text', now 'body')" in other.stderr
    changed = tmp_path / "archive.jsonl"
    changed.write_text("".join(reversed(archive.read_text(encoding="utf-8").splitlines(keepends=True))), encoding="utf-8")
    moved = subprocess.run(_command(changed, out, "--resume"), capture_output=True, text=True)
    assert moved.returncode == 2 and "cannot resume" in moved.stderr
    assert not out.exists() and partial_path(out).exists()


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_full_disk_fails_clearly_and_leaves_nothing_under_the_final_name(archive, uninterrupted, tmp_path, fmt):
    out = tmp_path / f"quotes.{fmt}"
    limit = uninterrupted["jsonl"].stat().st_size // 3  # the output would be three times larger
    full = subprocess.run(_command(archive, out, "--checkpoint-every", "0.05"), capture_output=True, text=True, preexec_fn=_limit_file_size(limit))
    assert full.returncode == 3, full.stderr
    assert "cannot write" in full.stderr and "File too large" in full.stderr and "--resume" in full.stderr
    assert not out.exists()
    assert partial_path(out).stat().st_size <= limit
    checkpointed = _documents_checkpointed(out)
    assert 0 < checkpointed < DOCUMENTS
    done = subprocess.run(_command(archive, out, "--resume"), capture_output=True, text=True)  # room again
    assert done.returncode == 0, done.stderr
    _same_output(fmt, out, uninterrupted[fmt])


def test_an_unwritable_output_path_fails_with_status_3(archive, tmp_path):
    done = subprocess.run(_command(archive, tmp_path / "no" / "such" / "folder" / "q.jsonl"), capture_output=True, text=True)
    assert done.returncode == 3 and "cannot write" in done.stderr and "No such file or directory" in done.stderr


def test_strict_stop_leaves_the_output_partial(tmp_path):
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"id": "a", "text": "\\"Ya,\\" ujar Siti."}\n{"id": "b"}\n{"id": "c", "text": "x"}\n', encoding="utf-8")
    out = tmp_path / "q.jsonl"
    done = subprocess.run([sys.executable, "-m", "quotex", "extract", str(archive), "-o", str(out), "--strict"], capture_output=True, text=True)
    assert done.returncode == 1 and "stopped at the first failure" in done.stderr
    assert not out.exists() and partial_path(out).read_text(encoding="utf-8").count("\n") == 1


def _stderr_on_a_terminal(args: list[str]) -> str:
    """What a run writes to stderr when stderr is a terminal (a pseudo-terminal here)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 columns wide
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_shows_rate_and_total_and_quiet_hides_it(archive, tmp_path):
    shown = _stderr_on_a_terminal(_command(archive, tmp_path / "a.jsonl"))
    assert f"{DOCUMENTS}/{DOCUMENTS}" in shown and "docs/s" in shown and "quotes" in shown
    assert f"{DOCUMENTS:,} documents read" in shown
    quiet = _stderr_on_a_terminal(_command(archive, tmp_path / "b.jsonl", "--quiet"))
    assert quiet.strip() == ""
    piped = subprocess.run(_command(archive, tmp_path / "c.jsonl"), capture_output=True, text=True, check=True)
    assert "docs/s" not in piped.stderr and f"{DOCUMENTS:,} documents read" in piped.stderr


def test_partial_output_appears_only_when_finished(tmp_path):
    out = tmp_path / "q.txt"
    output = PartialOutput.open(out, {"format": "table"}, every=60)
    output.text.write("one\n")
    output.done("a", 1, False)
    output.checkpoint()
    assert not out.exists() and json.loads(manifest_path(out).read_text())["documents"] == 1
    output.text.write("half a li")  # written after the checkpoint, then the run dies
    output.abandon()
    resumed = PartialOutput.open(out, {"format": "table"}, resume=True, every=60)
    assert resumed.resumed and resumed.state.documents == 1
    resumed.text.write("two\n")
    resumed.finish()
    assert out.read_text() == "one\ntwo\n" and not manifest_path(out).exists() and not partial_path(out).exists()
    with pytest.raises(ResumeError, match="format"):
        PartialOutput.open(out, {"format": "table"}, every=60).abandon()
        PartialOutput.open(out, {"format": "csv"}, resume=True)
