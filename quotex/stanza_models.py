"""Indonesian stanza models for the ``stanza`` backend: find, download or build them.

Three ways to get a model directory (one that ``stanza.Pipeline(lang="id", dir=…,
download_method=None)`` loads):

1. :func:`download_models` wraps ``stanza.download`` (needs the internet);
2. :func:`build_models` trains tokenize, mwt, pos, lemma and depparse on Universal
   Dependencies treebanks with stanza's own training entry points, on CPU, offline;
3. a ready-built directory, passed as ``stanza_dir`` or ``QUOTEX_STANZA_DIR``.

stanza is imported only inside these functions, so the rules backend never needs it.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs

LANG = "id"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
BUILT_PACKAGE = "quotex"  #: package name of models made by :func:`build_models`
ENV_VAR = "QUOTEX_STANZA_DIR"

INSTALL_HINT = 'pip install "quotex[stanza]"  (install torch==2.13.0 or another CPU build first)'
DOWNLOAD_HINT = "quotex models download --dir DIR"
BUILD_HINT = "quotex models build --ud UD_Indonesian-GSD UD_Indonesian-CSUI --out DIR"


class StanzaUnavailableError(ImportError):
    """The ``stanza`` extra is not installed; the message says how to install it."""


class ModelsMissingError(FileNotFoundError):
    """No usable Indonesian stanza model directory; the message names the commands that make one."""


def import_stanza():  # noqa: ANN201 - the module, typed loosely on purpose (optional dependency)
    """``import stanza``, or a :class:`StanzaUnavailableError` that says how to install it."""
    try:
        import stanza
    except ImportError as error:
        raise StanzaUnavailableError(f"the stanza backend needs the stanza extra: {INSTALL_HINT}") from error
    return stanza


def default_model_dir() -> Path:
    """``$QUOTEX_STANZA_DIR`` if set, else stanza's own default (``~/stanza_resources``)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def check_model_dir(model_dir: str | os.PathLike[str] | None) -> Path:
    """Return the model directory if it holds every processor quotex needs; else say how to get one."""
    path = Path(model_dir) if model_dir is not None else default_model_dir()
    fixes = f"download one with `{DOWNLOAD_HINT}`, build one offline with `{BUILD_HINT}`, or pass stanza_dir= / set {ENV_VAR}"
    resources = path / "resources.json"
    if not resources.is_file():
        raise ModelsMissingError(f"no stanza model directory at {path} (resources.json not found); {fixes}")
    missing = [p for p in PROCESSORS if not (path / LANG / p).is_dir() or not any((path / LANG / p).glob("*.pt"))]
    if missing:
        raise ModelsMissingError(f"the stanza model directory {path} lacks Indonesian {', '.join(missing)}; {fixes}")
    return path


def download_models(model_dir: str | os.PathLike[str] | None = None) -> Path:
    """Download stanza's official Indonesian models for quotex's processors (needs the internet)."""
    stanza = import_stanza()
    path = Path(model_dir) if model_dir is not None else default_model_dir()
    try:
        stanza.download(LANG, model_dir=str(path), processors=",".join(PROCESSORS), package="default")
    except Exception as error:  # noqa: BLE001 - network and HTTP errors of every kind
        raise ModelsMissingError(
            f"downloading stanza's Indonesian models into {path} failed ({type(error).__name__}); "
            f"without internet access, build them offline: `{BUILD_HINT}`"
        ) from error
    return check_model_dir(path)


# -- building from treebanks ------------------------------------------------------------------


@attrs.frozen
class Preset:
    """Training sizes for one build: how big each model is and how long it trains."""

    name: str
    tokenize: tuple[str, ...]
    mwt: tuple[str, ...]
    pos: tuple[str, ...]
    lemma: tuple[str, ...]
    depparse: tuple[str, ...]


def _tagger_sizes(hidden: int, char_hidden: int, biaff: int, word: int, steps: int) -> tuple[str, ...]:
    return (
        "--hidden_dim", str(hidden), "--char_hidden_dim", str(char_hidden), "--deep_biaff_hidden_dim", str(biaff),
        "--word_emb_dim", str(word), "--char_emb_dim", str(max(16, word // 2)), "--tag_emb_dim", str(max(16, word // 3)),
        "--transformed_dim", str(word), "--max_steps", str(steps), "--eval_interval", str(max(50, steps // 10)),
        "--no_pretrain",
    )


PRESETS = {
    # Minutes on 2 cores; a few MB. For tests and fixtures: it parses, not well.
    "tiny": Preset(
        "tiny",
        tokenize=("--steps", "300", "--eval_steps", "150"),
        mwt=("--num_epoch", "2", "--hidden_dim", "32", "--emb_dim", "16"),
        pos=(*_tagger_sizes(32, 32, 32, 32, 150), "--num_layers", "1", "--composite_deep_biaff_hidden_dim", "16", "--word_cutoff", "20"),
        lemma=("--num_epoch", "2", "--hidden_dim", "32", "--emb_dim", "16", "--pos_dim", "16"),
        depparse=(*_tagger_sizes(32, 32, 32, 32, 150), "--num_layers", "1", "--deep_biaff_output_dim", "16", "--word_cutoff", "20", "--optim", "adadelta"),
    ),
    # About 85 min and 11 MB on 2 shared cores (tokenize 35 min, pos 18, depparse 15): UPOS 88.7, LAS 63.8.
    "small": Preset(
        "small",
        tokenize=("--steps", "1000", "--eval_steps", "250"),
        mwt=("--num_epoch", "8"),
        pos=(*_tagger_sizes(100, 100, 100, 75, 250), "--num_layers", "2", "--composite_deep_biaff_hidden_dim", "50"),
        lemma=("--num_epoch", "6"),
        depparse=(*_tagger_sizes(100, 100, 100, 75, 300), "--num_layers", "2", "--deep_biaff_output_dim", "80", "--optim", "adadelta"),
    ),
}

_TREEBANK = "UD_Indonesian-Quotex"
_SHORT = "id_quotex"
_STAGES = (  # processor, dataset preparation module and its flags, training module and its flags
    ("tokenize", "prepare_tokenizer_treebank", (), "run_tokenizer", ("--no_charlm",)),
    ("mwt", "prepare_mwt_treebank", (), "run_mwt", ()),
    ("pos", "prepare_pos_treebank", (), "run_pos", ("--no_charlm",)),
    ("lemma", "prepare_lemma_treebank", ("--gold",), "run_lemma", ("--no_charlm",)),
    ("depparse", "prepare_depparse_treebank", ("--gold",), "run_depparse", ("--no_charlm",)),
)


def _conllu_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    files: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            files.extend(sorted(item.glob("*.conllu")))
        elif item.is_file():
            files.append(item)
        else:
            raise FileNotFoundError(f"no treebank at {item} (give UD folders or .conllu files)")
    if not files:
        raise FileNotFoundError("no .conllu files in the treebanks given")
    return files


def _sentences(path: Path) -> list[str]:
    """CoNLL-U sentences of ``path``; XPOS is dropped because the Indonesian treebanks' tagsets differ."""
    out: list[str] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = []
        for line in block.strip("\n").split("\n"):
            cols = line.split("\t")
            if len(cols) == 10:
                cols[4] = "_"
                line = "\t".join(cols)
            lines.append(line)
        if any(not line.startswith("#") for line in lines if line):
            out.append("\n".join(lines) + "\n\n")
    return out


def combine_treebanks(files: Sequence[Path], ud_root: Path, dev_share: float = 0.1, seed: int = 13) -> dict[str, int]:
    """Write one training treebank from ``files``: their ``*-dev`` files become dev, the rest train.

    Without any dev file, a seeded ``dev_share`` of the sentences is held out. Returns sentence counts.
    """
    train: list[str] = []
    dev: list[str] = []
    for path in files:
        (dev if "-ud-dev" in path.name else train).extend(_sentences(path))
    if not dev:
        rng = random.Random(seed)
        rng.shuffle(train)
        cut = max(1, int(len(train) * dev_share))
        dev, train = train[:cut], train[cut:]
    folder = ud_root / _TREEBANK
    folder.mkdir(parents=True, exist_ok=True)
    for split, sents in (("train", train), ("dev", dev), ("test", dev)):
        (folder / f"{_SHORT}-ud-{split}.conllu").write_text("".join(sents), encoding="utf-8")
    return {"train": len(train), "dev": len(dev)}


def _halve(model_file: Path) -> None:
    """Store float32 weights as float16: half the size, and stanza casts them back on load."""
    import torch

    def convert(value):  # noqa: ANN001, ANN202
        if isinstance(value, torch.Tensor) and value.dtype == torch.float32:
            return value.half()
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        return value

    state = torch.load(model_file, map_location="cpu", weights_only=False)
    if isinstance(state, dict):
        state = {k: (convert(v) if k in ("model", "state_dict") else v) for k, v in state.items()}
    torch.save(state, model_file)


def _trained_file(save_dir: Path) -> Path:
    found = [p for p in save_dir.rglob("*.pt") if "checkpoint" not in p.name]
    if len(found) != 1:
        raise RuntimeError(f"expected one trained model in {save_dir}, found {[p.name for p in found]}")
    return found[0]


_DONE = ".quotex-trained"  #: written into a stage's folder when its training run finished


def _has_trained(save_dir: Path) -> bool:
    return (save_dir / _DONE).is_file()


def _train_stage(work: Path, env: dict[str, str], save_dir: Path, logfile: Path, processor: str,
                 prepare: list[str], train: list[str]) -> None:
    """Prepare the data and train one processor with stanza's own scripts; the output goes to ``logfile``."""
    shutil.rmtree(save_dir, ignore_errors=True)
    with logfile.open("w", encoding="utf-8") as handle:
        for command in (
            [sys.executable, "-m", f"stanza.utils.datasets.{prepare[0]}", _TREEBANK, *prepare[1:]],
            [sys.executable, "-m", f"stanza.utils.training.{train[0]}", _TREEBANK, "--force", "--save_dir", str(save_dir), *train[1:]],
        ):
            handle.write("$ " + " ".join(command) + "\n")
            handle.flush()
            done = subprocess.run(command, cwd=work, env=env, stdout=handle, stderr=subprocess.STDOUT, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"{processor}: `{' '.join(command[2:4])}` failed (exit {done.returncode}); see {logfile}")
    (save_dir / _DONE).write_text("finished\n", encoding="utf-8")


def build_models(
    ud: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    preset: str = "small",
    work_dir: str | os.PathLike[str] | None = None,
    half: bool = True,
    log: Callable[[str], None] = print,
    resume: bool = False,
) -> Path:
    """Train quotex's five processors on the UD treebanks ``ud`` and write a loadable model directory.

    Uses stanza's own dataset preparation and ``run_*`` training scripts, without
    character LMs or pretrained vectors, so nothing is downloaded. Logs of each
    step go to ``WORK/logs``; ``out`` gets ``resources.json``, ``id/<processor>/quotex.pt``
    and a ``README.md`` with the data, sizes and dev scores. ``resume=True`` (with a
    ``work_dir``) keeps the processors an interrupted build already trained there.
    """
    import_stanza()
    if resume and work_dir is None:
        raise ValueError("resume needs the work_dir of the interrupted build")
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; choose one of {', '.join(PRESETS)}")
    sizes = PRESETS[preset]
    out_dir = Path(out)
    files = _conllu_files(ud)
    own_work = work_dir is None
    work = Path(tempfile.mkdtemp(prefix="quotex-build-")) if own_work else Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)
    (work / "logs").mkdir(exist_ok=True)
    counts = combine_treebanks(files, work / "ud")
    log(f"treebanks: {', '.join(p.name for p in files)} -> {counts['train']} train / {counts['dev']} dev sentences")
    env = dict(os.environ, UDBASE=str(work / "ud"), DATA_ROOT=str(work / "data"), STANZA_RESOURCES_DIR=str(work / "resources"))
    env.setdefault("OMP_NUM_THREADS", str(os.cpu_count() or 1))
    timings: dict[str, float] = {}
    began = time.perf_counter()
    for processor, prepare, prepare_flags, train, train_flags in _STAGES:
        started = time.perf_counter()
        save_dir = work / "saved" / processor
        logfile = work / "logs" / f"{processor}.log"
        reused = resume and _has_trained(save_dir)
        if reused:
            log(f"{processor}: reusing the model trained earlier in {save_dir}")
        else:
            _train_stage(work, env, save_dir, logfile, processor, [prepare, *prepare_flags], [train, *train_flags, *getattr(sizes, processor)])
        target = out_dir / LANG / processor / f"{BUILT_PACKAGE}.pt"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_trained_file(save_dir), target)
        if half:
            _halve(target)
        if not reused:
            timings[processor] = time.perf_counter() - started
            log(f"{processor}: trained in {timings[processor]:.0f} s, {target.stat().st_size / 1e6:.2f} MB")
    _write_resources(out_dir)
    _write_model_card(out_dir, files, counts, sizes, timings, work / "logs")
    log(f"built {out_dir} in {time.perf_counter() - began:.0f} s ({_size(out_dir) / 1e6:.1f} MB)")
    if own_work:
        shutil.rmtree(work, ignore_errors=True)
    return check_model_dir(out_dir)


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _write_resources(out_dir: Path) -> None:
    """The minimal ``resources.json`` that lets stanza load the folder with ``download_method=None``."""
    packages = {p: BUILT_PACKAGE for p in PROCESSORS}
    resources = {
        LANG: {
            "lang_name": "Indonesian",
            **{p: {BUILT_PACKAGE: {}} for p in PROCESSORS},
            "default_processors": packages,
            "packages": {"default": packages},
        }
    }
    (out_dir / "resources.json").write_text(json.dumps(resources, indent=2) + "\n", encoding="utf-8")


_LOG_PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \w+: ")
_PATH = re.compile(r"(^|\s)(/\S+)")  # the build's own folders stay out of the card


def _dev_scores(logs: Path) -> list[str]:
    """The score lines stanza's run scripts printed, one per processor."""
    lines = []
    for processor in PROCESSORS:
        logfile = logs / f"{processor}.log"
        text = logfile.read_text(encoding="utf-8", errors="replace") if logfile.exists() else ""
        hits = [_LOG_PREFIX.sub("", line.strip()) for line in text.splitlines() if "score" in line.lower() and any(ch.isdigit() for ch in line)]
        last = _PATH.sub(lambda m: m.group(1) + Path(m.group(2)).name, hits[-1]) if hits else "no score line printed"
        lines.append(f"- {processor}: {last}")
    return lines


def _write_model_card(out_dir: Path, files: Sequence[Path], counts: dict[str, int], preset: Preset,
                      timings: dict[str, float], logs: Path) -> None:
    stanza = import_stanza()
    card = [
        f"# Indonesian stanza model built by `quotex models build` (preset `{preset.name}`)",
        "",
        f"stanza {stanza.__version__}; CPU; no character LM, no pretrained word vectors; weights stored as float16.",
        f"Training data: {', '.join(p.name for p in files)} ({counts['train']} train / {counts['dev']} dev sentences; XPOS dropped).",
        "Licence: derived from Universal Dependencies treebanks; follow their licences (UD_Indonesian-GSD and",
        "UD_Indonesian-CSUI are CC BY-SA 4.0, UD_Indonesian-PUD CC BY-SA 3.0): attribute them and share alike.",
        "",
        "Training time per processor in this run: " + (", ".join(f"{k} {v:.0f} s" for k, v in timings.items()) or "none")
        + (f"; reused from an earlier run: {', '.join(p for p in PROCESSORS if p not in timings)}." if len(timings) < len(PROCESSORS) else "."),
        "",
        "Last score line each training run printed (dev set; the run scripts' test split is a copy of it):",
        *_dev_scores(logs),
        "",
    ]
    (out_dir / "README.md").write_text("\n".join(card), encoding="utf-8")
