package vn.r57.render.data;

/** The one licence every published figure carries. */
public final class Licence {

    public static final String ID = "CC-BY-4.0";
    public static final String TITLE = "Creative Commons Attribution 4.0 International";
    public static final String URL = "https://creativecommons.org/licenses/by/4.0/";

    private Licence() {}
}
