package vn.r57.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;

class RevisionLinesTest {

    @Test
    void readsOneRevisionPerLineKeepingTheNumbersDigitsAndSkippingCommentsAndBlankLines() {
        String text = """
                # a comment
                {"province":"thanh-hoa","indicator":"on-time-admin-processing","kind":"actual","period":"2025-Q3","revision":2,"value":99.510,"qualifier":"estimate","note":"n","source":{"title":"t","url":"https://x.vn/a"},"receivedAt":"2025-10-01T00:00:00.000Z","snapshot":"s-2"}

                {"province":"ha-noi","indicator":"mobile-base-stations","kind":"target","period":"2030","revision":1,"value":1E+4,"source":{"title":"t"},"receivedAt":"2025-10-02T00:00:00Z","snapshot":"s-3"}
                """;

        assertEquals(List.of(
                        new Revision("thanh-hoa", "on-time-admin-processing", Kind.ACTUAL, Period.quarter(2025, 3), 2,
                                new BigDecimal("99.510"), Optional.of(Qualifier.ESTIMATE), Optional.of("n"),
                                new Source("t", Optional.of("https://x.vn/a")), Instant.parse("2025-10-01T00:00:00Z"), "s-2"),
                        new Revision("ha-noi", "mobile-base-stations", Kind.TARGET, Period.year(2030), 1,
                                new BigDecimal("1E+4"), Optional.empty(), Optional.empty(),
                                new Source("t", Optional.empty()), Instant.parse("2025-10-02T00:00:00Z"), "s-3")),
                RevisionLines.parse(text, "test.jsonl"));
    }

    @Test
    void aBadLineIsReportedWithItsFileAndLineNumber() {
        String text = """
                {"province":"ha-noi","indicator":"x","kind":"actual","period":"2025","revision":1,"value":1,"source":{"title":"t"},"receivedAt":"2025-10-02T00:00:00Z","snapshot":"s"}
                {"province":"ha-noi","indicator":"x","kind":"forecast","period":"2025","revision":1,"value":1,"source":{"title":"t"},"receivedAt":"2025-10-02T00:00:00Z","snapshot":"s"}
                """;

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> RevisionLines.parse(text, "data.jsonl"));

        assertEquals("data.jsonl line 2: unknown kind forecast", error.getMessage());
    }

    @Test
    void ofSeveralBadLinesAmongManyTheFirstInTheFileIsReportedAndTheOthersKeepTheirOrder() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 5000; i++) {
            String kind = i == 3001 ? "forecast" : i == 4999 ? "plan" : "actual";
            text.append("{\"province\":\"ha-noi\",\"indicator\":\"x\",\"kind\":\"").append(kind)
                    .append("\",\"period\":\"2025\",\"revision\":").append(i).append(",\"value\":1,")
                    .append("\"source\":{\"title\":\"t\"},\"receivedAt\":\"2025-10-02T00:00:00Z\",\"snapshot\":\"s\"}\n");
        }
        String good = text.toString().replace("forecast", "actual").replace("plan", "actual");

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> RevisionLines.parse(text.toString(), "data.jsonl"));
        List<Integer> numbers = RevisionLines.parse(good, "data.jsonl").stream().map(Revision::number).toList();

        assertEquals("data.jsonl line 3001: unknown kind forecast", error.getMessage());
        assertEquals(IntStream.rangeClosed(1, 5000).boxed().toList(), numbers);
    }

    @Test
    void aFileReadsAsItsTextParsesAcrossBatchesBufferBoundariesAndLineEnds(@TempDir Path folder) throws IOException {
        StringBuilder text = new StringBuilder("# national\r\n\n");
        for (int i = 1; i <= 9000; i++) {
            text.append("{\"province\":\"ha-noi\",\"indicator\":\"x\",\"kind\":\"actual\",\"period\":\"2025\",")
                    .append("\"revision\":").append(i).append(",\"value\":1,\"note\":\"Ghi chú số ").append(i)
                    .append("\",\"source\":{\"title\":\"t\"},\"receivedAt\":\"2025-10-02T00:00:00Z\",\"snapshot\":\"s\"}")
                    .append(i % 3 == 0 ? "\r\n" : "\n");
        }
        text.setLength(text.length() - 1);
        Path file = Files.writeString(folder.resolve("national.jsonl"), text);

        List<Revision> read = RevisionLines.read(file);

        assertEquals(9000, read.size());
        assertEquals(RevisionLines.parse(text.toString(), file.toString()), read);
    }

    @Test
    void aBadLineOfAFileIsReportedWithItsNumberAfterTheFirstBatches(@TempDir Path folder) throws IOException {
        String good = "{\"province\":\"ha-noi\",\"indicator\":\"x\",\"kind\":\"actual\",\"period\":\"2025\","
                + "\"revision\":1,\"value\":1,\"source\":{\"title\":\"t\"},\"receivedAt\":\"2025-10-02T00:00:00Z\","
                + "\"snapshot\":\"s\"}\n";
        Path file = Files.writeString(folder.resolve("data.jsonl"),
                good.repeat(6000) + good.replace("actual", "forecast") + good);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RevisionLines.read(file));

        assertEquals(file + " line 6001: unknown kind forecast", error.getMessage());
    }

    @Test
    void aMissingMemberIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RevisionLines.parse("{\"province\":\"ha-noi\"}", "data.jsonl"));

        assertEquals("data.jsonl line 1: missing \"source\"", error.getMessage());
    }
}
