import { TextField, type TTextFieldProps } from "./text-field";

/**
 * A calendar date (`YYYY-MM-DD`), picked with the browser's own date control, which follows
 * the reader's language. The value stays a plain date, free of time zones.
 */
export function DateField(props: Omit<TTextFieldProps, "type">) {
  return <TextField {...props} type="date" />;
}
