package vn.r57.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one character rule of every XML and HTML output, and the SVG writers' escaping. */
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

    @Test
    void everyCharacterXml10ForbidsIsDroppedAndEveryOtherKept() {
        String forbidden = "\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDFFF\uD800";
        String allowed = "\t\n\r \u007F\u0085\u00A0\u2028\uD7FF\uE000\uFDD0\uFFFD\uD83D\uDE00\uDBFF\uDFFF";

        assertEquals(allowed, Xml.strip(forbidden.substring(0, 5) + allowed + forbidden.substring(5)));
        assertEquals("x", Xml.text("\uDE00x\uD83D"), "halves of a pair in the wrong order are two unpaired surrogates");
        assertEquals("\uD83D\uDE00 &amp;", Xml.text("\uD83D\uDE00\uFFFF &"));
        assertEquals("a&quot;b", Xml.attr("a\u0001\"b"));
    }

    @Test
    void aStringWithNothingToDropIsReturnedItself() {
        String clean = "Thanh Hóa · 99,51 %";

        assertEquals(true, clean == Xml.strip(clean));
        assertEquals("Hóa", Xml.strip(clean, 6, 9));
    }
}
