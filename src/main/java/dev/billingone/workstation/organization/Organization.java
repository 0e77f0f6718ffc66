package dev.billingone.workstation.organization;

import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The MSP using the workstation: one per database, with billing and branding preferences. */
@Entity
@Table(name = "organization")
public class Organization extends BaseEntity {
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "base_currency", nullable = false)
    private String baseCurrency;

    @Column(name = "country")
    private String country;

    @Column(name = "tax_number")
    private String taxNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_system", nullable = false)
    private ExternalSystem billingSystem = ExternalSystem.XERO;

    @Column(name = "default_tax_type")
    private String defaultTaxType;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_amount_types", nullable = false)
    private LineAmountTypes lineAmountTypes = LineAmountTypes.Exclusive;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_numbering", nullable = false)
    private InvoiceNumbering invoiceNumbering = InvoiceNumbering.REMOTE;

    @Column(name = "invoice_number_prefix")
    private String invoiceNumberPrefix;

    @Column(name = "next_invoice_number", nullable = false)
    private long nextInvoiceNumber = 1;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays = 14;

    @Column(name = "branding_logo_path")
    private String brandingLogoPath;

    @Column(name = "branding_color")
    private String brandingColor;

    @Column(name = "report_page_size", nullable = false)
    private String reportPageSize = "A4";

    @Column(name = "demo", nullable = false)
    private boolean demo;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getBaseCurrency() {
        return baseCurrency;
    }

    public void setBaseCurrency(String baseCurrency) {
        this.baseCurrency = baseCurrency;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }

    public ExternalSystem getBillingSystem() {
        return billingSystem;
    }

    public void setBillingSystem(ExternalSystem billingSystem) {
        this.billingSystem = billingSystem;
    }

    public String getDefaultTaxType() {
        return defaultTaxType;
    }

    public void setDefaultTaxType(String defaultTaxType) {
        this.defaultTaxType = defaultTaxType;
    }

    public LineAmountTypes getLineAmountTypes() {
        return lineAmountTypes;
    }

    public void setLineAmountTypes(LineAmountTypes lineAmountTypes) {
        this.lineAmountTypes = lineAmountTypes;
    }

    public InvoiceNumbering getInvoiceNumbering() {
        return invoiceNumbering;
    }

    public void setInvoiceNumbering(InvoiceNumbering invoiceNumbering) {
        this.invoiceNumbering = invoiceNumbering;
    }

    public String getInvoiceNumberPrefix() {
        return invoiceNumberPrefix;
    }

    public void setInvoiceNumberPrefix(String invoiceNumberPrefix) {
        this.invoiceNumberPrefix = invoiceNumberPrefix;
    }

    public long getNextInvoiceNumber() {
        return nextInvoiceNumber;
    }

    public void setNextInvoiceNumber(long nextInvoiceNumber) {
        this.nextInvoiceNumber = nextInvoiceNumber;
    }

    public int getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public void setPaymentTermsDays(int paymentTermsDays) {
        this.paymentTermsDays = paymentTermsDays;
    }

    public String getBrandingLogoPath() {
        return brandingLogoPath;
    }

    public void setBrandingLogoPath(String brandingLogoPath) {
        this.brandingLogoPath = brandingLogoPath;
    }

    public String getBrandingColor() {
        return brandingColor;
    }

    public void setBrandingColor(String brandingColor) {
        this.brandingColor = brandingColor;
    }

    public String getReportPageSize() {
        return reportPageSize;
    }

    public void setReportPageSize(String reportPageSize) {
        this.reportPageSize = reportPageSize;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }
}
