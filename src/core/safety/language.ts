/**
 * Whether a message is written in Spanish, so a crisis reply can be too. Function words only: a
 * Spanish message has several, an English one almost none ("no" and "me" are in both, so they don't count).
 */
const SPANISH = new Set(
  `que de la el los las y en por para con sin una uno unos unas mi mis tu su ya esto esta este eso estoy estas esta soy eres es
  quiero puedo tengo tienes hay pero porque cuando donde como muy mas nada nadie todo todos todas gracias vida morir muerte
  hoy manana noche ayuda adios solo sola siento nunca siempre despues antes hijo hija mama papa aqui ahora cita`.split(/\s+/).filter(Boolean),
);
const ENGLISH = new Set(
  `the and to of i you my is it that this in for with was are be have just want dont cant im what how can will would not
  about at so do get like feel know think its your me they he she we or but if`.split(/\s+/).filter(Boolean),
);

/** `tokens`: the message's words, folded (lower case, no accents). */
export function isSpanish(tokens: readonly string[]): boolean {
  let spanish = 0;
  let english = 0;
  for (const token of tokens) {
    if (SPANISH.has(token)) spanish++;
    else if (ENGLISH.has(token)) english++;
  }
  return spanish >= 2 && spanish > english;
}
