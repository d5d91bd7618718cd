/**
 * URL normalisation: one article gets one key however the reader reached it (share links, campaign
 * tags, fragments, case, default ports, trailing slashes, or the page's own canonical link).
 * Pure: uses only the WHATWG `URL` class, which exists in Node and every browser context.
 */

/** Query parameters that only track how a reader arrived, matched case-insensitively by exact name. */
export const TRACKING_PARAMS: readonly string[] = [
  // ad-click identifiers
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'igsh', 'epik', 'srsltid',
  // mail campaigns (Mailchimp, HubSpot, Marketo, Vero)
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp', 'hsctatracking', 'mkt_tok',
  'vero_id', 'vero_conv',
  // analytics cross-domain linkers
  '_ga', '_gl', '_openstat',
  // referral / share tags used by news sites (Twitter ref_src, NYT smid, Guardian CMP, Adobe s_cid)
  'ref_src', 'ref_url', 'smid', 'smtyp', 'cmp', 's_cid', 'ocid', 'ncid', 'cmpid', 'sr_share',
  'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
  'wt.mc_id', 'wt_mc_id', 'spm', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'oly_anon_id',
  'oly_enc_id', 'rss', 'feature',
];

/** Parameter-name prefixes that are always tracking (utm_source, utm_medium, … and Piwik/Matomo's). */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'hmb_'];

const trackingNames = new Set(TRACKING_PARAMS);

/** Only web pages get the full treatment; other schemes (file:, about:) only lose their fragment. */
const WEB_SCHEMES = new Set(['http:', 'https:']);

/** True when a query parameter name only tracks the visit. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return trackingNames.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Parse an absolute URL, or one relative to `base`; null when it is not a URL. */
function parse(url: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return null;
  }
}

/**
 * The storage key of a page. When the page declares a canonical link (absolute, or relative to `url`)
 * with an http(s) scheme, that link is used instead of the address bar: it is the publisher's own
 * answer to "which article is this". Strings that are not URLs come back trimmed and unchanged.
 */
export function normalizeUrl(url: string, canonical?: string | null): string {
  const trimmed = url.trim();
  const base = parse(trimmed);
  const fromCanonical = canonical ? parse(canonical.trim(), base?.href) : null;
  const target = fromCanonical && WEB_SCHEMES.has(fromCanonical.protocol) ? fromCanonical : base;
  if (!target) return trimmed;
  target.hash = '';
  if (!WEB_SCHEMES.has(target.protocol)) return target.href;

  // URL lowercases scheme and host and drops default ports; a trailing dot on the host is the same host.
  if (target.hostname.endsWith('.')) target.hostname = target.hostname.slice(0, -1);
  target.username = '';
  target.password = '';

  const kept = [...target.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  target.search = kept.length ? new URLSearchParams(kept).toString() : '';

  let path = target.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  target.pathname = path || '/';
  return target.href;
}
