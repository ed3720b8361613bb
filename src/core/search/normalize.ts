import { expandShorthand, foldText, SHORTHAND, splitWords } from '../text';

/**
 * Turns text (a patient's message or an entry's fields) into search terms. Both sides go through
 * the same steps, so "how much r the infusions" and "What does an IV infusion cost?" meet on the
 * terms "cost" and "infusion".
 */

/** Memo for stem(); declared first because module-level word lists are stemmed while this file loads. */
const stemCache = new Map<string, string>();

export { foldText, splitWords, expandShorthand } from '../text';

/** Words that carry no topic. Dropped. */
export const STOPWORDS = new Set(
  `a an the and or but of to in on at for with by from about as into onto than then so be is am are was were been being do does did
  doing done have has had having i me my mine myself you your yours yourself we us our ours he him his she her they them their theirs
  it its itself this that these those there here can could would should will shall may might must just really very also too any
  some much many more most get gets got getting go goes going gone want wants wanted need needs needed like know knows knew
  say says said please thanks thank hi hello hey ok okay yes yeah yep um uh oh well actually honestly basically literally wondering
  wonder question questions ask asking asked anyone someone something anything thing things stuff let lets kind sort bit lot lots
  still even ever else own one ones way ways guys guy folks tell telling told sure maybe right now currently quick quickly either
  all every each both such only again already yet while until since because though although whether okay alright hmm idea ideas
  soo sooo plz pls please dear sir madam mam curious look looking find found try trying`.split(/\s+/),
);

/**
 * Terms that weigh little: question words and negation (they tell "how does it work" from "what if it
 * does not work") and everyday words that say nothing about the topic ("good", "ago", "my mom").
 * They stand in for the word frequencies of general English, which a 45-entry corpus cannot estimate:
 * without them a patient's ordinary words would count as much as "aneurysm".
 */
const WEAK_WORDS = `how what when why who where which not if no none nothing
  good great fine nice best better worse worst bad big little small new make makes made making take takes taking took use uses used
  using give gives gave given put keep keeps kept come comes came coming went seem seems see seen saw think thinking mean means meant
  year years month months day days ago time times long first next later late early soon today tonight tomorrow yesterday morning
  evening night always never sometimes usually normal normally typical typically exactly probably possible possibly able allowed
  happen happens happened happening start started starting thing people person everyone everybody someone somebody anybody place part
  lot enough other another different same real true actual sure whole type certain specific general usual doctor doctors mom mum
  back problem problems issue issues matter matters concern concerns worry worried worries dad mother father sister brother wife
  husband son daughter friend friends family partner boyfriend girlfriend live life world told heard read reading hear online google
  internet reddit week weeks minute minutes once twice again also over few several couple bunch lots many much more most less least
  only even ever still already just quite pretty rather really very too so such enough almost around about approximately
  directly honestly seriously totally completely definitely absolutely certainly simply simple easy hard difficult quick slow
  change changes changed changing try tried trying suggest suggested suggests mention mentioned mentions include includes including
  included involve involves involved involving consider considering considered decide decided plan planning planned hope hoping
  hoped wish want wanted need needed check checking checked find finding found figure understand explain explained describe
  psychiatrist psychologist ob obgyn gp provider providers nurse nurses staff team clinician clinicians id
  say saying says said talk talking talked speak speaking email text texting ill per along
  nervous away expect expecting expected initial middle tip tips offer offers offered regular regularly realistically realistic skeptical
  struggle struggling struggled point points mixed random stuff anyway literally generally overall usual situation case cases
  reduce reduces reducing increase increases lower higher reason reasons result results option options
  monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays`;

export const WEAK_TERMS = new Set(WEAK_WORDS.split(/\s+/).map((word) => stem(word)));

/**
 * Words and phrases that mean the same thing to this knowledge base, mapped to one term.
 * Keys are written as patients and entries write them; the replacement may add a term rather than
 * replace one ("esketamine" keeps its own term so "ketamine vs esketamine" stays distinct).
 */
const SYNONYM_GROUPS: Record<string, string[]> = {
  compare: ['vs', 'versus', 'compare', 'compared', 'comparing', 'comparison', 'difference', 'differences', 'differ', 'diff', 'which is better', 'which one', 'choose', 'choosing', 'pick', 'better option'],
  spravato: ['spravato', 'nasal spray', 'nose spray', 'nasal sprays', 'spray', 'sprays', 'intranasal', 'spravatos'],
  'esketamine spravato': ['esketamine', 'es ketamine', 's ketamine'],
  infusion: ['iv', 'ivs', 'i v', 'intravenous', 'intravenously', 'drip', 'drips', 'infusion', 'infusions', 'infused', 'infuse'],
  cost: [
    'cost', 'costs', 'costing', 'price', 'prices', 'pricing', 'priced', 'fee', 'fees', 'how much', 'expensive', 'cheap', 'cheaper',
    'afford', 'affordable', 'charge', 'charges', 'pay out of pocket', 'out of pocket', 'self pay', 'dollars', 'money',
  ],
  insurance: ['insurance', 'high deductible', 'deductible', 'copay', 'co pay', 'bill', 'billing', 'billed', 'blue cross', 'blue shield', 'bcbs', 'aetna', 'cigna', 'united healthcare', 'unitedhealthcare', 'humana', 'kaiser', 'anthem', 'tricare', 'ppo', 'hmo', 'epo', 'insurer', 'insurers', 'insured', 'coverage', 'covered', 'cover', 'covers', 'insurance plan', 'health plan', 'prior authorization', 'prior authorisation', 'prior auth'],
  hsa: ['hsa', 'fsa', 'health savings account', 'flexible spending account', 'flex spending'],
  savings: ['savings', 'savings program', 'savings programme', 'copay card', 'co pay card', 'coupon', 'coupons', 'discount', 'discounts', 'carepath', 'care path', 'copay assistance', 'co pay assistance', 'assistance program', 'rebate', 'voucher'],
  drive: [
    'drive', 'drives', 'driving', 'drove', 'driven', 'driver', 'car', 'cars', 'uber', 'lyft', 'taxi', 'cab', 'rideshare', 'ride share',
    'ride', 'rides', 'ride home', 'pick me up', 'pick you up', 'picked up', 'pick up', 'lift home', 'get home', 'getting home', 'way home',
  ],
  treatment: ['treat', 'treats', 'treated', 'treating', 'treatment', 'treatments'],
  risk: ['risk', 'risks', 'risky', 'danger', 'dangers', 'dangerous', 'go wrong', 'goes wrong', 'harmful', 'unsafe', 'not safe', 'safety'],
  allergy: ['allergy', 'allergies', 'allergic', 'hypersensitivity'],
  confusion: ['confused', 'confusion', 'confusing', 'disoriented', 'disorientation'],
  nowork: ['not work', 'not working', 'not worked', 'none of them worked', 'none of them helped', 'none worked', 'none helped', 'nothing helped', 'did not work', 'did not help', 'not help', 'not helping', 'not helped', 'no response', 'not respond', 'not responding', 'fail', 'fails', 'failed', 'failure', 'no change', 'no improvement', 'no difference', 'non responder'],
  relapse: ['relapse', 'relapses', 'relapsed', 'relapsing', 'slip', 'slips', 'slipping', 'slipped', 'getting worse again'],
  monitor: ['monitor', 'monitors', 'monitored', 'monitoring', 'watch', 'watches', 'watching', 'watched', 'observe', 'observes', 'observed', 'observing', 'observation', 'supervise', 'supervised', 'supervision', 'keep an eye on', 'keeps an eye on'],
  selfadminister: ['self administer', 'self administered', 'self administers', 'self administering', 'self administration', 'spray it myself', 'spray it yourself', 'do it myself', 'do it yourself', 'give it to myself', 'take it myself', 'use it myself', 'give myself', 'give yourself', 'own nose', 'my own nose', 'your own nose', 'spray the medicine'],
  nausea: ['nausea', 'nauseous', 'nauseated', 'nauseas', 'queasy', 'sick to my stomach', 'sick to your stomach', 'throw up', 'throwing up', 'threw up', 'vomit', 'vomiting', 'vomited', 'puke', 'puking'],
  'ketamine treatment': ['ketamine therapy', 'ketamine therapies', 'ketamine treatment', 'ketamine treatments', 'ketamine assisted therapy', 'ketamine assisted psychotherapy'],
  sideeffect: ['side effect', 'side effects', 'side affect', 'side affects', 'adverse effect', 'adverse effects', 'adverse reaction', 'adverse reactions'],
  bloodpressure: ['blood pressure', 'high blood pressure', 'bp', 'high bp', 'hypertension', 'hypertensive', 'pressure'],
  heart: ['heart', 'cardiac', 'cardiovascular', 'heart condition', 'heart disease', 'heart problem', 'heart problems', 'heart attack'],
  pregnant: ['pregnant', 'pregnancy', 'pregnancies', 'expecting a baby', 'trying for a baby', 'trying to conceive', 'ttc', 'conceive', 'unborn'],
  breastfeed: ['nurse my baby', 'nurse the baby', 'nurse a baby', 'breastfeed', 'breastfeeding', 'breast feeding', 'breastfed', 'nursing', 'breast milk', 'breastmilk', 'lactating', 'pumping'],
  addiction: ['addiction', 'addictive', 'addicted', 'addict', 'hooked', 'dependent', 'dependence', 'dependency', 'habit forming', 'abuse', 'misuse', 'abused', 'misused', 'substance use', 'drug problem', 'drug problems', 'recovery', 'sober', 'sobriety'],
  antidepressant: [
    'antidepressant', 'antidepressants', 'anti depressant', 'anti depressants', 'ssri', 'ssris', 'snri', 'snris', 'sertraline', 'zoloft',
    'lexapro', 'escitalopram', 'citalopram', 'celexa', 'prozac', 'fluoxetine', 'paxil', 'paroxetine', 'wellbutrin', 'bupropion',
    'effexor', 'venlafaxine', 'cymbalta', 'duloxetine', 'pristiq', 'trintellix', 'mirtazapine', 'remeron', 'trazodone',
  ],
  medication: ['medication', 'medications', 'medicine', 'medicines', 'med', 'meds', 'pill', 'pills', 'drug', 'drugs', 'prescription', 'prescriptions', 'prescribed'],
  benzodiazepine: ['benzodiazepine', 'benzodiazepines', 'benzo', 'benzos', 'xanax', 'alprazolam', 'ativan', 'lorazepam', 'klonopin', 'clonazepam', 'valium', 'diazepam'],
  stimulant: ['stimulant', 'stimulants', 'psychostimulant', 'psychostimulants', 'adderall', 'ritalin', 'vyvanse', 'concerta', 'methylphenidate', 'amphetamine', 'amphetamines', 'modafinil', 'armodafinil', 'provigil'],
  opioid: ['opioid', 'opioids', 'opiate', 'opiates', 'oxycodone', 'percocet', 'vicodin', 'hydrocodone', 'morphine', 'fentanyl', 'tramadol', 'painkiller', 'painkillers', 'pain killer', 'pain killers', 'pain medication', 'pain meds'],
  maoi: ['maoi', 'maois', 'mao inhibitor', 'mao inhibitors', 'monoamine oxidase inhibitor', 'monoamine oxidase inhibitors', 'phenelzine', 'nardil', 'parnate', 'tranylcypromine', 'selegiline'],
  lamotrigine: ['lamotrigine', 'lamictal'],
  alcohol: ['alcohol', 'alcoholic', 'booze', 'drinking alcohol', 'wine', 'beer', 'liquor'],
  interaction: ['avoid', 'avoiding', 'interaction', 'interactions', 'interact', 'interacts', 'interfere', 'interferes', 'mix', 'mixing', 'combine', 'combined', 'together with'],
  therapy: ['therapy', 'therapies', 'therapist', 'therapists', 'psychotherapy', 'talk therapy', 'counseling', 'counselling', 'counselor', 'counsellor', 'cbt', 'psychologist'],
  integration: ['integration', 'integrate', 'integrating', 'integrative'],
  evaluation: ['exam', 'exams', 'examination', 'physical exam', 'checkup', 'check up', 'medical clearance', 'clearance', 'evaluation', 'evaluations', 'evaluate', 'intake', 'consultation', 'consult', 'assessment', 'assess', 'screening', 'initial visit', 'first visit', 'first appointment', 'new patient'],
  reschedule: ['change the date', 'change my date', 'change the time', 'change my time', 'another day', 'different day', 'another time', 'not make it', 'reschedule', 'rescheduling', 'rescheduled', 'cancel', 'cancels', 'canceling', 'cancelling', 'cancelled', 'canceled', 'cancellation', 'cancellations', 'change my appointment', 'move my appointment', 'postpone', 'no show', 'miss my appointment', 'can not make it'],
  book: ['first step', 'first steps', 'how do i start', 'where do i start', 'how to start', 'website', 'web site', 'portal', 'book online', 'schedule online', 'schedule a visit', 'schedule an appointment', 'schedule a consultation', 'book', 'booking', 'booked', 'sign up', 'signup', 'register', 'make an appointment', 'set up an appointment', 'schedule an appointment', 'get started', 'start treatment', 'enroll', 'enrol', 'referral', 'referred', 'refer'],
  arrive: ['arrive', 'arrival', 'arriving', 'how early', 'get there', 'check in', 'show up', 'be there'],
  alone: ['alone', 'by myself', 'on my own', 'by yourself', 'on your own', 'stay with me', 'stay with you', 'someone with me', 'someone with you'],
  openinghours: ['opening hours', 'office hours', 'business hours', 'hours of operation', 'your hours', 'open hours', 'opening times', 'open', 'opening', 'close', 'closes', 'closing', 'closed', 'weekend', 'weekends', 'weekday', 'weekdays'],
  location: ['location', 'located', 'address', 'directions', 'where are you', 'parking', 'map'],
  chatbot: ['bot', 'chatbot', 'robot', 'ai', 'automated', 'real person', 'live person', 'actual person', 'human', 'machine', 'computer'],
  privacy: ['see my messages', 'see these messages', 'read my messages', 'read these messages', 'see what i write', 'see what i type', 'privacy', 'private', 'confidential', 'confidentiality', 'save', 'saves', 'saved', 'store', 'stored', 'record', 'recorded', 'data', 'hipaa'],
  recreational: ['horse tranquilizer', 'horse tranquillizer', 'animal tranquilizer', 'tranquilizer', 'tranquillizer', 'recreational', 'recreationally', 'party drug', 'club drug', 'street drug', 'special k', 'rave', 'raves', 'party', 'partying', 'k hole', 'khole'],
  legal: ['legal', 'legally', 'illegal', 'law', 'laws', 'trouble with the law', 'in trouble', 'get in trouble', 'arrested', 'police', 'cops', 'controlled substance', 'schedule iii', 'schedule 3', 'dea'],
  home: ['home', 'at home', 'at home ketamine', 'home use', 'lozenge', 'lozenges', 'troche', 'troches', 'mail', 'mailed', 'telehealth'],
  fasting: ['fast', 'fasting', 'empty stomach', 'eat', 'eating', 'ate', 'food', 'meal', 'meals', 'breakfast', 'lunch', 'snack'],
  onset: ['how fast', 'how quickly', 'how soon', 'how long until', 'how long till', 'how long does it take to work', 'take to work', 'takes to work', 'start to work', 'starts to work', 'to kick in', 'kick in', 'kicks in', 'right away', 'immediately', 'immediate', 'rapid', 'rapidly', 'start working', 'starts working', 'begin working'],
  duration: ['how long does it last', 'how long do the effects last', 'last', 'lasts', 'lasting', 'wear off', 'wears off', 'wearing off', 'fade', 'fades', 'permanent', 'permanently', 'keep working', 'keeps working', 'stay working', 'durable', 'durability'],
  booster: ['booster', 'boosters', 'maintenance', 'top up', 'top ups', 'touch up', 'follow up treatments', 'long term treatment'],
  session: ['session', 'sessions', 'treatment session', 'visit', 'visits', 'appointment', 'appointments'],
  feel: ['feel', 'feels', 'feeling', 'feelings', 'felt', 'experience', 'experiences'],
  dissociation: ['dissociation', 'dissociative', 'dissociate', 'dissociating', 'dissociated', 'trip', 'tripping', 'hallucinate', 'hallucinating', 'hallucination', 'hallucinations', 'out of body', 'floating', 'get high', 'getting high', 'feel high', 'being high', 'stoned'],
  scared: ['scared', 'afraid', 'frightened', 'fear', 'panic', 'panicking', 'freak out', 'freaking out', 'freaked out', 'bad trip', 'terrified', 'overwhelmed', 'feel bad', 'feeling bad', 'feel awful', 'feeling awful', 'feel terrible', 'too intense', 'intense', 'distressing'],
  success: ['success', 'successful', 'success rate', 'effective', 'effectiveness', 'efficacy', 'chance', 'chances', 'percent', 'percentage', 'odds', 'response rate', 'likely to work', 'actually work'],
  age: ['age', 'ages', 'old', 'older', 'elderly', 'senior', 'seniors', 'young', 'younger', 'teen', 'teens', 'teenager', 'teenagers', 'adolescent', 'adolescents', 'minor', 'minors', 'child', 'children', 'kid', 'kids', 'under 18', 'years old', 'year old', 'age limit'],
  ptsd: ['ptsd', 'post traumatic', 'posttraumatic', 'trauma', 'traumatic', 'traumatized'],
  anxiety: ['anxiety', 'anxious', 'generalized anxiety', 'gad', 'ocd'],
  pain: ['pain', 'chronic pain', 'fibromyalgia', 'crps', 'neuropathy', 'neuropathic', 'migraine', 'migraines', 'back pain', 'arthritis'],
  bipolar: ['bipolar', 'bi polar', 'manic depression', 'bipolar disorder', 'bipolar 1', 'bipolar 2', 'bipolar i', 'bipolar ii'],
  mania: ['mania', 'manic', 'hypomania', 'hypomanic'],
  psychosis: ['psychotic break', 'psychotic episode', 'psychotic episodes', 'psychosis', 'psychotic', 'psychoses', 'schizophrenia', 'schizophrenic', 'schizoaffective', 'hearing voices', 'hear voices', 'delusions', 'delusional'],
  suicidal: ['suicidal', 'suicide', 'suicidality', 'suicidal ideation', 'suicidal thoughts', 'want to die', 'kill myself'],
  fda: ['fda', 'food and drug administration', 'approved', 'approval', 'approve', 'off label', 'offlabel', 'experimental', 'unapproved'],
  mechanism: ['mechanism', 'mechanisms', 'mechanism of action', 'glutamate', 'nmda', 'neuroplasticity', 'synapse', 'synapses', 'brain chemistry'],
  prepare: ['prepare', 'preparing', 'preparation', 'prep', 'ready', 'bring', 'wear', 'clothes', 'clothing'],
  contraindication: ['contraindication', 'contraindications', 'contraindicated', 'not allowed', 'not be allowed', 'not be able to have', 'not be able to get', 'rule out', 'rule me out', 'ruled out', 'disqualify', 'disqualifies', 'exclude', 'excluded', 'should not have', 'can not have', 'can not get', 'not eligible', 'ineligible'],
  candidate: ['candidate', 'candidates', 'qualify', 'qualifies', 'eligible', 'eligibility', 'suitable', 'right for me', 'good fit', 'meant for'],
  trd: ['treatment resistant', 'treatment resistant depression', 'trd', 'nothing worked', 'nothing has worked', 'nothing else worked'],
  rems: ['requirement', 'requirements', 'required', 'require', 'requires', 'rule', 'rules', 'rems', 'risk evaluation and mitigation strategy', 'certified', 'certification', 'enrolment', 'enrollment'],
  stop: ['stop', 'stopping', 'quit', 'quitting', 'come off', 'coming off', 'taper', 'discontinue', 'wean'],
  howmany: ['how many'],
  howlong: ['how long'],
  // Marker words for the dialogs that compete in the ranking (understanding/triggers.ts).
  handoff: ['talk to a person', 'talk to someone', 'talk to somebody', 'talk to a human', 'talk to a real person', 'talk to a nurse', 'talk to staff', 'talk to the staff', 'talk to a doctor', 'speak to a person', 'speak to someone', 'speak to a human', 'speak with someone', 'speak with a person', 'speak with a nurse', 'speak to a nurse', 'speak to a doctor', 'speak to staff', 'chat with a person', 'chat with someone', 'real person', 'live person', 'actual person', 'a human', 'call me', 'call me back', 'callback', 'call back', 'phone number', 'your number', 'contact someone', 'connect me', 'transfer me', 'front desk', 'receptionist', 'representative', 'agent', 'operator', 'reach someone', 'reach a person', 'get in touch'],
  checklist: ['checklist', 'check list', 'is this for me', 'is it for me', 'right for me', 'for someone like me', 'good fit for me', 'could this help me', 'could it help me', 'would this help me', 'would it help me', 'will it help me', 'will this work for me', 'would this work for me', 'could this work for me', 'could it work for me', 'work for me', 'am i a candidate', 'am i a good candidate', 'do i qualify', 'would i qualify', 'could i qualify', 'am i eligible'],
  walkthrough: ['walk me through', 'walk through', 'step by step', 'guide me', 'first visit guide', 'what happens on the day', 'on treatment day', 'treatment day', 'the big day', 'what to expect on my first', 'what to expect at my first', 'what to expect the first', 'what to expect for my first'],
  verdict: ['feedback', 'complaint', 'complain', 'useless', 'pointless', 'stupid', 'dumb', 'sucks', 'unhelpful', 'not helpful', 'did not help', 'does not help', 'was wrong', 'is wrong', 'wrong answer', 'makes no sense', 'great bot', 'good bot', 'bad bot', 'great job', 'good job', 'well done', 'very helpful', 'so helpful', 'was helpful'],
  course: ['how often', 'series', 'course', 'frequency', 'treatment schedule', 'treatment plan', 'twice weekly', 'once a week', 'twice a week', 'per week', 'a week', 'induction', 'number of sessions', 'number of treatments'],
};

export interface SynonymTable {
  /** Single-word keys, exactly as written (inflections are listed, so "nurse" and "nursing" stay apart). */
  words: Map<string, string[]>;
  /** Multi-word keys, by their first word, longest first. */
  phrases: Map<string, { words: string[]; terms: string[] }[]>;
}

/** The raw words the synonym table knows, so spelling correction can land on them. */
export function synonymVocabulary(): string[] {
  const words = new Set<string>();
  for (const members of Object.values(SYNONYM_GROUPS)) {
    for (const member of members) for (const word of member.split(' ')) words.add(word);
  }
  for (const key of SHORTHAND.keys()) words.add(key);
  return [...words];
}

function buildSynonymTable(): SynonymTable {
  const words = new Map<string, string[]>();
  const phrases = new Map<string, { words: string[]; terms: string[] }[]>();
  for (const [replacement, members] of Object.entries(SYNONYM_GROUPS)) {
    const terms = replacement.split(' ');
    for (const member of members) {
      const memberWords = member.split(' ').flatMap((word) => expandShorthand(word));
      const first = memberWords[0];
      if (first === undefined) continue;
      if (memberWords.length === 1) {
        words.set(first, terms);
        continue;
      }
      const list = phrases.get(first) ?? [];
      list.push({ words: memberWords, terms });
      list.sort((a, b) => b.words.length - a.words.length);
      phrases.set(first, list);
    }
  }
  return { words, phrases };
}

/**
 * A light suffix stripper: enough to let "drives", "driving" and "drive" meet, not a linguist's stemmer.
 * It only has to be consistent, because both sides of a comparison go through it.
 */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = stripSuffixes(word);
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
}


function stripSuffixes(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

const SYNONYMS = buildSynonymTable();

export interface AnalyseOptions {
  /** Spelling correction for words the index does not know (query side only). */
  correct?: (word: string) => string | undefined;
}

export interface AnalysedText {
  terms: string[];
  /** Terms that came from a corrected spelling; they count a little less. */
  corrected: Set<string>;
}

/** Text -> search terms: folded, shorthand expanded, spelling corrected, synonyms mapped, stopwords dropped, stemmed. */
export function analyse(text: string, options: AnalyseOptions = {}): AnalysedText {
  const corrected = new Set<string>();
  const correctedWordIndexes = new Set<number>();
  const words: string[] = [];
  let previous: string | undefined;
  for (const raw of splitWords(foldText(text))) {
    const expanded = expandShorthand(raw, previous);
    previous = raw;
    for (const word of expanded) {
      if (word === '') continue;
      const known = STOPWORDS.has(word) || WEAK_TERMS.has(stem(word));
      const candidate = options.correct && !known ? options.correct(word) : undefined;
      // A correction is only worth it when it lands on a topic word; "taxes" -> "takes" loses information.
      const fixed = candidate !== undefined && !STOPWORDS.has(candidate) && !WEAK_TERMS.has(stem(candidate)) ? candidate : undefined;
      if (fixed !== undefined && fixed !== word) {
        for (const part of fixed.split(' ')) {
          correctedWordIndexes.add(words.length);
          words.push(part);
        }
      } else {
        words.push(word);
      }
    }
  }
  const terms: string[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i] ?? '';
    const phrase = SYNONYMS.phrases.get(word)?.find((candidate) => candidate.words.every((w, offset) => words[i + offset] === w));
    if (phrase) {
      const wasCorrected = phrase.words.some((_, offset) => correctedWordIndexes.has(i + offset));
      for (const term of phrase.terms.map(stem)) {
        terms.push(term);
        if (wasCorrected) corrected.add(term);
      }
      i += phrase.words.length;
      continue;
    }
    i += 1;
    if (STOPWORDS.has(word)) continue;
    const mapped = (SYNONYMS.words.get(word) ?? [word]).map(stem);
    for (const term of mapped) {
      terms.push(term);
      if (correctedWordIndexes.has(i - 1)) corrected.add(term);
    }
  }
  return { terms, corrected };
}

/** For spotting the same example question written twice. */
export function comparableQuestion(text: string): string {
  return splitWords(foldText(text)).flatMap((word) => expandShorthand(word)).join(' ');
}
