package dev.billingone.workstation.imports;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import dev.billingone.workstation.core.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A CSV file opened for streaming: size and binary checks up front, encoding and delimiter detected (or as
 * given), the header read, then one {@link CsvRecord} at a time with spreadsheet row numbers. The SHA-256 of
 * the bytes is available once every record has been read.
 */
public final class CsvFile implements AutoCloseable {
    /** Refused above this size: larger files are almost always the wrong file, and would take minutes. */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int MULTILINE_LIMIT = 200;

    private final String fileName;
    private final Charset charset;
    private final char delimiter;
    private final DigestInputStream digest;
    private final ByteCounter bytesRead;
    private final long size;
    private final CSVReader reader;
    private final List<String> header;
    private int row;

    private CsvFile(String fileName, Charset charset, char delimiter, DigestInputStream digest, ByteCounter bytesRead, long size,
                    CSVReader reader) {
        this.fileName = fileName;
        this.charset = charset;
        this.delimiter = delimiter;
        this.digest = digest;
        this.bytesRead = bytesRead;
        this.size = size;
        this.reader = reader;
        this.header = readHeader();
    }

    public static CsvFile open(Path file, CsvOptions options) {
        return open(file, options, DEFAULT_MAX_BYTES);
    }

    public static CsvFile open(Path file, CsvOptions options, long maxBytes) {
        String name = file.getFileName().toString();
        long size = sizeOf(file);
        if (size > maxBytes) {
            throw new InvalidInputException(String.format("%s is %,d MB; imports are limited to %,d MB. "
                    + "Split the file (e.g. by vendor or by letter) and import the parts one after another.",
                    name, size / (1024 * 1024), maxBytes / (1024 * 1024)));
        }
        if (size == 0) {
            throw new InvalidInputException(name + " is empty: export the list again with its header row.");
        }
        try {
            ByteCounter counter = new ByteCounter(Files.newInputStream(file));
            DigestInputStream digest = new DigestInputStream(counter, MessageDigest.getInstance("SHA-256"));
            BufferedInputStream in = new BufferedInputStream(digest, SNIFF_BYTES * 2);
            in.mark(SNIFF_BYTES);
            byte[] head = new byte[SNIFF_BYTES];
            int length = in.readNBytes(head, 0, SNIFF_BYTES);
            in.reset();
            Charset charset;
            int bom;
            if (options.encoding() == null) {
                FileSniffer.Sniffed sniffed = FileSniffer.sniff(head, length, name);
                charset = sniffed.charset();
                bom = sniffed.bomLength();
            } else {
                charset = options.encoding();
                bom = FileSniffer.bomLength(head, length, charset);
            }
            in.skipNBytes(bom);
            BufferedReader text = new BufferedReader(new LineLengthGuard(new InputStreamReader(in, decoder(charset))), 1 << 16);
            char delimiter = options.delimiter() != null ? options.delimiter()
                    : detectDelimiter(new String(head, bom, Math.max(0, length - bom), charset));
            CSVReader reader = new CSVReaderBuilder(text)
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(delimiter).build())
                    .withMultilineLimit(MULTILINE_LIMIT)
                    .build();
            return new CsvFile(name, charset, delimiter, digest, counter, size, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("No file at " + file + ": check the path.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        // Windows-1252 maps (almost) every byte; for Unicode encodings a bad byte means the guess or the choice is wrong.
        CodingErrorAction onError = charset.equals(FileSniffer.WINDOWS_1252) ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    /** The delimiter that occurs most often outside quotes on the first non-blank line of the file's start. */
    private static char detectDelimiter(String start) {
        String line = start.lines().filter(l -> !l.isBlank()).findFirst().orElse(null);
        if (line == null) {
            return ',';
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private List<String> readHeader() {
        CsvRecord first = next();
        while (first != null && first.isBlank()) {
            first = next();
        }
        if (first == null) {
            throw new InvalidInputException(fileName + " has no header row: the first row must name the columns.");
        }
        List<String> names = new ArrayList<>();
        for (String value : first.values()) {
            names.add(value == null ? "" : value.strip());
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return List.copyOf(names);
    }

    /** The next record, or null at the end of the file. Blank lines are returned (they still count as rows). */
    public CsvRecord next() {
        try {
            String[] values = reader.readNext();
            if (values == null) {
                return null;
            }
            row++;
            return new CsvRecord(row, values);
        } catch (CsvMultilineLimitBrokenException e) {
            throw new InvalidInputException(fileName + " row " + (row + 1) + ": a quoted value is never closed (it runs over "
                    + MULTILINE_LIMIT + " lines). Check for a missing closing \" on that row.");
        } catch (LineLengthGuard.LineTooLong e) {
            throw new InvalidInputException(fileName + " row " + (row + 1) + ": a line is longer than "
                    + LineLengthGuard.MAX_LINE + " characters, so this is not a CSV export (or a quote is never closed).");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(fileName + " row " + (row + 1) + ": the bytes are not valid " + charset.name()
                    + ". Choose the file's encoding explicitly (e.g. --encoding windows-1252 or UTF-16).");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + fileName, e);
        } catch (CsvValidationException e) {
            throw new InvalidInputException(fileName + " row " + (row + 1) + ": " + e.getMessage());
        }
    }

    public List<String> header() {
        return header;
    }

    public String fileName() {
        return fileName;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /** How much of the file has been read, 0..1 (a little ahead of the records returned: reading is buffered). */
    public double fractionRead() {
        return Math.min(1.0, (double) bytesRead.count / size);
    }

    /** Counts the bytes read from the file, for progress (the digest and the decoder sit above it). */
    private static final class ByteCounter extends FilterInputStream {
        private volatile long count;

        ByteCounter(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** SHA-256 of the whole file: reads (and discards) whatever has not been read yet. */
    public String sha256() {
        try {
            digest.on(true);
            byte[] rest = new byte[1 << 16];
            InputStream raw = digest;
            while (raw.read(rest) >= 0) {
                // draining only to complete the digest
            }
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + fileName, e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
