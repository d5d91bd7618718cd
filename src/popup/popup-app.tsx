/**
 * The popup: what Claimlight found on the current tab (claims with attribution and source-book badges),
 * the reader's notes on it (orphans included), a kind filter, the highlight switch, "never on this site",
 * and the way to the options page. Clear states for pages the content script cannot reach and pages
 * that are not articles.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Claim, ClaimKind, Note, Settings, Source } from '../core/model';
import { CLAIM_KINDS } from '../core/model';
import { CLAIM_KIND_LABELS } from '../core/labels';
import type { PageReport, Result } from '../messaging/protocol';
import { ClaimItem } from './claim-item';
import { NoteItem } from './note-item';
import type { PopupApi } from './popup-api';

type Phase = { state: 'loading' } | { state: 'unreachable'; error: string } | { state: 'ready'; report: PageReport };
type Filter = 'all' | 'noted' | ClaimKind;

const PAGE_SIZE = 150;

/** The popup app for one tab. */
export function PopupApp({ api }: { api: PopupApi }) {
  const [phase, setPhase] = useState<Phase>({ state: 'loading' });
  const [notes, setNotes] = useState<Note[]>([]);
  const [sources, setSources] = useState<ReadonlyMap<string, Source | null>>(new Map());
  const [settings, setSettings] = useState<Settings | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [problem, setProblem] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  // A live blog can hold thousands of claims: render a page of them at a time so the popup opens fast.
  const [limit, setLimit] = useState(PAGE_SIZE);

  const load = async (force: boolean) => {
    const res = await api.pageReport(force);
    setPhase(res.ok ? { state: 'ready', report: res.value } : { state: 'unreachable', error: res.error });
  };
  useEffect(() => {
    void load(false);
    void api.getSettings().then((res) => res.ok && setSettings(res.value));
  }, []);

  const report = phase.state === 'ready' ? phase.report : null;
  useEffect(() => {
    if (!report) return undefined;
    return api.watchNotes(report.url, setNotes, (error) => setProblem(`Notes unavailable: ${error}`));
  }, [report?.url]);
  useEffect(() => {
    if (!report) return;
    const names = [...new Set(report.analysis.claims.flatMap((c) => (c.attribution ? [c.attribution.speaker, c.attribution.via] : [])).filter((n): n is string => !!n))];
    if (names.length === 0) return;
    void api.lookupSources(names).then((res) => {
      if (res.ok) setSources(new Map(res.value.map((m) => [m.name, m.source])));
    });
  }, [report]);

  const noteFor = useMemo(() => {
    const byClaim = new Map<string, Note>();
    for (const claim of report?.analysis.claims ?? []) {
      const note = notes.find((n) => n.claimText === claim.text) ??
        notes.find((n) => n.selector.position.start < claim.end && claim.start < n.selector.position.end);
      if (note) byClaim.set(claim.id, note);
    }
    return byClaim;
  }, [report, notes]);

  if (phase.state === 'loading') return <main class="popup"><Header /><p class="state" role="status">Reading the page…</p></main>;
  if (phase.state === 'unreachable') {
    return (
      <main class="popup">
        <Header onOptions={api.openOptions} />
        <p class="state" role="status">
          Claimlight can't read this tab. It works on web pages (http and https); browser pages, extension
          stores and local files are off limits, and a page opened before Claimlight was installed needs a reload.
        </p>
      </main>
    );
  }

  const { analysis } = phase.report;
  const host = phase.report.host || null;
  const neverHere = !!(settings && host && settings.siteOverrides[host] === false);
  const claims = analysis.claims.filter((c) => matches(c, filter, noteFor));
  const orphanIds = new Set(phase.report.orphanNoteIds);

  const toggleHighlights = async (on: boolean) => {
    const res = await api.setHighlights(on);
    if (!res.ok) return setProblem(`Could not switch highlights: ${res.error}`);
    setPhase({ state: 'ready', report: { ...phase.report, highlightsOn: res.value.on } });
  };
  const toggleNeverHere = async (never: boolean) => {
    if (!settings || !host) return;
    const siteOverrides = { ...settings.siteOverrides };
    if (never) siteOverrides[host] = false;
    else delete siteOverrides[host];
    const res = await api.saveSettings({ ...settings, siteOverrides });
    if (!res.ok) return setProblem(`Settings not saved: ${res.error}`);
    setSettings(res.value);
    if (never && phase.report.highlightsOn) await toggleHighlights(false);
  };
  const focus = async (call: Promise<Result<{ found: boolean }>>) => {
    const res = await call;
    if (!res.ok) setProblem(res.error);
    else if (!res.value.found) setProblem('That passage is no longer on the page.');
  };
  const scanAnyway = async () => {
    setScanning(true);
    await load(true);
    setScanning(false);
  };

  return (
    <main class="popup">
      <Header onOptions={api.openOptions} />
      <div class="switches">
        <label class="switch">
          <input type="checkbox" role="switch" checked={phase.report.highlightsOn} onChange={(e) => void toggleHighlights((e.currentTarget as HTMLInputElement).checked)} />
          Highlights on this page
        </label>
        {host && (
          <label class="switch">
            <input type="checkbox" checked={neverHere} disabled={!settings} onChange={(e) => void toggleNeverHere((e.currentTarget as HTMLInputElement).checked)} />
            Never on {host}
          </label>
        )}
      </div>
      {problem !== null && <p class="error" role="alert">{problem}</p>}
      {!analysis.isArticle && analysis.claims.length === 0 ? (
        <section class="state">
          <p role="status">No article found on this page.</p>
          <button type="button" onClick={() => void scanAnyway()} disabled={scanning}>{scanning ? 'Scanning…' : 'Scan anyway'}</button>
        </section>
      ) : (
        <section aria-labelledby="claims-title">
          <div class="section-head">
            <h2 id="claims-title">Claims ({claims.length}{claims.length !== analysis.claims.length ? ` of ${analysis.claims.length}` : ''})</h2>
            <label class="filter">
              Show{' '}
              <select value={filter} onChange={(e) => setFilter((e.currentTarget as HTMLSelectElement).value as Filter)}>
                <option value="all">All kinds</option>
                {CLAIM_KINDS.map((k) => <option key={k} value={k}>{CLAIM_KIND_LABELS[k]}</option>)}
                <option value="noted">With my notes</option>
              </select>
            </label>
          </div>
          {claims.length === 0 ? <p class="muted">No claims of this kind on the page.</p> : (
            <ul class="claims">
              {claims.slice(0, limit).map((c) => <ClaimItem key={c.id} claim={c} note={noteFor.get(c.id) ?? null} sources={sources} onFocus={(id) => void focus(api.focusClaim(id))} />)}
            </ul>
          )}
          {claims.length > limit && (
            <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
              Show {Math.min(PAGE_SIZE, claims.length - limit)} more
            </button>
          )}
        </section>
      )}
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">My notes on this page ({notes.length})</h2>
        {notes.length === 0 ? <p class="muted">None yet. Select text on the page and choose "Add fact-check note".</p> : (
          <ul class="notes">
            {notes.map((n) => <NoteItem key={n.id} note={n} orphan={orphanIds.has(n.id)} onFocus={(id) => void focus(api.focusNote(id))} />)}
          </ul>
        )}
      </section>
    </main>
  );
}

function Header({ onOptions }: { onOptions?: () => void }) {
  return (
    <header class="top">
      <h1>Claimlight</h1>
      {onOptions && <button type="button" class="options" onClick={onOptions}>Options</button>}
    </header>
  );
}

function matches(claim: Claim, filter: Filter, noteFor: ReadonlyMap<string, Note>): boolean {
  if (filter === 'all') return true;
  if (filter === 'noted') return noteFor.has(claim.id);
  return claim.kind === filter;
}
