package dev.billingone.workstation.reconcile;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Page X of Y" and a running title on every page. Y is unknown until the end, so each footer references one
 * template that is filled in when the document closes.
 */
final class PageNumbers extends PdfPageEventHelper {
    private final PdfFonts fonts;
    private final String runningTitle;
    private PdfTemplate total;

    PageNumbers(PdfFonts fonts, String runningTitle) {
        this.fonts = fonts;
        this.runningTitle = runningTitle;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottomMargin() - 18;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(runningTitle, fonts.small), document.left(), y, 0);
        String label = "Page " + writer.getPageNumber() + " of ";
        float width = fonts.small.getBaseFont().getWidthPoint(label, fonts.small.getSize());
        float x = document.right() - width - 24;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(label, fonts.small), x, y, 0);
        canvas.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), fonts.small), 0, 0, 0);
    }
}
