package vn.r57.render.page;

import java.util.Collection;
import vn.r57.render.model.ReportingStatus;

/**
 * How many reports are on time, late, missing or not yet due. A period a unit was not established in counts its
 * predecessors' reports instead, so every report owed is counted once.
 */
public record StatusCounts(int onTime, int late, int missing, int notYetDue) {

    public static StatusCounts of(Collection<ReportingStatus> statuses) {
        int[] counts = new int[4];
        statuses.forEach(status -> add(counts, status));
        return new StatusCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    private static void add(int[] counts, ReportingStatus status) {
        switch (status.status()) {
            case ON_TIME -> counts[0]++;
            case LATE -> counts[1]++;
            case MISSING -> counts[2]++;
            case NOT_YET_DUE -> counts[3]++;
            case NOT_ESTABLISHED -> status.predecessors().forEach(predecessor -> add(counts, predecessor));
        }
    }

    /** Reports whose due date has passed: on time, late or missing. */
    public int due() {
        return onTime + late + missing;
    }

    /** Reports received, on time or late. */
    public int received() {
        return onTime + late;
    }
}
