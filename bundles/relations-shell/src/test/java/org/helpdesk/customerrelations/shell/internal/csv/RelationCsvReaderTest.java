package org.helpdesk.customerrelations.shell.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.helpdesk.customerrelations.api.dto.ImportRow;
import org.helpdesk.customerrelations.api.dto.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationCsvReaderTest {

    @TempDir
    Path dir;

    private static List<ImportRow> read(String text) throws CsvFileException {
        return RelationCsvReader.read(new StringReader(text));
    }

    @Test
    void readsRowsWithTheLineTheyStartOn() throws Exception {
        assertEquals(List.of(new ImportRow(2, "alice", "globex"), new ImportRow(3, "bob", "initech")),
                read("login,customer_id\nalice,globex\nbob,initech\n"));
    }

    @Test
    void skipsEmptyAndBlankLinesButKeepsCountingThem() throws Exception {
        assertEquals(List.of(new ImportRow(4, "alice", "globex"), new ImportRow(7, "bob", "acme")),
                read("\nlogin,customer_id\n\nalice,globex\n   \n\nbob,acme"));
    }

    @Test
    void acceptsCrLfAndStripsBlanksAroundValues() throws Exception {
        assertEquals(List.of(new ImportRow(2, "alice", "globex")), read("Login , Customer_ID\r\n  alice , globex \r\n"));
    }

    @Test
    void ignoresAByteOrderMark() throws Exception {
        assertEquals(List.of(new ImportRow(2, "alice", "acme")), read("\uFEFFlogin,customer_id\nalice,acme\n"));
        Path file = dir.resolve("bom.csv");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'l', 'o', 'g', 'i', 'n', ',', 'c', 'u',
            's', 't', 'o', 'm', 'e', 'r', '_', 'i', 'd', '\n', 'a', ',', 'b', '\n'});
        assertEquals(List.of(new ImportRow(2, "a", "b")), RelationCsvReader.read(file));
    }

    @Test
    void readsQuotedValuesWithCommasQuotesAndLineBreaks() throws Exception {
        List<ImportRow> rows = read("login,customer_id\n\"o,brien\",\"say \"\"hi\"\"\"\n\"multi\nline\",x\nlast,y\n");
        assertEquals(new ImportRow(2, "o,brien", "say \"hi\""), rows.get(0));
        assertEquals(new ImportRow(3, "multi\nline", "x"), rows.get(1));
        assertEquals(new ImportRow(5, "last", "y"), rows.get(2), "a record after a two-line value starts on line 5");
    }

    @Test
    void backslashesAreOrdinaryCharacters() throws Exception {
        assertEquals(List.of(new ImportRow(2, "dom\\user", "acme")), read("login,customer_id\ndom\\user,acme\n"));
    }

    @Test
    void keepsEmptyValuesForTheServiceToReject() throws Exception {
        assertEquals(List.of(new ImportRow(2, "", "acme")), read("login,customer_id\n,acme\n"));
    }

    @Test
    void refusesAWrongHeader() {
        CsvFileException e = assertThrows(CsvFileException.class, () -> read("user,customer\nalice,acme\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("expected the header login,customer_id, found 'user,customer'"),
                e.getMessage());
        assertThrows(CsvFileException.class, () -> read("alice,acme\n"), "the header is required");
        assertThrows(CsvFileException.class, () -> read("login,customer_id,extra\n"));
    }

    @Test
    void refusesAWrongColumnCountNamingTheLine() {
        CsvFileException e = assertThrows(CsvFileException.class,
                () -> read("login,customer_id\nalice,acme\n\nbob,acme,globex\n"));
        assertEquals(4, e.line());
        assertEquals("Line 4: expected 2 columns (login,customer_id), found 3", e.getMessage());
        e = assertThrows(CsvFileException.class, () -> read("login,customer_id\nalice\n"));
        assertEquals("Line 2: expected 2 columns (login,customer_id), found 1", e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() {
        assertTrue(assertThrows(CsvFileException.class, () -> read("")).getMessage().contains("empty"));
        assertTrue(assertThrows(CsvFileException.class, () -> read("\n\n")).getMessage().contains("empty"));
    }

    @Test
    void refusesAnUnterminatedQuote() {
        CsvFileException e = assertThrows(CsvFileException.class,
                () -> read("login,customer_id\nalice,acme\n\"bob,acme\n"));
        assertEquals(3, e.line());
    }

    @Test
    void refusesAMissingOrNonUtf8File() throws Exception {
        Path missing = dir.resolve("missing.csv");
        assertEquals("File not found: " + missing,
                assertThrows(CsvFileException.class, () -> RelationCsvReader.read(missing)).getMessage());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'l', 'o', 'g', 'i', 'n', ',', 'c', 'u', 's', 't', 'o', 'm', 'e', 'r', '_', 'i',
            'd', '\n', 'j', (byte) 0xFC, 'r', 'g', ',', 'a', '\n'});
        assertTrue(assertThrows(CsvFileException.class, () -> RelationCsvReader.read(latin1)).getMessage()
                .contains("not valid UTF-8"));
    }

    @Test
    void readsWhatTheWriterWrites() throws Exception {
        StringWriter out = new StringWriter();
        Instant now = Instant.now();
        try (RelationCsvWriter writer = new RelationCsvWriter(out)) {
            writer.accept(new Relation("alice", "globex", now, "a", now, "a"));
            writer.accept(new Relation("o,brien", "say \"hi\"", now, "a", now, "a"));
            writer.accept(new Relation("jürgen", "müller-gmbh", now, "a", now, "a"));
            writer.flush();
            assertEquals(3, writer.count());
        }
        assertEquals("login,customer_id\nalice,globex\n\"o,brien\",\"say \"\"hi\"\"\"\njürgen,müller-gmbh\n",
                out.toString());
        assertEquals(List.of(new ImportRow(2, "alice", "globex"), new ImportRow(3, "o,brien", "say \"hi\""),
                new ImportRow(4, "jürgen", "müller-gmbh")), read(out.toString()));
    }
}
