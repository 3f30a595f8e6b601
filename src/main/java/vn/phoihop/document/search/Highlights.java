package vn.phoihop.document.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a passage marked by {@link Passages} into safe HTML: the text is escaped first and only then
 * are the two private-use marker characters (stripped from the stored text before highlighting, so only
 * {@link Passages} can write them) replaced by {@code <mark>} and {@code </mark>}. No other markup can come out.
 */
final class Highlights {

    /** Start and end of a hit, as {@link Passages} writes them; never in the text itself. */
    static final String START = "\uE000";
    static final String STOP = "\uE001";

    private Highlights() {
    }

    static String html(String marked) {
        if (marked == null || marked.isBlank()) {
            return "";
        }
        String escaped = HtmlUtils.htmlEscape(marked.strip(), "UTF-8");
        StringBuilder out = new StringBuilder(escaped.length() + 32);
        boolean open = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == START.charAt(0) && !open) {
                out.append("<mark>");
                open = true;
            }
            else if (c == STOP.charAt(0) && open) {
                out.append("</mark>");
                open = false;
            }
            else if (c != START.charAt(0) && c != STOP.charAt(0)) {
                out.append(c);
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }
}
