/**
 * Words without which the learned layer may not raise an alarm. The models score word pairs; on
 * text unlike anything they learned from (film reviews, phone calls, cooking questions) those
 * scores are noise, and a classifier that alarms on noise teaches people to ignore the alarm.
 * Every crisis phrasing the models add to the rules speaks of dying, ending, leaving, harming,
 * means, or being a burden or alone; so a message with none of these words is left to the rules.
 * Words as the safety normaliser spells them (normalize.ts).
 */
export const RISK_CUES: ReadonlySet<string> = new Set(
  `die dies died dying dead death deaths kill killing killed suicide suicidal unalive kms kys life lives live living alive
  exist existing existence end ending ended over gone goodbye goodbyes bye farewell final last note notes letter letters pills
  pill meds medication medications bottle overdose overdosed rope noose gun guns bridge jump jumping cut cutting cuts blade
  razor hurt hurting harm harming pain burden hopeless worthless pointless anymore sleep asleep wake waking tired done quit
  escape disappear vanish world better without miss funeral plan planned tonight forever peace heaven sorry goodnight burn
  burning bleed bleeding blood starve starving punish punishment deserve empty nothing nobody alone lonely hate myself
  dy dye sh wall wheel crash knot neck garage woods wounds carved welcome relieved responsible affairs loose ends
  morir morirme muerte matarme vivir viviendo vida adios suicidarme desaparecer pastillas cortarme cortando fuerzas seguir
  despedi despedir despedirme acabe acabar chocar pensado planeado saltar puente pistola despertar perdon regale irme
  cremation countdown ghost burns insulin passwords despedida despide carta cuerda azotea cortar viver acordar sumir bilhete regalando`.split(/\s+/).filter(Boolean),
);

export function hasRiskCue(tokens: readonly string[]): boolean {
  for (const token of tokens) if (RISK_CUES.has(token)) return true;
  return false;
}

/**
 * Words of a body in trouble: without one of these (or a risk cue) the model needs near certainty
 * to call an emergency. Trained on terse emergencies ("took all of them 20 min ago"), it otherwise
 * called "the acting is terrible, and the writing is worse" one.
 */
export const EMERGENCY_CUES: ReadonlySet<string> = new Set(
  `took take taken swallowed swallow ate drank injected overdose overdosed od breathe breathing breath air choking choke
  unconscious unresponsive conscious awake wake seizure seizing convulsing shaking collapsed passed fainted faint dizzy
  blood bleeding bleed cut stabbed shot chest heart racing pounding pain hurt hurts injured accident crash crashed fell
  fall broken bone head lips blue purple grey gray pale cold vomiting throwing puking foam allergic swelling swollen hives
  throat tongue stroke numb slurred drooping 911 ambulance er hospital help poison poisoned bleach pills pill meds tylenol
  mg bottle bottles minutes min mins ago now sangre sangrando respirar respira pastillas sobredosis convulsiones desmayo
  desmayado inconsciente ambulancia pecho corazon golpe accidente veneno morado morados`.split(/\s+/).filter(Boolean),
);

export function hasEmergencyCue(tokens: readonly string[]): boolean {
  for (const token of tokens) if (EMERGENCY_CUES.has(token) || RISK_CUES.has(token)) return true;
  return false;
}
