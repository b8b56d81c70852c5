import { accept, reject, quote, type Validation } from "./result";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A calendar date written `YYYY-MM-DD` (years 0001–9999) that exists. */
export function parseIsoDate(input: string): Validation<string> {
  const text = input.trim();
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ]/.test(text)) {
    return reject(`${quote(text)} has a time; send only the date, e.g. ${text.slice(0, 10)}.`);
  }
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!match)
    return reject(`${quote(text)} is not a date; write it as YYYY-MM-DD, e.g. 2024-05-31.`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year === 0) return reject(`${text} does not exist: years start at 0001.`);
  const monthName = MONTHS[month - 1];
  if (monthName === undefined) return reject(`${text} does not exist: there is no month ${month}.`);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return reject(`${text} does not exist: ${monthName} ${year} has ${days} days.`);
  }
  return accept(text);
}
