// CSV as RFC 4180 writes it (comma, CRLF, quotes doubled inside quoted fields), with cells
// that a spreadsheet would run as a formula neutralised: an exported company named
// `=HYPERLINK("http://evil", "Open")` must arrive as text, not as a link (CSV injection).

// Leading characters that start a formula in Excel, LibreOffice or Google Sheets; tab and
// carriage return too, which some of them strip before looking.
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number is read as a number, never as a formula, so "-5" keeps its sign.
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A cell a spreadsheet will show as text: a formula-like value gets a leading quote. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of cells as CSV text, each cell guarded, then quoted where RFC 4180 needs it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return (
    rows.map((row) => row.map((cell) => quoteCell(guardCell(cell))).join(",")).join("\r\n") + "\r\n"
  );
}
