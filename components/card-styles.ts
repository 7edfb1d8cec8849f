/** The card's styles, adopted into its shadow root so the page's CSS never reaches it. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; top: 0; left: 0; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px)); max-height: min(460px, calc(100vh - 16px)); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
  background: #fff; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); padding: 12px 14px 10px; text-align: start;
}
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .muted, .meta, .footer { color: #9198a1 !important; }
  .badge { background: #30363d !important; color: #e6edf3 !important; }
  .answer.match { background: rgb(56 139 253 / 0.18) !important; }
  a { color: #4493f8 !important; }
}
.header { display: flex; align-items: flex-start; gap: 8px; }
.title { font-size: 16px; font-weight: 600; margin: 0; flex: 1; }
.badge { display: inline-block; font-size: 11px; padding: 1px 6px; border-radius: 999px; background: #eef1f4; color: #424a53; margin-inline-start: 6px; vertical-align: middle; text-transform: lowercase; }
.badge.opinion { background: #fff1c2; color: #6b4d00; }
.subtitle { margin: 0 0 4px; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; color: inherit; }
.close:hover, .close:focus-visible { background: rgb(127 127 127 / 0.15); outline: 2px solid #0969da; outline-offset: 1px; }
p { margin: 6px 0; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; margin: 12px 0 4px; color: #59636e; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 6px; }
.answer { padding: 4px 6px; border-radius: 6px; }
.answer.match { background: #ddf4ff; }
.answer.deprecated .value { text-decoration: line-through; }
.value { font-weight: 600; }
.meta, .muted { color: #59636e; font-size: 12.5px; }
.sources { font-size: 12.5px; }
a { color: #0969da; }
.footer { margin-top: 10px; font-size: 11.5px; color: #6e7781; border-top: 1px solid rgb(127 127 127 / 0.2); padding-top: 6px; }
`;
