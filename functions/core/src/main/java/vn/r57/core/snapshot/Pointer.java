package vn.r57.core.snapshot;

/** RFC 6901 JSON pointers, escaping member names so that a hostile name cannot forge a path. */
final class Pointer {

    private Pointer() {}

    static String child(String parent, String member) {
        return parent + "/" + member.replace("~", "~0").replace("/", "~1");
    }

    static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
