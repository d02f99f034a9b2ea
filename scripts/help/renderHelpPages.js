/**
 * Renders the bilingual (English / 简体中文) help pages of the worksheet functions: help/<id>.html for each
 * function and help/index.html. Pure: takes the metadata (English and Chinese) and the help data
 * (src/functions/functionHelp.json) and returns the files; no webpack, no file system.
 *
 * Pages are self-contained: inline CSS, system fonts, no scripts, no external resources.
 */
"use strict";

const NAMESPACE = "IMCOST";

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** An argument as typed in a formula: numbers, "text", TRUE/FALSE, array constants {1,2;3,4}; null = left out. */
function formulaValue(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (Array.isArray(value)) return "{" + value.map((row) => (Array.isArray(row) ? row : [row]).map(formulaValue).join(",")).join(";") + "}";
  throw new Error(`cannot write ${typeof value} in a formula`);
}

/** The formula for calling a function with arguments (trailing omitted arguments dropped). */
function formulaFor(id, args, namespace = NAMESPACE) {
  const list = [...args];
  while (list.length > 0 && (list[list.length - 1] === null || list[list.length - 1] === undefined)) list.pop();
  return `=${namespace}.${id}(${list.map(formulaValue).join(", ")})`;
}

/** The syntax line: =IMCOST.TCO(annualCosts, [upfront], [discountRate]). */
function syntaxFor(fn, namespace = NAMESPACE) {
  const params = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${namespace}.${fn.name}(${params.join(", ")})`;
}

function formatNumber(n, lang) {
  return n.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 10 });
}

function resultHtml(example, lang) {
  if (Array.isArray(example.result)) {
    const rows = example.result.map((row) => "<tr>" + row.map((c) => `<td class="num">${escapeHtml(formatNumber(c, lang))}</td>`).join("") + "</tr>");
    return `<table class="spill">${rows.join("")}</table>`;
  }
  if (typeof example.result === "number") return `${example.approx ? "≈ " : ""}${escapeHtml(formatNumber(example.result, lang))}`;
  if (Array.isArray(example.shape)) {
    const [r, c] = example.shape;
    return lang === "zh" ? `${r} 行 × ${c} 列的表格` : `a table of ${r} rows × ${c} columns`;
  }
  return "";
}

const TEXT = {
  en: {
    lang: "en",
    heading: "English",
    arguments: "Arguments",
    argument: "Argument",
    required: "required",
    optional: "optional",
    description: "Description",
    result: "Result",
    notes: "How it works",
    examples: "Examples",
    formula: "Formula",
    meaning: "Meaning",
    blanks: "Blank cells",
    blanksGeneral:
      "Excel passes an argument that is left out as empty, and the function then uses its default. A blank cell given as an argument arrives as empty in Excel on the web and on Mac, but as 0 in Excel for Windows, so an optional argument pointed at a blank cell may count as 0 there. Inside a range, blank cells are blank on every platform.",
    errors: "Errors",
    errorsText:
      "Wrong input gives #VALUE! with a message that names the argument and what it allows: text or TRUE/FALSE where a number is needed, negative counts, values out of range, a missing required argument, a range of the wrong shape or with more than 10,000 cells, an unknown option or key. Results are never NaN or infinite.",
    percent: "Percentages are fractions, as Excel passes them: 8% = 0.08.",
    all: "All IMCOST functions",
    other: "中文",
    otherHref: "#zh",
  },
  zh: {
    lang: "zh-CN",
    heading: "简体中文",
    arguments: "参数",
    argument: "参数",
    required: "必填",
    optional: "可选",
    description: "说明",
    result: "结果",
    notes: "计算方式",
    examples: "示例",
    formula: "公式",
    meaning: "含义",
    blanks: "空白单元格",
    blanksGeneral:
      "省略的参数由 Excel 以空值传入，函数随即使用其默认值。把空白单元格作为参数传入时，网页版和 Mac 版 Excel 传入空值，而 Windows 版 Excel 传入 0，因此在 Windows 上引用空白单元格的可选参数可能按 0 计算。区域内的空白单元格在各平台上都视为空白。",
    errors: "错误",
    errorsText:
      "输入错误时返回 #VALUE!，并附带说明该参数及其允许取值的消息：需要数字处给出文本或 TRUE/FALSE、数量为负、数值超出范围、缺少必填参数、区域形状不符或超过 10,000 个单元格、未知的选项或键。结果绝不会是 NaN 或无穷大。",
    percent: "百分比按 Excel 的方式以小数表示：8% = 0.08。",
    all: "全部 IMCOST 函数",
    other: "English",
    otherHref: "#en",
  },
};

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#555;--bg:#fff;--line:#d0d7de;--code:#f3f4f6;--accent:#0f6cbd}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--muted:#aaa;--bg:#1e1e1e;--line:#444;--code:#2b2b2b;--accent:#4aa3ff}}
*{box-sizing:border-box}
/* Narrow panes (Excel's 350 px): tables become stacked rows and long formulas wrap, never a sideways scroll. */
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 "Segoe UI",system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
.page{max-width:54rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
nav{font-size:.9rem;color:var(--muted)}nav a{color:var(--accent)}
h1{font-size:1.8rem;margin:.4rem 0}h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
code,.formula{font-family:Consolas,"SF Mono",Menlo,monospace;font-size:.92em;background:var(--code);padding:.1em .35em;border-radius:4px}
.syntax{font-size:1.05rem;margin:.6rem 0 1rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid var(--line);padding:.35rem .55rem;text-align:left;vertical-align:top}th{background:var(--code)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.spill{width:auto;margin:0}table.spill td{padding:.1rem .4rem}
.tag{font-size:.8rem;color:var(--muted);white-space:nowrap}
section+section{margin-top:3rem}
ul.list{columns:2 18rem;padding-left:1.2rem}
footer{margin-top:3rem;font-size:.85rem;color:var(--muted)}
@media (max-width:30rem){
.page{padding:1rem .75rem 2rem}h1{font-size:1.4rem}h2{font-size:1.15rem}
code,.formula{overflow-wrap:anywhere}
table:not(.spill),table:not(.spill)>*,table:not(.spill)>*>tr,table:not(.spill)>*>tr>*{display:block;width:auto}
table:not(.spill)>thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
table:not(.spill)>*>tr{border:1px solid var(--line);border-radius:4px;margin:.5rem 0;padding:.3rem .5rem}
table:not(.spill)>*>tr>*{border:0;padding:.15rem 0;text-align:left}
ul.list{columns:1}
}
`.trim();

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
${body}
<footer>IMCOST · ${escapeHtml(NAMESPACE)} worksheet functions</footer>
</div>
</body>
</html>
`;
}

function functionSection(fn, help, lang) {
  const t = TEXT[lang];
  const h = (s) => escapeHtml(s);
  const params = (fn.parameters || [])
    .map((p) => `<tr><td><code>${h(p.name)}</code> <span class="tag">${p.optional ? t.optional : t.required}</span></td><td>${h(p.description)}</td></tr>`)
    .join("\n");
  const notes = (help.notes[lang] || []).map((n) => `<p>${h(n)}</p>`).join("\n");
  const examples = help.examples
    .map((ex) => `<tr><td><code class="formula">${h(formulaFor(fn.name, ex.args))}</code></td><td class="num">${resultHtml(ex, lang)}</td><td>${h(ex[lang])}</td></tr>`)
    .join("\n");
  return `<section id="${lang}" lang="${t.lang}">
<h2>${t.heading}</h2>
<p>${h(fn.description)}</p>
<p class="syntax"><code>${h(syntaxFor(fn))}</code></p>
<h3>${t.arguments}</h3>
<table><thead><tr><th>${t.argument}</th><th>${t.description}</th></tr></thead>
<tbody>
${params}
</tbody></table>
<p>${t.percent}</p>
<h3>${t.result}</h3>
<p>${h(help.returns[lang])}</p>
${notes ? `<h3>${t.notes}</h3>\n${notes}` : ""}
<h3>${t.examples}</h3>
<table><thead><tr><th>${t.formula}</th><th>${t.result}</th><th>${t.meaning}</th></tr></thead>
<tbody>
${examples}
</tbody></table>
<h3>${t.blanks}</h3>
<p>${h(help.blanks[lang])}</p>
<p>${t.blanksGeneral}</p>
<h3>${t.errors}</h3>
<p>${t.errorsText}</p>
</section>`;
}

function helpFileName(id) {
  return `${id.toLowerCase()}.html`;
}

/**
 * @param {{ metadata: {functions: object[]}, metadataZh: {functions: object[]}, help: Record<string, object> }} input
 * @returns {{ file: string, html: string }[]} one page per function (<id lower case>.html) and index.html
 */
function renderHelpPages({ metadata, metadataZh, help }) {
  const zhById = new Map(metadataZh.functions.map((f) => [f.id, f]));
  const missing = metadata.functions.filter((f) => !help[f.id] || !zhById.has(f.id)).map((f) => f.id);
  if (missing.length > 0) throw new Error(`help: no help entry or Chinese metadata for ${missing.join(", ")}`);
  const pages = metadata.functions.map((fn) => {
    const zh = zhById.get(fn.id);
    const entry = help[fn.id];
    const body = `<nav><a href="index.html">${TEXT.en.all}</a> · <a href="index.html#zh">${TEXT.zh.all}</a> · <a href="#zh">中文</a></nav>
<h1>${escapeHtml(`${NAMESPACE}.${fn.name}`)}</h1>
${functionSection(fn, entry, "en")}
${functionSection(zh, entry, "zh")}`;
    return { file: helpFileName(fn.id), html: page(`${NAMESPACE}.${fn.name} — IMCOST help`, body) };
  });
  const list = (fns, lang) =>
    `<ul class="list">\n${fns.map((f) => `<li><a href="${helpFileName(f.id)}${lang === "zh" ? "#zh" : ""}"><code>${escapeHtml(`${NAMESPACE}.${f.name}`)}</code></a> — ${escapeHtml(f.description)}</li>`).join("\n")}\n</ul>`;
  const zhFns = metadata.functions.map((f) => zhById.get(f.id));
  const index = `<h1>IMCOST worksheet functions · IMCOST 工作表函数</h1>
<section id="en" lang="en">
<h2>English</h2>
<p>Type <code>=${NAMESPACE}.</code> in a cell to use these functions. Each page has the syntax, the arguments, examples and how blank cells behave.</p>
${list(metadata.functions, "en")}
</section>
<section id="zh" lang="zh-CN">
<h2>简体中文</h2>
<p>在单元格中输入 <code>=${NAMESPACE}.</code> 即可使用以下函数。每个页面包含语法、参数、示例以及空白单元格的处理方式。</p>
${list(zhFns, "zh")}
</section>`;
  pages.push({ file: "index.html", html: page("IMCOST worksheet functions — help", index) });
  return pages;
}

module.exports = { renderHelpPages, formulaFor, syntaxFor, helpFileName, escapeHtml };
