import type { Metadata } from "next";
import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react";

import { fontVariables } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Charter", template: "%s · Charter" },
  description: "Charter CRM",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={fontVariables}>
      <body className="min-h-screen font-sans">
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
