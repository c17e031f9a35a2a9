package vn.r57.core.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.CsvReader;
import vn.r57.core.catalog.Province;
import vn.r57.core.period.Period;

/**
 * Vietnam's socio-economic regions as versioned reference data ({@code regions.csv}, {@code region-schemes.csv}):
 * every scheme with its validity, its source and its regions. Checked against the catalog on load: each scheme covers
 * exactly the units that existed while it was valid, each unit once, and the schemes follow each other without a gap.
 */
public final class Regions {

    private final List<RegionScheme> schemes;
    private final Map<String, Region> regions;

    private Regions(List<RegionScheme> schemes) {
        this.schemes = List.copyOf(schemes);
        Map<String, Region> byId = new LinkedHashMap<>();
        schemes.forEach(scheme -> scheme.regions().forEach(region -> byId.put(region.id(), region)));
        this.regions = byId;
    }

    /** The regions bundled with this module, checked against {@link Catalog#load()}. */
    public static Regions load() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Regions INSTANCE = read(CsvReader::readResource, Catalog.load());
    }

    /** Builds and checks the regions from tables named like the resource files; tests feed it broken variants. */
    static Regions read(Function<String, List<Map<String, String>>> tables, Catalog catalog) {
        Map<String, Map<String, List<String>>> members = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (Map<String, String> row : tables.apply("regions.csv")) {
            String scheme = row.get("scheme");
            String region = row.get("region_id");
            String[] known = names.putIfAbsent(region, new String[] {scheme, row.get("region_name_vi"), row.get("region_name_en")});
            if (known != null && !known[0].equals(scheme)) {
                throw new IllegalStateException(region + ": region id used by two schemes, " + known[0] + " and " + scheme);
            }
            members.computeIfAbsent(scheme, s -> new LinkedHashMap<>())
                    .computeIfAbsent(region, r -> new ArrayList<>())
                    .add(row.get("unit_id"));
        }
        List<RegionScheme> schemes = new ArrayList<>();
        for (Map<String, String> row : tables.apply("region-schemes.csv")) {
            String id = row.get("scheme");
            Map<String, List<String>> regionsOfScheme = members.remove(id);
            if (regionsOfScheme == null) {
                throw new IllegalStateException(id + ": scheme without regions");
            }
            List<Region> regions = new ArrayList<>();
            regionsOfScheme.forEach((region, units) -> {
                String[] name = names.get(region);
                regions.add(new Region(region, id, name[1], name[2], units));
            });
            schemes.add(new RegionScheme(id, date(row.get("valid_from")), date(row.get("valid_to")),
                    Integer.parseInt(row.get("units")), row.get("legal_basis"), row.get("checked_against"),
                    Boolean.parseBoolean(row.get("primary_source_confirmed")), regions));
        }
        if (!members.isEmpty()) {
            throw new IllegalStateException(members.keySet().iterator().next() + ": regions of an unknown scheme");
        }
        check(schemes, catalog);
        for (Map<String, String> row : tables.apply("regions.csv")) {
            RegionScheme scheme = schemes.stream().filter(s -> s.id().equals(row.get("scheme"))).findFirst().orElseThrow();
            if (!date(row.get("valid_from")).equals(scheme.validFrom()) || !date(row.get("valid_to")).equals(scheme.validTo())) {
                throw new IllegalStateException(row.get("unit_id") + " in " + row.get("region_id")
                        + ": validity differs from its scheme " + scheme.id());
            }
        }
        return new Regions(schemes);
    }

    private static void check(List<RegionScheme> schemes, Catalog catalog) {
        for (int i = 0; i + 1 < schemes.size(); i++) {
            Optional<LocalDate> end = schemes.get(i).validTo();
            Optional<LocalDate> next = schemes.get(i + 1).validFrom();
            if (end.isEmpty() || next.isEmpty() || !end.get().plusDays(1).equals(next.get())) {
                throw new IllegalStateException(schemes.get(i + 1).id() + ": does not start the day after "
                        + schemes.get(i).id() + " ends");
            }
        }
        for (RegionScheme scheme : schemes) {
            // The scheme's last day, or the first day of a scheme still valid: the units it must cover exist then.
            LocalDate day = scheme.validTo().orElseGet(() -> scheme.validFrom().orElseThrow());
            Set<String> expected = new TreeSet<>();
            for (Province province : catalog.provinces()) {
                boolean exists = province.validFrom().map(from -> !day.isBefore(from)).orElse(true)
                        && province.validTo().map(to -> !day.isAfter(to)).orElse(true);
                if (exists) {
                    expected.add(province.id());
                }
            }
            Set<String> seen = new HashSet<>();
            for (Region region : scheme.regions()) {
                for (String unit : region.unitIds()) {
                    if (catalog.province(unit).isEmpty()) {
                        throw new IllegalStateException(region.id() + ": unknown unit " + unit);
                    }
                    if (!seen.add(unit)) {
                        throw new IllegalStateException(scheme.id() + ": unit " + unit + " is in two regions");
                    }
                    if (!expected.contains(unit)) {
                        throw new IllegalStateException(region.id() + ": unit " + unit + " did not exist on " + day);
                    }
                }
            }
            expected.removeAll(seen);
            if (!expected.isEmpty()) {
                throw new IllegalStateException(scheme.id() + ": no region for " + String.join(", ", expected));
            }
            if (seen.size() != scheme.units()) {
                throw new IllegalStateException(scheme.id() + ": " + seen.size() + " units, the scheme says " + scheme.units());
            }
        }
    }

    private static Optional<LocalDate> date(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    /** Oldest first. */
    public List<RegionScheme> schemes() {
        return schemes;
    }

    /** The scheme valid today (the last one). */
    public RegionScheme current() {
        return schemes.get(schemes.size() - 1);
    }

    /** Every region of every scheme, oldest scheme first. */
    public List<Region> all() {
        return List.copyOf(regions.values());
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    public RegionScheme scheme(String id) {
        return schemes.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scheme " + id));
    }

    /** The scheme a period is grouped by: the one valid on the period's last day. */
    public RegionScheme schemeFor(Period period) {
        return schemes.stream().filter(s -> s.appliesTo(period)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no region scheme for " + period));
    }

    /**
     * The region a unit's value for a period is compared within; empty when the unit is not part of the scheme of
     * that period (a unit dissolved on 30 June 2025 for the year 2025).
     */
    public Optional<Region> regionOf(String unitId, Period period) {
        return schemeFor(period).regionOf(unitId);
    }
}
