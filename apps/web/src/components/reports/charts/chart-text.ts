// Labels are cut to the room they have; the full name is in the bar's accessible name and tip.
const AVERAGE_CHAR_WIDTH = 6.6;

export function fitLabel(text: string, width: number, charWidth = AVERAGE_CHAR_WIDTH): string {
  const room = Math.floor(width / charWidth);
  if (text.length <= room) return text;
  return `${text.slice(0, Math.max(room - 1, 1)).trimEnd()}…`;
}
