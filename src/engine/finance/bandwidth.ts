import { Decimal, dec } from "../decimal";
import { defaultRateValue } from "../rateCard/rateCard";

export type Media = "text" | "voice" | "video";
export const MEDIA: readonly Media[] = ["text", "voice", "video"];

/** The rate-card parameter that holds each medium's bit rate per user (video: 720p). */
export const MEDIA_RATE_KEYS: Readonly<Record<Media, string>> = {
  text: "kbps_text",
  voice: "kbps_voice",
  video: "kbps_video_720p",
};

const KBPS_PER_MBPS = dec(1000);

/** The rate card's default bit rate per concurrent user for a medium, in kbps. */
export function mediaKbps(media: Media): Decimal {
  return defaultRateValue(MEDIA_RATE_KEYS[media]);
}

/** Bandwidth in Mbps for concurrent users at a bit rate per user: users × kbps / 1000. */
export function bandwidthMbps(concurrentUsers: Decimal, kbpsPerUser: Decimal): Decimal {
  return concurrentUsers.times(kbpsPerUser).div(KBPS_PER_MBPS);
}
