package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How many devices of a class a client had on a date (from RMM/PSA or a CSV import). */
@Entity
@Table(name = "device_snapshot")
public class DeviceSnapshot extends BaseEntity {
    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "device_class", nullable = false)
    private String deviceClass;

    @Column(name = "device_count", nullable = false)
    private int deviceCount;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "source", nullable = false)
    private String source;

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getDeviceClass() {
        return deviceClass;
    }

    public void setDeviceClass(String deviceClass) {
        this.deviceClass = deviceClass;
    }

    public int getDeviceCount() {
        return deviceCount;
    }

    public void setDeviceCount(int deviceCount) {
        this.deviceCount = deviceCount;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
