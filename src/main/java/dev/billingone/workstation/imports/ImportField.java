package dev.billingone.workstation.imports;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One importable/exportable field of a record: its canonical name (used by presets), the header our own
 * export writes, how cells are read, and how the record's value is read and written. A field without a setter
 * is carried along for the importer (e.g. a company name that names a linked record) but never diffed.
 */
public record ImportField<E>(String name, String header, ValueType type, boolean requiredOnCreate,
                             Function<E, Object> getter, BiConsumer<E, Object> setter) {
    public static <E> ImportField<E> of(String name, String header, ValueType type, Function<E, Object> getter, BiConsumer<E, Object> setter) {
        return new ImportField<>(name, header, type, false, getter, setter);
    }

    public static <E> ImportField<E> required(String name, String header, ValueType type, Function<E, Object> getter, BiConsumer<E, Object> setter) {
        return new ImportField<>(name, header, type, true, getter, setter);
    }

    /** Read for the importer's own use; exported through {@code getter}, never set on the record. */
    public static <E> ImportField<E> linked(String name, String header, ValueType type, boolean required, Function<E, Object> getter) {
        return new ImportField<>(name, header, type, required, getter, null);
    }

    public boolean settable() {
        return setter != null;
    }

    @SuppressWarnings("unchecked")
    public void set(Object entity, Object value) {
        setter.accept((E) entity, value);
    }

    @SuppressWarnings("unchecked")
    public Object get(Object entity) {
        return getter.apply((E) entity);
    }
}
