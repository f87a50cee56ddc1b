"""Ingest on a real dask.distributed cluster (a scheduler and two worker
processes started as separate programs): the same store as a one-process
ingest, on SQLite and PostgreSQL, and nothing lost or doubled when a worker
is killed mid-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")

from warta.export.formats import write_jsonl  # noqa: E402
from warta.ingest import ingest  # noqa: E402
from warta.ingest.cluster import PartResult, ingest_cluster  # noqa: E402
from warta.store import open_store  # noqa: E402
from warta.store.testing import pg_url, reset_postgres  # noqa: E402

PLACES = ["Kursk", "Belgorod", "Kharkiv", "Donetsk", "Sumy"]


def _corpus(folder: Path, n: int) -> Path:
    """n small articles of our own, one file each (one partition each), plus a
    JSON Lines file and a bad file."""
    folder.mkdir()
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        text = (f"Kementerian Pertahanan Rusia pada hari Minggu menyatakan bahwa {100 + i} tentara "
                f"Ukraina tewas dalam pertempuran di wilayah {place} selama 24 jam terakhir.")
        (folder / f"a{i:03}.txt").write_text(text, "utf-8")
    lines = [json.dumps({"text": f"The governor said {3 + i} civilians were wounded when drones hit "
                                 f"the town of Shebekino on Saturday.", "lang": "en",
                         "published": "2025-01-06"}) for i in range(4)]
    (folder / "more.jsonl").write_text("\n".join(lines + ["{not json"]) + "\n", "utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    return folder


def _normalised(db: str) -> list[dict[str, Any]]:
    """The JSON Lines export without store ids, in content-hash order."""
    import io

    buf = io.StringIO()
    with open_store(db) as store:
        write_jsonl(store, buf)
    rows = []
    for line in buf.getvalue().splitlines():
        rec = json.loads(line)
        rec.pop("id")
        rows.append(rec)
    return sorted(rows, key=lambda r: r["content_hash"])


def _counts(db: str) -> tuple[int, int, int, int]:
    with open_store(db) as store:
        c = store.counts()
    return c["articles"], c["figures"], c["events"], c["errors"]


def _scheduler_address(sched_file: Path, scheduler: subprocess.Popen[bytes], wait: float = 120) -> str:
    """The address the scheduler writes to its file, once the file is whole (it may be read while
    still being written, or late on a loaded machine)."""
    deadline = time.time() + wait
    while time.time() < deadline:
        if scheduler.poll() is not None:
            raise RuntimeError(f"the dask scheduler exited with status {scheduler.returncode}")
        try:
            return str(json.loads(sched_file.read_text())["address"])
        except (FileNotFoundError, ValueError, KeyError):
            time.sleep(0.2)
    raise TimeoutError(f"the dask scheduler wrote no address to {sched_file} in {wait:.0f} s")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """`dask scheduler` and two `dask worker` processes, as an operator would start them."""
    tmp = tmp_path_factory.mktemp("dask")
    sched_file = tmp / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    bin_dir = Path(sys.executable).parent
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    if (bin_dir / "dask").exists():
        dask = [str(bin_dir / "dask"), "scheduler"]
    procs = [subprocess.Popen(dask + ["--scheduler-file", str(sched_file), "--port", "0",
                                      "--dashboard-address", ":0"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    address = _scheduler_address(sched_file, procs[0])
    worker_cmd = ([str(bin_dir / "dask"), "worker"] if (bin_dir / "dask").exists()
                  else [sys.executable, "-m", "distributed.cli.dask_worker"])
    for _ in range(2):
        procs.append(subprocess.Popen(worker_cmd + [address, "--nworkers", "1", "--nthreads", "1",
                                                   "--no-dashboard"],
                                      env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    from dask.distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(2, timeout=120)
    yield {"address": address, "procs": procs, "env": env, "worker_cmd": worker_cmd}
    for p in procs:
        p.kill()
        p.wait()


def _reference(corpus: Path, tmp_path: Path) -> str:
    db = str(tmp_path / "one.db")
    with open_store(db) as store:
        ingest([corpus], store, workers=0, progress=False)
    return db


def test_cluster_ingest_into_sqlite_equals_one_process(cluster: dict[str, Any], tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 12)
    ref = _reference(corpus, tmp_path)
    db = str(tmp_path / "cluster.db")
    rep = ingest_cluster([corpus], db, scheduler=cluster["address"], progress=False)
    assert rep.stored == 16 and rep.failed == 2
    assert _counts(db) == _counts(ref)
    assert _normalised(db) == _normalised(ref)
    again = ingest_cluster([corpus], db, scheduler=cluster["address"], progress=False)
    assert again.stored == 0 and again.duplicates == 16
    assert _counts(db) == _counts(ref)


def test_cluster_ingest_into_postgres_equals_one_process(cluster: dict[str, Any], tmp_path: Path) -> None:
    url = pg_url()
    if url is None:
        pytest.skip("no PostgreSQL: eval \"$(bash .ci/postgres.sh)\" sets WARTA_TEST_PG_URL")
    reset_postgres(url)
    corpus = _corpus(tmp_path / "corpus", 12)
    ref = _reference(corpus, tmp_path)
    rep = ingest_cluster([corpus], url, scheduler=cluster["address"], progress=False)
    assert rep.stored == 16 and rep.failed == 2
    assert _counts(url) == _counts(ref)
    assert _normalised(url) == _normalised(ref)


def test_worker_killed_mid_run_loses_and_doubles_nothing(cluster: dict[str, Any], tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 30)
    ref = _reference(corpus, tmp_path)
    db = str(tmp_path / "cluster.db")
    victim = cluster["procs"][1]
    killed: list[int] = []

    def kill_one(_: PartResult) -> None:
        if not killed:
            victim.send_signal(signal.SIGKILL)
            killed.append(victim.pid)

    rep = ingest_cluster([corpus], db, scheduler=cluster["address"], progress=False, on_part=kill_one)
    assert killed and victim.wait(timeout=30) is not None
    assert rep.stored == 34
    assert _counts(db) == _counts(ref)
    assert _normalised(db) == _normalised(ref)
    # a replacement worker joins, as an operator would restart it
    cluster["procs"][1] = subprocess.Popen(cluster["worker_cmd"] + [cluster["address"], "--nworkers", "1",
                                                                   "--nthreads", "1", "--no-dashboard"],
                                           env=cluster["env"], stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL)


def test_parquet_dataset_is_partitioned_by_row_group(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from warta.ingest.parts import partitions, read_part

    rows = [{"text": f"Polisi mengatakan {i + 2} warga terluka dalam serangan di Bandung.", "lang": "id",
             "published": f"2024-03-0{i + 1}"} for i in range(5)] + [{"text": "", "lang": "id",
                                                                          "published": None}]
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)
    parts = list(partitions([tmp_path]))
    assert [p.row_group for p in parts] == [0, 1, 2]
    items = [item for p in parts for item in read_part(p)]
    docs = [i for i in items if hasattr(i, "text")]
    assert len(docs) == 5 and docs[4].source.published.isoformat() == "2024-03-05"
    failures = [i.reason for i in items if not hasattr(i, "text")]
    assert failures == ["the row's 'text' is empty or not a string"]
