package vn.r57.render.data;

import java.util.List;

/**
 * RFC 4180 rows: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF. Text cells are also defused
 * against spreadsheet formula injection: a cell starting with = + - @, tab or CR gets a leading apostrophe, the
 * convention spreadsheets display as "this is text" (OWASP "CSV injection").
 */
final class Csv {

    private final StringBuilder out = new StringBuilder(1 << 16);

    void row(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Cell cell = cells.get(i);
            String text = cell.text() && startsLikeFormula(cell.value()) ? "'" + cell.value() : cell.value();
            out.append(quoted(text));
        }
        out.append("\r\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private static String quoted(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A cell; {@code text} cells are free text that a spreadsheet could mistake for a formula, others are codes or numbers. */
    record Cell(String value, boolean text) {
        static Cell code(String value) {
            return new Cell(value, false);
        }

        static Cell text(String value) {
            return new Cell(value, true);
        }
    }
}
