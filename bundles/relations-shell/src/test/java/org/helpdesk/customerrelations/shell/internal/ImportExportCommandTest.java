package org.helpdesk.customerrelations.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helpdesk.customerrelations.shell.internal.csv.CsvFileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and export commands against a fake relations service, as Karaf would inject and run them. */
class ImportExportCommandTest {

    @TempDir
    Path dir;

    private FakeRelationService service;
    private final CommandFixture fixture = new CommandFixture();

    @BeforeEach
    void setUp() {
        service = new FakeRelationService(Map.of("alice", "acme", "bob", "acme", "carol", "globex"),
                Set.of("acme", "globex", "initech"));
        fixture.captureOut();
    }

    @AfterEach
    void tearDown() {
        fixture.restoreOut();
    }

    private String out() {
        return fixture.out();
    }

    private Path file(String content) throws Exception {
        Path file = Files.createTempFile(dir, "relations", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Object importFile(Path file, boolean dryRun, boolean skipInvalid) throws Exception {
        ImportCommand command = new ImportCommand();
        CommandFixture.set(command, "relations", service);
        CommandFixture.set(command, "file", file.toString());
        CommandFixture.set(command, "dryRun", dryRun);
        CommandFixture.set(command, "skipInvalid", skipInvalid);
        return command.execute();
    }


    private static final String MIXED = "login,customer_id\nalice,globex\nnobody,acme\n\ncarol,acme\nbob,missing\n";

    @Test
    void importsValidRowsAndReportsAlreadyPresentOnes() throws Exception {
        service.add("alice", List.of("initech"), null, "x");
        importFile(file("login,customer_id\nalice,globex\nalice,initech\ncarol,acme\n"), false, false);
        assertTrue(out().contains("2 added, 1 already present, 0 rejected"), out());
        assertEquals(3, service.countRelations());
        assertEquals("shell", service.lastActor, "no Karaf session subject in a unit test");
    }

    @Test
    void anyRejectedRowStopsTheImportWithLineNumbersAndReasons() throws Exception {
        Path file = file(MIXED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> importFile(file, false, false));
        assertTrue(e.getMessage().startsWith("Nothing imported from " + file + ": 2 rows rejected (line 3: "
                + "'nobody','acme': unknown customer user; line 6: 'bob','missing': unknown customer)"), e.getMessage());
        assertEquals(0, service.countRelations());
        String table = out();
        assertTrue(table.contains("Line"), table);
        assertTrue(table.lines().anyMatch(l -> l.contains("3") && l.contains("nobody") && l.contains("unknown customer user")),
                table);
        assertTrue(table.lines().anyMatch(l -> l.contains("6") && l.contains("missing") && l.contains("unknown customer")),
                table);
    }

    @Test
    void skipInvalidAppliesTheValidRows() throws Exception {
        importFile(file(MIXED), false, true);
        assertEquals(2, service.countRelations(), "alice-globex and carol-acme");
        assertTrue(out().contains("Imported"), out());
        assertTrue(out().contains("2 added, 0 already present, 2 rejected (rejected rows skipped)"), out());
    }

    @Test
    void aDryRunWritesNothingAndSaysWhatWouldHappen() throws Exception {
        importFile(file(MIXED), true, false);
        assertEquals(0, service.countRelations());
        assertTrue(out().contains("Dry run of"), out());
        assertTrue(out().contains("nothing written: 2 would be added, 0 already present, 2 rejected "
                + "(without --skip-invalid nothing would be imported)"), out());
    }

    @Test
    void aMalformedFileIsAnErrorAndNothingReachesTheService() throws Exception {
        Path file = file("login,customer_id\nalice,globex\nbob,acme,extra\n");
        CsvFileException e = assertThrows(CsvFileException.class, () -> importFile(file, false, true));
        assertEquals("Line 3: expected 2 columns (login,customer_id), found 3", e.getMessage());
        assertEquals(null, service.lastImport);
        Path header = file("login;customer_id\nalice;globex\n");
        assertThrows(CsvFileException.class, () -> importFile(header, false, true));
        assertThrows(CsvFileException.class, () -> importFile(dir.resolve("nope.csv"), false, true));
        assertEquals(0, service.countRelations());
    }

    @Test
    void exportWritesAllRelationsAndImportReadsThemBack() throws Exception {
        service.add("alice", List.of("globex", "initech"), null, "x");
        service.add("carol", List.of("acme"), null, "x");
        Path target = dir.resolve("export.csv");
        ExportCommand export = new ExportCommand();
        CommandFixture.set(export, "relations", service);
        CommandFixture.set(export, "file", target.toString());
        export.execute();
        assertEquals("login,customer_id\nalice,globex\nalice,initech\ncarol,acme\n", Files.readString(target));
        assertTrue(out().contains("Exported 3 relations to " + target), out());
        assertThrows(IllegalArgumentException.class, export::execute, "an existing file is kept without --force");

        service.relations.clear();
        importFile(target, false, false);
        assertEquals(3, service.countRelations());
    }
}
