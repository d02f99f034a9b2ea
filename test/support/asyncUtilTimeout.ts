/**
 * Testing Library's waits (findBy…, waitFor) give up after 1 s by default. The pane's preview is debounced and
 * computes the whole budget; on a busy 2-core machine running the suite in parallel that took several seconds,
 * so the waits failed while the result would have been right. A wait ends as soon as its condition holds, so a
 * long limit costs nothing when the pane is fast; it only decides how long a real failure takes to report.
 */
import { configure } from "@testing-library/dom";

export const ASYNC_UTIL_TIMEOUT_MS = 30_000;
configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });
