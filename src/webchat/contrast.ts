/**
 * WCAG 2.x colour contrast, so brand colours from clinic.yml can be used on the chat page
 * without a clinic accidentally choosing a pale colour that patients cannot read.
 */

export type Hex = `#${string}`;

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

export const WHITE: Hex = '#ffffff';
/** Near-black body text; 17.4:1 on white. */
export const INK: Hex = '#1a1a1a';
/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;
/** WCAG AA for borders and other user-interface parts (1.4.11). */
export const AA_NON_TEXT = 3;

function channels(color: string): [number, number, number] {
  const match = HEX.exec(color);
  if (!match) throw new Error(`not a #rrggbb colour: ${color}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

function toHex([r, g, b]: [number, number, number]): Hex {
  return `#${[r, g, b].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const srgb = value / 255;
    return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function readableTextOn(background: string): Hex {
  return contrastRatio(WHITE, background) >= contrastRatio(INK, background) ? WHITE : INK;
}

/**
 * `color` itself when it already reaches `minimum` against `background`; otherwise the same hue
 * mixed towards black (or white, on a dark background) just far enough to reach it.
 */
export function withContrast(color: string, background: string, minimum: number): Hex {
  const original = channels(color);
  if (contrastRatio(color, background) >= minimum) return toHex(original);
  const target: [number, number, number] = relativeLuminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 100; step += 1) {
    const mix = step / 100;
    const candidate = toHex(original.map((value, i) => value + (target[i]! - value) * mix) as [number, number, number]);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return toHex(target);
}
