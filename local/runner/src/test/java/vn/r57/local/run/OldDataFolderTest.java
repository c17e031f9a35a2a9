package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.local.Console;

/** A folder written by a runner that kept its data in DynamoDB Local: refused with what to do, and left exactly as it was. */
class OldDataFolderTest {

    private static final byte[] OLD_DATABASE = "SQLite format 3\0 DynamoDB Local's own tables".getBytes(StandardCharsets.UTF_8);

    @Test
    void runAndKeysBothNameTheFolderSayWhatToDoAndChangeNothing(@TempDir Path parent) throws Exception {
        Path folder = parent.resolve("portal-data");
        Path old = folder.resolve("dynamodb").resolve("shared-local-instance.db");
        Files.createDirectories(old.getParent());
        Files.write(old, OLD_DATABASE);
        Files.createDirectories(folder.resolve("s3").resolve("r57-local-site"));
        List<Path> before = contents(folder);
        String expected = "error: " + folder + " was made by an earlier version of the local portal, which kept submissions and keys"
                + " in DynamoDB Local (" + old + "); this version keeps them in SQLite and cannot read that file. Nothing in the"
                + " folder was changed. Move it aside (mv " + folder + " " + folder + ".old) and start again for a new folder with"
                + " the demonstration data, or start with --data DIR to use another folder. Figures you submitted yourself can be"
                + " sent again through the API from your own copies; the old folder keeps them until you delete it.\n";

        Console run = Console.portal("run", "--port", "0", "--data", folder.toString());
        Console keys = Console.keys("list", "--data", folder.toString());

        assertEquals(new Console(1, "", expected), run);
        assertEquals(new Console(3, "", expected), keys);
        assertEquals(before, contents(folder));
        assertArrayEquals(OLD_DATABASE, Files.readAllBytes(old));
    }

    private static List<Path> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.sorted().toList();
        }
    }
}
