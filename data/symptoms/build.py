#!/usr/bin/env python3
"""Builds symptoms-train.jsonl and symptoms-heldout.jsonl from PriMock57's patient transcripts.

Reads the bare git mirror at /work/.mirror/babylonhealth+primock57/repo (commit pinned below) with
`git show`; Python 3 standard library only; deterministic. See README.md for what is kept and why.
"""
import html
import json
import re
import subprocess
import unicodedata
from pathlib import Path

MIRROR = '/work/.mirror/babylonhealth+primock57/repo'
COMMIT = 'cd2ac70'
OUT = Path(__file__).resolve().parent

# Consultations left out entirely: a complaint that can be a medical emergency (the bot must send
# 911 for it, so it is never an example of ordinary text) or is about mood or anxiety.
LEFT_OUT = re.compile(
    r'chest|breath|wheez|asthma|swelling after eating|lips|move my left arm|numb|blinding|severe|jaw|dizzy|anxious|appetite|energy|tired',
    re.I,
)


def git(*args: str) -> str:
    return subprocess.run(['git', '-C', MIRROR, *args], check=True, capture_output=True, text=True).stdout


def clean(text: str) -> str:
    text = html.unescape(text)
    text = re.sub(r'</?UNSURE>|<UNIN/>|<[^>]+>', ' ', text)
    text = unicodedata.normalize('NFC', re.sub(r'\s+', ' ', text)).strip()
    return text


def utterances(textgrid: str) -> list[str]:
    return [clean(m) for m in re.findall(r'text = "((?:[^"]|"")*)"', textgrid)]


def main() -> None:
    files = git('ls-tree', '-r', '--name-only', COMMIT).split('\n')
    consultations = sorted(f[len('notes/'):-len('.json')] for f in files if re.match(r'notes/day\d+_consultation\d+\.json$', f))
    kept, left_out = [], []
    for name in consultations:
        complaint = json.loads(git('show', f'{COMMIT}:notes/{name}.json')).get('presenting_complaint', '')
        (left_out if LEFT_OUT.search(complaint) else kept).append((name, complaint))
    rows = {'train': [], 'heldout': []}
    seen = set()
    for index, (name, _) in enumerate(kept):
        split = 'heldout' if index % 3 == 2 else 'train'
        for text in utterances(git('show', f'{COMMIT}:transcripts/{name}_patient.TextGrid')):
            key = re.sub(r'[^a-z0-9 ]', '', text.lower())
            # Short acknowledgements ("Yeah.", "No.") carry nothing for either side.
            if len(text) < 15 or not re.search(r'[A-Za-z]', text) or key in seen:
                continue
            seen.add(key)
            rows[split].append({'text': text, 'source': f'primock57-{name}'})
    for split, items in rows.items():
        with open(OUT / f'symptoms-{split}.jsonl', 'w', encoding='utf-8') as out:
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + '\n')
    stats = {
        'commit': git('rev-parse', COMMIT).strip(),
        'consultations_kept': len(kept),
        'consultations_left_out': [f'{name}: {complaint}' for name, complaint in left_out],
        'train_rows': len(rows['train']),
        'heldout_rows': len(rows['heldout']),
    }
    (OUT / 'build-stats.json').write_text(json.dumps(stats, indent=2, ensure_ascii=False) + '\n')
    print(json.dumps({k: v for k, v in stats.items() if k != 'consultations_left_out'}), len(left_out), 'left out')


if __name__ == '__main__':
    main()
