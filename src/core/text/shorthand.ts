/**
 * The one shorthand table: texting abbreviations, common slips and contractions, by their
 * apostrophe-free spelling, shared by safety, search and routing. Where an abbreviation means
 * different things, this table decides once, for a clinic's patients: "tx" is treatment (thanks is
 * "thx"), "yr" is year after a number and "your" elsewhere (see frontEnd).
 * A Map, not an object literal: a patient typing "constructor" must not reach Object.prototype.
 */
export const SHORTHAND: ReadonlyMap<string, string> = new Map(Object.entries({
  u: 'you', ya: 'you', yu: 'you', ur: 'your', urs: 'yours', r: 'are', y: 'why', b4: 'before', bfore: 'before',
  '2day': 'today', tday: 'today', tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', tmw: 'tomorrow', tomoro: 'tomorrow', '2moro': 'tomorrow',
  '2morrow': 'tomorrow', tomorow: 'tomorrow', tommorow: 'tomorrow', tommorrow: 'tomorrow', tonite: 'tonight', '2nite': 'tonight',
  thx: 'thanks', thnx: 'thanks', thanx: 'thanks', thks: 'thanks', tks: 'thanks', ty: 'thanks', tyvm: 'thanks', tysm: 'thanks', thankyou: 'thank you', thanku: 'thank you',
  pls: 'please', plz: 'please', plse: 'please', pleas: 'please',
  wat: 'what', wut: 'what', wht: 'what', whta: 'what', hw: 'how', abt: 'about', bout: 'about', bc: 'because', cuz: 'because', coz: 'because', bcuz: 'because', cos: 'because',
  rn: 'right now', idk: 'i do not know', dunno: 'do not know', gonna: 'going to', wanna: 'want to', gotta: 'have to', kinda: 'kind of', sorta: 'sort of',
  lemme: 'let me', gimme: 'give me', tryna: 'trying to', cya: 'see you', ttyl: 'talk to you later', nvm: 'never mind', nvmd: 'never mind', nevermind: 'never mind',
  ppl: 'people', tho: 'though', thru: 'through', prob: 'probably', probs: 'probably', w: 'with', wo: 'without', b: 'be', c: 'see', n: 'and', cn: 'can',
  im: 'i am', ive: 'i have', youre: 'you are', youve: 'you have', theyre: 'they are', thats: 'that is', whats: 'what is',
  wheres: 'where is', hows: 'how is', whos: 'who is', whens: 'when is', whys: 'why is', theres: 'there is', heres: 'here is', isnt: 'is not',
  arent: 'are not', wasnt: 'was not', werent: 'were not', dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not',
  cannot: 'can not', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not', wont: 'will not', havent: 'have not',
  hasnt: 'has not', hadnt: 'had not', aint: 'is not', mustnt: 'must not',
  dr: 'doctor', drs: 'doctors', doc: 'doctor', appt: 'appointment', appts: 'appointments', apt: 'appointment', apts: 'appointments', appointmnt: 'appointment',
  info: 'information', msg: 'message', hr: 'hour', hrs: 'hours', min: 'minute', mins: 'minutes', yrs: 'years', wk: 'week', wks: 'weeks', '1st': 'first',
  pt: 'patient', pts: 'patients', rx: 'prescription', tx: 'treatment', txs: 'treatments', ins: 'insurance', insur: 'insurance',
  hlep: 'help', halp: 'help', helo: 'hello', ello: 'hello', startover: 'start over', signup: 'sign up', chatbot: 'bot',
  okay: 'ok', okey: 'ok', oki: 'ok', kk: 'ok', yea: 'yes', yeah: 'yes', yep: 'yes', yup: 'yes', gm: 'good morning', gn: 'good night', nite: 'night', gnite: 'good night',
}));

const CONTRACTION_SUFFIXES: [RegExp, string][] = [
  [/^(\w+)n't$/, '$1 not'],
  [/^(\w+)'re$/, '$1 are'],
  [/^(\w+)'ve$/, '$1 have'],
  [/^(\w+)'ll$/, '$1 will'],
  [/^(\w+)'d$/, '$1 would'],
  [/^(\w+)'m$/, '$1 am'],
  [/^(\w+)'s$/, '$1'],
];

function lookup(word: string): string[] {
  const spelled = SHORTHAND.get(word);
  return spelled === undefined ? [word] : spelled.split(' ');
}

/** "can't" -> "can not", "dont" -> "do not", "u" -> "you", "clinic's" -> "clinic"; `previous` settles "yr". */
export function expandShorthand(word: string, previous?: string): string[] {
  if (word === 'yr') return previous !== undefined && /^\d+$/.test(previous) ? ['year'] : ['your'];
  if (!word.includes("'")) return lookup(word);
  if (word === "won't") return ['will', 'not'];
  if (word === "can't") return ['can', 'not'];
  let parts = [word];
  for (const [pattern, replacement] of CONTRACTION_SUFFIXES) {
    if (pattern.test(word)) {
      parts = word.replace(pattern, replacement).split(' ');
      break;
    }
  }
  return parts.flatMap((part) => lookup(part.replace(/'/g, '')));
}
