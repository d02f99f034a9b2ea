import type { EvidenceStatus, RateCardEntry } from "./RateCardEntry";
import { LABOUR_MARKET_ENTRIES } from "./labourMarketEntries";
import { defaultOfferEntries } from "../offers/defaultOfferEntries";

/** The date the default price book was compiled; "older than 24 months" checks count from here. */
export const RATE_CARD_AS_OF = "2026-11-01";


interface PriceArgs {
  en: string;
  zh: string;
  unit: string;
  currency: "CNY" | "USD";
  region: "cn" | "intl" | "any";
  list: string;
  /** VAT rate and whether the list includes it; salaries have none. */
  vat?: [number, boolean];
  source: string;
  date: string;
  status: EvidenceStatus;
}

function price(key: string, a: PriceArgs): RateCardEntry {
  const [vatRate, listIncludesVat] = a.vat ?? [0, false];
  return { key, kind: "price", label: { en: a.en, zh: a.zh }, unit: a.unit, currency: a.currency, region: a.region, list: a.list, discount: 0, vatRate, listIncludesVat, source: a.source, date: a.date, status: a.status };
}

function param(key: string, en: string, zh: string, unit: string, list: string, source: string, date: string, status: EvidenceStatus): RateCardEntry {
  return { key, kind: "parameter", label: { en, zh }, unit, currency: null, region: "any", list, discount: 0, vatRate: 0, listIncludesVat: false, source, date, status };
}

// China cloud and SaaS list prices include 6% VAT (services) or 13% (goods); international prices exclude tax.
const CN_SERVICE: [number, boolean] = [0.06, true];
const CN_GOODS: [number, boolean] = [0.13, true];
const SALARY = "NBS IT-sector average ≈239,000 CNY (2024, DERIVED) × tier mix; role ranges from job-board aggregates";

/** The default price book. Every entry carries its source, date and evidence status. */
export const RATE_CARD_ENTRIES: readonly RateCardEntry[] = [
  // ── Media bitrates and sizing rules ────────────────────────────────────────────────────────────────
  param("days_per_year", "Calendar days per year (retention in days → years)", "每年日历天数（保留天数折算为年）", "days", "365", "Calendar convention: a common year (365.25 on average with leap years)", "2026-12", "DERIVED"),
  param("days_per_month", "Calendar days per month (retention in days → months)", "每月日历天数（保留天数折算为月）", "days", "30", "Calendar convention: a 30-day month (30.44 on average)", "2026-12", "DERIVED"),
  param("weeks_per_year", "Weeks per year (parallel run in weeks → months and years)", "每年周数（并行周数折算为月、年）", "weeks", "52", "Calendar convention: 52 whole weeks (365 / 7 = 52.14)", "2026-12", "DERIVED"),
  param("kbps_text", "Chat signalling per online user", "每在线用户文字信令带宽", "kbps", "2", "EST: presence and message traffic of an always-on desktop client", "2026-11", "EST"),
  param("kbps_voice", "Voice stream on the wire (Opus 32 + 20 overhead)", "语音流（Opus 32 + 包头 20）", "kbps", "52", "RFC 7587 §3.1.1 (Opus FB 28–40 kbps) + IPv4/UDP/RTP 16 kbps + SRTP 4 kbps", "2026-10", "DERIVED"),
  param("kbps_video_360p", "Video 360p stream", "视频 360p 码流", "kbps", "500", "libwebrtc video/config/simulcast.cc (target 500 kbps)", "2026-10", "SEEN"),
  param("kbps_video_720p", "Video 720p stream", "视频 720p 码流", "kbps", "2500", "libwebrtc simulcast.cc; Jitsi handbook requirements.md (720p 2,500 kbps)", "2026-10", "SEEN"),
  param("kbps_video_1080p", "Video 1080p stream", "视频 1080p 码流", "kbps", "4000", "libwebrtc simulcast.cc (1080p target 4,000 kbps)", "2026-10", "SEEN"),
  param("video_pixels_360p", "Pixels of a 360p stream (640 × 360; also each thumbnail)", "360p 视频像素（640×360；小窗同此）", "pixels", "230400", "640 × 360 = 230,400", "2026-12", "DERIVED"),
  param("video_pixels_720p", "Pixels of a 720p stream (1280 × 720)", "720p 视频像素（1280×720）", "pixels", "921600", "1280 × 720 = 921,600", "2026-12", "DERIVED"),
  param("video_pixels_1080p", "Pixels of a 1080p stream (1920 × 1080)", "1080p 视频像素（1920×1080）", "pixels", "2073600", "1920 × 1080 = 2,073,600", "2026-12", "DERIVED"),
  param("video_overhead_factor", "Video packet and RTCP overhead", "视频包头与 RTCP 开销系数", "×", "1.08", "EST within 1.05–1.10 for headers, RTCP, retransmission", "2026-10", "EST"),
  param("max_forwarded_audio", "Loudest speakers forwarded by the SFU", "SFU 转发的最大音频路数", "streams", "3", "EST: SFU forwards the 3 loudest speakers", "2026-10", "EST"),
  param("max_forwarded_video", "Video tiles received per participant", "每人接收的最大视频路数", "streams", "9", "EST: gallery of 9 tiles", "2026-10", "EST"),
  param("call_peak_factor", "Busy-hour call concurrency ÷ average", "通话忙时系数", "×", "2", "EST: calls concentrate in office hours", "2026-10", "EST"),
  param("call_day_minutes", "Minutes of the working day calls spread over", "通话分布的工作时长", "minutes", "480", "EST: 8-hour working day", "2026-10", "EST"),
  param("bytes_per_message", "Stored bytes per message incl. metadata and indexes", "每条消息存储字节（含元数据与索引）", "bytes", "2000", "EST: ~1 KB per message × 2 for indexes", "2026-10", "EST"),
  param("message_fanout", "Recipients per message (delivery traffic)", "每条消息平均接收人数", "people", "5", "EST", "2026-10", "EST"),
  param("infra_headroom", "Capacity headroom on peak", "容量余量", "share", "0.3", "Redundancy and headroom practice; research default 30% + N+1", "2026-10", "EST"),
  param("latency_local_media_ms", "Latency target below which each site gets its own media nodes", "低于此延迟目标时每个站点自建媒体节点", "ms", "150", "ITU-T G.114 (05/2003): one-way delay up to 150 ms keeps most interactive speech transparent (read 2026-12)", "2026-12", "SEEN"),
  param("media_nodes_per_local_site", "Media nodes per site when media is served locally (a redundant pair)", "本地媒体站点的节点数（冗余一对）", "nodes", "2", "Research: N+1 per site; a pair is the smallest redundant set", "2026-10", "EST"),
  param("im_connections_per_node", "Concurrent chat connections per 4-vCPU node", "每台 4 核节点承载的并发连接", "connections", "5000", "Mattermost reference architecture (≤15,000 concurrent on 2 × 4 vCPU app nodes), rounded down", "2026-10", "DERIVED"),
  param("db_connections_per_replica", "Concurrent users per database replica", "每个数据库副本承载的并发用户", "users", "25000", "Mattermost reference architectures (1 writer + 1 reader ≤30,000; +4 readers ≤88,000)", "2026-10", "DERIVED"),
  param("sfu_participants_per_node", "Media participants per SFU node", "每台媒体节点承载的通话人数", "participants", "80", "Jitsi jicofo reference.conf max-bridge-participants = 80", "2026-10", "SEEN"),
  param("sfu_nic_mbps", "Usable SFU node network capacity", "媒体节点可用网卡带宽", "Mbps", "700", "EST: 1 Gbps NIC at 70% utilisation", "2026-10", "EST"),
  param("vms_per_node_db", "4-vCPU units per database node", "每个数据库节点折合 4 核单元", "units", "2", "Mattermost: DB nodes are 2× app-node size", "2026-10", "DERIVED"),
  param("vm_units_per_server", "4-vCPU units per physical server (VM density)", "每台物理服务器折合 4 核单元（虚拟机密度）", "units", "8", "EST: 2-socket server of 2 × 16 cores, one vCPU per physical core (no CPU overcommit for media and databases): 32 vCPU ÷ 4", "2026-10", "EST"),
  param("server_failover_hosts", "Spare hosts per server cluster (N+1: a failed host's VMs restart on the others)", "每个服务器集群的冗余主机（N+1：故障主机的虚拟机在其余主机重启）", "servers", "1", "vSphere HA admission control: host failures the cluster tolerates, 1 when not set (developer.broadcom.com vSphere Automation API, Cluster HA AdmissionControl)", "2026-12", "SEEN"),
  param("hybrid_im_node_share", "Hybrid own services: share of the self-build chat nodes they need", "混合方案自有服务占自建 IM 节点的比例", "share", "0.5", "EST: the PaaS carries messaging; own services (users, bots, integration) need about half the chat tier", "2026-10", "EST"),
  param("hybrid_units_min", "Hybrid own services: minimum compute units (a redundant pair)", "混合方案自有服务最少算力单元（冗余一对）", "units", "2", "Research: N+1; a pair is the smallest redundant set", "2026-10", "EST"),
  param("domestic_server_factor", "Extra nodes on domestic CPUs (信创)", "信创服务器节点放大系数", "×", "1.3", "EST within 1.2–1.5× node count for the same load", "2026-10", "EST"),
  param("recording_share", "Share of video minutes recorded", "录制的视频分钟占比", "share", "0.1", "EST", "2026-10", "EST"),
  param("translation_share", "Share of messages translated", "需翻译的消息占比", "share", "0.05", "EST", "2026-10", "EST"),
  param("chars_per_message", "Characters per translated message", "每条翻译消息字符数", "characters", "60", "EST", "2026-10", "EST"),
  param("sms_per_user_year", "Verification SMS per user per year", "每人每年验证短信条数", "messages", "12", "EST: monthly re-login", "2026-10", "EST"),
  // ── Cloud and hosting ──────────────────────────────────────────────────────────────────────────────
  price("vm_month_cn", { en: "Cloud VM 4 vCPU / 8 GB, annual commitment", zh: "云主机 4核8G（包年）", unit: "per VM-month", currency: "CNY", region: "cn", list: "350", vat: CN_SERVICE, source: "EST within 250–450 CNY/month for China 4 vCPU / 8 GB today; Tencent CVM legacy list 400", date: "2026-10", status: "EST" }),
  price("vm_month_intl", { en: "Cloud VM m6i.xlarge on demand", zh: "云主机 m6i.xlarge（按需）", unit: "per VM-month", currency: "USD", region: "intl", list: "140.16", source: "AWS m6i.xlarge 0.192 USD/h × 730 h (third-party price tables)", date: "2026-06", status: "DERIVED" }),
  price("server_cn", { en: "Physical server (2-socket), bought", zh: "物理服务器（双路）采购", unit: "per server", currency: "CNY", region: "cn", list: "60000", vat: CN_GOODS, source: "EST", date: "2026-10", status: "EST" }),
  price("server_intl", { en: "Physical server (2-socket), bought", zh: "物理服务器（双路）采购", unit: "per server", currency: "USD", region: "intl", list: "9000", source: "EST", date: "2026-10", status: "EST" }),
  param("network_share_of_servers", "Network equipment (switches, firewall / load balancer) per server spend", "网络设备（交换机、防火墙/负载均衡）占服务器采购比例", "share", "0.14", "Hamilton, Overall Data Center Costs (perspectives.mvdirona.com, 2010-09-18): networking gear 8% vs servers 57% of the monthly amortised cost; 8 ÷ 57 = 0.14", "2010-09", "DERIVED"),
  price("network_site_min_cn", { en: "Network kit per site, at least (2 switches, 2 firewall / load balancers)", zh: "每站点最低网络设备（2 台交换机、2 台防火墙/负载均衡）", unit: "per site", currency: "CNY", region: "cn", list: "80000", vat: CN_GOODS, source: "EST: a redundant pair of 10 GbE switches and of firewall / load balancer appliances", date: "2026-12", status: "EST" }),
  price("network_site_min_intl", { en: "Network kit per site, at least (2 switches, 2 firewall / load balancers)", zh: "每站点最低网络设备（2 台交换机、2 台防火墙/负载均衡）", unit: "per site", currency: "USD", region: "intl", list: "12000", source: "EST: a redundant pair of 10 GbE switches and of firewall / load balancer appliances", date: "2026-12", status: "EST" }),
  param("backup_copies", "Backup copies of the stored data (3-2-1: two besides the primary, one off-site)", "存储数据的备份份数（3-2-1：主数据外两份，一份异地）", "copies", "2", "3-2-1 rule: three copies, two media, one off-site (Quantum glossary; Blocks & Files, 2022-04-15)", "2022-04", "SEEN-2nd"),
  price("backup_tb_cn", { en: "Backup / DR storage bought, per usable TB", zh: "备份/容灾存储采购（每可用 TB）", unit: "per TB", currency: "CNY", region: "cn", list: "3000", vat: CN_GOODS, source: "EST: disk backup appliance or NAS with its software, per usable TB", date: "2026-12", status: "EST" }),
  price("backup_tb_intl", { en: "Backup / DR storage bought, per usable TB", zh: "备份/容灾存储采购（每可用 TB）", unit: "per TB", currency: "USD", region: "intl", list: "450", source: "EST: disk backup appliance or NAS with its software, per usable TB", date: "2026-12", status: "EST" }),
  price("colocation_year_cn", { en: "Rack space, power and network per server", zh: "机柜、电力和网络（每台服务器）", unit: "per server-year", currency: "CNY", region: "cn", list: "12000", vat: CN_SERVICE, source: "EST", date: "2026-10", status: "EST" }),
  price("colocation_year_intl", { en: "Rack space, power and network per server", zh: "机柜、电力和网络（每台服务器）", unit: "per server-year", currency: "USD", region: "intl", list: "2400", source: "EST", date: "2026-10", status: "EST" }),
  price("egress_gb_cn", { en: "Public traffic out (mainland)", zh: "公网出流量（中国大陆）", unit: "per GB", currency: "CNY", region: "cn", list: "0.8", vat: CN_SERVICE, source: "Tencent CVM public traffic, legacy price page (qcloud-documents 网络带宽)", date: "2019-06", status: "SEEN" }),
  price("egress_gb_intl", { en: "Internet egress (≤10 TB tier)", zh: "公网出流量（≤10TB 档）", unit: "per GB", currency: "USD", region: "intl", list: "0.09", source: "AWS internet egress, third-party transcriptions (wring.co, egresscost.com)", date: "2026-06", status: "SEEN-2nd" }),
  price("cdn_gb_cn", { en: "CDN traffic (0–2 TB tier)", zh: "CDN 流量（0–2TB 档）", unit: "per GB", currency: "CNY", region: "cn", list: "0.21", vat: CN_SERVICE, source: "Tencent CDN 基础服务计费 (qcloud-documents)", date: "2025-01", status: "SEEN" }),
  price("cdn_gb_intl", { en: "CDN traffic, North America", zh: "CDN 流量（北美）", unit: "per GB", currency: "USD", region: "intl", list: "0.085", source: "AWS CloudFront N. America via egresscost.com", date: "2026-06", status: "SEEN-2nd" }),
  price("storage_gb_month_cn", { en: "Object storage, standard", zh: "对象存储（标准）", unit: "per GB-month", currency: "CNY", region: "cn", list: "0.156", vat: CN_SERVICE, source: "Tencent COS standard, legacy price page", date: "2020-01", status: "SEEN" }),
  price("storage_gb_month_intl", { en: "Object storage, S3 Standard", zh: "对象存储（S3 标准）", unit: "per GB-month", currency: "USD", region: "intl", list: "0.023", source: "AWS S3 Standard first 50 TB (gist; code table)", date: "2022-06", status: "SEEN-2nd" }),
  // ── Push and SMS ───────────────────────────────────────────────────────────────────────────────────
  param("push_band1_online", "Push band 1: online devices up to", "推送档 1：在线设备上限", "devices", "20000", "JPush VIP quote (20k online)", "2025-07", "SEEN-2nd"),
  price("push_band1_year_cn", { en: "Push aggregator VIP, band 1", zh: "推送 VIP 套餐 档 1", unit: "per year", currency: "CNY", region: "cn", list: "36000", vat: CN_SERVICE, source: "JPush VIP quote PDF (csdn upload)", date: "2025-07", status: "SEEN-2nd" }),
  param("push_band2_online", "Push band 2: online devices up to", "推送档 2：在线设备上限", "devices", "100000", "JPush VIP quote (100k online)", "2025-07", "SEEN-2nd"),
  price("push_band2_year_cn", { en: "Push aggregator VIP, band 2", zh: "推送 VIP 套餐 档 2", unit: "per year", currency: "CNY", region: "cn", list: "132000", vat: CN_SERVICE, source: "JPush VIP quote PDF (csdn upload)", date: "2025-07", status: "SEEN-2nd" }),
  param("push_band3_online", "Push band 3: online devices up to", "推送档 3：在线设备上限", "devices", "500000", "JPush VIP quote (500k online)", "2025-07", "SEEN-2nd"),
  price("push_band3_year_cn", { en: "Push aggregator VIP, band 3", zh: "推送 VIP 套餐 档 3", unit: "per year", currency: "CNY", region: "cn", list: "552000", vat: CN_SERVICE, source: "JPush VIP quote PDF (csdn upload)", date: "2025-07", status: "SEEN-2nd" }),
  price("push_band4_year_cn", { en: "Push aggregator VIP, above band 3", zh: "推送 VIP 套餐 档 4（更高）", unit: "per year", currency: "CNY", region: "cn", list: "720000", vat: CN_SERVICE, source: "JPush VIP quote PDF (1M online)", date: "2025-07", status: "SEEN-2nd" }),
  price("sms_cn", { en: "Domestic SMS", zh: "国内短信", unit: "per message", currency: "CNY", region: "cn", list: "0.045", vat: CN_SERVICE, source: "Tencent Cloud SMS package 1万 = 450 CNY (qcloud-documents mirror)", date: "2024-01", status: "SEEN-2nd" }),
  price("sms_intl", { en: "SMS (US)", zh: "短信（美国）", unit: "per message", currency: "USD", region: "intl", list: "0.0079", source: "Twilio SMS US via research repo", date: "2025-06", status: "SEEN-2nd" }),
  // ── Commercial product (SaaS per seat, private licence) ────────────────────────────────────────────
  // The SaaS offer: compiled from the default China and international offer profiles (src/engine/offers).
  ...defaultOfferEntries(),
  price("private_licence_seat_cn", { en: "Private-deployment licence per seat (perpetual)", zh: "私有化部署许可（每席位，永久）", unit: "per seat", currency: "CNY", region: "cn", list: "300", vat: CN_SERVICE, source: "EST: 私有化 licences of 0.5–3 million CNY for 1k–10k users", date: "2026-10", status: "EST" }),
  price("private_licence_seat_intl", { en: "Self-hosted licence per seat (annualised as perpetual)", zh: "自托管许可（每席位）", unit: "per seat", currency: "USD", region: "intl", list: "120", source: "EST: Mattermost Professional 10 USD per user-month × 12", date: "2026-10", status: "EST" }),
  param("private_maintenance_share", "Annual maintenance on the licence", "年维保费占许可费比例", "share", "0.18", "Chinese vendors 15–20%; Forrester 18–22% (SEEN-2nd)", "2025-06", "SEEN-2nd"),
  param("domestic_licence_uplift", "信创 edition uplift on licences", "信创版本许可加价", "share", "0.3", "EST within +20–50%", "2026-10", "EST"),
  // ── PaaS / SDK for the hybrid path ─────────────────────────────────────────────────────────────────
  price("paas_im_base_month_cn", { en: "IM PaaS plan up to 10k DAU", zh: "IM PaaS 套餐（≤1万 DAU）", unit: "per month", currency: "CNY", region: "cn", list: "6000", vat: CN_SERVICE, source: "RongCloud non-Beijing Premium ≤10k DAU (help.rongcloud.cn topic 391)", date: "2025-06", status: "SEEN" }),
  price("paas_im_step_month_cn", { en: "IM PaaS each further 10k DAU", zh: "IM PaaS 每增加 1万 DAU", unit: "per month", currency: "CNY", region: "cn", list: "3000", vat: CN_SERVICE, source: "RongCloud non-Beijing Premium +3,000 per 10k DAU", date: "2025-06", status: "SEEN" }),
  param("paas_im_step_dau", "DAU per IM PaaS step", "IM PaaS 每档 DAU", "DAU", "10000", "RongCloud plan steps", "2025-06", "SEEN"),
  param("paas_mau_free", "Chat PaaS free MAU", "聊天 PaaS 免费 MAU", "MAU", "200", "Twilio Conversations: first 200 MAU free", "2026-09", "SEEN-2nd"),
  param("paas_mau_tier1_limit", "Chat PaaS tier 1 up to", "聊天 PaaS 第 1 档上限", "MAU", "5000", "Twilio Conversations 201–5,000", "2026-09", "SEEN-2nd"),
  price("paas_mau_tier1_intl", { en: "Chat PaaS per MAU, tier 1", zh: "聊天 PaaS 每 MAU 第 1 档", unit: "per MAU-month", currency: "USD", region: "intl", list: "0.05", source: "Twilio Conversations pricing via api-evangelist", date: "2026-09", status: "SEEN-2nd" }),
  param("paas_mau_tier2_limit", "Chat PaaS tier 2 up to", "聊天 PaaS 第 2 档上限", "MAU", "10000", "Twilio Conversations 5,001–10,000", "2026-09", "SEEN-2nd"),
  price("paas_mau_tier2_intl", { en: "Chat PaaS per MAU, tier 2", zh: "聊天 PaaS 每 MAU 第 2 档", unit: "per MAU-month", currency: "USD", region: "intl", list: "0.0475", source: "Twilio Conversations pricing via api-evangelist", date: "2026-09", status: "SEEN-2nd" }),
  price("paas_mau_tier3_intl", { en: "Chat PaaS per MAU, above tier 2", zh: "聊天 PaaS 每 MAU 第 3 档", unit: "per MAU-month", currency: "USD", region: "intl", list: "0.045", source: "Twilio Conversations 10,001–20,000 (above: sales)", date: "2026-09", status: "SEEN-2nd" }),
  price("rtc_audio_min_cn", { en: "RTC audio", zh: "RTC 音频", unit: "per 1,000 participant-minutes", currency: "CNY", region: "cn", list: "6", vat: CN_SERVICE, source: "Alibaba ARTC China 0.006 CNY/min (help.aliyun.com billing-of-co-streaming)", date: "2025-10", status: "SEEN" }),
  price("rtc_video_360p_min_cn", { en: "RTC video SD band (received ≤ 640×480)", zh: "RTC 视频标清档（接收合计 ≤ 640×480）", unit: "per 1,000 participant-minutes", currency: "CNY", region: "cn", list: "12", vat: CN_SERVICE, source: "Alibaba ARTC China ≤480p 0.012 CNY/min", date: "2025-10", status: "SEEN" }),
  price("rtc_video_720p_min_cn", { en: "RTC video HD band (received ≤ 1280×720)", zh: "RTC 视频高清档（接收合计 ≤ 1280×720）", unit: "per 1,000 participant-minutes", currency: "CNY", region: "cn", list: "24", vat: CN_SERVICE, source: "Alibaba ARTC China ≤720p 0.024 CNY/min", date: "2025-10", status: "SEEN" }),
  price("rtc_video_1080p_min_cn", { en: "RTC video Full HD band (received ≤ 1920×1080)", zh: "RTC 视频全高清档（接收合计 ≤ 1920×1080）", unit: "per 1,000 participant-minutes", currency: "CNY", region: "cn", list: "90", vat: CN_SERVICE, source: "Alibaba ARTC China >720p (incl. 1080p) 0.090 CNY/min", date: "2025-10", status: "SEEN" }),
  price("rtc_video_2k_min_cn", { en: "RTC video 2K band (received ≤ 2560×1440)", zh: "RTC 视频 2K 档（接收合计 ≤ 2560×1440）", unit: "per 1,000 participant-minutes", currency: "CNY", region: "cn", list: "112", vat: CN_SERVICE, source: "TALRTC (好未来) China list by aggregate received resolution, 2K 112 CNY/1,000 min (rtcdocs.magic-school.com 计费说明, updated 2023-10-23); equals TRTC's 2K deduction ratio 16 × 7 CNY audio", date: "2023-10", status: "SEEN" }),
  price("rtc_video_4k_min_cn", { en: "RTC video 4K band (received > 2560×1440)", zh: "RTC 视频 4K 档（接收合计 > 2560×1440）", unit: "per 1,000 participant-minutes", currency: "CNY", region: "cn", list: "252", vat: CN_SERVICE, source: "TALRTC (好未来) China list, 4K 252 CNY/1,000 min (rtcdocs.magic-school.com, 2023-10-23); equals TRTC's 4K ratio 36 × 7 CNY audio", date: "2023-10", status: "SEEN" }),
  price("rtc_audio_min_intl", { en: "RTC audio", zh: "RTC 音频", unit: "per 1,000 participant-minutes", currency: "USD", region: "intl", list: "0.99", source: "Agora pricing docs (accounts from 2025-08-29)", date: "2025-08", status: "SEEN" }),
  price("rtc_video_360p_min_intl", { en: "RTC video SD band (received ≤ 640×480)", zh: "RTC 视频标清档（接收合计 ≤ 640×480）", unit: "per 1,000 participant-minutes", currency: "USD", region: "intl", list: "1.99", source: "BytePlus RTC pricing docs (360p)", date: "2025-10", status: "SEEN" }),
  price("rtc_video_720p_min_intl", { en: "RTC video HD band (received ≤ 1280×720)", zh: "RTC 视频高清档（接收合计 ≤ 1280×720）", unit: "per 1,000 participant-minutes", currency: "USD", region: "intl", list: "3.99", source: "Agora pricing docs", date: "2025-08", status: "SEEN" }),
  price("rtc_video_1080p_min_intl", { en: "RTC video Full HD band (received ≤ 1920×1080)", zh: "RTC 视频全高清档（接收合计 ≤ 1920×1080）", unit: "per 1,000 participant-minutes", currency: "USD", region: "intl", list: "8.99", source: "Agora pricing docs", date: "2025-08", status: "SEEN" }),
  price("rtc_video_2k_min_intl", { en: "RTC video 2K band (received ≤ 2560×1440)", zh: "RTC 视频 2K 档（接收合计 ≤ 2560×1440）", unit: "per 1,000 participant-minutes", currency: "USD", region: "intl", list: "15.99", source: "Agora pricing docs, 2K 15.99 USD (ratio 1:16); BytePlus RTC the same", date: "2025-08", status: "SEEN" }),
  price("rtc_video_4k_min_intl", { en: "RTC video 4K band (received > 2560×1440)", zh: "RTC 视频 4K 档（接收合计 > 2560×1440）", unit: "per 1,000 participant-minutes", currency: "USD", region: "intl", list: "35.99", source: "Agora pricing docs, 2K+ 35.99 USD (ratio 1:36); BytePlus RTC 4K the same", date: "2025-08", status: "SEEN" }),
  param("rtc_band_sd_max_pixels", "RTC SD band: received pixels up to", "RTC 标清档：接收像素合计上限", "pixels", "307200", "640 × 480: TRTC SD 不高于 640×480 (cloud.tencent.com 647/45892, 2024-08-23); Alibaba ARTC ≤480p is ≤ 720×480", "2024-08", "SEEN"),
  param("rtc_band_hd_max_pixels", "RTC HD band: received pixels up to", "RTC 高清档：接收像素合计上限", "pixels", "921600", "1280 × 720 summed over the streams received: TALRTC HD 230,400–921,600 (rtcdocs.magic-school.com, 2023-10-23); Agora HD ≤ 921,600", "2023-10", "SEEN"),
  param("rtc_band_fhd_max_pixels", "RTC Full HD band: received pixels up to", "RTC 全高清档：接收像素合计上限", "pixels", "2073600", "1920 × 1080 = 2,073,600: the Full HD band's named resolution (Agora; TRTC bills HD/FHD/2K/4K by aggregate resolution, trtc.io/document/42734)", "2026-12", "DERIVED"),
  param("rtc_band_2k_max_pixels", "RTC 2K band: received pixels up to", "RTC 2K 档：接收像素合计上限", "pixels", "3686400", "2560 × 1440 = 3,686,400: the 2K band's named resolution (Agora; TRTC trtc.io/document/42734); above it 4K", "2026-12", "DERIVED"),
  param("rtc_free_minutes_month", "RTC free minutes per month", "RTC 每月免费分钟", "minutes", "10000", "Agora billing FAQ; TRTC free 10,000 min/month", "2025-08", "SEEN"),
  price("recording_min_cn", { en: "Cloud recording (HD)", zh: "云端录制（高清）", unit: "per 1,000 minutes", currency: "CNY", region: "cn", list: "14", vat: CN_SERVICE, source: "TRTC cloud recording China HD (cloud.tencent.com 647/45892)", date: "2024-08", status: "SEEN" }),
  price("recording_min_intl", { en: "Recording export (video)", zh: "录制导出（视频）", unit: "per 1,000 minutes", currency: "USD", region: "intl", list: "10", source: "Cloudflare RealtimeKit export 0.010 USD/min", date: "2026-10", status: "SEEN" }),
  price("moderation_1000_msgs_cn", { en: "Text moderation API", zh: "文本内容审核 API", unit: "per 1,000 messages", currency: "CNY", region: "cn", list: "0.5", vat: CN_SERVICE, source: "EST: no list price captured", date: "2026-10", status: "EST" }),
  price("moderation_1000_msgs_intl", { en: "Text moderation API", zh: "文本内容审核 API", unit: "per 1,000 messages", currency: "USD", region: "intl", list: "0.1", source: "EST: no list price captured", date: "2026-10", status: "EST" }),
  price("translation_million_chars", { en: "Machine translation", zh: "机器翻译", unit: "per 1 million characters", currency: "USD", region: "any", list: "20", source: "Google Cloud Translation list price (2011 launch post, 2019 gist)", date: "2019-01", status: "SEEN-2nd" }),
  param("vendor_support_share", "Premium vendor support on vendor fees", "厂商高级支持服务费比例", "share", "0.08", "Sendbird premium support 4–10% of monthly fees (support policy)", "2025-06", "SEEN"),
  param("exit_reserve_share", "Exit / lock-in reserve on vendor fees", "退出/锁定风险储备比例", "share", "0.05", "EST", "2026-10", "EST"),
  // ── People ─────────────────────────────────────────────────────────────────────────────────────────
  price("salary_developer", { en: "Developer (backend, client), gross", zh: "开发工程师（后端/客户端）年薪", unit: "per FTE-year", currency: "CNY", region: "any", list: "300000", source: SALARY, date: "2025-05", status: "EST" }),
  price("salary_rtc", { en: "RTC / media engineer, gross", zh: "音视频工程师年薪", unit: "per FTE-year", currency: "CNY", region: "any", list: "420000", source: "Agora: RTC engineers 300–500k CNY; research range 350–600k tier-1", date: "2025-05", status: "SEEN-2nd" }),
  price("salary_sre", { en: "SRE / operations engineer, gross", zh: "运维工程师年薪", unit: "per FTE-year", currency: "CNY", region: "any", list: "320000", source: "CSDN 2024 remote median 21,000 CNY/month × 14 ≈ 294k; tier mix", date: "2024-12", status: "SEEN-2nd" }),
  price("salary_security", { en: "Security engineer, gross", zh: "安全工程师年薪", unit: "per FTE-year", currency: "CNY", region: "any", list: "350000", source: SALARY, date: "2025-05", status: "EST" }),
  price("salary_support", { en: "Helpdesk / L1 support, gross", zh: "客服/一线支持年薪", unit: "per FTE-year", currency: "CNY", region: "any", list: "110000", source: "EST within 90–150k tier-1", date: "2025-05", status: "EST" }),
  price("salary_pm", { en: "Project / product manager, gross", zh: "项目/产品经理年薪", unit: "per FTE-year", currency: "CNY", region: "any", list: "350000", source: SALARY, date: "2025-05", status: "EST" }),
  ...LABOUR_MARKET_ENTRIES,
  param("fte_build_selfbuild", "Self-build server-side team (OSS base)", "自建服务端团队人数（开源基础）", "FTE", "7", "Research team sizes: 8–12 on an open-source base, less the client developers below", "2026-10", "EST"),
  param("client_codebases", "Client code bases to build (iOS, Android, web; desktop wraps web)", "需开发的客户端代码库（iOS、Android、Web；桌面端封装 Web）", "code bases", "3", "Element Web README recommends the native element-ios and element-android apps on phones; Element Desktop is the Electron wrapper of Element Web (github.com/element-hq/element-desktop README); Mattermost's desktop app is likewise an Electron wrapper around its web app (docs.mattermost.com, desktop app)", "2025-06", "SEEN"),
  param("fte_per_client_codebase", "Client developers per code base", "每个客户端代码库的开发人数", "FTE", "1", "Research team sizes: iOS 1, Android 1, desktop/web 1–2 (no published ratio)", "2026-10", "EST"),
  param("fte_client_codebase_step", "Client developers added per code base at each scale step", "每个规模台阶每个客户端代码库增加的开发人数", "FTE", "0.5", "EST: more device models, OS versions and MDM policies to support at large scale; no published ratio found", "2026-12", "EST"),
  param("fte_per_extra_region", "Server-side developers added per site beyond the first", "每增加一个站点增加的服务端开发人数", "FTE", "1", "EST: per-site deployment automation, data replication and fail-over tests; no published ratio found (research §9.3 notes hard team figures are scarce)", "2026-12", "EST"),
  param("scale_step1_connections", "Design connections above which the cluster moves up a class", "集群升级一档的设计并发连接数", "connections", "30000", "Mattermost reference architectures: up to 30,000 concurrent users run on 2 app nodes and 1 DB reader; the next class (up to 88,000–100,000) needs 6 app nodes and 4 readers (docs.mattermost.com scale-to-30000-users, scale-to-100000-users)", "2025-06", "SEEN"),
  param("scale_step2_connections", "Design connections above which the cluster moves up a second class", "集群再升级一档的设计并发连接数", "connections", "100000", "Mattermost reference architectures: beyond 100,000 concurrent users the 200,000-user class (Enterprise Advanced, Redis cache) applies (docs.mattermost.com scale-to-200000-users)", "2025-06", "SEEN"),
  param("fte_scale_step", "Server-side developers added per scale step (sharding, replicas, load tests)", "每个规模台阶增加的服务端开发人数（分片、副本、压测）", "FTE", "3", "EST: a backend developer for sharding and caching, a DBA / performance engineer and a load-test QA per cluster class; no published ratio found", "2026-12", "EST"),
  param("hybrid_scale_share", "Share of the site and scale increments a hybrid build needs", "混合方案所需的站点与规模增量比例", "share", "0.5", "EST: the vendor's platform carries the IM and media core across sites and scale; own services and integration remain", "2026-12", "EST"),
  param("fte_build_rtc", "Media engineers added when calls are in scope", "含音视频时增加的媒体工程师", "FTE", "2", "Research team sizes: RTC 1 + QA", "2026-10", "EST"),
  param("fte_build_hybrid", "Hybrid server-side team (SDK integration)", "混合方案服务端团队", "FTE", "3", "Research team sizes: 5–8 including client developers", "2026-10", "EST"),
  param("feature_person_months", "Own development per special feature", "每项特殊功能自研工作量", "person-months", "1", "EST: SDK-based chat takes 4–6 weeks standard, 8–12 weeks with rich features (maorketing.com, vendor, SEEN-2nd), about a month per rich feature", "2026-10", "EST"),
  param("upgrade_person_months", "Upgrade and patch effort per year", "每年升级与补丁工作量", "person-months", "1", "EST", "2026-10", "EST"),
  param("fte_implementation_commercial", "Commercial implementation team", "商业方案实施人员", "FTE", "2", "Research team sizes: 1–3", "2026-10", "EST"),
  param("maintenance_share_selfbuild", "Maintenance developers per build FTE (self-build)", "自建维护开发占建设团队比例", "share", "0.4", "Maintenance 15–20% of build cost per year, 20–35% modern stacks (SEEN-2nd), as FTE share", "2026-10", "DERIVED"),
  param("maintenance_min_selfbuild", "Minimum maintenance developers (self-build)", "自建最少维护开发", "FTE", "3", "EST: research run team for a self-build on open source is 4–6 including the on-call rota (§9.3); 3 developers keep server, clients and media patched", "2026-10", "EST"),
  param("maintenance_share_hybrid", "Maintenance developers per build FTE (hybrid)", "混合维护开发占建设团队比例", "share", "0.3", "EST: below self-build's 0.4 because the vendor maintains the IM and media core (maintenance 15–20% of build cost a year, SEEN-2nd)", "2026-10", "EST"),
  param("maintenance_fte_per_integration", "Maintenance developers per connected system", "每个对接系统的维护开发人数", "FTE", "0.05", "DERIVED: integration_person_months 2 × 30% upkeep a year (buy-side customisation 20–40% a year, tianpan.co, SEEN-2nd) ÷ 12 months", "2026-12", "DERIVED"),
  param("oncall_min_fte", "Minimum SRE for a 24×7 on-call rota", "7×24 值班最少运维人数", "FTE", "4", "DERIVED: Google SRE book ch. 11 'Being On-Call' caps on-call at 25% of an engineer's time (8 for a primary and a secondary); one engineer on call per week-long shift ÷ 25% = 4. Sustainable 24/7 on-call needs 4–6 engineers (you-source.com, SEEN-2nd)", "2017-01", "DERIVED"),
  param("vms_per_sre", "Nodes per SRE", "每名运维负责节点数", "nodes", "50", "META Group (ZDNet 'Improve staffing ratios', 2002-02-11): 10–20 servers per administrator typical, above 50 only for identical servers deployed in numbers, as a VM fleet built from one image is", "2002-02", "SEEN"),
  param("users_per_support_fte", "Users per helpdesk FTE", "每名客服支持的用户数", "users", "1500", "EST within 1,000–2,000", "2026-10", "EST"),
  param("security_fte_selfbuild", "Security staff for a self-built system", "自建系统安全人员", "FTE", "1", "Research: 0.5–1 FTE DBA/security", "2026-10", "EST"),
  param("security_fte_mlps3_extra", "Extra security staff for MLPS level 3", "等保三级额外安全人员", "FTE", "0.5", "Research: 0.5–1 FTE DBA/security; level 3 adds yearly assessment and audit duties (EST: the lower end)", "2026-10", "EST"),
  param("security_share_managed", "Security staff a hybrid or private deployment needs (share of self-build)", "混合或私有化所需安全人员（占自建比例）", "share", "0.5", "EST: the vendor secures its core; own servers, accounts and integration remain", "2026-10", "EST"),
  param("attrition_rate", "Staff attrition per year", "年人员流失率", "share", "0.15", "IT attrition 12–18%; China overall 14.8% (2025, yicaiglobal)", "2026-01", "SEEN-2nd"),
  param("recruiting_fee_share", "Recruiting fee per hire (share of salary)", "招聘费用（占年薪比例）", "share", "0.25", "Headhunter fees 20–30% of first-year package", "2025-06", "SEEN-2nd"),
  param("external_hire_share", "Share of the build team hired from outside", "建设团队外部招聘比例", "share", "0.5", "EST", "2026-10", "EST"),
  price("training_per_user", { en: "End-user onboarding per user", zh: "终端用户培训（每人）", unit: "per user", currency: "CNY", region: "any", list: "30", vat: CN_SERVICE, source: "EST: one hour of trainer time and materials", date: "2026-10", status: "EST" }),
  param("admin_training_days", "Administrator training per year", "管理员年度培训", "person-days", "10", "EST", "2026-10", "EST"),
  // ── Integration and migration ──────────────────────────────────────────────────────────────────────
  param("integration_person_months", "Effort per connected system", "每个对接系统工作量", "person-months", "2", "EST; buy-side integration 30–50% of first-year licence (SEEN-2nd)", "2026-10", "EST"),
  param("sso_person_months", "SSO / directory integration effort", "单点登录/通讯录集成工作量", "person-months", "1", "EST: one directory / SSO connector, an integration at the low end of its effort", "2026-10", "EST"),
  param("migration_person_months", "History migration effort per 10k users", "每 1 万用户历史数据迁移工作量", "person-months", "3", "EST: migration 3–8% of project", "2026-10", "EST"),
  param("migration_users_per_unit", "Users per unit of migration effort", "每单位迁移工作量对应的用户数", "users", "10000", "The unit of migration_person_months (per 10,000 users, rounded up)", "2026-10", "EST"),
  param("parallel_run_weeks", "Parallel run of the old system", "新旧系统并行周数", "weeks", "6", "Parallel run 4–8 weeks business-critical (easy.bi)", "2026-06", "SEEN-2nd"),
  param("decommission_person_months", "Decommissioning and data destruction", "旧系统下线与数据销毁", "person-months", "0.5", "Research IM default: 1–2 weeks of SRE", "2026-10", "EST"),
  param("poc_share_of_build", "Proof of concept: share of the build months it takes", "概念验证占建设周期的比例", "share", "0.25", "EST: a POC first, in the opening quarter of the build (the method's advice to prove the design before committing)", "2026-12", "EST"),
  param("migration_months", "Data migration: months before go-live it runs in", "数据迁移：上线前所占月数", "months", "2", "EST: cut-over migration in the last build months", "2026-12", "EST"),
  param("poc_person_months", "Proof of concept effort", "概念验证（POC）工作量", "person-months", "3", "EST: prove the design first (budget trap: underestimated technical threshold)", "2026-10", "EST"),
  // ── Security and compliance ────────────────────────────────────────────────────────────────────────
  price("mlps_assessment_l2", { en: "MLPS level 2 assessment (every 2 years)", zh: "等保二级测评（每两年）", unit: "per assessment", currency: "CNY", region: "any", list: "50000", vat: CN_SERVICE, source: "EST; frequency L2 every 2 years (SEEN-2nd)", date: "2026-10", status: "EST" }),
  price("mlps_assessment_l3", { en: "MLPS level 3 assessment (yearly)", zh: "等保三级测评（每年）", unit: "per assessment", currency: "CNY", region: "any", list: "100000", vat: CN_SERVICE, source: "EST within 50–150k CNY per system", date: "2026-10", status: "EST" }),
  price("mlps_remediation_l2", { en: "MLPS level 2 remediation (WAF, log audit …)", zh: "等保二级整改（WAF、日志审计等）", unit: "one-off", currency: "CNY", region: "any", list: "100000", vat: CN_GOODS, source: "EST", date: "2026-10", status: "EST" }),
  price("mlps_remediation_l3", { en: "MLPS level 3 remediation (WAF, bastion, DB audit …)", zh: "等保三级整改（WAF、堡垒机、数据库审计等）", unit: "one-off", currency: "CNY", region: "any", list: "300000", vat: CN_GOODS, source: "EST within 100–500k CNY one-off", date: "2026-10", status: "EST" }),
  param("mlps_interval_years_l2", "MLPS level 2: years between assessments", "等保二级测评间隔年数", "years", "2", "Research: MLPS assessment L2 every 2 years, L3 yearly (openocta 等保测评 skill)", "2026-10", "SEEN-2nd"),
  param("mlps_interval_years_l3", "MLPS level 3: years between assessments", "等保三级测评间隔年数", "years", "1", "Research: MLPS assessment L3 annual (openocta 等保测评 skill)", "2026-10", "SEEN-2nd"),
  price("iso27001_initial", { en: "ISO 27001 certification", zh: "ISO 27001 认证", unit: "one-off", currency: "CNY", region: "any", list: "400000", vat: CN_SERVICE, source: "China SME total 300–700k CNY (Hack23)", date: "2025-06", status: "SEEN-2nd" }),
  price("iso27001_surveillance", { en: "ISO 27001 surveillance audit", zh: "ISO 27001 监督审核", unit: "per year", currency: "CNY", region: "any", list: "50000", vat: CN_SERVICE, source: "Surveillance 30–70k CNY per year (Hack23)", date: "2025-06", status: "SEEN-2nd" }),
  price("security_tooling_year", { en: "Security tooling and penetration test", zh: "安全工具与渗透测试", unit: "per year", currency: "CNY", region: "any", list: "60000", vat: CN_SERVICE, source: "EST", date: "2026-10", status: "EST" }),
  param("industry_factor_regulated", "Security and compliance multiplier for finance, healthcare, government", "金融/医疗/政府行业安全合规系数", "×", "2", "Research rule: regulated industries 1.5–2.5×", "2026-10", "EST"),
  param("domestic_adaptation_share", "信创 adaptation on own development", "信创适配占自有开发比例", "share", "0.2", "EST within 10–30% of original development", "2026-10", "EST"),
  param("compliance_change_share", "Compliance change reserve on compliance cost", "合规变化储备比例", "share", "0.2", "EST", "2026-10", "EST"),
  // ── Hidden costs ───────────────────────────────────────────────────────────────────────────────────
  param("tech_debt_share_selfbuild", "Technical debt per year (self-build, share of build)", "技术债务（自建，占建设成本/年）", "share", "0.1", "EST; maintenance 15–20% of build cost per year (SEEN-2nd)", "2026-10", "EST"),
  param("tech_debt_share_hybrid", "Technical debt per year (hybrid, share of build)", "技术债务（混合，占建设成本/年）", "share", "0.05", "EST", "2026-10", "EST"),
  param("integration_overrun_share", "Integration overrun", "集成超支比例", "share", "0.3", "Risk premium ~30% on scope (SEEN-2nd)", "2026-10", "SEEN-2nd"),
  param("scale_out_share_selfbuild", "Scale-out re-architecture (self-build, share of build)", "扩容改造（自建，占建设成本）", "share", "0.25", "EST", "2026-10", "EST"),
  param("scale_out_share_hybrid", "Scale-out re-architecture (hybrid, share of build)", "扩容改造（混合，占建设成本）", "share", "0.1", "EST", "2026-10", "EST"),
  price("scale_out_services", { en: "Vendor scale-out services (private deployment)", zh: "厂商扩容服务（私有化）", unit: "one-off", currency: "CNY", region: "any", list: "100000", vat: CN_SERVICE, source: "EST", date: "2026-10", status: "EST" }),
];
