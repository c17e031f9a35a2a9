package vn.r57.core.snapshot;

/** RFC 6901 JSON pointers, escaping member names so that a hostile name cannot forge a path. */
final class Pointer {

    private Pointer() {}

    static String child(String parent, String member) {
        return parent + "/" + writable(member).replace("~", "~0").replace("/", "~1");
    }

    static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /**
     * A member name may hold an unpaired surrogate (JSON allows the escape {@code "\ud800"}), which no UTF-8 encoder
     * can write: echoed into a problem document it would break the error response itself. Such halves become U+FFFD.
     */
    private static String writable(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(name.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(name.length()).append(name, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? name : out.toString();
    }
}
