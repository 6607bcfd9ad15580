/**
 * Retries an assertion until it passes or time runs out, then throws its last failure: the page updates
 * asynchronously (debounced live checking, a refresh in progress), so a single look could come too early.
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
