package vn.r57.render.data;

import java.util.List;

/**
 * RFC 4180 rows: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF. Text cells are also defused
 * against spreadsheet formula injection: a cell starting with = + - @, tab or CR gets a leading apostrophe, the
 * convention spreadsheets display as "this is text" (OWASP "CSV injection").
 */
final class CsvWriter {

    private final StringBuilder out;

    CsvWriter() {
        this(1 << 16);
    }

    private CsvWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    void row(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * Cells as a row writes them, comma-separated, for cells that many rows share (a series' province, indicator
     * and kind): put in a row as {@link Cell#written}, they are defused and quoted once instead of on every row.
     */
    static String written(List<Cell> cells) {
        CsvWriter csv = new CsvWriter(128);
        csv.row(cells);
        return csv.out.substring(0, csv.out.length() - 2);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String field(Cell cell) {
        if (cell.written()) {
            return cell.value();
        }
        String text = cell.text() && startsLikeFormula(cell.value()) ? "'" + cell.value() : cell.value();
        return quoted(text);
    }

    private static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private static String quoted(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }

    /**
     * A cell; {@code text} cells are free text that a spreadsheet could mistake for a formula, others are codes or
     * numbers, and {@code written} ones are cells already written by {@link #written}.
     */
    record Cell(String value, boolean text, boolean written) {
        static Cell code(String value) {
            return new Cell(value, false, false);
        }

        static Cell text(String value) {
            return new Cell(value, true, false);
        }

        static Cell written(String cells) {
            return new Cell(cells, false, true);
        }
    }
}
