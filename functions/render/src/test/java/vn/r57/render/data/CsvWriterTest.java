package vn.r57.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.r57.render.data.CsvWriter.Cell;

class CsvWriterTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        CsvWriter csv = new CsvWriter();
        csv.row(List.of(Cell.text("a,b"), Cell.text("say \"hi\""), Cell.text("two\nlines"), Cell.text("plain")));

        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n", csv.toString());
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        CsvWriter csv = new CsvWriter();
        csv.row(List.of(Cell.text("=SUM(A1)"), Cell.text("+1"), Cell.text("-5 điểm"), Cell.text("@cmd"),
                Cell.text("\tx"), Cell.text("\rx"), Cell.text("a=b")));

        assertEquals("'=SUM(A1),'+1,'-5 điểm,'@cmd,'\tx,\"'\rx\",a=b\r\n", csv.toString());
    }

    @Test
    void codesAndNumbersAreLeftAloneSoANegativeValueStaysANumber() {
        CsvWriter csv = new CsvWriter();
        csv.row(List.of(Cell.code("-2.50"), Cell.code("")));

        assertEquals("-2.50,\r\n", csv.toString());
    }

    @Test
    void cellsWrittenOnceForManyRowsComeOutAsIfWrittenInEachRow() {
        CsvWriter once = new CsvWriter();
        Cell shared = Cell.written(CsvWriter.written(List.of(Cell.code("ha-noi"), Cell.text("=Hà Nội, thủ đô"))));
        once.row(List.of(shared, Cell.code("2025")));
        CsvWriter each = new CsvWriter();
        each.row(List.of(Cell.code("ha-noi"), Cell.text("=Hà Nội, thủ đô"), Cell.code("2025")));

        assertEquals("ha-noi,\"'=Hà Nội, thủ đô\",2025\r\n", once.toString());
        assertEquals(each.toString(), once.toString());
    }
}
