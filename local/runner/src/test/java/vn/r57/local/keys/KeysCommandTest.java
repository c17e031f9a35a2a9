package vn.r57.local.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes are refused with a message that says what to do, before any store is touched. */
class KeysCommandTest {

    @Test
    void aMisspelledProvinceGetsASuggestion(@TempDir Path data) {
        Console console = Console.keys("create", "--province", "thanh-hoaa", "--data", data.toString());
        assertEquals(new Console(2, "", "error: unknown province \"thanh-hoaa\"; did you mean \"thanh-hoa\" or \"khanh-hoa\"?\n"), console);
    }

    @Test
    void aProvinceThatWasMergedNamesItsSuccessor(@TempDir Path data) {
        Console console = Console.keys("create", "--province", "binh-dinh", "--data", data.toString());
        assertEquals(new Console(2, "", "error: binh-dinh (Binh Dinh) no longer exists: it was merged into gia-lai on 2025-07-01;"
                + " create the key for gia-lai (a gia-lai key may also file binh-dinh's figures for earlier periods)\n"), console);
    }

    @Test
    void withoutAnyLocalDataTheStoreIsUnreachable(@TempDir Path data) {
        Console console = Console.keys("list", "--data", data.resolve("none").toString());
        assertEquals(3, console.status());
        assertEquals("", console.out());
        assertEquals("error: there is no local portal data in " + data.resolve("none")
                + ": start the portal first (./portal), pass --data DIR for another folder, or --table NAME for a table in AWS\n", console.err());
    }

    @Test
    void createNeedsAProvince() {
        Console console = Console.keys("create");
        assertEquals(2, console.status());
        assertEquals("", console.out());
        assertEquals("error: keys create needs --province ID, e.g. --province thanh-hoa\n" + KeysCommand.USAGE + "\n", console.err());
    }

    @Test
    void revokeNeedsAKeyId() {
        assertEquals("error: keys revoke needs the KEY_ID (see keys list)\n" + KeysCommand.USAGE + "\n", Console.keys("revoke").err());
    }

    @Test
    void anUnknownSubcommandIsNamed() {
        assertEquals("error: unknown keys command delete; use create, list or revoke\n" + KeysCommand.USAGE + "\n", Console.keys("delete", "x").err());
    }

    @Test
    void theLocalFolderAndATableAreAlternatives() {
        Console console = Console.keys("list", "--data", "x", "--table", "y");
        assertEquals(2, console.status());
        assertEquals("error: give either --data DIR (the local portal) or --table NAME, not both\n" + KeysCommand.USAGE + "\n", console.err());
    }
}
