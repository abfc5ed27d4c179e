package org.helpdesk.customerrelations.shell.internal.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.helpdesk.customerrelations.api.dto.ImportRow;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

/**
 * Reads a relations file: UTF-8 (an optional byte order mark is ignored), RFC 4180 quoting, the header
 * {@code login,customer_id} on the first line, then one relation per record. Empty lines are skipped;
 * values are stripped of surrounding blanks. Each row keeps the line number it starts on, so reports
 * can point at it. Rows are not validated here (the relations service does that); only the file's shape is.
 */
public final class RelationCsvReader {

    public static final String LOGIN = "login";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String HEADER = LOGIN + "," + CUSTOMER_ID;

    private RelationCsvReader() {
    }

    /** @throws CsvFileException when the file is missing, unreadable, not UTF-8 or malformed */
    public static List<ImportRow> read(Path file) throws CsvFileException {
        // a strict decoder, so a file in another encoding is an error instead of silently mangled logins
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            return read(reader);
        } catch (NoSuchFileException e) {
            throw new CsvFileException(0, "File not found: " + file);
        } catch (IOException e) {
            throw new CsvFileException(0, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @throws CsvFileException when the content is not valid UTF-8 or is malformed */
    public static List<ImportRow> read(Reader reader) throws CsvFileException {
        List<ImportRow> rows = new ArrayList<>();
        CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withKeepCarriageReturn(false)
                .build();
        boolean headerSeen = false;
        long line = 1;
        try {
            while (true) {
                // a record starts on the line after those read so far (quoted values may span lines)
                long before = csv.getLinesRead();
                line = before + 1;
                String[] record = csv.readNext();
                if (record == null) {
                    if (csv.getLinesRead() > before) {
                        continue; // opencsv's RFC 4180 parser gives null for an empty line, not only at the end
                    }
                    break;
                }
                if (!headerSeen && line == 1 && record.length > 0) {
                    record[0] = stripBom(record[0]);
                }
                if (isEmpty(record)) {
                    continue;
                }
                if (!headerSeen) {
                    checkHeader(line, record);
                    headerSeen = true;
                    continue;
                }
                if (record.length != 2) {
                    throw new CsvFileException(line, "expected 2 columns (" + HEADER + "), found " + record.length);
                }
                rows.add(new ImportRow(line, record[0].strip(), record[1].strip()));
            }
        } catch (CharacterCodingException e) {
            throw new CsvFileException(line, "the file is not valid UTF-8", e);
        } catch (IOException e) {
            // includes opencsv's CsvMalformedLineException, e.g. for an unterminated quote
            throw new CsvFileException(line, "cannot read the file: " + e.getMessage(), e);
        } catch (CsvException e) {
            throw new CsvFileException(line, "malformed record: " + e.getMessage(), e);
        }
        if (!headerSeen) {
            throw new CsvFileException(0, "The file is empty; expected the header " + HEADER);
        }
        return rows;
    }

    private static void checkHeader(long line, String[] record) throws CsvFileException {
        if (record.length != 2 || !LOGIN.equals(record[0].strip().toLowerCase(Locale.ROOT))
                || !CUSTOMER_ID.equals(record[1].strip().toLowerCase(Locale.ROOT))) {
            throw new CsvFileException(line, "expected the header " + HEADER + ", found '" + String.join(",", record)
                    + "'");
        }
    }

    private static boolean isEmpty(String[] record) {
        return record.length == 0 || record.length == 1 && record[0].isBlank();
    }

    private static String stripBom(String value) {
        return value.startsWith("\uFEFF") ? value.substring(1) : value;
    }
}
