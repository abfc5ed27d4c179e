package org.helpdesk.customerrelations.shell.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.shell.internal.csv.RelationCsvWriter;

@Service
@Command(scope = "customer-relations", name = "export",
        description = "Writes every relation to a UTF-8 CSV file with the header login,customer_id.")
public class ExportCommand implements Action {

    @Reference
    private CustomerRelationService relations;

    @Argument(index = 0, name = "FILE", description = "the CSV file to write", required = true)
    @Completion(FileCompleter.class)
    private String file;

    @Option(name = "--force", description = "replace the file if it exists")
    private boolean force;

    @Override
    public Object execute() throws IOException {
        ShellActor.requireAdmin();
        Path target = Paths.get(file).toAbsolutePath();
        if (Files.exists(target) && !force) {
            throw new IllegalArgumentException("File exists: " + target + " (use --force to replace it)");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("No such directory: " + parent);
        }
        // written beside the target and moved in place, so a failed export leaves no half file behind
        Path temp = Files.createTempFile(parent, ".relations-export", ".csv");
        long count;
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                    RelationCsvWriter csv = new RelationCsvWriter(writer)) {
                relations.forEachRelation(csv);
                csv.flush();
                count = csv.count();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        System.out.println("Exported " + count + " relations to " + target);
        return null;
    }
}
