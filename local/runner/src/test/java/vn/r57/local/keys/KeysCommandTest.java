package vn.r57.local.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.local.Console;

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
        assertEquals(new Console(2, "", "error: Missing required option: '--province=ID'\n" + CREATE_SYNOPSIS), Console.keys("create"));
    }

    @Test
    void revokeNeedsAKeyId() {
        assertEquals(new Console(2, "", "error: Missing required parameter: 'KEY_ID'\n" + REVOKE_SYNOPSIS), Console.keys("revoke"));
    }

    @Test
    void anUnknownSubcommandIsNamed() {
        assertEquals(new Console(2, "", "error: Unmatched arguments from index 1: 'delete', 'x'\n"
                + "Did you mean: keys help or keys create?\n" + KEYS_SYNOPSIS), Console.keys("delete", "x"));
    }

    @Test
    void aSubcommandIsNeeded() {
        assertEquals(new Console(2, "", "error: Missing required subcommand\n" + KEYS_SYNOPSIS), Console.keys());
    }

    @Test
    void theLocalFolderAndATableAreAlternatives() {
        assertEquals(new Console(2, "", "error: --data=DIR, --table=NAME are mutually exclusive (specify only one)\n" + LIST_SYNOPSIS),
                Console.keys("list", "--data", "x", "--table", "y"));
    }

    @Test
    void theProvinceBelongsToCreate() {
        assertEquals(new Console(2, "", "error: Unknown options: '--province', 'thanh-hoa'\n" + LIST_SYNOPSIS),
                Console.keys("list", "--province", "thanh-hoa"));
    }

    @Test
    void eachSubcommandDescribesItself() {
        assertEquals(new Console(0, CREATE_HELP, ""), Console.keys("create", "--help"));
        assertEquals(new Console(0, KEYS_HELP, ""), Console.keys("--help"));
        assertEquals(new Console(0, KEYS_HELP, ""), Console.portal("help", "keys"));
    }

    private static final String KEYS_HELP = """
            Usage: portal keys [-h] (create | list | revoke)
            Create, list and revoke departments' API keys.
              -h, --help   show this help and exit
            Commands:
              create  Create a key for a province and print its secret, alone, on standard output (shown only
                        this once).
              list    List every key (never a secret) on standard output.
              revoke  Revoke a key: requests with it get 401 from then on.
              help    Display help information about the specified command.
            """;
    private static final String CREATE_HELP = """
            Usage: portal keys create [-h] --province=ID [--label=TEXT] [--data=DIR | --table=NAME]
            Create a key for a province and print its secret, alone, on standard output (shown only this once).
                  --province=ID   the province's id, e.g. thanh-hoa
                  --label=TEXT    who holds the key (default "created with the keys command")
                  --data=DIR      the local portal's folder (default $PORTAL_DATA or ./.portal-data)
                  --table=NAME    a DynamoDB table in AWS or LocalStack (standard AWS credentials, region and
                                    AWS_ENDPOINT_URL)
              -h, --help          show this help and exit
            """;
    private static final String KEYS_SYNOPSIS = """
            Usage: portal keys [-h] (create | list | revoke)
            See 'portal keys --help'.
            """;
    private static final String CREATE_SYNOPSIS = """
            Usage: portal keys create [-h] --province=ID [--label=TEXT] [--data=DIR | --table=NAME]
            See 'portal keys create --help'.
            """;
    private static final String LIST_SYNOPSIS = """
            Usage: portal keys list [-h] [--data=DIR | --table=NAME]
            See 'portal keys list --help'.
            """;
    private static final String REVOKE_SYNOPSIS = """
            Usage: portal keys revoke [-h] [--data=DIR | --table=NAME] KEY_ID
            See 'portal keys revoke --help'.
            """;
}
