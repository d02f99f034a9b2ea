/**
 * A message in the pane (Fluent's MessageBar, multiline): an intent, an optional title, the text. An error the
 * user must hear at once is an alert.
 */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarProps } from "@fluentui/react-components";

export interface NoticeProps {
  readonly intent: NonNullable<MessageBarProps["intent"]>;
  readonly title?: string;
  readonly alert?: boolean;
  readonly testId?: string;
  /** Extra data-* attributes for tests (e.g. a count). */
  readonly data?: Readonly<Record<`data-${string}`, string | number>>;
  readonly children: React.ReactNode;
}

export function Notice({ intent, title, alert, testId, data, children }: NoticeProps): React.ReactElement {
  return (
    <MessageBar intent={intent} layout="multiline" {...(alert ? { role: "alert" } : {})} {...(testId ? { "data-testid": testId } : {})} {...data}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
