package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void jsonIsAcceptedWithOrWithoutTheUtf8Charset() {
        assertEquals(Optional.empty(), ContentTypes.refusal(Optional.of("application/json")));
        assertEquals(Optional.empty(), ContentTypes.refusal(Optional.of("Application/JSON")));
        assertEquals(Optional.empty(), ContentTypes.refusal(Optional.of("application/json; charset=utf-8")));
        assertEquals(Optional.empty(), ContentTypes.refusal(Optional.of("application/json;charset=\"UTF-8\"")));
    }

    @Test
    void anythingElseIsRefusedWithTheReason() {
        assertEquals(Optional.of("no Content-Type was sent; send the snapshot as \"Content-Type: application/json\""),
                ContentTypes.refusal(Optional.empty()));
        assertEquals(Optional.of("\"text/plain\" is not accepted; send the snapshot as \"Content-Type: application/json\""),
                ContentTypes.refusal(Optional.of("text/plain")));
        assertEquals(Optional.of("\"application/x-www-form-urlencoded\" is not accepted; send the snapshot as \"Content-Type: application/json\""),
                ContentTypes.refusal(Optional.of("application/x-www-form-urlencoded")));
        assertEquals(Optional.of("the only parameter accepted is charset=utf-8, not \"charset=iso-8859-1\""),
                ContentTypes.refusal(Optional.of("application/json; charset=iso-8859-1")));
        assertEquals(Optional.of("the only parameter accepted is charset=utf-8, not \"boundary=x\""),
                ContentTypes.refusal(Optional.of("application/json; boundary=x")));
    }
}
