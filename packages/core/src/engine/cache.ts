// A cache keyed by the project's permission version. Any change that can alter a decision
// (role, group, override, manager, department, status) bumps the version, so an entry is
// only ever read back under the version it was computed for: a new version cannot see a
// stale entry, and nothing waits for entries to expire.

export type PermissionCache<V> = {
  /** The highest version seen; entries of older versions are gone. */
  readonly version: number;
  readonly size: number;
  get(version: number, key: string): V | undefined;
  set(version: number, key: string, value: V): void;
  clear(): void;
};

export type PermissionCacheOptions = { maxEntries?: number };

export function createPermissionCache<V>(options: PermissionCacheOptions = {}): PermissionCache<V> {
  const maxEntries = options.maxEntries ?? 10_000;
  let version = Number.NEGATIVE_INFINITY;
  // Map iteration order is insertion order: re-inserting on a hit makes it an LRU.
  let entries = new Map<string, V>();

  const advance = (next: number) => {
    if (next > version) {
      version = next;
      entries = new Map();
    }
  };

  return {
    get version() {
      return version;
    },
    get size() {
      return entries.size;
    },
    get(requested, key) {
      advance(requested);
      if (requested !== version) return undefined;
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(requested, key, value) {
      advance(requested);
      // A request that loaded its subject before a change must not repopulate the cache.
      if (requested !== version) return;
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
    clear() {
      entries = new Map();
    },
  };
}
