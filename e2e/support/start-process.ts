import { spawn, type ChildProcess } from "node:child_process";

export type TStartedProcess = {
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * Runs a long-lived command in its own process group, keeping its output for failure
 * messages. stop() asks politely (SIGTERM, which `pnpm start` forwards to Next.js) and then
 * kills the whole group, so no server outlives the test.
 */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): TStartedProcess {
  const child = spawn(command, args, {
    ...options,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  return {
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, "SIGTERM");
      const stopped = await Promise.race([
        exited.then(() => true),
        delay(20_000).then(() => false),
      ]);
      if (!stopped) {
        signalGroup(child, "SIGKILL");
        await exited;
      }
    },
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `url` answers 200 and `accept` likes the body, or the deadline passes. */
export async function waitForPage(
  url: string,
  accept: (body: string) => boolean,
  options: { timeoutMs: number; describeFailure: () => string },
): Promise<string> {
  const deadline = Date.now() + options.timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      const body = await response.text();
      if (response.status === 200 && accept(body)) return body;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await delay(500);
  }
  throw new Error(
    `${url} did not answer with the page in time (${last}).\n${options.describeFailure()}`,
  );
}
