"use client";

import { useEffect, type RefObject } from "react";

import { isTypingTarget } from "./search-results";

/** `/` anywhere on the page, outside a text field, puts the cursor in the search box. */
export function useSlashShortcut(inputRef: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTypingTarget(event.target as HTMLElement | null)) return;
      const input = inputRef.current;
      // A modal dialog makes the page behind it inert: the shortcut must not reach there.
      if (!input || document.querySelector("dialog:modal")) return;
      event.preventDefault();
      input.focus();
      input.select();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [inputRef]);
}
