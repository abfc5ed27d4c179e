package org.helpdesk.customerrelations.shell.internal.csv;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.support.table.ShellTable;
import org.helpdesk.customerrelations.api.dto.ImportOptions;
import org.helpdesk.customerrelations.api.dto.ImportReport;

/** How the import command reports: a summary line and a table of the rejected rows with their line numbers. */
public final class ImportReportFormat {

    /** At most this many rejected rows are named in an error message (the table lists all). */
    static final int REJECTED_IN_MESSAGE = 5;

    private ImportReportFormat() {
    }

    /** @return e.g. {@code Imported relations.csv: 3 added, 1 already present, 0 rejected} */
    public static String summary(String file, ImportReport report, ImportOptions options) {
        String counts = report.added() + (options.dryRun() ? " would be added, " : " added, ") + report.alreadyPresent()
                + " already present, " + report.rejected().size() + " rejected";
        if (options.dryRun()) {
            return "Dry run of " + file + ", nothing written: " + counts
                    + (report.rejected().isEmpty() || options.skipInvalid() ? ""
                            : " (without --skip-invalid nothing would be imported)");
        }
        if (!report.rejected().isEmpty() && !options.skipInvalid()) {
            return "Nothing imported from " + file + ": " + counts;
        }
        // "applied" is false also when every valid row was present already: that is still a successful import
        return "Imported " + file + ": " + counts + (report.rejected().isEmpty() ? "" : " (rejected rows skipped)");
    }

    /** Prints the rejected rows, if any, as a table; {@code format} false gives tab-separated lines. */
    public static void printRejected(ImportReport report, PrintStream out, boolean format) {
        if (report.rejected().isEmpty()) {
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Line");
        table.column("Login");
        table.column("Customer ID");
        table.column("Reason");
        for (ImportReport.Rejected r : report.rejected()) {
            table.addRow().addContent(r.line(), r.login(), r.customerId(), r.reason());
        }
        table.print(out, format);
    }

    /**
     * @return the message the command fails with when rejected rows stopped the import, naming the first
     *         rejected lines
     */
    public static String failure(String file, ImportReport report) {
        List<ImportReport.Rejected> rejected = report.rejected();
        String named = rejected.stream().limit(REJECTED_IN_MESSAGE).map(ImportReportFormat::describe)
                .collect(Collectors.joining("; "));
        return "Nothing imported from " + file + ": " + rejected.size() + " row" + (rejected.size() == 1 ? "" : "s")
                + " rejected (" + named + (rejected.size() > REJECTED_IN_MESSAGE ? "; ..." : "")
                + "). Fix them, or import the valid rows with --skip-invalid";
    }

    /** @return e.g. {@code line 4: 'bob','nope': unknown customer} */
    static String describe(ImportReport.Rejected r) {
        return "line " + r.line() + ": '" + r.login() + "','" + r.customerId() + "': " + r.reason();
    }
}
