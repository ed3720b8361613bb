#!/usr/bin/env python3
"""Build the everyday (non-crisis) text sets in /work/data-staging from fetched
git mirrors under /work/.mirror (bare git dirs made by the search tool's `fetch`).

Reproducible: every file is read with `git show <pinned commit>:<path>`, and all
sampling uses a fixed seed.  Run:  python3 build.py   (Python 3.8+, stdlib only)

Outputs (next to this script):
  everyday-train.jsonl    {"text":..., "source":...}
  everyday-heldout.jsonl  {"text":..., "source":...}   (measurement only, never train)
  build-stats.json        counts per source and per cleaning step
"""
import html, io, json, os, random, re, subprocess, sys, tarfile, unicodedata, zipfile, hashlib
from collections import Counter, OrderedDict

MIRROR = os.environ.get("MIRROR", "/work/.mirror")
OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20240611
MIN_LEN, MAX_LEN = 2, 600

# repo dir name under MIRROR -> (github repo, pinned commit)
REPOS = {
    "topical":   ("alexa/Topical-Chat", "7c939229cbcf6f55f6977b341a5a2f2fe982d53f"),
    "sgd":       ("google-research-datasets/dstc8-schema-guided-dialogue", "e852981ae34990f4358979625854259302feaa78"),
    "taskmaster":("google-research-datasets/Taskmaster", "d92cb6af3005f1dc09c39e75e7daf4a04905e00b"),
    "clinc":     ("clinc/oos-eval", "828f8093932c8fe6ca7936c3d2e52903b1c523de"),
    "polyai":    ("PolyAI-LDN/task-specific-datasets", "57ec275d8078af65b7731c2a98be812d844a6d6b"),
    "nltk":      ("nltk/nltk_data", "5db857e6f7df11eabb5e5665836db9ec8df07e28"),
    "nq":        ("google-research-datasets/natural-questions", "fb26a3073b1fe636c97302890a27b491d6530130"),
    "uci":       ("k3v1n-KI/semtement_analyzer", "313f6b405a942e1a3fd2a46b8c68047d6d6d9e9e"),
    "hwu":       ("xliuhw/NLU-Evaluation-Data", "f6071b496b17d71e6eb43f543af0707f4ff30557"),
    "snips":     ("sonos/nlu-benchmark", "b86ac7f1577868c42158d0dec77db50956046696"),
    "cooking":   ("HuStanding/ml", "890d481df3da334b1f3b13ce43eb50df829915b7"),
}


def gitdir(key):
    repo = REPOS[key][0].replace("/", "+")
    d = os.path.join(MIRROR, repo, "repo")
    if os.path.isdir(os.path.join(d, ".git")):
        d = os.path.join(d, ".git")
    return d


def show(key, path):
    commit = REPOS[key][1]
    r = subprocess.run(["git", "--git-dir", gitdir(key), "show", f"{commit}:{path}"], capture_output=True)
    if r.returncode != 0:
        sys.exit(f"git show failed for {key} {path}: {r.stderr.decode()}")
    return r.stdout


MISSING = []   # files listed in the tree whose blobs the snapshot lacks (files >= 4 MiB are dropped)


def ls(key, prefix):
    """Files under prefix at the pinned commit whose content is present in the mirror."""
    commit = REPOS[key][1]
    r = subprocess.run(["git", "--git-dir", gitdir(key), "ls-tree", "-r", commit, prefix],
                       capture_output=True, check=True)
    entries = []
    for line in r.stdout.decode().splitlines():
        meta, path = line.split("\t", 1)
        entries.append((meta.split()[2], path))
    chk = subprocess.run(["git", "--git-dir", gitdir(key), "cat-file", "--batch-check"],
                         input="\n".join(h for h, _ in entries).encode(), capture_output=True, check=True)
    present = []
    for (h, path), res in zip(entries, chk.stdout.decode().splitlines()):
        if res.endswith("missing"):
            MISSING.append(f"{REPOS[key][0]}:{path}")
        else:
            present.append(path)
    return sorted(present)


def nltk_zip(name):
    return zipfile.ZipFile(io.BytesIO(show("nltk", f"packages/corpora/{name}.zip")))


# ---------------------------------------------------------------- cleaning
TAG_RE = re.compile(r"<<?[/!A-Za-z][^<>]{0,60}>")       # html tags, <laughter>, <<pause>
CTRL_RE = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\ufeff]")
WS_RE = re.compile(r"\s+")


def clean(t):
    if t is None:
        return ""
    t = html.unescape(str(t))
    t = unicodedata.normalize("NFC", t)
    t = TAG_RE.sub(" ", t)
    t = CTRL_RE.sub(" ", t)
    t = WS_RE.sub(" ", t).strip()
    return t


def detok(t):
    """Light detokenisation for the lower-cased, space-tokenised review corpora."""
    t = re.sub(r" ([,.!?;:%)\]])", r"\1", t)
    t = re.sub(r"([(\[$]) ", r"\1", t)
    t = re.sub(r" (n't|'t|'s|'m|'re|'ve|'ll|'d)\b", r"\1", t)
    return t


LIU_ANNOT_RE = re.compile(r"(?:[\w' ./&-]*\[[+-]?\d\](?:\[\w+\])*\s*,?\s*)+##|\[(?:u|p|s|cc|cs)\]|##")


def strip_liu_annotations(t):
    """Remove Hu & Liu feature annotations (e.g. 'detail[-1],color rendition[-1][cc]##') left inside a sentence."""
    t = re.sub(r"^\s*(?:[\w' ./&-]*\[[+-]?\d\](?:\[\w+\])*\s*,?\s*)+", "", t)   # annotation right after '##'
    return LIU_ANNOT_RE.sub(" ", t)


def key_of(t):
    return re.sub(r"[^0-9a-z]+", " ", t.lower()).strip()


def ok(t):
    return MIN_LEN <= len(t) <= MAX_LEN and re.search(r"[A-Za-z]", t) is not None


# ---------------------------------------------------------------- readers (each yields raw strings)
def topical_chat():
    for f in ["conversations/valid_freq.json", "conversations/valid_rare.json",
              "conversations/test_freq.json", "conversations/test_rare.json"]:
        d = json.loads(show("topical", f))
        for cid in sorted(d):
            for turn in d[cid]["content"]:
                yield turn["message"]


def sgd(speaker):
    for f in ls("sgd", "train/"):
        if not re.search(r"train/dialogues_\d+\.json$", f):
            continue
        for dlg in json.loads(show("sgd", f)):
            for turn in dlg["turns"]:
                if turn["speaker"] == speaker:
                    yield turn["utterance"]


def taskmaster4():
    for f in ls("taskmaster", "TM-4-2024/data/"):
        for dlg in json.loads(show("taskmaster", f)):
            for u in dlg["utterances"]:
                yield u["text"]


def clinc():
    d = json.loads(show("clinc", "data/data_full.json"))
    for split in ["train", "val", "oos_train", "oos_val"]:       # test splits left unused
        for text, _intent in d[split]:
            yield text


def banking77():
    import csv
    rows = csv.DictReader(io.StringIO(show("polyai", "banking_data/train.csv").decode("utf-8")))
    for r in rows:
        yield r["text"]


def nq_open():
    for f in ["nq_open/NQ-open.dev.jsonl", "nq_open/NQ-open.efficientqa.dev.1.1.jsonl",
              "nq_open/NQ-open.efficientqa.test.1.1.jsonl"]:
        for line in show("nq", f).decode("utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["question"]


def liu_reviews():
    """Customer reviews (Hu & Liu 2004; 2007). Sentences are regrouped into their review
    ([t] starts a review) and then into chunks of <=400 chars, so a text is a review or a
    consecutive piece of one."""
    for pkg in ["product_reviews_1", "product_reviews_2"]:
        z = nltk_zip(pkg)
        for name in sorted(z.namelist()):
            if not name.endswith(".txt") or name.endswith("README.txt"):
                continue
            reviews, cur = [], []
            for line in z.read(name).decode("utf-8", "replace").splitlines():
                if line.startswith("[t]"):
                    if cur:
                        reviews.append(cur)
                    cur = []
                elif "##" in line:
                    s = detok(strip_liu_annotations(line.split("##", 1)[1]).strip())
                    if s:
                        cur.append(s)
            if cur:
                reviews.append(cur)
            for sents in reviews:
                chunk = ""
                for s in sents:
                    if chunk and len(chunk) + 1 + len(s) > 400:
                        yield chunk
                        chunk = s
                    else:
                        chunk = (chunk + " " + s).strip()
                if chunk:
                    yield chunk


def liu_pros_cons():
    z = nltk_zip("pros_cons")
    for name in ["pros_cons/IntegratedPros.txt", "pros_cons/IntegratedCons.txt"]:
        for line in z.read(name).decode("utf-8", "replace").splitlines():
            m = re.search(r"<(Pros|Cons)>(.*)</(Pros|Cons)>", line)
            if m:
                yield m.group(2)


# ---- held-out readers
def uci_sentences(which):
    data = show("uci", f"{which}_labelled.txt").decode("utf-8", "replace").split("\n")
    for i, line in enumerate(data):
        if i == 0 and line.startswith("reviews\t"):   # header row added by the copying repo
            continue
        if "\t" in line:
            yield line.rsplit("\t", 1)[0]


def rt_polarity():
    z = nltk_zip("sentence_polarity")
    for name in ["sentence_polarity/rt-polarity.pos", "sentence_polarity/rt-polarity.neg"]:
        for line in z.read(name).decode("utf-8", "replace").splitlines():
            yield detok(line.strip())


def switchboard():
    z = nltk_zip("switchboard")
    utts, cur = [], None
    for line in z.read("switchboard/transcript").decode("utf-8", "replace").splitlines():
        m = re.match(r"^[AB]\.\d+:\s?(.*)$", line)
        if m:
            if cur is not None:
                utts.append(cur)
            cur = m.group(1)
        elif line.strip() and cur is not None:
            cur += " " + line.strip()
    if cur is not None:
        utts.append(cur)
    for u in utts:
        u = clean(u)
        u = re.sub(r"(^|\s)-(\s|$)", " ", u)        # dangling disfluency dashes
        u = re.sub(r"^\s*--\s*|\s*--\s*$", "", u)   # '--' turn-continuation markers
        yield u


def hwu64():
    for f in ls("hwu", "CrossValidation/autoGeneFromRealAnno/"):
        if "/testset/text/" in f and f.endswith(".txt"):
            for line in show("hwu", f).decode("utf-8", "replace").splitlines():
                yield line


def snips():
    for f in ls("snips", "2017-06-custom-intent-engines/"):
        if not re.search(r"/train_[A-Za-z]+_full\.json$", f):
            continue
        d = json.loads(show("snips", f).decode("utf-8", "replace"))
        for intent, items in d.items():
            for q in items:
                t = "".join(x["text"] for x in q["data"])
                if "Ã" in t or "Â" in t:                    # double-encoded UTF-8: repair or drop
                    try:
                        t = t.encode("latin-1").decode("utf-8")
                    except (UnicodeEncodeError, UnicodeDecodeError):
                        continue
                if "\ufffd" in t:
                    continue
                yield t


def cooking_se():
    tf = tarfile.open(fileobj=io.BytesIO(show("cooking", "fasttext/data/cooking.stackexchange.tar.gz")))
    data = tf.extractfile("cooking.stackexchange.txt").read().decode("utf-8", "replace")
    for line in data.splitlines():
        yield re.sub(r"__label__\S+\s*", "", line)


# ---------------------------------------------------------------- plan
# (source name, reader, cap)   cap=None -> take all
TRAIN = [
    ("topical-chat",            topical_chat,          10000),
    ("sgd-user",                lambda: sgd("USER"),    4500),
    ("sgd-system",              lambda: sgd("SYSTEM"),  1500),
    ("taskmaster-4-coffee",     taskmaster4,            2500),
    ("clinc150",                clinc,                  4000),
    ("banking77",               banking77,              3000),
    ("nq-open-questions",       nq_open,                3000),
    ("liu-customer-reviews",    liu_reviews,            None),
    ("liu-pros-cons",           liu_pros_cons,          1500),
]
HELDOUT = [
    ("uci-sentences-amazon",    lambda: uci_sentences("amazon_cells"), None),
    ("uci-sentences-yelp",      lambda: uci_sentences("yelp"),         None),
    ("uci-sentences-imdb",      lambda: uci_sentences("imdb"),         None),
    ("rt-sentence-polarity",    rt_polarity,            2000),
    ("switchboard-sample",      switchboard,            None),
    ("hwu64",                   hwu64,                  2000),
    ("snips",                   snips,                  1500),
    ("cooking-stackexchange",   cooking_se,             2000),
]

# Texts dropped as first-person suicide/self-harm disclosures after a manual look at every
# candidate matching DISCLOSURE_SCREEN (see README).  Keyed by key_of(text).
DROPPED_DISCLOSURES = {
}
DISCLOSURE_SCREEN = re.compile(
    r"suicid|kill(ing|ed)? (my ?self|me\b)|want(ed)? to die|wanna die|wish i (was|were) dead|"
    r"\bend (my life|it all)\b|take my (own )?life|self[- ]?harm|cut(ting)? myself|hurt(ing)? myself|"
    r"overdos|hang myself|better off dead|no reason to live|don'?t want to (live|be alive|be here)|"
    r"not want to live|can'?t go on", re.I)


def collect(plan, rng, seen, stats):
    out = []
    for name, reader, cap in plan:
        st = Counter()
        cands, local = [], set()
        for raw in reader():
            st["raw"] += 1
            t = clean(raw)
            if not ok(t):
                st["dropped_length_or_no_letters"] += 1
                continue
            k = key_of(t)
            if k in local or k in seen:
                st["dropped_duplicate"] += 1
                continue
            local.add(k)
            cands.append(t)
        st["unique_clean"] = len(cands)
        if cap is not None and len(cands) > cap:
            cands = rng.sample(cands, cap)
        kept = []
        for t in cands:
            k = key_of(t)
            if k in DROPPED_DISCLOSURES:
                st["dropped_disclosure"] += 1
                continue
            kept.append(t)
            seen.add(k)
        st["kept"] = len(kept)
        stats[name] = dict(st)
        out.extend({"text": t, "source": name} for t in kept)
        print(f"{name:26s} raw={st['raw']:6d} unique={st['unique_clean']:6d} kept={st['kept']:6d}", file=sys.stderr)
    return out


def main():
    rng = random.Random(SEED)
    stats = OrderedDict()
    seen = set()
    train = collect(TRAIN, rng, seen, stats)
    held = collect(HELDOUT, rng, seen, stats)         # anything already in train is skipped
    rng.shuffle(train)
    rng.shuffle(held)
    for fn, rows in [("everyday-train.jsonl", train), ("everyday-heldout.jsonl", held)]:
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    screen = [r for r in train + held if DISCLOSURE_SCREEN.search(r["text"])]
    with open(os.path.join(OUT, "build-stats.json"), "w") as f:
        json.dump({"seed": SEED, "repos": REPOS, "per_source": stats,
                   "train_total": len(train), "heldout_total": len(held),
                   "screen_matches_kept": len(screen),
                   "dropped_disclosures": DROPPED_DISCLOSURES,
                   "files_absent_from_snapshot_skipped": sorted(set(MISSING))}, f, indent=1)
    if "--screen" in sys.argv:
        for r in screen:
            print(json.dumps(r, ensure_ascii=False))
    print(f"train={len(train)} heldout={len(held)} screen_matches={len(screen)}", file=sys.stderr)


if __name__ == "__main__":
    main()
