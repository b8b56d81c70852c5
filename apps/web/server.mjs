// Serves the built app like `next start`, and tells it each request's socket address:
// Next.js route handlers only see headers, and X-Forwarded-For is whatever the client
// wrote. The address travels in a header carrying a secret made at start, so a client
// cannot forge it, and a request that did not come through here has no address at all.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

const PEER_HEADER = "x-charter-peer";
const token = randomBytes(24).toString("hex");
// Read by src/server/request/peer-address.ts in this same process.
process.env.CHARTER_PEER_TOKEN = token;

const port = Number(process.env.PORT ?? "3000");
const hostname = process.env.HOST || undefined;
const app = next({ dev: false, dir: import.meta.dirname, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[PEER_HEADER] = `${token} ${request.socket.remoteAddress ?? ""}`;
  void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`Charter is serving http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
