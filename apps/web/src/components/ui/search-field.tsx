"use client";

import { useEffect, useState } from "react";

import { useT } from "~/i18n/i18n-provider";

import { TextField } from "./text-field";

type TSearchFieldProps = {
  label: string;
  /** The committed search (from the URL); the box follows it on back/forward. */
  value: string;
  /** Called once typing pauses, with the trimmed text. */
  onCommit: (value: string) => void;
  placeholder?: string;
  delayMs?: number;
};

/** A search box that commits after a pause in typing, so the list is not refetched per key. */
export function SearchField({
  label,
  value,
  onCommit,
  placeholder,
  delayMs = 300,
}: TSearchFieldProps) {
  const t = useT();
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);

  // The URL changed under us (back/forward, a link): show what it says now.
  if (value !== committed) {
    setCommitted(value);
    setText(value);
  }

  useEffect(() => {
    if (text.trim() === committed) return;
    const timer = window.setTimeout(() => {
      setCommitted(text.trim());
      onCommit(text.trim());
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [text, committed, onCommit, delayMs]);

  return (
    <div className="relative w-full max-w-sm">
      <TextField
        type="search"
        label={label}
        hideLabel
        value={text}
        placeholder={placeholder ?? t("common.search")}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            setCommitted(text.trim());
            onCommit(text.trim());
          }
        }}
        enterKeyHint="search"
        className="pl-9"
      />
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400"
      >
        <path
          fillRule="evenodd"
          d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z"
          clipRule="evenodd"
        />
      </svg>
    </div>
  );
}
