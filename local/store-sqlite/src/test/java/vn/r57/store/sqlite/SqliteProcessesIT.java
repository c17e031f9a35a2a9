package vn.r57.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.r57.core.history.Revision;

/** Separate JVMs correcting one value in one file at once, as the portal and a script on the same folder would. */
class SqliteProcessesIT {

    private static final int PROCESSES = 3;
    private static final int CORRECTIONS = 30;

    private final SqliteFile file = new SqliteFile();

    @AfterEach
    void delete() {
        file.close();
    }

    @Test
    void threeProcessesCorrectingOneValueLeaveEveryRevisionNumberedOnceWithoutGaps() throws Exception {
        SqliteDatabase.open(file.file).close();
        List<Process> writers = new ArrayList<>();
        // Time enough for every JVM to start, so that they write at the same moment.
        String startAt = Long.toString(System.currentTimeMillis() + 8_000);
        for (int w = 0; w < PROCESSES; w++) {
            writers.add(new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), CorrectionWriter.class.getName(),
                    file.file.toString(), Integer.toString(w), Integer.toString(CORRECTIONS), startAt).inheritIO().start());
        }
        for (Process writer : writers) {
            assertTrue(writer.waitFor(2, TimeUnit.MINUTES), "a writer finished");
            assertEquals(0, writer.exitValue(), "a writer stored all its corrections");
        }

        List<Revision> history = new SqliteRevisionSource(file.open()).revisions("thanh-hoa");

        assertEquals(IntStream.rangeClosed(1, PROCESSES * CORRECTIONS).boxed().toList(), history.stream().map(Revision::number).toList());
        Set<String> values = new HashSet<>();
        history.forEach(revision -> values.add(revision.value().toPlainString()));
        assertEquals(PROCESSES * CORRECTIONS, values.size(), "every correction kept");
        List<String> writersInOrder = history.stream().map(revision -> revision.source().title()).toList();
        assertTrue(IntStream.range(1, writersInOrder.size()).filter(i -> !writersInOrder.get(i).equals(writersInOrder.get(i - 1))).count()
                > PROCESSES - 1, "the writers' corrections interleave, so they did race: " + writersInOrder);
        assertEquals(PROCESSES * CORRECTIONS, new SqliteRevisionSource(file.open()).receivedSince(Instant.EPOCH).size());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
