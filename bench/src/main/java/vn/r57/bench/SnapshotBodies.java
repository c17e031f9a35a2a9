package vn.r57.bench;

import java.util.List;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;

/**
 * The 20-value snapshot every submit benchmark sends: each of the catalog's 18 indicators as an actual for one month,
 * plus 2030 targets for the first two, the way a department's monthly report looks.
 */
public final class SnapshotBodies {

    public static final int VALUES = 20;
    /** A month that has started (the validator refuses future actuals) and that every current unit has lived through. */
    public static final String PERIOD = "2026-10";
    /** How the period appears in every body, so that a cold start can report another month instead. */
    public static final String PERIOD_MEMBER = periodMember(PERIOD);

    private SnapshotBodies() {}

    public static String twentyValues(Catalog catalog, String province, long seed) {
        List<Indicator> indicators = catalog.indicators();
        StringBuilder json = new StringBuilder(2_048);
        json.append("{\"province\":\"").append(province).append("\",").append(PERIOD_MEMBER).append(',')
                .append("\"source\":{\"title\":\"Báo cáo tháng 10/2026 về chuyển đổi số\",")
                .append("\"url\":\"https://example.gov.vn/bao-cao/2026-10\"},\"values\":[");
        int written = 0;
        for (int i = 0; i < indicators.size() && written < VALUES; i++, written++) {
            appendValue(json, written, indicators.get(i), SampleValues.value(indicators.get(i), seed + i), "actual");
        }
        for (int i = 0; written < VALUES; i++, written++) {
            appendValue(json, written, indicators.get(i), SampleValues.value(indicators.get(i), seed + 1_000 + i), "target");
        }
        return json.append("]}").toString();
    }

    public static String periodMember(String period) {
        return "\"period\":\"" + period + "\"";
    }

    private static void appendValue(StringBuilder json, int index, Indicator indicator, String value, String kind) {
        if (index > 0) {
            json.append(',');
        }
        json.append("{\"indicator\":\"").append(indicator.id()).append("\",\"value\":").append(value);
        if (kind.equals("target")) {
            json.append(",\"kind\":\"target\"");
        }
        json.append('}');
    }
}
