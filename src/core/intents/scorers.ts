import type { Message } from './message';
import type { Intent } from './types';

/**
 * One scorer per intent: how strongly the message asks for that intent, 0 when not at all.
 * Weights: 0.95 the message is plainly this intent; 0.85-0.9 a clear signal in a longer message;
 * 0.7-0.8 a weaker signal that still beats the `question` default (0.4-0.6).
 */
export type Scorer = (message: Message) => number;

interface Rule {
  pattern: RegExp;
  weight: number;
  /** 'core' for patterns anchored to the whole message, after greetings and "please" are dropped. */
  on?: 'core';
}

function bestRule(rules: readonly Rule[], message: Message): number {
  let best = 0;
  for (const rule of rules) {
    if (rule.weight > best && rule.pattern.test(rule.on === 'core' ? message.core : message.text)) best = rule.weight;
  }
  return best;
}

/**
 * Short social messages (greeting, goodbye, cancel) are recognised by being made only of their own
 * vocabulary, and containing at least one word that carries the intent. That is the short-message
 * bias: "hi" is a greeting, "hi, how long does a session take" is not, because "long", "session"
 * and "take" are not greeting words.
 */
function unknownWords(tokens: readonly string[], vocabulary: ReadonlySet<string>): number {
  let unknown = 0;
  for (const token of tokens) if (!vocabulary.has(token)) unknown += 1;
  return unknown;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

// ---------------------------------------------------------------- greeting

const GREETING_OPENING =
  /^(?:hi|hello|hey|heya|hiya|yo|howdy|sup|wassup|what is up|what is good|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|hola)\b/;
const GREETING_WORDS = words(
  'hi hello hey heya hiya yo howdy sup greetings good morning afternoon evening day hola there bot again everyone all ' +
    'folks you how is are it going doing what up anyone anybody someone somebody here i am new this me just checking ' +
    'in to the ok so today well nice meet guys yall around hope having fine great lovely whats hows out your happy ' +
    'monday tuesday wednesday thursday friday saturday sunday weekend new year holidays found saw got started back wassup ' +
    'on working saying',
);
/** "hi is this the ketamine clinic": checking they reached the right place is still a hello. */
const RIGHT_PLACE = /^(?:\w+ ){1,3}is this (?:the )?(?:\w+ ){0,3}(?:clinic|office|bot|practice|right (?:number|place))$/;

/** "hey its jess again", "hello from boston". Not "hi i am ...", which is as often "hi i am depressed". */
const INTRODUCTION = /^(?:\w+ ){1,2}(?:it is|this is|my name is|name is|from) \w+(?: \w+)?(?: again| here)?$/;

const scoreGreeting: Scorer = (message) => {
  if (!GREETING_OPENING.test(message.text)) return 0;
  if (RIGHT_PLACE.test(message.text) || INTRODUCTION.test(message.text)) return 0.8;
  const unknown = unknownWords(message.tokens, GREETING_WORDS);
  if (unknown === 0) return 0.95;
  // "hey its sarah": one stray word (a name) in a short hello, not a question.
  if (unknown === 1 && message.tokens.length <= 4 && !message.namesTreatment && !message.asking) return 0.7;
  return 0;
};

// ---------------------------------------------------------------- goodbye

const GOODBYE_SIGNAL =
  /\b(?:thanks|thank|bye|goodbye|later|soon|see you|good night|goodnight|night|have a (?:good|great|nice|lovely|wonderful) \w+|that is (?:all|it|everything)|i am done|all done|nothing else|no more questions|cheers|appreciate\w*|take care|all set)\b/;
const GOODBYE_WORDS = words(
  'thanks thank you so much very a lot lots bye goodbye ok cool great perfect awesome nice alright got it all good ' +
    'that is everything done i am needed need was helped helps see later talk to have day night evening weekend one ' +
    'no nothing else for now take care cheers appreciate the help again really kind of set sounds understood will do ' +
    'then lovely wonderful more questions yes think about it will that was very much your time bit today info information ' +
    'soon goodnight night had appreciate appreciated catch',
);

const scoreGoodbye: Scorer = (message) => {
  if (!GOODBYE_SIGNAL.test(message.text)) return 0;
  const unknown = unknownWords(message.tokens, GOODBYE_WORDS);
  if (unknown === 0) return 0.95;
  // "thanks doc", "thanks sarah": a closing with one stray word.
  if (unknown === 1 && message.tokens.length <= 5 && !message.asking) return 0.7;
  return 0;
};

// ---------------------------------------------------------------- cancel (the conversation, not an appointment)

const CANCEL_SIGNAL = /\b(?:cancel|stop|quit|exit|abort|end|leave|never mind|forget|halt|i am out)\b/;
const CANCEL_WORDS = words(
  'cancel cancelled stop stopping quit quitting exit abort end leave never mind forget about it this that the chat ' +
    'conversation convo questions question checklist quiz survey guide thing please now lol no nah thanks thank you ' +
    'just ok all everything asking me i want to do not texting messaging sending messages bot right already lets let us go halt ' +
    'would like need these those any more anymore asked said session out am questionnaire form assessment screening',
);
const CANCEL_RULES: readonly Rule[] = [
  { pattern: /^(?:never mind|forget it|forget about it|forget that)\b/, weight: 0.9, on: 'core' },
  { pattern: /\bchanged my mind\b/, weight: 0.9 },
  { pattern: /^(?:i am |we are )?done with (?:this|the|these|that|it|all)\b/, weight: 0.9, on: 'core' },
  { pattern: /\bget me out(?: of (?:here|this))?\b/, weight: 0.9 },
  {
    pattern:
      /^(?:i )?(?:do not|no longer) (?:want|wish) to (?:continue|go on|keep going|carry on|finish|answer|do)\b(?: (?:this|that|it|the|these|those|any|more|questions?|anymore|now|chat|checklist|quiz|survey|right))*$/,
    weight: 0.9,
    on: 'core',
  },
  { pattern: /^(?:stop|quit) (?:asking|texting|messaging|bothering|sending)\b/, weight: 0.9, on: 'core' },
  { pattern: /^(?:i am )?not interested(?: anymore| any more)?$/, weight: 0.85, on: 'core' },
];

const scoreCancel: Scorer = (message) => {
  const byWords = CANCEL_SIGNAL.test(message.text) && unknownWords(message.tokens, CANCEL_WORDS) === 0 ? 0.95 : 0;
  return Math.max(byWords, bestRule(CANCEL_RULES, message));
};

// ---------------------------------------------------------------- start over

const POLITE_OPENING =
  '(?:(?:can|could) (?:we|i|you) |(?:lets|let us) |i (?:want|would like|need) to |please |just |ok |i would like to )*';
const RESTART_OBJECT = '(?: (?:this|it|everything|all|again|please|the (?:chat|conversation|bot|checklist|questions|whole thing)|chat|conversation))*';
const START_OVER_RULES: readonly Rule[] = [
  {
    pattern: new RegExp(
      `^${POLITE_OPENING}(?:start|begin|go)(?: it| this| everything| the whole thing| it all| all| us)? (?:over|again|fresh|afresh|anew)(?: again)?(?: from (?:the )?(?:beginning|start|scratch|top))?$`,
    ),
    weight: 0.95,
    on: 'core',
  },
  { pattern: new RegExp(`^${POLITE_OPENING}(?:restart|re start|reset|reboot|redo|refresh)${RESTART_OBJECT}$`), weight: 0.95, on: 'core' },
  {
    pattern: new RegExp(
      `^${POLITE_OPENING}(?:start|begin|go back|take me back|take us back|back|return|go|try again)(?: again)? (?:to|from|at) (?:the )?(?:very )?(?:beginning|start|scratch|top)$`,
    ),
    weight: 0.95,
    on: 'core',
  },
  {
    pattern: /^(?:from the top|from scratch|new (?:conversation|chat|convo)|clean slate|clear (?:everything|all|the chat|chat|history)|clear and start (?:again|over))$/,
    weight: 0.95,
    on: 'core',
  },
  { pattern: /^(?!when|how|why|what|where|is|does|should|will)(?:\w+ ){0,4}(?:start|begin) (?:over|afresh|anew)\b/, weight: 0.75, on: 'core' },
];

const START_OVER_SIGNAL =
  /\b(?:restart|re start|reset|reboot|redo|start (?:over|again|fresh|afresh|anew|all over)|begin (?:again|over|anew)|from (?:the )?(?:top|beginning|scratch|start)|back to (?:the )?(?:start|beginning)|do (?:it |this |everything )?over|start (?:the |this )?(?:chat|conversation|whole thing|everything|it|all|questions|checklist) over|new start|fresh start)\b/;
const START_OVER_WORDS = words(
  'restart re reset reboot redo refresh start begin over again fresh afresh anew from the beginning top scratch this it ' +
    'all everything conversation chat bot checklist questions whole thing please can could we i lets let us me want to ' +
    'would like go back take just ok new clean slate clear and very try do need',
);

const scoreStartOver: Scorer = (message) => {
  const byWords = START_OVER_SIGNAL.test(message.text) && unknownWords(message.tokens, START_OVER_WORDS) === 0 ? 0.95 : 0;
  return Math.max(byWords, bestRule(START_OVER_RULES, message));
};

// ---------------------------------------------------------------- help

const HELP_SIGNAL = /\b(?:help|menu|options|choices|commands|info|information|topics|guidance|assistance|assist|support|features)\b/;
const HELP_WORDS = words(
  'help me out here please i need some can you could someone anyone menu main start show open give display list the ' +
    'your my options choices commands info information what are is a bit with this bot go back to get topics of more ' +
    'see view guidance assistance assist support features again with something anything',
);
const HELP_RULES: readonly Rule[] = [
  { pattern: /^what (?:else )?(?:can|do|could|does) (?:you|it|this|this bot|the bot|this chat|this thing) (?:do|offer)(?: for me| here)?$/, weight: 0.95, on: 'core' },
  { pattern: /^what (?:info|information|topics|things|questions|stuff) (?:do|can) you (?:have|cover|know|offer|answer)(?: about)?$/, weight: 0.95, on: 'core' },
  { pattern: /^what (?:questions|things|topics) (?:can|could|should) i ask\b/, weight: 0.95, on: 'core' },
  // A question about the bot's own abilities ("what are you able to do", "what can you answer"). Below
  // cost's 0.85 so "which insurance do you cover" stays cost.
  {
    pattern:
      /^(?:what|which|how)\b(?: \w+){0,5} (?:you|this bot|the bot|this chat|this service)(?: \w+){0,3} (?:do|answer|help with|help me with|know|cover|offer|work|handle)$/,
    weight: 0.8,
    on: 'core',
  },
  { pattern: /^(?:explain|tell me) (?:what|how) (?:you|this|the bot|this bot) (?:do|does|can do|work|works)$/, weight: 0.9, on: 'core' },
  { pattern: /^how (?:do|can|should) i (?:ask|start|use)(?: a question| this| you| it)?$/, weight: 0.85, on: 'core' },
  {
    pattern:
      /^(?:how|what|can|could|will) (?:\w+ ){0,3}(?:you|this bot|the bot|this chat|this service|this thing|the chat) (?:\w+ )?(?:help|guide|assist|support)(?: me| us)?(?: with| here| out)?$/,
    weight: 0.9,
    on: 'core',
  },
  { pattern: /^what (?:kind|sort|type) of (?:help|support|info|information|assistance) (?:can|do|could) (?:i|you) (?:get|give|offer|provide)(?: here)?$/, weight: 0.9, on: 'core' },
  { pattern: /^what (?:is|are) (?:this|you|the) ?(?:bot|chat|thing|service)? for$/, weight: 0.9, on: 'core' },
  { pattern: /\b(?:do not|not) (?:understand|know|get) how (?:this|it|the bot|this bot|this chat) works\b|\bhow (?:this|the bot|this bot) works\b/, weight: 0.9 },
  { pattern: /^(?:what now|now what|huh|um what|i do not get it)$/, weight: 0.8, on: 'core' },
  { pattern: /^what (?:can|should|could|do) i (?:ask|say|type|do)(?: you| here| about| this| it| (?:this|the) (?:bot|chat|service|thing))?$/, weight: 0.95, on: 'core' },
  {
    pattern:
      /\b(?:how to|how do i|how can i|help|understand how to|figure out how to|show me how to)\b(?: \w+){0,2} (?:use|using|navigate|navigating|work|operate)(?: \w+)? (?:this|you|it|the bot|this bot|this chat|this service|this thing|the chat|the app)$/,
    weight: 0.9,
  },
  { pattern: /\b(?:things|stuff|questions|topics) (?:i|we) (?:can|could|should) ask\b/, weight: 0.9 },
  {
    pattern: /\b(?:not sure|unsure|no idea|do not know|clueless|dunno) (?:what|how|where) to (?:ask|do|say|type|start|begin|use this)\b/,
    weight: 0.9,
  },
  { pattern: /^where (?:do|should|can) i (?:start|begin)$/, weight: 0.85, on: 'core' },
  { pattern: /^how (?:do|can|should) i (?:talk|chat|speak) (?:to|with) (?:this|you|the bot|it)\b/, weight: 0.9, on: 'core' },
  { pattern: /\b(?:your|the bot s|the bots) (?:features|capabilities|functions)\b/, weight: 0.9 },
  {
    pattern:
      /^what (?:kind|sort|type|types|kinds) of (?:questions|things|stuff|topics) (?:can|do|could) (?:you|i) (?:answer|ask|help with|do|handle|know)(?: about)?$/,
    weight: 0.95,
    on: 'core',
  },
  { pattern: /^what (?:topics|questions|things|subjects) (?:can|do) (?:you|i) (?:cover|answer|know|ask)(?: about)?$/, weight: 0.95, on: 'core' },
  { pattern: /\bwhat (?:can|are) you (?:able to |here to )?(?:help|do)(?: me)? with\b/, weight: 0.9 },
  { pattern: /^how (?:does|do) (?:this|you|this (?:bot|chat|thing|service)|the (?:bot|chat)) work$/, weight: 0.9, on: 'core' },
  { pattern: /^how (?:do|can|should) i use (?:this|you|it|the bot|this (?:bot|chat|thing|service))$/, weight: 0.9, on: 'core' },
  { pattern: /^what (?:is|are) (?:this|you|this (?:bot|thing|chat))$/, weight: 0.85, on: 'core' },
  { pattern: /^(?:i am )?(?:so |a bit |kind of |really )?(?:confused|lost|stuck)\b/, weight: 0.85, on: 'core' },
  { pattern: /^i do not know what to (?:ask|do|say|type)$/, weight: 0.9, on: 'core' },
  { pattern: /^what do i do(?: now| here| next)?$/, weight: 0.8, on: 'core' },
  { pattern: /^show me what you (?:can|could) do$/, weight: 0.95, on: 'core' },
];

/**
 * "what can i use this for", "not sure what this is", "instructions please": a message with no topic of
 * its own, only words about using the bot, and something that points at the bot. "work" is left out
 * on purpose: "does this work" is usually about the treatment.
 */
const ABOUT_USING_THE_BOT = words(
  'what is this for are you the a an can could i me my do does how to use using show tell explain available ' +
    'instructions menu options choices commands topics help not sure understand figure figuring out get started with ' +
    'here there thing service bot chat app please so um about on of know do just which things stuff kind sort type ask ' +
    'asking say supposed meant who am no idea need',
);
const POINTS_AT_THE_BOT = /\b(?:this|you|bot|chat|menu|options|choices|instructions|commands|service|thing|app|topics|available)\b/;

const scoreHelp: Scorer = (message) => {
  const byWords = HELP_SIGNAL.test(message.text) && unknownWords(message.tokens, HELP_WORDS) === 0 ? 0.95 : 0;
  const aboutTheBot =
    !message.namesTreatment && POINTS_AT_THE_BOT.test(message.text) && unknownWords(message.tokens, ABOUT_USING_THE_BOT) === 0 ? 0.85 : 0;
  return Math.max(byWords, aboutTheBot, bestRule(HELP_RULES, message));
};

// ---------------------------------------------------------------- booking

const DAY = '(?:today|tonight|tomorrow|tomorrows|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekend|next week|this week|next \\w+|\\d+(?: ?(?:am|pm|oclock))?|(?:morning|afternoon|evening) (?:appointment|session|slot))';
const GAP =
  '(?: (?:my|the|a|an|our|this|that|next|first|upcoming|initial|new|follow|up|another|one|free|earlier|later|sooner|different|other|second|\\w+days?|tomorrows|todays))*';
const BOOKING_RULES: readonly Rule[] = [
  {
    pattern: new RegExp(
      `\\b(?:book|booking|schedule|scheduling|reschedule|rescheduling|re schedule|set up|arrange|move|change|push|postpone|cancel|cancelling|canceling|confirm|delay|switch|bring forward|modify|shift)${GAP} (?:appointments?|consults?|consultations?|visits?|sessions?|bookings?|slots?|spots?|time|infusions?|intake)\\b`,
    ),
    weight: 0.95,
  },
  { pattern: /\b(?:get|make|need|want|like|request|grab|book) (?:an |a |my |the |another |one |new )?(?:earlier |later |sooner |different )?(?:appointments?|consults?|consultations?|bookings?|reservations?)\b/, weight: 0.95 },
  { pattern: new RegExp(`\\b(?:move|push|change|switch|bump|reschedule|cancel) (?:it|that|me|us) (?:to|until|for|into|back to|on) (?:the )?(?:${DAY}|morning|afternoon|evening|later|earlier|another)`), weight: 0.9 },
  { pattern: new RegExp(`\\bcancel\\w*(?: \\w+){0,2} (?:on )?${DAY}\\b`), weight: 0.9 },
  { pattern: /\bcancel\w*\b.*\b(?:appointments?|sessions?|visits?|bookings?|consult\w*|infusions?)\b/, weight: 0.95 },
  { pattern: /\b(?:booking|scheduling|reschedule|rescheduling)\b/, weight: 0.85 },
  { pattern: /(?<!\b(?:a|the|this|that|treatment|dosing)\s)\bbook\b/, weight: 0.85 },
  // "the treatment schedule" is a fact about the treatment, not a request to book.
  { pattern: /(?<!\b(?:treatment|dosing|dose|dosage|infusion|spravato|ketamine|session|the|my|a|an|your)\s)\bschedule\b/, weight: 0.85 },
  { pattern: /^(?:an |my |new )?(?:appointments?)$/, weight: 0.9, on: 'core' },
  { pattern: /\b(?:cancellation|no show|noshow|late fee|late policy)\b/, weight: 0.85 },
  {
    pattern: /\b(?:next available|availability|openings?|open slots?|free slots?|any slots?|any spots?|(?:anything|something|any time|anytime|a time|any times) (?:open|available|free))\b/,
    weight: 0.85,
  },
  { pattern: /\b(?:sign me up|sign up|enroll|register|get started)\b/, weight: 0.8 },
  { pattern: /(?<!\bhow (?:often|many|long)\b.*)(?:\b(?:come|get) in\b(?! touch)|\b(?:fit|squeeze) me in\b|\bbe seen\b)/, weight: 0.8 },
  { pattern: new RegExp(`\\b(?:come|get) in (?:on )?${DAY}`), weight: 0.9 },
  { pattern: new RegExp(`\\b(?:do you have|any|is there) (?:any )?(?:time|times|space|room|availability)(?: \\w+)? (?:on |for |in )?${DAY}`), weight: 0.9 },
  { pattern: new RegExp(`\\b(?:can not|will not|not able to|unable to|wont be able to) (?:come|come in|make it|attend|be there|get there)\\b`), weight: 0.85 },
  { pattern: /\b(?:running late|be late for)\b/, weight: 0.8 },
  { pattern: /\bwhen is my (?:next )?(?:appointment|session|visit|infusion|consult\w*)\b/, weight: 0.9 },
  { pattern: /\b(?:missed|miss) (?:my|an|the|today s|todays) (?:appointment|session|visit|consult\w*)\b/, weight: 0.9 },
  { pattern: /\b(?:waitlist|waiting list|wait list|earliest|soonest)\b|\bhow long is the wait\b/, weight: 0.85 },
  { pattern: /\bbecome a (?:new )?patient\b|\b(?:taking|accepting) new patients\b/, weight: 0.85 },
  { pattern: /^when can i (?:start|begin|come in|get in|be seen|come)$/, weight: 0.85, on: 'core' },
  {
    pattern: /\b(?:slots?|openings?|times|spots?|appointments?) (?:do you have|are (?:there|open|available|free|left))\b|\bare there (?:any )?(?:appointments?|slots?|openings?|spots?)\b/,
    weight: 0.9,
  },
  { pattern: /\b(?:any|available|open|free) appointments?\b|\bappointments? (?:available|open|free)\b|\b(?:first|earliest) available\b/, weight: 0.9 },
  { pattern: /\b(?:want|ready|like|would like) to (?:start|begin) (?:treatment|therapy|ketamine|spravato|esketamine|infusions?)\b/, weight: 0.8 },
  { pattern: /\bhow soon can i (?:start|begin|get|come|be)\b/, weight: 0.85 },
];

// ---------------------------------------------------------------- first-visit guide

// An outcome question that happens to mention the first session ("will i feel better after the first
// infusion") is about the treatment, so it stays a question.
const OUTCOME = /\b(?:feel|feeling|better|results?|improve\w*|notice|works?|worked|effects?|until|strongest|after|afterwards)\b/;
const FIRST_VISIT_RULES: readonly Rule[] = [
  {
    pattern:
      /\b(?:first|initial) (?:ever )?(?:(?:spravato|ketamine|esketamine) )?(?:visits?|appointments?|sessions?|treatments?|infusions?|consults?|consultations?|day|time|meeting|assessment|evaluation)\b/,
    weight: 0.9,
  },
  { pattern: /\b(?:intake|new patient|first timers?|day one)\b/, weight: 0.85 },
  { pattern: /\b(?:prepare|preparing|prep|preparation|get ready|getting ready|be ready)\b/, weight: 0.8 },
  { pattern: /\bwhat (?:should|do|can|must) i (?:need to )?(?:bring|wear)\b|\bwhat to (?:bring|wear|expect)\b/, weight: 0.85 },
  { pattern: /\bwhat (?:should|can|do|will) i expect (?:at|on|during|when|for)\b/, weight: 0.85 },
  { pattern: /\bwhat (?:should|can|do|will) i expect\b/, weight: 0.75 },
  { pattern: /\b(?:before|for|during|at) my (?:first )?(?:appointment|visit|session|infusion|treatment)\b/, weight: 0.8 },
  { pattern: /\bwhat (?:should|do) i (?:need to )?know before\b/, weight: 0.85 },
  {
    pattern:
      /\bwhat (?:happens|will happen|is going to happen|would happen) (?:when i (?:arrive|get there|check in|come in|show up)|on the day|(?:at|during|in) (?:the|my) (?:visit|appointment|session))/,
    weight: 0.85,
  },
  { pattern: /\bwalk me through\b|\bguide me\b/, weight: 0.75 },
  { pattern: /\bwhen i (?:arrive|get there|get to the clinic|check in|show up)\b|\barrival\b|\bcheck in\b/, weight: 0.8 },
];

const scoreFirstVisit: Scorer = (message) => {
  const score = bestRule(FIRST_VISIT_RULES, message);
  return score > 0 && OUTCOME.test(message.text) ? Math.min(score, 0.5) : score;
};

// ---------------------------------------------------------------- eligibility checklist

const TREATMENT_NAME =
  '(?:this|it|that|ketamine|spravato|esketamine|treatment|therapy|this treatment|the treatment|ketamine (?:therapy|treatment|infusions?)|infusions?|the spray|the nasal spray)';
/** "for me", "for someone like me", "for people like me". */
const FOR_ME =
  '(?:for me|for (?:someone|somebody|people|a person|patients?|others) (?:\\w+ ){0,3}like me|for my (?:depression|condition|situation|case|symptoms|illness|diagnosis))';
/** "my meds aren't working", "nothing else has helped": the history the eligibility checklist asks about. */
const PRIOR_TREATMENT_FAILED =
  /\b(?:meds|medications?|antidepressants?|ssris?|pills|treatments?)\b(?: \w+){0,2} (?:(?:are|is|have|has|did|do|does) not|never|stopped|no longer) (?:been )?(?:work|working|worked|help|helped|helping)\b|\bnothing (?:else )?(?:has )?(?:worked|helped|works|helps)\b/;
const ELIGIBILITY_RULES: readonly Rule[] = [
  { pattern: /\belig\w*|\bqualif\w*|\bcandidate\b|\bcriteria\b|\brequirements?\b|\bprerequisites?\b/, weight: 0.9 },
  { pattern: new RegExp(`\\b(?:right|suitable|appropriate|an option|a good option|a good choice|the right choice|meant|a fit) ${FOR_ME}\\b`), weight: 0.9 },
  { pattern: new RegExp(`\\b(?:right|suitable|appropriate|best) (?:\\w+ ){1,2}${FOR_ME}\\b`), weight: 0.85 },
  { pattern: new RegExp(`\\b(?:is|are) ${TREATMENT_NAME} (?:really |even )?${FOR_ME}\\b`), weight: 0.95 },
  { pattern: new RegExp(`\\b${TREATMENT_NAME} (?:is|are|would be|could be) (?:really |even )?${FOR_ME}\\b`), weight: 0.9 },
  { pattern: /\b(?:right|suitable|an option|work|help|good)\b.*\b(?:someone|somebody|people|a person) (?:\w+ ){0,3}like me\b/, weight: 0.85 },
  { pattern: /\b(?:could|would|will|might|can) i benefit\b/, weight: 0.85 },
  { pattern: new RegExp(`\\bshould i (?:try|get|do|consider|start) ${TREATMENT_NAME}$`), weight: 0.8 },
  {
    pattern: new RegExp(`\\b${TREATMENT_NAME} (?!(?:chat|bot|service|thing|app)\\b)(?:(?!not\\b)\\w+ ){0,2}(?:work|help|works|helps)(?: for)? me\\b`),
    weight: 0.85,
  },
  { pattern: /\bcan (?:someone|somebody|a person|people) (?:with|like) my\b/, weight: 0.85 },
  { pattern: /\bam i (?:able|allowed|too old|too young|suitable|right)\b|\b(?:good|right) fit\b/, weight: 0.85 },
  { pattern: new RegExp(`\\b(?:can|could|may) i (?:get|try|have|receive|start|do|use) ${TREATMENT_NAME}$`), weight: 0.85 },
  { pattern: /\bcan anyone (?:get|have|try|use|do|receive)\b/, weight: 0.85 },
  { pattern: new RegExp(`\\bwho (?:is|are) ${TREATMENT_NAME} (?:for|meant for|intended for|designed for)\\b`), weight: 0.9 },
  { pattern: /\bwho (?:can|could|should|is able to|is allowed to) (?:get|have|try|receive|use|do|be treated)\b/, weight: 0.85 },
  { pattern: /\bcan i be (?:a patient|treated|seen here)\b/, weight: 0.85 },
  { pattern: /\b(?:an option|right|suitable|good|appropriate|for|work|help) for (?:someone|somebody|people|a person) like me\b/, weight: 0.9 },
  { pattern: /\bsomething i (?:could|can|should|might) (?:try|do|get|use|have)\b/, weight: 0.85 },
  { pattern: /\bam i (?:the |a |an )?(?:right|good|suitable|ideal|possible) (?:kind of |type of |sort of )?(?:patient|person|candidate|fit|match)\b/, weight: 0.9 },
  { pattern: new RegExp(`\\b(?:would|could|will|might|can) ${TREATMENT_NAME} (?:help|work)(?: for)?(?: me)?$`), weight: 0.85 },
  { pattern: /\b(?:i|me) (?:be |get |am |was |being )?(?:approved|accepted) (?:for|into)\b/, weight: 0.85 },
  { pattern: /\b(?:check|see|find out|tell me|know|wondering|wonder|ask) (?:if|whether) i (?:am|could|can|would|might|qualify)\b/, weight: 0.85 },
];

const scoreEligibility: Scorer = (message) => {
  const byRule = bestRule(ELIGIBILITY_RULES, message);
  const historyThenAsk = message.asking && message.refersToSelf && PRIOR_TREATMENT_FAILED.test(message.text) ? 0.85 : 0;
  return Math.max(byRule, historyThenAsk);
};

// ---------------------------------------------------------------- cost and insurance

const PAYERS =
  '(?:insurance|insurances|medicaid|medicare|tricare|aetna|cigna|bcbs|blue cross|blue shield|bluecross|blueshield|united|uhc|humana|kaiser|anthem|optum|ambetter|oscar|molina|champva|cash|cards?|credit|debit|checks?|carecredit|care credit|venmo|paypal|payments?|hsa|fsa)';
const COST_WORDS =
  /\b(?:costs?|costing|price|prices|priced|pricing|fees?|(?<!in )charges?|charging|expensive|cheap|afford\w*|billing|bill|billed|insurance|insured|coverage|covered|copays?|deductibles?|out of pocket|reimburs\w*|superbill|money|owe|owed|(?:outstanding|account|remaining) balance|balance (?:due|owed|owing)|what is my balance|invoice|receipt|refunds?|deposits?|upfront|up front|cheap\w*|pay|paying|payments?|installments?|discounts?|medicaid|medicare|tricare|aetna|cigna|bcbs|blue cross|blue shield|bluecross|blueshield|humana|kaiser|anthem|optum|how much (?:is|are|does|do|would|will|should|for|to|per|each|a|an)\b(?! it hurt))\b|\$/;
const COST_RULES: readonly Rule[] = [
  {
    pattern:
      /\b(?:payment plans?|payment options?|pay with|pay by|pay for (?:it|this|treatment|sessions?)|ways to pay|how (?:do|can|would|should) i pay|how to pay|credit cards?|hsa|fsa|financing|finance|sliding scale|financial (?:assistance|aid|help)|out of pocket|copays?|deductibles?|in network|out of network|superbill|afford\w*)\b/,
    weight: 0.9,
  },
  { pattern: new RegExp(`\\b(?:do|does|will|can) (?:you|your (?:clinic|office)|the clinic|yall|you guys) (?:take|accept|bill|work with|file|submit to|deal with) ${PAYERS}`), weight: 0.95 },
  {
    pattern: /^(?:how much|how much \$|\$|costs?|prices?|pricing|fees?|rates|insurance|payments?|billing|money|(?:what is|what are) (?:the |your )?(?:costs?|prices?|fees|rates))$/,
    weight: 0.95,
    on: 'core',
  },
  { pattern: /\byour (?:rates|prices|fees|costs)\b/, weight: 0.95 },
];

/** A drug by name; "an infusion" alone is what the clinic sells, so "cost per infusion" stays cost. */
const DRUG = /\b(?:es)?ketamin\w*|\bsprav\w*|\bsprov\w*/;
/** "cost of spravato", "price per infusion?": a bare request for the price list. */
const COST_NOUN_FIRST = /^(?:the )?(?:costs?|prices?|pricing|fees?|rates?) (?:of|per|for)\b/;

/**
 * Cost wording is shared with factual questions, so who the cost is about decides it: this clinic
 * ("how much do you charge") or the patient ("what will this cost me") -> cost-insurance; a named
 * drug with neither ("how much is spravato with insurance?") -> left to `question`.
 */
const scoreCostInsurance: Scorer = (message) => {
  const byRule = bestRule(COST_RULES, message);
  if (!COST_WORDS.test(message.text)) return byRule;
  let byWords: number;
  if (/^why\b/.test(message.core)) byWords = 0.5;
  else if (message.refersToClinic || message.refersToSelf || COST_NOUN_FIRST.test(message.core)) byWords = 0.85;
  else if (DRUG.test(message.text)) byWords = 0.5;
  else byWords = 0.75;
  return Math.max(byRule, byWords);
};

// ---------------------------------------------------------------- hours and location

const WHO_IS_OPEN = '(?:you|yall|you guys|the clinic|your (?:clinic|office)|the office|it)';
const HOURS_LOCATION_RULES: readonly Rule[] = [
  { pattern: new RegExp(`\\b(?:are|is) ${WHO_IS_OPEN} (?:\\w+ )?(?:open|closed)\\b`), weight: 0.95 },
  { pattern: /^(?:open|closed) (?:today|now|right now|tomorrow|tonight|late|early|on|this|weekends?|saturdays?|sundays?|holidays?)\b/, weight: 0.95, on: 'core' },
  {
    pattern: /\b(?:when|what time|how late|how early|what days?|which days?)\b(?: \w+){0,4} (?:open|opens|close|closes|closed|closing|shut|shuts)\b/,
    weight: 0.9,
  },
  { pattern: /\b(?:closing|opening) (?:time|times|hours)\b|\bopen hours\b/, weight: 0.95 },
  { pattern: /\b(?:your|business|opening|office|clinic|working|open) hours\b|^hours$|\bhours of operation\b|^what are the hours\b/, weight: 0.9 },
  {
    pattern: /\b(?:address|located|location|locations|directions|parking|park|wheelchair|accessible|accessibility|which floor|what floor|public transport|subway|train station|bus stop|zip|postcode|postal code|map)\b/,
    weight: 0.85,
  },
  { pattern: /\bwhere (?:exactly )?(?:are|is) (?:you|yall|you guys|the clinic|your (?:clinic|office|building)|the office|it located)\b/, weight: 0.9 },
  { pattern: /\b(?:you|office|clinic|building|it)\b(?: \w+){0,2} (?:near|close to|far from)\b/, weight: 0.85 },
  { pattern: /\bhow far (?:away )?(?:is|are) (?:you|it|the clinic|the office|your (?:clinic|office))\b|\bhow far away\b|\b(?:nearest|closest) (?:clinic|office|location|parking|station|bus|train|garage)\b/, weight: 0.85 },
  { pattern: /^where (?:do|should|can) i (?:go|park|enter|check in|come)\b/, weight: 0.85, on: 'core' },
  { pattern: /\b(?:entrance|entry|elevator|lobby|front door|which door)\b/, weight: 0.85 },
  {
    pattern: /\b(?:your|the) (?:office|clinic)\b (?:\w+ ){0,2}(?:in|on|at|inside) (?:the |a )?(?:\w+ ){0,3}(?:building|street|road|avenue|floor|plaza|center|centre|mall|hospital|campus)\b/,
    weight: 0.85,
  },
  { pattern: /\b(?:bus|buses|train|subway|metro|tram|uber|lyft|taxi|transit)\b(?: \w+){0,4} (?:there|to (?:you|the clinic|your (?:office|clinic)))\b/, weight: 0.85 },
  { pattern: /\b(?:you|office|clinic)\b(?: \w+){0,2} (?:close|closed|shut) (?:for|on|over|during|at)\b/, weight: 0.9 },
  { pattern: /^hours (?:on|for|today|tomorrow|this)\b/, weight: 0.9, on: 'core' },
  { pattern: /\b(?:weekend|weekday|evening|saturday|sunday|late|early|holiday|extended|summer|winter|friday|holiday) hours\b/, weight: 0.9 },
  { pattern: /\b(?:what|which) (?:city|town|state|area|neighborhood|neighbourhood|street|building|part of town)\b/, weight: 0.85 },
  { pattern: /\bhow (?:do i|to|can i|would i) (?:get|find) (?:there|you|the clinic|your (?:office|clinic)|to (?:you|the clinic|your (?:office|clinic)))\b|\bfind you\b/, weight: 0.9 },
];

// ---------------------------------------------------------------- talk to a person

const PEOPLE =
  '(?:someone|somebody|anyone|anybody|person|people|human|humans|nurse|doctor|staff|agent|representative|rep|front desk|receptionist|reception|admin|provider|team|clinician|psychiatrist|physician|therapist|counselor|counsellor|office|clinic|coordinator|manager|you guys)';
const TALK_TO_PERSON_RULES: readonly Rule[] = [
  { pattern: new RegExp(`\\b(?:talk|speak|chat) (?:to|with) (?:a |an |the |some |your |a real |an actual |a live )?(?:real |actual |live )?${PEOPLE}\\b`), weight: 0.95 },
  { pattern: /\b(?:real|actual|live) (?:agent|person|human|people|someone|nurse|doctor)\b/, weight: 0.95 },
  { pattern: /\b(?:a|an|the|real|actual|live|some|to) human\b|^human\b|\bhuman (?:please|being|person)\b/, weight: 0.9 },
  { pattern: /^(?:an? )?(?:agent|representative|rep|operator|person|someone)$/, weight: 0.95, on: 'core' },
  { pattern: /\b(?:an|the|a|live|real|human|support|customer service) (?:agent|representative|operator)\b|\b(?:agent|representative|operator) please\b/, weight: 0.85 },
  { pattern: new RegExp(`\\b${PEOPLE} (?:i can|i could|to|who can|that can) (?:talk|speak|call|chat|email|text|message|contact|reach)\\b`), weight: 0.95 },
  { pattern: /\b(?:call|phone|ring|contact) me\b|\b(?:get back|reach out) to me\b/, weight: 0.9 },
  { pattern: /\bphone number\b|\bnumber to call\b|\b(?:your|the clinic|clinic) (?:phone|number)\b|\bwhat is your number\b/, weight: 0.9 },
  { pattern: /\bnumber (?:\w+ )?(?:i|we) (?:can|could|should) (?:call|text|ring|reach)\b|\bwhat number\b|\bemail address\b/, weight: 0.9 },
  { pattern: /\b(?:phone line|hotline|helpline|contact number|contact details|contact info|contact information)\b/, weight: 0.85 },
  { pattern: new RegExp(`\\b(?:call|phone call|text|message|callback) from (?:a |an |the |your )?${PEOPLE}\\b`), weight: 0.9 },
  { pattern: /\bcall ?back\b|\b(?:get|have|receive|request|want|need) a (?:phone )?call\b/, weight: 0.9 },
  {
    pattern: /\b(?:someone|somebody|anyone|a nurse|the nurse|the doctor|a doctor|staff|team|clinic)\b(?: \w+){0,4} (?:reach out|call|phone|contact|get in touch|get back)\b/,
    weight: 0.85,
  },
  { pattern: /\b(?:want|like|need|going|try|trying) to (?:call|phone|ring|text|email) (?:you|the clinic|the office|someone|somebody|a nurse|the nurse|a doctor|the doctor|your|staff)\b/, weight: 0.9 },
  {
    pattern: /\b(?:person|human|someone|somebody|anybody|anyone|nurse|doctor|staff member|receptionist|agent|representative) (?:available|around|on duty|free to talk)\b/,
    weight: 0.85,
  },
  { pattern: /\bwho (?:do|can|should) i (?:call|contact|talk to|speak to|speak with)\b|\bleave a message\b/, weight: 0.85 },
  {
    pattern: new RegExp(`\\b(?:can|could|how do|how can|may) i (?:call|phone|ring|reach|contact|email|message|text) (?:you|the|a|an|your|${PEOPLE})\\b`),
    weight: 0.9,
  },
  { pattern: /\b(?:connect|transfer|put) me (?:to|with|through)\b/, weight: 0.95 },
  { pattern: new RegExp(`\\bcontact (?:a |the )?${PEOPLE}\\b`), weight: 0.85 },
  { pattern: new RegExp(`\\bget me (?:a |an |the )?${PEOPLE}\\b`), weight: 0.95 },
  { pattern: new RegExp(`\\bmessage (?:a |the )?${PEOPLE}\\b`), weight: 0.85 },
];

// ---------------------------------------------------------------- feedback

const ABOUT_BOT = '(?:bot|this|you|it|that|answer|answers|info|information|reply|response|responses|this thing|this chat)';
const VERDICT =
  '(?:useless|pointless|stupid|dumb|sucks|terrible|awful|bad|wrong|incorrect|outdated|out of date|confusing|unhelpful|not helpful|helpful|useful|great|awesome|amazing|excellent|broken|annoying|frustrating|rubbish|garbage|trash|inaccurate|misleading|perfect|irrelevant|unclear|vague|repetitive|incomplete|old|generic|too long|too short|too vague|too complicated|too much|spot on)';
const FEEDBACK_RULES: readonly Rule[] = [
  { pattern: /\b(?:feedback|suggestions?|suggest|complain\w*|complaint|review)\b/, weight: 0.95 },
  { pattern: new RegExp(`^(?:so |really |very |totally |completely )?${VERDICT}$`), weight: 0.9, on: 'core' },
  { pattern: /\b(?:not|is not|was not|are not) (?:very |really |at all )?helpful\b/, weight: 0.9 },
  // "what if it does not help me" asks about the treatment; "that did not help" judges the answer.
  { pattern: /^(?!(?:what|will|would|could|can|does|do|is|if|should|how)\b).*\b(?:did not|does not|do not) (?:help|make sense|answer)\b|\bmakes no sense\b/, weight: 0.9, on: 'core' },
  { pattern: /\b(?:you|bot|it) (?:do not|does not|did not) (?:understand|get)\b/, weight: 0.9 },
  { pattern: /\byou (?:misunderstood|misread|are not listening|never answer|keep)\b/, weight: 0.9 },
  { pattern: /\bnot what i (?:was )?(?:asked|meant|wanted|said|looking for|needed)\b/, weight: 0.95 },
  { pattern: /\b(?:this|the) (?:bot |chat )?(?:is not|does not|did not) work(?:ing)?$/, weight: 0.85 },
  { pattern: /\bthumbs (?:up|down)\b|\b\d stars?\b/, weight: 0.85 },
  { pattern: /^(?:not|no) (?:very |really |that |at all )?(?:useful|helpful|good|great|clear|right|correct|accurate|relevant|help)$/, weight: 0.9, on: 'core' },
  { pattern: /\b(?:you are|you|this is|it is|that is) not (?:helping|working|listening|getting it|understanding|answering)\b/, weight: 0.9 },
  { pattern: /\b(?:bot|you|this|chat|answers?|it) (?:needs|need) (?:work|improvement|improving|fixing|to (?:improve|be better|get better))\b/, weight: 0.9 },
  { pattern: /\breport (?:a |an )?(?:problem|issue|bug|error)\b|\b(?:problem|issue|bug|error|glitch) with (?:the |this |your )?(?:bot|chat|app|website|site|answer)\b/, weight: 0.9 },
  { pattern: /\b(?:leave|give|make|add|post) (?:a |some |my )?(?:comment|comments|rating)\b/, weight: 0.9 },
  { pattern: /\b(?:good|great|nice|bad|poor) (?:job|work)\b|\bwell done\b/, weight: 0.9 },
  { pattern: new RegExp(`\\b(?:great|good|nice|awesome|amazing|helpful|useful|useless|stupid|dumb|bad|terrible|horrible|wrong|incorrect|love|hate) (?:this |the |your )?(?:bot|assistant|app|answers?|info|information|responses?)\\b`), weight: 0.9 },
  { pattern: /\byou (?:should|could) (?:add|include|improve|fix|mention|update)\b/, weight: 0.95 },
  { pattern: /\b(?:keeps?|kept) (?:giving|saying|repeating|sending)\b/, weight: 0.9 },
  { pattern: /\blinks? (?:do not|does not|did not|are not|is not) work|\bbroken links?\b/, weight: 0.9 },
  { pattern: /\byou gave me\b.*\b(?:wrong|incorrect|bad|outdated)\b/, weight: 0.95 },
];

/**
 * "that info is outdated", "your answer was wrong". Only outside questions: "is it bad to drink before
 * treatment" has the same shape but asks about the treatment.
 */
const VERDICT_RULES: readonly Rule[] = [
  { pattern: new RegExp(`\\b${ABOUT_BOT} (?:is|was|are|were|seems|seemed|looks|feels)? ?(?:\\w+ )?${VERDICT}\\b`), weight: 0.9 },
  {
    pattern: new RegExp(`\\b(?:answer|answers|info|information|reply|response|responses|bot|links?)\\b(?: \\w+){0,5} (?:is|was|are|were|seems|seemed|looks|sounds) (?:\\w+ )?${VERDICT}\\b`),
    weight: 0.9,
  },
];
const OPENS_LIKE_A_QUESTION = /^(?:is|are|can|could|does|do|did|will|would|should|what|how|why|when|where|which|if)\b/;

/**
 * A short verdict with no topic of its own: "you suck", "that's not right", "waste of time". Pleasant
 * and unpleasant words alone would catch "is it normal to feel bad", so the message must also point at
 * the bot, the answer or the conversation and must not name a treatment.
 */
const SENTIMENT =
  /\b(?:suck|sucks|sucked|awful|terrible|horrible|useless|pointless|stupid|dumb|idiotic|rubbish|garbage|trash|crap|annoying|annoyed|frustrating|frustrated|disappointed|disappointing|unhappy|not happy|not right|not correct|not accurate|not true|do not like|dislike|hate|waste of time|wasting my time|ridiculous|joke|lame|love|loved|brilliant|fantastic|excellent|great|amazing|awesome|helpful|impressed|wrong|incorrect)\b/;
const AT_THE_BOT = /^(?:you|your|this|that|it|bot|the (?:bot|answer|reply|response|chat|info|information))\b|\b(?:bot|chat|answer|answers|reply|response|you)\b/;

const scoreFeedback: Scorer = (message) => {
  const asksSomething = OPENS_LIKE_A_QUESTION.test(message.core);
  const byRule = Math.max(bestRule(FEEDBACK_RULES, message), asksSomething ? 0 : bestRule(VERDICT_RULES, message));
  const shortVerdict = message.tokens.length <= 8 && !message.namesTreatment && !asksSomething;
  if (shortVerdict && SENTIMENT.test(message.text) && AT_THE_BOT.test(message.core)) return Math.max(byRule, 0.8);
  return byRule;
};

// ---------------------------------------------------------------- all scorers

export const SCORERS: Readonly<Record<Exclude<Intent, 'question'>, Scorer>> = {
  greeting: scoreGreeting,
  help: scoreHelp,
  'first-visit-guide': scoreFirstVisit,
  'eligibility-checklist': scoreEligibility,
  'cost-insurance': scoreCostInsurance,
  booking: (message) => bestRule(BOOKING_RULES, message),
  'hours-location': (message) => bestRule(HOURS_LOCATION_RULES, message),
  'talk-to-person': (message) => bestRule(TALK_TO_PERSON_RULES, message),
  feedback: scoreFeedback,
  cancel: scoreCancel,
  'start-over': scoreStartOver,
  goodbye: scoreGoodbye,
};
