/**
 * Conversation control: messages that are *only* a greeting, a goodbye, a request for the menu, to
 * stop, or to start over. These are recognised by their form (every word belongs to the move's own
 * vocabulary), never by a keyword inside a longer message, so they cannot take a question away from
 * the knowledge base: "hi, how long does a session take" has topic words and goes to the ranking.
 */
import type { DialogId } from './types';

type ControlMove = Extract<DialogId, 'greeting' | 'goodbye' | 'help' | 'cancel' | 'start-over'>;

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

interface Move {
  move: ControlMove;
  /** At least one of these must appear... */
  signal: RegExp;
  /** ...and every word must come from here. */
  vocabulary: ReadonlySet<string>;
}

const FILLER = 'please pls thanks thank you so ok okay just um uh well lol haha can could we i me you would like to want need let lets us the a an this it now again bot';

const MOVES: readonly Move[] = [
  {
    move: 'start-over',
    signal: /\b(?:restart|reset|reboot|start (?:over|again|fresh|afresh|anew)|begin (?:again|over|anew)|from (?:the )?(?:top|beginning|scratch|start)|back to (?:the )?(?:start|beginning)|new (?:chat|conversation)|clean slate)\b/,
    vocabulary: set(`${FILLER} restart reset reboot start begin over again fresh afresh anew from top beginning scratch back go take everything all whole thing chat conversation new clean slate clear very`),
  },
  {
    move: 'cancel',
    signal: /\b(?:cancel|stop|quit|exit|abort|never ?mind|nevermind|forget (?:it|that|about it)|changed my mind|done with this|not interested)\b/,
    vocabulary: set(`${FILLER} cancel stop quit exit abort never mind nevermind forget about that changed my mind done with these questions question checklist guide chat conversation not interested anymore any more no nah`),
  },
  {
    move: 'help',
    signal: /\b(?:help|menu|options|choices|commands|topics|what (?:can|do) you do|what can i ask|how (?:does|do) (?:this|you) work|how do i use (?:this|you)|what is this|who are you|what are you)\b/,
    vocabulary: set(`${FILLER} help menu main options choices commands topics show give list see what can do does how work use ask is are who your my with here something anything else else`),
  },
  {
    move: 'goodbye',
    signal: /\b(?:thanks|thank|thx|ty|bye|goodbye|see you|good night|goodnight|cheers|take care|that is all|thats all|thats it|that is it|all set|all good|no more questions|nothing else|appreciate)\b/,
    vocabulary: set(`${FILLER} thanks thank thx ty bye goodbye see later soon good night goodnight cheers take care that is thats all it set good no more questions nothing else appreciate appreciated it very much lot lots so helpful helped great perfect awesome cool got have nice day evening weekend for now will do yes yeah alright`),
  },
  {
    move: 'greeting',
    signal: /^(?:hi|hello|hey|heya|hiya|helo|hii+|heyy+|yo|howdy|sup|hola|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)\b/,
    vocabulary: set(`${FILLER} hi hello hey heya hiya helo hii hiii heyy heyyy yo howdy sup hola greetings good morning afternoon evening day there everyone anyone anybody someone somebody how are is going doing whats up hows it here new am fine there`),
  },
];

/** The move a message makes when it is nothing but that move; undefined for anything with content. */
export function controlMove(words: readonly string[]): ControlMove | undefined {
  if (words.length === 0 || words.length > 9) return undefined;
  const text = words.join(' ');
  for (const { move, signal, vocabulary } of MOVES) {
    if (!signal.test(text)) continue;
    if (words.every((word) => vocabulary.has(word))) return move;
  }
  return undefined;
}
