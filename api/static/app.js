/* FilingQA chat page: plain DOM code, no framework, no build step.
   Data only ever goes into the page through textContent (never innerHTML), so a filing's text
   cannot inject markup. The API key lives in sessionStorage and travels in the Authorization
   header only. */
"use strict";

const KEY_STORE = "filingqa.apiKey";
const CONV_STORE = "filingqa.conversation";
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/* ---------- API key and requests ---------- */

class ApiError extends Error {
  constructor(status, detail) { super(detail); this.status = status; }
}

let keyPrompt = null;

function askForKey(reason) {
  if (keyPrompt) return keyPrompt;
  const dialog = $("key-dialog");
  $("key-why").textContent = reason;
  $("key-input").value = "";
  keyPrompt = new Promise((resolve) => {
    const onSubmit = (ev) => {
      ev.preventDefault();
      const key = $("key-input").value.trim();
      if (!key) return;
      sessionStorage.setItem(KEY_STORE, key);
      $("key-form").removeEventListener("submit", onSubmit);
      dialog.close();
      keyPrompt = null;
      $("key-button").hidden = false;
      resolve(key);
    };
    $("key-form").addEventListener("submit", onSubmit);
  });
  dialog.showModal();
  $("key-input").focus();
  return keyPrompt;
}

function authHeaders(headers = {}) {
  const key = sessionStorage.getItem(KEY_STORE);
  return key ? { ...headers, Authorization: `Bearer ${key}` } : headers;
}

async function problemDetail(res) {
  try {
    const body = await res.json();
    return body.detail || body.title || `HTTP ${res.status}`;
  } catch {
    return `HTTP ${res.status}`;
  }
}

const KEY_REASON_MISSING = "This service needs an API key. It is kept in this browser tab only (sessionStorage) and sent as an Authorization header, never in a URL.";
const KEY_REASON_WRONG = "That API key was not accepted. Enter the key the service was started with.";

async function handle401() {
  const had = sessionStorage.getItem(KEY_STORE);
  sessionStorage.removeItem(KEY_STORE);
  await askForKey(had ? KEY_REASON_WRONG : KEY_REASON_MISSING);
}

async function api(path, { method = "GET", body } = {}) {
  for (;;) {
    const headers = authHeaders(body !== undefined ? { "Content-Type": "application/json" } : {});
    const res = await fetch(path, { method, headers, body: body !== undefined ? JSON.stringify(body) : undefined });
    if (res.status === 401) { await handle401(); continue; }
    if (!res.ok) throw new ApiError(res.status, await problemDetail(res));
    return res.status === 204 ? null : res.json();
  }
}

/* ---------- filings: upload and list ---------- */

const state = {
  filings: [],
  conversationId: sessionStorage.getItem(CONV_STORE),
  conversationScope: null,
  docs: new Map(),      // filing id -> Promise<document>
  shownDoc: null,       // filing id rendered in the panel
  lastFocus: null,
};

function uploadOne(file, row) {
  const progress = row.querySelector("progress");
  const status = row.querySelector(".upload-status");
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/v1/filings");
    const key = sessionStorage.getItem(KEY_STORE);
    if (key) xhr.setRequestHeader("Authorization", `Bearer ${key}`);
    xhr.upload.addEventListener("progress", (ev) => {
      if (ev.lengthComputable) {
        progress.value = Math.round((ev.loaded / ev.total) * 100);
        status.textContent = `Sending ${progress.value} %`;
      }
    });
    xhr.upload.addEventListener("load", () => {
      progress.removeAttribute("value"); // indeterminate while the server parses and embeds
      status.textContent = "Parsing tables and indexing\u2026";
      row.setAttribute("aria-busy", "true");
    });
    xhr.addEventListener("load", () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status === 401) { reject(new ApiError(401, "API key needed")); return; }
      if (xhr.status === 200 || xhr.status === 201) { resolve(body); return; }
      reject(new ApiError(xhr.status, (body && (body.detail || body.title)) || `HTTP ${xhr.status}`));
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, "the upload could not reach the service")));
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

async function uploadFiles(files) {
  const list = $("uploads");
  const jobs = [];
  for (const file of files) {
    const row = el("li", { class: "upload" },
      el("span", { class: "upload-name", text: file.name }),
      el("progress", { max: 100, value: 0, "aria-label": `Upload of ${file.name}` }),
      el("span", { class: "upload-status", text: "Waiting" }));
    list.append(row);
    jobs.push([file, row]);
  }
  for (const [file, row] of jobs) { // one at a time: the server indexes one filing at a time anyway
    const progress = row.querySelector("progress");
    const status = row.querySelector(".upload-status");
    for (;;) {
      try {
        const report = await uploadOne(file, row);
        progress.value = 100;
        row.removeAttribute("aria-busy");
        row.classList.add("done");
        const f = report.filing;
        const what = `${report.tables} tables, ${report.facts} figures, ${report.repaired_cells} repaired cell${report.repaired_cells === 1 ? "" : "s"}`;
        status.textContent = report.added ? `Indexed as ${f.id}: ${what}` : `Already indexed as ${f.id} (${what})`;
        break;
      } catch (err) {
        if (err.status === 401) { await handle401(); progress.value = 0; continue; }
        progress.value = 0;
        row.removeAttribute("aria-busy");
        row.classList.add("failed");
        status.textContent = `Not indexed: ${err.message}`;
        break;
      }
    }
  }
  await refreshFilings();
}

function metaLine(f) {
  const parts = [];
  if (f.form_type) parts.push(f.form_type);
  if (f.date_of_report) parts.push(`reported ${f.date_of_report}`);
  if (f.period_end) parts.push(`period ended ${f.period_end}`);
  if (f.fiscal_period || f.fiscal_year) parts.push(`fiscal ${[f.fiscal_period, f.fiscal_year].filter(Boolean).join(" ")}`);
  return parts.join(" \u00b7 ");
}

function renderFilings() {
  const list = $("filings");
  list.replaceChildren();
  for (const f of state.filings) {
    list.append(el("li", { class: "filing", "data-filing-id": f.id },
      el("h3", { text: f.company || f.id }),
      el("p", { class: "meta", text: metaLine(f) }),
      el("p", { class: "filing-id" }, el("code", { text: f.id }), ` \u00b7 ${f.format}`),
      el("div", { class: "filing-actions" },
        el("button", { type: "button", class: "secondary", onclick: () => { $("scope").value = f.id; onScopeChange(); $("question").focus(); } },
          "Ask about this"),
        el("button", { type: "button", class: "secondary", onclick: (ev) => openFiling(f.id, ev.currentTarget) }, "Open"))));
  }
  $("no-filings").hidden = state.filings.length > 0;
  const scope = $("scope");
  const chosen = scope.value;
  scope.replaceChildren(el("option", { value: "", text: "All filings" }),
    ...state.filings.map((f) => el("option", { value: f.id, text: `${f.company || f.id} ${f.form_type || ""} ${f.date_of_report || ""}`.trim() })));
  scope.value = state.filings.some((f) => f.id === chosen) ? chosen : "";
}

async function refreshFilings() {
  const body = await api("/v1/filings");
  state.filings = body.filings;
  renderFilings();
}

/* ---------- conversation ---------- */

function onScopeChange() {
  // A different filing is a different conversation: follow-ups must not cross filings.
  if (state.conversationId && state.conversationScope !== ($("scope").value || null)) startNewConversation();
}

function startNewConversation() {
  state.conversationId = null;
  state.conversationScope = null;
  sessionStorage.removeItem(CONV_STORE);
  $("turns").replaceChildren();
  $("no-turns").hidden = false;
}

async function ensureConversation() {
  if (state.conversationId) return state.conversationId;
  const scope = $("scope").value || null;
  const conv = await api("/v1/conversations", { method: "POST", body: { filing_id: scope } });
  state.conversationId = conv.id;
  state.conversationScope = scope;
  sessionStorage.setItem(CONV_STORE, conv.id);
  return conv.id;
}

function citationLabel(c) {
  if (c.table_id) return [c.row, c.column].filter(Boolean).join(" \u00b7 ") || c.table_id;
  return "sentence";
}

function citeButton(answerNode, c, text) {
  return el("button", {
    type: "button", class: "cite", "data-citation": c.id,
    "aria-label": `Source ${c.id}: ${citationLabel(c)}, open in the filing`,
    onclick: (ev) => openCitation(c, ev.currentTarget),
  }, text);
}

function textWithCitations(text, citations, answerNode) {
  const p = el("p", { class: "answer-text" });
  const byId = new Map(citations.map((c) => [c.id, c]));
  let last = 0;
  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const c = byId.get(Number(m[1]));
    if (!c) continue;
    p.append(text.slice(last, m.index), citeButton(answerNode, c, `[${c.id}]`));
    last = m.index + m[0].length;
  }
  p.append(text.slice(last));
  return p;
}

function stepArg(a) {
  const m = /^#(\d+)$/.exec(a);
  if (m) return `result of step ${Number(m[1]) + 1}`;
  const g = Fmt.group(a);
  return (g.negative ? "\u2212" : "") + g.text;
}

function renderSteps(ans) {
  const items = [];
  for (const f of ans.figures) {
    const c = ans.citations.find((x) => x.id === f.citation);
    items.push(el("li", { class: "step read" },
      el("span", { class: "step-op", text: "Read" }), " ",
      `${f.label}${f.period ? ` (${Fmt.period(f.period)})` : ""}: `,
      el("strong", { text: Fmt.amount(f.amount, f.unit) }), " ",
      c ? citeButton(null, c, `[${c.id}]`) : null, " ",
      el("span", { class: f.verified ? "check ok" : "check bad", text: f.verified ? "checked against the filing" : "not checked" }),
      f.repaired ? el("span", { class: "tag repaired", text: "repaired cell" }) : null));
  }
  ans.program.forEach((s) => {
    const sym = Fmt.OPS[s.op];
    const args = s.args.map(stepArg);
    const expr = sym && args.length === 2 ? `${args[0]} ${sym} ${args[1]}` : `${s.op.replace(/_/g, " ")}(${args.join(", ")})`;
    items.push(el("li", { class: "step op" },
      el("span", { class: "step-op", text: s.op.replace(/_/g, " ") }), " ",
      el("code", { text: expr }), " = ", el("strong", { text: stepArg(s.result) })));
  });
  if (!items.length) return null;
  return el("section", { class: "steps", "aria-label": "How the answer was computed" },
    el("h4", { text: "Steps" }), el("ol", {}, items));
}

function renderCitations(ans) {
  if (!ans.citations.length) return null;
  return el("section", { class: "citations", "aria-label": "Sources" },
    el("h4", { text: "Sources" }),
    el("ol", {}, ans.citations.map((c) => el("li", {},
      citeButton(null, c, `[${c.id}] ${citationLabel(c)}`),
      el("q", { class: "quote", text: c.quote.replace(/\t+/g, "  ") })))));
}

function renderAnswer(ans, { nested = false } = {}) {
  const [word, explain] = Fmt.status(ans.status);
  const node = el(nested ? "li" : "article", { class: `answer status-${ans.status}`, "data-status": ans.status });
  const head = el("div", { class: "answer-head" });
  const figure = Fmt.value(ans.value);
  if (figure) head.append(el("span", { class: "headline", text: figure }));
  head.append(el("span", { class: "status", title: explain, text: word }));
  if (ans.confidence !== null && ans.confidence !== undefined) {
    head.append(el("span", { class: "confidence", text: `confidence ${Math.round(ans.confidence * 100)} %` }));
  }
  node.append(head);
  node.append(el("p", { class: "status-explain visually-hidden-sm", text: explain }));
  node.append(textWithCitations(ans.text, ans.citations, node));
  if (ans.reason && ans.reason !== ans.text) node.append(el("p", { class: "reason", text: ans.reason }));
  if (ans.definition) node.append(el("p", { class: "definition" }, el("strong", { text: "Definition: " }), ans.definition));
  const steps = renderSteps(ans);
  if (steps) node.append(steps);
  const cites = renderCitations(ans);
  if (cites) node.append(cites);
  if (ans.alternatives && ans.alternatives.length) {
    node.append(el("section", { class: "alternatives", "aria-label": "Other readings" },
      el("h4", { text: ans.status === "conflict" ? "The other figure" : "Other readings" }),
      el("ol", {}, ans.alternatives.map((a) => renderAnswer(a, { nested: true })))));
  }
  return node;
}

function appendTurn(question) {
  $("no-turns").hidden = true;
  const slot = el("div", { class: "answer pending", "aria-busy": "true" }, el("p", { text: "Working on it\u2026" }));
  const li = el("li", { class: "turn" }, el("p", { class: "question" }, el("span", { class: "visually-hidden", text: "You asked: " }), question), slot);
  $("turns").append(li);
  li.scrollIntoView({ block: "end" });
  return slot;
}

async function ask(question) {
  const slot = appendTurn(question);
  try {
    const convId = await ensureConversation();
    let ans;
    try {
      ans = await api("/v1/ask", { method: "POST", body: { question, conversation_id: convId } });
    } catch (err) {
      if (err.status !== 404) throw err;
      startNewConversation(); // the conversation is gone (store reset): ask afresh
      const slot2 = appendTurn(question);
      slot.closest("li").remove();
      const id2 = await ensureConversation();
      ans = await api("/v1/ask", { method: "POST", body: { question, conversation_id: id2 } });
      slot2.replaceWith(renderAnswer(ans));
      return;
    }
    slot.replaceWith(renderAnswer(ans));
  } catch (err) {
    slot.replaceWith(el("div", { class: "answer error", role: "alert", text: `The question could not be answered: ${err.message}` }));
  }
}

async function restoreConversation() {
  if (!state.conversationId) return;
  try {
    const conv = await api(`/v1/conversations/${encodeURIComponent(state.conversationId)}`);
    state.conversationScope = conv.filing_id;
    if (conv.filing_id && state.filings.some((f) => f.id === conv.filing_id)) $("scope").value = conv.filing_id;
    for (const t of conv.turns) appendTurn(t.question).replaceWith(renderAnswer(t.answer));
  } catch {
    startNewConversation();
  }
}

/* ---------- the filing beside the chat ---------- */

function loadDoc(filingId) {
  if (!state.docs.has(filingId)) {
    const p = api(`/v1/filings/${encodeURIComponent(filingId)}/document`);
    p.catch(() => state.docs.delete(filingId));
    state.docs.set(filingId, p);
  }
  return state.docs.get(filingId);
}

/* Render text[from, to) into parent, wrapping nested marks ({start, end, make}); marks sorted by
   start, longest first. A mark that crosses another's edge is left out rather than mis-nested. */
function renderRange(text, from, to, marks, parent) {
  let pos = from;
  let i = 0;
  while (i < marks.length) {
    const m = marks[i];
    if (m.start < pos || m.end > to || m.end <= m.start) { i++; continue; }
    if (m.start > pos) parent.append(text.slice(pos, m.start));
    const inner = [];
    let j = i + 1;
    while (j < marks.length && marks[j].start < m.end) {
      if (marks[j].end <= m.end) inner.push(marks[j]);
      j++;
    }
    const node = m.make();
    renderRange(text, m.start, m.end, inner, node);
    parent.append(node);
    pos = m.end;
    i = j;
  }
  if (pos < to) parent.append(text.slice(pos, to));
}

function sortMarks(marks) {
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

function tableMarks(table, extra = []) {
  const marks = [...extra];
  table.rows.forEach((row, r) => {
    marks.push({ start: row.start, end: row.end, make: () => el("span", { class: "p-row", "data-row": r }) });
    for (const cell of row.cells) {
      if (cell.start === null || cell.end === null) continue;
      marks.push({ start: cell.start, end: cell.end,
        make: () => el("span", { class: `p-cell${cell.repaired ? " repaired" : ""}`, "data-row": r, "data-col": cell.column, tabindex: -1 }) });
    }
  });
  return sortMarks(marks);
}

function gridFor(table) {
  const scale = table.scale ? `; printed ${table.scale}` : "";
  const head = el("tr", {}, el("th", { scope: "col", text: "Line item" }),
    table.columns.map((c) => el("th", { scope: "col" }, c.label, c.period ? el("span", { class: "period", text: Fmt.period(c.period) }) : null)));
  const body = table.rows.map((row, r) => {
    const cells = new Array(table.columns.length).fill(null);
    for (const cell of row.cells) if (cell.column < cells.length) cells[cell.column] = cell;
    return el("tr", { "data-row": r },
      el("th", { scope: "row", class: `indent-${Math.min(row.indent, 4)}`, text: row.label }),
      cells.map((cell, c) => {
        if (!cell) return el("td", { "data-row": r, "data-col": c });
        const td = el("td", {
          class: cell.repaired ? "repaired" : null, "data-row": r, "data-col": c, tabindex: -1,
          "data-value": cell.value, "data-unit": cell.unit,
        });
        if (cell.value !== null && cell.value !== undefined) {
          td.append(el("span", { class: "g-value", text: Fmt.amount(cell.value, cell.unit) }));
          td.append(el("span", { class: "g-raw", text: `printed ${cell.raw}` }));
        } else {
          td.append(el("span", { class: "g-text", text: cell.raw }));
        }
        if (cell.repaired) {
          td.append(cell.repair_note
            ? el("details", { class: "g-note" }, el("summary", { class: "tag repaired", text: "repaired" }), cell.repair_note)
            : el("span", { class: "tag repaired", text: "repaired" }));
        }
        return td;
      }));
  });
  const caption = `Parsed grid: exact values in base units${scale}`;
  return [el("p", { class: "grid-caption", text: caption }),
    el("table", { class: "grid", "aria-label": caption }, el("thead", {}, head), el("tbody", {}, body))];
}

function renderDoc(doc) {
  const body = $("doc-body");
  body.replaceChildren();
  const tables = new Map(doc.tables.map((t) => [t.id, t]));
  for (const b of doc.blocks) {
    if (b.kind === "heading") {
      const h = el("h3", { class: "d-block d-heading", "data-start": b.start, "data-end": b.end });
      renderRange(doc.text, b.start, b.end, [], h);
      body.append(h);
    } else if (b.kind === "paragraph") {
      const p = el("p", { class: "d-block d-para", "data-start": b.start, "data-end": b.end });
      renderRange(doc.text, b.start, b.end, [], p);
      body.append(p);
    } else {
      const table = tables.get(b.table_id);
      const sec = el("section", { class: "d-block d-table", "data-table-id": b.table_id || "", "data-start": b.start, "data-end": b.end });
      const printed = el("pre", { class: "printed", tabindex: 0, "aria-label": "The table as printed" });
      renderRange(doc.text, b.start, b.end, table ? tableMarks(table) : [], printed);
      if (table) {
        const short = table.id.split("/").pop();
        const gridWrap = el("div", { class: "grid-wrap", hidden: true, tabindex: 0, "aria-label": `Parsed grid of table ${short}` }, gridFor(table));
        const toggle = el("button", {
          type: "button", class: "secondary grid-toggle", "aria-expanded": "false",
          onclick: () => setGrid(sec, gridWrap.hidden),
        }, "Show parsed grid");
        sec.append(el("div", { class: "table-bar" },
          el("span", { class: "table-name", text: `Table ${short}${table.title ? ": " + table.title : ""}` }), toggle),
        el("div", { class: "table-views" }, printed, gridWrap));
      } else {
        sec.append(printed);
      }
      body.append(sec);
    }
  }
}

function setGrid(section, show) {
  const wrap = section.querySelector(".grid-wrap");
  const toggle = section.querySelector(".grid-toggle");
  if (!wrap) return;
  wrap.hidden = !show;
  section.classList.toggle("with-grid", show);
  toggle.setAttribute("aria-expanded", String(show));
  toggle.textContent = show ? "Hide parsed grid" : "Show parsed grid";
}

function clearHighlights() {
  for (const n of document.querySelectorAll("#doc-body .hl, #doc-body .hl-row")) {
    n.classList.remove("hl", "hl-row");
    n.removeAttribute("aria-current");
  }
  for (const m of document.querySelectorAll("#doc-body mark.hl-span")) m.replaceWith(...m.childNodes);
  $("doc-body").normalize();
}

async function showDoc(filingId) {
  const doc = await loadDoc(filingId);
  const panel = $("document");
  if (state.shownDoc !== filingId) {
    $("doc-title").textContent = doc.filing.company || doc.filing.id;
    $("doc-meta").textContent = `${metaLine(doc.filing)} \u00b7 ${doc.filing.id}`;
    renderDoc(doc);
    state.shownDoc = filingId;
  }
  panel.hidden = false;
  $("layout").classList.add("doc-open");
  document.body.classList.add("doc-open");
  return doc;
}

async function openFiling(filingId, opener) {
  state.lastFocus = opener || document.activeElement;
  try {
    await showDoc(filingId);
    clearHighlights();
    $("doc-note").textContent = "";
    $("doc-body").scrollTop = 0;
    $("doc-title").focus();
  } catch (err) {
    $("ask-error").textContent = `The filing could not be opened: ${err.message}`;
  }
}

/* The cited cell: the row with the cited label whose span lies in the citation's span, and in it
   the cell under the cited column header. */
function findCell(doc, c) {
  const table = doc.tables.find((t) => t.id === c.table_id);
  if (!table) return null;
  const rows = table.rows.map((row, r) => ({ row, r })).filter(({ row }) => row.label === c.row);
  const inSpan = rows.filter(({ row }) => row.start < c.end && row.end > c.start);
  const hit = (inSpan.length ? inSpan : rows)[0];
  if (!hit) return { table, r: null, col: null };
  const cols = table.columns.map((col, i) => ({ col, i })).filter(({ col }) => col.label === c.column).map(({ i }) => i);
  const cell = hit.row.cells.find((x) => cols.includes(x.column));
  return { table, r: hit.r, col: cell ? cell.column : null, cell };
}

function markProse(doc, start, end) {
  let first = null;
  for (const node of document.querySelectorAll("#doc-body .d-para, #doc-body .d-heading")) {
    const bs = Number(node.dataset.start), be = Number(node.dataset.end);
    if (be <= start || bs >= end) continue;
    const s = Math.max(start, bs), e = Math.min(end, be);
    node.replaceChildren();
    renderRange(doc.text, bs, be, [{ start: s, end: e, make: () => el("mark", { class: "hl-span", tabindex: -1 }) }], node);
    first = first || node.querySelector("mark.hl-span");
  }
  return first;
}

async function openCitation(c, opener) {
  state.lastFocus = opener || document.activeElement;
  let doc;
  try {
    doc = await showDoc(c.filing_id);
  } catch (err) {
    $("ask-error").textContent = `The filing could not be opened: ${err.message}`;
    return;
  }
  clearHighlights();
  let target = null;
  let note = `Source [${c.id}]: ${citationLabel(c)}`;
  if (c.table_id) {
    const found = findCell(doc, c);
    const sec = document.querySelector(`#doc-body .d-table[data-table-id="${CSS.escape(c.table_id)}"]`);
    if (found && sec && found.r !== null) {
      setGrid(sec, true);
      const sel = found.col !== null ? `[data-row="${found.r}"][data-col="${found.col}"]` : `[data-row="${found.r}"]`;
      for (const n of sec.querySelectorAll(`.p-cell${sel}, .grid td${sel}`)) { n.classList.add("hl"); n.setAttribute("aria-current", "true"); }
      for (const n of sec.querySelectorAll(`.p-row[data-row="${found.r}"], .grid tr[data-row="${found.r}"]`)) n.classList.add("hl-row");
      target = sec.querySelector(`.p-cell.hl`) || sec.querySelector(`.p-row.hl-row`);
      if (found.cell) note += ` \u2014 printed \u201c${found.cell.raw}\u201d, value ${Fmt.amount(found.cell.value, found.cell.unit) || "none"}${found.cell.repaired ? " (repaired cell)" : ""}`;
    }
  }
  if (!target) target = markProse(doc, c.start, c.end);
  $("doc-note").textContent = note;
  if (target) {
    const gridCell = document.querySelector("#doc-body .grid td.hl");
    if (gridCell) gridCell.scrollIntoView({ block: "center", inline: "nearest" }); // inside its own scroll box
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }
}

function closeDoc() {
  $("document").hidden = true;
  $("layout").classList.remove("doc-open");
  document.body.classList.remove("doc-open");
  if (state.lastFocus && document.contains(state.lastFocus)) state.lastFocus.focus();
}

/* ---------- wiring ---------- */

function wire() {
  const zone = $("dropzone");
  zone.addEventListener("dragover", (ev) => { ev.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (ev) => {
    ev.preventDefault();
    zone.classList.remove("over");
    if (ev.dataTransfer && ev.dataTransfer.files.length) uploadFiles([...ev.dataTransfer.files]);
  });
  $("file-input").addEventListener("change", (ev) => {
    const files = [...ev.target.files];
    ev.target.value = "";
    if (files.length) uploadFiles(files);
  });
  $("ask-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = $("question").value.trim();
    $("ask-error").textContent = "";
    if (!q) { $("ask-error").textContent = "Type a question first."; return; }
    $("question").value = "";
    ask(q);
  });
  $("scope").addEventListener("change", onScopeChange);
  $("new-conversation").addEventListener("click", () => { startNewConversation(); $("question").focus(); });
  $("doc-close").addEventListener("click", closeDoc);
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && !$("document").hidden && !$("key-dialog").open) closeDoc();
  });
  $("key-button").hidden = !sessionStorage.getItem(KEY_STORE);
  $("key-button").addEventListener("click", async () => {
    sessionStorage.removeItem(KEY_STORE);
    await askForKey("Enter the API key to use from now on in this tab.");
    state.docs.clear();
    await refreshFilings();
  });
  $("key-dialog").addEventListener("cancel", (ev) => ev.preventDefault()); // the page cannot work without it
}

async function start() {
  wire();
  try {
    await refreshFilings();
    await restoreConversation();
  } catch (err) {
    $("ask-error").textContent = `The service did not answer: ${err.message}`;
  }
}

document.addEventListener("DOMContentLoaded", start);
