package dk.casescreen.cases;

import java.io.Closeable;

/** Reads the rows of one table in a file (a CSV file, an Excel worksheet, a JSON array). */
interface RowReader extends Closeable {

    /** The file (and worksheet) being read. */
    Location location();

    /** The next row, or null at the end. Blank rows may be returned; the caller skips them. */
    RawRow next();

    /**
     * Tells the reader that the caller is done with {@code row}, one this reader returned, and keeps none of
     * its arrays: the reader may fill them again for a later row. Called on the thread that reads the rows;
     * readers that make new arrays for every row ignore it.
     */
    default void recycle(RawRow row) {
    }

    /** The name a user sees for the column at {@code index}: "F" in Excel, "6" in CSV. */
    String columnName(int index);

    /** Closes the file; never fails. */
    @Override
    void close();
}
