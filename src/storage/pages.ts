/**
 * The pages repository: which articles the reader has seen, keyed by normalised URL. A visit keeps the
 * first-seen time and fills in what the page told us (title, site, date) without erasing earlier values.
 */
import type { Page } from '../core/model';
import { normalizeUrl } from '../core/url';
import type { ClaimlightDb } from './db';
import { guard } from './errors';

export interface PagesRepository {
  /** Record a visit; returns the stored page. */
  visit(page: Page): Promise<Page>;
  get(url: string): Promise<Page | undefined>;
  /** Most recently seen pages first. */
  recent(limit?: number): Promise<Page[]>;
  count(): Promise<number>;
}

/** The pages repository over a database. */
export function pagesRepository(db: ClaimlightDb): PagesRepository {
  return {
    visit: (page) =>
      guard(() =>
        db.transaction('rw', db.pages, async () => {
          const url = normalizeUrl(page.url);
          const old = await db.pages.get(url);
          const stored: Page = {
            url,
            canonicalUrl: page.canonicalUrl ?? old?.canonicalUrl ?? null,
            title: page.title ?? old?.title ?? null,
            siteName: page.siteName ?? old?.siteName ?? null,
            publishedAt: page.publishedAt ?? old?.publishedAt ?? null,
            firstSeenAt: old && old.firstSeenAt < page.firstSeenAt ? old.firstSeenAt : page.firstSeenAt,
            lastSeenAt: old && old.lastSeenAt > page.lastSeenAt ? old.lastSeenAt : page.lastSeenAt,
          };
          await db.pages.put(stored);
          return stored;
        }),
      ),
    get: (url) => guard(() => db.pages.get(normalizeUrl(url))),
    recent: (limit = 50) => guard(() => db.pages.orderBy('lastSeenAt').reverse().limit(limit).toArray()),
    count: () => guard(() => db.pages.count()),
  };
}
