"use client";

import { useEffect, useState } from "react";

import { useT } from "~/i18n/i18n-provider";

import { SearchIcon } from "./search-icon";
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
      <SearchIcon />
    </div>
  );
}
