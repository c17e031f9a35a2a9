package vn.r57.local;

import java.util.List;
import vn.r57.local.keys.KeysCommand;
import vn.r57.local.run.RunCommand;

/**
 * {@code java -jar portal-local.jar run [options]} starts the whole portal locally;
 * {@code java -jar portal-local.jar keys ...} manages departments' API keys.
 */
public final class Main {

    static final String USAGE = """
            usage: portal-local.jar run [--port N] [--data DIR] [--render-every DURATION] [--demo | --no-demo]
                   portal-local.jar keys create --province ID [--label TEXT] [--data DIR | --table NAME]
                   portal-local.jar keys list [--data DIR | --table NAME]
                   portal-local.jar keys revoke KEY_ID [--data DIR | --table NAME]""";

    private Main() {}

    public static void main(String[] args) {
        Quiet.libraries();
        int status = run(List.of(args));
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            (args.isEmpty() ? System.err : System.out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "run" -> RunCommand.run(rest, System.getenv(), System.out, System.err);
            case "keys" -> KeysCommand.run(rest, System.getenv(), System.out, System.err);
            default -> {
                System.err.println("error: unknown command " + args.get(0));
                System.err.println(USAGE);
                yield 2;
            }
        };
    }
}
