package dev.billingone.workstation.demo;

import dev.billingone.workstation.catalog.BillingUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo organisation's price list: what an Australian MSP really sells — Microsoft 365 and Azure through Pax8,
 * backup and security per user, RMM per device, managed services, and hardware — each licence in a monthly and an
 * annual-commitment variant, about 300 SKUs in all.
 */
final class DemoCatalog {
    /** One catalog line before variants: SKU stem, name, monthly sell price, cost ratio, unit, vendor, sold via Pax8. */
    record Item(String sku, String name, String price, String costRatio, BillingUnit unit, String deviceClass,
                String vendor, boolean viaPax8) {
    }

    private static final String[][] LICENCES = {
        // sku, name, monthly price AUD, vendor
        {"M365-BB", "Microsoft 365 Business Basic", "9.00", "Microsoft"},
        {"M365-BS", "Microsoft 365 Business Standard", "18.70", "Microsoft"},
        {"M365-BP", "Microsoft 365 Business Premium", "36.30", "Microsoft"},
        {"M365-E3", "Microsoft 365 E3", "59.40", "Microsoft"},
        {"M365-E5", "Microsoft 365 E5", "94.60", "Microsoft"},
        {"M365-F1", "Microsoft 365 F1", "3.50", "Microsoft"},
        {"M365-F3", "Microsoft 365 F3", "12.10", "Microsoft"},
        {"M365-APPS-B", "Microsoft 365 Apps for business", "12.10", "Microsoft"},
        {"M365-APPS-E", "Microsoft 365 Apps for enterprise", "18.20", "Microsoft"},
        {"O365-E1", "Office 365 E1", "15.20", "Microsoft"},
        {"O365-E3", "Office 365 E3", "34.90", "Microsoft"},
        {"EXO-P1", "Exchange Online (Plan 1)", "6.00", "Microsoft"},
        {"EXO-P2", "Exchange Online (Plan 2)", "12.10", "Microsoft"},
        {"EXO-KIOSK", "Exchange Online Kiosk", "3.00", "Microsoft"},
        {"TEAMS-ESS", "Microsoft Teams Essentials", "6.00", "Microsoft"},
        {"TEAMS-PREM", "Microsoft Teams Premium", "15.20", "Microsoft"},
        {"TEAMS-PHONE", "Microsoft Teams Phone Standard", "12.10", "Microsoft"},
        {"TEAMS-ROOMS", "Microsoft Teams Rooms Pro", "60.50", "Microsoft"},
        {"COPILOT", "Microsoft 365 Copilot", "45.40", "Microsoft"},
        {"VISIO-P1", "Visio Plan 1", "7.60", "Microsoft"},
        {"VISIO-P2", "Visio Plan 2", "22.70", "Microsoft"},
        {"PROJ-P1", "Project Plan 1", "15.20", "Microsoft"},
        {"PROJ-P3", "Project Plan 3", "45.40", "Microsoft"},
        {"PBI-PRO", "Power BI Pro", "21.20", "Microsoft"},
        {"PBI-PREM", "Power BI Premium Per User", "36.30", "Microsoft"},
        {"DEF-BUS", "Microsoft Defender for Business", "4.50", "Microsoft"},
        {"DEF-O365-P1", "Microsoft Defender for Office 365 (Plan 1)", "3.00", "Microsoft"},
        {"DEF-O365-P2", "Microsoft Defender for Office 365 (Plan 2)", "7.60", "Microsoft"},
        {"DEF-EP-P2", "Microsoft Defender for Endpoint P2", "7.90", "Microsoft"},
        {"INTUNE-P1", "Microsoft Intune Plan 1", "12.10", "Microsoft"},
        {"ENTRA-P1", "Microsoft Entra ID P1", "9.10", "Microsoft"},
        {"ENTRA-P2", "Microsoft Entra ID P2", "13.60", "Microsoft"},
        {"EMS-E3", "Enterprise Mobility + Security E3", "16.60", "Microsoft"},
        {"PURVIEW", "Microsoft Purview Suite", "18.20", "Microsoft"},
        {"WIN-E3", "Windows 11 Enterprise E3", "10.90", "Microsoft"},
        {"ACR-BKP-M365", "Acronis Cyber Protect Cloud - Microsoft 365 seat", "4.20", "Acronis"},
        {"ACR-BKP-WS", "Acronis Cyber Protect - Workstation", "9.80", "Acronis"},
        {"DROPSUITE-M365", "Dropsuite Microsoft 365 Backup", "3.90", "Dropsuite"},
        {"DROPSUITE-ARCH", "Dropsuite Email Archiving", "5.20", "Dropsuite"},
        {"DATTO-SAAS", "Datto SaaS Protection for M365", "4.60", "Datto"},
        {"S1-CORE", "SentinelOne Singularity Core", "6.30", "SentinelOne"},
        {"S1-CONTROL", "SentinelOne Singularity Control", "7.80", "SentinelOne"},
        {"S1-COMPLETE", "SentinelOne Singularity Complete", "10.40", "SentinelOne"},
        {"HUNTRESS-EDR", "Huntress Managed EDR", "5.90", "Huntress"},
        {"HUNTRESS-ITDR", "Huntress M365 ITDR", "4.40", "Huntress"},
        {"SOPHOS-IX", "Sophos Intercept X Advanced", "5.10", "Sophos"},
        {"SOPHOS-MDR", "Sophos MDR Complete", "12.90", "Sophos"},
        {"MIMECAST-EP", "Mimecast Email Protection", "4.90", "Mimecast"},
        {"PROOFPOINT-ESS", "Proofpoint Essentials Business", "4.70", "Proofpoint"},
        {"KNOWBE4-SAT", "KnowBe4 Security Awareness Training Gold", "3.40", "KnowBe4"},
        {"KEEPER-BUS", "Keeper Business Password Manager", "5.30", "Keeper"},
        {"BITWARDEN-TEAMS", "Bitwarden Teams", "6.10", "Bitwarden"},
        {"N-ABLE-MAIL", "N-able Mail Assure", "2.90", "N-able"},
        {"ADOBE-ACRO-PRO", "Adobe Acrobat Pro for teams", "31.00", "Adobe"},
        {"ADOBE-CC-ALL", "Adobe Creative Cloud All Apps for teams", "139.00", "Adobe"},
        {"DOCUSIGN-STD", "DocuSign eSignature Standard", "39.00", "DocuSign"},
        {"ZOOM-PRO", "Zoom Workplace Pro", "21.00", "Zoom"},
        {"DROPBOX-BUS", "Dropbox Business Standard", "22.50", "Dropbox"},
    };

    private static final String[][] AZURE = {
        {"AZ-PLAN", "Azure plan consumption (per $1 AUD)", "1.00"},
        {"AZ-RI-D2SV5-1Y", "Azure Reserved VM D2s v5 (1 year)", "98.00"},
        {"AZ-RI-D4SV5-1Y", "Azure Reserved VM D4s v5 (1 year)", "196.00"},
        {"AZ-RI-B2MS-3Y", "Azure Reserved VM B2ms (3 years)", "41.00"},
        {"AZ-AVD-USER", "Azure Virtual Desktop per user", "28.00"},
        {"AZ-BACKUP-100GB", "Azure Backup 100 GB", "14.50"},
    };

    private static final String[][] DEVICE_SERVICES = {
        // sku, name, price, device class, vendor
        {"RMM-WS", "Managed workstation (RMM + patching)", "12.00", "WORKSTATION", "NinjaOne"},
        {"RMM-SRV", "Managed server (RMM + patching)", "65.00", "SERVER", "NinjaOne"},
        {"RMM-NET", "Managed network device", "15.00", "NETWORK", "NinjaOne"},
        {"RMM-MOB", "Managed mobile device (MDM)", "4.00", "MOBILE", "NinjaOne"},
        {"BKP-SRV", "Server image backup (Datto SIRIS)", "95.00", "SERVER", "Datto"},
        {"BKP-WS", "Workstation backup (Datto Endpoint)", "7.50", "WORKSTATION", "Datto"},
        {"EDR-WS", "Managed EDR per endpoint", "8.00", "WORKSTATION", "Huntress"},
        {"EDR-SRV", "Managed EDR per server", "14.00", "SERVER", "Huntress"},
        {"PATCH-3P", "Third-party patching per endpoint", "2.50", "WORKSTATION", "NinjaOne"},
        {"DOC-IT", "IT Glue documentation per asset", "1.20", "WORKSTATION", "IT Glue"},
    };

    private static final String[][] MANAGED = {
        {"MSP-ESS", "Managed Services Essentials (per user)", "55.00"},
        {"MSP-PRO", "Managed Services Professional (per user)", "85.00"},
        {"MSP-ELITE", "Managed Services Elite (per user)", "120.00"},
        {"MSP-HELPDESK", "Helpdesk support (per user)", "35.00"},
        {"MSP-VCIO", "vCIO strategy retainer", "450.00"},
        {"MSP-SEC-AUDIT", "Quarterly security review", "650.00"},
        {"MSP-AFTERHRS", "After-hours support block", "300.00"},
        {"MSP-ONBOARD", "New starter onboarding", "150.00"},
        {"MSP-WIFI", "Managed Wi-Fi service", "180.00"},
        {"MSP-NBN", "Business NBN 100/40 managed", "139.00"},
        {"MSP-SIP", "SIP trunk channel", "12.00"},
        {"MSP-DOMAIN", "Domain name and DNS management", "5.00"},
    };

    private static final String[][] HARDWARE = {
        {"HW-LAT-5450", "Dell Latitude 5450 14\" laptop", "1899.00", "Dell", "DL5450-I5"},
        {"HW-LAT-7450", "Dell Latitude 7450 14\" laptop", "2499.00", "Dell", "DL7450-U7"},
        {"HW-OPT-7020", "Dell OptiPlex 7020 Micro", "1299.00", "Dell", "DO7020M"},
        {"HW-HP-840G11", "HP EliteBook 840 G11", "2299.00", "HP", "A26S4PT"},
        {"HW-HP-MINI", "HP Elite Mini 800 G9", "1349.00", "HP", "6B2G3PA"},
        {"HW-LEN-T14", "Lenovo ThinkPad T14 Gen 5", "2149.00", "Lenovo", "21ML0035AU"},
        {"HW-LEN-X1", "Lenovo ThinkPad X1 Carbon Gen 12", "3199.00", "Lenovo", "21KC0077AU"},
        {"HW-SURF-LAP7", "Surface Laptop 7 for Business", "2599.00", "Microsoft", "ZXX-00003"},
        {"HW-MON-P2425", "Dell P2425H 24\" monitor", "329.00", "Dell", "210-BMHX"},
        {"HW-MON-U2724", "Dell UltraSharp U2724D 27\" monitor", "749.00", "Dell", "210-BKSR"},
        {"HW-DOCK-WD22", "Dell WD22TB4 Thunderbolt dock", "459.00", "Dell", "210-BDTD"},
        {"HW-DOCK-HPG5", "HP USB-C Dock G5", "329.00", "HP", "5TW10AA"},
        {"HW-FW-FG40F", "Fortinet FortiGate 40F firewall", "899.00", "Fortinet", "FG-40F"},
        {"HW-FW-FG60F", "Fortinet FortiGate 60F firewall", "1499.00", "Fortinet", "FG-60F"},
        {"HW-SW-USW24", "Ubiquiti UniFi Switch 24 PoE", "749.00", "Ubiquiti", "USW-24-POE"},
        {"HW-AP-U6PRO", "Ubiquiti UniFi U6 Pro access point", "289.00", "Ubiquiti", "U6-PRO"},
        {"HW-AP-MR36", "Cisco Meraki MR36 access point", "899.00", "Cisco", "MR36-HW"},
        {"HW-NAS-DS923", "Synology DS923+ NAS", "1099.00", "Synology", "DS923+"},
        {"HW-UPS-1500", "APC Smart-UPS 1500VA", "1190.00", "APC", "SMT1500IC"},
        {"HW-YUBI-5C", "YubiKey 5C NFC", "95.00", "Yubico", "5060408462331"},
        {"HW-HEADSET", "Jabra Evolve2 65 headset", "399.00", "Jabra", "26599-989-999"},
        {"HW-PHONE-T54W", "Yealink T54W desk phone", "349.00", "Yealink", "SIP-T54W"},
        {"HW-PRN-M479", "HP Color LaserJet Pro MFP M479fdw", "1099.00", "HP", "W1A80A"},
        {"HW-SSD-1TB", "Samsung 990 PRO 1TB SSD", "219.00", "Samsung", "MZ-V9P1T0BW"},
        {"HW-RAM-16", "16GB DDR5 SODIMM", "119.00", "Kingston", "KVR48S40BS8-16"},
    };

    private DemoCatalog() {
    }

    static List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (String[] l : LICENCES) {
            // Monthly-commitment and annual-commitment variants, as Pax8 lists them; annual is cheaper per month.
            items.add(new Item(l[0] + "-M", l[1] + " (monthly)", l[2], "0.82", BillingUnit.PER_USER, null, l[3], true));
            items.add(new Item(l[0] + "-A", l[1] + " (annual commitment)",
                    new BigDecimal(l[2]).multiply(new BigDecimal("0.95")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    "0.80", BillingUnit.PER_USER, null, l[3], true));
            items.add(new Item(l[0] + "-NCE-T", l[1] + " (trial)", "0.00", "0", BillingUnit.PER_USER, null, l[3], true));
        }
        for (String[] l : java.util.Arrays.copyOf(LICENCES, 20)) {
            items.add(new Item(l[0] + "-AU", l[1] + " (annual, paid upfront)",
                    new BigDecimal(l[2]).multiply(new BigDecimal("11.4")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    "0.80", BillingUnit.PER_USER, null, l[3], true));
        }
        for (String[] a : AZURE) {
            items.add(new Item(a[0], a[1], a[2], "0.85", BillingUnit.FLAT, null, "Microsoft", true));
        }
        for (String[] d : DEVICE_SERVICES) {
            items.add(new Item(d[0], d[1], d[2], "0.35", BillingUnit.PER_DEVICE, d[3], d[4], false));
        }
        for (String[] m : MANAGED) {
            boolean perUser = m[1].contains("per user");
            items.add(new Item(m[0], m[1], m[2], "0.40", perUser ? BillingUnit.PER_USER : BillingUnit.FLAT, null, null, false));
        }
        for (String[] h : HARDWARE) {
            items.add(new Item(h[0], h[1], h[2], "0.78", BillingUnit.FLAT, null, h[3] + "|" + h[4], false));
            items.add(new Item(h[0] + "-WTY3", h[1] + " - 3-year onsite warranty",
                    new BigDecimal(h[2]).multiply(new BigDecimal("0.12")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    "0.70", BillingUnit.FLAT, null, h[3] + "|" + h[4] + "-WTY3", false));
        }
        return items;
    }
}
