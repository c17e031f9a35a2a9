package vn.r57.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;

class MessagesTest {

    private final Messages vi = Messages.of(Lang.VI);
    private final Messages en = Messages.of(Lang.EN);

    @Test
    void bothBundlesHaveExactlyTheSameKeys() {
        assertEquals(vi.keys(), en.keys());
    }

    @Test
    void everyTextIsInUnicodeNormalizationFormC() {
        List<String> decomposed = new ArrayList<>();
        for (Messages bundle : List.of(vi, en)) {
            for (String key : bundle.keys()) {
                if (!Normalizer.isNormalized(bundle.raw(key), Normalizer.Form.NFC)) {
                    decomposed.add(bundle.lang().code() + ":" + key);
                }
            }
        }
        assertEquals(List.of(), decomposed);
    }

    @Test
    void translationsUseTheSamePlaceholders() {
        List<String> mismatched = new ArrayList<>();
        for (String key : vi.keys()) {
            if (!Placeholders.indexes(vi.raw(key)).equals(Placeholders.indexes(en.raw(key)))) {
                mismatched.add(key);
            }
        }
        assertEquals(List.of(), mismatched);
    }

    @Test
    void vietnameseIsWrittenWithFullDiacritics() {
        assertEquals("Tiến độ Nghị quyết 57", vi.text("site.name"));
        assertEquals("Chuyển đến nội dung chính", vi.text("skipLink"));
    }

    @Test
    void apostrophesAndQuotesAreOrdinaryCharacters() {
        assertEquals(
                "Science, technology, innovation and digital transformation in Vietnam's 34 provinces and cities",
                en.text("site.tagline"));
        assertEquals("Data for the chart “Dak Lak's 5G coverage”", en.text("chart.table.caption", "Dak Lak's 5G coverage"));
    }

    @Test
    void placeholdersAreFilledWithTextAlreadyFormattedForTheLanguage() {
        assertEquals("trên 80\u00a0%", vi.text("qualifier.above.value", "80\u00a0%"));
        assertEquals("9.800 (ước tính)", vi.text("qualifier.estimate.value", "9.800"));
        assertEquals(
                "Tuyen Quang was formed on 1 Jul 2025 by merging Tuyen Quang and Ha Giang.",
                en.text("lineage.merged", "Tuyen Quang", "Tuyen Quang and Ha Giang", "1 Jul 2025"));
        assertEquals(
                "Tuyên Quang được thành lập ngày 01/07/2025 trên cơ sở hợp nhất Tuyên Quang và Hà Giang.",
                vi.text("lineage.merged", "Tuyên Quang", "Tuyên Quang và Hà Giang", "01/07/2025"));
    }

    @Test
    void argumentsAreInsertedAsTheyAreEvenWhenTheyLookLikePlaceholders() {
        assertEquals("Nguồn: {1} & {0}", vi.text("value.source", "{1} & {0}"));
    }

    @Test
    void bracesWithoutANumberAreLeftAlone() {
        assertEquals("{x} a {y}", Placeholders.fill("test", "{x} {0} {y}", "a"));
    }

    @Test
    void aMissingArgumentIsABug() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> vi.text("lineage.merged", "A", "B"));
        assertEquals("Message 'lineage.merged' needs argument {2} but got 2", error.getMessage());
    }

    @Test
    void anUnusedArgumentIsABug() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> vi.text("site.name", "extra"));
        assertEquals("Message 'site.name' uses 0 of 1 arguments", error.getMessage());
    }

    @Test
    void anUnknownKeyIsABug() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> en.text("nav.nowhere"));
        assertEquals("No message 'nav.nowhere' in site/messages/en.properties", error.getMessage());
    }
}
