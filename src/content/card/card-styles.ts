/**
 * The card's stylesheet, applied inside its shadow root. Light and dark schemes follow the reader's
 * system setting; the entrance animation is dropped for readers who prefer reduced motion.
 */
export const CARD_CSS = `
:host { all: initial; }
.frame {
  position: fixed; box-sizing: border-box; width: min(360px, calc(100vw - 16px)); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
  background: #ffffff; border: 1px solid #c8c8d0; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); text-align: left; direction: ltr;
  animation: cl-in 120ms ease-out;
}
@keyframes cl-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .frame { animation: none; } }
.card { padding: 10px 12px 12px; outline: none; }
header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { margin: 0; font-size: 13px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: #55556a; }
h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 600; color: #55556a; }
.quote { margin: 6px 0 8px; padding-left: 8px; border-left: 3px solid #7b61ff; font-style: italic; white-space: pre-wrap; }
dl { margin: 0; display: grid; gap: 2px; }
.row { display: grid; grid-template-columns: 88px 1fr; gap: 6px; }
dt { color: #55556a; }
dd { margin: 0; }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 2px 0; }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; background: #ecebff; color: #2b1f8f; font-size: 12px; }
.source-notes, .note-body { margin: 2px 0 0; white-space: pre-wrap; }
.muted { color: #6b6b7b; }
.error { color: #a1001a; margin: 6px 0; }
.verdict { font-weight: 600; }
/* Verdict colours back up the verdict's name, never replace it (colour-blind readers read the word). */
.verdict-accurate, .verdict-mostly-accurate { color: #0a6b2c; }
.verdict-mixed, .verdict-unsupported { color: #8a5a00; }
.verdict-misleading, .verdict-false { color: #a1001a; }
.tags { color: #55556a; }
a { color: #2446c8; word-break: break-all; }
.actions { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
button, select, input, textarea { font: inherit; color: inherit; }
button { padding: 4px 10px; border-radius: 6px; border: 1px solid #b8b8c4; background: #f4f4f8; cursor: pointer; }
button.primary, button[type=submit] { background: #4b3bd1; border-color: #4b3bd1; color: #ffffff; }
button.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible, .card:focus-visible { outline: 2px solid #7b61ff; outline-offset: 1px; }
.form { display: grid; gap: 6px; margin-top: 8px; }
.form label { display: grid; gap: 2px; font-size: 12px; color: #55556a; }
.form select, .form input, .form textarea { box-sizing: border-box; width: 100%; padding: 4px 6px; border: 1px solid #b8b8c4; border-radius: 4px; background: #ffffff; color: #1d1d1f; font-size: 13px; }
@media (prefers-color-scheme: dark) {
  .frame { color: #ececf1; background: #1f1f27; border-color: #45455a; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
  h2, h3, dt, .tags, .form label { color: #b3b3c6; }
  .muted { color: #9a9aae; }
  .badge { background: #3a3370; color: #e3deff; }
  .error { color: #ff8a98; }
  .verdict-accurate, .verdict-mostly-accurate { color: #6fdc8c; }
  .verdict-mixed, .verdict-unsupported { color: #f1c21b; }
  .verdict-misleading, .verdict-false { color: #ff8a98; }
  a { color: #9db2ff; }
  button { background: #2c2c38; border-color: #55556a; }
  .form select, .form input, .form textarea { background: #15151b; color: #ececf1; border-color: #55556a; }
}
`;
