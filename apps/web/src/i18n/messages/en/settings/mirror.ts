/** What another language's copy of one part of the settings strings must provide: its keys. */
export type TMirror<T> = { readonly [K in keyof T]: string };
