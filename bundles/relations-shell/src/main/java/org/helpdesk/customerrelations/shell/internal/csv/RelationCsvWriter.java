package org.helpdesk.customerrelations.shell.internal.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

import org.helpdesk.customerrelations.api.dto.Relation;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * Writes relations as the CSV that {@link RelationCsvReader} reads: header {@code login,customer_id},
 * one relation per line, values quoted only when they need it (RFC 4180). A consumer, so it can take
 * the relations service's stream one row at a time.
 */
public final class RelationCsvWriter implements Consumer<Relation>, AutoCloseable {

    private final ICSVWriter csv;
    private long count;

    public RelationCsvWriter(Writer writer) {
        this.csv = new CSVWriter(writer, ',', '"', '"', "\n");
        csv.writeNext(new String[] {RelationCsvReader.LOGIN, RelationCsvReader.CUSTOMER_ID}, false);
    }

    @Override
    public void accept(Relation relation) {
        csv.writeNext(new String[] {relation.login(), relation.customerId()}, false);
        count++;
    }

    /** @return the number of relations written */
    public long count() {
        return count;
    }

    /** Flushes, and reports a write error that the CSV writer swallowed. */
    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (csv.checkError()) {
            throw new UncheckedIOException(new IOException("Writing the CSV file failed", csv.getException()));
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
