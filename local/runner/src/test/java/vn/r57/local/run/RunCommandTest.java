package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.r57.local.Console;
import vn.r57.local.Invocation;

class RunCommandTest {

    @Test
    void aTakenPortIsReportedInOneLineBeforeAnythingStarts(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            Console console = Console.portal("run", "--port", Integer.toString(port), "--data", data.toString());

            assertEquals(new Console(1, "", "error: port " + port + " on 127.0.0.1 is already in use (is the portal already running?);"
                    + " stop that program or choose another port with --port N\n"), console);
            assertEquals(true, new DataDirectory(data).isNew(), "nothing was started or written");
        }
    }

    @Test
    void optionsHaveDefaultsAndTheDataFolderMayComeFromTheEnvironment() {
        assertEquals(new RunOptions(8080, Path.of(".portal-data"), Duration.ofSeconds(30), Optional.empty()), options(Map.of()));
        assertEquals(new RunOptions(9000, Path.of("/tmp/p"), Duration.ofMinutes(2), Optional.of(false)),
                options(Map.of("PORTAL_DATA", "/tmp/p"), "--port", "9000", "--render-every", "2m", "--no-demo"));
        assertEquals(new RunOptions(0, Path.of("d"), Duration.ofMillis(500), Optional.of(true)),
                options(Map.of("PORTAL_DATA", "/tmp/p"), "--port", "0", "--data", "d", "--render-every", "500ms", "--demo"));
    }

    @Test
    void aMistakeInTheOptionsIsNamedInOneLineBeforeTheUsage() {
        Console console = Console.portal("run", "--render-every", "soon");

        assertEquals(2, console.status());
        assertEquals("", console.out());
        assertEquals("error: Invalid value for option '--render-every': 'soon' is not a duration of at least 100ms such as 30s, 2m or 500ms\n"
                + USAGE, console.err());
    }

    @Test
    void aPortOutOfRangeIsNamed() {
        assertEquals("error: Invalid value for option '--port': '65536' is not a port number from 1 to 65535\n" + USAGE,
                Console.portal("run", "--port", "65536").err());
    }

    @Test
    void theHelpGoesToStandardOutput() {
        assertEquals(new Console(0, HELP, ""), Console.portal("run", "--help"));
    }

    private static final String HELP = """
            Usage: portal run [-h] [--port=N] [--data=DIR] [--render-every=DURATION] [--[no-]demo]
            Start the portal on this machine: the submission API, the renderer on a timer and the static
            portal, with the table and the bucket in a data folder. Ctrl-C stops it; the data is kept.
                  --port=N      listen on http://127.0.0.1:N (default 8080)
                  --data=DIR    keep the database and the bucket in DIR (default $PORTAL_DATA or ./.portal-data)
                  --render-every=DURATION
                                render what changed every DURATION, e.g. 30s, 2m, 500ms (default 30s)
                  --[no-]demo   load the demonstration figures (default: only into a new data folder)
              -h, --help        show this help and exit

            With TABLE_NAME and BUCKET_NAME set, a deployed table and bucket are used instead of the data
            folder (standard AWS credentials, region and AWS_ENDPOINT_URL).
            """;
    private static final String USAGE = """
            Usage: portal run [-h] [--port=N] [--data=DIR] [--render-every=DURATION] [--[no-]demo]
            See 'portal run --help'.
            """;

    private static RunOptions options(Map<String, String> environment, String... arguments) {
        RunCommand command = new RunCommand(new Invocation(environment, Console.CLOCK, System.out, System.err));
        new CommandLine(command).parseArgs(arguments);
        return command.options();
    }
}
