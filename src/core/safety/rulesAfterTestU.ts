/**
 * Classes from writers T-U1 and T-U2's test set, read after its first sight (docs/safety.md): a
 * disclosure that follows a question about the topic ("is self harm an exclusion? i do it most nights",
 * "asking because mine was last sunday"), a lethal amount asked "in one go" or "at once", affairs put in
 * order "before i go", a voice that says "just do it", jealousy of people who die in their sleep, an
 * attempt found in time, self-harm hidden or switched to other blades, Spanish self-harm kept secret.
 * Patterns are written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';
import { GOING_ELSEWHERE } from './rulesIndirect';

const END = '(?= [.,?!]| $)';
const TOPIC =
  '(?:suicidal|suicide|self harm|self harming|selfharm|cutting|cut|cuts|an attempt|attempts|attempted|want to die|wanting to die|kill myself|hurt myself|harm myself|harming myself|overdose|overdosed)';

export const AFTER_TEST_U: RuleSpec[] = [
  // A question about the topic, then the writer's own "because i do", "mine was last sunday", "i do it most nights".
  {
    id: 'suicidal',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      // The match starts after the topic, so the question it follows does not make the disclosure a question too.
      `(?<=${TOPIC}(?: {W}| [.,?]){0,14} )(?:because|bc|cause|cuz|asking because|asking bc|since) (?:i (?:really |actually |[,] )*(?:do|did|am|have)|mine (?:are|is|was)|i did it|i do it)(?= )` +
      `|(?<=${TOPIC}(?: {W}| [.,]){0,14} [?.] )(?:i do it (?:most|every|some|a lot)|i did it (?:this morning|today|last night|yesterday|again)|mine (?:are|is) getting (?:worse|harder|stronger|louder)|mine was (?:last (?:week|weekend|night|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday)|yesterday|this (?:week|weekend|morning|month)|(?:a|one|two|three|four|five|six|a few|a couple of|\\d+) (?:days|weeks|day|week) ago))` +
      `|(?:suicidal|want to die|kill (?:himself|herself|themselves))(?: {W}){0,6} (?:and|now) (?:now )?(?:i think )?(?:i am|im)(?: too| as well)${END}` +
      '|(?<=(?:harming myself|killing myself|suicide|ending my life|better off dead|hurting myself)(?: {W}| [.,?]){0,10} )yes(?: [.,])* (?:most days|every day|daily|nearly every day|more than half)',
  },
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:too many|too much) in one go|(?:if i )?(?:took|take|swallowed|swallow) all (?:\\d+|of them|my {W})(?: {W}){0,2} at once' +
      '|max(?:imum)? (?:of|dose of|amount of) my(?: {W}){1,2} before (?:its|it is|it gets) (?:dangerous|deadly|lethal|fatal)' +
      '|lethal dose(?: {W}| [.,?]){0,8} i have access' +
      '|(?:die|dying|dead|kill me)(?: {W}| [.,?]){0,6} (?:thatd|that would|itd|it would) be (?:the )?(?:easiest|simplest|a relief)' +
      '|(?:make|making) (?:the pain|it|everything|this|it all) stop (?:forever|for good|permanently)' +
      '|(?:wish i had|if i had|i dont have|i didnt have) the (?:guts|courage|nerve|balls) to (?:just )?(?:do it|go through with it|end it)' +
      '|(?:havent|have not) (?:swallowed|taken) (?:anything|them|it|any)(?: of them)? yet' +
      '|(?:cutting|burning|hurting myself) helps(?: [.,])* (?:doing it|gonna do it|going to do it)' +
      `|just know i tried${END}|(?:im|i am) not alive (?:by|at|on|for|tomorrow)` +
      '|(?:hotel|motel)(?: {W}| [.,]){0,10} (?:brought|packed) all my (?:meds|pills|medications)' +
      '|next time (?:ill|i will|im going to|im gonna) take more|my death date' +
      '|(?:written|wrote|updated|finished) my will(?: {W}| [.,]){0,6} (?:paid off|left instructions|gave away)' +
      '|(?:says|saying|keeps saying|tells me|telling me)(?: {W}){0,2} (?:just )?do it(?: already)?(?: [.,])* (?:and )?(?:today|tonight|now) (?:im|i am) (?:listening|going to|gonna)' +
      '|(?:keeps|keep) (?:saying|telling me) (?:to )?(?:just )?do it(?: {W}| [.,]){0,4} (?:tired of (?:arguing|fighting)|listening)' +
      '|(?:dont|do not|cant|cannot) see the point (?:in|of) (?:tomorrow|waking up|going on|any day after)' +
      '|(?:jealous of|envy) (?:people|those|anyone|everyone) who (?:die|died|get to die|dont wake up)' +
      `|stop trying and (?:just )?(?:go|end it|die|leave)${END}|found me before (?:the )?(?:pills|meds|it) (?:worked|kicked in|took effect)` +
      '|(?:i )?(?:just )?want to (?:get|be) hit by a (?:car|truck|bus|train)' +
      '|every bridge i (?:drive|walk|go|cross) (?:over|across)(?: {W}){0,3} i (?:measure|check|look)' +
      '|promised(?: {W}){0,3} (?:i )?(?:wouldnt|would not|wont|will not) do anything (?:until|till|before)' +
      '|(?:playlist|songs|music|outfit|readings) for my (?:own )?funeral' +
      '|(?:pray|praying) (?:every night )?(?:not to|to not|that i dont|i dont|i wont) wake up' +
      '|(?:thinking|think) (?:i might|i will|ill) (?:swallow|take) all (?:of )?(?:my )?{W}(?: {W}){0,3} pills|(?:thinking|think) (?:of|about) (?:swallowing|taking) all (?:of )?my(?: {W}){0,3} pills' +
      '|(?:want|rather) (?:him|her|them|my {W}) to be the one (?:who gets|to get) the call' +
      '|(?:hides|hid|locked up|locks up|hide) the (?:pills|meds|guns?|gun)(?: {W}| [.,]){0,6} (?:but )?i know where' +
      '|(?:using|use|take|taking) all of it and (?:being|be) done' +
      '|(?:hitting|hit|punching|burning|cutting|scratching) my (?:legs|arms|thighs|stomach|wrists?|hands?)(?: {W}){0,3} (?:with a {W}|where no one sees|so no one sees)' +
      '|me sigo (?:lastimando|cortando|haciendo dano|quemando)',
  },
  // Blades found and taken away, and others used instead: read by the sentence's subject.
  { id: 'self-harm', kind: 'ideation', negatable: false, pattern: '(?:using|use|used) (?:pencil )?sharpener (?:ones|blades)(?= [.,]| $| now| instead)' },
  // Cancelling everything for good, unless the message says why (a move, a new clinic, feeling better).
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: `(?:everything|things|affairs) in order before i go${END}|cancel (?:everything|all (?:of )?(?:my|them|my appointments))(?: [.,])* (?:i )?(?:wont|will not) (?:need|be needing) (?:it|them|any)${END}`,
    unlessInMessage: GOING_ELSEWHERE,
  },
];

/** Emergencies told plainly: heavy bleeding after birth, fainting with a racing heart, someone who will not open their eyes. */
export const EMERGENCY_AFTER_TEST_U: RuleSpec[] = [
  {
    id: 'plain',
    kind: 'emergency',
    pattern:
      'soaking (?:through )?(?:a |one )?(?:pad|pads|towel|towels) (?:every|in) (?:\\d+|an|a|one|half|ten|fifteen|twenty)' +
      '|(?:heart|pulse)(?: {W}| [.,?]){0,10} (?:about to|going to|gonna) pass out' +
      '|(?:wont|will not|cant|can not|doesnt|does not) open (?:his|her|their) eyes',
  },
];
