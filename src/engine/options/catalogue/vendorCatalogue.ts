import { EngineError, describeValue } from "../../EngineError";
import type { CatalogueProfile } from "./CatalogueProfile";
import { CHINA_SAAS_PROFILES } from "./chinaSaasProfiles";
import { INTL_SAAS_PROFILES } from "./intlSaasProfiles";
import { PAAS_PROFILES } from "./paasProfiles";
import { SELF_HOSTED_PROFILES } from "./selfHostedProfiles";

/** The built-in vendor profiles (issue 15): China SaaS, international SaaS, self-hosted licences, PaaS. */
export const VENDOR_CATALOGUE: readonly CatalogueProfile[] = [...CHINA_SAAS_PROFILES, ...INTL_SAAS_PROFILES, ...SELF_HOSTED_PROFILES, ...PAAS_PROFILES];

const BY_ID: ReadonlyMap<string, CatalogueProfile> = new Map(VENDOR_CATALOGUE.map((p) => [p.id, p]));

/** The profile with this id; an unknown id is refused naming the ids there are. */
export function catalogueProfile(id: string): CatalogueProfile {
  const profile = typeof id === "string" ? BY_ID.get(id) : undefined;
  if (!profile) throw new EngineError({ code: "unknownOption", field: "catalogue", allowed: VENDOR_CATALOGUE.map((p) => p.id).join(", "), received: describeValue(id) });
  return profile;
}
