package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void aTakenPortIsReportedInOneLineBeforeAnythingStarts(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int port = taken.getLocalPort();

            int status = RunCommand.run(List.of("--port", Integer.toString(port), "--data", data.toString()), Map.of(),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

            assertEquals(1, status);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
            assertEquals("error: port " + port + " on 127.0.0.1 is already in use (is the portal already running?);"
                    + " stop that program or choose another port with --port N\n", err.toString(StandardCharsets.UTF_8));
            assertEquals(true, new DataDirectory(data).isNew(), "nothing was started or written");
        }
    }

    @Test
    void optionsHaveDefaultsAndTheDataFolderMayComeFromTheEnvironment() {
        assertEquals(new RunOptions(8080, Path.of(".portal-data"), java.time.Duration.ofSeconds(30), java.util.Optional.empty()),
                RunOptions.parse(List.of(), Map.of()));
        assertEquals(new RunOptions(9000, Path.of("/tmp/p"), java.time.Duration.ofMinutes(2), java.util.Optional.of(false)),
                RunOptions.parse(List.of("--port", "9000", "--render-every", "2m", "--no-demo"), Map.of("PORTAL_DATA", "/tmp/p")));
    }

    @Test
    void aMistakeInTheOptionsIsExplained() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RunCommand.run(List.of("--render-every", "soon"), Map.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("error: --render-every takes a duration of at least 100ms such as 30s, 2m or 500ms, not \"soon\"\n"
                + RunOptions.USAGE + "\n", err.toString(StandardCharsets.UTF_8));
    }
}
