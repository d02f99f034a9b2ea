import { Decimal, dec } from "../decimal";

export const DEFAULT_BYTES_PER_MESSAGE: Decimal = dec(2000);
export const DEFAULT_RETENTION_DAYS: Decimal = dec(365);

const BYTES_PER_GB = dec(1e9);
const MB_PER_GB = dec(1000);
const DAYS_PER_MONTH = dec(30);

/**
 * Stored data in GB for a retention window:
 * users × (messages/day × bytes/message × days / 10⁹ + attachment MB/month × days / 30 / 1000).
 */
export function storageGb(
  users: Decimal,
  messagesPerUserDay: Decimal,
  bytesPerMessage: Decimal = DEFAULT_BYTES_PER_MESSAGE,
  retentionDays: Decimal = DEFAULT_RETENTION_DAYS,
  attachmentMBPerUserMonth: Decimal = dec(0),
): Decimal {
  const messages = messagesPerUserDay.times(bytesPerMessage).times(retentionDays).div(BYTES_PER_GB);
  const attachments = attachmentMBPerUserMonth.times(retentionDays).div(DAYS_PER_MONTH).div(MB_PER_GB);
  return users.times(messages.plus(attachments));
}
