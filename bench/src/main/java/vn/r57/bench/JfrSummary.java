package vn.r57.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time went, from a JFR recording's execution samples: the hottest methods (top frame), and the samples
 * grouped by the innermost frame of our own code (package vn.r57), which says which of our steps paid for them.
 *
 * <p>Arguments: recording, result name.
 */
public final class JfrSummary {

    private JfrSummary() {}

    public static void main(String[] args) throws Exception {
        Path recording = Path.of(args[0]);
        Path work = recording.toAbsolutePath().getParent().getParent();
        String name = args[1];
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            top.merge(method(frames.get(0)), 1, Integer::sum);
            String owner = "(no vn.r57 frame: JDK, SDK or emulator threads)";
            for (RecordedFrame frame : frames) {
                if (frame.getMethod().getType().getName().startsWith("vn.r57")) {
                    owner = method(frame);
                    break;
                }
            }
            ours.merge(owner, 1, Integer::sum);
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d execution samples.%n%n| hottest methods (self) | share |%n|---|---:|%n", samples));
        append(md, top, samples, 12);
        md.append("\n| innermost vn.r57 frame on the stack | share |\n|---|---:|\n");
        append(md, ours, samples, 12);
        Results.write(work, "profile-" + name, md.toString());
        System.out.print(md);
    }

    private static void append(StringBuilder md, Map<String, Integer> counts, int total, int rows) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(rows)
                .forEach(entry -> md.append(String.format(Locale.ROOT, "| `%s` | %.1f %% |%n", entry.getKey(),
                        100.0 * entry.getValue() / Math.max(1, total))));
    }

    private static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }
}
