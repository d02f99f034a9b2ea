/**
 * Task pane entry. Inside Excel: Office.onReady → requirement-set check → render <App/> with the workbook
 * actions (or a plain message naming the missing sets). In a plain browser (office.js blocked or missing, or
 * loaded with no Office host): the same <App/> as a standalone calculator, in the browser's language and
 * colour scheme, with budget.xlsx as a download. Never import src/functions/functions.ts here: the functions
 * bundle is loaded by the same page.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { setDefaultFastBackend } from "../engine";
import { App } from "./App";
import { langFromDisplayLanguage } from "./i18n/strings";
import { detectHost } from "./officeHost";
import { missingRequirementSets, unsupportedMessage } from "./requirementSets";
import { currentOfficeThemeName, fluentTheme } from "./theme";
import { PANE_BACKEND } from "./risk/riskProtocol";
import { browserPreferences } from "./standalone/browserPreferences";
import { browserDownloadActions } from "./standalone/downloadBudget";
import { officeWorkbookActions } from "./workbookActions";

// Before anything computes: the checks and the workbook plan compile the risk model on this page too, and the
// page's Content-Security-Policy forbids code generation (the worker passes the same backend explicitly).
setDefaultFastBackend(PANE_BACKEND);

function isSetSupported(name: string, version: string): boolean {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return requirements ? requirements.isSetSupported(name, version) : false;
}

function startInOffice(container: HTMLElement): void {
  const displayLanguage = Office.context?.displayLanguage;
  const lang = langFromDisplayLanguage(displayLanguage);
  const theme = currentOfficeThemeName();
  document.documentElement.lang = lang;
  const missing = missingRequirementSets(isSetSupported);
  createRoot(container).render(
    missing.length ? (
      <FluentProvider theme={fluentTheme(theme)} style={{ minHeight: "100vh", padding: 16 }}>
        <p role="alert">{unsupportedMessage(missing, displayLanguage)}</p>
      </FluentProvider>
    ) : (
      <App initialLang={lang} theme={theme} actions={officeWorkbookActions} />
    ),
  );
}

function startStandalone(container: HTMLElement): void {
  const { lang, theme } = browserPreferences();
  document.documentElement.lang = lang;
  createRoot(container).render(<App initialLang={lang} theme={theme} standalone={browserDownloadActions} />);
}

void detectHost().then((host) => {
  const container = document.getElementById("container");
  if (!container) return;
  if (host.kind === "office") startInOffice(container);
  else startStandalone(container);
});
