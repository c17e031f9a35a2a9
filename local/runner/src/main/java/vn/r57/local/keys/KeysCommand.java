package vn.r57.local.keys;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Instants;
import vn.r57.core.keys.ApiKey;
import vn.r57.core.keys.Tokens;
import vn.r57.local.run.DataDirectory;
import vn.r57.local.run.OldDataFolderException;
import vn.r57.store.KeyStore;
import vn.r57.store.StoreUnavailableException;

/**
 * {@code keys create|list|revoke}: departments' API keys. The secret of a new key is the only thing written to
 * standard output, so {@code TOKEN=$(... keys create --province thanh-hoa)} works; everything meant for a person
 * goes to standard error.
 *
 * <p>Exit status: 0 done, 2 wrong usage or refused (unknown province, unknown key), 3 store not reachable.
 */
public final class KeysCommand {

    static final int USAGE_ERROR = 2;
    static final int STORE_UNREACHABLE = 3;
    static final String DEFAULT_LABEL = "created with the keys command";

    static final String USAGE = """
            usage: keys create --province ID [--label TEXT] [--data DIR | --table NAME]
                   keys list [--data DIR | --table NAME]
                   keys revoke KEY_ID [--data DIR | --table NAME]
              --data DIR    the local portal's folder (default $PORTAL_DATA or ./.portal-data)
              --table NAME  a DynamoDB table in AWS or LocalStack (standard AWS credentials, region and
                            AWS_ENDPOINT_URL)""";

    private KeysCommand() {}

    public static int run(List<String> arguments, Map<String, String> environment, PrintStream out, PrintStream err) {
        return run(arguments, environment, Clock.systemUTC(), out, err);
    }

    static int run(List<String> arguments, Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
        if (!arguments.isEmpty() && List.of("--help", "-h", "help").contains(arguments.get(0))) {
            out.println(USAGE);
            return 0;
        }
        Options options;
        try {
            options = Options.parse(arguments, DataDirectory.defaultPath(environment));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return USAGE_ERROR;
        }
        Catalog catalog = Catalog.load();
        if (options.command().equals("create")) {
            Optional<String> refusal = refusal(catalog, options.province().orElseThrow());
            if (refusal.isPresent()) {
                err.println("error: " + refusal.get());
                return USAGE_ERROR;
            }
        }
        try (KeyStoreAccess access = options.table().isPresent()
                ? KeyStoreAccess.table(options.table().get(), catalog)
                : KeyStoreAccess.local(new DataDirectory(options.data()), catalog)) {
            return switch (options.command()) {
                case "create" -> create(access, catalog, options, clock, out, err);
                case "list" -> list(access.keys(), out, err);
                default -> revoke(access.keys(), options.keyId().orElseThrow(), clock, err);
            };
        } catch (StoreUnreachableException | OldDataFolderException e) {
            err.println("error: " + e.getMessage());
            return STORE_UNREACHABLE;
        } catch (StoreUnavailableException | SdkException e) {
            err.println("error: the key store is not reachable: " + e.getMessage());
            return STORE_UNREACHABLE;
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

    private static int create(KeyStoreAccess access, Catalog catalog, Options options, Clock clock, PrintStream out, PrintStream err) {
        String provinceId = options.province().orElseThrow();
        Tokens.Token token;
        try {
            token = access.keys().create(provinceId, options.label(), clock.instant());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE_ERROR;
        }
        out.println(token.secret());
        out.flush();
        Province province = catalog.province(provinceId).orElseThrow();
        List<String> writable = new ArrayList<>(catalog.writableWith(provinceId));
        err.println("Created key " + token.keyId() + " for " + province.name(Lang.VI) + " (" + provinceId + ") in "
                + access.description() + ", label \"" + options.label() + "\".");
        err.println("It may file figures for: " + String.join(", ", writable) + ".");
        err.println("The secret above is shown only this once; send it as \"Authorization: Bearer <secret>\".");
        err.println("Revoke it with: keys revoke " + token.keyId());
        return 0;
    }

    private static int list(KeyStore keys, PrintStream out, PrintStream err) {
        List<ApiKey> all = keys.list();
        if (all.isEmpty()) {
            err.println("no keys yet; create one with: keys create --province ID");
            return 0;
        }
        out.println(String.format("%-12s  %-20s  %-7s  %-24s  %s", "KEY_ID", "PROVINCE", "STATUS", "CREATED", "LABEL"));
        for (ApiKey key : all) {
            out.println(String.format("%-12s  %-20s  %-7s  %-24s  %s", key.id(), key.province(),
                    key.isActive() ? "active" : "revoked", Instants.format(key.createdAt()), key.label()));
        }
        return 0;
    }

    private static int revoke(KeyStore keys, String keyId, Clock clock, PrintStream err) {
        return switch (keys.revoke(keyId, clock.instant())) {
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
                yield USAGE_ERROR;
            }
        };
    }

    record Options(String command, Optional<String> province, String label, Optional<String> keyId, Path data, Optional<String> table) {

        static Options parse(List<String> arguments, Path defaultData) {
            if (arguments.isEmpty()) {
                throw new IllegalArgumentException("say what to do: create, list or revoke");
            }
            String command = arguments.get(0);
            if (!List.of("create", "list", "revoke").contains(command)) {
                throw new IllegalArgumentException("unknown keys command " + command + "; use create, list or revoke");
            }
            Optional<String> province = Optional.empty();
            Optional<String> label = Optional.empty();
            Optional<String> keyId = Optional.empty();
            Optional<Path> data = Optional.empty();
            Optional<String> table = Optional.empty();
            List<String> rest = new ArrayList<>(arguments.subList(1, arguments.size()));
            while (!rest.isEmpty()) {
                String argument = rest.remove(0);
                switch (argument) {
                    case "--province" -> province = Optional.of(value(argument, rest));
                    case "--label" -> label = Optional.of(value(argument, rest));
                    case "--data" -> data = Optional.of(Path.of(value(argument, rest)));
                    case "--table" -> table = Optional.of(value(argument, rest));
                    default -> {
                        if (argument.startsWith("-") || !command.equals("revoke") || keyId.isPresent()) {
                            throw new IllegalArgumentException("unexpected " + argument + " for keys " + command);
                        }
                        keyId = Optional.of(argument);
                    }
                }
            }
            if (data.isPresent() && table.isPresent()) {
                throw new IllegalArgumentException("give either --data DIR (the local portal) or --table NAME, not both");
            }
            if (command.equals("create") && province.isEmpty()) {
                throw new IllegalArgumentException("keys create needs --province ID, e.g. --province thanh-hoa");
            }
            if (!command.equals("create") && (province.isPresent() || label.isPresent())) {
                throw new IllegalArgumentException("--province and --label belong to keys create");
            }
            if (command.equals("revoke") && keyId.isEmpty()) {
                throw new IllegalArgumentException("keys revoke needs the KEY_ID (see keys list)");
            }
            return new Options(command, province, label.orElse(DEFAULT_LABEL), keyId, data.orElse(defaultData), table);
        }

        private static String value(String option, List<String> rest) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.remove(0);
        }
    }
}
