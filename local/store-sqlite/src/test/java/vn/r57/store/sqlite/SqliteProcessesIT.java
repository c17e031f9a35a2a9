package vn.r57.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        // Each correction's receipt time is taken before its transaction waits for the lock: a writer that asked while
        // another was still writing proves the processes raced (SQLite may still let one of them finish first).
        Map<String, List<Instant>> asked = new TreeMap<>();
        history.forEach(revision -> asked.computeIfAbsent(revision.source().title(), w -> new ArrayList<>()).add(revision.receivedAt()));
        List<Instant> firsts = asked.values().stream().map(times -> times.stream().min(Instant::compareTo).orElseThrow()).toList();
        List<Instant> lasts = asked.values().stream().map(times -> times.stream().max(Instant::compareTo).orElseThrow()).toList();
        assertEquals(PROCESSES, asked.size());
        assertTrue(firsts.stream().max(Instant::compareTo).orElseThrow().isBefore(lasts.stream().min(Instant::compareTo).orElseThrow()),
                "every writer started before any had finished: " + asked);
        assertEquals(PROCESSES * CORRECTIONS, new SqliteRevisionSource(file.open()).receivedSince(Instant.EPOCH).size());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
