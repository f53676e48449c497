// Draws a built card (the fake CardService's JSON) as HTML shaped like Google's side panel, each field the way
// Google shows it: formatted fields (paragraphs, decorated text bodies, section headers) with their bold runs kept
// and the rest as text; plain fields (titles, labels, inputs, buttons) exactly as set. Nothing becomes markup.
import { html, type SafeHtml } from '../../shared/render/html';
import { formattedRuns } from '../sandbox/card-fields';
import type { ButtonJson, CardJson, SectionJson, WidgetJson } from '../sandbox/fakes/card-service';

/** A formatted field -> safe HTML: bold and coloured runs kept, everything else shown as text. */
export function cardText(formatted: string): SafeHtml {
  return html`${formattedRuns(formatted).map((run) => {
    const shown = run.bold ? html`<strong>${run.text}</strong>` : html`${run.text}`;
    return run.color ? html`<span style="color:${run.color}">${shown}</span>` : shown;
  })}`;
}

function buttonHtml(b: ButtonJson): SafeHtml {
  return html`<span class="${b.filled ? 'btn filled' : 'btn'}" title="${b.action ? `runs ${b.action.functionName}` : `opens ${b.openLink ?? ''}`}">${b.text}</span>`;
}

function widgetHtml(w: WidgetJson): SafeHtml {
  switch (w.kind) {
    case 'TextParagraph':
      return html`<p class="para">${cardText(w.text)}</p>`;
    case 'DecoratedText':
      return html`<div class="deco">${w.topLabel ? html`<div class="top">${w.topLabel}</div>` : ''}<div class="body">${cardText(w.text)}</div>${w.bottomLabel ? html`<div class="bottom">${w.bottomLabel}</div>` : ''}${w.button ? html`<div>${buttonHtml(w.button)}</div>` : ''}</div>`;
    case 'TextInput':
      return html`<label class="input"><span>${w.title ?? w.fieldName}</span><span class="${w.multiline ? 'box multi' : 'box'}">${w.value ?? ''}</span>${w.hint ? html`<em>${w.hint}</em>` : ''}</label>`;
    case 'SelectionInput': {
      if (w.type === 'DROPDOWN') {
        const chosen = w.items.find((i) => i.selected) ?? w.items[0];
        return html`<label class="input"><span>${w.title ?? w.fieldName}</span><span class="box select">${chosen?.text ?? ''}</span></label>`;
      }
      return html`<div class="input"><span>${w.title ?? w.fieldName}</span>${w.items.map((i) => html`<div class="choice">${i.selected ? '◉' : '○'} ${i.text}</div>`)}</div>`;
    }
    case 'ButtonSet':
      return html`<div class="buttons">${w.buttons.map(buttonHtml)}</div>`;
    case 'TextButton':
      return html`<div class="buttons">${buttonHtml(w)}</div>`;
    case 'Divider':
      return html`<hr>`;
  }
}

function sectionHtml(s: SectionJson): SafeHtml {
  const visible = s.collapsible && s.uncollapsible ? s.widgets.slice(0, s.uncollapsible) : s.widgets;
  const hidden = s.widgets.length - visible.length;
  return html`<section>${s.header ? html`<h3>${cardText(s.header)}</h3>` : ''}${visible.map(widgetHtml)}${hidden > 0 ? html`<div class="more">Show ${hidden} more ▾</div>` : ''}</section>`;
}

export function cardHtml(card: CardJson): SafeHtml {
  return html`<div class="card" data-card="${card.name ?? ''}"><header><div class="logo">T</div><div><div class="title">${card.header?.title ?? ''}</div>${card.header?.subtitle ? html`<div class="subtitle">${card.header.subtitle}</div>` : ''}</div></header>${card.sections.map(sectionHtml)}${card.fixedFooter ? html`<footer>${buttonHtml(card.fixedFooter.primary)}${card.fixedFooter.secondary ? buttonHtml(card.fixedFooter.secondary) : ''}</footer>` : ''}</div>`;
}

export const PANEL_CSS = `
body{margin:0;background:#eef1f5;font:13px/1.45 Roboto,"Segoe UI",system-ui,sans-serif;color:#202124}
main{display:flex;flex-wrap:wrap;align-items:flex-start;gap:28px;padding:24px}
figure{margin:0}figcaption{font-weight:600;margin:0 0 8px;color:#3c4043;max-width:320px}
.card{width:320px;background:#fff;border:1px solid #dadce0;border-radius:8px;box-shadow:0 1px 3px rgba(60,64,67,.15);overflow:hidden}
header{display:flex;gap:10px;align-items:center;padding:14px 16px;border-bottom:1px solid #e8eaed}
.logo{width:28px;height:28px;border-radius:6px;background:#0b6e4f;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
.title{font-size:15px;font-weight:500}.subtitle{color:#5f6368;font-size:12px}
section{padding:10px 16px;border-bottom:1px solid #f1f3f4}h3{font-size:12px;font-weight:600;color:#0b6e4f;margin:2px 0 8px;text-transform:none}
.para{margin:6px 0;white-space:pre-wrap}.deco{margin:8px 0}.top,.bottom{color:#5f6368;font-size:11.5px}.body{white-space:pre-wrap}
.input{display:block;margin:8px 0}.input>span:first-child{display:block;color:#5f6368;font-size:11.5px;margin-bottom:2px}
.box{display:block;border:1px solid #bdc1c6;border-radius:4px;padding:6px 8px;min-height:18px;white-space:pre-wrap}.multi{min-height:38px}.select:after{content:" ▾";float:right;color:#5f6368}
.input em{color:#80868b;font-size:11px}.choice{margin:2px 0}
.buttons{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}.btn{display:inline-block;padding:6px 12px;border-radius:4px;color:#0b6e4f;font-weight:500;border:1px solid #dadce0}
.btn.filled{background:#0b6e4f;color:#fff;border-color:#0b6e4f}.more{color:#1a73e8;font-size:12px;margin-top:4px}
footer{padding:10px 16px;display:flex;gap:8px;background:#f8f9fa}
`;
