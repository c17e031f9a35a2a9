package vn.r57.render;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import vn.r57.core.catalog.Catalog;
import vn.r57.render.sink.S3Clients;
import vn.r57.render.sink.S3Sink;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoRevisionSource;

/**
 * The scheduled render function. The input is a map so that both the EventBridge "Scheduled Event" (rendered
 * incrementally) and a plain {@code {"full": true}} (a full rebuild, e.g. after a deploy) are accepted. A rebuild that
 * would delete more than a tenth of the site stops unless the event also says {@code "allowDeletes": true}.
 */
public final class RenderHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final Renderer renderer;

    public RenderHandler() {
        this(Config.fromEnvironment(System.getenv()));
    }

    private RenderHandler(Config config) {
        this(new Renderer(
                Catalog.load(),
                new DynamoRevisionSource(DynamoDbClients.fromEnvironment(), config.tableName()),
                OutputSets.all(config.siteUrl(), false),
                new S3Sink(S3Clients.fromEnvironment(), config.bucketName())));
    }

    public RenderHandler(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        boolean full = event != null && Boolean.TRUE.equals(event.get("full"));
        boolean allowDeletes = event != null && Boolean.TRUE.equals(event.get("allowDeletes"));
        RenderReport report = renderer.render(full, allowDeletes);
        Map<String, Object> result = report.toMap();
        System.out.println("render: " + result);
        return result;
    }
}
