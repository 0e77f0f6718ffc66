package dev.billingone.workstation.bench;

import dev.billingone.workstation.catalog.BillingUnit;
import dev.billingone.workstation.catalog.ProductRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** A deterministic, realistic-looking catalog of any size, as rows or as a CSV file in our export format. */
final class SyntheticCatalog {
    private static final String[] VENDORS = {"Microsoft", "Dropsuite", "SentinelOne", "Acronis", "Datto", "Proofpoint", "Keeper"};
    private static final String[] PRODUCTS = {"365 Business Premium", "365 Business Basic", "Backup for Microsoft 365",
            "Endpoint Detection", "Cloud Backup 1TB", "Email Protection", "Password Manager", "Defender for Business"};

    private SyntheticCatalog() {
    }

    static List<ProductRow> rows(int count) {
        List<ProductRow> rows = new ArrayList<>(count);
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            String vendor = VENDORS[random.nextInt(VENDORS.length)];
            String name = vendor + " " + PRODUCTS[random.nextInt(PRODUCTS.length)] + " " + (i % 97);
            String sku = String.format("SKU-%07d", i);
            BigDecimal price = BigDecimal.valueOf(100 + random.nextInt(20_000), 2);
            String search = String.join("\u0001", sku, name, vendor, "OUTPUT", "200").toLowerCase(Locale.ROOT);
            rows.add(new ProductRow(i, 0, sku, name, null, price, price.multiply(new BigDecimal("0.6")), "AUD", "OUTPUT", "200",
                    vendor, null, BillingUnit.PER_USER, true, search));
        }
        return rows;
    }

    static Path csv(Path dir, int count) throws IOException {
        Path file = dir.resolve("catalog-" + count + ".csv");
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("SKU,Name,Description,Unit price,Cost,Currency,Tax type,Sales account,Billing unit,Vendor,Active\r\n");
            for (int i = 0; i < count; i++) {
                String vendor = VENDORS[random.nextInt(VENDORS.length)];
                int cents = 100 + random.nextInt(20_000);
                out.write(String.format(Locale.ROOT, "SKU-%07d,\"%s %s, tier %d\",Monthly licence,%d.%02d,%d.%02d,AUD,OUTPUT,200,PER_USER,%s,true\r\n",
                        i, vendor, PRODUCTS[random.nextInt(PRODUCTS.length)], i % 5, cents / 100, cents % 100,
                        cents * 6 / 1000, cents * 6 / 10 % 100, vendor));
            }
        }
        return file;
    }
}
