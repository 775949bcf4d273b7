#!/usr/bin/env python3
"""Misspelled-name search for bench/run.sh (standard library only).

  search.py misspell PERSONS.tsv OUT.tsv     persons (id, given names, first surname, second surname) -> (id, query)
  search.py recall-app BASE_URL QUERIES.tsv  asks GET /api/v1/persons?q=... once per query (token in RUTA_BENCH_TOKEN);
                                             prints JSON: recall (target among the results or the similar names), latency

A query is what an officer types: the first given name and the surnames, one surname misspelled by a
single edit (a letter dropped, doubled, swapped with the next, or replaced), as people mishear and mistype names.
"""
import json
import random
import sys
import time
import unicodedata
import urllib.parse
import urllib.request


def fold(text):
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(c if c.isalnum() else " " for c in text if unicodedata.category(c) != "Mn").split()


def misspell(word, rng):
    if len(word) < 4:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2 and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    letters = [c for c in "aeioulnrstmbdcgh" if c != word[i]]
    return word[:i] + rng.choice(letters) + word[i + 1:]


def build(persons_path, out_path):
    rng = random.Random(1)
    with open(persons_path, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            pid, given, first = parts[0], parts[1], parts[2]
            second = parts[3] if len(parts) > 3 and parts[3] != "\\N" else ""
            given_words, first_words, second_words = fold(given), fold(first), fold(second)
            if not given_words or not first_words:
                continue
            surnames = first_words + second_words
            k = rng.randrange(len(surnames))
            surnames[k] = misspell(surnames[k], rng)
            out.write(f"{pid}\t{' '.join([given_words[0]] + surnames)}\n")


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else 0


def recall_app(base, queries_path):
    token = __import__("os").environ.get("RUTA_BENCH_TOKEN", "")
    found, total, times = 0, 0, []
    with open(queries_path, encoding="utf-8") as f:
        for line in f:
            pid, query = line.rstrip("\n").split("\t")
            url = f"{base}/api/v1/persons?q={urllib.parse.quote(query)}&pageSize=20"
            request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
            start = time.perf_counter()
            with urllib.request.urlopen(request) as response:
                body = json.load(response)
            times.append((time.perf_counter() - start) * 1000)
            ids = {r["id"] for r in body.get("items", [])} | {r["id"] for r in body.get("similar", [])}
            total += 1
            found += pid in ids
    print(json.dumps({"queries": total, "recall": found / total if total else 0,
                      "p50_ms": percentile(times, 50), "p95_ms": percentile(times, 95), "p99_ms": percentile(times, 99)}))


if __name__ == "__main__":
    if sys.argv[1] == "misspell":
        build(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "recall-app":
        recall_app(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
