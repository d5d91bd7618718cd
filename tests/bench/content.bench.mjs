// Content-script bench (issue 5), in Chromium with the session bundle injected into plain pages. Every
// figure says ok:false when it misses; nothing is dropped from the table.
//  - content.scan-paint.<page>: the scan after article detection, as the engine bench measures it: the
//    real session on the detected root, unsliced (text map + claim engine + painting, plus the notes
//    request and visit record against a stub background, which cost microseconds), divided by the issue's
//    baseline on the same root in the same page: bare text map + Intl.Segmenter + one Highlight range per
//    sentence. Medians of interleaved samples (first round discarded); a sample repeats its run until it
//    lasts ~15 ms, since browsers coarsen performance.now and yahoo-3's baseline is ~1 ms. Target 3. The
//    detail splits the numerator into claim engine (src/core, timed per call) and the rest (our code).
//  - content.detect.<page>: article detection (findArticle) over the whole page in one call, ms, median,
//    against the 50 ms task budget (DESIGN.md). It is kept out of scan-paint because it is a whole-page
//    pass whose cost follows the page (a 1.2 MB page around a 3,000-character article) rather than the
//    article the baseline measures. The session runs it in deadline-bounded slices anyway.
//  - content.detect.liveblog-1m: on the 1,000,000-character live blog, the longest slice of that sliced
//    detection as the session runs it (ms, target 50); the one-call time is in the detail.
//  - content.liveblog-1m-longest-task: that live blog scanned by the session with real yields (detection,
//    text map, engine, painting): the longest synchronous stretch of our code between two yields, wall
//    clock (ms, target 50), median over fresh pages (a content script starts cold). The detail adds a
//    Chromium trace of each run: the longest main-thread script task and the longest rendering task (the
//    frames that draw our highlights), wall/CPU ms; on a loaded machine wall time includes waiting for a
//    core, CPU time is the work. Their medians are figures too:
//  - content.liveblog-1m-longest-task-cpu: the longest script task's CPU (thread) time, target 50.
//  - content.liveblog-1m-longest-frame-cpu: the longest rendering task's CPU time, target 50: the frames
//    that restyle the page for our style sheet and highlights are long tasks the reader feels too.
// BENCH_RUNS raises the number of samples (default 7; live-blog runs: half of it, at least 3).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { liveBlogHtml } from './liveblog.mjs';

const PAGES = ['nytimes-4', 'yahoo-3', 'quanta-1'];
const RATIO_TARGET = 3;
/** DESIGN.md's main-thread task budget. */
const TASK_TARGET_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LIVE_RUNS = Math.max(3, Math.round(RUNS / 2));
/** Trace categories that give each renderer task's wall and thread (CPU) time and what it ran. */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** A sample repeats its run until it lasts about this long. */
const SAMPLE_MS = 15;

/** Saved pages would run their own inline scripts; keep only JSON-LD, which detection reads. */
function withoutScripts(html) {
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

const medianOf = (v) => { const s = [...v].sort((a, b) => a - b); const k = s.length >> 1; return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2; };
const fmtTask = (t) => (t ? `${t.wall.toFixed(0)}/${t.cpu.toFixed(0)} ms` : 'none');

/**
 * The longest renderer main-thread tasks in a Chromium trace: the one that ran script only and the one
 * that updated rendering (style, layout, pre-paint, paint), each with wall and thread (CPU) ms. On a loaded
 * machine wall time includes waiting for a core; CPU time is the work itself.
 */
function mainThreadTasks(buffer) {
  const json = JSON.parse(buffer.toString());
  const events = json.traceEvents ?? json;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const inside = (t, names) => onMain.some((e) => names.has(e.name) && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur);
  const SCRIPT = new Set(['TimerFire', 'FunctionCall', 'v8.callFunction', 'EvaluateScript', 'v8.run']);
  const RENDER = new Set(['WebFrameWidgetImpl::UpdateLifecycle', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Layout']);
  let script = null;
  let render = null;
  for (const t of tasks) {
    const item = { wall: t.dur / 1000, cpu: (t.tdur ?? t.dur) / 1000 };
    // A frame runs requestAnimationFrame callbacks too: a task that updated rendering counts as rendering.
    if (inside(t, RENDER)) {
      if (!render || item.wall > render.wall) render = item;
    } else if (inside(t, SCRIPT) && (!script || item.wall > script.wall)) script = item;
  }
  return { script, render };
}

async function openPage(context, html, iife) {
  const tab = await context.newPage();
  await tab.setContent(withoutScripts(html), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await tab.addScriptTag({ content: iife });
  return tab;
}

/** In the page: interleaved medians of baseline, scan-paint and one-call detection. */
async function measurePage({ runs, sampleMs }) {
  const B = globalThis.ClaimlightContentBench;
  const med = (v) => { const s = [...v].sort((a, b) => a - b); const k = s.length >> 1; return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2; };
  const repsFor = (ms) => Math.max(1, Math.min(100, Math.ceil(sampleMs / Math.max(ms, 0.05))));
  // Warm-up first (JIT, ICU's sentence rules, the engine's tables), then calibrate on warm runs.
  B.baseline(1);
  await B.scanPaint(1);
  B.detectOnce(1);
  // Fastest of three, so one run slowed by the machine's load does not leave a sample at one repetition.
  const fastest = async (f) => Math.min(await f(), await f(), await f());
  const baseReps = repsFor(await fastest(() => B.baseline(1).ms));
  const oursReps = repsFor(await fastest(async () => (await B.scanPaint(1)).ms));
  const detectReps = repsFor(await fastest(() => B.detectOnce(1)));
  const base = [];
  const ours = [];
  const engine = [];
  const detect = [];
  let claims = 0;
  let painted = 0;
  let sentences = 0;
  for (let i = 0; i <= runs; i++) {
    const b = B.baseline(baseReps);
    const o = await B.scanPaint(oursReps);
    const d = B.detectOnce(detectReps);
    claims = o.claims;
    painted = o.painted;
    sentences = b.sentences;
    if (i === 0) continue; // warm-up round
    base.push(b.ms);
    ours.push(o.ms);
    engine.push(o.engineMs);
    detect.push(d);
  }
  return { baseMs: med(base), oursMs: med(ours), engineMs: med(engine), detectMs: med(detect), claims, painted, sentences, reps: [baseReps, oursReps, detectReps] };
}

export async function run(ctx) {
  const iife = await ctx.bundle('tests/bench/content-entry.ts', { globalName: 'ClaimlightContentBench' });
  const browser = await ctx.launchChromium();
  const context = await browser.newContext();
  await context.route('**/*', (route) => route.abort());
  const figures = [];
  const push = (f) => {
    figures.push(f);
    ctx.log(`${f.name}: ${typeof f.value === 'number' ? f.value.toFixed(2) : f.value} ${f.unit} — ${f.detail}`);
  };

  for (const page of PAGES) {
    const html = readFileSync(join(ctx.sharedDir, 'fixtures/pages', page, 'source.html'), 'utf8');
    const tab = await openPage(context, html, iife);
    const m = await tab.evaluate(measurePage, { runs: RUNS, sampleMs: SAMPLE_MS });
    await tab.close();
    const ratio = m.oursMs / m.baseMs;
    const rest = m.oursMs - m.engineMs;
    push({
      name: `content.scan-paint.${page}`, value: ratio, unit: 'x baseline', target: RATIO_TARGET, ok: ratio <= RATIO_TARGET,
      detail: `scan+paint ${m.oursMs.toFixed(2)} ms (claim engine ${m.engineMs.toFixed(2)} ms = ${(m.engineMs / m.baseMs).toFixed(2)}x baseline; text map, painting and the rest ${rest.toFixed(2)} ms = ${(rest / m.baseMs).toFixed(2)}x) / baseline ${m.baseMs.toFixed(2)} ms (${m.sentences} sentences); ${m.claims} claims, ${m.painted} painted; median of ${RUNS}, reps/sample ${m.reps[0]}/${m.reps[1]}`,
    });
    push({
      name: `content.detect.${page}`, value: m.detectMs, unit: 'ms', target: TASK_TARGET_MS, ok: m.detectMs <= TASK_TARGET_MS,
      detail: `article detection over the whole page in one call (findArticle), ${(html.length / 1e6).toFixed(1)} MB of HTML; median of ${RUNS}`,
    });
  }

  // 1,000,000-character live blog, real yields, longest stretch of our code; a fresh page per run (a
  // content script starts cold), traced so the browser's own view of each task is in the detail too.
  const runs = [];
  for (let i = 0; i < LIVE_RUNS; i++) {
    const tab = await openPage(context, liveBlogHtml(1_000_000), iife);
    // The page's own first style and layout (100-200 ms on this page) happen before our scan, as on a real visit.
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
    await browser.startTracing(tab, { categories: TRACE_CATEGORIES });
    const live = await tab.evaluate(async () => {
      const B = globalThis.ClaimlightContentBench;
      const trace = {};
      const t0 = performance.timeOrigin + performance.now();
      const r = await B.runSession({ trace });
      // Let the frame that shows the highlights happen inside the trace.
      await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 300)));
      // Counted after that frame: above 2,000 ranges the painter registers only the viewport's window, on rAF.
      const registered = [...CSS.highlights].reduce((n, [, h]) => n + h.size, 0);
      const out = {
        ms: r.ms, longest: r.longest, longestOther: r.longestOther, claims: r.claims, painted: registered,
        startedAt: t0, detectMs: trace.detect ?? 0, detectMax: trace['detect.max'] ?? 0, detectSteps: trace['detect.calls'] ?? 0,
        engineMax: trace['engine.max'] ?? 0, engineCalls: trace['engine.calls'] ?? 0,
      };
      r.session.dispose();
      return out;
    });
    const tasks = mainThreadTasks(await browser.stopTracing());
    live.oneCall = await tab.evaluate(() => globalThis.ClaimlightContentBench.detectOnce(1));
    await tab.close();
    runs.push({ ...live, tasks });
    ctx.log(`liveblog-1m run ${i + 1}: longest stretch ${live.longest.toFixed(0)} ms, detection slice ${live.detectMax.toFixed(0)} ms; trace: script ${fmtTask(tasks.script)}, rendering ${fmtTask(tasks.render)}`);
  }
  const mid = (key) => medianOf(runs.map(key));
  const longest = mid((r) => r.longest);
  const detectMax = mid((r) => r.detectMax);
  const last = runs[runs.length - 1];
  push({
    name: 'content.detect.liveblog-1m', value: detectMax, unit: 'ms', target: TASK_TARGET_MS, ok: detectMax <= TASK_TARGET_MS,
    detail: `longest slice of article detection as the session runs it, median of ${LIVE_RUNS} runs (${runs.map((r) => r.detectMax.toFixed(0)).join(', ')} ms; ${last.detectSteps} slices, ${last.detectMs.toFixed(0)} ms in all); in one call it takes ${last.oneCall.toFixed(0)} ms`,
  });
  push({
    name: 'content.liveblog-1m-longest-task', value: longest, unit: 'ms', target: TASK_TARGET_MS, ok: longest <= TASK_TARGET_MS,
    detail: `longest stretch of our code between two yields (wall clock), median of ${LIVE_RUNS} fresh-page runs (${runs.map((r) => r.longest.toFixed(0)).join(', ')} ms); all in ${(last.ms / 1000).toFixed(1)} s, ${last.claims} claims, ${last.painted} ranges registered (the viewport's window: more than 2,000 ranges are windowed), longest engine call ${last.engineMax.toFixed(0)} ms of ${last.engineCalls}. Chromium trace, longest main-thread task wall/CPU: script ${runs.map((r) => fmtTask(r.tasks.script)).join(', ')}; rendering (frames after our style sheet and highlights) ${runs.map((r) => fmtTask(r.tasks.render)).join(', ')}`,
  });
  // The same runs as the browser saw them: CPU time of the longest task, apart from the wall clock above
  // (which, on a shared machine, includes waiting for a core).
  const scriptCpu = mid((r) => r.tasks.script?.cpu ?? 0);
  const renderCpu = mid((r) => r.tasks.render?.cpu ?? 0);
  push({
    name: 'content.liveblog-1m-longest-task-cpu', value: scriptCpu, unit: 'ms CPU', target: TASK_TARGET_MS, ok: scriptCpu <= TASK_TARGET_MS,
    detail: `longest script task on the renderer main thread during the scan (Chromium trace, thread time), median of ${LIVE_RUNS} runs: ${runs.map((r) => fmtTask(r.tasks.script)).join(', ')} (wall/CPU)`,
  });
  push({
    name: 'content.liveblog-1m-longest-frame-cpu', value: renderCpu, unit: 'ms CPU', target: TASK_TARGET_MS, ok: renderCpu <= TASK_TARGET_MS,
    detail: `longest rendering task during the scan (thread time), median of ${LIVE_RUNS} runs: ${runs.map((r) => fmtTask(r.tasks.render)).join(', ')} (wall/CPU). What is left is the style recalc of the whole 1M-char page that inserting our ::highlight style sheet causes (measured alone on this page: 45-90 ms CPU, no ranges registered; a sheet of only mark rules costs 3 ms), browser work our slicing cannot split. Pre-paint of the ranges is kept small by registering only those within two screens of the viewport (a separate trace: ~13 ms frame for 500 ranges there vs 70-105 ms for all 13,616)`,
  });
  return figures;
}
