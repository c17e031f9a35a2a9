package vn.r57.core;

/** The portal's languages, Vietnamese first. */
public enum Lang {
    VI("vi"),
    EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Lang other() {
        return this == VI ? EN : VI;
    }
}
