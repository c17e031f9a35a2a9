package vn.r57.local.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.local.Console;
import vn.r57.local.run.DataDirectory;
import vn.r57.store.sqlite.SqliteDatabase;

/** With the portal stopped, the keys command opens the data folder's database itself. */
class KeysCommandIT {

    private static final Pattern TOKEN = Pattern.compile("r57_([a-z2-7]{12})_[A-Za-z0-9_-]{43}\n");

    @Test
    void createListAndRevokeAKeyInAStoppedPortalsData(@TempDir Path folder) {
        DataDirectory data = new DataDirectory(folder);
        SqliteDatabase.open(data.database()).close();
        String dir = folder.toString();

        Console created = Console.keys("create", "--province", "gia-lai", "--label", "Sở KH&CN Gia Lai", "--data", dir);

        assertEquals(0, created.status(), created.err());
        Matcher token = TOKEN.matcher(created.out());
        assertTrue(token.matches(), "standard output holds the secret alone: " + created.out());
        String keyId = token.group(1);
        assertEquals("Created key " + keyId + " for Gia Lai (gia-lai) in the local portal data in " + data.root()
                + ", label \"Sở KH&CN Gia Lai\".\n"
                + "It may file figures for: binh-dinh, gia-lai, gia-lai-pre2025.\n"
                + "The secret above is shown only this once; send it as \"Authorization: Bearer <secret>\".\n"
                + "Revoke it with: keys revoke " + keyId + "\n", created.err());

        Console listed = Console.keys("list", "--data", dir);
        assertEquals(new Console(0,
                "KEY_ID        PROVINCE              STATUS   CREATED                   LABEL\n"
                + keyId + "  gia-lai               active   2025-11-20T03:00:00.000Z  Sở KH&CN Gia Lai\n", ""), listed);
        assertFalse(listed.out().contains(created.out().strip()), "the list never shows a secret");

        assertEquals(new Console(0, "", "revoked key " + keyId + "; requests with it now get 401\n"), Console.keys("revoke", keyId, "--data", dir));
        assertEquals(new Console(0, "", "key " + keyId + " was already revoked; nothing changed\n"), Console.keys("revoke", keyId, "--data", dir));
        assertEquals(new Console(2, "", "error: there is no key aaaaaaaaaaaa; see the ids with: keys list\n"),
                Console.keys("revoke", "aaaaaaaaaaaa", "--data", dir));
        assertTrue(Console.keys("list", "--data", dir).out().contains(keyId + "  gia-lai               revoked"));
    }
}
