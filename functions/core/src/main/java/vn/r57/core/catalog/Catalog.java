package vn.r57.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.r57.core.Lang;
import vn.r57.core.calendar.Frequency;
import vn.r57.core.calendar.ReportingRule;

/**
 * The indicators, pillars and administrative units the portal knows, built once from the project's own CSV copies
 * of the reference data. Immutable and cheap to share.
 */
public final class Catalog {

    private final Map<String, Province> provinces;
    private final Map<String, Indicator> indicators;
    private final Map<String, Pillar> pillars;
    private final Map<String, String[]> unitNames;

    private Catalog(
            Map<String, Province> provinces,
            Map<String, Indicator> indicators,
            Map<String, Pillar> pillars,
            Map<String, String[]> unitNames) {
        this.provinces = provinces;
        this.indicators = indicators;
        this.pillars = pillars;
        this.unitNames = unitNames;
    }

    /** The catalog from the resources bundled with this module; validated on load. */
    public static Catalog load() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Catalog INSTANCE = read(CsvReader::readResource);
    }

    /** Builds and checks a catalog from tables named like the resource files; tests feed it broken variants. */
    static Catalog read(Function<String, List<Map<String, String>>> tables) {
        Map<String, Pillar> pillars = new LinkedHashMap<>();
        for (Map<String, String> row : tables.apply("pillars.csv")) {
            pillars.put(row.get("id"), new Pillar(row.get("id"), row.get("name_vi"), row.get("name_en")));
        }
        Map<String, String[]> units = new LinkedHashMap<>();
        for (Map<String, String> row : tables.apply("units.csv")) {
            units.put(row.get("unit"), new String[] {row.get("name_vi"), row.get("name_en")});
        }
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (Map<String, String> row : tables.apply("indicators.csv")) {
            Indicator indicator = indicator(row);
            if (!pillars.containsKey(indicator.pillarId())) {
                throw new IllegalStateException(indicator.id() + ": unknown pillar " + indicator.pillarId());
            }
            if (!indicator.unit().isEmpty() && !units.containsKey(indicator.unit())) {
                throw new IllegalStateException(indicator.id() + ": unit without translation " + indicator.unit());
            }
            if (indicators.put(indicator.id(), indicator) != null) {
                throw new IllegalStateException(indicator.id() + ": listed twice");
            }
        }
        Map<String, Province> provinces = new LinkedHashMap<>();
        for (Map<String, String> row : tables.apply("provinces.csv")) {
            if (provinces.put(row.get("id"), province(row)) != null) {
                throw new IllegalStateException(row.get("id") + ": listed twice");
            }
        }
        checkLineage(provinces);
        // Linked maps keep the reference files' order, which is meaningful (current units first, pillars grouped).
        return new Catalog(
                Collections.unmodifiableMap(provinces),
                Collections.unmodifiableMap(indicators),
                Collections.unmodifiableMap(pillars),
                Collections.unmodifiableMap(units));
    }

    private static Indicator indicator(Map<String, String> row) {
        Optional<NationalTarget> target = row.get("national_target").isEmpty()
                ? Optional.empty()
                : Optional.of(new NationalTarget(
                        new BigDecimal(row.get("national_target")),
                        Integer.parseInt(row.get("national_target_year")),
                        row.get("national_target_note")));
        return new Indicator(
                row.get("id"),
                row.get("pillar"),
                row.get("name_vi"),
                row.get("name_en"),
                row.get("unit"),
                ValueType.fromWireName(row.get("value_type")),
                decimal(row.get("min")),
                decimal(row.get("max")),
                Direction.fromWireName(row.get("direction")),
                target,
                YearValue.fromWireName(row.get("year_value")),
                reporting(row, target));
    }

    /** The {@code frequency} and {@code due_days_after_period} columns; a milestone reported once is owed for its target's year. */
    private static ReportingRule reporting(Map<String, String> row, Optional<NationalTarget> target) {
        String id = row.get("id");
        Frequency frequency = checked(id, () -> Frequency.fromWireName(row.get("frequency")));
        String days = row.get("due_days_after_period");
        if (!days.matches("[0-9]{1,3}")) {
            throw new IllegalStateException(id + ": due_days_after_period must be a whole number of days, not \"" + days + "\"");
        }
        int dueDays = Integer.parseInt(days);
        if (frequency == Frequency.ONCE) {
            int year = target.orElseThrow(() -> new IllegalStateException(
                    id + ": a milestone reported once needs a national target year")).year();
            return checked(id, () -> ReportingRule.once(year, dueDays));
        }
        return checked(id, () -> ReportingRule.every(frequency, dueDays));
    }

    private static <T> T checked(String id, java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(id + ": " + e.getMessage(), e);
        }
    }

    private static Province province(Map<String, String> row) {
        String predecessors = row.get("predecessor_ids");
        return new Province(
                row.get("id"),
                row.get("name_vi"),
                row.get("name_en"),
                UnitType.fromWireName(row.get("type")),
                date(row.get("valid_from")),
                date(row.get("valid_to")),
                optional(row.get("successor_id")),
                predecessors.isEmpty() ? List.of() : Arrays.asList(predecessors.split(";")),
                row.get("note"));
    }

    private static void checkLineage(Map<String, Province> provinces) {
        for (Province province : provinces.values()) {
            for (String predecessorId : province.predecessorIds()) {
                Province predecessor = provinces.get(predecessorId);
                if (predecessor == null || !predecessor.successorId().equals(Optional.of(province.id()))) {
                    throw new IllegalStateException(province.id() + ": predecessor " + predecessorId + " does not name it as successor");
                }
            }
            province.successorId().ifPresent(successorId -> {
                Province successor = provinces.get(successorId);
                if (successor == null || !successor.predecessorIds().contains(province.id())) {
                    throw new IllegalStateException(province.id() + ": successor " + successorId + " does not list it");
                }
                // No day without a unit: otherwise an actual for that day would fit neither predecessor nor successor.
                boolean seamless = province.validTo().isPresent() && successor.validFrom().isPresent()
                        && province.validTo().get().plusDays(1).equals(successor.validFrom().get());
                if (!seamless) {
                    throw new IllegalStateException(province.id() + ": successor " + successorId + " does not start the day after it ends");
                }
            });
        }
    }

    private static Optional<BigDecimal> decimal(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
    }

    private static Optional<LocalDate> date(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    private static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public Optional<Province> province(String id) {
        return Optional.ofNullable(provinces.get(id));
    }

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(indicators.get(id));
    }

    public Optional<Pillar> pillar(String id) {
        return Optional.ofNullable(pillars.get(id));
    }

    /** Every unit, current ones first in reference order, then the units dissolved on 1 July 2025. */
    public List<Province> provinces() {
        return List.copyOf(provinces.values());
    }

    /** The 34 units that exist today. */
    public List<Province> currentProvinces() {
        return provinces.values().stream().filter(Province::isCurrent).toList();
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public List<Pillar> pillars() {
        return List.copyOf(pillars.values());
    }

    public List<Province> predecessorsOf(Province province) {
        return province.predecessorIds().stream().map(provinces::get).toList();
    }

    /** A unit's name for an indicator's unit of measure, e.g. "tỷ đồng" for "billion VND"; empty for milestones. */
    public String unitName(Indicator indicator, Lang lang) {
        String[] names = unitNames.get(indicator.unit());
        return names == null ? "" : names[lang == Lang.VI ? 0 : 1];
    }

    /**
     * The units a department key of {@code keyProvince} may write: the province itself and the units it was formed
     * from on 1 July 2025, so a merged province can still file its predecessors' history.
     */
    public Set<String> writableWith(String keyProvince) {
        Set<String> writable = new TreeSet<>();
        province(keyProvince).ifPresent(province -> {
            writable.add(province.id());
            writable.addAll(province.predecessorIds());
        });
        return writable;
    }

    /** Ids that look like {@code id}: for "did you mean" hints on a typo. */
    public List<String> similarProvinceIds(String id) {
        return Similarity.similar(id, provinces.keySet());
    }

    public List<String> similarIndicatorIds(String id) {
        return Similarity.similar(id, indicators.keySet());
    }
}
