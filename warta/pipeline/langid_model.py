"""py3langid's model, unpacked once into warta's cache and read from disk row by row.

The two big tables, the tokenizer's transitions (39 MB) and each feature's
probability in each language (28 MB), are neither loaded nor memory-mapped: a
mapped page counts in the process's memory once touched, and where the kernel
keeps the page cache in large folios one touch maps up to 2 MB, so a short
article cost 40 to 90 MB of mapped tables. Here a row is read (``pread``) the
first time a text needs it and kept for the next texts, up to a bound; the
scores are those of the packed model, bit for bit.
"""

from __future__ import annotations

import os
import shutil
import threading
import weakref
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

PARTS = ("ptc", "pc", "classes", "nextmove", "row", "output")
STATE_WIDTH = 256  # the tokenizer's transitions: one row of 256 next states per row id
MAX_MOVE_ROWS = 16_384  # rows kept before all kept rows are dropped (at most about 20 MB)
MAX_FEATURE_ROWS = 32_768  # (at most about 11 MB; news in two languages meets fewer of either)


def unpacked_model() -> Path:
    """py3langid's model, decompressed once into warta's cache folder as plain
    ``.npy`` files (the packed file takes about a second of LZMA at every start)."""
    from warta.geo.gazetteer import cache_dir

    packed = Path(MODEL_DIR) / MODEL_FILE
    st = packed.stat()
    folder = cache_dir() / f"langid-{st.st_size}-{int(st.st_mtime)}"
    if not (folder / "output.npy").exists():
        from py3langid.modelio import load_model

        ptc, pc, classes, nextmove, row, output = load_model(packed)
        tmp = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
        tmp.mkdir(parents=True, exist_ok=True)
        arrays = (ptc, pc, np.array(classes), np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
                  np.frombuffer(row, dtype=f"u{row.itemsize}"), np.asarray(output, dtype=np.int32))
        for name, values in zip(PARTS, arrays):
            np.save(tmp / f"{name}.npy", values, allow_pickle=False)
        try:
            os.replace(tmp, folder)
        except OSError:  # another process unpacked it first
            shutil.rmtree(tmp, ignore_errors=True)
    return folder


def load_model() -> LanguageIdentifier:
    """The identifier over the unpacked copy, its big tables read as needed;
    the packed model when the cache folder cannot be written or read."""
    try:
        return _DiskIdentifier(unpacked_model())
    except (OSError, ValueError):  # a read-only or full cache folder: read the packed model
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def ints(values: np.ndarray) -> memoryview:
    """A table as a memoryview whose items are Python ints."""
    view = values.data
    if view.format not in ("B", "H", "I", "L", "b", "h", "i", "l") or not view.c_contiguous:
        raise ValueError(f"langid table of format {view.format!r}")  # the packed model will do
    return view


class _Rows:
    """A ``.npy`` table on disk as rows of ``width`` items, each read once, when
    first asked for, and kept as ``make`` turns its bytes."""

    def __init__(self, path: Path, width: int, keep: int, make: Callable[[bytes], Any] = bytes) -> None:
        with open(path, "rb") as file:
            version = np.lib.format.read_magic(file)
            read_header = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                           else np.lib.format.read_array_header_2_0)
            shape, fortran, dtype = read_header(file)
            self.start = file.tell()
        if fortran or not dtype.isnative or dtype.hasobject or len(shape) not in (1, 2):
            raise ValueError(f"langid table {path.name} of layout {dtype} {shape}")
        items = shape[0] * (shape[1] if len(shape) == 2 else 1)
        self.dtype, self.size, self.count = dtype, width * dtype.itemsize, items // width
        if items % width or path.stat().st_size < self.start + self.count * self.size:
            raise ValueError(f"langid table {path.name} is cut short")
        self.keep, self.make = keep, make
        self.kept: list[Any] = [None] * self.count
        self.read = 0
        self.lock = threading.Lock()
        self.name = path.name
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        weakref.finalize(self, os.close, self.fd)

    def get(self, i: int) -> Any:
        got = self.kept[i]
        if got is None:
            got = self.kept[i] = self.make(self._read(self.start + i * self.size))
            self.read += 1
        return got

    def _read(self, offset: int) -> bytes:
        if hasattr(os, "pread"):
            got = os.pread(self.fd, self.size, offset)
        else:  # no pread on this platform
            with self.lock:
                os.lseek(self.fd, offset, os.SEEK_SET)
                got = os.read(self.fd, self.size)
        if len(got) != self.size:
            raise OSError(f"langid table {self.name} is cut short")
        return got

    def trim(self) -> bool:
        """Drop the kept rows once there are more than the bound (between texts)."""
        if self.read <= self.keep:
            return False
        self.kept = [None] * self.count
        self.read = 0
        return True


class _Features:
    """The feature-by-language table, indexed as py3langid indexes it (``table[idx]``)."""

    def __init__(self, rows: _Rows, languages: int) -> None:
        self.rows, self.languages = rows, languages

    def __getitem__(self, idx: np.ndarray) -> np.ndarray:
        ids = idx.tolist()
        kept = self.rows.kept
        got = [kept[i] for i in ids]
        if None in got:  # rows no text asked for yet
            get = self.rows.get
            got = [get(i) for i in ids]
            self.rows.trim()
        return np.frombuffer(b"".join(got), dtype=self.rows.dtype).reshape(len(ids), self.languages)


class _DiskIdentifier(LanguageIdentifier):
    """py3langid's identifier with its tokenizer walk reading transition rows from disk."""

    def __init__(self, folder: Path) -> None:
        small = {name: np.load(folder / f"{name}.npy", allow_pickle=False)
                 for name in ("pc", "classes", "row", "output")}
        features = _Rows(folder / "ptc.npy", len(small["pc"]), MAX_FEATURE_ROWS)
        moves = _Rows(folder / "nextmove.npy", STATE_WIDTH, MAX_MOVE_ROWS)
        if moves.dtype != np.dtype("u4") or features.dtype.kind != "f":
            raise ValueError("langid tables of unexpected types")
        moves.make = lambda data: memoryview(data).cast("I")
        self._moves = moves
        super().__init__(_Features(features, len(small["pc"])), small["pc"], small["classes"].tolist(),
                         None, ints(small["output"]), norm_probs=True, tk_row=())
        self.tk_row = ints(small["row"])
        self._by_state: list[Any] = [None] * len(self.tk_row)  # each state's row of moves, once met

    def _raw_score(self, text: bytes) -> np.ndarray:
        """As py3langid's: the features the tokenizer meets, scored; 0.0 for every
        language when there are none (``norm_probs``)."""
        rows, out, by_state, get = self.tk_row, self.tk_output, self._by_state, self._moves.get
        state, found = 0, list[int]()
        append = found.append
        for byte in text:
            move = by_state[state]
            if move is None:
                move = by_state[state] = get(rows[state])
            state = move[byte]
            feature = out[state]
            if feature >= 0:
                append(feature)
        if self._moves.trim():
            self._by_state = [None] * len(by_state)
        if found:
            return self._sparse_score(Counter(found), self.nb_ptc)
        return np.full(len(self.nb_classes), 0.0, dtype=np.float32)
