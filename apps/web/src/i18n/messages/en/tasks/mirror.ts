/** What another language's copy of one part of the tasks strings must provide: its keys. */
export type TTasksMirror<T> = { readonly [K in keyof T]: string };
