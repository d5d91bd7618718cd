/**
 * Settings: automatic scanning, per-site overrides, which claim kinds are highlighted. Every change is
 * saved at once; a failed save says why and leaves the form as the reader set it.
 */
import { useState } from 'preact/hooks';
import { CLAIM_KIND_LABELS } from '../core/labels';
import { CLAIM_KINDS, type ClaimKind, type Settings } from '../core/model';
import type { Repositories } from '../storage/index';
import { useLiveQuery } from './use-live-query';

/** Host name from what the reader typed ("https://www.bbc.com/news" → "www.bbc.com"), or null. */
export function hostFromInput(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** The settings section. */
export function SettingsPanel({ repos }: { repos: Repositories }) {
  const live = useLiveQuery(() => repos.settings.get(), []);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [newHost, setNewHost] = useState('');
  const [newHostOn, setNewHostOn] = useState(false);
  const settings = live.value;
  if (!settings) return <p>{live.error ?? 'Loading settings…'}</p>;

  const save = async (next: Settings) => {
    try {
      await repos.settings.save(next);
      setStatus({ text: 'Saved.', error: false });
      return true;
    } catch (e) {
      setStatus({ text: e instanceof Error ? e.message : String(e), error: true });
      return false;
    }
  };
  const toggleKind = (kind: ClaimKind, on: boolean) =>
    save({ ...settings, kindsShown: CLAIM_KINDS.filter((k) => (k === kind ? on : settings.kindsShown.includes(k))) });
  const setSite = (host: string, on: boolean | null) => {
    const siteOverrides = { ...settings.siteOverrides };
    if (on === null) delete siteOverrides[host];
    else siteOverrides[host] = on;
    return save({ ...settings, siteOverrides });
  };
  const addSite = async (event: Event) => {
    event.preventDefault();
    const host = hostFromInput(newHost);
    if (!host) {
      setStatus({ text: `"${newHost}" is not a site address (example: www.example.com).`, error: true });
      return;
    }
    if (await setSite(host, newHostOn)) setNewHost('');
  };
  const sites = Object.entries(settings.siteOverrides).sort(([a], [b]) => a.localeCompare(b));

  return (
    <div class="panel">
      <label class="check">
        <input type="checkbox" checked={settings.autoScan} onChange={(e) => void save({ ...settings, autoScan: e.currentTarget.checked })} />
        Scan articles automatically when they open
      </label>

      <fieldset>
        <legend>Highlight these kinds of claims</legend>
        {CLAIM_KINDS.map((kind) => (
          <label class="check" key={kind}>
            <input type="checkbox" checked={settings.kindsShown.includes(kind)} onChange={(e) => void toggleKind(kind, e.currentTarget.checked)} />
            {CLAIM_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Per-site choices</legend>
        {sites.length === 0 ? <p class="muted">No site has its own choice; every site follows the setting above.</p> : (
          <ul class="sites">
            {sites.map(([host, on]) => (
              <li key={host}>
                <span class="host">{host}</span>
                <label>
                  <span class="visually-hidden">Claimlight on {host}</span>
                  <select value={on ? 'on' : 'off'} onChange={(e) => void setSite(host, e.currentTarget.value === 'on')}>
                    <option value="on">Always scan</option>
                    <option value="off">Never run</option>
                  </select>
                </label>
                <button type="button" aria-label={`Remove the choice for ${host}`} onClick={() => void setSite(host, null)}>Remove</button>
              </li>
            ))}
          </ul>
        )}
        <form class="row" onSubmit={(e) => void addSite(e)}>
          <label>Site <input type="text" value={newHost} placeholder="www.example.com" onInput={(e) => setNewHost(e.currentTarget.value)} /></label>
          <label>
            <span class="visually-hidden">Choice for the new site</span>
            <select value={newHostOn ? 'on' : 'off'} onChange={(e) => setNewHostOn(e.currentTarget.value === 'on')}>
              <option value="off">Never run</option>
              <option value="on">Always scan</option>
            </select>
          </label>
          <button type="submit">Add site</button>
        </form>
      </fieldset>
      {status && <p class={status.error ? 'error' : 'ok'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </div>
  );
}
