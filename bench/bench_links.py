#!/usr/bin/env python3
"""Benchmark linked-person candidates (hq/links.py) on a headquarters of many persons.

    .venv/bin/python bench/bench_links.py [--persons 130000] [--devices 50] [--planted 300]

Builds an encrypted SQLite headquarters database in a temporary folder with ``--persons``
synthetic persons (surnames, names and patronymics from Kazakh and Russian pools, birth
dates 1940–2010, an ИИН for a third of them), two per case, spread over ``--devices``
devices, written straight into ``records``/``owners`` (the importer is not what is timed).
``--planted`` persons get a twin on another device: a third the same ИИН, a third the same
name spelt with Russian instead of Kazakh letters, a third one letter changed. Prints the
time to list the candidates (loading included), how many pairs the blocks compare (against
all pairs), how many candidates, and how many planted twins were found.
Not a test: figures go into notes and docs/hq.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from inspector_desk.core.iin import make_iin  # noqa: E402
from inspector_desk.hq import links  # noqa: E402
from inspector_desk.hq.backends import open_backend  # noqa: E402
from inspector_desk.hq.repo import DeviceRow, Repository  # noqa: E402

ROOTS = ["Ахмет", "Қасым", "Сейт", "Нұрлан", "Жұмаба", "Ибра", "Омар", "Садық", "Карим", "Әбен",
         "Бек", "Төлеген", "Ерме", "Смағұл", "Тоқта", "Оспан", "Мұса", "Жақып", "Есен", "Құдайберген",
         "Иван", "Петр", "Сидор", "Кузнец", "Смирн", "Попов", "Волк", "Зайц", "Морозов", "Лебед",
         "Серік", "Айдар", "Ғали", "Өмірзақ", "Үсен", "Шәкір", "Тұрсын", "Мақсут", "Рахым", "Жанұзақ"]
SUFFIXES = ["ов", "ев", "ин", "бай", "бек", "ұлы", "енко", "ский", "баев", "жанов"]
GIVEN_M = ["Серік", "Нұрлан", "Ерлан", "Асхат", "Данияр", "Бауыржан", "Марат", "Руслан", "Айдос",
           "Ержан", "Талғат", "Қанат", "Иван", "Сергей", "Алексей", "Дмитрий", "Ұлан", "Әлихан",
           "Мұхтар", "Ғалым", "Жандос", "Олжас", "Арман", "Бекзат", "Дәурен"]
GIVEN_F = ["Айгүл", "Жанар", "Гүлнар", "Әсел", "Дана", "Мадина", "Алия", "Сәуле", "Ольга", "Мария",
           "Елена", "Инна", "Ақмарал", "Жұлдыз", "Назым", "Динара", "Камила", "Әйгерім", "Салтанат"]
RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноууhиАГКНОУУHИ")


def person(rng: random.Random, n: int) -> dict:
    sex = rng.choice("MF")
    last = rng.choice(ROOTS) + rng.choice(SUFFIXES) + ("а" if sex == "F" and rng.random() < .7 else "")
    first = rng.choice(GIVEN_M if sex == "M" else GIVEN_F)
    patr = rng.choice(GIVEN_M) + ("ович" if rng.random() < .5 else "ұлы")
    born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(70 * 365))
    return {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "last_name": last,
            "first_name": first, "patronymic": patr, "birth_date": born.isoformat(), "sex": sex,
            "iin": make_iin(born, sex, n % 9000) if rng.random() < 1 / 3 else None}


def typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(1, len(text))
    return text[:i] + rng.choice("аеиоу") + text[i + 1:]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=130_000)
    ap.add_argument("--devices", type=int, default=50)
    ap.add_argument("--planted", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="bench-links-") as tmp:
        repo = Repository(open_backend(None, Path(tmp), os.urandom(32)))
        devices = [f"{i:08x}-1111-4111-8111-111111111111" for i in range(args.devices)]
        for i, d in enumerate(devices):
            repo.add_device(DeviceRow(d, f"k{i}", "s", "r", f"P{i:03d}", f"I-{i}", f"Инспектор {i}",
                                      "u", "Есиль", "approved", "2026-01-01", "e"))
        people = [person(rng, n) for n in range(args.persons)]
        owner = [devices[rng.randrange(len(devices))] for _ in people]
        twins = []
        for k, n in enumerate(rng.sample(range(len(people)), args.planted)):
            p = dict(people[n], id=str(uuid.UUID(int=rng.getrandbits(128), version=4)))
            if k % 3 == 0:
                p.update(iin=p["iin"] or make_iin(dt.date.fromisoformat(p["birth_date"]), p["sex"], 9100),
                         last_name=typo(rng, p["last_name"]), birth_date=None)
                people[n]["iin"] = p["iin"]
            elif k % 3 == 1:
                p.update(iin=None, last_name=p["last_name"].translate(RUSSIAN),
                         first_name=p["first_name"].translate(RUSSIAN))
            else:
                p.update(iin=None, last_name=typo(rng, p["last_name"]))
            twins.append((people[n]["id"], p["id"]))
            people.append(p)
            owner.append(next(d for d in rng.sample(devices, 2) if d != owner[n]))
        rows, owners = [], []
        for i in range(0, len(people), 2):
            case_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            dev = owner[i]
            case_no = f"P{devices.index(dev):03d}-2026-{i // 2:05d}"
            rows.append((case_id, "case", 1, "x", dev, None, 0, case_id, "Есиль", "I", case_no, 1,
                         json.dumps({"id": case_id, "case_no": case_no})))
            owners.append((case_id, "case", dev, f"I-{devices.index(dev)}", "t", "created"))
            for p, d in zip(people[i:i + 2], owner[i:i + 2]):
                rows.append((p["id"], "person", 1, "x", d, None, 0, None, None, None, None, 1,
                             json.dumps(p, ensure_ascii=False)))
                owners.append((p["id"], "person", d, f"I-{devices.index(d)}", "t", "created"))
                part = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                rows.append((part, "participant", 1, "x", dev, None, 0, case_id, None, None, case_no, 1,
                             json.dumps({"id": part, "case_id": case_id, "person_id": p["id"]})))
        with repo.transaction():
            repo.db.executemany(
                "INSERT INTO records (record_id, kind, version, sha256, device_id, updated_at, deleted, "
                "case_id, district, inspector, case_no, heads, data) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            repo.db.executemany("INSERT INTO owners (record_id, kind, device_id, login, since, via) "
                                "VALUES (?, ?, ?, ?, ?, ?)", owners)
        total = len(people)
        started = time.perf_counter()
        rows_ = links._persons(repo)
        loaded = time.perf_counter() - started
        compared = sum(len(b) * (len(b) - 1) // 2 for b in links._blocks(rows_))
        started = time.perf_counter()
        found = links.candidates(repo)
        took = time.perf_counter() - started
        pairs = {frozenset((c.a.person_id, c.b.person_id)): c for c in found}
        hit = [pairs.get(frozenset(t)) for t in twins]
        by_kind = {k: sum(1 for n, h in enumerate(hit) if h and n % 3 == i) for i, k in
                   enumerate(("iin", "kazakh_letters", "typo"))}
        print(f"persons {total:,} on {args.devices} devices; candidates listed in {took:.2f} s "
              f"(loading the persons {loaded:.2f} s)")
        print(f"pairs compared in blocks {compared:,} of {total * (total - 1) // 2:,} "
              f"({100 * compared / (total * (total - 1) / 2):.4f} %)")
        print(f"candidates {len(found):,}; planted twins found {sum(1 for h in hit if h)}/{len(twins)} "
              f"{by_kind}")
        repo.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
