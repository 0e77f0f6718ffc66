package dev.billingone.workstation.imports;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A column mapping a user saved under a name, so the next file from the same source imports in one step. */
@Entity
@Table(name = "import_preset")
public class SavedPreset extends BaseEntity {
    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "external_system")
    private ExternalSystem externalSystem;

    /** JSON object: field → header. */
    @Column(name = "mapping_json", nullable = false, length = 1000000)
    private String mappingJson;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public ExternalSystem getExternalSystem() {
        return externalSystem;
    }

    public void setExternalSystem(ExternalSystem externalSystem) {
        this.externalSystem = externalSystem;
    }

    public String getMappingJson() {
        return mappingJson;
    }

    public void setMappingJson(String mappingJson) {
        this.mappingJson = mappingJson;
    }
}
