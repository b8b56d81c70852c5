"use client";

import { useId } from "react";

import { cn } from "~/lib/cn";

type TMeasureOption = { value: string; label: string };

/**
 * What a chart measures (deals, or money in one currency), as native radio buttons drawn as
 * a segmented control: the arrow keys move between them as the browser provides.
 */
export function MeasureSwitch({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly TMeasureOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  const name = useId();
  return (
    <fieldset className="flex items-center gap-2">
      <legend className="sr-only">{label}</legend>
      <div className="inline-flex rounded-lg bg-slate-100 p-0.5 text-xs font-medium">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "cursor-pointer rounded-md px-2.5 py-1 transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600",
              option.value === value
                ? "bg-white text-slate-900 shadow-xs"
                : "text-slate-600 hover:text-slate-900",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
