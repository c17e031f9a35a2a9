package vn.r57.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The local runner's bucket: objects on disk outlive the emulator that wrote them. */
class PersistentS3EmulatorIT {

    @Test
    void s3EmulatorFindsItsObjectsAgainAfterARestartOnTheSameDirectory(@TempDir Path directory) {
        String key = "data/v1/tỉnh/hà-nội.csv";
        try (S3Emulator first = RunningEmulators.timed("s3proxy (persistent, empty)", () -> S3Emulator.persistent(directory));
             S3Client s3 = EmulatorClients.s3(first.endpoint())) {
            s3.createBucket(create -> create.bucket("persistent-site"));
            s3.putObject(put -> put.bucket("persistent-site").key(key).contentType("text/csv; charset=utf-8"),
                    RequestBody.fromString("tỉnh\nHà Nội\n", StandardCharsets.UTF_8));
        }

        try (S3Emulator second = RunningEmulators.timed("s3proxy (persistent, restart)", () -> S3Emulator.persistent(directory));
             S3Client s3 = EmulatorClients.s3(second.endpoint())) {
            var read = s3.getObjectAsBytes(get -> get.bucket("persistent-site").key(key));
            assertEquals("tỉnh\nHà Nội\n", read.asUtf8String());
            assertEquals("text/csv; charset=utf-8", read.response().contentType());
        }
    }

    @Test
    void closingTheEmulatorEndsEveryNonDaemonThreadItStarted(@TempDir Path directory) {
        Set<Thread> before = liveNonDaemonThreads();

        try (S3Emulator s3 = S3Emulator.persistent(directory);
             S3Client s3Client = EmulatorClients.s3(s3.endpoint())) {
            s3Client.listBuckets();
        }

        Set<String> leftOver = liveNonDaemonThreads().stream()
                .filter(thread -> !before.contains(thread))
                .map(Thread::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), leftOver);
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.toSet());
    }
}
