package vn.r57.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.r57.core.calendar.Frequency;
import vn.r57.render.model.CalendarEntry;
import vn.r57.render.model.RenderModel;

/**
 * The reporting status page: for each frequency, side by side, the latest period whose reports are due (with its grid
 * and counts), the periods still open or within their time to report (with due dates), and the counts of every
 * earlier due period. It opens on what is due, never on a period nobody owes yet.
 */
public record StatusBoard(List<Column> columns) {

    /**
     * @param latestDue the latest period of this frequency whose due date has passed, with its grid; empty before any
     * @param pending periods open or within their time to report, earliest due first
     * @param history every due period, latest first, with its counts
     */
    public record Column(
            Frequency frequency, Optional<Due> latestDue, List<CalendarEntry> pending, List<Due> history) {}

    public record Due(CalendarEntry entry, StatusGrid grid, StatusCounts counts) {}

    public static StatusBoard of(RenderModel model) {
        List<Column> columns = new ArrayList<>();
        for (Frequency frequency : Frequency.values()) {
            List<CalendarEntry> entries = model.calendar().stream().filter(e -> e.frequency() == frequency).toList();
            if (entries.isEmpty()) {
                continue;
            }
            List<Due> history = new ArrayList<>();
            List<CalendarEntry> pending = new ArrayList<>();
            for (CalendarEntry entry : entries) {
                if (entry.due()) {
                    StatusGrid grid = StatusGrid.of(model, entry.period(), entry.indicators());
                    history.add(0, new Due(entry, grid, grid.counts()));
                } else {
                    pending.add(entry);
                }
            }
            columns.add(new Column(frequency, history.stream().findFirst(), pending, history));
        }
        return new StatusBoard(columns);
    }

    /** The latest year whose yearly reports are due: what the overview's headline counts. */
    public static Optional<CalendarEntry> latestYearlyDue(RenderModel model) {
        return model.calendar().stream()
                .filter(entry -> entry.due() && entry.frequency() == Frequency.YEARLY)
                .reduce((first, second) -> second);
    }
}
