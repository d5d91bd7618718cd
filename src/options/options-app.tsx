/**
 * The options page: settings, the source book, all notes, backup and export, and delete-everything, on one page
 * with a table of contents. It uses the repositories directly (same origin as the background).
 */
import { useState } from 'preact/hooks';
import type { Repositories } from '../storage/index';
import { BackupPanel } from './backup-panel';
import { DeleteEverything } from './delete-everything';
import { NotesPanel } from './notes-panel';
import { SettingsPanel } from './settings-panel';
import { SourceBook } from './source-book';
import { UndoBar, type UndoOffer } from './undo-bar';

/** The options app over a set of repositories. */
export function OptionsApp({ repos }: { repos: Repositories }) {
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  return (
    <>
      <header>
        <h1>Claimlight</h1>
        <nav aria-label="Sections">
          <a href="#settings">Settings</a>
          <a href="#sources">Source book</a>
          <a href="#notes">All notes</a>
          <a href="#backup">Backup &amp; export</a>
          <a href="#danger">Delete everything</a>
        </nav>
      </header>
      <main>
        <section id="settings" aria-labelledby="settings-h"><h2 id="settings-h">Settings</h2><SettingsPanel repos={repos} /></section>
        <section id="sources" aria-labelledby="sources-h"><h2 id="sources-h">Source book</h2><SourceBook repos={repos} offerUndo={setUndo} /></section>
        <section id="notes" aria-labelledby="notes-h"><h2 id="notes-h">All notes</h2><NotesPanel repos={repos} offerUndo={setUndo} /></section>
        <section id="backup" aria-labelledby="backup-h"><h2 id="backup-h">Backup &amp; export</h2><BackupPanel repos={repos} /></section>
        <section id="danger" aria-labelledby="danger-h"><h2 id="danger-h">Delete everything</h2><DeleteEverything repos={repos} /></section>
      </main>
      <UndoBar offer={undo} onDone={() => setUndo(null)} />
    </>
  );
}
