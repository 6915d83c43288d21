#!/usr/bin/env python3
"""Distinct pages an SQLite transaction wrote to the WAL, by b-tree (table or index).

Usage: wal_pages.py DATABASE WAL_COPY [WAL_COPY ...]

Each WAL copy is read from its header: frames whose salts match the header's belong to the WAL's current generation,
and a frame with a non-zero "database size" ends a transaction. The pages of each transaction are named from `dbstat`
on DATABASE (the database the run kept, opened read-only; pages first allocated after it have no owner and count as
"?new"). A transaction that wrote `source_records` is an ingest page, one that wrote only the search tables a search
batch. Prints, for each kind, the transactions seen and the mean distinct pages a transaction by b-tree.
"""
import collections
import sqlite3
import struct
import sys


def main(database, wal_copies):
    owner = dict((page, name) for name, page in
                 sqlite3.connect(f"file:{database}?mode=ro", uri=True).execute("SELECT name, pageno FROM dbstat"))
    counts = collections.Counter()
    pages = collections.defaultdict(collections.Counter)
    for path in wal_copies:
        with open(path, "rb") as f:
            data = f.read()
        if len(data) < 32:
            continue
        _, _, page_size, _, salt1, salt2, _, _ = struct.unpack(">IIIIIIII", data[:32])
        offset, transaction = 32, set()
        while offset + 24 + page_size <= len(data):
            page, commit, frame_salt1, frame_salt2 = struct.unpack(">IIII", data[offset:offset + 16])
            if (frame_salt1, frame_salt2) != (salt1, salt2):
                break
            transaction.add(page)
            offset += 24 + page_size
            if commit:
                names = collections.Counter(owner.get(p, "?new") for p in transaction)
                kind = ("ingest" if names.get("source_records")
                        else "search" if any(n.startswith("cluster_search") for n in names) else "other")
                counts[kind] += 1
                pages[kind].update(names)
                transaction = set()
    for kind, n in counts.items():
        print(f"{kind}: {n} transactions, {sum(pages[kind].values()) / n:.1f} distinct pages a transaction")
        for name, c in pages[kind].most_common(25):
            print(f"  {name:48s} {c / n:8.1f}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
