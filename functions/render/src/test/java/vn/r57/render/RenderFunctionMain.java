package vn.r57.render;

import java.util.Map;

/** The render function as Lambda calls it, for a JVM on the shaded jar alone: the no-arg handler, one full render. */
final class RenderFunctionMain {

    private RenderFunctionMain() {
    }

    public static void main(String[] args) {
        new RenderHandler().handleRequest(Map.of("full", true), null);
    }
}
