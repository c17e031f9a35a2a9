package vn.r57.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference files' CSV dialect: RFC 4180 with a header row. */
class CsvReaderTest {

    @Test
    void quotedFieldsMayHoldCommasDoubledQuotesAndLineBreaks() {
        List<Map<String, String>> rows = CsvReader.parse("id,name,note\r\na,\"Lãnh đạo, chỉ đạo\",\"say \"\"hi\"\"\nthere\"\r\nb,,\n");

        assertEquals(List.of(
                Map.of("id", "a", "name", "Lãnh đạo, chỉ đạo", "note", "say \"hi\"\nthere"),
                Map.of("id", "b", "name", "", "note", "")), rows);
    }

    @Test
    void aLastLineWithoutLineBreakIsStillARow() {
        assertEquals(List.of(Map.of("unit", "%", "name", "%")), CsvReader.parse("unit,name\n%,%"));
    }

    @Test
    void columnsKeepTheHeaderOrder() {
        assertEquals(List.of("z", "a", "m"), List.copyOf(CsvReader.parse("z,a,m\n1,2,3\n").get(0).keySet()));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefusedWithItsLineNumber() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CsvReader.parse("a,b,c\n1,2,3\n1,2\n"));

        assertEquals("line 3: 2 fields, header has 3", e.getMessage());
    }

    @Test
    void aMissingResourceIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CsvReader.readResource("nothing.csv"));

        assertEquals("missing resource /vn/r57/core/nothing.csv for vn.r57.core.catalog.CsvReader", e.getMessage());
    }
}
