package dev.billingone.workstation.reconcile;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, bundled in the jar (its licence is beside it in /fonts) and embedded as a subset, so client names
 * such as "Zoë Müller & Søn" print on any machine without depending on installed fonts.
 */
final class PdfFonts {
    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    final Font body;
    final Font bold;
    final Font small;
    final Font heading;
    final Font title;

    PdfFonts() {
        BaseFont regular = create("DejaVuSans.ttf", REGULAR);
        BaseFont boldFace = create("DejaVuSans-Bold.ttf", BOLD);
        body = new Font(regular, 7.5f);
        bold = new Font(boldFace, 7.5f);
        small = new Font(regular, 7f);
        heading = new Font(boldFace, 11f);
        title = new Font(boldFace, 18f);
    }

    private static BaseFont create(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
