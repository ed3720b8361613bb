import { RULE_SPECS } from '../src/core/safety/rules';
import { compilePattern, compileTest } from '../src/core/safety/patterns';
const [id, text] = process.argv.slice(2);
for (const s of RULE_SPECS.filter((r) => r.id === id)) {
  const re = compilePattern(s.pattern);
  const m = re.exec(text);
  const u = s.unless ? compileTest(s.unless).exec(text) : null;
  console.log(m ? JSON.stringify(m[0]) : null, 'unless:', u ? JSON.stringify(u[0]) : null);
}
