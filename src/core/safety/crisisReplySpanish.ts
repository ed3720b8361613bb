import type { ClinicProfile } from '../clinic/schema';
import type { Contact, Reply } from '../reply';
import { clinicDialNumber, type ClinicContext, type UrgentLevel } from './crisisReply';
import { dialDigits, type CrisisLine, type CrisisResources } from './resources';

/**
 * The urgent replies in Spanish, for a message written in Spanish. Same numbers as the English
 * replies, from the country's data file; where the country has a line for Spanish speakers (US:
 * 988, press 2, or text AYUDA to 988) it comes first. Safe-messaging rules as in crisisReply.ts.
 */

const AUTOMATED_NOTE = 'Soy un asistente automatizado, no un profesional clínico.';

/** "llama al 988, marca 2", "envía AYUDA al 988", "llama o envía un mensaje al 988". */
function accion(line: CrisisLine, sms: boolean): string {
  const num = (n: string) => (sms ? dialDigits(n) : n);
  const parts: string[] = [];
  if (line.call && line.text && !line.text.body && !line.call_note && dialDigits(line.call) === dialDigits(line.text.number)) {
    return `llama o envía un mensaje de texto al ${num(line.call)}`;
  }
  if (line.call) parts.push(`llama al ${num(line.call)}${line.call_note === 'then press 2' ? ' y marca 2 (español)' : line.call_note === 'then press 1' ? ' y marca 1' : ''}`);
  if (line.text) parts.push(line.text.body ? `envía ${line.text.body} al ${num(line.text.number)}` : `envía un mensaje de texto al ${num(line.text.number)}`);
  if (parts.length === 0 && (line.web_url ?? line.chat_url)) parts.push(`visita ${line.web_url ?? line.chat_url}`);
  return parts.join(' o ');
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function linesFor(resources: CrisisResources): CrisisLine[] {
  const spanish = resources.lines.filter((line) => line.language === 'es');
  return [...spanish, ...resources.lines.filter((line) => line.primary && !spanish.some((s) => dialDigits(s.call ?? '') === dialDigits(line.call ?? '-')))];
}

function contactsFor(lines: readonly CrisisLine[], resources: CrisisResources): Contact[] {
  const contacts: Contact[] = [];
  for (const line of lines) {
    if (line.call && !line.call_note) contacts.push({ label: `Llamar al ${line.call}`, kind: 'call', number: dialDigits(line.call) });
    if (line.text) contacts.push({ label: line.text.body ? `Enviar ${line.text.body} al ${line.text.number}` : `Mensaje al ${line.text.number}`, kind: 'text', number: dialDigits(line.text.number), ...(line.text.body ? { body: line.text.body } : {}) });
  }
  if (resources.emergency.number) contacts.push({ label: `Llamar al ${resources.emergency.number}`, kind: 'call', number: dialDigits(resources.emergency.number) });
  return contacts;
}

function emergencia(resources: CrisisResources): string {
  return resources.emergency.number ? `llama al ${resources.emergency.label}` : 'llama al número de emergencias de tu país';
}

function clinica(clinic: ClinicProfile, { clinicOpenNow }: ClinicContext): string {
  return `${clinic.name}: ${clinicDialNumber(clinic)} (${clinicOpenNow ? 'abierto ahora' : 'cerrado ahora'}).`;
}

export function crisisReplySpanish(level: UrgentLevel, resources: CrisisResources, clinic: ClinicProfile, context: ClinicContext): Reply {
  const lines = linesFor(resources);
  const lineText = (sms: boolean) => lines.map((line) => `${capital(accion(line, sms))}${line.hours === '24/7' ? ' (24/7)' : ''}.`);
  const contacts = contactsFor(lines, resources);
  if (level === 'emergency') {
    return {
      style: 'crisis',
      title: `${capital(emergencia(resources))} ahora`,
      text: [`**${capital(emergencia(resources))} ahora.** Esto parece una emergencia, y los servicios de emergencia pueden ayudar más rápido.`, `Después, avisa a ${clinica(clinic, context)}`, AUTOMATED_NOTE].join('\n\n'),
      smsText: `${capital(emergencia(resources))} ahora. ${clinica(clinic, context)}`,
      contacts: [...contacts.slice(-1), ...contacts.slice(0, -1)],
    };
  }
  if (level === 'other-at-risk') {
    return {
      style: 'crisis',
      title: 'Cómo ayudar a alguien que puede estar en riesgo',
      text: [
        'Gracias por preocuparte por esa persona.',
        `**Si está en peligro inmediato, ${emergencia(resources)} ahora.**`,
        ...lineText(false).map((line) => `${line} También ayudan a quienes están preocupados por otra persona.`),
        'Si es seguro para ti, quédate con esa persona y escúchala sin juzgar. Cuídate tú también.',
        AUTOMATED_NOTE,
      ].join('\n\n'),
      smsText: [`Si está en peligro inmediato, ${emergencia(resources)} ahora.`, ...lineText(true)].join(' '),
      contacts,
    };
  }
  return {
    style: 'crisis',
    title: 'Mereces apoyo ahora mismo',
    text: [
      'Gracias por contármelo. No estás solo ni sola, y mereces apoyo ahora mismo de alguien preparado para ayudar.',
      ...lineText(false).map((line) => `**${line}**`),
      `**Si estás en peligro inmediato o has tomado algo, ${emergencia(resources)}.**`,
      `También puedes hablar con el equipo de ${clinica(clinic, context)}`,
      AUTOMATED_NOTE,
    ].join('\n\n'),
    smsText: ['No estás solo ni sola.', ...lineText(true), `En peligro inmediato o si tomaste algo: ${emergencia(resources)}.`].join(' '),
    contacts,
  };
}
