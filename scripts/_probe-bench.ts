import { loadKnowledgeBase } from '../src/core/knowledge/loader';
import { createSearch } from '../src/core/search/search';
import { createLocalIntentRecognizer } from '../src/core/intents';
import { classifyMessage } from '../src/core/safety/classifier';
const list = process.argv.slice(2).join(' ').split('|').map((s) => s.trim());
async function main() {
  const kb = await loadKnowledgeBase({ dir: 'knowledge', mode: 'development', today: new Date() });
  const search = createSearch(kb.entries);
  const rec = createLocalIntentRecognizer();
  for (const q of list) {
    const r = await rec.recognize(q);
    const s = search.search(q);
    console.log(r.intent.padEnd(22), s.kind.padEnd(12), (s.kind === 'answer' ? s.entry.id : s.kind === 'did-you-mean' ? s.options.map((o) => o.id).join(',') : '').padEnd(60), classifyMessage(q).level.padEnd(8), '|', q);
  }
}
void main();
