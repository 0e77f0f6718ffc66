package dev.billingone.workstation.ui.billing;

import dev.billingone.workstation.billing.CreditNoteReason;
import dev.billingone.workstation.billing.CreditNoteService;
import dev.billingone.workstation.billing.InvoiceList;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/**
 * "Credit in full…" on a pushed or paid invoice: asks why, then makes a draft credit note for all of it not yet
 * credited, which the accountant reviews and approves under Credit notes (partial and typed credits are made there).
 */
final class CreditInFullAction {
    private CreditInFullAction() {
    }

    static void run(Window owner, ViewContext context, InvoiceList.Row invoice, Consumer<String> done) {
        Map<String, CreditNoteReason> reasons = new LinkedHashMap<>();
        // "Other" needs words of its own, which the credit note editor asks for.
        EnumSet.complementOf(EnumSet.of(CreditNoteReason.OTHER)).forEach(reason -> reasons.put(label(reason), reason));
        ChoiceDialog<String> ask = new ChoiceDialog<>(label(CreditNoteReason.CANCELLATION), reasons.keySet());
        ask.initOwner(owner);
        ask.setTitle("Credit in full");
        ask.setHeaderText("Credit all of invoice " + (invoice.number() == null ? "#" + invoice.id() : invoice.number())
                + " to " + invoice.clientName() + " (" + Money.of(invoice.total(), invoice.currency())
                + ") that is not credited yet?\nThe credit note stays a draft until you approve it under Credit notes.");
        ask.setContentText("Reason:");
        ask.showAndWait().map(reasons::get).ifPresent(reason -> context.background().run("Creating the credit note…",
                () -> new CreditNoteService(context.workstation().store()).creditInFull(invoice.id(), reason),
                note -> {
                    context.dataChanged();
                    done.accept("Draft credit note of " + Money.of(note.getTotal(), note.getCurrency()) + " for "
                            + invoice.clientName() + ": review and approve it under Credit notes.");
                }));
    }

    private static String label(CreditNoteReason reason) {
        String words = reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
