package dev.billingone.workstation.imports;

import java.util.List;
import java.util.Map;

/**
 * The first rows of a file read through a mapping, before any dry run: what the wizard shows while the user maps
 * columns. {@code preset} is null when no preset matches the header and no mapping was given; {@code mapping} is
 * field → the file's header that feeds it; {@code problems} are file-level (e.g. a required field not mapped).
 */
public record ImportPreview(List<String> header, Preset preset, List<Field> fields, Map<String, String> mapping,
                            List<Row> rows, List<ImportError> problems) {

    /** A field the kind can import; {@code required} = the file must have a column for it. */
    public record Field(String name, String title, boolean required) {
    }

    /** One record as the importer would read it: field → value as text, and the cells it would refuse. */
    public record Row(int row, Map<String, String> values, List<ImportError> errors) {
    }
}
