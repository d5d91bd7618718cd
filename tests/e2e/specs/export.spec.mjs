// Export and import end-to-end tests, in both browsers: notes saved through the background come out of
// the options page's export buttons (JSON backup, CSV, Markdown, Web Annotation, ClaimReview) with the
// right content; a bad backup is refused with its problems listed and nothing changed; a good one is
// previewed, confirmed and imported. The download itself (file name and content on disk) is checked too.
import assert from 'node:assert/strict';

/** Send a request to the background from an extension page. */
const send = (message) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(message);

const PAGE = 'https://news.example.org/2026/05/minsk-talks';

function note(id, over = {}) {
  const claim = over.claimText ?? 'Russia lost 500 tanks in the offensive, the ministry said.';
  return {
    id, pageUrl: PAGE, pageTitle: 'Minsk talks stall',
    selector: { quote: { exact: claim, prefix: 'On Tuesday, ', suffix: ' Officials' }, position: { start: 120, end: 120 + claim.length } },
    claimText: claim,
    attribution: { speaker: 'Anton Gerashchenko', role: 'adviser', sourceType: 'named-person', cue: 'wrote', medium: 'Facebook post', via: 'Reuters' },
    verdict: 'misleading', confidence: 2, body: 'MoD brief says "about 480".', evidence: ['https://evidence.example.org/mod-brief'], tags: ['ukraine'],
    createdAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-02T10:00:00.000Z',
    ...over,
  };
}

const NOTES = [
  note('0b6a2a9e-8c1f-4d0e-9a55-3f1f5e0c0a01'),
  note('0b6a2a9e-8c1f-4d0e-9a55-3f1f5e0c0a02', { claimText: '=SUM(A1:A9) is what the spreadsheet said, officials claimed.', verdict: 'unverified', confidence: null, tags: [] }),
];

/**
 * Wraps URL.createObjectURL so the page keeps every Blob it hands to a download. The list hangs off
 * `URL` itself: Marionette runs each script with its own global, but the page's `URL` is shared.
 */
const captureBlobs = () => {
  URL.__blobs = [];
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => { URL.__blobs.push(blob); return original(blob); };
  return true;
};

/** Text of the nth captured Blob. */
const blobText = (i) => URL.__blobs[i].text();

/** Puts a file into the import input as the file picker would, and fires change. */
const chooseFile = (text, name) => {
  const input = document.querySelector('input[data-import-file]');
  const dt = new DataTransfer();
  dt.items.add(new File([text], name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
};

async function openOptionsWithNotes(browser) {
  await browser.openExtensionPage('options.html');
  const saved = [];
  for (const n of NOTES) saved.push(await browser.evaluate(send, { type: 'notes/save', note: n }));
  assert.deepEqual(saved.map((r) => r?.ok), [true, true], JSON.stringify(saved));
  await browser.waitFor(() => !!document.querySelector('button[data-export="backup"]'), { timeout: 15_000 });
  await browser.evaluate(captureBlobs);
}

async function exportText(browser, kind, index) {
  await browser.click(`button[data-export="${kind}"]`);
  await browser.waitFor(`(URL.__blobs?.length ?? 0) > ${Number(index)}`);
  return browser.evaluate(blobText, index);
}

/** Script for Firefox's chrome context: every finished download, with its file name and content. */
const FIREFOX_DOWNLOADS = `
  const { Downloads } = ChromeUtils.importESModule('resource://gre/modules/Downloads.sys.mjs');
  return Downloads.getList(Downloads.ALL).then((list) => list.getAll()).then((all) => Promise.all(
    all.filter((d) => d.succeeded).map(async (d) => ({ name: PathUtils.filename(d.target.path), text: await IOUtils.readUTF8(d.target.path) }))));`;

/** Clicks `selector` and returns the file the browser saved: Playwright's download event in Chromium,
 * the browser's own download list (read in the chrome context over Marionette) in Firefox. */
async function downloadOf(browser, selector) {
  if (browser.name === 'chromium') {
    const { page } = browser.raw;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.click(selector)]);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
  await browser.click(selector);
  const { client } = browser.raw;
  await client.command('Marionette:SetContext', { value: 'chrome' });
  try {
    for (let i = 0; i < 40; i++) {
      const files = (await client.command('WebDriver:ExecuteScript', { script: FIREFOX_DOWNLOADS, args: [] }))?.value ?? [];
      if (files.length) return files[0];
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('no finished download after 10 s');
  } finally {
    await client.command('Marionette:SetContext', { value: 'content' });
  }
}

export const tests = [
  {
    name: 'every export button produces its file from the saved notes',
    timeout: 90_000,
    async run({ browser }) {
      await openOptionsWithNotes(browser);

      const backup = JSON.parse(await exportText(browser, 'backup', 0));
      assert.equal(backup.format, 'claimlight-backup');
      assert.equal(backup.version, 1);
      assert.deepEqual(backup.notes.map((n) => n.id).sort(), NOTES.map((n) => n.id).sort());
      assert.ok(backup.pages.some((p) => p.url === PAGE), 'the notes’ page is in the backup');

      const csv = await exportText(browser, 'csv', 1);
      const lines = csv.replace(/^\ufeff/, '').split('\r\n');
      assert.equal(lines[0], 'page url,title,claim,speaker,source type,via,verdict,confidence,note,evidence,tags,created,updated');
      assert.ok(csv.includes(`'=SUM(A1:A9) is what the spreadsheet said`), 'a formula-like claim is neutralised');
      assert.ok(csv.includes('"MoD brief says ""about 480""."'), 'quotes are doubled inside a quoted cell');

      const md = await exportText(browser, 'markdown', 2);
      assert.match(md, /^# Claimlight report/);
      assert.ok(md.includes('### Misleading: “Russia lost 500 tanks'), md.slice(0, 400));
      assert.ok(md.includes('### Unverified: “\\=SUM(A1:A9) is what'), 'the claim text is in the report, escaped');

      const anno = JSON.parse(await exportText(browser, 'web-annotation', 3));
      assert.equal(anno['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(anno.type, 'AnnotationCollection');
      assert.equal(anno.total, 2);
      const first = anno.first.items.find((a) => a.id === `urn:uuid:${NOTES[0].id}`);
      assert.deepEqual(first.target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
      assert.deepEqual(first.body.find((b) => b.purpose === 'assessing'), { type: 'TextualBody', value: 'Misleading', purpose: 'assessing' });

      const reviews = JSON.parse(await exportText(browser, 'claim-review', 4));
      assert.equal(reviews.length, 1, 'the unverified note is not a review');
      assert.equal(reviews[0]['@type'], 'ClaimReview');
      assert.deepEqual(reviews[0].reviewRating, { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' });
      assert.deepEqual(reviews[0].itemReviewed.appearance.url, PAGE);
    },
  },
  {
    name: 'the JSON backup really downloads, with its content, without a prompt',
    async run({ browser }) {
      await browser.openExtensionPage('options.html');
      for (const n of NOTES) await browser.evaluate(send, { type: 'notes/save', note: n });
      await browser.waitFor(() => !!document.querySelector('button[data-export="backup"]'), { timeout: 15_000 });
      const file = await downloadOf(browser, 'button[data-export="backup"]');
      assert.match(file.name, /^claimlight-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const parsed = JSON.parse(file.text);
      assert.deepEqual(parsed.notes.map((n) => n.id).sort(), NOTES.map((n) => n.id).sort());
    },
  },
  {
    name: 'import: a bad backup lists its problems and changes nothing; a good one is previewed, then imported',
    timeout: 90_000,
    async run({ browser }) {
      await openOptionsWithNotes(browser);
      const good = JSON.parse(await exportText(browser, 'backup', 0));

      const bad = structuredClone(good);
      bad.notes[0].verdict = 'pants-on-fire';
      await browser.evaluate(chooseFile, JSON.stringify(bad), 'bad.json');
      const problems = await browser.waitFor(() => {
        const box = document.querySelector('[data-import-state="invalid"]');
        return box && [...box.querySelectorAll('li')].map((li) => li.textContent);
      });
      assert.equal(problems.length, 1);
      assert.match(problems[0], /^notes\[0\]\.verdict: unknown verdict "pants-on-fire"/);
      const after = await browser.evaluate(send, { type: 'notes/forPage', url: PAGE });
      assert.deepEqual(after.value.map((n) => n.verdict).sort(), ['misleading', 'unverified'], 'nothing was changed');

      // A newer copy of one note and one brand-new note: 1 added, 1 updated, 1 unchanged.
      const incoming = structuredClone(good);
      const edited = incoming.notes.find((n) => n.id === NOTES[0].id);
      edited.body = 'Corrected after the ministry revised its figure.';
      edited.updatedAt = '2026-06-01T00:00:00.000Z';
      incoming.notes.push(note('0b6a2a9e-8c1f-4d0e-9a55-3f1f5e0c0a03', { claimText: 'Prices rose 12% in May, the statistics office said.', verdict: 'accurate' }));
      await browser.evaluate(chooseFile, JSON.stringify(incoming), 'laptop.json');
      const preview = await browser.waitFor(() => document.querySelector('[data-import-state="preview"] [data-summary="notes"]')?.textContent);
      assert.equal(preview, '1 note added, 1 updated, 1 unchanged');
      const before = await browser.evaluate(send, { type: 'notes/forPage', url: PAGE });
      assert.equal(before.value.length, 2, 'nothing is written before the reader confirms');

      await browser.click('[data-import-confirm]');
      const done = await browser.waitFor(() => document.querySelector('[data-import-state="done"] [data-summary="notes"]')?.textContent);
      assert.equal(done, '1 note added, 1 updated, 1 unchanged');
      const stored = await browser.evaluate(send, { type: 'notes/forPage', url: PAGE });
      assert.equal(stored.value.length, 3);
      assert.equal(stored.value.find((n) => n.id === NOTES[0].id).body, 'Corrected after the ministry revised its figure.');
    },
  },
];
