package dev.billingone.workstation.clients;

import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One of the MSP's customers: the unit invoices are generated and reconciled for. */
@Entity
@Table(name = "client")
public class Client extends BaseEntity {
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "email")
    private String email;

    @Column(name = "domain")
    private String domain;

    @Column(name = "tax_number")
    private String taxNumber;

    @Column(name = "address")
    private String address;

    @Column(name = "phone")
    private String phone;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_treatment", nullable = false)
    private LineAmountTypes taxTreatment = LineAmountTypes.Exclusive;

    @Column(name = "default_tax_type")
    private String defaultTaxType;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "notes")
    private String notes;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LineAmountTypes getTaxTreatment() {
        return taxTreatment;
    }

    public void setTaxTreatment(LineAmountTypes taxTreatment) {
        this.taxTreatment = taxTreatment;
    }

    public String getDefaultTaxType() {
        return defaultTaxType;
    }

    public void setDefaultTaxType(String defaultTaxType) {
        this.defaultTaxType = defaultTaxType;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
