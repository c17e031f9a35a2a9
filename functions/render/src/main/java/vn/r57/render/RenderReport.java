package vn.r57.render;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.history.Instants;

/**
 * What one run did.
 *
 * @param full whether every object was rendered (first run, format change, calendar change, or asked for)
 * @param changedValues revisions up to the cut not published by the previous run (0 on a full rebuild)
 * @param rendered objects whose bytes were computed
 * @param written objects PUT because their bytes differ from what the manifest records (the manifest not counted)
 * @param deleted objects the renderer owned and no longer produces
 * @param deletesRefused objects a full rebuild would have deleted, when there were too many and it stopped before
 *     writing anything (0 otherwise)
 * @param dataVersion the latest receipt time among the published revisions (what pages show as "updated")
 * @param cut the moment the published state is as of: every revision received up to it, none after (empty only when
 *     a refused rebuild follows no earlier run)
 */
public record RenderReport(
        boolean full,
        int changedValues,
        int rendered,
        int written,
        int deleted,
        int deletesRefused,
        Optional<Instant> dataVersion,
        Optional<Instant> cut) {

    /** The Lambda response and the CLI's summary line. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("full", full);
        map.put("changedValues", changedValues);
        map.put("rendered", rendered);
        map.put("written", written);
        map.put("deleted", deleted);
        map.put("deletesRefused", deletesRefused);
        map.put("dataVersion", dataVersion.map(Instants::format).orElse(null));
        map.put("cut", cut.map(Instants::format).orElse(null));
        return map;
    }
}
