package vn.r57.local;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.r57.local.keys.KeysCommand;
import vn.r57.local.render.RenderCommand;
import vn.r57.local.run.RunCommand;

/**
 * {@code portal run | keys | render}: the local runner's one command tree ({@code ./portal} or
 * {@code java -jar local/runner/target/portal-local.jar}). Picocli parses the options and writes the help; a wrong
 * option is named in one line on standard error, followed by the command's usage.
 *
 * <p>Exit status: 0 done; 1 the portal did not start; 2 wrong usage, or a request refused (an unknown province or
 * key, a malformed revisions file); 3 the key store is not reachable.
 */
@Command(name = "portal",
        description = "The Resolution 57 portal on this machine: the submission API, the renderer and the static portal"
                + " in one JVM, and the commands that go with them.",
        subcommands = {RunCommand.class, KeysCommand.class, RenderCommand.class, HelpCommand.class},
        synopsisSubcommandLabel = "(run | keys | render | help)",
        footer = {"", "'portal help COMMAND' or 'portal COMMAND --help' describes a command."})
public final class Portal {

    public static final int USAGE_ERROR = 2;
    /** Wide enough that no option's line wraps inside a path. */
    private static final int HELP_WIDTH = 100;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    private Portal() {}

    /** Runs {@code arguments} as {@code portal ARGUMENTS} and answers the exit status. */
    public static int execute(List<String> arguments, Invocation invocation) {
        PrintWriter out = new PrintWriter(invocation.out(), true);
        PrintWriter err = new PrintWriter(invocation.err(), true);
        CommandLine commandLine = new CommandLine(new Portal(), new InvocationFactory(invocation))
                .setOut(out)
                .setErr(err)
                .setUsageHelpWidth(HELP_WIDTH)
                .setParameterExceptionHandler(Portal::usageError);
        try {
            return commandLine.execute(arguments.toArray(String[]::new));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The mistake in one line that names the option, the command's synopsis, and where its full help is: the help of a
     * command is longer than a terminal, and would push the one line that matters out of sight.
     */
    private static int usageError(ParameterException e, String[] arguments) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + e.getMessage().replaceFirst("^Error: ", ""));
        UnmatchedArgumentException.printSuggestions(e, err);
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return USAGE_ERROR;
    }
}
