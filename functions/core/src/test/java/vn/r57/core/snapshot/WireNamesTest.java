package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;

/** The words of the public contract, spelled exactly as departments write them. */
class WireNamesTest {

    @Test
    void kinds() {
        assertEquals(List.of("actual", "target"), List.of(Kind.values()).stream().map(Kind::wireName).toList());
        assertEquals(Optional.of(Kind.TARGET), Kind.fromWireName("target"));
        assertEquals(Optional.empty(), Kind.fromWireName("Target"));
        assertEquals(Optional.empty(), Kind.fromWireName("forecast"));
    }

    @Test
    void qualifiers() {
        assertEquals(List.of("above", "at-least", "approximately", "estimate"),
                List.of(Qualifier.values()).stream().map(Qualifier::wireName).toList());
        assertEquals(Optional.of(Qualifier.AT_LEAST), Qualifier.fromWireName("at-least"));
        assertEquals(Optional.empty(), Qualifier.fromWireName("at_least"));
    }

    @Test
    void languagesVietnameseFirst() {
        assertEquals(List.of("vi", "en"), List.of(Lang.values()).stream().map(Lang::code).toList());
        assertEquals(Lang.EN, Lang.VI.other());
        assertEquals(Lang.VI, Lang.EN.other());
    }
}
