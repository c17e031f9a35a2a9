package vn.r57.local.run;

import java.util.ArrayList;
import java.util.List;

/** How long each start-up step took, printed once so a slow start can be explained. */
final class Timings {

    private final List<String> steps = new ArrayList<>();
    private long last = System.nanoTime();

    void mark(String step) {
        long now = System.nanoTime();
        steps.add(step + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    @Override
    public String toString() {
        return String.join(", ", steps);
    }
}
