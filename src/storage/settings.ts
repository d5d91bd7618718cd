/**
 * The settings repository: one record, always complete. Stored settings are merged over
 * DEFAULT_SETTINGS, so a setting added in a later version has its default without a migration.
 */
import { CLAIM_KINDS, type ClaimKind, DEFAULT_SETTINGS, type Settings } from '../core/model';
import type { ClaimlightDb } from './db';
import { guard } from './errors';

const SETTINGS_KEY = 'settings';

/** Complete settings from whatever was stored (missing or malformed fields take their default). */
export function withDefaults(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  const overrides: Record<string, boolean> = {};
  if (s.siteOverrides && typeof s.siteOverrides === 'object') {
    for (const [host, on] of Object.entries(s.siteOverrides)) if (typeof on === 'boolean') overrides[host] = on;
  }
  const kinds = Array.isArray(s.kindsShown)
    ? s.kindsShown.filter((k): k is ClaimKind => (CLAIM_KINDS as readonly unknown[]).includes(k))
    : [...DEFAULT_SETTINGS.kindsShown];
  const colours: Settings['colours'] = {};
  if (s.colours && typeof s.colours === 'object') {
    for (const [kind, colour] of Object.entries(s.colours)) {
      if (typeof colour === 'string' && ((CLAIM_KINDS as readonly string[]).includes(kind) || kind === 'noted')) {
        colours[kind as ClaimKind | 'noted'] = colour;
      }
    }
  }
  return {
    autoScan: typeof s.autoScan === 'boolean' ? s.autoScan : DEFAULT_SETTINGS.autoScan,
    siteOverrides: overrides,
    kindsShown: kinds,
    colours,
  };
}

export interface SettingsRepository {
  get(): Promise<Settings>;
  /** Store the whole settings object; returns it as stored. */
  save(settings: Settings): Promise<Settings>;
}

/** The settings repository over a database. */
export function settingsRepository(db: ClaimlightDb): SettingsRepository {
  return {
    get: () => guard(async () => withDefaults((await db.settings.get(SETTINGS_KEY))?.value)),
    save: (settings) =>
      guard(async () => {
        const value = withDefaults(settings);
        await db.settings.put({ key: SETTINGS_KEY, value });
        return value;
      }),
  };
}
