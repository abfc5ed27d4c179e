package org.helpdesk.customerrelations.shell.internal.csv;

/** A relations CSV file that cannot be used as a whole: unreadable, bad header, wrong column count. */
public class CsvFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;

    public CsvFileException(long line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
    }

    public CsvFileException(long line, String message, Throwable cause) {
        this(line, message);
        initCause(cause);
    }

    /** @return the line the problem was found on, or 0 when it concerns the whole file */
    public long line() {
        return line;
    }
}
