#!/usr/bin/env python3
"""Build everyday-final.jsonl: real, public, licensed everyday English text
for measuring a crisis-message detector's false alarms.

Reads only from bare git mirrors under /work/.mirror (pinned commits) and uses
only the Python standard library.  Deterministic: sampling is by SHA-1 of the
cleaned text, so re-running gives byte-identical output.

Sources (see README.md for licences):
  query-wellformedness   google-research-datasets/query-wellformedness  CC BY-SA 4.0
  self-dialogue-corpus   jfainberg/self_dialogue_corpus                 BSD 3-Clause
  beer.stackexchange     kevswanberg/beer_tentrr  (Posts.xml, SE dump)  CC BY-SA 3.0
  coffee.stackexchange   Yoav-Shafir/Elasticsearch-Coffee-Search-Engine-JS (Posts.xml) CC BY-SA 3.0
"""
import csv
import hashlib
import html
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

MIRROR = "/work/.mirror"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(OUT_DIR, "everyday-final.jsonl")

REPOS = {
    "qwf": ("google-research-datasets+query-wellformedness",
            "fb69c21416195cddc797277ea9e4d393226571d2"),
    "sdc": ("jfainberg+self_dialogue_corpus",
            "113a1b0ff10308f1227c13a4aaded9bc85577816"),
    "beer": ("kevswanberg+beer_tentrr",
             "9573647bff33c61bdce2f07a9000a4098fd3074d"),
    "coffee": ("Yoav-Shafir+Elasticsearch-Coffee-Search-Engine-JS",
               "97e93c92aaa379fed6d0ee9be94b2024371d6aba"),
}

# How many items to draw from each source (after cleaning + global dedup).
QUOTA = {
    "query-wellformedness": 1500,
    "self-dialogue-corpus": 1500,
    "beer.stackexchange": 1200,
    "coffee.stackexchange": 600,   # takes all that survive (fewer exist)
}

MIN_LEN, MAX_LEN = 2, 600

# Texts that matched the crisis-term review ("suicide", "kill myself",
# "want to die", "end my life") and were judged to be real first-person
# disclosures.  Listed by SHA-1 of the cleaned text.  See README.md.
DROP_DISCLOSURES = set()


def git_show(key, path):
    repo, commit = REPOS[key]
    gd = os.path.join(MIRROR, repo, "repo")
    return subprocess.run(["git", "--git-dir", gd, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def git_ls(key, prefix):
    repo, commit = REPOS[key]
    gd = os.path.join(MIRROR, repo, "repo")
    out = subprocess.run(["git", "--git-dir", gd, "ls-tree", "-r", "--name-only",
                          commit, prefix], check=True, capture_output=True).stdout
    return sorted(out.decode().splitlines())


WS = re.compile(r"\s+")


def norm_ws(s):
    return WS.sub(" ", s).strip()


def sha(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- sources

def load_qwf():
    """All queries of train/dev/test.tsv (column 1). Only cleaning: collapse
    whitespace and re-attach the tokenised final ' ?' / ' .'."""
    out = []
    for f in ("train.tsv", "dev.tsv", "test.tsv"):
        for line in git_show("qwf", f).decode("utf-8").splitlines():
            q = line.split("\t")[0]
            q = norm_ws(q)
            q = re.sub(r"\s+([?.!,])", r"\1", q)
            out.append(q)
    return out


def load_sdc():
    """Every turn (Answer.sentenceN) of accepted assignments from non-blocked
    workers, as in the corpus' own get_data.py.  Worker IDs are not kept."""
    blocked = set(git_show("sdc", "blocked_workers.txt").decode().split())
    out = []
    for path in git_ls("sdc", "corpus/"):
        if not path.endswith(".csv"):
            continue
        text = git_show("sdc", path).decode("utf-8", errors="replace")
        for row in csv.DictReader(io.StringIO(text)):
            if (row.get("Reject") or "") != "" or row.get("WorkerId") in blocked:
                continue
            n = 1
            while f"Answer.sentence{n}" in row:
                s = row[f"Answer.sentence{n}"] or ""
                n += 1
                if s.strip() in ("", "{}"):
                    continue
                out.append(norm_ws(s))
    return out


TAG = re.compile(r"<[^>]+>")
DROP_BLOCKS = re.compile(r"<pre\b[^>]*>.*?</pre>", re.S | re.I)


def strip_html(body):
    body = DROP_BLOCKS.sub(" ", body)
    body = re.sub(r"<img\b[^>]*>", " ", body, flags=re.I)
    body = re.sub(r"</(p|li|h\d|blockquote|div)>|<br\s*/?>", "\n", body, flags=re.I)
    body = TAG.sub("", body)
    body = html.unescape(body)
    return norm_ws(body)


def load_se(key):
    """Question titles, question bodies and answer bodies from Posts.xml.
    HTML is stripped (<pre> blocks and images removed, inline <code> keeps its text, links keep their
    anchor text); whole posts only, so bodies over 600 chars are skipped."""
    raw = git_show(key, "Posts.xml")
    root = ET.fromstring(raw)
    out = []
    for row in root.iter("row"):
        a = row.attrib
        if a.get("PostTypeId") not in ("1", "2"):
            continue
        if a.get("PostTypeId") == "1" and a.get("Title"):
            out.append(norm_ws(html.unescape(a["Title"])))
        if a.get("Body"):
            out.append(strip_html(a["Body"]))
    return out


# ---------------------------------------------------------------- build

def ok(t):
    if not (MIN_LEN <= len(t) <= MAX_LEN):
        return False
    if not re.search(r"[A-Za-z]", t):
        return False
    return True


def main():
    pools = [
        ("query-wellformedness", load_qwf()),
        ("self-dialogue-corpus", load_sdc()),
        ("beer.stackexchange", load_se("beer")),
        ("coffee.stackexchange", load_se("coffee")),
    ]
    seen = set()
    records = []
    stats = {}
    # Small sources first in dedup priority so SE posts are not lost to
    # duplicates elsewhere; order of output is by source then hash.
    for name, texts in sorted(pools, key=lambda p: len(p[1])):
        cand = []
        raw_n = len(texts)
        for t in texts:
            if not ok(t):
                continue
            k = t.lower()
            if k in seen:
                continue
            seen.add(k)
            cand.append(t)
        cand.sort(key=sha)
        chosen = cand[:QUOTA[name]]
        dropped = [t for t in chosen if sha(t) in DROP_DISCLOSURES]
        chosen = [t for t in chosen if sha(t) not in DROP_DISCLOSURES]
        stats[name] = dict(raw=raw_n, clean_unique=len(cand),
                           disclosures_dropped=len(dropped), kept=len(chosen))
        records.extend({"text": t, "source": name} for t in chosen)
    order = [p[0] for p in pools]
    records.sort(key=lambda r: (order.index(r["source"]), sha(r["text"])))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    json.dump(stats, sys.stdout, indent=1)
    print("\ntotal", len(records))


if __name__ == "__main__":
    main()
