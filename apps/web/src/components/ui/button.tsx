import type { ButtonHTMLAttributes, ReactNode } from "react";

import { cn } from "~/lib/cn";

import { Spinner } from "./spinner";

const VARIANTS = {
  primary: "bg-indigo-600 text-white shadow-sm hover:bg-indigo-500 disabled:hover:bg-indigo-600",
  secondary:
    "bg-white text-slate-800 shadow-xs ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:hover:bg-white",
  danger: "bg-red-600 text-white shadow-sm hover:bg-red-500 disabled:hover:bg-red-600",
  ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
  link: "px-0! py-0! text-indigo-700 underline-offset-2 hover:underline",
} as const;

const SIZES = {
  sm: "gap-1.5 px-2.5 py-1.5 text-sm",
  md: "gap-2 px-3 py-2 text-sm",
} as const;

export type TButtonVariant = keyof typeof VARIANTS;

/** The class names of a button, for a Link that should look like one. */
export function buttonClasses(
  variant: TButtonVariant = "primary",
  size: keyof typeof SIZES = "md",
): string {
  return cn(
    "inline-flex items-center justify-center rounded-md font-semibold whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-60",
    VARIANTS[variant],
    SIZES[size],
  );
}

type TButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: TButtonVariant;
  size?: keyof typeof SIZES;
  /** Shows a spinner, keeps the button's width and refuses clicks while an action runs. */
  loading?: boolean;
  /** What the button says while loading, e.g. "Saving…"; its children otherwise. */
  loadingText?: ReactNode;
  icon?: ReactNode;
};

export function Button({
  variant = "primary",
  size = "md",
  loading = false,
  loadingText,
  icon,
  type = "button",
  disabled,
  className,
  children,
  ...rest
}: TButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cn(buttonClasses(variant, size), className)}
      {...rest}
    >
      {loading ? <Spinner /> : icon}
      {loading && loadingText ? loadingText : children}
    </button>
  );
}
