/** @jest-environment jsdom */
/**
 * The pane as a standalone calculator (no Office host): the outside-Excel banner in both languages, Download
 * instead of Generate / Load, what the download is given (the form's raw inputs, the pane's language), its
 * success and error messages, the block while a field is invalid, and saveFile's download link.
 */
// The risk worker's factory uses import.meta (webpack only): an in-thread fake replaces it.
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import { fireEvent, render, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Lang } from "../../src/taskpane/i18n/strings";
import { saveFile, type DownloadOptions, type StandaloneActions } from "../../src/taskpane/standalone/downloadBudget";
import { ALL_PANELS, control, screen } from "./helpers";

interface FakeDownload extends StandaloneActions {
  readonly calls: { raw: Readonly<Record<string, unknown>>; options: DownloadOptions }[];
  failWith: unknown;
}

function fakeDownload(): FakeDownload {
  const fake: FakeDownload = {
    calls: [],
    failWith: null,
    async download(raw, options) {
      fake.calls.push({ raw, options });
      if (fake.failWith) throw fake.failWith;
      return { fileName: "budget.xlsx", bytes: 150 * 1024, sheets: 14 };
    },
  };
  return fake;
}

function renderStandalone(lang: Lang = "en-US", actions = fakeDownload()) {
  render(<App initialLang={lang} theme="light" standalone={actions} debounceMs={0} riskDebounceMs={0} initialOpen={ALL_PANELS} />);
  return actions;
}

describe("standalone calculator", () => {
  it("says it runs outside Excel, shows Download and neither Generate nor Load", () => {
    renderStandalone("en-US");
    const banner = screen.getByTestId("standalone-banner");
    expect(banner.textContent).toContain("Running outside Excel");
    expect(banner.textContent).toContain("Generate and Load need the add-in inside Excel");
    expect(banner.textContent).toContain("nothing is sent anywhere");
    expect(screen.queryByTestId("generate")).toBeNull();
    expect(screen.queryByTestId("load")).toBeNull();
    expect(screen.getByTestId("download").textContent).toBe("Download budget.xlsx");
  });

  it("says it in Chinese too", () => {
    renderStandalone("zh-CN");
    expect(screen.getByTestId("standalone-banner").textContent).toContain("当前在 Excel 之外运行");
    expect(screen.getByTestId("standalone-banner").textContent).toContain("不会发送到任何地方");
    expect(screen.getByTestId("download").textContent).toBe("下载 budget.xlsx");
  });

  it("hands the form's raw inputs and the pane's language to the download, then says what the browser received", async () => {
    const actions = renderStandalone("en-US");
    fireEvent.change(control("headcount"), { target: { value: "8000" } });
    fireEvent.change(control("dauRatio"), { target: { value: "90" } });
    fireEvent.click(screen.getByTestId("download"));
    const done = await screen.findByTestId("download-success");
    expect(actions.calls).toHaveLength(1);
    expect(actions.calls[0].raw.headcount).toBe(8000);
    expect(actions.calls[0].raw.dauRatio).toBe(0.9);
    expect(actions.calls[0].options.language).toBe("en-US");
    expect(done.textContent).toContain("budget.xlsx is ready (14 sheets, 150 KB)");
  });

  it("says a failure once, in the pane's language", async () => {
    const actions = fakeDownload();
    actions.failWith = new Error("quota exceeded");
    renderStandalone("zh-CN", actions);
    fireEvent.click(screen.getByTestId("download"));
    const error = await screen.findByTestId("download-error");
    expect(error.textContent).toBe("无法生成 budget.xlsx：quota exceeded");
    expect(error.getAttribute("role")).toBe("alert");
  });

  it("does not download while a field is invalid, and says why", async () => {
    const actions = renderStandalone("en-US");
    fireEvent.change(control("headcount"), { target: { value: "0" } });
    await waitFor(() => expect(screen.getByTestId("download").getAttribute("aria-disabled")).toBe("true"));
    fireEvent.click(screen.getByTestId("download"));
    expect(actions.calls).toHaveLength(0);
    expect(screen.getByText("Fix the marked fields before downloading.")).toBeTruthy();
  });
});

describe("saveFile", () => {
  it("clicks a hidden download link to a blob: URL of the xlsx type, removes it, and revokes the URL later", () => {
    jest.useFakeTimers();
    const created: Blob[] = [];
    const revoked: string[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        created.push(b);
        return "blob:imcost-test";
      },
      revokeObjectURL: (u: string) => revoked.push(u),
    });
    const clicked: { href: string; download: string; hidden: boolean }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, hidden: this.hidden });
    });
    try {
      saveFile(new Uint8Array([80, 75, 3, 4]), "budget.xlsx");
      expect(clicked).toEqual([{ href: "blob:imcost-test", download: "budget.xlsx", hidden: true }]);
      expect(created[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(created[0].size).toBe(4);
      expect(document.querySelectorAll("a[download]")).toHaveLength(0);
      expect(revoked).toEqual([]);
      jest.advanceTimersByTime(60_000);
      expect(revoked).toEqual(["blob:imcost-test"]);
    } finally {
      click.mockRestore();
      jest.useRealTimers();
    }
  });
});
