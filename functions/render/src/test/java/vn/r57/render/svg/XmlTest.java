package vn.r57.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void markupCharactersInTextAreEscaped() {
        assertEquals("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; Đắk Lắk's", Xml.text("<script>alert(\"x\")</script> & Đắk Lắk's"));
    }

    @Test
    void textWithNothingToEscapeComesOutUnchanged() {
        assertEquals("Tháng 3/2025: 9.800 \"≈\" 99,51\u00a0%", Xml.text("Tháng 3/2025: 9.800 \"≈\" 99,51\u00a0%"));
    }

    @Test
    void attributeValuesAlsoEscapeBothQuotes() {
        assertEquals("/vi/?a=1&amp;b=&quot;2&quot;&#39;&gt;", Xml.attr("/vi/?a=1&b=\"2\"'>"));
    }

    @Test
    void charactersXmlForbidsAreDropped() {
        assertEquals("AB\tC\nD", Xml.text("A\u0000B\u0007\tC\nD\uFFFF"));
    }
}
