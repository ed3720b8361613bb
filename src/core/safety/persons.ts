/**
 * Words that say who a sentence is about. The classifier uses them to tell "i want to die"
 * (crisis) from "my son wants to die" (other-at-risk) and "why do people want to die"
 * (mention); the lexicon uses them so spelling repair never turns "son" into "soon".
 */
export type Person = 'first' | 'third' | 'generic';

/** People the writer may be worried about. Plural and possessive forms included ("my sons room"). */
export const RELATIONS: readonly string[] = [
  'son', 'sons', 'daughter', 'daughters', 'kid', 'kids', 'child', 'children', 'wife', 'wifes', 'husband', 'husbands', 'partner', 'partners', 'boyfriend',
  'boyfriends', 'girlfriend', 'girlfriends', 'bf', 'gf', 'fiance', 'fiancee', 'spouse', 'mom', 'moms', 'mother', 'mothers', 'mum', 'mommy', 'mama', 'dad',
  'dads', 'father', 'fathers', 'daddy', 'papa', 'parent', 'parents', 'brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings', 'friend', 'friends',
  'bestie', 'bff', 'roommate', 'roomate', 'cousin', 'aunt', 'uncle', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'granny', 'nephew', 'niece',
  'teen', 'teenager', 'patient', 'pt', 'client', 'student', 'coworker', 'colleague', 'neighbor', 'neighbour', 'boss', 'stepson', 'stepdaughter', 'stepmom',
  'stepdad', 'stepmother', 'stepfather', 'buddy', 'mate', 'relative', 'veteran', 'classmate', 'kiddo', 'toddler', 'baby', 'grandson', 'granddaughter',
  'ex', 'hijo', 'hija', 'esposo', 'esposa', 'madre', 'padre', 'hermano', 'hermana', 'amigo', 'amiga', 'novio', 'novia', 'pareja', 'abuelo', 'abuela',
  'primo', 'prima', 'tio', 'tia', 'teacher', 'member', 'loved', 'girl', 'girls', 'boy', 'boys', 'guy', 'dude', 'lady', 'teammate',
  'bfs', 'gfs', 'employee', 'employees', 'player', 'players', 'twin', 'students', 'coworkers', 'colleagues', 'grandkid', 'grandchild', 'hubby', 'alumno', 'alumna',
  'alumnos', 'estudiante', 'paciente', 'sobrino', 'sobrina', 'nieto', 'nieta', 'suegra', 'suegro', 'cunado', 'cunada', 'companero', 'companera',
  'roomie', 'roomies', 'resident', 'residents', 'customer', 'senior', 'seniors',
];
const FIRST = ['i', 'im', 'ive', 'id', 'ill', 'me', 'myself', 'my', 'mine', 'we', 'us', 'ourselves', 'yo'];
const THIRD = [
  'he', 'she', 'hes', 'shes', 'hed', 'shed', 'him', 'his', 'her', 'hers', 'himself', 'herself', 'they', 'theyre', 'theyd', 'theyve', 'theyll', 'them',
  'their', 'themselves', 'themself', 'el', 'ella', 'ellos', 'ellas',
];
const GENERIC = [
  'you', 'youre', 'youve', 'youd', 'youll', 'your', 'yourself', 'yourselves', 'u', 'people', 'someone', 'somebody', 'anyone', 'anybody', 'everyone',
  'everybody', 'nobody', 'person', 'patients', 'folks', 'oneself', 'others', 'individuals', 'humans', 'users', 'alguien', 'nadie', 'gente', 'adults', 'teens',
  'teenagers', 'clients', 'men', 'women', 'persons', 'those',
];

const FIRST_SET: ReadonlySet<string> = new Set(FIRST);
const THIRD_SET: ReadonlySet<string> = new Set([...THIRD, ...RELATIONS]);
const GENERIC_SET: ReadonlySet<string> = new Set(GENERIC);

export const PERSON_WORDS: readonly string[] = [...FIRST, ...THIRD, ...GENERIC, ...RELATIONS];

export function personOf(token: string): Person | undefined {
  if (FIRST_SET.has(token)) return 'first';
  if (THIRD_SET.has(token)) return 'third';
  if (GENERIC_SET.has(token)) return 'generic';
  return undefined;
}

export function isRelation(token: string): boolean {
  return THIRD_SET.has(token) && !THIRD.includes(token);
}
