/**
 * A small in-browser fake of the Office host, injected with page.addInitScript before any page script (the
 * real office.js request is aborted). It provides:
 *
 *   Office.onReady / Office.context (requirements.isSetSupported, displayLanguage, officeTheme)
 *   CustomFunctions.associate (records the ids functions.js registers)
 *   Excel.run with a recording workbook: worksheets (add / getItem / rename / activate / delete), ranges
 *   (values, formulas, numberFormat by 2-D arrays; clear; data validation; conditional formats; format via a
 *   generic recorder), workbook names (add / getItem / formula / getRange), charts, protection, and
 *   context.sync() counting.
 *
 * Configuration (optional) comes from window.__IMCOST_FAKE_CONFIG__ set by an earlier init script:
 *   { displayLanguage: "zh-CN", isDarkTheme: false, bodyBackgroundColor: "#ffffff", unsupportedSets: ["SharedRuntime"] }
 *
 * What the workbook received is in window.__fakeExcel (plain data; see `snapshot()`), and helpers in
 * window.__fakeExcelApi. Writes apply immediately (the real API queues them until sync); sync only counts.
 * Plain ES2019, no imports: it runs as a classic script.
 */
(function () {
  "use strict";
  var config = window.__IMCOST_FAKE_CONFIG__ || {};
  var MAX_ROWS = 1048576;
  var MAX_COLS = 16384;

  var state = {
    syncs: 0,
    runs: [],
    setChecks: [],
    customFunctions: [],
    sheets: [],
    names: [],
    activeSheet: null,
    formatSets: 0,
  };

  function lower(s) {
    return String(s).toLowerCase();
  }

  // ---------- addresses ----------
  function colIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
    return n - 1;
  }
  function colLetters(index) {
    var s = "";
    var n = index + 1;
    while (n > 0) {
      var m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function a1(row, col) {
    return colLetters(col) + (row + 1);
  }
  /** "A1", "$B$2", "A1:C3", "A:C", "2:4" → { top, left, rows, cols } */
  function parseRect(address) {
    var parts = String(address).replace(/\$/g, "").split(":");
    function one(p) {
      var m = /^([A-Za-z]*)(\d*)$/.exec(p.trim());
      if (!m) throw new Error("fake Excel: bad address " + address);
      return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
    }
    var a = one(parts[0]);
    var b = parts[1] !== undefined ? one(parts[1]) : a;
    var top = a.row === null ? 0 : a.row;
    var bottom = b.row === null ? MAX_ROWS - 1 : b.row;
    var left = a.col === null ? 0 : a.col;
    var right = b.col === null ? MAX_COLS - 1 : b.col;
    return { top: Math.min(top, bottom), left: Math.min(left, right), rows: Math.abs(bottom - top) + 1, cols: Math.abs(right - left) + 1 };
  }
  /** "='Sheet name'!$B$2" or "=Inputs!$B$2" → { sheet, address } */
  function parseReference(formula) {
    var m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(String(formula).trim());
    if (!m) return null;
    return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
  }

  // ---------- a generic recorder for everything we do not model (format, pageLayout, …) ----------
  function recorder(path, store) {
    store = store || {};
    var fn = function () {};
    return new Proxy(fn, {
      get: function (_t, p) {
        if (p === "then" || typeof p === "symbol") return undefined;
        if (p === "toJSON") return function () { return store; };
        if (p === "load") return function () { return this; };
        if (!(p in store)) store[p] = recorder(path + "." + String(p));
        return store[p];
      },
      set: function (_t, p, v) {
        store[p] = v;
        state.formatSets++;
        return true;
      },
      apply: function () {
        return recorder(path + "()");
      },
    });
  }
  /** Wraps a modelled object so that unmodelled properties become recorders instead of undefined. */
  function open(obj, path) {
    return new Proxy(obj, {
      get: function (t, p, r) {
        if (p in t || typeof p === "symbol" || p === "then" || p === "toJSON") return Reflect.get(t, p, r);
        t[p] = recorder(path + "." + String(p));
        return t[p];
      },
    });
  }

  // ---------- sheets and ranges ----------
  function findSheet(name) {
    for (var i = 0; i < state.sheets.length; i++) if (lower(state.sheets[i].name) === lower(name)) return state.sheets[i];
    return null;
  }
  function newSheet(name) {
    if (findSheet(name)) throw new Error("fake Excel: ItemAlreadyExists: a sheet named " + name + " exists");
    var s = { name: String(name), cells: {}, charts: [], validations: [], conditionalFormats: 0, protected: false, frozen: null, tabColor: null };
    state.sheets.push(s);
    return s;
  }

  function makeRange(sheet, rect) {
    function eachCell(arr, apply) {
      if (!Array.isArray(arr)) arr = [[arr]];
      for (var r = 0; r < arr.length; r++) {
        var row = arr[r];
        for (var c = 0; c < row.length; c++) {
          if (row[c] === null || row[c] === undefined) continue;
          var key = a1(rect.top + r, rect.left + c);
          var cell = sheet.cells[key] || (sheet.cells[key] = {});
          apply(cell, row[c]);
        }
      }
    }
    function grid(read) {
      var out = [];
      var rows = Math.min(rect.rows, 2000);
      var cols = Math.min(rect.cols, 200);
      for (var r = 0; r < rows; r++) {
        var row = [];
        for (var c = 0; c < cols; c++) row.push(read(sheet.cells[a1(rect.top + r, rect.left + c)]));
        out.push(row);
      }
      return out;
    }
    var range = {
      address: "'" + sheet.name + "'!" + a1(rect.top, rect.left) + (rect.rows > 1 || rect.cols > 1 ? ":" + a1(rect.top + rect.rows - 1, rect.left + rect.cols - 1) : ""),
      load: function () { return range; },
      get values() {
        return grid(function (c) { return !c ? "" : c.v !== undefined ? c.v : c.f !== undefined ? 0 : ""; });
      },
      set values(v) {
        eachCell(v, function (cell, value) { cell.v = value; delete cell.f; });
      },
      get formulas() {
        return grid(function (c) { return !c ? "" : c.f !== undefined ? c.f : c.v !== undefined ? c.v : ""; });
      },
      set formulas(v) {
        eachCell(v, function (cell, f) {
          if (typeof f === "string" && f.charAt(0) === "=") { cell.f = f; delete cell.v; }
          else { cell.v = f; delete cell.f; }
        });
      },
      set numberFormat(v) {
        eachCell(v, function (cell, nf) { cell.nf = nf; });
      },
      get numberFormat() {
        return grid(function (c) { return (c && c.nf) || "General"; });
      },
      clear: function () {
        for (var key in sheet.cells) {
          var m = /^([A-Z]+)(\d+)$/.exec(key);
          var row = Number(m[2]) - 1;
          var col = colIndex(m[1]);
          if (row >= rect.top && row < rect.top + rect.rows && col >= rect.left && col < rect.left + rect.cols) delete sheet.cells[key];
        }
      },
      dataValidation: {
        set rule(rule) { sheet.validations.push({ range: range.address, rule: rule }); },
        set errorAlert(_v) {},
        clear: function () { sheet.validations = []; },
      },
      conditionalFormats: {
        add: function () { sheet.conditionalFormats++; return recorder("conditionalFormat"); },
        clearAll: function () { sheet.conditionalFormats = 0; },
      },
      format: recorder("format"),
    };
    return open(range, "range");
  }

  function makeWorksheet(sheet) {
    var charts = {
      get items() {
        return sheet.charts.map(function (c) { return { name: c.name }; });
      },
      load: function () { return charts; },
      add: function (type, dataRange) {
        var chart = { type: type, dataRange: dataRange && dataRange.address, name: "Chart " + (sheet.charts.length + 1), title: {}, legend: {}, setPosition: function () {} };
        sheet.charts.push(chart);
        return open(chart, "chart");
      },
      getItem: function (name) {
        return { delete: function () { sheet.charts = sheet.charts.filter(function (c) { return c.name !== name; }); } };
      },
    };
    var ws = {
      get name() { return sheet.name; },
      set name(v) {
        var other = findSheet(v);
        if (other && other !== sheet) throw new Error("fake Excel: a sheet named " + v + " exists");
        var old = sheet.name;
        sheet.name = String(v);
        if (state.activeSheet === old) state.activeSheet = sheet.name;
      },
      set tabColor(v) { sheet.tabColor = v; },
      get tabColor() { return sheet.tabColor; },
      load: function () { return ws; },
      getRange: function (address) {
        return makeRange(sheet, address ? parseRect(address) : { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS });
      },
      getRangeByIndexes: function (row, col, rows, cols) {
        return makeRange(sheet, { top: row, left: col, rows: rows, cols: cols });
      },
      getRanges: function () {
        return open({ format: recorder("areas.format"), load: function () { return this; } }, "areas");
      },
      charts: charts,
      protection: {
        get protected() { return sheet.protected; },
        load: function () {},
        protect: function () { sheet.protected = true; },
        unprotect: function () { sheet.protected = false; },
      },
      freezePanes: {
        unfreeze: function () { sheet.frozen = null; },
        freezeAt: function (r) { sheet.frozen = r.address; },
        freezeRows: function (n) { sheet.frozen = { rows: n }; },
        freezeColumns: function (n) { sheet.frozen = { columns: n }; },
      },
      activate: function () { state.activeSheet = sheet.name; },
      delete: function () {
        state.sheets = state.sheets.filter(function (s) { return s !== sheet; });
        if (state.activeSheet === sheet.name) state.activeSheet = state.sheets.length ? state.sheets[0].name : null;
      },
    };
    return open(ws, "worksheet");
  }

  function getSheetOrThrow(name) {
    var s = findSheet(name);
    if (!s) throw new Error("fake Excel: ItemNotFound: no sheet named " + name);
    return s;
  }

  // ---------- names ----------
  function findName(name) {
    for (var i = 0; i < state.names.length; i++) if (lower(state.names[i].name) === lower(name)) return state.names[i];
    return null;
  }
  function makeNameItem(n) {
    var item = {
      get name() { return n.name; },
      get formula() { return n.formula; },
      set formula(v) { n.formula = String(v); },
      get visible() { return n.visible; },
      set visible(v) { n.visible = !!v; },
      get comment() { return n.comment; },
      isNullObject: false,
      load: function () { return item; },
      delete: function () { state.names = state.names.filter(function (x) { return x !== n; }); },
      getRange: function () {
        var ref = parseReference(n.formula);
        if (!ref) throw new Error("fake Excel: name " + n.name + " is not a reference");
        return makeRange(getSheetOrThrow(ref.sheet), parseRect(ref.address));
      },
    };
    return open(item, "name");
  }
  var names = {
    get items() { return state.names.map(makeNameItem); },
    load: function () { return names; },
    add: function (name, reference, comment) {
      if (findName(name)) throw new Error("fake Excel: name " + name + " exists");
      var formula = typeof reference === "string" ? reference : reference && reference.address ? "=" + reference.address : String(reference);
      var n = { name: String(name), formula: formula.charAt(0) === "=" ? formula : "=" + formula, comment: comment || "", visible: true };
      state.names.push(n);
      return makeNameItem(n);
    },
    getItem: function (name) {
      var n = findName(name);
      if (!n) throw new Error("fake Excel: ItemNotFound: no name " + name);
      return makeNameItem(n);
    },
    getItemOrNullObject: function (name) {
      var n = findName(name);
      return n ? makeNameItem(n) : { isNullObject: true, load: function () {} };
    },
  };

  var worksheets = {
    get items() { return state.sheets.map(makeWorksheet); },
    load: function () { return worksheets; },
    add: function (name) {
      var s = newSheet(name || "Sheet" + (state.sheets.length + 1));
      return makeWorksheet(s);
    },
    getItem: function (name) { return makeWorksheet(getSheetOrThrow(name)); },
    getItemOrNullObject: function (name) {
      var s = findSheet(name);
      return s ? makeWorksheet(s) : { isNullObject: true, load: function () {} };
    },
    getActiveWorksheet: function () { return makeWorksheet(getSheetOrThrow(state.activeSheet)); },
  };

  var workbook = open(
    {
      worksheets: open(worksheets, "worksheets"),
      names: open(names, "names"),
      protection: { protected: false, load: function () {} },
      application: open(
        {
          suspendApiCalculationUntilNextSync: function () { state.runs[state.runs.length - 1].suspendedCalc = true; },
          suspendScreenUpdatingUntilNextSync: function () { state.runs[state.runs.length - 1].suspendedScreen = true; },
        },
        "application",
      ),
    },
    "workbook",
  );

  // A new workbook has one sheet, like Excel.
  newSheet(config.firstSheetName || "Sheet1");
  state.activeSheet = state.sheets[0].name;

  window.Excel = {
    run: function (callback) {
      var run = { syncs: 0, suspendedCalc: false, suspendedScreen: false };
      state.runs.push(run);
      var context = {
        workbook: workbook,
        sync: function () {
          state.syncs++;
          run.syncs++;
          return new Promise(function (resolve) { setTimeout(resolve, 0); });
        },
        trackedObjects: { add: function () {}, remove: function () {} },
      };
      return Promise.resolve().then(function () { return callback(context); });
    },
  };

  // ---------- Office and CustomFunctions ----------
  var dark = !!config.isDarkTheme;
  window.Office = {
    onReady: function (callback) {
      var info = { host: "Excel", platform: "OfficeOnline" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
    context: {
      displayLanguage: config.displayLanguage || "en-US",
      contentLanguage: config.displayLanguage || "en-US",
      host: "Excel",
      platform: "OfficeOnline",
      officeTheme: {
        isDarkTheme: dark,
        bodyBackgroundColor: config.bodyBackgroundColor || (dark ? "#292929" : "#ffffff"),
        bodyForegroundColor: dark ? "#ffffff" : "#000000",
        controlBackgroundColor: dark ? "#3b3b3b" : "#ffffff",
        controlForegroundColor: dark ? "#ffffff" : "#000000",
      },
      requirements: {
        isSetSupported: function (name, version) {
          state.setChecks.push(name + " " + version);
          return (config.unsupportedSets || []).indexOf(name) < 0;
        },
      },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
  };

  function CustomFunctionsError(code, message) {
    this.code = code;
    this.message = message;
  }
  window.CustomFunctions = {
    associate: function (id) {
      if (typeof id === "string") state.customFunctions.push(id);
      else if (id && typeof id === "object") for (var k in id) state.customFunctions.push(k);
    },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
  };

  // ---------- inspection helpers for the test ----------
  window.__fakeExcel = state;
  window.__fakeExcelApi = {
    /** Plain-data copy of what the workbook holds. */
    snapshot: function () {
      return JSON.parse(JSON.stringify(state));
    },
    /** The cell a workbook name points at: { sheet, address, value, formula, numberFormat }. */
    nameCell: function (name) {
      var n = findName(name);
      if (!n) return null;
      var ref = parseReference(n.formula);
      if (!ref) return { formula: n.formula };
      var sheet = findSheet(ref.sheet);
      var rect = parseRect(ref.address);
      var cell = sheet ? sheet.cells[a1(rect.top, rect.left)] || {} : {};
      return { name: n.name, sheet: ref.sheet, address: a1(rect.top, rect.left), value: cell.v, formula: cell.f, numberFormat: cell.nf, sheetExists: !!sheet };
    },
    /** Sets the cell a name points at, as a user typing in Excel would. */
    setNameValue: function (name, value) {
      var n = findName(name);
      var ref = parseReference(n.formula);
      var rect = parseRect(ref.address);
      var sheet = getSheetOrThrow(ref.sheet);
      sheet.cells[a1(rect.top, rect.left)] = { v: value };
    },
    counts: function () {
      var cells = 0;
      var formulas = 0;
      state.sheets.forEach(function (s) {
        for (var k in s.cells) {
          cells++;
          if (s.cells[k].f !== undefined) formulas++;
        }
      });
      return { sheets: state.sheets.length, cells: cells, formulas: formulas, names: state.names.length, syncs: state.syncs, runs: state.runs.length };
    },
  };
})();
