package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void theTableNameComesFromTheEnvironment() {
        assertEquals(new Config("r57-prod"), Config.fromEnvironment(Map.of("TABLE_NAME", "r57-prod")));
    }

    @Test
    void withoutATableNameTheFunctionRefusesToStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Config.fromEnvironment(Map.of()));
        assertEquals("set TABLE_NAME to the DynamoDB table's name", e.getMessage());
    }
}
