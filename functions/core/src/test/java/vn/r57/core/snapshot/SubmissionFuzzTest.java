package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.nio.CharBuffer;
import org.junit.jupiter.api.AfterAll;
import vn.r57.core.catalog.Catalog;

/**
 * Coverage-guided fuzzing of the request body's way in: strict UTF-8 decoding, the JSON reader and every validation
 * rule. Whatever the bytes, the answer is one of the four documented {@link Validation} results, never an exception,
 * and every problem it reports can be sent back as it is (a known code, a pointer, text that encodes as UTF-8).
 *
 * <p>A plain {@code mvn verify} replays the inputs kept in {@code SubmissionFuzzTestInputs/} (the seeds and every
 * finding, which Jazzer writes there). With {@code JAZZER_FUZZ=1} in the environment, as {@code .ci/run} sets it, it
 * fuzzes for {@code maxDuration} and keeps its growing corpus in {@code .cifuzz-corpus/} (not committed).
 */
class SubmissionFuzzTest {

    private static final Catalog CATALOG = Catalog.load();
    private static final SubmissionValidator VALIDATOR = new SubmissionValidator(CATALOG);
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 12, 1);
    private static final Set<String> CODES = codes();
    private static final AtomicLong EXECUTIONS = new AtomicLong();
    private static final AtomicLong[] OUTCOMES = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"\"province\"", "\"period\"", "\"source\"", "\"values\"", "\"title\"", "\"url\"", "\"indicator\"",
            "\"value\"", "\"kind\"", "\"qualifier\"", "\"note\"", "\"thanh-hoa\"", "\"tuyen-quang\"", "\"ha-giang\"", "\"2025\"",
            "\"2025-Q3\"", "\"2025-06\"", "\"2025-07\"", "\"on-time-admin-processing\"", "\"mobile-base-stations\"",
            "\"action-plan-issued\"", "\"target\"", "\"actual\"", "\"above\"", "\"https://a.vn/\"", "99.51", "1e5", "-0",
            "\\ud800", "\\u0000", "null", "true", "[", "{", "}", "]", ",", ":"})
    void anyBodyGetsADocumentedAnswer(FuzzedDataProvider data) {
        LocalDate today = FIRST_DAY.plusDays(data.consumeInt(0, 800));
        Set<String> writable = switch (data.consumeInt(0, 2)) {
            case 0 -> CATALOG.writableWith("thanh-hoa");
            case 1 -> CATALOG.writableWith("tuyen-quang");
            default -> Set.of();
        };
        byte[] body = data.consumeRemainingAsBytes();

        Validation validation = VALIDATOR.validate(body, today, writable);

        EXECUTIONS.incrementAndGet();
        if (validation instanceof Validation.Valid valid) {
            OUTCOMES[0].incrementAndGet();
            Submission submission = valid.submission();
            assertTrue(writable.contains(submission.province()));
            assertTrue(submission.values().size() >= 1 && submission.values().size() <= Limits.MAX_VALUES);
            assertTrue(body.length > 0);
        } else if (validation instanceof Validation.Invalid invalid) {
            OUTCOMES[1].incrementAndGet();
            assertFalse(invalid.problems().isEmpty());
            invalid.problems().forEach(SubmissionFuzzTest::assertSendable);
        } else if (validation instanceof Validation.Forbidden forbidden) {
            OUTCOMES[2].incrementAndGet();
            assertEquals(Codes.NOT_YOUR_PROVINCE, forbidden.problem().code());
            assertSendable(forbidden.problem());
        } else {
            OUTCOMES[3].incrementAndGet();
            Problem problem = ((Validation.Malformed) validation).problem();
            assertEquals(Codes.MALFORMED_JSON, problem.code());
            assertEquals("", problem.pointer());
            assertSendable(problem);
        }
    }

    private static void assertSendable(Problem problem) {
        assertTrue(CODES.contains(problem.code()), problem.code());
        assertTrue(problem.pointer().isEmpty() || problem.pointer().startsWith("/"), problem.pointer());
        assertTrue(encodes(problem.pointer()), "the pointer does not encode as UTF-8: " + problem);
        assertTrue(encodes(problem.detail()), "the detail does not encode as UTF-8: " + problem);
        assertTrue(problem.detail().length() < 2_000, "a detail of " + problem.detail().length() + " characters");
    }

    private static boolean encodes(String text) {
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>();
        for (Field field : Codes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                try {
                    codes.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return codes;
    }

    @AfterAll
    static void report() {
        System.out.println("[reliability] fuzzing: " + EXECUTIONS.get() + " bodies, " + List.of(
                OUTCOMES[0].get() + " valid", OUTCOMES[1].get() + " invalid", OUTCOMES[2].get() + " forbidden", OUTCOMES[3].get() + " malformed"));
    }
}
