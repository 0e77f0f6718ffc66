-- Column mappings users saved from the import wizard ("generic" files), shared by everyone on the database.
CREATE TABLE import_preset (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    external_system VARCHAR(20),
    mapping_json VARCHAR(1000000) NOT NULL,
    CONSTRAINT uq_import_preset UNIQUE (kind, name)
);
