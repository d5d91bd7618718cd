/**
 * Options page panel for exports and import. Export buttons build a file from the reader's records and
 * hand it to the browser as a download (Blob + a[download]: nothing leaves the machine). Import reads a
 * backup, validates all of it, shows either the problems (with where they are) or what the import will
 * do, and writes only after the reader confirms, in one transaction, with progress for big files.
 * The options app mounts it inside its own section, like the other panels: `<BackupPanel repos={repos} />`.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Backup, BackupProblem } from '../export/backup-format';
import { EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportKind } from '../export/export-files';
import { importBackup, previewImport, readBackupData, type BackupStore } from '../export/import-backup';
import { isHttpUrl } from '../export/field-checks';
import { parseBackup } from '../export/parse-backup';
import { summarizePlan, type ImportSummary } from '../export/plan-import';
import { storageBackupStore } from './backup-store';
import type { Repositories } from '../storage/index';

/** Either the options app's repositories (their database is used) or any `BackupStore` (tests). */
export type BackupPanelProps = ({ repos: Pick<Repositories, 'db'>; store?: undefined } | { store: BackupStore; repos?: undefined }) & {
  /** How a built file reaches the reader; defaults to a download. Tests pass a spy. */
  saveFile?: (file: ExportFile) => void;
  now?: () => Date;
};

type Summary = ReturnType<typeof summarizePlan>;

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; loaded: number; total: number }
  | { step: 'checking'; fileName: string }
  | { step: 'invalid'; fileName: string; problems: BackupProblem[] }
  | { step: 'preview'; fileName: string; backup: Backup; summary: Summary }
  | { step: 'importing'; fileName: string; done: number; total: number }
  | { step: 'done'; fileName: string; summary: Summary }
  | { step: 'failed'; fileName: string; error: string };

/** The export buttons and the import flow. */
export function BackupPanel({ repos, store: given, saveFile = downloadFile, now = () => new Date() }: BackupPanelProps) {
  const store = useMemo(() => given ?? storageBackupStore(repos!.db), [given, repos]);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [exportStatus, setExportStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [imp, setImp] = useState<ImportState>({ step: 'idle' });
  // For fact-checkers who publish: where their reviews live and who they are (ClaimReview url and author).
  const [publisherUrl, setPublisherUrl] = useState('');
  const [publisherName, setPublisherName] = useState('');

  const runExport = async (format: ExportFormat) => {
    setBusy(format.kind);
    setExportStatus(null);
    try {
      const data = await readBackupData(store);
      const claimReview = { ...(isHttpUrl(publisherUrl.trim()) ? { publisherUrl: publisherUrl.trim() } : {}), ...(publisherName.trim() ? { publisherName: publisherName.trim() } : {}) };
      const file = format.build(data, { now: now(), newId: () => crypto.randomUUID(), claimReview });
      saveFile(file);
      setExportStatus({ ok: true, text: `Saved ${file.name} (${count(data.notes.length, 'note')}).` });
    } catch (e) {
      setExportStatus({ ok: false, text: `Export failed: ${errorText(e)}` });
    } finally {
      setBusy(null);
    }
  };

  const chooseFile = async (file: File) => {
    const fileName = file.name;
    setImp({ step: 'reading', fileName, loaded: 0, total: file.size });
    try {
      const text = await readFileText(file, (loaded, total) => setImp({ step: 'reading', fileName, loaded, total }));
      // Validation is synchronous (a 50,000-note file takes a second or two): let "Checking…" paint first.
      setImp({ step: 'checking', fileName });
      await new Promise((resolve) => setTimeout(resolve, 30));
      const parsed = parseBackup(text);
      if (!parsed.ok) return setImp({ step: 'invalid', fileName, problems: parsed.problems });
      const plan = await previewImport(store, parsed.backup);
      setImp({ step: 'preview', fileName, backup: parsed.backup, summary: summarizePlan(plan) });
    } catch (e) {
      setImp({ step: 'failed', fileName, error: errorText(e) });
    }
  };

  const confirmImport = async (fileName: string, backup: Backup) => {
    setImp({ step: 'importing', fileName, done: 0, total: 0 });
    try {
      const summary = await importBackup(store, backup, { onProgress: (done, total) => setImp({ step: 'importing', fileName, done, total }) });
      setImp({ step: 'done', fileName, summary });
    } catch (e) {
      setImp({ step: 'failed', fileName, error: `Nothing was changed. ${errorText(e)}` });
    }
  };

  const importing = imp.step === 'reading' || imp.step === 'checking' || imp.step === 'importing';

  return (
    <div class="backup-panel">
      <h3>Export</h3>
      <ul class="export-list">
        {EXPORT_FORMATS.map((f) => (
          <li key={f.kind}>
            <button type="button" data-export={f.kind} disabled={busy !== null} onClick={() => void runExport(f)}>
              {busy === f.kind ? 'Exporting…' : f.label}
            </button>{' '}
            <span class="hint">{f.purpose}</span>
          </li>
        ))}
      </ul>
      <details class="claim-review-options">
        <summary>ClaimReview: your publication (optional)</summary>
        <label>
          Review page URL{' '}
          <input type="url" data-publisher-url placeholder="https://factcheck.example/reviews/" value={publisherUrl}
            onInput={(e) => setPublisherUrl((e.currentTarget as HTMLInputElement).value)} />
        </label>{' '}
        <label>
          Publisher name{' '}
          <input type="text" data-publisher-name value={publisherName}
            onInput={(e) => setPublisherName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <p class="hint">Each review's <code>url</code> becomes this address plus <code>#claim-…</code>; without it, a stable <code>urn:</code> identifier to replace when you publish.</p>
      </details>
      {exportStatus && (
        <p class={exportStatus.ok ? 'status' : 'status error'} role="status">{exportStatus.text}</p>
      )}

      <h3>Import a backup</h3>
      <p class="hint">Claimlight checks the whole file first. Nothing changes unless all of it is valid and you confirm. Where a note exists on both sides, the more recently edited copy is kept.</p>
      <label>
        Backup file{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-import-file
          disabled={importing}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void chooseFile(file);
          }}
        />
      </label>
      <ImportView state={imp} onConfirm={confirmImport} onCancel={() => setImp({ step: 'idle' })} />
    </div>
  );
}

function ImportView({ state, onConfirm, onCancel }: {
  state: ImportState;
  onConfirm: (fileName: string, backup: Backup) => void;
  onCancel: () => void;
}) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'reading':
      return <Progress label={`Reading ${state.fileName}…`} value={state.loaded} max={state.total} />;
    case 'checking':
      return <p class="import-progress" role="status">Checking {state.fileName}…</p>;
    case 'importing':
      return <Progress label={`Importing ${state.fileName}…`} value={state.done} max={state.total} />;
    case 'invalid':
      return (
        <div class="import-problems" role="alert" data-import-state="invalid">
          <p><strong>{state.fileName}</strong> was not imported: nothing was changed. {count(state.problems.length, 'problem')}:</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>{p.path ? <code>{p.path}</code> : <em>file</em>}: {p.message}</li>
            ))}
          </ul>
        </div>
      );
    case 'preview':
      return (
        <div class="import-preview" data-import-state="preview">
          <p>
            <strong>{state.fileName}</strong> (exported {state.backup.exportedAt.slice(0, 10)}) holds {count(state.backup.notes.length, 'note')},{' '}
            {count(state.backup.sources.length, 'source')} and {count(state.backup.pages.length, 'page')}. Importing it will change:
          </p>
          <SummaryList summary={state.summary} />
          <button type="button" data-import-confirm onClick={() => onConfirm(state.fileName, state.backup)}>Import</button>{' '}
          <button type="button" onClick={onCancel}>Cancel</button>
        </div>
      );
    case 'done':
      return (
        <div class="import-done" role="status" data-import-state="done">
          <p>Imported <strong>{state.fileName}</strong>:</p>
          <SummaryList summary={state.summary} />
        </div>
      );
    case 'failed':
      return <p class="status error" role="alert" data-import-state="failed">{state.fileName}: {state.error}</p>;
  }
}

function SummaryList({ summary }: { summary: Summary }) {
  const line = (noun: string, s: ImportSummary) => `${count(s.added, noun)} added, ${s.updated} updated, ${s.unchanged} unchanged`;
  return (
    <ul class="import-summary">
      <li data-summary="notes">{line('note', summary.notes)}</li>
      <li data-summary="sources">{line('source', summary.sources)}</li>
      <li data-summary="pages">{line('page', summary.pages)}</li>
    </ul>
  );
}

function Progress({ label, value, max }: { label: string; value: number; max: number }) {
  return (
    <p class="import-progress" role="status">
      {label} <progress value={value} max={max || 1} />{' '}
      {max > 0 ? `${Math.floor((100 * value) / max)}%` : ''}
    </p>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reads a file as UTF-8 text, reporting progress (a 40 MB backup takes a noticeable moment). */
export function readFileText(file: Blob, onProgress: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Saves text as a download: a Blob URL on a temporary a[download], so no network request is made. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  // Firefox only follows a click on an anchor that is in the document.
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Firefox; a minute is ample for the browser to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
