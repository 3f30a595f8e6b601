package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text goes through the message bundles: Vietnamese and English have the same keys, every key a template
 * names exists, and no template carries visible text that a message would not replace.
 */
class I18nTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Message keys named with a literal in templates: #{key} or #{key(...)}. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> vi = load("messages_vi.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys missing in messages_en.properties").containsAll(vi);
        assertThat(new TreeSet<>(vi)).as("keys missing in messages_vi.properties").containsAll(en);
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(bundle + " " + k).isNotBlank());
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> vi = load("messages_vi.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!vi.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from the bundles").isEmpty();
    }

    @Test
    void javaCodeNamesOnlyExistingKeys() throws IOException {
        Set<String> vi = load("messages_vi.properties").stringPropertyNames();
        Pattern javaKey = Pattern.compile("\"((?:error|user|login|totp|password|audit|org|organization|reorg|person|import)\\.[a-zA-Z0-9_.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = javaKey.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !vi.contains(key) && !key.startsWith("error.title.")) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in Java code but missing from the bundles").isEmpty();
    }

    @Test
    void templatesCarryNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : doc.getAllElements()) {
                if (replacedByThymeleaf(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String t = text.text().strip();
                    if (t.codePoints().anyMatch(Character::isLetter) && !element.tagName().equals("script")
                            && !element.tagName().equals("style")) {
                        hardCoded.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + t);
                    }
                }
                for (String attribute : List.of("placeholder", "title", "alt", "aria-label")) {
                    if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
                        hardCoded.add(TEMPLATES.relativize(template) + ": " + attribute + "=" + element.attr(attribute));
                    }
                }
            }
        }
        assertThat(hardCoded).as("visible text in templates that does not come from the message bundles").isEmpty();
    }

    /**
     * An element whose body Thymeleaf replaces (th:text, th:utext, th:replace...). A page's root element that is
     * replaced by the layout does not count: the layout renders the page's own body.
     */
    private static boolean replacedByThymeleaf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attr : List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors")) {
                if (e.hasAttr(attr) && !e.tagName().equals("html")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
