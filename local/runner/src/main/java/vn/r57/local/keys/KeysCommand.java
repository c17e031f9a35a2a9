package vn.r57.local.keys;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.core.exception.SdkException;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Instants;
import vn.r57.core.keys.ApiKey;
import vn.r57.core.keys.Tokens;
import vn.r57.local.Invocation;
import vn.r57.local.Portal;
import vn.r57.local.run.DataDirectory;
import vn.r57.local.run.OldDataFolderException;
import vn.r57.store.KeyStore;
import vn.r57.store.StoreUnavailableException;

/**
 * {@code portal keys create|list|revoke}: departments' API keys. The secret of a new key is the only thing written to
 * standard output, so {@code TOKEN=$(./portal keys create --province thanh-hoa)} works; everything meant for a person
 * goes to standard error.
 *
 * <p>Exit status: 0 done, 2 wrong usage or refused (unknown province, unknown key), 3 store not reachable.
 */
@Command(name = "keys", description = "Create, list and revoke departments' API keys.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class, HelpCommand.class},
        synopsisSubcommandLabel = "(create | list | revoke)")
public final class KeysCommand {

    static final int STORE_UNREACHABLE = 3;
    static final String DEFAULT_LABEL = "created with the keys command";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    /** Where the keys are: the local portal's folder (the default) or a deployed table. */
    static final class Store {

        @Option(names = "--data", paramLabel = "DIR", required = true, order = 3,
                description = "the local portal's folder (default $PORTAL_DATA or ./.portal-data)")
        Path data;

        @Option(names = "--table", paramLabel = "NAME", required = true, order = 4,
                description = "a DynamoDB table in AWS or LocalStack (standard AWS credentials, region and AWS_ENDPOINT_URL)")
        String table;
    }

    /** A keys subcommand: refuses what it cannot do before the store is opened, then works on the store. */
    abstract static class OnStore implements Callable<Integer> {

        @ArgGroup(exclusive = true)
        Store store;

        @Option(names = {"-h", "--help"}, usageHelp = true, order = 9, description = "show this help and exit")
        boolean help;

        final Invocation invocation;

        OnStore(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            PrintStream err = invocation.err();
            Catalog catalog = Catalog.load();
            Optional<String> refusal = refusal(catalog);
            if (refusal.isPresent()) {
                err.println("error: " + refusal.get());
                return Portal.USAGE_ERROR;
            }
            try (KeyStoreAccess access = store != null && store.table != null
                    ? KeyStoreAccess.table(store.table, catalog)
                    : KeyStoreAccess.local(new DataDirectory(store != null ? store.data : DataDirectory.defaultPath(invocation.environment())), catalog)) {
                return run(access, catalog);
            } catch (StoreUnreachableException | OldDataFolderException e) {
                err.println("error: " + e.getMessage());
                return STORE_UNREACHABLE;
            } catch (StoreUnavailableException | SdkException e) {
                err.println("error: the key store is not reachable: " + e.getMessage());
                return STORE_UNREACHABLE;
            }
        }

        Optional<String> refusal(Catalog catalog) {
            return Optional.empty();
        }

        abstract int run(KeyStoreAccess access, Catalog catalog);
    }

    @Command(name = "create", sortOptions = false, sortSynopsis = false,
            description = "Create a key for a province and print its secret, alone, on standard output (shown only this once).")
    static final class Create extends OnStore {

        @Option(names = "--province", paramLabel = "ID", required = true, order = 1, description = "the province's id, e.g. thanh-hoa")
        String province;

        @Option(names = "--label", paramLabel = "TEXT", defaultValue = DEFAULT_LABEL, order = 2,
                description = "who holds the key (default \"${DEFAULT-VALUE}\")")
        String label;

        Create(Invocation invocation) {
            super(invocation);
        }

        @Override
        Optional<String> refusal(Catalog catalog) {
            return KeysCommand.refusal(catalog, province);
        }

        @Override
        int run(KeyStoreAccess access, Catalog catalog) {
            PrintStream out = invocation.out();
            PrintStream err = invocation.err();
            Tokens.Token token;
            try {
                token = access.keys().create(province, label, invocation.clock().instant());
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return Portal.USAGE_ERROR;
            }
            out.println(token.secret());
            out.flush();
            List<String> writable = new ArrayList<>(catalog.writableWith(province));
            err.println("Created key " + token.keyId() + " for " + catalog.province(province).orElseThrow().name(Lang.VI)
                    + " (" + province + ") in " + access.description() + ", label \"" + label + "\".");
            err.println("It may file figures for: " + String.join(", ", writable) + ".");
            err.println("The secret above is shown only this once; send it as \"Authorization: Bearer <secret>\".");
            err.println("Revoke it with: keys revoke " + token.keyId());
            return 0;
        }
    }

    @Command(name = "list", sortOptions = false, sortSynopsis = false, description = "List every key (never a secret) on standard output.")
    static final class ListKeys extends OnStore {

        ListKeys(Invocation invocation) {
            super(invocation);
        }

        @Override
        int run(KeyStoreAccess access, Catalog catalog) {
            List<ApiKey> all = access.keys().list();
            if (all.isEmpty()) {
                invocation.err().println("no keys yet; create one with: keys create --province ID");
                return 0;
            }
            PrintStream out = invocation.out();
            out.println(String.format("%-12s  %-20s  %-7s  %-24s  %s", "KEY_ID", "PROVINCE", "STATUS", "CREATED", "LABEL"));
            for (ApiKey key : all) {
                out.println(String.format("%-12s  %-20s  %-7s  %-24s  %s", key.id(), key.province(),
                        key.isActive() ? "active" : "revoked", Instants.format(key.createdAt()), key.label()));
            }
            return 0;
        }
    }

    @Command(name = "revoke", sortOptions = false, sortSynopsis = false, description = "Revoke a key: requests with it get 401 from then on.")
    static final class Revoke extends OnStore {

        @Parameters(paramLabel = "KEY_ID", description = "the key's id (see keys list)")
        String keyId;

        Revoke(Invocation invocation) {
            super(invocation);
        }

        @Override
        int run(KeyStoreAccess access, Catalog catalog) {
            KeyStore keys = access.keys();
            PrintStream err = invocation.err();
            return switch (keys.revoke(keyId, invocation.clock().instant())) {
                case REVOKED -> {
                    err.println("revoked key " + keyId + "; requests with it now get 401");
                    yield 0;
                }
                case ALREADY_REVOKED -> {
                    err.println("key " + keyId + " was already revoked; nothing changed");
                    yield 0;
                }
                case UNKNOWN_KEY -> {
                    err.println("error: there is no key " + keyId + "; see the ids with: keys list");
                    yield Portal.USAGE_ERROR;
                }
            };
        }
    }

    /** Why no key can be made for {@code id}, with what to do instead. */
    static Optional<String> refusal(Catalog catalog, String id) {
        Optional<Province> province = catalog.province(id);
        if (province.isEmpty()) {
            List<String> similar = catalog.similarProvinceIds(id);
            return Optional.of("unknown province \"" + id + "\"" + (similar.isEmpty()
                    ? "; the ids of the current provinces and cities are: " + String.join(", ", catalog.currentProvinces().stream().map(Province::id).toList())
                    : "; did you mean " + String.join(" or ", similar.stream().map(s -> "\"" + s + "\"").toList()) + "?"));
        }
        if (!province.get().isCurrent()) {
            Province unit = province.get();
            String successor = unit.successorId().orElse("");
            LocalDate mergedOn = unit.validTo().orElseThrow().plusDays(1);
            return Optional.of(id + " (" + unit.name(Lang.EN) + ") no longer exists: it was merged into " + successor
                    + " on " + mergedOn + "; create the key for " + successor + " (a " + successor + " key may also file "
                    + id + "'s figures for earlier periods)");
        }
        return Optional.empty();
    }
}
