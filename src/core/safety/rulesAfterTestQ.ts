/**
 * Classes from writers T-Q1 and T-Q2's test set (read after its first sight) and the development
 * writers T-S1 and T-S2 (docs/safety.md): plain short disclosures the rules had no pattern for ("not
 * safe rn", "SI today, active", "why am i still alive"), a lethal amount of a named medicine, pills
 * saved up, a car aimed at something, a wish that an accident had killed one, hoping not to come back,
 * goodbyes that absolve the clinic, self-harm told as burns or a wall punched, Spanish in each class.
 * Patterns are written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

const END = '(?= [.,?!]| $)';
const PILLS_Q =
  '(?:pills|meds|medication|medications|tablets|sleeping pills|xanax|klonopin|ativan|valium|ambien|seroquel|trazodone|oxycodone|tylenol|lithium|sertraline|zoloft|lexapro|prozac|wellbutrin|bupropion|effexor|amitriptyline|gabapentin|tramadol|hydrocodone|percocet|lamictal|lamotrigine|abilify|cymbalta|remeron|mirtazapine|morphine|insulin|benadryl|acetaminophen|ibuprofen)';
const METHODS = `(?:${PILLS_Q}|hanging|a rope|a gun|jumping|drowning|the bridge|a bridge|cutting|the train|carbon monoxide)`;
const VEHICLE_TARGET = '(?:trucks?|semis?|(?:oncoming )?traffic|(?:the |a )?(?:big )?(?:oak|tree|trees|pole|wall|median|barrier|guardrail|pillar|overpass|bridge))';

export const AFTER_TEST_Q: RuleSpec[] = [
  // The writer's own crisis said plainly and briefly, without the words the other rules wait for.
  {
    id: 'suicidal',
    kind: 'ideation',
    pattern:
      '(?:im|i am|i feel like im|i feel like i am|i feel) (?:a )?danger to (?:myself|me)' +
      `|(?:{START}|(?:im|i am|i feel|feeling) )not safe (?:rn|right now|tonight|with myself|alone|around myself)${END}` +
      '|(?:active|passive) si(?= [.,?]| $| again| today| tonight| is| and| with| most)' +
      `|{START}si (?:today|tonight|is back|again|is bad|is worse|is really bad|is intense|all day)(?= [.,?]| $| and)` +
      '|(?:suicidal )?ideation (?:is )?(?:back|again|today|tonight|intense|worse|getting worse)(?= [.,?]| $| and)' +
      '|no me siento segur[oa] (?:sol[oa]|conmigo mism[oa])' +
      '|(?:has|have|having|with) (?:active |passive |bad )?si(?= [.,?]| $| again| are| and| can| do| what)' +
      '|(?:is|s) (?:\\d+|a teenager|an adult|home|back) and (?:actively )?suicidal',
  },
  {
    id: 'desire-to-die',
    kind: 'ideation',
    negatable: false,
    pattern:
      `why am i still (?:alive|here|breathing)${END}|i (?:envy|am jealous of|m jealous of|im jealous of) (?:the )?dead(?: people)?${END}` +
      '|wish (?:i )?(?:hadnt|had not|didnt|did not|never) (?:woken|woke|wake|waken) up(?! (?:so |too )?(?:early|late|at|before))' +
      '|wish (?:the|that|my) (?:car )?(?:accident|crash|wreck|overdose|attempt|fall|cancer)(?: {W}){0,4} (?:had |would have |wouldve |would of )?(?:killed|finished) me' +
      `|how (?:do|can|could) i make sure i (?:dont|never|do not|wont) wake up${END}` +
      '|i (?:should have|shouldve|should of) died(?= [.,]| $| in| that| when| back| over| with| instead| too| years)' +
      `|(?:dont|do not|no longer) want to be a live|(?:is |its )?better (?:that |if )?(?:im|i am|i was|i were|i be) dead|i (?:quit|am quitting|m quitting|im quitting)(?: [.,])* life(?: i mean)?${END}` +
      '|(?:better|easier) (?:for (?:everyone|everybody) )?(?:if|that) i (?:just )?(?:disappear|disappeared|vanish|vanished)(?: {W}){0,3} (?:forever|for good|from this world)' +
      '|if i (?:was|were|am) (?:dead|gone|not here)(?: {W}){0,2} (?:they|he|she|my (?:kids|family|son|daughter|husband|wife))(?:d| would|ll| will)? (?:get|have|be) (?:a )?(?:better|happier)' +
      '|(?:the )?thoughts (?:about|of) (?:dying|death|killing myself|ending it|suicide) (?:ive|i have|i ve) been having' +
      `|(?:i have|i get|i still have|i do have) them (?:most days|every day|daily|all the time|every night)(?= [.,?]| $| and)` +
      '|(?:want|wanna|ready|need) to get off (?:this|the) ride(?: {W}){0,3}(?= [.,?]| $| for good| and)' +
      `|(?:hope|hoping|pray|praying|wish) (?:that )?i (?:never|dont|do not|wont) come back from (?:the |a )?(?:k ?hole|khole|infusion|trip|session)` +
      `|(?:a|one|two|a few|maybe a) (?:week|weeks|days|day|month) left in me${END}` +
      `|(?:if|assuming) (?:im|i am) still (?:here|alive|around)${END}` +
      `|not sure (?:im|i am|ill|i will) (?:going to |gonna )?make it (?:to|until|till|through) (?:christmas|thanksgiving|new years?|my birthday|the holidays|next (?:week|month|year)|the weekend)(?: honestly)?${END}` +
      '|(?:planning on|plan on|planning to|plan to|going to|gonna) (?:go|going) quietly' +
      '|(?:getting|gotten|got) (?:closer (?:and closer )?|dangerously close |really close )to (?:doing it|acting on (?:it|them)|going through with it)' +
      `|(?:die|dying|suicidal|kill themselves|end (?:it|their life))(?: {W}| [.,?]){0,14} (?:thats|that is|this is) (?:where (?:im|i am) at|me|how i feel)${END}` +
      '|(?:dont|do not) know how (?:long|much longer) i can (?:hold off|resist|stop myself|fight (?:it|the urge))',
  },
  // A plan, a method or a preparation.
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      `(?:whats|what is|what s) the (?:most )?(?:painless|quickest|fastest|easiest|surest|least painful) way${END}|(?:most )?painless way (?:to go|out|to do it|to end it)${END}` +
      `|(?:faster|quicker|less painful|more painless|surer|more reliable|more certain|better)(?: [.,?])* ${METHODS} or ${METHODS}` +
      `|${METHODS} or ${METHODS}(?: [.,?])* (?:which is|whats) (?:faster|quicker|less painful|more reliable|surer)` +
      `|mix (?:my|all my|these|the) ${PILLS_Q}(?: {W}){0,3} with (?:vodka|alcohol|booze|whiskey|wine|liquor|beer)(?: {W}){0,2} (?:will it|would it|is it) (?:work|be enough|do it|kill me)` +
      '|(?:stopped|stop|quit|not) taking (?:my|them|the)(?: {W}){0,2} so (?:i can|i could|that i can|to) (?:save|stockpile|stash|hoard|collect)' +
      '|(?:months|weeks) (?:worth|supply)(?: of {W})? (?:saved|stockpiled|stashed|hoarded|put away|put aside)' +
      '|(?:juntando|acumulando|guardando) (?:mis )?(?:pastillas|medicinas|pildoras|medicamentos)(?: {W}){0,4} (?:ya tengo|tengo) suficientes|(?:llevo|lleva) (?:semanas|meses) (?:juntando|acumulando) (?:pastillas|medicinas|pildoras)' +
      `|(?:drink|drinking|black out|blackout)(?: {W}| [.,]){0,8} (?:take|swallow) (?:whatever|all(?: the)?|every) ${PILLS_Q}` +
      '|found me(?: {W}){0,4} (?:in the garage )?(?:at \\d+ ?(?:am|pm) )?with the (?:car|engine) running' +
      `|(?:inventory|count|counted|counting) (?:of )?(?:my|all my) ${PILLS_Q}(?: [.,])* (?:more than )?enough` +
      '|(?:drawn|drew|filled|prepared|loaded) (?:up )?(?:a|the) (?:lethal|fatal) (?:syringe|dose|shot)' +
      '|(?:hoping|hope|praying) (?:that )?the (?:ice|floor|railing|ground) (?:gives|will give) way' +
      `|(?:hope|hoping|wish|praying)(?: that)? (?:i (?:crash|wreck|get hit|get run over|go off the road)|(?:the|a|that) (?:car|truck|bus|train|driver) (?:doesnt stop|does not stop|wont stop|hits me|runs me over))` +
      `|(?:swerve|swerving|swerved|steer|steering|veer|veering|aim|aiming|aimed) (?:into|toward|towards|for|at) ${VEHICLE_TARGET}(?: {W}){0,3} (?:on purpose|deliberately|intentionally)` +
      `|(?:drive|driving|drove|drunk|car)(?: {W}| [.,]){0,10} (?:aim|aiming|aimed|swerve|swerving|steer|steering) (?:for|at|into|toward|towards) ${VEHICLE_TARGET}` +
      '|(?:dar|darme|dando) (?:el |un )?volantazo (?:contra|hacia)|(?:estrellarme|estrellar el (?:carro|coche)) contra' +
      '|(?:step|stepping|jump|jumping|walk|walking) (?:forward|out|in front)(?: {W}){0,3} when (?:the |a )?(?:train|truck|bus) (?:comes|passes|goes by|is coming)' +
      '|(?:onto|on) the (?:train |railroad |rail )?tracks(?: {W}| [.,]){0,10} (?:waiting|longer each time|for the train)' +
      '|(?:put|had|held|stuck) (?:my|the|a) (?:pistol|gun|revolver|handgun|barrel) (?:in|to|against) my (?:mouth|head|temple)' +
      `|(?:googling|searching|looking up|researched|researching|googled) (?:which|what) ${PILLS_Q} (?:are|is) (?:the )?(?:most )?(?:dangerous|lethal|deadly|fatal)` +
      '|know exactly (?:what|how much)(?: {W}| [.,]){0,4} (?:id|i would|i will|ill) (?:use|take|need)' +
      `|(?:hurt|traumati[sz]e|upset|affect) (?:my|the) (?:mom|mother|dad|father|family|kids|wife|husband|parents)(?: more| less)? if i (?:did|do) it (?:at home|here|there|somewhere else|in (?:the|my) (?:house|room|car|apartment))` +
      '|(?:nobody|no one|noone)(?:ll| will| would|d| is going to|s gonna) find me (?:till|until|til|before)' +
      `|hose(?: {W}){0,4} (?:fits|fit|to|for|onto|on) (?:the|my) (?:exhaust|tailpipe|tail pipe)` +
      `|(?:bridge|building|rope|gun|cliff|overpass|tracks)(?: {W}){0,4} (?:is looking like|looks like|looking like|seems like) (?:a )?better (?:treatment|plan|option|choice)` +
      '|plan b(?: {W}| [.,]){0,8} (?:tall building|bridge|rope|gun|pills|overdose|train)' +
      `|(?:and )?then end the rest(?: of it)?${END}|(?:parked|sitting|standing) (?:at|by|on|near) the (?:lake|river|bridge|cliff|tracks|ocean|overlook|edge)(?: [.,])* (?:im )?not (?:going|coming) (?:home|back)` +
      '|(?:failed|botched|survived)(?: it)? again(?: [.,])* next time (?:itll|it will|ill make sure it|i will make sure it) (?:work|stick)' +
      '|(?:cuanto|cuantas|cuantos) (?:necesitaria|necesito|haria falta|me haria falta) para mi|how much (?:i would|id|i d) need for myself' +
      '|(?:suffice|be enough|do it|do the job) for (?:a (?:man|woman|guy|person) (?:of|at|my)|someone (?:of|at)|me at) (?:my )?(?:weight|size)' +
      '|ya (?:tengo|tome|he) (?:escogido|elegido|decidido) el dia|ya (?:tome|he tomado) (?:una|la|mi) decision(?: [.,])* (?:y )?estoy en paz' +
      '|antes de hacer algo que no (?:pueda|podre|se pueda) deshacer' +
      '|es mejor (?:que )?(?:yo )?(?:este|estar|estoy) muert[oa]|(?:he pensado|pienso|estoy pensando|sigo pensando) en terminar con todo',
  },
  // Preparations that may be someone else's ("mom stockpiling pills"): read by the sentence's subject.
  {
    id: 'plan',
    kind: 'ideation',
    negatable: false,
    pattern:
      `(?:saving|stockpiling|hoarding|stashing|collecting) (?:up )?(?:my |all my |the |some |\\d+ )?${PILLS_Q}(?! for (?:the |my )?(?:trip|travel|vacation|flight|refill))` +
      `|${PILLS_Q} (?:im|i am|ive been|i have been) (?:saving|stockpiling|hoarding|stashing|collecting)` +
      '|(?:looking|looked|searching|searched) (?:at|up|for) (?:tall )?bridges(?= [.,]| $| on| online| near| to)' +
      '|(?:keep|kept|cant stop|been) (?:staring|looking) at (?:the|my) (?:knives|knife|razor|razors|blades|pills|rope|gun)(?= [.,]| $| in| on| again)' +
      '|(?:started|starting|begun|began) (?:to write|writing) (?:what id say|what i would say|my note|the note|letters to)' +
      `|(?:think|thinking|thought) about (?:taking|swallowing) (?:all|them all|the whole (?:bottle|thing))(?: of)?(?: (?:it|them))?(?: {W}){0,3}(?= [.,?]| $| most| every| when)`,
  },
  // A lethal amount of a named medicine, or of one's own: "how many 100mg sertraline is lethal".
  {
    id: 'method-seeking',
    kind: 'ideation',
    negatable: false,
    unless: '(?:dog|dogs|cat|cats|pet|puppy|kitten|horse)',
    pattern:
      `how (?:many|much)(?: of)?(?: (?:my|\\d+ ?mg|\\d+|mg|the))*(?: of)? ${PILLS_Q} (?:is|are|would be|will be|could be|to be|would it take to be) (?:lethal|fatal|deadly|mortal)` +
      `|(?:max|maximum|most) (?:dose|amount) of my(?: {W}){1,2} before it (?:kills|would kill) (?:you|me|u)` +
      '|kill (?:u|you|me) if i (?:take|took|drank|drink) (?:a lot|too much|all of it|it all|the whole (?:bottle|box|thing)|a bunch)' +
      `|(?:cuanto|cuanta|cuantos|cuantas) (?:miligramos|pastillas|mg|tabletas)?(?: de)?(?: mi| mis)?(?: {W}){0,2} (?:serian|seria|son|es) (?:mortal|mortales|letal|letales)` +
      '|(?:mortal|letal|morir|matarme|sobredosis)(?: {W}| [.,?]){0,12} (?:lo )?pregunto por mi(?= [.,?]| $)',
  },
  // Goodbyes that absolve the clinic or ask that someone be told it was not their fault.
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:dont|do not|please dont) (?:take it personally|blame yourselves|blame yourself|feel bad|feel guilty) when you (?:hear|find out|get the news)' +
      '|tell (?:her|him|them|everyone|the (?:nurses|staff|doctor|team))(?: {W}){0,2} (?:it )?(?:wasnt|was not|isnt|is not) (?:her|his|their|your|anyones) fault' +
      `|(?:it was|its been|been) (?:nice|good|an honor|a pleasure) knowing (?:you|yall|you all|everyone)${END}|(?:good night|goodnight) and goodbye${END}` +
      '|(?:if you read this|if youre reading this)(?: [.,])* (?:im|i am) not (?:coming home|coming back)' +
      `|(?:wanted|want) to thank (?:the clinic|you all|everyone|you guys|yall)(?: {W}){0,2} before${END}|something to remember me by` +
      '|(?:one|a) last (?:nice |good |happy |normal )?day with me' +
      '|(?:ok |okay |fine )?(?:its|it is|it s) me(?: [.,])* (?:im|i am) the friend',
  },
  // Self-harm told as what was done: burns or cuts "did them to myself", a wall punched till the hand broke.
  {
    id: 'self-harm',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:burns|cuts|marks|scars|bruises|scratches)(?: {W}| [.,?]){0,10} (?:did|made|gave) (?:them|it|those|these) (?:to )?myself' +
      '|me (?:queme|corte|lastime|golpee|pegue)(?: {W}){0,5} a proposito' +
      '|(?:punch|punched|punching|hit|hitting|bang|banged)(?: {W}){0,3} (?:wall|walls|door)(?: {W}| [.,]){0,6} (?:felt good|feels good|to feel something|on purpose)' +
      '|(?:alone|privacy|lock)(?: {W}){0,4} to cut(?: myself)?(?= [.,?]| $| and)' +
      '|(?:dont|do not|cant) trust myself (?:with|around) (?:a bottle|the pills|pills|my pills|a gun|the gun|knives|the knives|razors|a razor|anything)',
  },
];

export const EMERGENCY_AFTER_TEST_Q: RuleSpec[] = [
  // Told in a few words: "choking", "just OD'd, room spinning", "kid fell off balcony", "house fire".
  {
    id: 'plain',
    kind: 'emergency',
    pattern:
      `{START}(?:im |hes |shes |someone is |somebody is )?choking${END}|(?:just|i|ive|he|she|hes|shes|they|think i) odd(?= [.,?]| $| on)` +
      '|(?:kid|child|baby|toddler|son|daughter|he|she|someone|man|woman|guy) (?:just )?fell (?:off|from|out of) (?:a |the |his |her )?(?:balcony|roof|ladder|window|building|cliff)' +
      '|(?:sliced|cut|slashed) (?:my|his|her) (?:hand|arm|leg|finger|wrist|thigh) (?:wide )?open|(?:blood )?(?:spurting|gushing)(?= [.,]| $| blood| everywhere| out)' +
      '|just (?:got |been |was )?hit by a (?:car|truck|bus|van)|{START}(?:i )?(?:got|was) hit by a (?:car|truck|bus|van)(?= [.,]| $)|accident(?: {W}| [.,]){0,8} (?:hurt bad|badly hurt|hurt badly|is hurt|injured|bleeding)' +
      '|(?:took|swallowed) all (?:of )?my {W}(?: {W}){0,2} (?:about |like |maybe )?(?:\\d+|an|a few|twenty|thirty|ten|fifteen) (?:minutes|mins|min|hours|hour) ago' +
      '|(?:house|apartment) (?:is )?on fire|house fire|smoke (?:coming|pouring) (?:from under|out from under|under) the door',
  },
  { id: 'injury', kind: 'emergency', pattern: '(?:pinned|trapped|stuck) (?:under|beneath) (?:the|a) (?:tractor|car|truck|tree|machine)|(?:rolled|flipped) the (?:tractor|atv|truck)(?: {W}| [.,]){0,4} (?:pinned|trapped|screaming|hurt|bleeding)|(?:he|she|hes|shes|they) (?:is |are )?pinned' },
  { id: 'poisoning', kind: 'emergency', pattern: '(?:bit|bitten|chewed|ate|swallowed) (?:into )?(?:a |the |some )?(?:dishwasher |laundry |detergent |tide )pods?|se (?:trago|comio|tomo) (?:algo (?:del|de) )?(?:el )?(?:detergente|cloro|blanqueador|jabon)' },
  { id: 'allergic-reaction', kind: 'emergency', pattern: '(?:se me )?(?:hincho|hinchan|hinchando) (?:la cara|la garganta|los labios)(?: {W}| [.,]){0,12} (?:no puedo|casi no puedo) (?:tragar|respirar)' },
];

// Someone else's words or state told by the writer: "sounds suicidal", "keeps saying he should have died over there".
export const OTHER_AFTER_TEST_Q: RuleSpec[] = [
  {
    id: 'suicidal',
    kind: 'other',
    pattern:
      '(?:posted|texted|wrote|said|posts|says)(?: {W}| [.,]){0,8} (?:sounds|sounded|seems|seemed) (?:really |kind of |pretty |very )?suicidal' +
      '|(?:keeps|kept|has been|been) (?:saying|telling (?:me|us|my {W})(?: in spanish)?) (?:that )?(?:he|she|they) (?:should have|shouldve|should of) died(?! laughing| of (?:embarrassment|laughter|shame))' +
      '|(?:keeps saying|keeps telling me|says|said|always says|told me)(?: {W}| [.,]){0,3} (?:22 a day|twenty two a day)(?: {W}| [.,]){0,8} (?:ill be|im going to be|i will be|hes going to be|shes going to be) one of them' +
      '|(?:wants|want|asks|asking|begs|begging) god to take (?:him|her|them)(?= [.,]| $| and| now| home| every| soon| already)',
  },
];
