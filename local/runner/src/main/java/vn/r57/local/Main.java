package vn.r57.local;

import java.util.List;

/** {@code java -jar portal-local.jar run | keys | render ...}; see {@link Portal}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Quiet.libraries();
        int status = Portal.execute(List.of(args), Invocation.system());
        if (status != 0) {
            System.exit(status);
        }
    }
}
