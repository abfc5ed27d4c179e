package org.helpdesk.customerrelations.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BenchmarkTableTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final BenchmarkTable table = new BenchmarkTable(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    @Test
    void eachRowIsPrintedAsItComesAndTheTableAtTheEnd() {
        table.row("(a) decide", Stats.of(new double[] {1, 2, 3}), "2.00 IDs per user on average");
        table.row("(b) once", 1234.5678, "10 added");
        assertEquals("(a) decide: median 2.000 ms (2.00 IDs per user on average)\n"
                + "(b) once: median 1234.6 ms (10 added)\n", text().replace(System.lineSeparator(), "\n"));

        table.print();
        String printed = text();
        for (String expected : new String[] {"Measurement", "Runs", "Median ms", "p99 ms", "Max ms", "Notes",
                "(a) decide", "3.000", "(b) once", "1234.6"}) {
            assertTrue(printed.contains(expected), expected + " in\n" + printed);
        }
    }

    @Test
    void shortTimesGetThreeDecimalsLongOnesOne() {
        assertEquals("9.999", BenchmarkTable.format(9.9994));
        assertEquals("10.0", BenchmarkTable.format(10.04));
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
