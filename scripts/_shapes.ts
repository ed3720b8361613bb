import { RULE_SPECS } from '../src/core/safety/rules';
import { innerSource } from '../src/core/safety/patterns';
import { analysePattern } from '../src/core/safety/prefilter';
let unanchored = 0;
RULE_SPECS.forEach((s, i) => { const sh = analysePattern(innerSource(s.pattern)); if (!sh.anchors || !Number.isFinite(sh.maxTokens)) { unanchored++; console.log('UNANCHORED', i, s.id, sh.maxTokens, sh.anchors?.length); } else if (sh.maxTokens > 40 || sh.anchors.length > 60) console.log('wide', i, s.id, sh.maxTokens, sh.anchors.length, sh.anchors.slice(0, 8)); });
console.log('rules', RULE_SPECS.length, 'unanchored', unanchored);
