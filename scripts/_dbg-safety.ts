import { classifyMessage } from '../src/core/safety/classifier';
import { normalizeForSafety } from '../src/core/safety/normalize';
for (const t of process.argv.slice(2)) {
  console.log(JSON.stringify(normalizeForSafety(t).text), JSON.stringify(classifyMessage(t)));
}
