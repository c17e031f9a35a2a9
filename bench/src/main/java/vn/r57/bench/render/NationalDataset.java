package vn.r57.bench.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import vn.r57.bench.SampleValues;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Instants;
import vn.r57.core.period.Period;
import vn.r57.local.Json;

/**
 * A deterministic national data set in the renderer's revision-lines format: every one of the catalog's 86 units,
 * every indicator, every month of five years (July 2021 to June 2026) in which the unit existed (the 52 units
 * dissolved on 1 July 2025 stop in June 2025, the 23 formed then start in July 2025), a 2030 target per current unit
 * and indicator, and a correction for about one value in ten. Same arguments, same bytes, on every machine.
 *
 * <p>Arguments: output file. Prints the number of lines.
 */
public final class NationalDataset {

    static final YearMonth FIRST_MONTH = YearMonth.of(2021, 7);
    static final int MONTHS = 60;

    private NationalDataset() {}

    public static void main(String[] args) {
        System.out.println(write(Catalog.load(), Path.of(args[0])) + " revisions");
    }

    public static int write(Catalog catalog, Path file) {
        int lines = 0;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Province province : catalog.provinces()) {
                    int provinceIndex = lines;
                    for (int m = 0; m < MONTHS; m++) {
                        YearMonth month = FIRST_MONTH.plusMonths(m);
                        Period period = Period.parse(month.toString()).orElseThrow();
                        if (!province.existedDuring(period)) {
                            continue;
                        }
                        // Reports arrive in the first days of the next month; corrections three weeks later.
                        Instant received = month.plusMonths(1).atDay(1).atTime(2, 0).toInstant(ZoneOffset.UTC)
                                .plusSeconds(Math.floorMod(SampleValues.mix(province.id().hashCode() * 31L + m), 4 * 86_400));
                        String snapshot = "g-" + province.id() + "-" + month;
                        for (Indicator indicator : catalog.indicators()) {
                            long seed = (province.id() + "/" + indicator.id() + "/" + month).hashCode();
                            String value = SampleValues.value(indicator, seed);
                            out.write(line(province, indicator, "actual", month.toString(), 1, value,
                                    Math.floorMod(seed, 17) == 0 ? "estimate" : null, received, snapshot));
                            lines++;
                            if (Math.floorMod(SampleValues.mix(seed), 10) == 0) {
                                out.write(line(province, indicator, "actual", month.toString(), 2,
                                        SampleValues.value(indicator, seed + 1), null, received.plusSeconds(21 * 86_400L),
                                        snapshot + "-correction"));
                                lines++;
                            }
                        }
                    }
                    if (province.isCurrent()) {
                        Instant received = Instant.parse("2025-09-15T03:00:00Z");
                        for (Indicator indicator : catalog.indicators()) {
                            long seed = (province.id() + "/" + indicator.id() + "/2030").hashCode();
                            out.write(line(province, indicator, "target", "2030", 1, SampleValues.value(indicator, seed),
                                    null, received, "g-" + province.id() + "-targets"));
                            lines++;
                        }
                    }
                    if (lines == provinceIndex) {
                        throw new IllegalStateException(province.id() + " got no values: check its validity dates");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String line(Province province, Indicator indicator, String kind, String period, int revision,
            String value, String qualifier, Instant received, String snapshot) {
        StringBuilder json = new StringBuilder(320);
        json.append("{\"province\":\"").append(province.id())
                .append("\",\"indicator\":\"").append(indicator.id())
                .append("\",\"kind\":\"").append(kind)
                .append("\",\"period\":\"").append(period)
                .append("\",\"revision\":").append(revision)
                .append(",\"value\":").append(value);
        if (qualifier != null) {
            json.append(",\"qualifier\":\"").append(qualifier).append('"');
        }
        if (revision > 1) {
            json.append(",\"note\":").append(Json.string("Số liệu điều chỉnh sau rà soát / corrected after review"));
        }
        json.append(",\"source\":{\"title\":").append(Json.string("Báo cáo chuyển đổi số " + province.nameVi() + " " + period))
                .append(",\"url\":\"https://example.gov.vn/").append(province.id()).append('/').append(period).append("\"}")
                .append(",\"receivedAt\":\"").append(Instants.format(received)).append('"')
                .append(",\"snapshot\":\"").append(snapshot).append("\"}\n");
        return json.toString();
    }
}
