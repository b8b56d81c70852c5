/** What another language's copy of one part of the reports strings must provide: its keys. */
export type TReportsMirror<T> = { readonly [K in keyof T]: string };
