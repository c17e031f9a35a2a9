package vn.r57.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code portal}: one command tree, its help on standard output, a wrong command named on standard error. */
class PortalTest {

    @Test
    void theHelpListsTheCommands() {
        assertEquals(new Console(0, HELP, ""), Console.portal("--help"));
        assertEquals(new Console(0, HELP, ""), Console.portal("help"));
    }

    @Test
    void withoutACommandTheUsageIsAMistake() {
        assertEquals(new Console(2, "", "error: Missing required subcommand\n" + SYNOPSIS), Console.portal());
    }

    @Test
    void anUnknownCommandIsNamed() {
        assertEquals(new Console(2, "", "error: Unmatched argument at index 0: 'rnu'\n" + SYNOPSIS), Console.portal("rnu"));
    }

    private static final String HELP = """
            Usage: portal [-h] (run | keys | render | help)
            The Resolution 57 portal on this machine: the submission API, the renderer and the static portal in
            one JVM, and the commands that go with them.
              -h, --help   show this help and exit
            Commands:
              run     Start the portal on this machine: the submission API, the renderer on a timer and the
                        static portal, with the table and the bucket in a data folder. Ctrl-C stops it; the
                        data is kept.
              keys    Create, list and revoke departments' API keys.
              render  Render the open data and the portal into a folder, as the render function does into the
                        bucket, rewriting only what changed since the last render there.
              help    Display help information about the specified command.

            'portal help COMMAND' or 'portal COMMAND --help' describes a command.
            """;
    private static final String SYNOPSIS = """
            Usage: portal [-h] (run | keys | render | help)
            See 'portal --help'.
            """;
}
