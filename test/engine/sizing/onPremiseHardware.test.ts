/**
 * On-premise hardware (issue 12, item 5): physical servers sized by VM density with a spare host per cluster,
 * plus network and backup / disaster-recovery equipment bought with them in the servers asset class. The
 * answers are worked out here by hand from the sizing rules and the rate card's list prices.
 */
import { computeBudget, RATE_CARD_ENTRIES, type PathId } from "../../../src/engine";

const listOf = (key: string): number => Number(RATE_CARD_ENTRIES.find((e) => e.key === key)!.list);
/** China goods prices include 13% VAT, reclaimed by default. */
const CN_GOODS = 1.13;
const SERVER = 60000 / CN_GOODS;
const NETWORK_SITE = 80000 / CN_GOODS;
const BACKUP_TB = 3000 / CN_GOODS;
const money = (x: number): string => x.toFixed(6);

test("the densities, shares and prices assumed here are the rate card's", () => {
  expect(listOf("vm_units_per_server")).toBe(8);
  expect(listOf("server_failover_hosts")).toBe(1);
  expect(listOf("network_share_of_servers")).toBe(0.14);
  expect(listOf("backup_copies")).toBe(2);
  expect([listOf("server_cn"), listOf("network_site_min_cn"), listOf("backup_tb_cn")]).toEqual([60000, 80000, 3000]);
  for (const key of ["server_cn", "network_site_min_cn", "backup_tb_cn"]) expect(RATE_CARD_ENTRIES.find((e) => e.key === key)).toMatchObject({ vatRate: 0.13, listIncludesVat: true, discount: 0 });
});

type Raw = Record<string, unknown>;
const lineOf = (raw: Raw, path: PathId, id: string) => computeBudget(raw).paths[path].lines.find((l) => l.id === id)!;
const sizingOf = (raw: Raw, key: string): number => computeBudget(raw).sizing[0].get(key)!.toNumber();

describe("5,000 staff on-premise (the defaults otherwise)", () => {
  const raw = { hosting: "onPremise" };
  // Compute units (4 vCPU): chat 1 + 1 site = 2; database 2 nodes × 2 = 4; media max(2, 9, 1) + 1 = 10.
  const units = 16;
  test("servers: 16 units at 8 per server fill 2, plus a spare host = 3; hybrid's 4 units need 1 + a spare = 2", () => {
    expect(sizingOf(raw, "computeUnits")).toBe(units);
    expect(sizingOf(raw, "physicalServersFull")).toBe(Math.ceil(units / 8) + 1);
    expect(sizingOf(raw, "physicalServersHybrid")).toBe(Math.ceil(4 / 8) + 1);
  });
  test("self-build buys 3 servers, the minimum network kit (14% of servers is below it) and 2 backup copies of 2.165 TB", () => {
    const servers = 3 * SERVER; // 159,292.04
    const network = Math.max(0.14 * servers, NETWORK_SITE); // 22,300.88 < 70,796.46
    // Stored data 2,165 GB with 2 copies → 1,082.5 GB of primary data, backed up twice → 2.165 TB.
    const backup = ((2165 / 2) * 2) / 1000 * BACKUP_TB;
    const bought = (id: string) => money(lineOf(raw, "selfBuild", id).month(12).toNumber());
    expect(bought("hardware")).toBe(money(servers));
    expect(bought("networkEquipment")).toBe(money(NETWORK_SITE));
    expect(network).toBe(NETWORK_SITE);
    expect(bought("backupEquipment")).toBe(money(backup));
  });
  test("hybrid's own services buy 2 servers, one network kit and backup for the attachments only", () => {
    const bought = (id: string) => money(lineOf(raw, "hybrid", id).month(6).toNumber());
    expect(bought("hardware")).toBe(money(2 * SERVER));
    expect(bought("networkEquipment")).toBe(money(NETWORK_SITE));
    // Attachments 5,000 × 15 MB × 365 days × 2 copies ÷ 30 days ÷ 1,000 = 1,825 GB: 912.5 GB of primary data, backed up twice.
    expect(bought("backupEquipment")).toBe(money(((1825 / 2) * 2) / 1000 * BACKUP_TB));
  });
  test("cloud hosting buys none of it", () => {
    for (const id of ["hardware", "networkEquipment", "backupEquipment", "hardwareRefresh"]) {
      for (const p of ["selfBuild", "hybrid", "commercial"] as const) expect(lineOf({}, p, id).total.isZero()).toBe(true);
    }
  });
});

describe("50,000 staff, commercial private deployment on-premise, no growth", () => {
  const raw = { headcount: 50000, commercialModel: "private", hosting: "onPremise", userGrowthRate: 0 };
  test("102 compute units: 13 servers by density plus a spare; network at 14% of the servers; backup of 21.65 TB", () => {
    // Chat ⌈25,500 × 1.3 / 5,000⌉ + 1 = 8; database 1 + ⌈33,150 / 25,000⌉ = 3 nodes × 2 = 6;
    // media max(⌈8,861.25 × 1.3 / 700⌉ = 17, ⌈5,312.5 × 1.3 / 80⌉ = 87, 1) + 1 = 88.
    expect(sizingOf(raw, "computeUnits")).toBe(8 + 6 + 88);
    expect(sizingOf(raw, "physicalServersFull")).toBe(13 + 1);
    const servers = 14 * SERVER; // 743,362.83
    const network = 0.14 * servers; // 104,070.80 > 70,796.46
    expect(network).toBeGreaterThan(NETWORK_SITE);
    // Messages 42,500 × 80 × 250 × 2,000 B × 365/365 × 2 copies = 3,400 GB; attachments 50,000 × 15 × 365 × 2 / 30,000 = 18,250 GB.
    const backup = (((3400 + 18250) / 2) * 2) / 1000 * BACKUP_TB;
    const bought = (id: string) => lineOf(raw, "commercial", id).month(2).toNumber();
    expect(money(bought("hardware"))).toBe(money(servers));
    expect(money(bought("networkEquipment"))).toBe(money(network));
    expect(money(bought("backupEquipment"))).toBe(money(backup));
  });
  test("three sites: a cluster per site, each with a spare host, and a network kit at each", () => {
    const three = { ...raw, regions: 3 };
    // Chat 7 + 3 = 10; database 1 + 2 + 2 = 5 nodes × 2 = 10; media max(17, 87, 3) + 1 = 88: 108 units, 36 a site.
    expect(sizingOf(three, "computeUnits")).toBe(108);
    expect(sizingOf(three, "physicalServersFull")).toBe(3 * (Math.ceil(36 / 8) + 1));
    const servers = 18 * SERVER;
    expect(money(lineOf(three, "selfBuild", "networkEquipment").month(12).toNumber())).toBe(money(Math.max(0.14 * servers, 3 * NETWORK_SITE)));
  });
  test("the refresh replaces servers, network and backup together; all three are servers-class assets", () => {
    const r = computeBudget(raw).paths.commercial;
    const kit = ["hardware", "networkEquipment", "backupEquipment"].map((id) => r.lines.find((l) => l.id === id)!);
    const refresh = r.lines.find((l) => l.id === "hardwareRefresh")!;
    expect(refresh.total.isZero()).toBe(false);
    expect(money(refresh.total.toNumber())).toBe(money(kit.reduce((a, l) => a + l.total.toNumber(), 0)));
    for (const l of [...kit, refresh]) expect(l.asset).toBe("servers");
  });
});
