// The panel's look, scoped to its shadow root: nothing here reaches Calendar's page, nothing of the page's reaches in.
export const PANEL_CSS = `
:host { all: initial; }
.panel { box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933;
  background: #fff; border: 1px solid #d5dde5; border-radius: 12px; box-shadow: 0 8px 28px rgba(15, 35, 55, .18);
  padding: 12px 14px; max-height: inherit; overflow: auto; }
.panel * { box-sizing: border-box; }
header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
header .mark { width: 20px; height: 20px; border-radius: 5px; background: #2f855a; color: #fff; display: grid; place-items: center; font-weight: 700; font-size: 12px; }
header h2 { font-size: 14px; margin: 0; flex: 1; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #b9c6d2; background: #f5f8fa; color: #1f2933; padding: 3px 9px; }
button:hover { background: #e9eff4; }
button.primary { background: #2f855a; border-color: #2f855a; color: #fff; }
button.primary:hover { background: #276749; }
button:disabled { opacity: .55; cursor: default; }
button.close { border: none; background: none; font-size: 16px; padding: 0 4px; color: #52606d; }
.meta { color: #52606d; font-size: 12px; margin: 0 0 8px; }
.plan { background: #f0f7f3; border-radius: 8px; padding: 6px 8px; margin: 6px 0 8px; font-size: 12px; }
.plan a { color: #276749; }
.countdown { border-radius: 8px; padding: 6px 8px; margin: 6px 0; font-weight: 600; background: #fff8e6; color: #7a4b00; }
.countdown.now { background: #2f855a; color: #fff; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #52606d; margin: 10px 0 4px; }
ol.prompts { margin: 0; padding-left: 18px; }
ol.prompts li { margin: 3px 0; }
textarea { width: 100%; min-height: 72px; resize: vertical; font: inherit; border: 1px solid #b9c6d2; border-radius: 6px; padding: 6px; }
input, select { font: inherit; border: 1px solid #b9c6d2; border-radius: 6px; padding: 3px 6px; width: 100%; margin: 3px 0; }
.row { display: flex; gap: 6px; align-items: center; justify-content: space-between; margin-top: 4px; }
.hint { color: #52606d; font-size: 11px; }
.hint.error { color: #8a1c12; }
.status { margin-top: 8px; padding: 6px 8px; border-radius: 6px; background: #e8f1fb; color: #1c4e80; font-size: 12px; }
.status.error { background: #fdecea; color: #8a1c12; }
details { margin-top: 6px; }
summary { cursor: pointer; color: #276749; font-weight: 600; font-size: 12px; }
a { color: #276749; }
`;
