import NextAuth from "next-auth";
import type { NextRequest } from "next/server";

import { getAuthOptions } from "~/server/auth/auth-options";

type TRouteContext = { params: Promise<{ nextauth: string[] }> };

function handleAuth(request: NextRequest, context: TRouteContext): Promise<Response> {
  return NextAuth(request, context, getAuthOptions()) as Promise<Response>;
}

export { handleAuth as GET, handleAuth as POST };
