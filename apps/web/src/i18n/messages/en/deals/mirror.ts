/** What another language's copy of one part of the deals strings must provide: its keys. */
export type TDealsMirror<T> = { readonly [K in keyof T]: string };
