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
 * @param changedValues revisions the change index returned since the watermark (0 on a full rebuild)
 * @param rendered objects whose bytes were computed
 * @param written objects PUT because their bytes differ from what the manifest records (the manifest not counted)
 * @param deleted objects the renderer owned and no longer produces
 * @param dataVersion the data version now published
 */
public record RenderReport(
        boolean full, int changedValues, int rendered, int written, int deleted, Optional<Instant> dataVersion) {

    /** The Lambda response and the CLI's summary line. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("full", full);
        map.put("changedValues", changedValues);
        map.put("rendered", rendered);
        map.put("written", written);
        map.put("deleted", deleted);
        map.put("dataVersion", dataVersion.map(Instants::format).orElse(null));
        return map;
    }
}
