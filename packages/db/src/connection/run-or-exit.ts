import { isDbSetupError } from "./db-setup-error";

// Scripts end in one of two ways: a setup problem the user can fix (one sentence, exit 1)
// or a bug (full stack, so it can be reported).
export async function runOrExit(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isDbSetupError(error)) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
