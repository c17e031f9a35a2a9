package vn.r57.core.snapshot;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.catalog.ValueType;
import vn.r57.core.json.JsonNull;
import vn.r57.core.json.JsonNumber;
import vn.r57.core.json.JsonReader;
import vn.r57.core.json.MalformedJsonException;
import vn.r57.core.period.Period;

/**
 * Turns a request body into a {@link Submission}, or into the complete list of what is wrong with it.
 * It never stops at the first problem: a department fixing a 40-value snapshot should see every mistake at once.
 */
public final class SubmissionValidator {

    private static final Set<String> ROOT_FIELDS = Set.of("province", "period", "source", "values");
    private static final Set<String> SOURCE_FIELDS = Set.of("title", "url");
    private static final Set<String> VALUE_FIELDS = Set.of("indicator", "value", "kind", "qualifier", "note");

    private final Catalog catalog;
    private final JsonReader reader = new JsonReader(Limits.MAX_NESTING_DEPTH);

    public SubmissionValidator(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param today the current date in Asia/Ho_Chi_Minh, where the reporting calendar runs
     * @param writable the units the caller's key may write; a known unit outside them is refused before any other
     *     rule runs, so a key cannot learn anything about another province's data through validation messages
     */
    public Validation validate(byte[] body, LocalDate today, Set<String> writable) {
        Object root;
        try {
            root = reader.read(body);
        } catch (MalformedJsonException e) {
            return new Validation.Malformed(new Problem("", Codes.MALFORMED_JSON, e.getMessage()));
        }
        if (root instanceof Map<?, ?> map
                && map.get("province") instanceof String province
                && catalog.province(province).isPresent()
                && !writable.contains(province)) {
            return new Validation.Forbidden(new Problem("/province", Codes.NOT_YOUR_PROVINCE,
                    "this key may write " + String.join(", ", writable) + ", not " + province));
        }
        return validate(root, today);
    }

    Validation validate(Object root, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (!(root instanceof Map<?, ?> rootObject)) {
            problems.add(new Problem("", Codes.WRONG_TYPE, "the body must be a JSON object"));
            return new Validation.Invalid(problems);
        }
        Map<String, Object> members = members(rootObject);
        unknownFields("", members, ROOT_FIELDS, problems);

        Optional<Province> province = province(members, problems);
        Optional<Period> period = period(members, problems);
        Optional<Source> source = source(members, problems);
        List<Observation> observations = values(members, problems);

        boolean hasActual = observations.stream().anyMatch(o -> o.kind() == Kind.ACTUAL);
        if (hasActual && period.isPresent()) {
            if (!period.get().hasStartedBy(today)) {
                problems.add(new Problem("/period", Codes.PERIOD_NOT_STARTED, "period " + period.get()
                        + " has not started yet (today is " + today + " in Vietnam); only values of kind \"target\" may be sent for it"));
            } else if (province.isPresent() && !province.get().existedDuring(period.get())) {
                problems.add(new Problem("/period", Codes.PROVINCE_NOT_IN_PERIOD, notInPeriod(province.get(), period.get())));
            }
        }
        if (!problems.isEmpty()) {
            return new Validation.Invalid(problems);
        }
        return new Validation.Valid(new Submission(province.get().id(), period.get(), source.get(), observations));
    }

    private String notInPeriod(Province province, Period period) {
        StringBuilder detail = new StringBuilder(province.id()).append(" did not exist during ").append(period);
        province.validFrom().ifPresent(from -> detail.append("; it exists from ").append(from));
        province.validTo().ifPresent(to -> detail.append("; it existed until ").append(to));
        province.successorId().ifPresent(s -> detail.append(" and was merged into ").append(s).append(" (report later periods as ").append(s).append(")"));
        if (province.isMerged()) {
            detail.append(" (report earlier periods as its predecessors: ").append(String.join(", ", province.predecessorIds())).append(")");
        }
        return detail.append("; actual values must fall within the unit's existence").toString();
    }

    private Optional<Province> province(Map<String, Object> members, List<Problem> problems) {
        Optional<String> id = requiredString("/province", members.get("province"), Limits.MAX_ID_LENGTH, problems);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Province> province = catalog.province(id.get());
        if (province.isEmpty()) {
            problems.add(new Problem("/province", Codes.UNKNOWN_PROVINCE,
                    "unknown province \"" + id.get() + "\"" + hint(catalog.similarProvinceIds(id.get()))));
        }
        return province;
    }

    private Optional<Period> period(Map<String, Object> members, List<Problem> problems) {
        Optional<String> text = requiredString("/period", members.get("period"), 16, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Period> period = Period.parse(text.get());
        if (period.isEmpty()) {
            problems.add(new Problem("/period", Codes.BAD_PERIOD, "\"" + text.get()
                    + "\" is not a period; write YYYY, YYYY-Qn or YYYY-MM (years " + Period.FIRST_YEAR + "–" + Period.LAST_YEAR + ")"));
        }
        return period;
    }

    private Optional<Source> source(Map<String, Object> members, List<Problem> problems) {
        Object value = members.get("source");
        if (value == null) {
            problems.add(new Problem("/source", Codes.MISSING_FIELD, "required: the report these figures come from, as {\"title\": ..., \"url\": ...}"));
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> object)) {
            problems.add(new Problem("/source", Codes.WRONG_TYPE, "must be an object with \"title\" and optionally \"url\""));
            return Optional.empty();
        }
        Map<String, Object> source = members(object);
        int before = problems.size();
        unknownFields("/source", source, SOURCE_FIELDS, problems);
        Optional<String> title = requiredString("/source/title", source.get("title"), Limits.MAX_TITLE_LENGTH, problems);
        Optional<String> url = optionalString("/source/url", source.get("url"), Limits.MAX_URL_LENGTH, problems);
        url.ifPresent(u -> checkUrl(u, problems));
        return problems.size() == before ? Optional.of(new Source(title.get(), url)) : Optional.empty();
    }

    private static void checkUrl(String url, List<Problem> problems) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                problems.add(new Problem("/source/url", Codes.BAD_URL, "must be an absolute http or https address without user information"));
            }
        } catch (URISyntaxException e) {
            problems.add(new Problem("/source/url", Codes.BAD_URL, "is not a valid address: " + e.getReason()));
        }
    }

    private List<Observation> values(Map<String, Object> members, List<Problem> problems) {
        Object value = members.get("values");
        if (value == null) {
            problems.add(new Problem("/values", Codes.MISSING_FIELD, "required: an array of 1 to " + Limits.MAX_VALUES + " values"));
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problems.add(new Problem("/values", Codes.WRONG_TYPE, "must be an array of 1 to " + Limits.MAX_VALUES + " values"));
            return List.of();
        }
        if (items.isEmpty()) {
            problems.add(new Problem("/values", Codes.EMPTY, "must hold at least one value"));
        }
        if (items.size() > Limits.MAX_VALUES) {
            problems.add(new Problem("/values", Codes.TOO_MANY_VALUES, "holds " + items.size() + " values; at most "
                    + Limits.MAX_VALUES + " fit in one snapshot (it is stored atomically): split it"));
            return List.of();
        }
        List<Observation> observations = new ArrayList<>();
        Map<String, Integer> firstIndexOf = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String pointer = Pointer.child("/values", i);
            Optional<Observation> observation = observation(pointer, items.get(i), problems);
            if (observation.isEmpty()) {
                continue;
            }
            String key = observation.get().indicator() + "|" + observation.get().kind().wireName();
            Integer first = firstIndexOf.putIfAbsent(key, i);
            if (first != null) {
                problems.add(new Problem(pointer + "/indicator", Codes.DUPLICATE_VALUE, "a " + observation.get().kind().wireName()
                        + " value for \"" + observation.get().indicator() + "\" is already given at /values/" + first
                        + "; send one value per indicator and kind"));
            }
            observations.add(observation.get());
        }
        return observations;
    }

    private Optional<Observation> observation(String pointer, Object item, List<Problem> problems) {
        if (!(item instanceof Map<?, ?> object)) {
            problems.add(new Problem(pointer, Codes.WRONG_TYPE, "must be an object with \"indicator\" and \"value\""));
            return Optional.empty();
        }
        Map<String, Object> members = members(object);
        int before = problems.size();
        unknownFields(pointer, members, VALUE_FIELDS, problems);

        Optional<Indicator> indicator = requiredString(pointer + "/indicator", members.get("indicator"), Limits.MAX_ID_LENGTH, problems)
                .flatMap(id -> {
                    Optional<Indicator> found = catalog.indicator(id);
                    if (found.isEmpty()) {
                        problems.add(new Problem(pointer + "/indicator", Codes.UNKNOWN_INDICATOR,
                                "unknown indicator \"" + id + "\"" + hint(catalog.similarIndicatorIds(id))));
                    }
                    return found;
                });
        Kind kind = optionalString(pointer + "/kind", members.get("kind"), 32, problems)
                .map(name -> Kind.fromWireName(name).orElseGet(() -> {
                    problems.add(new Problem(pointer + "/kind", Codes.UNKNOWN_KIND, "\"" + name + "\" is not a kind; use \"actual\" or \"target\""));
                    return Kind.ACTUAL;
                }))
                .orElse(Kind.ACTUAL);
        Optional<Qualifier> qualifier = optionalString(pointer + "/qualifier", members.get("qualifier"), 32, problems)
                .flatMap(name -> {
                    Optional<Qualifier> found = Qualifier.fromWireName(name);
                    if (found.isEmpty()) {
                        problems.add(new Problem(pointer + "/qualifier", Codes.UNKNOWN_QUALIFIER,
                                "\"" + name + "\" is not a qualifier; use one of above, at-least, approximately, estimate"));
                    }
                    return found;
                });
        Optional<String> note = optionalString(pointer + "/note", members.get("note"), Limits.MAX_NOTE_LENGTH, problems);
        Optional<BigDecimal> value = number(pointer + "/value", members.get("value"), problems);
        if (value.isPresent() && indicator.isPresent()) {
            checkRange(pointer + "/value", indicator.get(), value.get(), problems);
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new Observation(indicator.get().id(), kind, value.get(), qualifier, note));
    }

    private static Optional<BigDecimal> number(String pointer, Object value, List<Problem> problems) {
        if (value == null) {
            problems.add(new Problem(pointer, Codes.MISSING_FIELD, "required: the figure as a JSON number, e.g. 99.51"));
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber number)) {
            problems.add(new Problem(pointer, Codes.WRONG_TYPE, "must be a JSON number in decimal notation, e.g. 99.51 (not a string)"));
            return Optional.empty();
        }
        if (number.hasExponent()) {
            problems.add(new Problem(pointer, Codes.EXPONENT_NOT_ALLOWED, number.text() + " uses exponent notation; write the number out in plain decimals"));
            return Optional.empty();
        }
        BigDecimal decimal = new BigDecimal(number.text());
        if (decimal.precision() > Limits.MAX_SIGNIFICANT_DIGITS || decimal.scale() > Limits.MAX_FRACTION_DIGITS) {
            problems.add(new Problem(pointer, Codes.TOO_MANY_DIGITS, "at most " + Limits.MAX_SIGNIFICANT_DIGITS
                    + " significant digits and " + Limits.MAX_FRACTION_DIGITS + " decimal places are accepted"));
            return Optional.empty();
        }
        return Optional.of(decimal);
    }

    private static void checkRange(String pointer, Indicator indicator, BigDecimal value, List<Problem> problems) {
        if (indicator.valueType() == ValueType.MILESTONE) {
            if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
                problems.add(new Problem(pointer, Codes.NOT_A_MILESTONE, indicator.id() + " is a milestone: send 1 (done) or 0 (not yet)"));
            }
            return;
        }
        if (indicator.valueType() == ValueType.COUNT && value.stripTrailingZeros().scale() > 0) {
            problems.add(new Problem(pointer, Codes.NOT_WHOLE_NUMBER, indicator.id() + " counts " + indicator.unit() + ": send a whole number"));
        }
        boolean belowMin = indicator.min().map(min -> value.compareTo(min) < 0).orElse(false);
        boolean aboveMax = indicator.max().map(max -> value.compareTo(max) > 0).orElse(false);
        if (belowMin || aboveMax) {
            String range = indicator.min().map(BigDecimal::toPlainString).orElse("") + "–" + indicator.max().map(BigDecimal::toPlainString).orElse("");
            problems.add(new Problem(pointer, Codes.OUT_OF_RANGE, value.toPlainString() + " is outside the range of " + indicator.id() + " (" + range + ")"));
        }
    }

    private static Optional<String> requiredString(String pointer, Object value, int maxLength, List<Problem> problems) {
        if (value == null) {
            problems.add(new Problem(pointer, Codes.MISSING_FIELD, "required"));
            return Optional.empty();
        }
        return string(pointer, value, maxLength, true, problems);
    }

    private static Optional<String> optionalString(String pointer, Object value, int maxLength, List<Problem> problems) {
        if (value == null || value == JsonNull.INSTANCE) {
            return Optional.empty();
        }
        return string(pointer, value, maxLength, false, problems);
    }

    private static Optional<String> string(String pointer, Object value, int maxLength, boolean required, List<Problem> problems) {
        if (!(value instanceof String text)) {
            problems.add(new Problem(pointer, Codes.WRONG_TYPE, "must be a string"));
            return Optional.empty();
        }
        int before = problems.size();
        Text.check(pointer, text, maxLength, required, problems);
        return problems.size() == before ? Optional.of(text) : Optional.empty();
    }

    private static void unknownFields(String pointer, Map<String, Object> members, Set<String> known, List<Problem> problems) {
        for (String name : members.keySet()) {
            if (!known.contains(name)) {
                problems.add(new Problem(Pointer.child(pointer, name), Codes.UNKNOWN_FIELD,
                        "unknown field; allowed here: " + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    private static String hint(List<String> similar) {
        return similar.isEmpty() ? "" : "; did you mean " + String.join(" or ", similar.stream().map(s -> "\"" + s + "\"").toList()) + "?";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(Map<?, ?> object) {
        return (Map<String, Object>) object;
    }
}
