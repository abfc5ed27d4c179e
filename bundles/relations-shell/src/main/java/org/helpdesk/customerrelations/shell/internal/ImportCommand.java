package org.helpdesk.customerrelations.shell.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportReport;
import org.helpdesk.customerrelations.api.dto.ImportRow;
import org.helpdesk.customerrelations.shell.internal.csv.CsvFileException;
import org.helpdesk.customerrelations.shell.internal.csv.ImportReportFormat;
import org.helpdesk.customerrelations.shell.internal.csv.RelationCsvReader;

@Service
@Command(scope = "customer-relations", name = "import",
        description = "Adds the relations of a UTF-8 CSV file with the header login,customer_id, in one transaction. "
                + "Nothing is written when any row is rejected, unless --skip-invalid.")
public class ImportCommand implements Action {

    @Reference
    private CustomerRelationService relations;

    @Argument(index = 0, name = "FILE", description = "the CSV file to read", required = true)
    @Completion(FileCompleter.class)
    private String file;

    @Option(name = "--dry-run", description = "check and report only; write nothing")
    private boolean dryRun;

    @Option(name = "--skip-invalid", description = "add the valid rows even when some are rejected")
    private boolean skipInvalid;

    @Option(name = "--no-format", description = "rejected rows as plain tab-separated lines")
    private boolean noFormat;

    @Override
    public Object execute() throws CsvFileException {
        ShellActor.requireAdmin();
        Path path = Paths.get(file).toAbsolutePath();
        // the whole file is checked before anything is sent, so a malformed file writes nothing
        List<ImportRow> rows = RelationCsvReader.read(path);
        ImportOptions options = new ImportOptions(dryRun, skipInvalid);
        ImportReport report = relations.importRelations(rows, options, ShellActor.current());
        ImportReportFormat.printRejected(report, System.out, !noFormat);
        if (!dryRun && !skipInvalid && !report.rejected().isEmpty()) {
            throw new IllegalArgumentException(ImportReportFormat.failure(file, report));
        }
        System.out.println(ImportReportFormat.summary(file, report, options));
        return null;
    }
}
