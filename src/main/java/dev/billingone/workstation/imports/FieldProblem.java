package dev.billingone.workstation.imports;

/** A cell that cannot be read as what its column needs; the message says what would be valid. */
public final class FieldProblem extends Exception {
    public FieldProblem(String message) {
        super(message, null, false, false);
    }
}
