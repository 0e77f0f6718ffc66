package dev.billingone.workstation.imports;

import dev.billingone.workstation.core.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Looks at the first bytes of a file to refuse what is not text and to guess its encoding: a BOM decides;
 * otherwise UTF-16 shows itself by zero bytes in every other position, valid UTF-8 is UTF-8, and anything
 * else is taken as Windows-1252 (what Excel writes on Western Windows).
 */
final class FileSniffer {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Sniffed(Charset charset, int bomLength) {
    }

    private FileSniffer() {
    }

    static Sniffed sniff(byte[] head, int length, String fileName) {
        byte[] bytes = Arrays.copyOf(head, length);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Sniffed(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Sniffed(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Sniffed(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Sniffed(utf16, 0);
        }
        refuseBinary(bytes, fileName);
        return new Sniffed(isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** Length of the BOM that a given (user-chosen) charset's file starts with, so it never reaches the header. */
    static int bomLength(byte[] head, int length, Charset charset) {
        byte[] bytes = Arrays.copyOf(head, length);
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((charset.name().startsWith("UTF-16")) && (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF))) {
            return 2;
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 512);
        if (pairs < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static void refuseBinary(byte[] bytes, String fileName) {
        int control = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0) {
                throw notText(fileName);
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C) {
                control++;
            }
        }
        if (bytes.length > 0 && control > bytes.length / 20) {
            throw notText(fileName);
        }
    }

    private static InvalidInputException notText(String fileName) {
        return new InvalidInputException(fileName + " is not a text CSV file (it contains binary data). "
                + "Export it from your spreadsheet as CSV (comma, semicolon or tab separated) and import that file.");
    }

    /** True when the sample decodes as UTF-8; a character cut off by the end of the sample is allowed. */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, false);
        if (result.isError()) {
            return false;
        }
        return in.remaining() <= 3;
    }
}
