package org.helpdesk.customerrelations.shell.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportReport;
import org.junit.jupiter.api.Test;

class ImportReportFormatTest {

    private static final ImportReport.Rejected UNKNOWN = new ImportReport.Rejected(4, "bob", "nope", "unknown customer");

    @Test
    void summaries() {
        ImportReport clean = new ImportReport(3, 1, List.of(), true);
        assertEquals("Imported f.csv: 3 added, 1 already present, 0 rejected",
                ImportReportFormat.summary("f.csv", clean, new ImportOptions(false, false)));
        ImportReport skipped = new ImportReport(3, 1, List.of(UNKNOWN), true);
        assertEquals("Imported f.csv: 3 added, 1 already present, 1 rejected (rejected rows skipped)",
                ImportReportFormat.summary("f.csv", skipped, new ImportOptions(false, true)));
        ImportReport dry = new ImportReport(3, 0, List.of(UNKNOWN), false);
        assertEquals("Dry run of f.csv, nothing written: 3 would be added, 0 already present, 1 rejected "
                + "(without --skip-invalid nothing would be imported)",
                ImportReportFormat.summary("f.csv", dry, new ImportOptions(true, false)));
        assertEquals("Dry run of f.csv, nothing written: 3 would be added, 0 already present, 1 rejected",
                ImportReportFormat.summary("f.csv", dry, new ImportOptions(true, true)));
    }

    @Test
    void failureNamesTheFirstRejectedLines() {
        assertEquals("Nothing imported from f.csv: 1 row rejected (line 4: 'bob','nope': unknown customer). "
                + "Fix them, or import the valid rows with --skip-invalid",
                ImportReportFormat.failure("f.csv", new ImportReport(0, 0, List.of(UNKNOWN), false)));
        List<ImportReport.Rejected> many = IntStream.rangeClosed(2, 9)
                .mapToObj(i -> new ImportReport.Rejected(i, "u" + i, "c", "unknown customer user")).toList();
        String message = ImportReportFormat.failure("f.csv", new ImportReport(0, 0, many, false));
        assertTrue(message.startsWith("Nothing imported from f.csv: 8 rows rejected (line 2: 'u2','c'"), message);
        assertTrue(message.contains("line 6: 'u6'"), message);
        assertTrue(!message.contains("line 7"), message);
        assertTrue(message.contains("; ...)"), message);
    }

    @Test
    void rejectedTable() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ImportReportFormat.printRejected(new ImportReport(0, 0, List.of(), true), out, true);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing to show");
        ImportReportFormat.printRejected(new ImportReport(0, 0, List.of(UNKNOWN), false), out, false);
        assertEquals(List.of("4", "bob", "nope", "unknown customer"),
                List.of(bytes.toString(StandardCharsets.UTF_8).strip().split("\\s*\t")));
        bytes.reset();
        ImportReportFormat.printRejected(new ImportReport(0, 0, List.of(UNKNOWN), false), out, true);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).matches("Line\\s+[│|]\\s+Login\\s+[│|]\\s+Customer ID\\s+[│|]\\s+Reason\\s*"), lines.get(0));
        assertTrue(lines.get(2).matches("4\\s+[│|]\\s+bob\\s+[│|]\\s+nope\\s+[│|]\\s+unknown customer\\s*"), lines.get(2));
    }
}
